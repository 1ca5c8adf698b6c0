"""A budget is dated the last day of the period it is for (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(
    ("sentence", "value", "day"),
    [
        (
            "Member states approved a peacekeeping budget of $5.2 billion for the twelve months "
            "ending 30 June 2027.",
            5_200_000_000,
            "2027-06-30",
        ),
        (
            "The Assembly appropriated $48.1 million for the Force for the period from 1 July 2026 "
            "to 30 June 2027.",
            48_100_000,
            "2027-06-30",
        ),
        (
            "The mission's budget for the year to June 30, 2027 is just under $900 million.",
            900_000_000,
            "2027-06-30",
        ),
    ],
)
def test_a_budget_is_dated_at_the_end_of_its_period(sentence: str, value: float, day: str) -> None:
    got = [
        (float(c.value), c.as_of)
        for c in extract("Budget.\n\n" + sentence, "2026-07-02")
        if c.measure == "funding.required"
    ]
    assert (value, day) in got, got
