"""A count with no noun of its own that is a force's planned size: "more than double the 2,500 the
MSS was meant to field", "it was built for 2,500", "a force that is supposed to grow to 2,500"; a
force that did grow is no plan (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def sizes(text: str, published: str = "2025-10-06") -> set[tuple[str, str]]:
    return {(c.measure, str(c.value)) for c in extract(text, published) if c.measure.startswith("personnel.")}


def test_the_size_a_force_was_meant_to_field() -> None:
    got = sizes("The new ceiling is more than double the 2,500 the MSS was meant to field.")
    assert ("personnel.target", "2500") in got


def test_the_size_a_force_was_built_for() -> None:
    got = sizes("Its predecessor, the Kenyan-led MSS, was built for 2,500 and never came close.")
    assert ("personnel.target", "2500") in got


def test_a_size_a_force_is_supposed_to_grow_to() -> None:
    got = sizes("Kenya makes up the bulk of the MSS, a force that is supposed to grow to 2,500.")
    assert ("personnel.target", "2500") in got


def test_a_force_that_grew_has_no_plan() -> None:
    assert ("personnel.target", "2500") not in sizes("The MSS grew to 2,500 last year.")
