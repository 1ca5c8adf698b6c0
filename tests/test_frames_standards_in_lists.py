"""A figure set against another ("against the 2,500 envisaged", "against an authorised ceiling of
3,250") is a standard: a list after it (a colon's parts, a coordinated figure) goes on from the
clause's own figure; and a figure set off with "with" keeps its strength whatever its clause plans."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _persons(text: str, published: str = "2025-06-01") -> set[tuple[str, str | None, object]]:
    return {(c.measure, c.subject, c.value) for c in extract(text, published) if c.unit == "persons"}


def test_the_parts_after_a_colon_are_the_clauses_figures() -> None:
    text = (
        "By the end of May the Kenyan-led mission had 940 officers in Haiti, against the 2,500 "
        "envisaged: 760 from Kenya, 150 from Guatemala and 30 from Jamaica."
    )
    got = _persons(text)
    assert {("personnel.deployed", "KEN", 760), ("personnel.deployed", "GTM", 150)} <= got, got
    assert ("personnel.deployed", "JAM", 30) in got, got


def test_a_coordinated_figure_skips_the_standard_before_it() -> None:
    text = (
        "The UN Interim Security Force for Abyei (UNISFA). As at 30 June 2024, its uniformed strength "
        "stood at 2,900 troops, against an authorized ceiling of 3,250, and 170 police personnel, "
        "against an authorized strength of 640."
    )
    got = _persons(text)
    assert ("personnel.deployed", "police", 170) in got, got
    assert ("personnel.target", "police", 640) in got, got


def test_a_strength_set_off_with_with_is_no_plan() -> None:
    text = (
        "The UN mission in Mali (MINUSMA) is closing. Sweden, with some 250 soldiers in Timbuktu, had "
        "already planned to leave by June."
    )
    assert ("personnel.deployed", "SWE", 250) in _persons(text, "2023-07-01")
