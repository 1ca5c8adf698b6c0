"""Families the French and Spanish packs read in the forty-sixth round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of 1fd2d52a), unless marked as a guard."""

from __future__ import annotations

from lang_reading import ES, FR, of

# -- the United Nations paying a contributor back: the sum after the verb is the UN's payment ---------


def test_the_un_paying_back_a_sum_after_the_verb() -> None:
    text = (
        "Según el Ministerio de Defensa, la misión en Malí le cuesta al Estado unos 25 millones de "
        "dólares al año, de los cuales Naciones Unidas reembolsa cerca de 11 millones."
    )
    assert ("United Nations", 11_000_000) in of(text, ES, "funding.contributed")


def test_the_un_paying_back_a_named_country() -> None:
    text = "En 2023, la ONU reintegró a Paraguay 7 millones de dólares por sus cascos azules en Chipre."
    assert ("United Nations", 7_000_000) in of(text, ES, "funding.contributed")


def test_guard_a_cost_before_the_paying_back_verb_is_no_payment() -> None:
    # (guard: the sum before "reembolsa" is the cost paid back in part, not a payment)
    text = (
        "El despliegue en Chipre tiene un costo anual de 12 millones de dólares, una parte de los "
        "cuales reembolsa la ONU."
    )
    assert all(v != 12_000_000 for _, v in of(text, ES, "funding.contributed"))


# -- the country that gave most, with a sum told by its scale alone: what it paid, not its people ----


def test_the_leading_donor_with_bare_millions_paid_them() -> None:
    text = (
        "El fondo de la misión ha recibido 90 millones de dólares. Noruega fue el mayor donante, "
        "con unos 41 millones; Suecia y Alemania también han hecho aportaciones."
    )
    assert ("Norway", 41_000_000) in of(text, ES, "funding.contributed")
    assert ("Sweden", 41_000_000) not in of(text, ES, "funding.contributed")
    assert all(v != 41_000_000 for _, v in of(text, ES, "personnel.deployed"))


def test_the_leading_contributor_with_bare_millions_in_french() -> None:
    text = (
        "Le fonds de la mission a reçu 90 millions de dollars. La Norvège en est le premier "
        "contributeur, avec 41 millions ; la Suède et l'Allemagne y ont aussi versé des fonds."
    )
    assert ("Norway", 41_000_000) in of(text, FR, "funding.contributed")
    assert all(v != 41_000_000 for _, v in of(text, FR, "personnel.deployed"))


def test_guard_the_leading_contributor_of_troops_keeps_its_people() -> None:
    # (guard: a count of soldiers after the same phrase stays personnel)
    text = "Indonesia es el mayor contribuyente, con unos 1.100 soldados en la misión."
    assert ("Indonesia", 1_100) in of(text, ES, "personnel.deployed")
