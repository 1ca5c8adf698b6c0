"""Families the French and Spanish packs read in the thirty-fifth round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of b3e78c11), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def of(text: str, language: str, measure: str) -> set[tuple[object, object, object, object]]:
    """(subject, value, mission, as_of) of one measure, read on ``ON``."""
    return lang_reading.dated(text, language, measure, ON)


# -- a line that links another story: its title is no fact of this one ----------------------------


def test_a_see_also_line_is_no_toll_fr() -> None:
    text = (
        "Le Conseil de sécurité a prorogé le mandat du BINUH.\n\n"
        "Voir aussi : Haïti, plus de 4 200 morts au premier semestre\n\n"
        "Le texte a été adopté à l'unanimité."
    )
    assert of(text, FR, "killed") == set()


def test_a_see_also_line_in_capitals_is_no_count_fr() -> None:
    text = (
        "La MONUSCO compte environ 11 000 militaires.\n\n"
        "VOIR AUSSI : RDC, 250 000 déplacés de plus dans le Nord-Kivu\n\n"
        "Le Conseil examinera son retrait en décembre."
    )
    assert of(text, FR, "displaced") == set()
    assert {v for _, v, _, _ in of(text, FR, "personnel.deployed")} == {11000}


def test_a_read_also_line_is_no_displacement_es() -> None:
    text = (
        "La OIM publicó su último informe sobre Haití.\n\n"
        "Lea también: Más de 900.000 desplazados en el país, según la OIM\n\n"
        "El informe se presentó en Ginebra."
    )
    assert of(text, ES, "displaced") == set()


def test_guard_a_sentence_about_related_killings_stays_es() -> None:
    text = "Las autoridades registraron 120 muertes relacionadas con las pandillas en Haití en enero."
    assert {v for _, v, _, _ in of(text, ES, "killed")} == {120}


# -- inhabitants after a place noun or a verb of counting are a population, no figure ---------------


def test_a_countrys_population_is_no_kidnapping_fr() -> None:
    text = (
        "Dans ce pays de quelque 9 millions d'habitants, plus de 2 000 enlèvements ont été recensés "
        "depuis janvier."
    )
    assert {v for _, v, _, _ in of(text, FR, "kidnapped")} == {2000}


def test_a_contributors_population_is_no_strength_fr() -> None:
    text = (
        "Le Togo, qui compte environ 9 millions d'habitants, fournit depuis longtemps des Casques bleus "
        "à la MINUSMA."
    )
    assert of(text, FR, "personnel.deployed") == set()


def test_a_countrys_population_is_no_people_in_need_es() -> None:
    text = (
        "Más de 5 millones de personas necesitan asistencia este año en Haití, un país de unos 11,5 "
        "millones de habitantes."
    )
    assert {v for _, v, _, _ in of(text, ES, "people_in_need")} == {5_000_000}


def test_guard_inhabitants_who_fled_are_displaced_fr() -> None:
    text = "Plus de 4 000 habitants ont fui Mirebalais après l'attaque."
    assert {v for _, v, _, _ in of(text, FR, "displaced")} == {4000}


# -- a decimal comma in a part after "dont" ends no clause: the total keeps its own place ---------


def test_a_total_keeps_its_country_when_its_part_has_a_decimal_fr() -> None:
    text = (
        "Plus de 6 millions de déplacés internes en RDC, selon l'OIM, dont près de 2,1 millions dans "
        "la seule province de l'Ituri."
    )
    assert {(s, v) for s, v, _, _ in of(text, FR, "displaced")} >= {
        ("Democratic Republic of the Congo", 6_000_000)
    }
    assert ("Ituri", 6_000_000) not in {(s, v) for s, v, _, _ in of(text, FR, "displaced")}


def test_a_bare_total_keeps_its_country_when_its_part_has_a_decimal_fr() -> None:
    text = (
        "Près de 2 millions de personnes sont déplacées en RDC, dont quelque 1,3 million dans la "
        "province du Nord-Kivu."
    )
    assert {(s, v) for s, v, _, _ in of(text, FR, "displaced")} == {
        ("Democratic Republic of the Congo", 2_000_000)
    }


def test_guard_a_part_without_decimal_still_leaves_the_total_its_country_fr() -> None:
    text = "Quelque 300 000 personnes sont déplacées en Haïti, dont 150 000 dans le département du Centre."
    assert ("Haiti", 300_000) in {(s, v) for s, v, _, _ in of(text, FR, "displaced")}


# -- a toll told of a mission, with no place, is in that mission's host country -------------------

GSF_FR = "La Force de répression des gangs (FRG) compte environ 1 000 agents en Haïti. "
GSF_ES = "La Fuerza de Supresión de Pandillas (FSP) cuenta con unos 1.000 agentes en Haití. "


def test_peacekeepers_killed_in_a_named_mission_are_its_hosts_fr() -> None:
    text = GSF_FR + (
        "Le chercheur rappelle que la Minusma a été la plus coûteuse en vies, avec plus de 310 "
        "Casques bleus tués depuis 2013."
    )
    assert {(s, v) for s, v, _, _ in of(text, FR, "killed")} == {("Mali", 310)}


def test_peacekeepers_killed_there_after_a_mission_named_before_fr() -> None:
    text = GSF_FR + (
        "Au Sahel, la MINUSMA a aligné jusqu'à 15 000 hommes. Son budget dépassait un milliard de "
        "dollars par an. En dix ans, plus de 310 Casques bleus y ont trouvé la mort."
    )
    assert {(s, v) for s, v, _, _ in of(text, FR, "killed")} == {("Mali", 310)}


def test_peacekeepers_killed_in_a_named_mission_are_its_hosts_es() -> None:
    text = GSF_ES + (
        "La MINUSMA fue la misión más letal de la ONU, con más de 310 cascos azules muertos desde 2013."
    )
    assert {(s, v) for s, v, _, _ in of(text, ES, "killed")} == {("Mali", 310)}


def test_guard_a_toll_of_the_articles_own_mission_stays_in_the_host_fr() -> None:
    text = GSF_FR + "Depuis son arrivée, la FRG a perdu trois policiers, tués lors d'embuscades."
    assert {s for s, _, _, _ in of(text, FR, "killed")} <= {"Haiti"}


# -- "en" and a verb of holding after a toll: the same people, counted in the place before "en" ----


def test_a_department_holding_en_counts_the_displaced_before_fr() -> None:
    text = (
        "Le département de l'Ouest accueille environ 600 000 personnes déplacées, tandis que le "
        "Nord-Ouest en compte quelque 45 000."
    )
    got = {(s, v) for s, v, _, _ in of(text, FR, "displaced")}
    assert ("Nord-Ouest", 45_000) in got
    assert of(text, FR, "personnel.deployed") == set()


def test_a_country_holding_en_counts_the_displaced_before_fr() -> None:
    text = (
        "Le Soudan du Sud abrite plus de 2 millions de déplacés internes, et la Centrafrique en "
        "recense environ 450 000."
    )
    got = {(s, v) for s, v, _, _ in of(text, FR, "displaced")}
    assert ("Central African Republic", 450_000) in got


def test_guard_a_mission_holding_en_counts_no_displaced_fr() -> None:
    text = "La MMAS devait réunir 2 500 agents ; Port-au-Prince en compte environ 1 000 sur le terrain."
    assert of(text, FR, "displaced") == set()


# -- a place after a semicolon is the next clause's, not the figure's -------------------------------


def test_a_place_past_a_semicolon_is_the_next_clauses_fr() -> None:
    text = (
        "Dans le département des Nippes, le nombre de déplacés a dépassé 30 000 ; la Grand'Anse "
        "reste en revanche épargnée."
    )
    assert {(s, v) for s, v, _, _ in of(text, FR, "displaced")} == {("Nippes", 30_000)}


def test_a_place_past_a_semicolon_is_the_next_clauses_es() -> None:
    text = "En el departamento del Centro hay más de 80.000 desplazados; Mirebalais sigue sin policía."
    assert {(s, v) for s, v, _, _ in of(text, ES, "displaced")} == {("Centre", 80_000)}


# -- a day named with "prochain" / "próximo" is the next such day after publication ----------------


def test_an_end_named_next_is_next_years_fr() -> None:
    text = "Le mandat du BINUH, qui court jusqu'au 15 janvier prochain, sera examiné en décembre."
    got = lang_reading.dated(text, FR, "mandate.expiry", "2025-11-03")
    assert {v for _, v, _, _ in got} == {"2026-01-15"}


def test_an_end_named_next_is_next_years_es() -> None:
    text = "El Consejo prorrogó el mandato de la BINUH hasta el 15 de enero próximo."
    got = lang_reading.dated(text, ES, "mandate.expiry", "2025-11-03")
    assert {v for _, v, _, _ in got} == {"2026-01-15"}


def test_guard_an_end_already_past_stays_this_years_fr() -> None:
    text = "Le mandat du BINUH a expiré le 15 janvier, sans renouvellement."
    got = lang_reading.dated(text, FR, "mandate.expiry", "2025-11-03")
    assert {v for _, v, _, _ in got} <= {"2025-01-15"}
