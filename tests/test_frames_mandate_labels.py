"""A fact box's line that gives a mandate's end after a label, with no verb for the frames to read
("* New UNMISS end date: …", "Mandate now runs to: …"; the label read also takes "New mandate end: …"
and "Mandate: runs to …") (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _expiries(text: str, published: str) -> set[tuple[str | None, str]]:
    return {(c.mission, str(c.value)) for c in extract(text, published) if c.measure == "mandate.expiry"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mandate now runs to: 30 April 2027", "2027-04-30"),
        ("* New UNMISS end date: 30 April 2027.", "2027-04-30"),
    ],
)
def test_a_labelled_end(line: str, expected: str) -> None:
    text = f"UNMISS AT A GLANCE\n\nHost: South Sudan\n\n{line}\n\nHeadquarters: Juba\n"
    assert ("UNMISS", expected) in _expiries(text, "2026-05-10")
