"""A group noun that holds the figure ("a rotation of 230 officers", "the first contingent of 400") is
the people moved, not someone who moved them: the story's country still owns the arrival."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _owners(text: str, measure: str, published: str = "2026-03-20") -> list[tuple[str | None, float]]:
    return [(c.subject, c.value) for c in extract(text, published) if c.measure == measure]


def test_a_rotation_of_officers_is_the_datelines_countrys() -> None:
    text = (
        "LUSAKA — A new rotation of 180 officers arrived in Juba on Tuesday, bringing the strength "
        "of the force to 1,400."
    )
    assert ("ZMB", 180) in _owners(text, "personnel.arrived"), _owners(text, "personnel.arrived")


def test_the_first_contingent_of_n_and_a_second_group() -> None:
    text = (
        "ACCRA — The first contingent of 320 landed in Abyei on 4 March, and a second group of about "
        "150 followed a week later."
    )
    got = _owners(text, "personnel.arrived")
    assert ("GHA", 320) in got and ("GHA", 150) in got, got


def test_a_named_countrys_contingent_still_owns_its_figure() -> None:
    text = "LUSAKA — Malawi's contingent of 150 soldiers arrived in Goma on Tuesday."
    assert ("MWI", 150) in _owners(text, "personnel.arrived")


def test_a_force_holding_no_figure_is_still_the_agent() -> None:
    text = "LUSAKA — The force flew in 200 extra soldiers on Tuesday."
    assert ("ZMB", 200) not in _owners(text, "personnel.arrived")
