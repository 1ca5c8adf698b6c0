"""Families the French and Spanish packs read in the thirty-ninth round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of 91031fc6), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def claims(text: str, language: str, measure: str) -> set[tuple[object, object]]:
    """(subject, value) of one measure, read on ``ON``."""
    return {(s, v) for s, v, _, _ in lang_reading.dated(text, language, measure, ON)}


def read(text: str, language: str) -> list[object]:
    return list(lang_reading.read(text, language, ON))


# -- "en tenue": the uniformed, in French --------------------------------------------------------------


def test_personnel_en_tenue_are_the_uniformed() -> None:
    text = "La MINUSCA compte aujourd'hui environ 13 500 personnels en tenue dans le pays."
    assert {s for s, _ in claims(text, FR, "personnel.deployed")} == {"uniformed"}


def test_a_part_en_tenue_of_a_ceiling_is_the_uniformed() -> None:
    text = (
        "Le Conseil de sécurité a autorisé une force forte de 4 200 personnes, dont 4 100 en tenue, "
        "pour une période de douze mois."
    )
    assert ("uniformed", 4100) in claims(text, FR, "personnel.target")


def test_guard_a_ceiling_of_persons_names_no_category() -> None:
    text = (
        "Le Conseil de sécurité a autorisé une force forte de 4 200 personnes, dont 4 100 en tenue, "
        "pour une période de douze mois."
    )
    assert (None, 4200) in claims(text, FR, "personnel.target")


# -- a count of people of a list of countries is no one country's ---------------------------------------


def test_people_of_a_list_of_countries_are_nobodys_own_in_spanish() -> None:
    text = (
        "Con los nuevos relevos, la fuerza reúne unos 640 agentes de Kenia, Jamaica, Belice y Guatemala, "
        "según la misión."
    )
    assert {s for s, _ in claims(text, ES, "personnel.deployed")} == {None}


def test_people_of_a_list_of_demonyms_are_nobodys_own_in_french() -> None:
    text = "Quelque 900 soldats burundais, ougandais et kényans restent déployés dans la zone de la MONUSCO."
    assert {s for s, _ in claims(text, FR, "personnel.deployed")} == {None}


def test_guard_people_of_one_country_stay_its_own() -> None:
    text = "Con los nuevos relevos, la fuerza reúne unos 640 agentes de Kenia en Puerto Príncipe."
    assert {s for s, _ in claims(text, ES, "personnel.deployed")} == {"Kenya"}


# -- a Council turning one mission into another acts for the new one ----------------------------------


def missions(text: str, language: str, measure: str) -> set[object]:
    return {c.mission for c in lang_reading.read(text, language, ON) if c.measure == measure}


def test_a_mandate_given_while_turning_a_mission_into_another_is_the_new_ones_in_french() -> None:
    text = (
        "Le Conseil de sécurité a décidé mardi d'autoriser les États Membres à transformer la Mission "
        "multinationale d'appui à la sécurité (MMAS) en une Force de répression des gangs (FRG), pour une "
        "période initiale de 12 mois."
    )
    assert missions(text, FR, "mandate.duration") == {"GSF"}


def test_a_mandate_given_while_turning_a_mission_into_another_is_the_new_ones_in_spanish() -> None:
    text = (
        "El Consejo de Seguridad decidió el martes transformar la Misión Multinacional de Apoyo a la "
        "Seguridad (MMAS) en la Fuerza de Supresión de Pandillas, por un periodo inicial de 12 meses."
    )
    assert missions(text, ES, "mandate.duration") == {"GSF"}


def test_guard_a_mandate_renewed_without_turning_stays_the_missions() -> None:
    text = (
        "Le Conseil de sécurité a décidé mardi de proroger le mandat de la Mission multinationale d'appui "
        "à la sécurité (MMAS) pour une période de 12 mois."
    )
    assert missions(text, FR, "mandate.duration") == {"MSS"}


# -- the day of a report a count is told by is no batch's day ----------------------------------------


def test_a_count_told_by_a_report_of_saturday_stays_deployed_in_french() -> None:
    text = "Selon un bilan communiqué samedi par la MMAS, le Kenya y déploie 412 policiers."
    assert ("Kenya", 412) in claims(text, FR, "personnel.deployed")
    assert not claims(text, FR, "personnel.arrived")


def test_a_count_told_by_a_report_of_saturday_stays_deployed_in_spanish() -> None:
    text = "Según un comunicado difundido el sábado por la MMAS, Kenia aporta 412 agentes a la fuerza."
    assert ("Kenya", 412) in claims(text, ES, "personnel.deployed")
    assert not claims(text, ES, "personnel.arrived")


def test_guard_a_deployment_done_on_a_day_is_an_arrival() -> None:
    text = "Le Kenya a déployé samedi 412 policiers supplémentaires au sein de la MMAS."
    assert ("Kenya", 412) in claims(text, FR, "personnel.arrived")


# -- a figure its participle of authorising follows is the ceiling of the people counted before --------


def test_the_authorised_after_a_count_are_its_ceiling_in_french() -> None:
    text = "Pour rappel, la force compte un millier d'agents, loin des 4 200 autorisés par le Conseil."
    assert (None, 4200) in claims(text, FR, "personnel.target")


def test_the_authorised_of_a_component_are_its_ceiling_in_french() -> None:
    text = "La composante Police comptait 2 500 membres sur les 2 800 autorisés."
    assert ("police", 2800) in claims(text, FR, "personnel.target")


def test_the_authorised_after_a_count_are_its_ceiling_in_spanish() -> None:
    text = "La fuerza tiene unos 900 agentes, lejos de los 4.200 autorizados por el Consejo."
    assert (None, 4200) in claims(text, ES, "personnel.target")


def test_guard_a_count_before_the_authorised_stays_deployed() -> None:
    text = "La fuerza tiene unos 900 agentes, lejos de los 4.200 autorizados por el Consejo."
    assert (None, 900) in claims(text, ES, "personnel.deployed")


def test_the_authorised_ceiling_takes_the_category_of_the_count_before_in_spanish() -> None:
    text = (
        "Al 15 de diciembre, la Misión contaba con 98 observadores internacionales, de los 110 autorizados."
    )
    assert {s for s, v in claims(text, ES, "personnel.target") if v == 110} - {None}


def test_guard_a_part_after_the_authorised_is_of_the_count() -> None:
    text = (
        "La composante de police comptait 2 500 membres, sur les 2 800 autorisés, "
        "dont 1 900 membres d'unités de police constituées."
    )
    assert ("formed police units", 1900) in claims(text, FR, "personnel.deployed")


# -- where contingents come from, with the elided "d'" ----------------------------------------------------


def test_contingents_coming_from_an_elided_country_are_its_contributors() -> None:
    text = (
        "La MINUSCA reste déployée en Centrafrique. Ses principaux contingents viennent d'Égypte, "
        "du Népal et d'Indonésie."
    )
    assert {s for s, v in claims(text, FR, "contributor") if v == "deployed"} >= {"Egypt", "Indonesia"}
