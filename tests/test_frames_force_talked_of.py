"""A force "of N" that a plan, a proposal or talk sizes is the force's planned strength, not people
sent or promised by anyone."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _got(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in extract(text, "2026-02-10") if c.measure.startswith("personnel.")]


def test_a_force_spoken_of() -> None:
    text = "Before the vote, diplomats in Addis Ababa spoke of a force of about 3,000 for AUSSOM."
    assert _got(text) == [("personnel.target", 3000)], _got(text)


def test_a_brigade_settled_on_and_recommended() -> None:
    text = "The chiefs of staff settled on an initial brigade of 2,400 troops for the new SADC force."
    assert ("personnel.target", 2400) in _got(text), _got(text)
    text = "An AU assessment team had recommended a force of 8,000 personnel for AUSSOM."
    assert ("personnel.target", 8000) in _got(text), _got(text)


def test_to_start_with_a_brigade_is_planned() -> None:
    text = "Ministers agreed to start AUSSOM with a brigade of 1,200 troops and to grow it later."
    assert ("personnel.target", 1200) in _got(text), _got(text)


def test_a_force_that_started_is_not_talk() -> None:
    text = "AUSSOM started in January with a force of 11,000 troops drawn from five countries."
    assert ("personnel.target", 11000) not in _got(text), _got(text)
