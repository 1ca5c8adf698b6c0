"""Families the French and Spanish packs read in the thirty-eighth round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of 8b186ea3), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def values(text: str, language: str, measure: str) -> set[object]:
    """The values of one measure, read on ``ON``."""
    return {v for _, v, _, _ in lang_reading.dated(text, language, measure, ON)}


# -- spelled numbers: the tens from seventy and the teens and twenties written as one word -----------


def test_seventy_and_a_unit_spelled_in_spanish_is_one_figure() -> None:
    text = "Setenta y dos agentes salvadoreños llegaron el lunes a Puerto Príncipe para sumarse a la MMAS."
    assert values(text, ES, "personnel.arrived") == {72}


def test_ninety_spelled_in_spanish() -> None:
    text = "Noventa soldados jamaiquinos llegaron ayer a Haití para reforzar la MMAS."
    assert values(text, ES, "personnel.arrived") == {90}


def test_a_twenty_written_as_one_word_in_spanish() -> None:
    text = "Un grupo de veintitrés policías bahameños llegó el martes a Haití para integrarse a la MMAS."
    assert values(text, ES, "personnel.arrived") == {23}


def test_feminine_hundreds_in_spanish() -> None:
    text = "Unas seiscientas policías kenianas llegaron a Haití para la MMAS."
    assert values(text, ES, "personnel.arrived") == {600}


def test_belgian_and_swiss_tens_in_french() -> None:
    text = "Nonante policiers kényans sont arrivés lundi à Port-au-Prince pour la MMAS."
    assert values(text, FR, "personnel.arrived") == {90}


def test_guard_sixty_ten_stays_seventy_in_french() -> None:
    text = "Soixante-dix policiers kényans sont arrivés lundi à Port-au-Prince pour la MMAS."
    assert values(text, FR, "personnel.arrived") == {70}


# -- a country of a list a delegate speaks for is not where a toll was counted ------------------------


def places(text: str, language: str, measure: str) -> set[object]:
    return {s for s, _, _, _ in lang_reading.dated(text, language, measure, ON)}


HAITI_ES = "La MMAS sigue desplegada en Haití.\n\n"
HAITI_FR = "La MMAS reste déployée en Haïti.\n\n"


def test_last_country_of_a_list_spoken_for_is_no_place_es() -> None:
    text = HAITI_ES + (
        "El delegado de Ghana, que intervino también en nombre de Argelia y Sierra Leona, "
        "recordó que al menos 2.400 personas murieron por la violencia de las pandillas."
    )
    assert places(text, ES, "killed") == {"Haiti"}


def test_a_bracketed_group_spoken_for_is_no_place_es() -> None:
    text = HAITI_ES + (
        "La delegada de Ghana, que habló en nombre de los A3+ (Argelia, Mozambique, Sierra Leona y Ghana), "
        "elogió la decisión para el pueblo haitiano, que según la OIM cuenta ya más de 600.000 desplazados."
    )
    assert places(text, ES, "displaced") == {"Haiti"}


def test_countries_spoken_for_with_articles_are_no_place_fr() -> None:
    text = HAITI_FR + (
        "La déléguée du Ghana, qui parlait au nom de l'Algérie, du Mozambique et de la Sierra Leone, "
        "a rappelé qu'au moins 1 200 personnes avaient été tuées depuis janvier."
    )
    assert places(text, FR, "killed") == {"Haiti"}


def test_guard_a_country_named_after_the_list_stays_the_place_fr() -> None:
    text = HAITI_FR + (
        "Au nom des trois membres africains, la déléguée de la Sierra Leone a rappelé que plus de "
        "7 millions de personnes sont déplacées en République démocratique du Congo."
    )
    assert places(text, FR, "displaced") == {"Democratic Republic of the Congo"}


# -- "could" then a verb of holding or sending and "up to": the most a force may hold ---------------


def test_could_deploy_up_to_is_a_ceiling_fr() -> None:
    text = "Créée en 2013, la MINUSMA pouvait déployer jusqu'à 11 000 militaires et 1 400 policiers."
    assert lang_reading.dated(text, FR, "personnel.deployed", ON) == set()
    assert values(text, FR, "personnel.target") == {11000, 1400}


def test_can_count_up_to_is_a_ceiling_fr() -> None:
    text = "La Force de répression des gangs peut compter jusqu'à 5 550 personnes."
    assert values(text, FR, "personnel.target") == {5550}


def test_could_deploy_up_to_is_a_ceiling_es() -> None:
    text = "En 2004 la MINUSTAH podía desplegar hasta 6.700 militares y 1.600 policías."
    assert lang_reading.dated(text, ES, "personnel.deployed", ON) == set()
    assert values(text, ES, "personnel.target") == {6700, 1600}


def test_guard_up_to_so_many_served_stays_a_count_fr() -> None:
    text = "Jusqu'à neuf officiers belges ont servi en même temps au quartier général de la MINUSMA."
    assert values(text, FR, "personnel.deployed") == {9}


# -- a day without its year, in a paragraph told in an earlier year, is of that year ----------------

GSF_ES = (
    "La Fuerza de Supresión de Pandillas despliega sus primeras unidades en Puerto Príncipe esta semana.\n\n"
)
GSF_FR = "La Force de répression des gangs déploie ses premières unités à Port-au-Prince cette semaine.\n\n"


def test_a_yearless_day_after_a_dated_quake_is_of_that_year_es() -> None:
    text = GSF_ES + (
        "El huracán del 3 de septiembre de 2008 arrasó Gonaïves. "
        "El 15 de septiembre, el Consejo elevó el techo de la misión a 7.200 militares."
    )
    assert lang_reading.dated(text, ES, "personnel.target", ON) == {
        ("military", 7200, "MINUSTAH", "2008-09-15")
    }


def test_a_yearless_day_after_a_dated_founding_is_of_that_year_fr() -> None:
    text = GSF_FR + (
        "La MINUSTAH est née le 1er juin 2004 à Port-au-Prince. "
        "Le 20 juin, le Conseil lui a autorisé jusqu'à 6 500 militaires."
    )
    assert lang_reading.dated(text, FR, "personnel.target", ON) == {
        ("military", 6500, "MINUSTAH", "2004-06-20")
    }


def test_guard_a_yearless_day_told_of_the_new_force_stays_es() -> None:
    text = GSF_ES + (
        "La MINUSTAH llegó a Haití el 1 de junio de 2004. "
        "El 20 de enero, esta fuerza contaba ya con 1.000 efectivos."
    )
    assert {m for _, _, m, _ in lang_reading.dated(text, ES, "personnel.deployed", ON)} == {"GSF"}
