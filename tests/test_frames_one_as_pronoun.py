"""A "one" after a determiner stands for a noun said before ("the current one ends on 30 June"), no
count of anyone; "the one officer who stayed" still counts."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _counts(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in extract(text, "2025-03-01") if c.unit == "persons"]


def test_the_current_one_is_a_pronoun() -> None:
    assert _counts("UNISFA's mandate runs for a year, and the current one ends on 15 November.") == []
    assert _counts("Nobody in UNMISS wants to be the last one holding the bill.") == []


def test_the_one_officer_still_counts() -> None:
    assert _counts("The one officer who stayed behind in Juba was killed.") == [("killed", 1)]
