"""Names, days and owners as news writes them: "U.N. …" and "UN …" for a mission the knowledge base
names "United Nations …"; a weekday that fixes the year of a day-and-month ("on Sunday, December
3"); "followed by Pakistan with 581", a ranking's next item and not the agent of the figure before
it; "the representative of X said her country would provide …", the country she speaks for."""

from __future__ import annotations

from missionwatch.nlp import extract
from missionwatch.nlp.dates import find_dates


def test_a_un_name_written_with_dots() -> None:
    text = (
        "The Security Council on Friday voted to end the mandate of the U.N. Integrated Transition "
        "Assistance Mission in Sudan on 3 December."
    )
    assert {c.mission for c in extract(text, "2023-12-02")} == {"UNITAMS"}


def test_a_weekday_fixes_the_year() -> None:
    assert [d.value for d in find_dates("The mandate ends on Sunday, December 3.", "2023-12-01")] == [
        "2023-12-03"
    ]
    assert [d.value for d in find_dates("It closed on Sunday, November 5.", "2023-12-01")] == ["2023-11-05"]


def test_a_ranking_names_the_next_item_not_the_agent() -> None:
    text = (
        "UNISFA has about 3,200 troops. Ghana continued to provide the largest contingent, with 860 "
        "troops, followed by Pakistan with 570 and Bangladesh with 530."
    )
    got = {
        (c.subject, int(c.value)) for c in extract(text, "2025-03-31") if c.measure == "personnel.deployed"
    }
    assert {("GHA", 860), ("PAK", 570), ("BGD", 530)} <= got


def test_her_country_is_the_one_she_represents() -> None:
    text = (
        "The Council authorised the MSS mission. Speaking after the vote, the representative of the United "
        "States, which drafted the text together with Ecuador, said that her country would provide up to "
        "$150 million in support for the mission."
    )
    got = {(c.subject, int(c.value)) for c in extract(text, "2023-10-02") if c.measure == "funding.pledged"}
    assert got == {("USA", 150_000_000)}
