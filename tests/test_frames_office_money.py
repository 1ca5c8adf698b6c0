"""Money told as an office's: a UN office's budget in a story on the force it supports is the office's
when the clause says so through a possessive ("the office's budget is", "put the office's requirement
at") or a purpose ("asked for $N to run the office"), not the force's."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

OPENING = "The GSF will lean on a new UN Support Office in Haiti (UNSOH). "


@pytest.mark.parametrize(
    "sentence",
    [
        "The office's approved budget for the year to 30 June 2027 is $512 million.",
        "The Secretariat has asked for about $195 million to run the office for the first half of 2026.",
        "Budget papers put the office's first-year requirement at roughly US$390 million.",
    ],
)
def test_an_offices_money_in_a_story_on_its_force(sentence: str) -> None:
    money = [c.mission for c in extract(OPENING + sentence, "2026-01-12") if c.measure == "funding.required"]
    assert money == ["UNSOH"]


def test_the_forces_own_money_stays_the_forces() -> None:
    text = OPENING + "The force itself needs about $800 million a year, diplomats say."
    money = [c.mission for c in extract(text, "2026-01-12") if c.measure == "funding.required"]
    assert money == ["GSF"]
