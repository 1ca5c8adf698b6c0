"""Families the French and Spanish packs read in the forty-fifth round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of ddd80c12), unless marked as a guard."""

from __future__ import annotations

from lang_reading import ES, of

# -- a parliament's or government's authorisation of its own people: the followed country's ceiling --


def test_a_senate_authorising_its_own_troops_gives_the_followed_country() -> None:
    text = (
        "ASUNCIÓN — El Senado aprobó el miércoles el proyecto de ley que autoriza la salida del "
        "territorio nacional de hasta 140 efectivos de las Fuerzas Armadas para integrar la UNFICYP.\n\n"
        "El contingente paraguayo releva así a los 130 militares paraguayos que llegaron en junio."
    )
    assert ("Paraguay", 140) in of(text, ES, "personnel.target")


def test_guard_two_countries_named_as_often_give_no_owner() -> None:
    # (guard: the article follows no one country; the ceiling keeps no owner)
    text = (
        "El Congreso aprobó el decreto que autoriza el envío de hasta 60 efectivos a la UNFICYP.\n\n"
        "Chile y Perú ya tienen personal en la isla; Chile aporta ingenieros y Perú, médicos."
    )
    owners = {o for o, v in of(text, ES, "personnel.target") if v == 60}
    assert "Chile" not in owners and "Peru" not in owners


# -- the cost of a country's own contingent: the country it falls on, or the contingent's demonym -------


def test_a_cost_falling_on_a_country_is_that_countrys() -> None:
    text = (
        "Según el ministerio, la misión en el Líbano le cuesta a Portugal unos 35 millones de euros al año."
    )
    assert ("Portugal", 35_000_000) in of(text, ES, "funding.required")


def test_a_cost_told_with_the_future_dative() -> None:
    text = "La participación en la misión costará a Honduras unos 2,5 millones de dólares este año."
    assert ("Honduras", 2_500_000) in of(text, ES, "funding.required")


def test_the_cost_of_a_contingent_named_by_its_demonym() -> None:
    text = (
        "Según el informe remitido al Senado, el coste del contingente español en Malí para el "
        "ejercicio 2019 se calcula en 64 millones de euros."
    )
    assert ("Spain", 64_000_000) in of(text, ES, "funding.required")


def test_guard_a_destination_after_sending_is_no_cost() -> None:
    # (guard: "a Portugal" after a sending verb is a destination, not a cost's bearer)
    text = "El Gobierno envió a Portugal 12 millones de euros para la misión."
    assert ("Portugal", 12_000_000) not in of(text, ES, "funding.required")
