"""A strength told by the mark it passed, and a list labelled by its contributors."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _deployed(text: str, published: str = "2026-02-10") -> list[tuple[str | None, float, str | None]]:
    return [
        (c.subject, c.value, c.qualifier)  # type: ignore[misc]
        for c in extract(text, published)
        if c.measure == "personnel.deployed"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A fourth group of 180 officers landed on Sunday, taking the number of Kenyan officers serving "
        "with the GSF past the 900 mark.",
        "Kenya's police contingent in the GSF crossed the 900 mark on Sunday when 180 more officers landed.",
        "The number of Kenyan police officers serving in Haiti with the GSF went past 900 on Sunday.",
    ],
)
def test_a_mark_passed_is_at_least_that_many_on_the_ground(text: str) -> None:
    assert ("KEN", 900, "at_least") in _deployed(text)


def test_a_mark_of_money_or_of_anything_else_is_no_strength() -> None:
    assert _deployed("Temperatures in Port-au-Prince went past the 40 mark as 180 officers landed.") == []


def test_a_list_labelled_contributors_gives_each_country_its_strength() -> None:
    got = _deployed(
        "AUSSOM took over on 1 January.\n\n"
        "- Contributors: Uganda (about 4,300), Ethiopia (about 2,400) and Djibouti (about 900)."
    )
    assert got == [("UGA", 4300, "approx"), ("ETH", 2400, "approx"), ("DJI", 900, "approx")]


def test_a_title_case_dateline_with_its_agency_is_not_part_of_the_clause() -> None:
    text = (
        "Western Sahara.\n\nGeneva (UN) — The Security Council on Friday adopted resolution 2797, which "
        "extends the mandate of the United Nations Mission for the Referendum in Western Sahara "
        "(MINURSO) until 31 October 2026."
    )
    claims = extract(text, "2025-11-01")
    assert ("MINURSO", "2026-10-31") in {
        (c.mission, c.value) for c in claims if c.measure == "mandate.expiry"
    }


def test_a_fact_box_items_label_names_its_mission_and_leaves_the_clause_whole() -> None:
    text = (
        "FACTBOX: the missions.\n\n"
        "* South Sudan (UNMISS): the Security Council extended the mission on May 8 until April 30, 2026.\n"
        "* DR Congo (MONUSCO): about 11,000 troops and some 1,400 police.\n"
        "* Central African Republic (MINUSCA): ceilings of 14,400 military personnel and 3,020 police."
    )
    claims = extract(text, "2025-06-01")
    assert ("UNMISS", "2026-04-30") in {(c.mission, c.value) for c in claims if c.measure == "mandate.expiry"}
    missions = {float(c.value): c.mission for c in claims if c.measure.startswith("personnel.")}
    assert missions[11000.0] == missions[1400.0] == "MONUSCO"
    assert missions[14400.0] == missions[3020.0] == "MINUSCA"
