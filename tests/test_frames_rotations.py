"""A rotation is one batch (v2): a unit rotated into a mission and a group that takes up duty in
another's place arrived; a running total told with "have arrived" stays the strength (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _people(text: str) -> set[tuple[str, float]]:
    return {
        (c.measure, float(c.value)) for c in extract(text, "2025-03-10") if c.measure.startswith("personnel.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Zambian battalion of 740 personnel was rotated in in February for MINUSCA.",
            ("personnel.arrived", 740.0),
        ),
        (
            "Around 180 Polish soldiers have taken up duty with KFOR, replacing a contingent that went home.",
            ("personnel.arrived", 180.0),
        ),
        ("Some 430 Kenyan officers have arrived in Haiti so far for the MSS.", ("personnel.deployed", 430.0)),
    ],
)
def test_rotations(text: str, expected: tuple[str, float]) -> None:
    assert expected in _people(text)


def test_a_strength_reduced_by_a_number_sent_that_many_home() -> None:
    text = "ATMIS reduced its strength by 2,000 troops by June and by a further 3,000 by December."
    got = _people(text)
    assert ("personnel.returned", 2000.0) in got
    assert ("personnel.returned", 3000.0) in got


def test_a_ceiling_cut_by_a_number_sent_no_one_home() -> None:
    assert not any(
        m == "personnel.returned" for m, _ in _people("The Council cut the UNMISS ceiling by 2,000 troops.")
    )
