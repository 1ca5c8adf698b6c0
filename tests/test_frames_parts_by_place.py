"""A part of the people a humanitarian figure counts, given a place of its own ("7 million are
displaced, about 2.6 million of them in North Kivu"), is a fact of its own; a part with no place
("about 300 of them children") is no second toll."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _displaced(text: str) -> set[tuple[str | None, object]]:
    return {(c.subject, c.value) for c in extract(text, "2025-08-01") if c.measure == "displaced"}


def test_a_part_with_its_own_place() -> None:
    text = "Close to 6 million Congolese are internally displaced, about 2.4 million of them in South Kivu."
    assert _displaced(text) == {("COD", 6_000_000), ("South Kivu", 2_400_000)}


def test_a_part_placed_by_its_own_verb() -> None:  # a guard: read before this change too
    text = (
        "The number of displaced people in the Democratic Republic of the Congo stood at 6 million in "
        "June, of whom about 2.4 million were in South Kivu."
    )
    assert ("South Kivu", 2_400_000) in _displaced(text)
