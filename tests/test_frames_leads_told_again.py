"""Who leads a force, told in shapes the lead frame did not read: a pronoun that stands for the
clause's country ("the mission, which it leads", "400 Kenyan officers …, where they have led it"),
a second relative clause ("which the Council authorised … and which Kenya leads"), a command held
("Italy holds the command") and a force "under Turkish command" or "under the leadership of Kenya";
not the host's own command nor a union's, and not a country that only wonders whether it wants to
lead (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def leads(text: str, published: str = "2024-08-10") -> set[tuple[str | None, str | None]]:
    return {(c.mission, c.subject) for c in extract(text, published) if c.measure == "mission.lead"}


def test_a_pronoun_for_the_clauses_country() -> None:
    text = (
        "Kenya has sent 400 police officers to the Multinational Security Support (MSS) mission, "
        "which it leads."
    )
    assert ("MSS", "KEN") in leads(text)


def test_a_pronoun_for_the_clauses_people() -> None:
    text = (
        "About 400 Kenyan officers now serve in Haiti, where they have led the Multinational Security "
        "Support (MSS) mission since June."
    )
    assert ("MSS", "KEN") in leads(text)


def test_a_second_relative_clause() -> None:
    text = (
        "The MSS, which the Security Council authorised last October and which Kenya leads, has about "
        "400 officers in Port-au-Prince."
    )
    assert ("MSS", "KEN") in leads(text)


def test_a_command_held() -> None:
    text = "KFOR has about 4,500 troops in Kosovo. Italy holds the command of KFOR this year."
    assert ("KFOR", "ITA") in leads(text, "2014-05-02")


def test_a_force_under_a_countrys_command() -> None:
    text = "KFOR, under Turkish command since October 2024, counts some 4,500 soldiers."
    assert ("KFOR", "TUR") in leads(text, "2025-03-01")


def test_under_the_leadership_of_a_country() -> None:
    text = (
        "The Council authorised a Multinational Security Support mission for Haiti under the "
        "leadership of Kenya."
    )
    assert ("MSS", "KEN") in leads(text, "2023-10-02")


def test_the_hosts_own_command_is_no_lead() -> None:
    text = "The SAMIM troops in Cabo Delgado stay under Mozambican command, officials said."
    assert ("SAMIM", "MOZ") not in leads(text, "2021-08-10")


def test_a_country_wondering_whether_to_lead() -> None:
    text = "Kenya must decide whether it wants to lead the MSS or only take part in it."
    assert ("MSS", "KEN") not in leads(text, "2023-07-20")
