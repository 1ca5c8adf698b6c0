"""A date on the occasion a figure was told at, or on the violence a toll counts, dates the figure
(sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _dated(text: str, published: str) -> list[tuple[str, float, str | None]]:
    return [(c.measure, float(c.value), c.as_of) for c in extract("Report.\n\n" + text, published)]


def test_an_offer_made_at_a_meeting_is_dated_by_the_meeting() -> None:
    got = _dated(
        "At a pledging conference in November, Senegal offered 650 troops to the force.", "2026-02-10"
    )
    assert ("personnel.pledged", 650, "2025-11") in got, got


def test_a_toll_of_violence_over_a_period_is_dated_at_its_end() -> None:
    got = _dated(
        "At least 940 people were killed in attacks between April and June, the office said.", "2025-07-20"
    )
    assert ("killed", 940, "2025-06-30") in got, got
