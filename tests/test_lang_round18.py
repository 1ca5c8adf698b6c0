"""Families the French and Spanish packs read in the eighteenth round (after fr20/es20 were
opened): a force's participle of authorisation whose complement ends in "up to" a figure names the
force's ceiling, not its strength. Each is tested with sentences written for it, none taken from a
set, and fails on the packs before the round (a `git archive` export of 74d70b5)."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str, published: str = "2026-02-10") -> set[tuple[object, ...]]:
    return {(c.measure, c.mission, c.qualifier, c.value) for c in read(text, language, published)}


def test_an_authorised_force_up_to_a_figure_is_its_ceiling_in_spanish() -> None:
    """ "autorizada por el Consejo para hasta 4.200": the figure is the ceiling, not the strength."""
    got = facts(
        "La FINUL, autorizada por el Consejo para hasta 4.200 militares, tiene hoy unos 3.100.",
        ES,
    )
    assert ("personnel.target", "UNIFIL", "at_most", 4200) in got
    assert not any(m == "personnel.deployed" and v == 4200 for m, _, _, v in got)
    assert ("personnel.deployed", "UNIFIL", "approx", 3100) in got


def test_an_authorised_force_up_to_a_figure_is_its_ceiling_in_french() -> None:
    """ "autorisée par le Conseil pour jusqu'à 4 200": the same in French."""
    got = facts(
        "La FINUL, autorisée par le Conseil pour jusqu'à 4 200 militaires, en compte aujourd'hui "
        "environ 3 100.",
        FR,
    )
    assert ("personnel.target", "UNIFIL", "at_most", 4200) in got
    assert not any(m == "personnel.deployed" and v == 4200 for m, _, _, v in got)
