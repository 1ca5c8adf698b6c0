"""A text dated at the calendar's ends still reads: the frames' day arithmetic (the day before a
report, a length counted from a date, a force starting soon) finds no day past year 1 or 9999
instead of failing the document (a case the fuzzer found: a renewal "has extended" in a text
published "0001")."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

LINES = (
    "KINSHASA — The Security Council has extended MONUSCO for another year, until 10 February 2026. "
    "The mandate runs twelve months after the vote. A new regional force is due to start soon."
)


@pytest.mark.parametrize("published", ["0001", "0001-01-01", "9999-12-31"])
def test_a_text_dated_at_the_calendars_ends_reads(published: str) -> None:
    claims = extract(LINES, published, extractor="frames")
    assert all(LINES[c.start : c.end] for c in claims)
