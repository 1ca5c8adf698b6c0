"""A force's size told with "be": "the mission is about 1,000 strong" is its strength; "was meant to
be 2,500" (the subject on the governing verb) its planned strength."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _got(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in extract(text, "2026-02-10") if c.measure.startswith("personnel.")]


def test_n_strong_is_the_strength() -> None:
    assert _got("UNMISS is now about 13,500 strong.") == [("personnel.deployed", 13500)]


def test_meant_to_be_n_is_the_plan() -> None:
    assert _got("AUSSOM was meant to be 11,900.") == [("personnel.target", 11900)]
    assert _got("AUSSOM was supposed to be 11,900 strong.") == [("personnel.target", 11900)]


def test_a_bare_it_is_n_says_nothing() -> None:
    assert _got("It is 2,500.") == []
