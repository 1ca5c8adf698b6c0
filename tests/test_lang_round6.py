"""Families of structure the French and Spanish packs read after fr7/es7 were opened (the sixth
round): a national force's capitalised demonym, a country's presence, the subject of a relative
clause, counts in brackets after countries, totals of pledges told by a verb of exceeding. Each is
tested with sentences written for it, none taken from a set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2025-03-12"  # a Wednesday


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract(text, published, language=language)


def facts(text: str, language: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value, c.qualifier) for c in read(text, language, published)}


def test_a_national_force_named_with_its_demonym_owns_its_people() -> None:
    """ "de la Fuerza Aérea Salvadoreña", "de l'Armée Tchadienne": capitalised in a force's name,
    the demonym is still the country's."""
    es = "Titular\n\nQuince militares de la Fuerza Aérea Hondureña llegaron el lunes a Puerto Príncipe."
    assert ("personnel.arrived", "Honduras", 15, "exact") in facts(es, "es")
    fr = "Titre\n\nTrente soldats de l'Armée Tchadienne sont arrivés hier à Port-au-Prince."
    assert ("personnel.arrived", "Chad", 30, "exact") in facts(fr, "fr")


def test_a_capitalised_demonym_elsewhere_is_no_country() -> None:
    es = "Titular\n\nLa Orquesta Salvadoreña dio 40 conciertos en el país."
    assert not {f for f in facts(es, "es") if f[1] == "El Salvador"}


def test_a_countrys_presence_owns_its_count() -> None:
    """ "la presencia salvadoreña asciende a 20 militares": the country's part of the force."""
    es = "Titular\n\nTras el relevo, la presencia hondureña en Haití suma 35 militares."
    assert ("personnel.deployed", "Honduras", 35, "exact") in facts(es, "es")
    fr = "Titre\n\nAvec ce renfort, la présence béninoise en Haïti compte désormais 300 soldats."
    assert ("personnel.deployed", "Benin", 300, "exact") in facts(fr, "fr")


def test_the_subject_of_a_relative_clause_owns_its_figure() -> None:
    """ "notamment du Bénin, qui prévoit d'envoyer 800 soldats": an example in a list still acts in
    the relative clause set after it."""
    fr = (
        "Titre\n\nD'autres renforts sont attendus, notamment du Sénégal, qui prévoit d'envoyer "
        "600 gendarmes en mai."
    )
    assert ("personnel.pledged", "Senegal", 600, "exact") in facts(fr, "fr")
    es = "Titular\n\nSe esperan más tropas, por ejemplo de Ruanda, que desplegará 500 soldados en abril."
    assert ("personnel.pledged", "Rwanda", 500, "exact") in facts(es, "es")


def test_an_object_relative_gives_the_country_nothing_new() -> None:
    """ "el contingente que el país comprometió": "que" with its own subject is no clause of the country."""
    es = "Titular\n\nEl contingente de Ruanda, que la misión necesita, suma 400 agentes."
    got = facts(es, "es")
    assert ("personnel.deployed", "Rwanda", 400, "exact") in got


def test_counts_in_brackets_belong_to_the_country_before_them() -> None:
    """ "parmi lesquels la Jamaïque (200), les Bahamas (150)": each its own count, the list's verb."""
    fr = (
        "Titre\n\nPlusieurs pays ont offert des effectifs, parmi lesquels le Ghana (300), le Togo "
        "(120) et le Niger (80)."
    )
    got = facts(fr, "fr")
    assert ("personnel.pledged", "Ghana", 300, "exact") in got
    assert ("personnel.pledged", "Togo", 120, "exact") in got
    assert ("personnel.pledged", "Niger", 80, "exact") in got
    es = "Titular\n\nYa enviaron tropas tres países: Ghana (300), Togo (120) y Chad (80)."
    got = facts(es, "es")
    assert ("personnel.arrived", "Ghana", 300, "exact") in got
    assert ("personnel.arrived", "Chad", 80, "exact") in got


def test_bracketed_places_are_not_contributors() -> None:
    fr = "Titre\n\nLes déplacés se répartissent entre l'Ouest (300 000) et le Centre (40 000)."
    assert not {f for f in facts(fr, "fr") if str(f[0]).startswith("personnel.")}


def test_a_total_of_pledges_told_by_a_verb_of_exceeding() -> None:
    """ "les engagements dépassent désormais les 3 000 personnels": pledged, at least; an adverb
    between the verb and the figure keeps the bound."""
    fr = "Titre\n\nAu total, les promesses dépassent désormais les 4 000 soldats."
    assert ("personnel.pledged", None, 4000, "at_least") in facts(fr, "fr")
    es = "Titular\n\nEn conjunto, los ofrecimientos superan ya los 4.000 efectivos."
    assert ("personnel.pledged", None, 4000, "at_least") in facts(es, "es")


def test_a_force_exceeding_a_figure_stays_its_strength() -> None:
    fr = "Titre\n\nLa force dépasse désormais les 1 200 agents."
    assert ("personnel.deployed", None, 1200, "at_least") in facts(fr, "fr")
