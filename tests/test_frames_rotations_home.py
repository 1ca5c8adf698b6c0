"""Rotations and returns: "the outgoing contingent" or "the previous battalion" is a unit rotated
out of the same mission, not the mission's predecessor (only "the outgoing mission" is); and "send
N troops and police home", which the parse reads with "home" as one more conjunct of the object,
sends them home."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


@pytest.mark.parametrize(
    ("text", "published", "mission"),
    [
        pytest.param(
            "Bangladeshi police rotate in the Central African Republic\n\nThe new MINUSCA unit of 140 came "
            "in two flights. The outgoing contingent, 136 officers, flew home to Dhaka on the same aircraft.",
            "2025-03-10",
            "MINUSCA",
            id="outgoing contingent",
        ),
        pytest.param(
            "Indian peacekeepers in South Sudan\n\nA fresh Indian battalion has joined UNMISS. The outgoing "
            "battalion of 832 personnel will return to India at the end of its tour.",
            "2024-02-08",
            "UNMISS",
            id="outgoing battalion",
        ),
    ],
)
def test_an_outgoing_unit_is_of_the_same_mission(text: str, published: str, mission: str) -> None:
    returned = [c for c in extract(text, published) if c.measure == "personnel.returned"]
    assert returned and {c.mission for c in returned} == {mission}


def test_an_outgoing_mission_is_still_the_predecessor() -> None:
    text = (
        "The Gang Suppression Force took over in Haiti. The outgoing mission had about 990 personnel "
        "on the ground when the Council voted."
    )
    got = {(c.measure, c.mission, int(c.value)) for c in extract(text, "2025-10-20")}
    assert ("personnel.deployed", "MSS", 990) in got


def test_send_troops_and_police_home() -> None:
    text = "UN peacekeeping will send between 12,000 and 13,500 troops and police home in the coming months."
    got = {(c.measure, int(c.value)) for c in extract(text, "2025-10-09")}
    assert {("personnel.returned", 12000), ("personnel.returned", 13500)} <= got
    assert not any(m in ("personnel.target", "personnel.pledged") for m, _ in got)
