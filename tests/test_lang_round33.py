"""Families the French and Spanish packs read in the thirty-third round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of 4aeaad06), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"  # after the GSF replaced the MSS (2025-09-30)
GSF_ES = "La Fuerza de Supresión de Pandillas (FSP) suma hoy unos 1.200 efectivos en Haití. "
GSF_FR = "La Force de répression des gangs (FRG) compte environ 1 200 agents en Haïti. "


def of(text: str, language: str, measure: str) -> set[tuple[object, object, object, object]]:
    """(subject, value, mission, as_of) of one measure, read on ``ON``."""
    return lang_reading.dated(text, language, measure, ON)


# -- a figure dated before its mission began is the mission's of that time -------------------------


def test_a_count_of_a_year_long_before_the_force_is_the_mission_then_es() -> None:
    got = of(
        GSF_ES + "Paraguay llegó a tener más de 250 militares en la isla en 2009.", ES, "personnel.deployed"
    )
    assert ("Paraguay", 250, "MINUSTAH", "2009") in got


def test_a_year_opening_the_sentence_dates_its_count_fr() -> None:
    got = of(
        GSF_FR + "En 2010, le Brésil comptait plus de 2 000 soldats dans le pays.", FR, "personnel.deployed"
    )
    assert ("Brazil", 2000, "MINUSTAH", "2010") in got


def test_a_pledge_of_the_month_the_first_mission_began_is_its_fr() -> None:
    got = of(
        GSF_FR + "Le Canada avait promis jusqu'à 60 millions de dollars en octobre 2023.",
        FR,
        "funding.pledged",
    )
    assert ("Canada", 60000000, "MSS", "2023-10") in got


def test_a_pledge_made_weeks_before_the_first_mission_is_that_mission_s_es() -> None:
    got = of(GSF_ES + "Kenia había ofrecido 1.000 policías en agosto de 2023.", ES, "personnel.pledged")
    assert ("Kenya", 1000, "MSS", "2023-08") in got


def test_a_present_count_in_a_side_clause_keeps_the_force() -> None:  # guard
    got = of(
        GSF_ES + "Paraguay, que aporta 40 soldados, llegó a tener más de 250 militares en la isla en 2009.",
        ES,
        "personnel.deployed",
    )
    assert ("Paraguay", 40, "GSF", ON) in got


def test_a_count_of_the_force_s_own_year_keeps_the_force() -> None:  # guard
    got = of(GSF_FR + "Le Bénin a déployé 300 soldats en 2026.", FR, "personnel.deployed")
    assert {m for _, _, m, _ in got} == {"GSF"}


def test_the_force_named_in_another_clause_does_not_hold_an_early_pledge_fr() -> None:
    got = of(
        GSF_FR + "Ottawa avait promis 50 millions de dollars en octobre 2023 ; la FRG coûtera pourtant "
        "environ 800 millions par an.",
        FR,
        "funding.pledged",
    )
    assert {(v, m) for _, v, m, _ in got} == {(50000000, "MSS")}


# -- a pledge told in the pluperfect after the handover is the replaced mission's ----------------


def test_a_pledge_in_the_pluperfect_is_the_replaced_mission_s_fr() -> None:
    got = of(
        GSF_FR + "Le Kenya, qui avait promis 1 000 policiers, a longtemps porté seul la mission.",
        FR,
        "personnel.pledged",
    )
    assert {(s, v, m) for s, v, m, _ in got} == {("Kenya", 1000, "MSS")}


def test_a_reflexive_pluperfect_pledge_is_the_replaced_mission_s_es() -> None:
    got = of(
        GSF_ES + "Kenia se había comprometido a aportar 1.000 policías y encabezó la misión.",
        ES,
        "personnel.pledged",
    )
    assert {(s, v, m) for s, v, m, _ in got} == {("Kenya", 1000, "MSS")}


def test_a_pluperfect_pledge_to_the_named_force_keeps_it() -> None:  # guard
    got = of(GSF_FR + "N'Djamena avait promis 1 500 hommes à la FRG.", FR, "personnel.pledged")
    assert {m for _, _, m, _ in got} == {"GSF"}


def test_a_pluperfect_pledge_dated_in_the_force_s_time_keeps_it() -> None:  # guard
    got = of(GSF_ES + "Chad había ofrecido 1.500 soldados en diciembre de 2025.", ES, "personnel.pledged")
    assert {m for _, _, m, _ in got} == {"GSF"}


# -- an arrival's own restrictive clause dates it ---------------------------------------------------


def test_a_restrictive_clause_of_landing_dates_the_arrival_es() -> None:
    got = of(
        GSF_ES + "El sargento formó parte de los primeros diez hondureños que aterrizaron en Haití el 5 de "
        "febrero de 2025.",
        ES,
        "personnel.arrived",
    )
    assert got == {("Honduras", 10, "MSS", "2025-02-05")}


def test_a_side_clause_after_a_comma_does_not_date_the_figure() -> None:  # guard
    got = of(
        GSF_ES + "Honduras mantiene 60 efectivos, que llegaron el 5 de febrero de 2025, en la capital.",
        ES,
        "personnel.deployed",
    )
    assert ("Honduras", 60, "GSF", ON) in got


# -- a proposal's author is no penholder ------------------------------------------------------------

COUNCIL_ES = (
    "El Consejo de Seguridad aprobó el jueves la resolución 2790, que prorroga por un año el mandato "
    "de la MINURSO. "
)
COUNCIL_FR = (
    "Le Conseil de sécurité a adopté jeudi la résolution 2790, qui proroge d'un an le mandat de la MINURSO. "
)


def holders(text: str, language: str) -> set[object]:
    return {c.subject for c in lang_reading.read(text, language, ON) if c.measure == "council.penholder"}


def test_the_author_of_a_proposal_is_no_penholder_es() -> None:
    text = COUNCIL_ES + "El texto, presentado por Francia, toma nota del plan de paz presentado por Argelia."
    assert holders(text, ES) == {"France"}


def test_the_author_of_a_proposal_is_no_penholder_fr() -> None:
    text = (
        COUNCIL_FR
        + "Le texte, présenté par la France, prend note de la proposition de paix présentée par l'Algérie."
    )
    assert holders(text, FR) == {"France"}


def test_a_draft_presented_by_a_member_keeps_its_penholder() -> None:  # guard
    text = COUNCIL_ES + "La resolución, presentada por Estados Unidos, fue aprobada por unanimidad."
    assert holders(text, ES) == {"United States"}
