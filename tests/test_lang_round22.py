"""Families the French and Spanish packs read in the twenty-second round (after fr24/es24 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 4f15123), unless marked as a guard."""

from __future__ import annotations

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str = "2025-03-10") -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def statuses(text: str, language: str, published: str = "2025-03-10") -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language, published) if c.measure == "contributor"}


# -- contributors named by the structure of a list: an adverb inside the verb phrase, a rank, -------
# -- a list that completes the force, where the force's people come from --------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an adverb between the auxiliary and the participle of sending
        (
            "Outre le Sénégal, le Niger et le Togo ont aussi envoyé du personnel à la mission de la CEDEAO.",
            FR,
            {("Niger", "deployed"), ("Togo", "deployed")},
        ),
        (
            "Ghana y Nigeria han también enviado personal a la misión de la CEDEAO.",
            ES,
            {("Ghana", "deployed"), ("Nigeria", "deployed")},
        ),
        # an adverb between the participle of origin and its preposition
        (
            "La mission alignait environ 12 000 Casques bleus, venus principalement du Népal, du Ghana "
            "et du Rwanda.",
            FR,
            {("Nepal", "deployed"), ("Ghana", "deployed"), ("Rwanda", "deployed")},
        ),
        # who follows the first contributor in rank
        (
            "Le Népal est le premier contributeur de la FINUL, avec quelque 870 soldats, devant le Ghana, "
            "la Malaisie et l'Irlande.",
            FR,
            {("Ghana", "deployed"), ("Malaysia", "deployed"), ("Ireland", "deployed")},
        ),
        (
            "Le Népal fournit 870 soldats à la FINUL. Viennent ensuite le Ghana et la Malaisie, dont les "
            "contingents sont stationnés dans le secteur ouest.",
            FR,
            {("Ghana", "deployed"), ("Malaysia", "deployed")},
        ),
        (
            "Nepal aporta 870 soldados a la FINUL, por delante de Ghana y Malasia.",
            ES,
            {("Ghana", "deployed"), ("Malaysia", "deployed")},
        ),
        # an apposition that ranks a country among the contributors
        (
            "Le Ghana, premier pays fournisseur de contingents de la FINUL, a salué la décision.",
            FR,
            {("Ghana", "deployed")},
        ),
        (
            "Ghana, el mayor contribuyente de la FINUL, celebró la decisión.",
            ES,
            {("Ghana", "deployed")},
        ),
        # a list that completes the force, its countries or its people named
        (
            "Les Ghanéens, les Népalais et les Irlandais complètent le dispositif de la FINUL.",
            FR,
            {("Ghana", "deployed"), ("Nepal", "deployed"), ("Ireland", "deployed")},
        ),
        (
            "Ghana, Nepal e Irlanda completan la lista de la FINUL.",
            ES,
            {("Ghana", "deployed"), ("Nepal", "deployed"), ("Ireland", "deployed")},
        ),
        # where the force's people come from, its people named by "personal"
        (
            "La FINUL informó sobre su composición. El resto del personal procede de Ghana y Nepal.",
            ES,
            {("Ghana", "deployed"), ("Nepal", "deployed")},
        ),
    ],
)
def test_contributors_by_list_structure(text: str, language: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= statuses(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # guards: a rank among speakers, a Council sentence, a place before the list
        ("Le Népal a plaidé devant le Ghana et la Malaisie pour un meilleur financement.", FR),
        ("Les ministres du Ghana et du Népal complètent leur visite à Beyrouth.", FR),
    ],
)
def test_list_structure_guards(text: str, language: str) -> None:
    assert not statuses(text, language)


# -- a negated verb of keeping or sending gives no contributor --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chile no tiene tropas en la FINUL ni ha aportado dinero al fondo.", ES),
        ("Chile no mantiene soldados en la FINUL desde hace años.", ES),
        ("Le Chili n'a pas envoyé de soldats à la FINUL.", FR),
        ("Le Chili ne fournit plus de troupes à la FINUL.", FR),
    ],
)
def test_negated_keeping_is_no_contributor(text: str, language: str) -> None:
    assert ("Chile", "deployed") not in statuses(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # guards: the positive sentences still give the status
        ("Chile mantiene soldados en la FINUL desde hace años.", ES),
        ("Le Chili fournit des troupes à la FINUL.", FR),
    ],
)
def test_kept_still_a_contributor(text: str, language: str) -> None:
    assert ("Chile", "deployed") in statuses(text, language)


def test_rank_among_payers_is_no_contributor() -> None:
    """Guard: a rank among the payers of a budget places no contingent."""
    text = "Le Japon, premier contributeur au budget de la mission, a demandé des économies."
    assert not statuses(text, FR)


# -- an adjective before an unnamed speaker's noun: the noun is no participle to cut ---------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "« La relève arrivera avant l'hiver », a assuré un haut gradé de la gendarmerie ghanéenne.",
            FR,
            "un haut gradé de la gendarmerie ghanéenne",
        ),
        (
            "« Nous tiendrons nos positions », a affirmé un ancien gradé du contingent népalais.",
            FR,
            "un ancien gradé du contingent népalais",
        ),
    ],
)
def test_adjective_before_speaker_noun(text: str, language: str, speaker: str) -> None:
    assert speaker in {c.subject for c in read(text, language) if c.measure == "quote"}


# -- an act of sending that is decided, enabled or weighed is a pledge, not an arrival --------------


def pledges(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "personnel.pledged"}


def arrivals(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "personnel.arrived"}


@pytest.mark.parametrize(
    ("text", "language", "subject", "value"),
    [
        ("Le 2 mai, le Ghana a finalement décidé d'envoyer 600 soldats au Liban.", FR, "Ghana", 600),
        ("Ghana confirmó su disposición a enviar 600 soldados al Líbano.", ES, "Ghana", 600),
        ("El decreto del Ghana habilita el envío de 600 soldados al Líbano.", ES, "Ghana", 600),
        ("Ghana decidió el martes enviar 600 soldados al Líbano.", ES, "Ghana", 600),
        # an infinitive of sending opening the sentence is weighed, not done
        ("Envoyer 600 soldats ghanéens si loin, ce n'était pas une décision facile.", FR, "Ghana", 600),
        ("Enviar 600 soldados ghaneses tan lejos no fue una decisión fácil.", ES, "Ghana", 600),
    ],
)
def test_decided_sending_is_a_pledge(text: str, language: str, subject: str, value: int) -> None:
    assert (subject, value) not in arrivals(text, language)
    assert (subject, value) in pledges(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # guards: a sending done stays an arrival
        ("Le 2 mai, le Ghana a envoyé 600 soldats au Liban.", FR),
        ("El 2 de mayo, Ghana envió 600 soldados al Líbano.", ES),
    ],
)
def test_sending_done_stays_an_arrival(text: str, language: str) -> None:
    assert ("Ghana", 600) in arrivals(text, language)


# -- a toll told of a place by an anaphor ("y", "la ville", "la commune", "allí", "la ciudad") ------


def tolls(text: str, language: str, measure: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == measure}


@pytest.mark.parametrize(
    ("text", "language", "measure", "place", "value"),
    [
        (
            "Le 12 février, les rebelles sont entrés dans Bunia. Selon un bilan publié début mars, au "
            "moins 140 personnes y ont été tuées en trois jours.",
            FR,
            "killed",
            "Bunia",
            140,
        ),
        (
            "Des hommes armés ont attaqué Mirebalais à l'aube. Les pompiers ont évacué les blessés vers "
            "Hinche. Plus de 4 300 habitants ont fui la commune, selon la Protection civile.",
            FR,
            "displaced",
            "Mirebalais",
            4300,
        ),
        (
            "Los rebeldes entraron en Bunia el 12 de febrero. Según un balance publicado en marzo, al "
            "menos 140 personas murieron allí en tres días.",
            ES,
            "killed",
            "Bunia",
            140,
        ),
        (
            "Las pandillas atacaron Mirebalais al amanecer y los heridos fueron llevados a Hinche. Más de "
            "4.300 habitantes huyeron de la ciudad en marzo, según Protección Civil.",
            ES,
            "displaced",
            "Mirebalais",
            4300,
        ),
    ],
)
def test_toll_of_an_anaphoric_place(text: str, language: str, measure: str, place: str, value: int) -> None:
    assert (place, value) in tolls(text, language, measure)


def test_a_named_zone_is_no_anaphor() -> None:
    """Guard: "la zone métropolitaine de Port-au-Prince" names its place."""
    text = (
        "Les gangs ont attaqué Mirebalais en mars. Au moins 900 personnes ont été tuées dans la zone "
        "métropolitaine de Port-au-Prince au cours du trimestre."
    )
    assert ("Mirebalais", 900) not in tolls(text, FR, "killed")


def test_a_national_count_after_an_anaphoric_toll_is_the_country_s() -> None:
    text = (
        "Des hommes armés ont attaqué Mirebalais à l'aube. Plus de 4 300 habitants ont fui la commune, "
        "selon la Protection civile. Au niveau national, le nombre de déplacés dépasse 900 000."
    )
    found = tolls(text, FR, "displaced")
    assert ("Mirebalais", 4300) in found and ("Haiti", 900000) in found


# -- a planned strength or a ceiling the knowledge base gives the other mission of a handover -------


def targets(text: str, language: str, published: str) -> set[tuple[object, object]]:
    return {(c.mission, c.value) for c in read(text, language, published) if c.measure == "personnel.target"}


@pytest.mark.parametrize(
    ("text", "language", "published", "mission", "value"),
    [
        (
            "La Fuerza de Supresión de Pandillas tiene hoy unos 1.100 agentes. Su antecesora nunca "
            "alcanzó su tamaño: llegó a tener 990 efectivos, lejos de los 2.500 previstos.",
            ES,
            "2026-01-20",
            "MSS",
            2500,
        ),
        (
            "La Force de répression des gangs compte aujourd'hui quelque 1 100 agents. En deux ans, "
            "l'effectif n'a jamais dépassé 990 agents, loin des 2 500 prévus au départ.",
            FR,
            "2026-01-20",
            "MSS",
            2500,
        ),
        (
            "La misión encabezada por Kenia cuenta con unos 990 agentes, y su relevo podrá tener hasta "
            "5.550 efectivos.",
            ES,
            "2025-10-20",
            "GSF",
            5550,
        ),
    ],
)
def test_strength_of_the_other_mission(
    text: str, language: str, published: str, mission: str, value: int
) -> None:
    assert (mission, value) in targets(text, language, published)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Force de répression des gangs prend le relais en Haïti cette semaine. Son mandat devait "
            "expirer le 2 octobre.",
            FR,
        ),
        (
            "La Fuerza de Supresión de Pandillas toma el relevo en Haití esta semana. Su autorización "
            "expiraba el 2 de octubre.",
            ES,
        ),
    ],
)
def test_an_expiry_before_a_first_term_is_the_predecessor_s(text: str, language: str) -> None:
    expiries = {
        (c.mission, c.value) for c in read(text, language, "2025-10-06") if c.measure == "mandate.expiry"
    }
    assert ("MSS", "2025-10-02") in expiries


# -- a weekday and the date in apposition to it are one date ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El mandato de la BINUH vence el viernes, 31 de enero.", ES),
        ("Le mandat du BINUH expire vendredi prochain, le 31 janvier.", FR),
    ],
)
def test_weekday_in_apposition_to_its_date(text: str, language: str) -> None:
    expiries = {c.value for c in read(text, language, "2025-01-20") if c.measure == "mandate.expiry"}
    assert expiries == {"2025-01-31"}


# -- a nationality's people counted by a copula or an apposition ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "subject", "value"),
    [
        ("Les Népalais sont environ 870 dans le secteur ouest.", FR, "Nepal", 870),
        ("Los ghaneses son 870 en el sector oeste.", ES, "Ghana", 870),
        ("Los ghaneses, unos 870, vigilan la Línea Azul.", ES, "Ghana", 870),
        ("Hoy los ghaneses, unos 870, vigilan la Línea Azul.", ES, "Ghana", 870),
        ("Les Ghanéens, qui tiennent le secteur ouest, dépassent 870.", FR, "Ghana", 870),
    ],
)
def test_a_nationality_s_people_counted(text: str, language: str, subject: str, value: int) -> None:
    found = {(c.subject, c.value) for c in read(text, language) if c.measure == "personnel.deployed"}
    assert (subject, value) in found


def test_a_nationality_s_people_arriving_stay_an_arrival() -> None:
    """Guard: a verb of what they did keeps its own measure."""
    text = "Los ghaneses, unos 870, llegaron el lunes a Naqura."
    assert ("Ghana", 870) in {
        (c.subject, c.value) for c in read(text, ES) if c.measure == "personnel.arrived"
    }


# -- a fact box's label that states the measure ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("LA FINUL EN CIFRAS\n• Desplegados: unos 870, de una treintena de países.", ES),
        ("LA FINUL EN CHIFFRES\n• Déployés : environ 870, venus d'une trentaine de pays.", FR),
    ],
)
def test_a_deployed_label(text: str, language: str) -> None:
    assert 870 in {c.value for c in read(text, language) if c.measure == "personnel.deployed"}


def test_a_deployed_participle_after_a_figure_is_no_label() -> None:
    """Guard: "les deux missions déployées" counts no one."""
    text = "Les deux grandes missions déployées en Afrique centrale restent les plus coûteuses."
    assert not [c for c in read(text, FR) if c.measure == "personnel.deployed"]


# -- a demonym of people a figure counts is no contributor listed -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Trabajamos junto a unos 870 militares ghaneses en el sector oeste.", ES),
        ("En el mismo vuelo viajaron doce militares ghaneses.", ES),
        ("Ils étaient accompagnés de 870 militaires ghanéens.", FR),
    ],
)
def test_counted_demonym_is_no_contributor(text: str, language: str) -> None:
    assert ("Ghana", "deployed") not in statuses(text, language)


def test_an_article_is_no_figure_before_a_demonym() -> None:
    """Guard: "un pequeño contingente ghanés" is listed."""
    text = "Junto a ellos trabajan unos 870 soldados nepalíes y un pequeño contingente ghanés."
    assert ("Ghana", "deployed") in statuses(text, ES)


# -- a fund's total told in the pluperfect after the handover is the replaced mission's -------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Force de répression des gangs poursuit son déploiement en Haïti. Pour un coût annuel "
            "estimé à 600 millions, le fonds n'avait recueilli que 90 millions de dollars.",
            FR,
        ),
        (
            "La Fuerza de Supresión de Pandillas sigue su despliegue en Haití. Para un costo anual de 600 "
            "millones, el fondo había recibido apenas 90 millones de dólares.",
            ES,
        ),
    ],
)
def test_a_fund_total_in_the_pluperfect_is_the_predecessor_s(text: str, language: str) -> None:
    found = {
        (c.mission, c.value) for c in read(text, language, "2026-02-11") if c.measure == "funding.contributed"
    }
    assert ("MSS", 90_000_000) in found


def test_a_count_in_the_pluperfect_stays_the_new_force_s() -> None:
    """Guard: a count after a pluperfect arrival is the new force's."""
    text = (
        "La Force de répression des gangs poursuit son déploiement en Haïti. Un contingent avait atterri "
        "lundi, portant l'effectif de la force à 1 200 agents."
    )
    assert all(c.mission != "MSS" for c in read(text, FR, "2026-02-11") if c.value == 1200)


# -- a scholar of international relations is a title; a coordinated verb ends the titles ------------


def role_values(text: str, language: str) -> set[object]:
    return {c.value for c in read(text, language) if c.measure == "role"}


def test_internacionalista_is_a_title() -> None:
    found = role_values(
        "La columna salió el lunes. Lucía Gómez Arce es internacionalista y profesora de la Universidad "
        "de Salamanca.",
        ES,
    )
    assert {"internacionalista", "profesora de la Universidad de Salamanca"} <= found


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "La columna salió el lunes. Lucía Gómez Arce es internacionalista y dirige el programa de "
            "estudios andinos.",
            ES,
            "internacionalista",
        ),
        (
            "La tribune est parue lundi. Paul Mercier est internationaliste et dirige le centre d'études de "
            "Lyon.",
            FR,
            "internationaliste",
        ),
    ],
)
def test_a_coordinated_verb_ends_the_titles(text: str, language: str, title: str) -> None:
    assert role_values(text, language) == {title}


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        (
            "La mission a un nouveau chef. Le diplomate ghanéen Kofi Mensah-Boateng, représentant spécial, "
            "est arrivé lundi.",
            FR,
            {"diplomate ghanéen", "représentant spécial"},
        ),
        (
            "La tribune est parue lundi. Aline Dufour-Mercier est politologue et chargée de cours à "
            "l'Université de Liège.",
            FR,
            {"politologue", "chargée de cours à l'Université de Liège"},
        ),
    ],
)
def test_diplomat_and_lecturer_are_titles(text: str, language: str, titles: set[str]) -> None:
    assert titles <= role_values(text, language)
