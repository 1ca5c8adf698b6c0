"""Families the French and Spanish packs read in the twenty-fifth round (after fr27/es27 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 868b022), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
import pytest
from lang_reading import ES, FR

# this round's sentences are read as of the day after the GSF was created
read = partial(lang_reading.read, published="2025-10-02")
of = partial(lang_reading.of, published="2025-10-02")


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
    # guard: no "up to", no ceiling read by this family (the future makes it a level to come, a
    # target, since the thirty-seventh round; still no "at most")
    claims = lang_reading.read("La fuerza contará con 4.800 agentes.", ES)
    assert [(c.measure, c.qualifier) for c in claims if c.value == 4800] == [("personnel.target", "exact")]


# -- the cost of a country's deployment told with the mission (or the country) it is in ------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Portugal mantiene hoy unos 400 militares en la FINUL. Respecto del costo, la participación "
            "en la FINUL representó en 2024 un gasto de 90 millones de euros.",
            ES,
            ("Portugal", 90_000_000),
        ),
        (
            "Portugal mantiene 400 militares en la FINUL. El costo del despliegue en el Líbano se estima "
            "en 90 millones de euros.",
            ES,
            ("Portugal", 90_000_000),
        ),
        (
            "La Belgique compte 300 soldats dans la FINUL. Le déploiement au sein de la FINUL a coûté "
            "45 millions d'euros en 2024.",
            FR,
            ("Belgium", 45_000_000),
        ),
    ],
)
def test_a_deployment_cost_in_a_named_mission_is_the_followed_country_s(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in of(text, language, "funding.required")


def test_guard_the_named_mission_s_own_cost_keeps_no_owner() -> None:
    # guard: the mission is whose cost it is ("de la FINUL"), not where the country serves
    got = of(
        "Portugal mantiene 400 militares en la FINUL. El costo de la FINUL se estima en 500 millones de "
        "dólares.",
        ES,
        "funding.required",
    )
    assert (None, 500_000_000) in got


# -- "sumarse" (to join) is an arrival, "suma" as written a force's strength ---------------------


def test_joining_with_sumarse_is_an_arrival() -> None:
    text = (
        "Unos 400 agentes kenianos ya estaban en Puerto Príncipe. A ellos se sumaron el 5 de marzo 60 "
        "policías de Belice."
    )
    assert ("Belize", 60) in of(text, ES, "personnel.arrived")
    assert not of(text, ES, "personnel.deployed") & {("Belize", 60)}


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # guards: "suma" as written still a strength, "sumará" a planned one
        ("La fuerza suma hoy 1.200 efectivos.", "personnel.deployed"),
        ("Con ese relevo, la fuerza sumará 1.200 efectivos.", "personnel.target"),
    ],
)
def test_guard_suma_as_written_stays_a_strength(text: str, measure: str) -> None:
    assert (None, 1200) in of(text, ES, measure)


# -- the role noun "contribuyente" / "contributeur" is no verb of paying -------------------------


def test_a_contributor_noun_pays_nothing() -> None:
    text = "Los países contribuyentes hablan de unos 700 millones de dólares al año para la fuerza."
    assert not of(text, ES, "funding.contributed")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # guards: the verb still pays
        ("Portugal contribuyó con 5 millones de dólares al fondo.", ES, ("Portugal", 5_000_000)),
        ("Le Portugal a contribué à hauteur de 5 millions de dollars au fonds.", FR, ("Portugal", 5_000_000)),
    ],
)
def test_guard_the_verb_of_contributing_still_pays(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in of(text, language, "funding.contributed")


# -- a payer's second sum in a clause with no subject of its own is the same payer's --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington a fait valoir qu'il avait consacré 200 millions de dollars à la logistique de la "
            "mission, tout en reconnaissant n'avoir déposé que 9 millions dans le fonds.",
            ("United States", 9_000_000),
        ),
        (
            "La Norvège y a versé 40 millions, tandis que le Japon dit avoir fourni plus de 200 millions "
            "de dollars d'équipements, mais seulement 9 millions au fonds lui-même.",
            ("Japan", 9_000_000),
        ),
        (
            "La Norvège y a versé 40 millions, tandis que le Japon, qui affirme avoir fourni 200 millions "
            "de dollars d'équipements, n'y a déposé que 9 millions.",
            ("Japan", 9_000_000),
        ),
    ],
)
def test_a_payer_s_second_sum_without_its_own_subject(text: str, expected: tuple[str, int]) -> None:
    assert expected in of(text, FR, "funding.contributed")


def test_guard_a_second_payer_named_keeps_its_sum() -> None:
    got = of("Le Japon a versé 9 millions, et l'Union européenne 40 millions.", FR, "funding.contributed")
    assert ("European Union", 40_000_000) in got


def test_guard_the_fund_s_total_in_a_relative_clause_keeps_no_payer() -> None:
    got = of(
        "Le Japon avait déjà versé 9 millions de dollars à ce fonds, qui a recueilli au total 80 millions.",
        FR,
        "funding.contributed",
    )
    assert (None, 80_000_000) in got
    assert ("Japan", 80_000_000) not in got
