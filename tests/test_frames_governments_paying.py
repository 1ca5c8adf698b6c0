"""Whose money a sum is when no country is its subject: in a story on a parliament, a cost the
motion puts on the country's own deployment is that country's (a whole force's cost stays no one's);
a sum an official announces is the government the knowledge base says the official serves, or, for
a minister the story does not place, the country the story is told from; a named pooled fund that
allots a sum gives it (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

BUNDESTAG = (
    "BERLIN — The Bundestag on Friday extended the Bundeswehr's part in the UN force in Lebanon, "
    "UNIFIL, for another year.\n\n"
)


def money(text: str, measure: str, title: str | None = None) -> set[tuple[str | None, str]]:
    return {
        (c.subject, str(c.value)) for c in extract(text, "2024-06-14", title=title) if c.measure == measure
    }


def test_a_motions_cost_is_the_countrys_own() -> None:
    got = money(
        BUNDESTAG + "The motion puts the additional expenditure for the year at 38.5 million euros.",
        "funding.required",
    )
    assert ("DEU", "38500000") in got


def test_a_whole_forces_cost_in_the_same_story_is_no_ones() -> None:
    got = money(BUNDESTAG + "The mission as a whole costs about $500 million a year.", "funding.required")
    assert ("DEU", "500000000") not in got
    assert any(v == "500000000" for _, v in got)


def test_a_sum_an_official_announces_is_the_government_the_official_serves() -> None:
    text = (
        "Caribbean leaders met in Kingston on Monday to discuss the Multinational Security Support "
        "mission in Haiti.\n\nSecretary of State Antony Blinken announced a further $60 million for "
        "the mission."
    )
    assert ("USA", "60000000") in money(text, "funding.pledged")


def test_a_minister_unknown_to_the_knowledge_base_speaks_for_the_storys_country() -> None:
    text = (
        "OTTAWA — Canada will add to its support for the Multinational Security Support mission in "
        "Haiti.\n\nThe minister of international development, Harriet Quill, announced $12 million for "
        "the mission on Tuesday."
    )
    got = money(text, "funding.pledged", title="Ottawa adds money for Haiti mission")
    assert ("CAN", "12000000") in got


def test_a_person_without_a_government_title_gives_no_country() -> None:
    text = (
        "OTTAWA — Canada will add to its support for the Multinational Security Support mission in "
        "Haiti.\n\nThe philanthropist Harriet Quill announced $12 million for the mission on Tuesday."
    )
    got = money(text, "funding.pledged", title="Ottawa adds money for Haiti mission")
    assert ("CAN", "12000000") not in got


def test_a_named_pooled_fund_that_allots_the_sum_gives_it() -> None:
    text = (
        "Floods displaced 12,000 people in the Nippes department last week.\n\n"
        "The Central Emergency Response Fund (CERF) released $6 million for shelter and water."
    )
    got = money(text, "funding.contributed")
    assert ("Central Emergency Response Fund", "6000000") in got


def test_a_fund_that_receives_is_no_giver() -> None:
    text = (
        "Floods displaced 12,000 people in the Nippes department last week.\n\n"
        "The Haiti Humanitarian Fund has received $6 million so far this year."
    )
    got = money(text, "funding.contributed")
    assert ("Haiti Humanitarian Fund", "6000000") not in got


def test_he_after_an_official_who_gave_gives_for_the_same_government() -> None:
    text = (
        "Caribbean leaders met in Kingston on Monday to discuss the Multinational Security Support "
        "mission in Haiti.\n\nSecretary of State Antony Blinken announced a further $60 million for "
        "the mission. He also announced $21 million in food aid."
    )
    assert ("USA", "21000000") in money(text, "funding.pledged")
