"""Families of structure the French and Spanish packs read after fr6/es6 were opened: a figure each
of several countries gives when "chacun" stands before the participle, and sums told by their scale
alone. Each is tested with sentences written for it."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2025-03-12"  # a Wednesday


def read(text: str, language: str) -> list[Claim]:
    return extract(text, PUB, language=language)


def facts(text: str, language: str) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value, c.unit) for c in read(text, language)}


def test_each_before_the_participle_distributes_the_figure() -> None:
    """ "ont chacun offert 800 soldats", "cada uno, ofrecieron": every country of the coordination."""
    fr = "Titre\n\nLe Ghana et le Sénégal ont chacun déjà proposé 800 soldats pour la force."
    got = facts(fr, "fr")
    assert ("personnel.pledged", "Ghana", 800, "persons") in got
    assert ("personnel.pledged", "Senegal", 800, "persons") in got
    es = "Titular\n\nGhana y Senegal, cada uno, ofrecieron 800 soldados a la fuerza."
    got = facts(es, "es")
    assert ("personnel.pledged", "Ghana", 800, "persons") in got
    assert ("personnel.pledged", "Senegal", 800, "persons") in got


def test_each_after_another_verb_distributes_nothing() -> None:
    es = "Titular\n\nGhana envió 300 soldados y cada uno recibió 200 dólares de prima."
    got = facts(es, "es")
    assert ("personnel.arrived", "Ghana", 300, "persons") in got
    assert not {f for f in got if f[1] == "Ghana" and f[2] == 200}


def test_a_sum_told_by_its_scale_alone_is_money() -> None:
    """ "a promis 12 millions", "50 millones en efectivo": millions a verb of giving governs, or cash,
    are a sum in the article's last currency, else dollars — never millions of personnel."""
    fr = "Titre\n\nLors de la réunion, la Norvège a promis 12 millions et le Japon, 5 millions."
    got = facts(fr, "fr")
    assert ("funding.pledged", "Norway", 12_000_000, "USD") in got
    assert ("funding.pledged", "Japan", 5_000_000, "USD") in got
    es = "Titular\n\nEl Gobierno de Kenia se compromete con 5 millones en efectivo y en especie."
    got = facts(es, "es")
    assert ("funding.pledged", "Kenya", 5_000_000, "USD") in got
    assert not {f for f in got if f[3] == "persons"}
    euros = (
        "Titre\n\nL'Union européenne a versé 20 millions d'euros au fonds. La Norvège a promis "
        "3 millions de plus."
    )
    assert ("funding.pledged", "Norway", 3_000_000, "EUR") in facts(euros, "fr")


def test_millions_of_people_stay_people() -> None:
    fr = "Titre\n\nSelon l'OIM, le pays compte 1,2 million de déplacés. Déplacés : 1,3 million."
    got = facts(fr, "fr")
    assert ("displaced", "Haiti", 1_200_000, "persons") in got
    assert ("displaced", "Haiti", 1_300_000, "persons") in got
    assert not {f for f in got if f[3] == "USD"}
    es = "Titular\n\nLa agencia contabiliza 1,4 millones de desplazados en el país."
    assert not {f for f in facts(es, "es") if f[3] == "USD"}


def test_a_texts_sponsors_and_a_votes_countries_own_no_figure() -> None:
    """ "Le texte, porté par A et B, autorise jusqu'à 4 000 …": the force's ceiling, not B's pledge;
    "2 abstentions, celles de la Chine et de la Russie": voters, not the owner of the next count."""
    fr = (
        "Titre\n\nLe texte, porté par le Ghana et le Japon, l'autorise à déployer jusqu'à 4 000 "
        "policiers et militaires."
    )
    got = facts(fr, "fr")
    assert ("personnel.target", "uniformed", 4000, "persons") in got
    assert not {f for f in got if f[1] in ("Ghana", "Japan")}
    es = (
        "Titular\n\nEl texto, impulsado por Ghana y Japón, permite desplegar hasta 4.000 policías y "
        "militares."
    )
    assert not {f for f in facts(es, "es") if f[1] in ("Ghana", "Japan")}
    vote = (
        "Titre\n\nAdoptée par 13 voix pour et 2 abstentions, celles de la Chine et de la Russie, la "
        "mission comptait environ 900 membres."
    )
    assert ("personnel.deployed", None, 900, "persons") in facts(vote, "fr")
    es_vote = (
        "Titular\n\nAprobada con la abstención de China y Rusia, la misión contaba con unos 900 efectivos."
    )
    assert ("personnel.deployed", None, 900, "persons") in facts(es_vote, "es")


def test_a_country_that_brought_a_contingent_still_owns_it() -> None:
    fr = "Titre\n\nUn contingent apporté par le Ghana compte 400 soldats."
    assert ("personnel.deployed", "Ghana", 400, "persons") in facts(fr, "fr")


def test_a_departure_bound_for_the_theatre_is_an_arrival() -> None:
    """ "salieron … rumbo a Puerto Príncipe", "partió … para relevar", "ont quitté Accra pour
    rejoindre la force": a batch sent; leaving the country with no destination stays a return."""
    es = "Titular\n\nCuarenta soldados de Ghana salieron este lunes de Acra rumbo a Puerto Príncipe."
    assert ("personnel.arrived", "Ghana", 40, "persons") in facts(es, "es")
    relief = (
        "Titular\n\nUn contingente de 120 elementos del Ejército de Ghana partió este sábado de Acra "
        "para relevar a las tropas."
    )
    assert ("personnel.arrived", "Ghana", 120, "persons") in facts(relief, "es")
    fr = "Titre\n\nQuarante soldats ghanéens ont quitté Accra lundi pour rejoindre la force."
    assert ("personnel.arrived", "Ghana", 40, "persons") in facts(fr, "fr")
    home = "Titre\n\nQuarante soldats ghanéens ont quitté Haïti lundi après un an de service."
    assert ("personnel.returned", "Ghana", 40, "persons") in facts(home, "fr")
    leave = "Titular\n\nCuarenta soldados de Ghana salieron de Haití el lunes tras un año de servicio."
    assert not {f for f in facts(leave, "es") if f[0] == "personnel.arrived"}


def test_putting_a_figure_on_the_table_is_a_pledge() -> None:
    es = "Titular\n\nGhana y Senegal pusieron 800 soldados cada uno sobre la mesa."
    got = facts(es, "es")
    assert ("personnel.pledged", "Ghana", 800, "persons") in got
    assert ("personnel.pledged", "Senegal", 800, "persons") in got
    fr = "Titre\n\nLe Ghana a mis 800 soldats sur la table."
    assert ("personnel.pledged", "Ghana", 800, "persons") in facts(fr, "fr")


def test_a_datelines_year_is_no_count() -> None:
    fr = (
        "Titre\n\nPort-au-Prince, 16 oct. 2025 [Agence] --- Le nombre de personnes déplacées dépasse "
        "désormais 1,2 million."
    )
    got = facts(fr, "fr")
    assert ("displaced", "Haiti", 1_200_000, "persons") in got
    assert not {f for f in got if f[2] == 2025}


def test_a_place_of_a_relative_clause_or_of_a_share_is_not_the_figures() -> None:
    """ "Dans le département de l'Artibonite, où les attaques contre Pont-Sondé …, 90 000 déplacés":
    the lead-in's place; "4 000 tués, une part croissante … dans le Centre": the country's count."""
    fr = (
        "Titre\n\nDans le département de l'Artibonite, où les attaques contre Pont-Sondé ont fait fuir "
        "des familles, quelque 90 000 déplacés sont recensés."
    )
    assert ("displaced", "Artibonite", 90_000, "persons") in facts(fr, "fr")
    es = (
        "Titular\n\nEn el departamento de Artibonite, donde los ataques contra Pont-Sondé expulsaron a "
        "miles, unos 90.000 desplazados están registrados."
    )
    assert ("displaced", "Artibonite", 90_000, "persons") in facts(es, "es")
    share = (
        "Titre\n\nL'OIM a recensé plus de 4 000 personnes tuées, une part croissante des victimes étant "
        "enregistrée dans le département du Centre."
    )
    assert ("killed", "Haiti", 4000, "persons") in facts(share, "fr")
    part = "Titular\n\nLa ONU registró más de 4.000 muertos, una parte creciente de ellos en el Centro."
    assert ("killed", "Haiti", 4000, "persons") in facts(part, "es")
