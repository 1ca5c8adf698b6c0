"""A contingent leaving its mission's host is going home however the flight is told: "flew out of"
a place in the host, a transport "bound for" a capital abroad, or a landing at a contributor's own
airport (places in `patterns/places.json`); flying out of home toward the host is still an arrival
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _moves(text: str) -> set[tuple[str, int]]:
    return {
        (c.measure, int(float(c.value)))
        for c in extract(text, "2025-12-20")
        if c.measure in ("personnel.arrived", "personnel.returned")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SAMIDRC is winding down. A group of about 140 flew out of Goma on Tuesday.",
            ("personnel.returned", 140),
        ),
        (
            "SAMIDRC is winding down. Some 90 Malawian soldiers boarded a transport bound for Lilongwe.",
            ("personnel.returned", 90),
        ),
        (
            "SAMIDRC is ending. 312 Malawian soldiers landed at Kamuzu International Airport on Friday.",
            ("personnel.returned", 312),
        ),
        (
            "The GSF is in Haiti. Some 180 Jamaican soldiers boarded a plane bound for Port-au-Prince.",
            ("personnel.arrived", 180),
        ),
        (
            "The GSF is in Haiti. 180 Jamaican soldiers flew out of Kingston on Monday.",
            ("personnel.arrived", 180),
        ),
    ],
)
def test_which_way_a_contingent_flies(text: str, expected: tuple[str, int]) -> None:
    assert expected in _moves(text)
