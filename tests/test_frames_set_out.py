"""A contingent that leaves home for the mission is on its way there, not coming back."""

from __future__ import annotations

from missionwatch.nlp import extract


def _moves(text: str) -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, c.value)  # type: ignore[misc]
        for c in extract(text, "2026-05-20")
        if c.measure in ("personnel.arrived", "personnel.returned")
    ]


def test_soldiers_who_left_their_airport_for_the_mission_are_an_arrival() -> None:
    text = (
        "Two hundred soldiers of the Republic of Fiji Military Forces left Nadi International Airport "
        "yesterday for the Golan Heights, where they will serve with UNDOF."
    )
    assert _moves(text) == [("personnel.arrived", "FJI", 200)]


def test_soldiers_who_left_the_mission_for_home_returned() -> None:
    text = "Two hundred Fijian soldiers left the Golan Heights yesterday at the end of their UNDOF tour."
    assert _moves(text) == [("personnel.returned", "FJI", 200)]
