"""Numbers that count Council seats or a report's sources are no one's personnel."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _personnel(text: str) -> list[float]:
    return [c.value for c in extract(text, "2026-04-02") if c.measure.startswith("personnel.")]  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "By 13 votes to none, the 15-member organ renewed BINUH for a year.",
        "The Security Council renewed UNMISS. Diplomats said the 15 members had little choice.",
        "The Security Council renewed UNMISS. Why were three members unhappy?",
    ],
)
def test_council_seats_are_not_personnel(text: str) -> None:
    assert _personnel(text) == []


def test_people_a_report_cites_are_its_sources() -> None:
    assert _personnel("Chad has offered 1,500 soldiers to the GSF, two people in the room told us.") == [1500]


def test_members_who_arrive_are_personnel_even_beside_the_council() -> None:
    assert _personnel(
        "The Security Council renewed the GSF. Twelve members arrived on Friday from Jamaica."
    ) == [12]


def test_a_total_a_country_is_part_of_is_no_one_countrys() -> None:
    got = [
        (c.subject, c.value)
        for c in extract(
            "Hungary currently has around 380 soldiers in KFOR, out of a total force of roughly 4,600 "
            "from 28 countries, he said.",
            "2026-04-02",
        )
        if c.measure == "personnel.deployed"
    ]
    assert got == [("HUN", 380), (None, 4600)]
    assert [
        c.subject
        for c in extract("Kenya now has a total of 700 officers in the GSF.", "2026-04-02")
        if c.measure == "personnel.deployed"
    ] == ["KEN"]
