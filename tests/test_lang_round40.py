"""Families the French and Spanish packs read in the fortieth round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of f4da4c79), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def claims(text: str, language: str, measure: str) -> set[tuple[object, object]]:
    """(subject, value) of one measure, read on ``ON``."""
    return {(s, v) for s, v, _, _ in lang_reading.dated(text, language, measure, ON)}


# -- a maximum named as a noun before a figure ----------------------------------------------------------


def test_a_maximum_authorised_after_a_count_is_its_ceiling() -> None:
    text = (
        "Al 15 de mayo, la Misión tenía 97 observadores internacionales, de un máximo autorizado de 110, "
        "y 280 civiles."
    )
    assert ("observers", 110) in claims(text, ES, "personnel.target")


def test_guard_the_part_after_the_maximum_stays_a_count() -> None:
    text = (
        "Al 15 de mayo, la Misión tenía 97 observadores internacionales, de un máximo autorizado de 110, "
        "y 280 civiles."
    )
    assert ("civilian", 280) in claims(text, ES, "personnel.deployed")
    assert ("civilian", 280) not in claims(text, ES, "personnel.target")


def test_a_maximum_a_resolution_fixes_is_a_ceiling() -> None:
    text = "La resolución fijó un máximo de 110 observadores internacionales para la nueva misión."
    assert ("observers", 110) in claims(text, ES, "personnel.target")


def test_a_maximum_of_a_renewal_is_split_by_category() -> None:
    text = "El Consejo prorrogó el mandato de la MINUSCA, con un máximo de 12.000 militares y 2.900 policías."
    assert {("military", 12000), ("police", 2900)} <= claims(text, ES, "personnel.target")


def test_guard_a_peak_reached_is_no_ceiling() -> None:
    text = "La misión llegó a su máximo de casi 900 efectivos en 2024."
    assert not claims(text, ES, "personnel.target")


# -- "au maximum" closing a figure's people, "compte au plus" ----------------------------------------


def test_au_maximum_after_two_figures_makes_both_ceilings() -> None:
    text = (
        "Créée en 2014, la force ne pouvait alors déployer que 9 000 militaires et 1 800 policiers "
        "au maximum."
    )
    assert {("military", 9000), ("police", 1800)} <= claims(text, FR, "personnel.target")
    assert not claims(text, FR, "personnel.deployed")


def test_como_maximo_after_the_people_is_a_ceiling() -> None:
    text = "Según el texto, la nueva misión desplegará 3.000 soldados y 600 policías como máximo."
    found = lang_reading.read(text, ES, ON)
    assert {(c.subject, c.value, c.qualifier) for c in found if c.measure == "personnel.target"} >= {
        ("military", 3000, "at_most"),
        ("police", 600, "at_most"),
    }


def test_a_mission_that_counts_at_most_is_a_ceiling() -> None:
    text = (
        "Créée par la même résolution, la nouvelle mission compte au plus 700 membres d'unités de "
        "police constituées et 150 policiers hors unités."
    )
    assert {("formed police units", 700), ("police", 150)} <= claims(text, FR, "personnel.target")


def test_guard_au_plus_fort_is_no_bound() -> None:
    text = "Plus d'un million de personnes ont dû fuir leur foyer au plus fort des combats."
    assert not claims(text, FR, "personnel.target")


def test_guard_a_count_without_a_bound_stays_a_count() -> None:
    text = "La mission compte 9 000 militaires et 1 800 policiers."
    assert {("military", 9000), ("police", 1800)} <= claims(text, FR, "personnel.deployed")


# -- a planned size a count is set against is no country's pledge --------------------------------------


def test_a_planned_size_set_against_a_count_has_no_owner() -> None:
    text = (
        "El contingente de Nigeria, el mayor, supera los 600 agentes, pero la fuerza sigue por debajo "
        "de los 900 efectivos, lejos de los 3.000 que se habían previsto."
    )
    assert (None, 3000) in claims(text, ES, "personnel.target")
    assert not claims(text, ES, "personnel.pledged")


def test_a_plan_set_against_after_an_adverb_of_time() -> None:
    text = (
        "Nigeria, que encabeza la operación, tiene desplegados unos 600 agentes en el país, y la misión "
        "ronda los 900 elementos, todavía lejos de los 3.000 que contemplaba el plan original."
    )
    assert (None, 3000) in claims(text, ES, "personnel.target")
    assert not claims(text, ES, "personnel.pledged")


def test_guard_a_country_planning_its_own_sending_pledges() -> None:
    text = "Nigeria prevé enviar 3.000 soldados a la misión antes de junio."
    assert ("Nigeria", 3000) in claims(text, ES, "personnel.pledged")


# -- a force's lead named after the figure does not stop the national plan ----------------------------


def test_a_government_commitment_to_a_force_another_country_leads() -> None:
    text = (
        "Treinta soldados hondureños llegaron ayer a Puerto Príncipe. El Gobierno se comprometió en "
        "marzo a aportar hasta 90 efectivos a la fuerza, que lidera Nigeria."
    )
    assert ("Honduras", 90) in claims(text, ES, "personnel.pledged")


def test_a_government_commitment_to_a_force_led_by_another() -> None:
    text = (
        "Treinta soldados hondureños llegaron ayer a Puerto Príncipe. El Gobierno reiteró su compromiso "
        "de aportar hasta 90 efectivos a la misión, la cual, encabezada por Nigeria, cuenta con "
        "1.000 agentes."
    )
    assert ("Honduras", 90) in claims(text, ES, "personnel.pledged")


def test_guard_another_country_before_the_figure_still_stops_it() -> None:
    text = (
        "Treinta soldados hondureños llegaron ayer a Puerto Príncipe. El Gobierno de Nigeria se "
        "comprometió en marzo a aportar hasta 90 efectivos a la fuerza."
    )
    assert ("Honduras", 90) not in claims(text, ES, "personnel.pledged")
