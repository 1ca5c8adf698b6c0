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
