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


def test_countries_a_force_comes_from_are_deployed_contributors() -> None:
    """ "el resto procede de Jamaica, Belice y Bahamas", "suivi du Tchad et du Bangladesh": where the
    counted people come from, or who follows the first contributor."""
    es = (
        "Titular\n\nLa fuerza suma unos 900 agentes. Ruanda aporta 500 de ellos; el resto proviene "
        "de Ghana y Togo."
    )
    got = facts(es, "es")
    assert ("contributor", "Ghana", "deployed", None) in got
    assert ("contributor", "Togo", "deployed", None) in got
    fr = "Titre\n\nLe Rwanda reste le premier contributeur, avec 500 soldats, suivi du Ghana et du Togo."
    got = facts(fr, "fr")
    assert ("contributor", "Ghana", "deployed", None) in got
    assert ("contributor", "Togo", "deployed", None) in got


def test_a_country_a_sentence_only_follows_is_no_contributor() -> None:
    fr = "Titre\n\nLe vote a été suivi du Ghana et du Togo dans la salle des délégations."
    assert not {f for f in facts(fr, "fr") if f[0] == "contributor"}


def test_a_stated_readiness_to_take_part_is_willing() -> None:
    fr = "Titre\n\nLe Ghana et le Togo ont fait part de leur disposition à participer à la force."
    got = facts(fr, "fr")
    assert ("contributor", "Ghana", "willing", None) in got
    es = "Titular\n\nGhana y Togo expresaron su disposición a participar en la fuerza."
    assert ("contributor", "Togo", "willing", None) in facts(es, "es")


def test_the_council_in_a_side_clause_keeps_the_contingents() -> None:
    """ "La misión, que el Consejo renovó en 2024, contaba con … contingentes de A, B y C": the
    Council's clause is a side one; the contingents are placed; its date dates no count."""
    es = (
        "Titular\n\nLa fuerza, que el Consejo de Seguridad renovó en septiembre de 2024, contaba con "
        "unos 900 agentes, además de contingentes de Ghana, Togo y Benín."
    )
    got = read(es, "es")
    statuses = {(c.subject, c.value) for c in got if c.measure == "contributor"}
    assert {("Ghana", "deployed"), ("Togo", "deployed"), ("Benin", "deployed")} <= statuses
    count = next(c for c in got if c.value == 900)
    assert count.subject is None and count.as_of == PUB


def test_a_share_of_a_count_makes_no_contributor() -> None:
    es = "Titular\n\nLa fuerza tenía 900 agentes, buena parte de ellos policías ruandeses."
    assert not {f for f in facts(es, "es") if f[0] == "contributor"}


def test_people_operating_in_the_country_are_a_strength() -> None:
    """ "unos 400 agentes kenianos que ya operan en el país", "dont les personnels sont à pied d'œuvre"."""
    es = "Titular\n\nPatrullarán junto a unos 300 agentes ruandeses que ya operan en el país."
    assert ("personnel.deployed", "Rwanda", 300, "approx") in facts(es, "es")
    fr = "Titre\n\nIls remercient le Ghana et le Togo, dont les personnels sont déjà à pied d'œuvre."
    got = facts(fr, "fr")
    assert ("contributor", "Ghana", "deployed", None) in got


def test_a_possessive_of_plans_names_no_owner() -> None:
    """ "según sus planes debía reunir 2.500": the force's plans, not the last contributor's people;
    "su lugar lo ocupan 14 efectivos" (a relief) stays the relieved contingent's."""
    es = (
        "Titular\n\nGhana envió 40 soldados en enero. La misión, que según sus planes debía reunir "
        "unos 2.500 efectivos, tiene hoy 900."
    )
    got = facts(es, "es")
    assert ("personnel.target", None, 2500, "approx") in got
    relief = "Titular\n\nGhana retiró 40 soldados. Su lugar lo ocupan 45 efectivos que aterrizaron ayer."
    assert {f for f in facts(relief, "es") if f[2] == 45 and f[1] == "Ghana"}


def test_decades_are_no_count() -> None:
    es = "Titular\n\nRuanda, que aporta desde hace casi dos décadas tropas a la ONU, prepara un envío."
    assert not {f for f in facts(es, "es") if f[2] == 2}


def test_a_time_ago_dates_what_happened() -> None:
    """ "Hace un año … aterrizaron", "il y a trois semaines, le Conseil a adopté": so long before
    publication, to the month; the Council's adoption is found by that date."""
    es = (
        "Titular\n\nHace un año, los primeros 120 soldados ruandeses aterrizaron en Puerto Príncipe, "
        "cuando la misión encabezada por Kenia apenas empezaba."
    )
    got = read(es, "es", "2026-01-20")
    landed = next(c for c in got if c.value == 120)
    assert (landed.measure, landed.subject, landed.as_of, landed.mission) == (
        "personnel.arrived",
        "Rwanda",
        "2025-01",
        "MSS",
    )
    fr = (
        "Titre\n\nIl y a trois semaines, le Conseil de sécurité a adopté par 12 voix pour et 3 "
        "abstentions le texte créant la Force de répression des gangs."
    )
    got = read(fr, "fr", "2025-10-20")
    assert {(c.measure, c.subject) for c in got if c.measure == "council.adopted"} == {
        ("council.adopted", "2793")
    }


def test_a_month_without_its_year_is_the_latest_one() -> None:
    """ "En février, Washington a gelé…": the latest February by publication; what is still to come
    ("complete los 5.500 en octubre") the next one; "depuis fin juin" is a start and dates nothing."""
    fr = "Titre\n\nEn février, Washington a gelé environ 15 millions de dollars destinés à la mission."
    frozen = next(c for c in read(fr, "fr", "2025-10-20") if c.value == 15_000_000)
    assert frozen.as_of == "2025-02"
    es = "Titular\n\nSe espera que la fuerza complete los 5.500 uniformados en octubre."
    target = next(c for c in read(es, "es", "2026-05-18") if c.value == 5500)
    assert (target.measure, target.as_of) == ("personnel.target", "2026-10")
    since = "Titre\n\nLes quelque 380 policiers kényans déployés depuis fin juin patrouillent."
    count = next(c for c in read(since, "fr", "2024-09-12") if c.value == 380)
    assert (count.measure, count.as_of) == ("personnel.deployed", "2024-09-12")


def test_a_month_that_only_tells_an_as_at_makes_no_arrival() -> None:
    fr = "Titre\n\nLes quelque 970 agents de la mission déployés fin septembre restaient dans le centre."
    count = next(c for c in read(fr, "fr", "2025-10-20") if c.value == 970)
    assert count.measure == "personnel.deployed"


def test_completing_a_figure_is_a_strength_not_finishing_a_rotation() -> None:
    es = "Titular\n\nOtros 60 llegaron el sábado, lo que completa los 120 agentes ruandeses del contingente."
    assert ("personnel.deployed", "Rwanda", 120, "exact") in facts(es, "es")
    rotation = "Titular\n\nRegresó con un grupo de 12 militares ruandeses que completaron su rotación."
    assert not {f for f in facts(rotation, "es") if f[0] == "personnel.deployed"}


def test_a_figure_repeated_without_its_date_is_one_fact() -> None:
    """A box restating a dated figure ("- Más de 1,4 millones: desplazados") is the same fact."""
    es = (
        "Titular\n\nSegún la OIM, más de 1,2 millones de personas se habían visto desplazadas en "
        "octubre.\n\n- Más de 1,2 millones: desplazados internos"
    )
    got = [c for c in read(es, "es", "2025-12-12") if c.measure == "displaced"]
    assert [(c.value, c.as_of) for c in got] == [(1_200_000, "2025-10")]


def test_the_former_mission_named_by_its_relation_owns_its_figures() -> None:
    """ "la misión anterior", "la mission précédente": the predecessor (KB) of the article's mission,
    for its clause and for a sentence opening on a possessive right after."""
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas tiene un techo de 5.550 efectivos. Recordemos "
        "cómo terminó la misión anterior. Su presupuesto anual rondaba los 600 millones de dólares."
    )
    got = {(c.measure, c.value, c.mission, c.qualifier) for c in read(es, "es", "2025-10-20")}
    assert ("funding.required", 600_000_000, "MSS", "approx") in got
    assert ("personnel.target", 5550, "GSF", "at_most") in got
    fr = (
        "Titre\n\nLa Force de répression des gangs remplace la MMAS. La mission précédente comptait "
        "environ 1 000 agents. La nouvelle force en compte 1 200."
    )
    got = {(c.value, c.mission) for c in read(fr, "fr", "2025-10-20")}
    assert (1000, "MSS") in got and (1200, "GSF") in got


def test_rounding_verbs_are_approximate_and_years_after_during_are_no_count() -> None:
    es = "Titular\n\nLa fuerza ronda los 2.100 efectivos y más de 3,000 personas murieron durante 2024."
    got = facts(es, "es", "2025-05-18")
    assert ("personnel.deployed", None, 2100, "approx") in got
    assert not {f for f in got if f[2] == 2024}
    fr = "Titre\n\nLe bureau dispose d'un budget d'environ 375 millions de dollars."
    assert {f[3] for f in facts(fr, "fr") if f[2] == 375_000_000} == {"approx"}


def test_a_former_mission_given_by_name_or_aside_is_no_relation() -> None:
    """ "Kenia, que encabezó la extinta Misión Multinacional…, mantiene 700 policías": the side
    clause names the old mission; the count is the force's now."""
    es = (
        "Titular\n\nKenia, que encabezó la extinta Misión Multinacional de Apoyo a la Seguridad (MSS), "
        "mantiene cerca de 700 policías sobre el terreno en la Fuerza de Supresión de Pandillas."
    )
    got = [c for c in read(es, "es", "2025-12-19") if c.value == 700]
    assert [(c.subject, c.mission) for c in got] == [("Kenya", "GSF")]


def test_a_fact_dated_before_the_named_force_began_is_its_predecessors() -> None:
    """An article naming only the GSF: an arrival a year back and a freeze of February 2025 are the
    MSS's, the force running then (KB succession), though the article never names it."""
    es = (
        "Titular\n\nLa Fuerza de Supresión de Pandillas promete otra escala. Hace un año, los primeros "
        "120 soldados ruandeses aterrizaron en Puerto Príncipe. En febrero de 2025 Washington congeló "
        "unos 15 millones de dólares de su aporte al fondo fiduciario."
    )
    got = {(c.value, c.mission) for c in read(es, "es", "2026-01-20") if c.measure != "contributor"}
    assert (120, "MSS") in got and (15_000_000, "MSS") in got


def test_a_funds_purpose_is_no_payer_and_a_part_from_a_donor_is_its() -> None:
    """ "El fondo … para la seguridad de Haití había recibido 113 millones, de los cuales 63
    llegaron de Canadá": the fund's country is what it is for; the part is the donor's."""
    es = (
        "Titular\n\nEl fondo fiduciario para la seguridad de Haití había recibido unos 90 millones de "
        "dólares, de los cuales 40 millones llegaron de Noruega."
    )
    got = {(c.measure, c.subject, c.value) for c in read(es, "es")}
    assert ("funding.contributed", None, 90_000_000) in got
    assert ("funding.contributed", "Norway", 40_000_000) in got
    paid = "Titular\n\nHaití aportó 5 millones de dólares al fondo fiduciario."
    assert ("funding.contributed", "Haiti", 5_000_000) in {
        (c.measure, c.subject, c.value) for c in read(paid, "es")
    }


def test_a_hard_wrapped_line_ending_on_a_function_word_runs_on() -> None:
    """ "—150 efectivos de⏎Guatemala y …": a line ending on "de", "à", "y" continues whatever the
    next one opens with."""
    fr = (
        "Titre\n\nLe 8 décembre, un contingent de 230 policiers rwandais est arrivé à\n"
        "Port-au-Prince, portant l'effectif de la Force de répression des gangs à\n"
        "980 personnels."
    )
    got = {(c.measure, c.subject, c.value, c.mission, c.as_of) for c in read(fr, "fr", "2026-01-15")}
    assert ("personnel.arrived", "Rwanda", 230, "GSF", "2025-12-08") in got
    # the total the arrival brings the force to is of the arrival's day, the date opening the
    # sentence (how every gold dates "…, portant l'effectif à 980"; it was the publication day)
    assert ("personnel.deployed", None, 980, "GSF", "2025-12-08") in got


def test_a_day_without_its_year_well_after_publication_is_last_years() -> None:
    """ "le 8 décembre" in a January article is last December; an end ("hasta el 20 de diciembre")
    may lie ahead."""
    es = (
        "Titular\n\nEl 8 de diciembre llegaron 230 policías ruandeses. El Consejo prorrogó el "
        "mandato de la MONUSCO hasta el 20 de diciembre."
    )
    got = read(es, "es", "2025-06-20")
    arrived = next(c for c in got if c.value == 230)
    assert arrived.as_of == "2024-12-08"
    expiry = [c.value for c in got if c.measure == "mandate.expiry"]
    assert expiry == ["2025-12-20"]


def test_a_count_in_apposition_to_contingents_is_their_strength() -> None:
    """ "Los contingentes … de la MSS —150 efectivos de Guatemala y …—": no verb, contingents in place."""
    es = "Titular\n\nLos contingentes africanos de la misión —300 efectivos de Ruanda— patrullan el norte."
    assert ("personnel.deployed", "Rwanda", 300, "exact") in facts(es, "es")
    fr = "Titre\n\nLes contingents africains (300 soldats du Ghana) patrouillent dans le nord."
    assert ("personnel.deployed", "Ghana", 300, "exact") in facts(fr, "fr")


def test_putting_people_at_a_missions_disposal_is_a_pledge() -> None:
    """ "son intention de mettre jusqu'à 2 000 militaires à la disposition de la MMAS", "a disposición de"."""
    fr = (
        "Titre\n\nLe Ghana a notifié son intention de mettre jusqu'à 900 militaires à la disposition "
        "de la mission."
    )
    assert ("personnel.pledged", "Ghana", 900, "at_most") in facts(fr, "fr")
    es = "Titular\n\nRuanda puso 300 soldados a disposición de la misión."
    assert ("personnel.pledged", "Rwanda", 300, "exact") in facts(es, "es")
