"""Rows under a capitalised heading that says who is where ("WHO WAS THERE (MSS, mid-2025)") are
the strength of the mission the heading's bracket names, whatever mission runs at publication.
Fact box written for this test; it failed before."""

from __future__ import annotations

from missionwatch.nlp import extract

BOX = """FACT BOX: The Haiti force

WHO WAS THERE (MSS, mid-2025)
- Kenya: about 720 police officers
- Guatemala: 140 military police

THE MONEY
- GSF estimated running cost: roughly $800 million a year.
"""


def _claims(text: str) -> set[tuple[str, str | None, str | None, object]]:
    return {
        (c.measure, c.mission, c.subject, c.value) for c in extract(text, "2026-01-15", extractor="frames")
    }


def test_rows_under_a_heading_of_who_was_there_are_its_missions_strength() -> None:
    claims = _claims(BOX)
    assert ("personnel.deployed", "MSS", "KEN", 720) in claims
    assert ("personnel.deployed", "MSS", "GTM", 140) in claims
