"""Families the French and Spanish packs read in the twenty-fifth round (after fr27/es27 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 868b022), unless marked as a guard."""

from __future__ import annotations

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str = "2025-10-02") -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def of(text: str, language: str, measure: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == measure}


# -- a holding verb in the future or under "can", then "up to": a ceiling (a target) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Según la resolución, la nueva fuerza contará con un máximo de 4.800 uniformados y 70 civiles.",
            {("uniformed", 4800), ("civilian", 70)},
        ),
        ("El mandato permite que la fuerza pueda tener hasta 4.800 integrantes.", {(None, 4800)}),
        ("La misión tendrá hasta 3.200 policías durante su primer año.", {("police", 3200)}),
    ],
)
def test_a_future_or_possible_holding_up_to_a_figure_is_a_ceiling(
    text: str, expected: set[tuple[object, int]]
) -> None:
    assert expected <= of(text, ES, "personnel.target")
    assert not {v for _s, v in of(text, ES, "personnel.deployed")} & {v for _s, v in expected}


def test_guard_a_future_holding_without_up_to_is_left_as_it_was() -> None:
    # guard: no "up to", no ceiling read by this family
    assert (None, 4800) in of("La fuerza contará con 4.800 agentes.", ES, "personnel.deployed")
