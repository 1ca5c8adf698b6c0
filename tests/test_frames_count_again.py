"""A bare number said of "it", or counted by an agency, right after a humanitarian figure is the same
count at another time; said of a force it stays unread."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _got(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in extract(text, "2025-09-01")]


def test_it_was_n_after_a_displacement_figure() -> None:
    text = "About 900,000 people are displaced in South Sudan, aid groups say. In March it was 780,000."
    assert ("displaced", 780000) in _got(text), _got(text)


def test_an_agency_counted_n() -> None:
    text = (
        "About 900,000 people are displaced in South Sudan. That is up from May, when UNHCR counted 810,000."
    )
    assert ("displaced", 810000) in _got(text), _got(text)


def test_it_after_a_force_is_not_a_toll() -> None:
    got = _got("UNMISS has 14,000 troops. By June it was close to 13,000.")
    assert all(m == "personnel.deployed" or v != 13000 for m, v in got), got
