"""An arrival that lands outside the mission's host country, or that comes back from it, is a
contingent going home (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

HAITI = "The Multinational Security Support mission in Haiti counts some 900 police officers. "
SOUTH_SUDAN = "The UN Mission in South Sudan, UNMISS, has about 17,000 personnel. "


def _people(text: str) -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, float(c.value))
        for c in extract(text, "2025-06-10")
        if c.measure in ("personnel.arrived", "personnel.returned")
    ]


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            HAITI + "Some 180 officers of the first contingent touched down at Jomo Kenyatta International "
            "Airport on Tuesday after a year in Haiti.",
            "KEN",
            180,
        ),
        (HAITI + "Back in Nairobi, 140 officers landed on Sunday evening.", "KEN", 140),
        (
            SOUTH_SUDAN
            + "About 90 soldiers, who flew in from Juba aboard a UN aircraft, were met at Entebbe by "
            "their families.",
            "UGA",
            90,
        ),
        (SOUTH_SUDAN + "Some 250 Rwandan soldiers flew back home on Friday.", "RWA", 250),
    ],
)
def test_landing_outside_the_host_is_going_home(text: str, subject: str, value: float) -> None:
    assert ("personnel.returned", subject, value) in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        HAITI + "A further 140 officers landed in Port-au-Prince on Monday.",
        HAITI + "Some 75 Guatemalan soldiers flew in from Guatemala City on Friday.",
    ],
)
def test_landing_in_the_host_is_an_arrival(text: str) -> None:
    got = _people(text)
    assert got and all(m == "personnel.arrived" for m, _, _ in got), got


def test_scaling_back_is_no_journey_home() -> None:
    text = HAITI + "The offer was scaled back from the 1,500 soldiers the government had put forward in May."
    assert not any(m == "personnel.returned" for m, _, _ in _people(text))


def test_an_arrival_with_no_owner_is_the_one_country_its_sentence_names() -> None:
    text = (
        HAITI + "A fresh batch of 210 officers touched down in Port-au-Prince on Monday, the first "
        "deployment from Kenya since March."
    )
    assert ("personnel.arrived", "KEN", 210) in _people(text)


def test_a_union_named_beside_an_arrival_owns_none_of_it() -> None:
    text = SOUTH_SUDAN + "The AU says 3,000 troops left this year."
    assert not any(s == "AFU" for _, s, _ in _people(text))


def test_an_arrival_whose_sender_is_named_takes_no_country_from_elsewhere_in_the_sentence() -> None:
    text = (
        "KFOR patrols northern Kosovo. In May, 60 KFOR soldiers were hurt in clashes with Serb "
        "protesters; NATO then flew in some 500 extra troops."
    )
    assert not any(s == "SRB" for _, s, _ in _people(text))
