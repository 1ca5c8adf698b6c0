"""Families the French and Spanish packs read in the thirty-second round (after fr35/es35 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 93123562), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
from lang_reading import ES, FR

of = partial(lang_reading.of, published="2025-11-20")


# -- a count shared "entre" several categories is of none of them ----------------------------------


def test_a_count_shared_among_categories_has_no_category_es() -> None:
    assert of(
        "La misión de la ONU en el Sáhara Occidental cuenta hoy con unos 310 efectivos entre "
        "observadores militares, policías y personal civil.",
        ES,
        "personnel.deployed",
    ) == {(None, 310)}


def test_a_count_shared_between_two_categories_has_no_category_fr() -> None:
    assert of(
        "Le bureau compte aujourd'hui quelque 520 membres entre civils et policiers, répartis dans "
        "douze antennes.",
        FR,
        "personnel.deployed",
    ) == {(None, 520)}


def test_a_count_its_own_noun_names_keeps_its_category() -> None:  # guard
    assert of(
        "La misión cuenta con unos 260 civiles entre personal internacional y local.",
        ES,
        "personnel.deployed",
    ) == {("civilian", 260)}
