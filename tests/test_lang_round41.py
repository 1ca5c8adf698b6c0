"""Families the French and Spanish packs read in the forty-first round. Each is tested with sentences
written for it, none taken from a set, and fails on the packs before the round (a `git archive`
export of 98f1f583), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def claims(text: str, language: str, measure: str) -> set[tuple[object, object]]:
    """(subject, value) of one measure, read on ``ON``."""
    return {(s, v) for s, v, _, _ in lang_reading.dated(text, language, measure, ON)}


# -- a report's strength of one component ("l'effectif militaire … s'élevait à N personnes") -------


def test_the_military_strength_of_a_report_is_the_military() -> None:
    text = "Au 30 avril, l'effectif militaire de la MINUSMA s'élevait à 11 870 personnes, pour un effectif autorisé de 13 289."
    assert ("military", 11870) in claims(text, FR, "personnel.deployed")
    assert ("military", 13289) in claims(text, FR, "personnel.target")


def test_the_civilian_component_counts_civilians() -> None:
    text = "À la fin du trimestre, la composante civile de la mission comptait 1 212 personnes."
    assert ("civilian", 1212) in claims(text, FR, "personnel.deployed")


def test_the_ceiling_after_a_second_count_takes_that_count_s_category() -> None:
    text = (
        "La composante civile comptait 1 212 personnes, et 84 agents pénitentiaires détachés "
        "étaient déployés, sur les 100 autorisés."
    )
    assert ("corrections", 100) in claims(text, FR, "personnel.target")
    assert ("civilian", 100) not in claims(text, FR, "personnel.target")


def test_el_componente_civil_counts_civilians() -> None:
    text = "A fines de marzo, el componente civil de la Misión contaba con 388 personas."
    assert ("civilian", 388) in claims(text, ES, "personnel.deployed")


def test_guard_a_country_s_own_soldiers_keep_their_owner() -> None:
    text = "L'effectif militaire de la mission reste stable ; le Sénégal y déploie 900 soldats."
    assert ("Senegal", 900) in claims(text, FR, "personnel.deployed")


# -- a pledge of many countries together is none of theirs -------------------------------------------


def test_a_number_of_countries_pledging_takes_no_demonym_before() -> None:
    text = (
        "Le 3 mars, le ministre canadien Paul Girard a indiqué que 14 pays s'étaient engagés à fournir "
        "environ 4 200 personnels à la force."
    )
    assert (None, 4200) in claims(text, FR, "personnel.pledged")
    assert ("Canada", 4200) not in claims(text, FR, "personnel.pledged")


def test_personnel_promised_by_countries_are_a_pledge() -> None:
    text = "• Près de 4 200 : effectifs promis par 14 pays, selon le ministre canadien Paul Girard (3 mars)."
    assert (None, 4200) in claims(text, FR, "personnel.pledged")


def test_spanish_countries_pledging_take_no_demonym() -> None:
    text = (
        "El canciller mexicano, Luis Ortega, celebró que 14 países se hubieran comprometido a aportar "
        "unos 4.200 efectivos."
    )
    assert (None, 4200) in claims(text, ES, "personnel.pledged")


def test_guard_one_country_s_pledge_keeps_its_owner() -> None:
    text = "Le Bénin s'est engagé à fournir environ 1 200 personnels à la force, a indiqué son ministre."
    assert ("Benin", 1200) in claims(text, FR, "personnel.pledged")
