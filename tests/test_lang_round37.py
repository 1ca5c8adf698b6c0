"""Families the French and Spanish packs read in the thirty-seventh round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of bc2eeedb), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def of(text: str, language: str, measure: str) -> set[tuple[object, object, object, object]]:
    """(subject, value, mission, as_of) of one measure, read on ``ON``."""
    return lang_reading.dated(text, language, measure, ON)


def missions(text: str, language: str, measure: str) -> set[object]:
    return {m for _, _, m, _ in of(text, language, measure)}


# -- a paragraph's date, before the article's mission began, carries to its undated figures ---------

GSF_ES = (
    "La Fuerza de Supresión de Pandillas despliega sus primeras unidades en Puerto Príncipe esta semana.\n\n"
)
GSF_FR = "La Force de répression des gangs déploie ses premières unités à Port-au-Prince cette semaine.\n\n"


def test_ceiling_after_a_dated_founding_is_the_old_missions_es() -> None:
    text = GSF_ES + (
        "El 1 de junio de 2004 comenzó sus tareas la MINUSTAH en Haití. "
        "El Consejo le autorizó hasta 7.000 militares para su primer año."
    )
    assert missions(text, ES, "personnel.target") == {"MINUSTAH"}


def test_raised_ceiling_a_week_after_a_dated_quake_is_the_force_of_then_fr() -> None:
    text = GSF_FR + (
        "Le séisme du 12 janvier 2010 a tout bouleversé à Port-au-Prince. "
        "Quelques jours plus tard, le Conseil a porté le plafond à 9 000 militaires."
    )
    assert missions(text, FR, "personnel.target") == {"MINUSTAH"}


def test_money_told_in_a_dated_paragraph_of_the_past_es() -> None:
    text = GSF_ES + (
        "En marzo de 2011 la misión de la ONU seguía en Haití tras el terremoto. "
        "Los donantes aportaron 40 millones de dólares para reconstruir comisarías."
    )
    assert "GSF" not in missions(text, ES, "funding.contributed")


def test_guard_a_recent_date_carries_nothing_es() -> None:
    text = GSF_ES + (
        "El 30 de septiembre de 2025 el Consejo aprobó la nueva fuerza. "
        "Le autorizó hasta 5.500 efectivos para su primer año."
    )
    assert missions(text, ES, "personnel.target") == {"GSF"}


def test_guard_a_dated_sentence_of_another_paragraph_carries_nothing_fr() -> None:
    text = GSF_FR + (
        "Le 1er juin 2004, la MINUSTAH a commencé son travail en Haïti.\n\n"
        "Le Conseil autorise aujourd'hui jusqu'à 5 500 agents pour la force."
    )
    assert "MINUSTAH" not in missions(text, FR, "personnel.target")


def test_guard_a_sentence_told_now_keeps_the_current_force_es() -> None:
    text = GSF_ES + (
        "En 2008 la MINUSTAH llegó a tener casi 9.000 cascos azules en Haití. "
        "Esta fuerza, en cambio, necesita unos 800 millones de dólares al año."
    )
    assert missions(text, ES, "funding.required") == {"GSF"}


def test_guard_a_date_in_a_side_clause_carries_nothing_es() -> None:
    text = GSF_ES + (
        "Honduras mantiene 120 militares en la GSF, la cifra con la que llegó en marzo de 2025. "
        "Costa Rica aporta unos 40 policías."
    )
    assert "MSS" not in missions(text, ES, "personnel.deployed")


def test_guard_money_for_the_new_force_keeps_it_fr() -> None:
    text = GSF_FR + (
        "En mars 2012, la France avait versé 3 millions d'euros à la MINUSTAH. "
        "Paris entend verser 2 millions d'euros au fonds de la nouvelle force."
    )
    assert "MINUSTAH" not in missions(text, FR, "funding.pledged")


# -- a ceiling shared "entre" several categories, or cut after its first, is of none of them --------


def subjects(text: str, language: str, measure: str) -> set[object]:
    return {s for s, _, _, _ in of(text, language, measure)}


def test_ceiling_shared_among_police_soldiers_and_civilians_es() -> None:
    text = (
        "El Consejo de Seguridad aprobó la nueva fuerza con un tope de 4.200 plazas entre policías, "
        "soldados y funcionarios civiles."
    )
    assert subjects(text, ES, "personnel.target") == {None}


def test_ceiling_shared_among_police_soldiers_and_civilians_fr() -> None:
    text = (
        "Le Conseil de sécurité a approuvé la nouvelle force avec un plafond de 4 200 postes entre "
        "policiers, militaires et personnels civils."
    )
    assert subjects(text, FR, "personnel.target") == {None}


def test_guard_ceiling_among_soldiers_and_police_is_the_uniformed_es() -> None:
    text = "El Consejo autorizó un tope de 4.200 plazas entre militares y policías para la nueva fuerza."
    assert subjects(text, ES, "personnel.target") == {"uniformed"}


def test_guard_a_ceiling_of_police_named_by_its_noun_stays_police_fr() -> None:
    text = "Le Conseil a autorisé jusqu'à 2 500 policiers, entre agents kényans et jamaïcains."
    assert subjects(text, FR, "personnel.target") == {"police"}


# -- a phrase of strength in the future or the conditional is a level still to come ----------------


def measures(text: str, language: str) -> set[str]:
    return {c.measure for c in lang_reading.read(text, language, ON) if c.measure.startswith("personnel.")}


def test_a_contingent_that_will_stand_at_a_level_is_a_target_es() -> None:
    text = (
        "Según el Ministerio, desde el 1 de marzo de 2027 el contingente chileno en la FINUL "
        "quedará en unos 300 militares."
    )
    assert measures(text, ES) == {"personnel.target"}


def test_a_force_that_will_count_a_level_is_a_target_es() -> None:
    text = "El ministro aseguró que la misión contará con unos 900 efectivos a finales de año."
    assert measures(text, ES) == {"personnel.target"}


def test_guard_a_force_that_counts_now_is_deployed_es() -> None:
    text = "El ministro aseguró que la misión cuenta con unos 900 efectivos en Haití."
    assert measures(text, ES) == {"personnel.deployed"}
