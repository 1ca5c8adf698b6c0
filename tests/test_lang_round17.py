"""Families the French and Spanish packs read in the seventeenth round (after fr19/es19 were
opened): the Spanish acronym of the Gang Suppression Force; a fact box whose headings name the
mission of the lines under them; a fact dated before the article's force began; the country of a
group that lands or goes home; a sum a comparison follows; an acronym written as a word. Each is
tested with sentences written for it, none taken from a set, and fails on the packs before the round
(a `git archive` export of 8294aa4)."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str, published: str = "2026-02-10") -> set[tuple[object, ...]]:
    return {(c.measure, c.mission, c.subject, c.value) for c in read(text, language, published)}


def test_frp_is_the_gang_suppression_force_in_spanish() -> None:
    """ "FRP" (Fuerza de Represión de Pandillas) is the GSF, as "FRG" is in French."""
    got = facts(
        "El Salvador mantiene soldados en la FINUL y en la FINUL seguirán. Según su portavoz, la FRP "
        "cuenta hoy con unos 1.200 efectivos.",
        ES,
    )
    assert any(m == "personnel.deployed" and mission == "GSF" and v == 1200 for m, mission, _, v in got)


def test_a_heading_that_names_a_mission_governs_the_lines_under_it() -> None:
    """A fact box: each heading names the mission of the bullets that follow it, up to the next
    heading; a heading naming none ends the section."""
    es = facts(
        "Las misiones en cifras, con la FINUL al frente.\n\n"
        "MONUSCO (Congo)\n"
        "• Techo fijado por esa resolución: 11.000 militares y 1.400 policías.\n\n"
        "FINUL (Líbano)\n"
        "• Techo autorizado: 15.000 efectivos.",
        ES,
    )
    assert ("personnel.target", "MONUSCO", "military", 11000) in es
    assert ("personnel.target", "MONUSCO", "police", 1400) in es
    assert not any(mission == "UNIFIL" and v == 11000 for _, mission, _, v in es)
    fr = facts(
        "Repères : la FINUL, et deux autres missions.\n\n"
        "MINUSCA (Centrafrique)\n"
        "• Plafond fixé par ce texte : 14 000 militaires et 3 100 policiers.\n\n"
        "Ailleurs\n"
        "• La FINUL garde un plafond de 15 000 militaires.",
        FR,
    )
    assert ("personnel.target", "MINUSCA", "military", 14000) in fr
    assert not any(mission == "MINUSCA" and v == 15000 for _, mission, _, v in fr)


def test_a_fact_dated_before_the_articles_force_began_is_its_predecessors() -> None:
    """In an article on the GSF that also names UNIFIL, an offer dated before the GSF existed is the
    MSS's, not UNIFIL's (which runs at that date too)."""
    got = facts(
        "La Fuerza de Represión de Pandillas cuenta con 1.000 efectivos. El Salvador tiene además 52 "
        "soldados en la FINUL. El Gobierno salvadoreño había ofrecido 78 militares en agosto de 2024.",
        ES,
        "2025-12-01",
    )
    assert ("personnel.pledged", "MSS", "El Salvador", 78) in got
    assert not any(mission == "UNIFIL" and v == 78 for _, mission, _, v in got)


def test_a_group_that_lands_or_goes_home_is_a_countrys() -> None:
    """An arrival's country named near the count on another word ("el segundo avión guatemalteco,
    con 75 policías"), else the contingent the article follows; a return only when told as going
    home ("regresaron al país"), not a force leaving a place."""
    es = facts(
        "Aterrizó en Puerto Príncipe el segundo avión guatemalteco, con 75 policías militares a bordo.", ES
    )
    assert any(m == "personnel.arrived" and subj == "Guatemala" and v == 75 for m, _, subj, v in es)
    es = facts(
        "Un nuevo grupo de militares salvadoreños partió este sábado hacia Haití. El jueves regresaron "
        "al país otros 40 militares, tras seis meses de servicio.",
        ES,
    )
    assert any(m == "personnel.returned" and subj == "El Salvador" and v == 40 for m, _, subj, v in es)
    fr = facts(
        "Le contingent béninois de la FRG a été relevé. Les 120 premiers policiers sont rentrés au pays "
        "le 3 février.",
        FR,
    )
    assert any(m == "personnel.returned" and subj == "Benin" and v == 120 for m, _, subj, v in fr)
    fr = facts(
        "Le contingent béninois reste en place. Au total, quelque 2 000 Casques bleus de la MONUSCO ont "
        "quitté la province en juin.",
        FR,
    )
    assert not any(m == "personnel.returned" and subj == "Benin" for m, _, subj, v in fr)


def test_a_sum_a_comparison_follows_takes_no_verb_from_it() -> None:
    """A fund's sum set against what the force needs ("…, cuando necesita unos 700 millones") is not
    what it needs: the verb after "cuando", "frente a" is the compared sum's."""
    got = facts(
        "La fuerza vive de un fondo voluntario que tiene 90 millones de dólares, cuando necesita unos "
        "700 millones al año.",
        ES,
    )
    assert not any(m == "funding.required" and v == 90_000_000 for m, _, _, v in got)
    assert any(m == "funding.required" and v == 700_000_000 for m, _, _, v in got)


def test_an_acronym_written_as_a_word_names_its_mission() -> None:
    """ "la Monusco", "la Minusca": an acronym of five letters or more in title case, as the agencies
    write it, is the mission."""
    got = facts(
        "La Fuerza de Represión de Pandillas sigue en Haití. Guatemala mantiene además unos 160 efectivos "
        "en la Monusco, la misión de la ONU en el Congo.",
        ES,
    )
    assert ("personnel.deployed", "MONUSCO", "Guatemala", 160) in got
