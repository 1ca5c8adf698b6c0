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
    text = (
        "Au 30 avril, l'effectif militaire de la MINUSMA s'élevait à 11 870 personnes, "
        "pour un effectif autorisé de 13 289."
    )
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


# -- the future of keeping tells a level that stays ---------------------------------------------------


def test_mantendra_is_a_level_held() -> None:
    text = "Tras la rotación, Honduras mantendrá 120 efectivos en territorio haitiano."
    assert ("Honduras", 120) in claims(text, ES, "personnel.deployed")
    assert ("Honduras", 120) not in claims(text, ES, "personnel.pledged")


def test_se_maintiendra_is_a_level_held() -> None:
    text = "Après la relève, le contingent sénégalais se maintiendra à quelque 420 militaires."
    assert ("Senegal", 420) in claims(text, FR, "personnel.deployed")


def test_guard_a_plan_to_keep_stays_intended() -> None:
    text = "Honduras prevé mantener 120 efectivos en Haití el próximo año."
    assert ("Honduras", 120) in claims(text, ES, "personnel.pledged")


# -- the parts of a count set against a planned size ---------------------------------------------------


def test_parts_before_a_planned_size_are_deployed() -> None:
    # hard-wrapped as a report excerpt is: the planned figure falls past the part's clause
    text = (
        "Au 30 avril, la force comptait 870 membres, dont 640 policiers kényans, pour un\n"
        "effectif prévu de 2 500."
    )
    assert ("Kenya", 640) in claims(text, FR, "personnel.deployed")
    assert ("Kenya", 640) not in claims(text, FR, "personnel.pledged")


def test_parts_after_a_planned_size_are_deployed() -> None:
    text = (
        "Al 30 de abril, la fuerza contaba con 870 efectivos desplegados, de una dotación prevista de "
        "2.500: 640 de Kenia, 120 de Guatemala y 10 de Belice."
    )
    got = claims(text, ES, "personnel.deployed")
    assert {("Kenya", 640), ("Guatemala", 120), ("Belize", 10)} <= got


def test_guard_a_country_s_planned_share_stays_a_pledge() -> None:
    text = "Le Bénin prévoit d'envoyer 400 policiers, pour un effectif prévu de 2 500."
    assert ("Benin", 400) in claims(text, FR, "personnel.pledged")


# -- "déplacées à l'intérieur du pays" past an adverb is the country's ---------------------------------


def test_displaced_inside_the_country_past_an_adverb_are_the_country_s() -> None:
    text = (
        "La MONUSCO en République démocratique du Congo.\n\n"
        "Inquiet de la situation dans le Sud-Kivu, le Conseil rappelle que près de 6 millions de personnes "
        "sont actuellement déplacées à l'intérieur du pays."
    )
    assert ("Democratic Republic of the Congo", 6000000) in claims(text, FR, "displaced")


# -- people who remain displaced are displaced --------------------------------------------------------


def test_personnes_restent_deplacees_are_displaced() -> None:
    text = "Environ 310 000 personnes restent déplacées à l'intérieur du pays, selon l'OIM."
    assert 310000 in {v for _, v in claims(text, FR, "displaced")}


def test_personas_siguen_desplazadas_are_displaced() -> None:
    text = "Más de 1,2 millones de personas siguen desplazadas y 4,1 millones necesitan ayuda."
    assert 1200000 in {v for _, v in claims(text, ES, "displaced")}


def test_guard_police_who_remain_deployed_stay_a_count() -> None:
    text = "Quelque 380 policiers kényans restent déployés en Haïti."
    assert ("Kenya", 380) in claims(text, FR, "personnel.deployed")


def test_guard_a_force_that_remains_at_a_level_stays_its_strength() -> None:
    text = "La fuerza sigue con unos 900 efectivos sobre el terreno."
    assert (None, 900) in claims(text, ES, "personnel.deployed")
