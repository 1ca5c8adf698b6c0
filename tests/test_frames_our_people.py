"""A count "of our officers" is a contingent's own, told by one of them; only kin ("our two
children") is a person's family that counts no one of a force."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _got(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in extract(text, "2025-03-01")]


def test_of_our_officers_is_counted() -> None:
    assert ("personnel.returned", 212) in _got(
        "The last 212 of our soldiers returned home from UNIFIL on 2 March."
    )


def test_our_children_are_still_family() -> None:
    assert _got("Our three children were wounded in the attack on Kenscoff.") == []
