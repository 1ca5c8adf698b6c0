"""A contingent told without its country: in a story on a parliament or a government, a count of
officers serving is that country's; a battalion or contingent is one country's, the one the story
just named or is told from (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

COMMITTEE = (
    "NAIROBI — Members of the National Assembly's security committee questioned the Interior "
    "Ministry on Tuesday about the police deployment to Haiti, where Kenya leads the Multinational "
    "Security Support mission.\n\n"
)


def deployed(text: str, title: str | None = None) -> set[tuple[str | None, str]]:
    return {
        (c.subject, str(c.value))
        for c in extract(text, "2025-04-16", title=title)
        if c.measure == "personnel.deployed"
    }


def test_officers_of_a_national_service_are_its_countrys() -> None:
    line = (
        "The Principal Secretary told members that just over 640 officers of the police service were on "
        "duty in Haiti."
    )
    assert ("KEN", "640") in deployed(COMMITTEE + line)


def test_a_forces_whole_in_the_same_story_stays_the_forces() -> None:
    line = "The mission as a whole counts fewer than 1,000 personnel from five nations."
    got = deployed(COMMITTEE + line)
    assert ("KEN", "1000") not in got
    assert any(v == "1000" for _, v in got)


def test_another_country_in_the_sentence_keeps_the_count_from_the_home_country() -> None:
    line = "Officials said 150 soldiers from Guatemala were serving alongside them."
    assert ("KEN", "150") not in deployed(COMMITTEE + line)


def test_a_battalion_is_the_country_the_story_is_told_from() -> None:
    text = (
        "ACCRA — The commander of Ghana's battalion in south Lebanon spoke to us by phone.\n\n"
        "Q: How large is your unit now?\n\nA: The battalion has 868 soldiers on the ground, "
        "spread over four positions."
    )
    got = deployed(text, title="Ghanaian peacekeepers hold their ground in south Lebanon")
    assert ("GHA", "868") in got


def test_a_contingent_after_its_country_in_the_same_sentence_is_that_countrys() -> None:
    text = (
        "Rwanda flew 1,000 soldiers and police to Cabo Delgado in July 2021; the contingent has since "
        "grown to about 2,500, according to diplomats."
    )
    assert ("RWA", "2500") in deployed(text)


def test_a_named_contingent_keeps_its_own_country() -> None:
    text = (
        "Rwanda flew 1,000 soldiers to Cabo Delgado in July 2021; the Tanzanian contingent has since "
        "grown to about 300."
    )
    assert ("RWA", "300") not in deployed(text)


def test_a_planned_strength_after_a_countrys_part_is_the_forces() -> None:
    text = (
        "Kenya leads the Multinational Security Support mission in Haiti.\n\n"
        "The mission has about 520 personnel on the ground, nearly 450 of them Kenyan police officers, "
        "against a planned strength of 2,500."
    )
    got = {(c.subject, str(c.value)) for c in extract(text, "2024-09-02") if c.measure == "personnel.target"}
    assert ("KEN", "2500") not in got
    assert any(v == "2500" for _, v in got)
