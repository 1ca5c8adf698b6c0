"""A capitalised name right before a gazetteer place, with a French particle or none, is that place's
longer name ("Petite-Rivière de l'Artibonite", "the Wharf Jérémie area", "Lower Juba"); a preposition
or a month before it is not."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "On Sunday, in Grande-Saline de l'Artibonite, gunmen killed at least 14 people.",
            "Grande-Saline de l'Artibonite",
        ),
        ("At least 14 people were killed in the Wharf Jérémie area last week.", "Wharf Jérémie"),
        ("In March gunmen killed at least 14 people in Jérémie.", "Jérémie"),
    ],
)
def test_the_longer_name(sentence: str, place: str) -> None:
    got = {c.subject for c in extract("Haiti violence. " + sentence, "2025-01-10") if c.measure == "killed"}
    assert got == {place}, got
