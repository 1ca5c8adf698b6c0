"""Two parts that are not strengths: the whole a fraction is taken from, when a clause says it was
only meant ("fewer than a quarter of the 2,500 it was meant to have"), is a target; people said to
be "among" the dead, the injured or those killed are part of a toll, not a deployment."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _got(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in extract(text, "2026-02-10")]


def test_a_fraction_of_the_planned_whole() -> None:
    got = _got("UNMISS now fields 9,000 troops, barely three quarters of the 12,000 it was meant to have.")
    assert ("personnel.target", 12000) in got and ("personnel.deployed", 12000) not in got, got


def test_a_number_of_the_planned_whole() -> None:
    got = _got("AUSSOM still counts fewer than 9,000 of the 11,900 troops it was supposed to field.")
    assert ("personnel.target", 11900) in got and ("personnel.deployed", 11900) not in got, got


def test_among_the_injured_is_a_toll() -> None:
    got = _got("In Zvecan, 14 Polish soldiers of KFOR were among the injured.")
    assert ("injured", 14) in got and ("personnel.deployed", 14) not in got, got


def test_among_those_killed_is_a_toll() -> None:
    got = _got("Three Nepali peacekeepers were among nine UNIFIL soldiers killed on Friday near Naqoura.")
    assert ("killed", 3) in got and ("personnel.deployed", 3) not in got, got


def test_a_toll_that_includes_a_group_counts_it_once() -> None:
    got = _got("The toll of 2,100 killed in South Sudan this year includes 85 aid workers.")
    assert ("killed", 2100) in got and ("killed", 85) not in got, got
