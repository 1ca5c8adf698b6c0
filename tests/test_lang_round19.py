"""Families the French and Spanish packs read in the nineteenth round (after fr21/es21 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the
packs before the round (a `git archive` export of 48691ac)."""

from __future__ import annotations

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str, published: str = "2026-02-10") -> set[tuple[object, ...]]:
    return {(c.measure, c.mission, c.subject, c.qualifier, c.value) for c in read(text, language, published)}


def contributors(text: str, language: str) -> set[object]:
    return {c.subject for c in read(text, language, "2026-02-10") if c.measure == "contributor"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La MONUSCO a été créée en 2010 pour stabiliser l'est du pays.\n"
            "• Pays contributeurs de troupes : Népal, Ghana et Maroc.",
            FR,
        ),
        (
            "La MONUSCO fue creada en 2010 para estabilizar el este del país.\n"
            "• Aportantes principales: Nepal, Ghana y Marruecos.",
            ES,
        ),
    ],
)
def test_a_colon_names_the_contributors_of_a_fact_box(text: str, language: str) -> None:
    """ "• Pays contributeurs de troupes : Népal, Ghana et Maroc", "• Aportantes principales: Nepal,
    Ghana y Marruecos": the colon stands for the copula."""
    assert {"Nepal", "Ghana", "Morocco"} <= contributors(text, language)


def test_contingents_supplied_by_a_list_make_it_the_contributors() -> None:
    """ "Les plus gros contingents sont fournis par la Tunisie, …": a passive of supplying."""
    got = contributors(
        "La MONUSCO a été créée en 2010 pour stabiliser l'est du pays. Les plus gros contingents "
        "sont fournis par la Tunisie, le Sénégal et le Togo.",
        FR,
    )
    assert {"Tunisia", "Senegal", "Togo"} <= got


@pytest.mark.parametrize(
    ("text", "language", "mission"),
    [
        (
            "La Misión de Verificación de la ONU en Colombia contaba el 26 de enero con 95 observadores, "
            "frente a los 120 autorizados, y con 300 miembros del personal civil.",
            ES,
            "UNVMC",
        ),
        (
            "La MINUSCA comptait le 26 janvier 95 observateurs militaires, face aux 120 autorisés, et "
            "300 membres du personnel civil.",
            FR,
            "MINUSCA",
        ),
    ],
)
def test_a_compared_figure_keeps_its_participle(text: str, language: str, mission: str) -> None:
    """ "frente a los 120 autorizados, y con 300 …", "face aux 120 autorisés, et 300 …": the
    participle is the 120's, not the 300's."""
    got = facts(text, language)
    assert ("personnel.deployed", mission, "civilian", "exact", 300) in got
    assert not any(m == "personnel.target" and v == 300 for m, _, _, _, v in got)


def test_a_strength_set_against_a_ceiling_with_pour_un_plafond() -> None:
    """ "Environ 9 000 militaires, …, pour un plafond autorisé de 12 000": the 9 000 is the
    strength; the ceiling word is the compared figure's."""
    got = facts(
        "La FINUL arrive à son terme. Environ 9 000 militaires, venus d'une quarantaine de pays, pour "
        "un plafond autorisé de 12 000.",
        FR,
    )
    assert any(m == "personnel.deployed" and v == 9000 for m, _, _, _, v in got)
    assert not any(m == "personnel.target" and v == 9000 for m, _, _, _, v in got)
    assert ("personnel.target", "UNIFIL", None, "at_most", 12000) in got


def test_the_councils_fifteen_members_are_no_count() -> None:
    """ "el respaldo de los quince miembros": the Council's members, no toll and no force."""
    got = facts(
        "La representante de Haití agradeció el respaldo de los quince miembros y recordó que 1.200 "
        "personas murieron entre octubre y diciembre.",
        ES,
        "2025-12-10",
    )
    assert not any(v == 15 for *_, v in got)
    assert any(m == "killed" and v == 1200 for m, _, _, _, v in got)


def test_abstentions_named_in_brackets_are_no_contingent() -> None:
    """ "trois abstentions (Chine, Pakistan, Russie)": a tally, not three of China's personnel."""
    got = facts(
        "Créée le 30 septembre par la résolution 2793, adoptée par 12 voix pour et trois abstentions "
        "(Chine, Pakistan, Russie), la FRG doit compter jusqu'à 5 500 membres du personnel en uniforme.",
        FR,
        "2025-12-10",
    )
    assert not any(m.startswith("personnel.") and v == 3 for m, _, _, _, v in got)
    assert ("council.vote", "GSF", "2793", None, "12-0-3") in got


def test_an_offer_to_send_past_asides_is_a_pledge() -> None:
    """ "a proposé mardi, à New York, de déployer 1 500", "se comprometió, en la reunión …, a
    enviar 1.500": the infinitive is the offer's object, a pledge, not an arrival."""
    fr = facts(
        "Le Bénin a officiellement proposé mardi, à New York, de déployer 1 200 policiers au sein de la "
        "Force de répression des gangs (FRG) en Haïti.",
        FR,
        "2025-12-10",
    )
    assert ("personnel.pledged", "GSF", "Benin", "exact", 1200) in fr
    assert not any(m == "personnel.arrived" for m, *_ in fr)
    es = facts(
        "Bangladés se comprometió, en la reunión del martes en Nueva York, a enviar 1.500 policías a la FRP.",
        ES,
        "2025-12-10",
    )
    assert ("personnel.pledged", "GSF", "Bangladesh", "exact", 1500) in es
    assert not any(m == "personnel.arrived" for m, *_ in es)


def test_only_about_a_thousand_after_qu_is_a_figure() -> None:
    """ "n'aligne qu'un millier d'hommes": "un millier" after an elided "que" is about 1 000."""
    got = facts("Sur le terrain, la FRG n'aligne qu'un millier d'hommes.", FR, "2025-12-10")
    assert ("personnel.deployed", "GSF", None, "approx", 1000) in got


def test_people_a_force_is_brought_to_are_its_strength() -> None:
    """ "portant l'effectif de la force à 950 personnes": the strength noun's complement names
    the force, so its "personnes" are its people."""
    got = facts(
        "La veille, un nouveau contingent de 200 policiers kényans avait atterri à Port-au-Prince, "
        "portant l'effectif de la force à 950 personnes, a indiqué son porte-parole.",
        FR,
        "2025-12-10",
    )
    assert any(m == "personnel.deployed" and v == 950 for m, _, _, _, v in got)


def test_each_after_a_bare_figure_gives_each_country_its_count() -> None:
    """ "Nepal y Ruanda ofrecieron 1,200 cada uno": no noun, but "cada uno" makes it people."""
    got = facts("En la conferencia, Nepal y Ruanda ofrecieron 1,200 cada uno.", ES, "2025-12-20")
    assert ("personnel.pledged", None, "Nepal", "exact", 1200) in got
    assert ("personnel.pledged", None, "Rwanda", "exact", 1200) in got
    got = facts("Le Népal et le Rwanda ont offert 1 200 chacun.", FR, "2025-12-20")
    assert ("personnel.pledged", None, "Nepal", "exact", 1200) in got


def test_a_heading_of_promises_governs_its_verbless_lines() -> None:
    """ "LAS PROMESAS⏎• Panamá: US$12 millones.": the heading's act is the lines' verb."""
    got = facts(
        "Lo que se sabe de la fuerza tras la conferencia.\n\n"
        "LAS PROMESAS (conferencia del 9 de diciembre)\n"
        "• Nepal y Ruanda: 1,200 efectivos cada uno.\n"
        "• Panamá: US$12 millones.\n\n"
        "EL DINERO\n"
        "• Costo anual estimado de la fuerza: cerca de US$700 millones.",
        ES,
        "2025-12-10",
    )
    assert any(m == "personnel.pledged" and s == "Nepal" and v == 1200 for m, _, s, _, v in got)
    assert any(m == "funding.pledged" and s == "Panama" and v == 12_000_000 for m, _, s, _, v in got)
    assert any(m == "funding.required" and v == 700_000_000 for m, _, _, _, v in got)
    assert not any(m == "funding.pledged" and v == 700_000_000 for m, _, _, _, v in got)


def test_the_agent_of_a_french_participle_in_is_is_the_donor() -> None:
    """ "aux 80,5 millions de dollars promis par Ottawa": "promis par" names who promised."""
    got = facts(
        "Cette somme s'ajoute aux 70,5 millions de dollars promis par Ottawa en février 2024 au fonds "
        "de la MMAS.",
        FR,
        "2025-09-26",
    )
    assert ("funding.pledged", "MSS", "Canada", "exact", 70_500_000) in got


def test_a_negated_compound_exceeding_is_an_upper_bound() -> None:
    """ "no ha superado nunca los 1.000 efectivos", "n'a jamais dépassé les 1 000 agents": the
    force's strength, at most; not the arrival the relative clause tells."""
    got = facts(
        "La MMAS, cuyos primeros agentes llegaron a Puerto Príncipe en junio del año pasado, no ha "
        "superado nunca los 900 efectivos.",
        ES,
        "2025-09-30",
    )
    assert ("personnel.deployed", "MSS", None, "at_most", 900) in got
    assert not any(m == "personnel.arrived" for m, *_ in got)
    got = facts("La MMAS n'a jamais dépassé les 900 agents.", FR, "2025-09-30")
    assert ("personnel.deployed", "MSS", None, "at_most", 900) in got


def test_a_gapped_conjunct_counts_people_whatever_its_noun() -> None:
    """ "Guatemala mantiene 150 policías militares y El Salvador, unos 90 sanitarios": the verb is
    left out of the second conjunct, and so is the kind of what it counts."""
    got = facts(
        "La MSS sigue en Haití. Guatemala mantiene 140 policías militares y El Salvador, unos 90 sanitarios.",
        ES,
        "2025-09-30",
    )
    assert ("personnel.deployed", "MSS", "El Salvador", "approx", 90) in got
    got = facts(
        "La MSS sigue en Haití. Guatemala tiene 152 militares en el terreno; El Salvador, 25 "
        "especialistas de la Fuerza Aérea.",
        ES,
        "2025-09-30",
    )
    assert ("personnel.deployed", "MSS", "El Salvador", "exact", 25) in got
    got = facts(
        "La MSS reste en Haïti. Le Guatemala maintient 140 policiers militaires et le Salvador, huit "
        "spécialistes de l'évacuation sanitaire.",
        FR,
        "2025-09-30",
    )
    assert ("personnel.deployed", "MSS", "El Salvador", "exact", 8) in got


def test_a_compared_figure_a_relative_clause_authorises_or_plans_is_the_target() -> None:
    """ "frente a los 12.000 que autoriza el Consejo", "frente a los 2.500 que se previeron": the
    compared figure names no noun; its relative clause makes it the ceiling or the plan."""
    got = facts(
        "La FINUL sigue en el Líbano. Unos 9.000 militares de casi 50 países, frente a los 12.000 que "
        "autoriza el Consejo.",
        ES,
        "2025-09-30",
    )
    assert ("personnel.target", "UNIFIL", None, "at_most", 12000) in got
    got = facts(
        "La misión cuenta con algo menos de 700 efectivos, frente a los 2.500 que se previeron.",
        ES,
        "2025-09-30",
    )
    assert any(m == "personnel.target" and v == 2500 for m, _, _, _, v in got)


def test_a_fact_box_heading_names_the_mission_of_its_contributors() -> None:
    """ "LA EUFOR (mission de l'UE)⏎• Autres pays contributeurs : Malawi, Tanzanie.": the heading's
    mission, not the article's."""
    got = read(
        "La MONUSCO reste en RDC jusqu'en décembre.\n\n"
        "LA SAMIDRC (mission de la SADC)\n"
        "• Déployée depuis décembre 2023.\n"
        "• Autres pays contributeurs : Malawi, Tanzanie.",
        FR,
        "2025-01-10",
    )
    assert {(c.mission, c.subject) for c in got if c.measure == "contributor"} >= {
        ("SAMIDRC", "Malawi"),
        ("SAMIDRC", "Tanzania"),
    }


def test_a_fact_box_line_gives_a_country_its_people_there() -> None:
    """ "• España: unos 600 militares, al frente del Sector Este": a country, a colon, a count of
    personnel and no verb is the country's contingent there now."""
    got = facts(
        "La ficha.\n\nFINUL (Líbano)\n• Techo autorizado: 12.000 efectivos.\n"
        "• España: unos 600 militares, al frente del Sector Este.\n• El Salvador: 50 soldados.",
        ES,
        "2025-09-05",
    )
    assert ("personnel.deployed", "UNIFIL", "Spain", "approx", 600) in got
    assert ("personnel.deployed", "UNIFIL", "El Salvador", "exact", 50) in got
    got = facts(
        "La FINUL reste au Liban.\n\nFINUL (Liban)\n• Espagne : environ 600 militaires, à la tête du "
        "secteur Est.\n• Canada : 40 millions de dollars.",
        FR,
        "2025-09-05",
    )
    assert ("personnel.deployed", "UNIFIL", "Spain", "approx", 600) in got
    assert not any(m.startswith("funding.") for m, *_ in got)
