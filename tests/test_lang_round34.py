"""Families the French and Spanish packs read in the thirty-fourth round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of 7afda2bc), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import FR

ON = "2026-02-10"
MONUSCO_FR = "La Mission des Nations unies en RDC (Monusco) compte 12 000 agents. "


def of(text: str, language: str, measure: str) -> set[tuple[object, object, object, object]]:
    """(subject, value, mission, as_of) of one measure, read on ``ON``."""
    return lang_reading.dated(text, language, measure, ON)


# -- "de" elided before "un": "prolongé d'un an" is a mandate of twelve months ---------------------


def test_extended_by_one_year_with_de_elided_is_twelve_months_fr() -> None:
    got = of(
        MONUSCO_FR + "Le Conseil a prolongé mardi la mission d'un an, jusqu'au 20 décembre 2026.",
        FR,
        "mandate.duration",
    )
    assert {v for _, v, m, _ in got if m == "MONUSCO"} == {12}


def test_a_period_of_one_year_with_de_elided_fr() -> None:
    got = of(
        MONUSCO_FR + "Le Conseil a renouvelé le mandat de la Monusco pour une période d'un an.",
        FR,
        "mandate.duration",
    )
    assert {v for _, v, m, _ in got if m == "MONUSCO"} == {12}


def test_a_participle_in_apposition_with_de_elided_fr() -> None:
    got = of("Le mandat du BINUH, prolongé d'un an, expire le 31 janvier 2027.", FR, "mandate.duration")
    assert {v for _, v, m, _ in got if m == "BINUH"} == {12}


def test_guard_more_than_a_year_is_a_span_not_a_mandate_fr() -> None:
    got = of(
        MONUSCO_FR + "Le Conseil a adopté la résolution ; Kinshasa réclamait depuis plus d'un an un retrait.",
        FR,
        "mandate.duration",
    )
    assert got == set()


def test_guard_a_time_limit_of_one_year_is_no_mandate_fr() -> None:
    got = of(
        MONUSCO_FR + "La résolution adoptée prévoit un retrait dans un délai d'un an.", FR, "mandate.duration"
    )
    assert got == set()


def test_guard_after_a_year_is_no_mandate_fr() -> None:
    got = of(
        MONUSCO_FR + "Le Conseil a prolongé le mandat, que Kinshasa voulait voir finir au bout d'un an.",
        FR,
        "mandate.duration",
    )
    assert got == set()


def test_guard_a_renewal_some_members_asked_for_is_no_mandate_fr() -> None:
    got = of(
        MONUSCO_FR + "Le Conseil a prolongé le mandat de six mois ; plusieurs membres réclamaient un "
        "renouvellement d'un an.",
        FR,
        "mandate.duration",
    )
    assert {v for _, v, _, _ in got} == {6}


def test_guard_a_draft_that_would_extend_by_a_year_is_no_mandate_fr() -> None:
    got = of(
        "Le mandat du BINUH expire le 31 janvier ; un projet de texte le prolongerait d'un an.",
        FR,
        "mandate.duration",
    )
    assert got == set()
