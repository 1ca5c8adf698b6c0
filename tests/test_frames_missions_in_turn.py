"""Sums told in turn after the missions they are for."""

from __future__ import annotations

from missionwatch.nlp import extract


def _sums(text: str) -> dict[float, str | None]:
    return {c.value: c.mission for c in extract(text, "2026-07-02") if c.measure.startswith("funding.")}  # type: ignore[misc]


def test_each_sum_is_the_mission_named_before_it() -> None:
    got = _sums(
        "The Fifth Committee agreed the budget. MINUSCA in the Central African Republic receives the "
        "largest allocation, about $1.2 billion, with MONUSCO next at just under $1 billion."
    )
    assert got == {1_200_000_000: "MINUSCA", 1_000_000_000: "MONUSCO"}


def test_sums_told_before_their_missions_keep_their_own_reading() -> None:
    got = _sums("The Fifth Committee agreed the budget: $1.2 billion for MINUSCA and $1 billion for MONUSCO.")
    assert got.get(1_000_000_000) != "MINUSCA"


def test_a_ranking_of_missions_after_a_share_of_the_budget() -> None:
    text = (
        "The Fifth Committee agreed the budget. The largest single allocation went to UNMISS in South "
        "Sudan, at roughly $1.3 billion, followed by MINUSCA in the Central African Republic with about "
        "$1.2 billion and MONUSCO in the Democratic Republic of the Congo with just under $1 billion."
    )
    got = [
        (c.mission, c.value, c.qualifier)
        for c in extract(text, "2026-07-02")
        if c.measure == "funding.required"
    ]
    assert got == [
        ("UNMISS", 1_300_000_000, "approx"),
        ("MINUSCA", 1_200_000_000, "approx"),
        ("MONUSCO", 1_000_000_000, "at_most"),
    ]
