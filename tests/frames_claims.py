"""Claims of a written sentence in the shapes the frames tests compare: one helper, not a copy per
test file."""

from __future__ import annotations

from missionwatch.nlp import extract


def statuses(text: str, published: str = "2025-06-01") -> set[tuple[str | None, str, str]]:
    """(mission, country, status) of every contributor claim."""
    return {
        (c.mission, str(c.subject), str(c.value))
        for c in extract(text, published)
        if c.measure == "contributor"
    }


def personnel(text: str, published: str = "2024-06-01") -> set[tuple[str, str | None, float]]:
    """(measure, subject, value) of every personnel claim."""
    return {
        (c.measure, None if c.subject is None else str(c.subject), float(c.value))  # type: ignore[arg-type]
        for c in extract(text, published)
        if c.measure.startswith("personnel.")
    }
