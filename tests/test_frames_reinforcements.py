"""Reinforcements and parts told by place: a force reinforced with N is one arrival whatever the
tense, "among them 200 from Britain" is that arrival's part with its own country, a group that
"began arriving" arrives, a union's reserve is no country's, and "of whom 1.2 million were in
Darfur and over 400,000 in Kordofan" gives each part its place (lines written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract
from tests.frames_claims import personnel, statuses

KFOR = "KFOR is NATO's peacekeeping force in Kosovo. "


def test_a_part_named_after_a_reinforcement_is_part_of_the_arrival() -> None:
    got = personnel(
        KFOR + "In 2023 NATO reinforced the force with roughly 1,000 extra troops, "
        "among them 200 Dutch soldiers.",
        "2024-03-10",
    )
    assert ("personnel.arrived", None, 1000.0) in got
    assert ("personnel.arrived", "NLD", 200.0) in got
    assert not any(m == "personnel.deployed" for m, _, _ in got)


@pytest.mark.parametrize(
    "line",
    [
        "He recalled that the force had been reinforced in 2021 with some 400 reserve troops.",
        "The alliance has brought in about 250 soldiers from its operational reserve.",
        "Last year the alliance brought in 450 reserve troops to reinforce the operation.",
    ],
)
def test_a_reinforcement_is_one_arrival_whatever_its_tense(line: str) -> None:
    got = personnel(KFOR + line, "2024-03-10")
    assert {m for m, _, _ in got} == {"personnel.arrived"}


def test_a_running_total_that_has_arrived_is_still_the_strength() -> None:
    assert personnel(KFOR + "Only 430 have arrived so far.", "2024-03-10") == {
        ("personnel.deployed", None, 430.0)
    }


def test_parts_from_countries_the_parse_hangs_on_the_verb() -> None:
    got = personnel(
        KFOR + "The alliance sent up to 800 extra troops, among them 150 from Poland and 90 from Greece.",
        "2024-03-10",
    )
    assert ("personnel.arrived", "POL", 150.0) in got
    assert ("personnel.arrived", "GRC", 90.0) in got


def test_reinforcements_flown_in_are_no_homecoming() -> None:
    got = personnel(
        KFOR + "After the riots the alliance flew in some 600 reinforcements, "
        "including about 120 Danish soldiers.",
        "2024-03-10",
    )
    assert ("personnel.arrived", None, 600.0) in got
    assert ("personnel.arrived", "DNK", 120.0) in got
    assert not any(m == "personnel.returned" for m, _, _ in got)


def test_in_response_to_is_no_place_of_landing() -> None:
    got = personnel(
        KFOR + "The force had been reinforced with 300 troops in response to the unrest in the north.",
        "2024-03-10",
    )
    assert got == {("personnel.arrived", None, 300.0)}


@pytest.mark.parametrize(
    "line",
    [
        "About 300 soldiers from the reserve began arriving in Pristina on Friday.",
        "Some 300 soldiers from the reserve started to arrive in Pristina on Friday.",
    ],
)
def test_a_group_that_begins_arriving_arrives(line: str) -> None:
    assert personnel(KFOR + line, "2024-03-10") == {("personnel.arrived", None, 300.0)}


def test_a_unions_reserve_is_no_countrys() -> None:
    got = personnel(
        "EUFOR Althea is the EU's force in Bosnia. About 400 soldiers of the European Union's reserve "
        "began arriving in Sarajevo on Monday.",
        "2024-03-10",
    )
    assert got == {("personnel.arrived", None, 400.0)}


def test_the_next_part_told_by_place_takes_its_own_place() -> None:
    got = {
        (c.subject, c.value)
        for c in extract(
            "The number of displaced people in Sudan stood at 9 million at the end of May, of whom about "
            "1.2 million were in Darfur and over 400,000 in Kordofan.",
            "2024-07-01",
        )
        if c.measure == "displaced"
    }
    assert ("Darfur", 1200000) in got
    assert ("Kordofan", 400000) in got


def test_a_parts_own_country_over_one_a_list_lent_it() -> None:
    got = personnel(
        KFOR + "It has roughly 4,200 troops from 28 countries, including about 800 from the United States "
        "and close to 700 from Italy.",
        "2025-03-10",
    )
    assert ("personnel.deployed", "USA", 800.0) in got
    assert ("personnel.deployed", "ITA", 700.0) in got


def test_a_count_in_one_mission_leaves_a_contributor_to_another() -> None:
    got = statuses(
        KFOR + "KFOR has roughly 4,200 troops, including about 700 from Italy.\n\n"
        "EUFOR Althea, the EU force in Bosnia, draws its largest contingents from Austria, Hungary "
        "and Italy.",
        "2025-03-10",
    )
    assert ("EUFOR", "ITA", "deployed") in got
