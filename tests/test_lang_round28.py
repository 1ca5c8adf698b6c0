"""Families the French and Spanish packs read in the twenty-eighth round (after fr31/es31 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of c3b2e761), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
import pytest
from lang_reading import ES, FR

read = partial(lang_reading.read, published="2025-10-20")
of = partial(lang_reading.of, published="2025-10-20")


# -- a prolongation someone asked or recommended is no mandate's length ----------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dans son rapport, le Secrétaire général écrit : « Je recommande au Conseil de sécurité de "
            "proroger le mandat de la MINUSCA pour une nouvelle période de 12 mois. »",
            FR,
        ),
        ("Le gouvernement malien, qui avait demandé une prolongation de six mois, n'a pas réagi.", FR),
        (
            "En su informe, el secretario general recomienda al Consejo prorrogar el mandato de la "
            "MINUSCA por un período de 12 meses.",
            ES,
        ),
        ("El Gobierno libanés había solicitado una prórroga de un año, sin condiciones.", ES),
    ],
)
def test_a_prolongation_asked_for_is_no_mandate_duration(text: str, language: str) -> None:
    assert not of(text, language, "mandate.duration")


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        # guards: the Council's own decision, a request made of a mission after it, a draft's terms
        (
            "Le Conseil de sécurité a prorogé pour un an le mandat de la MINUSCA et demande à la "
            "Mission de protéger les civils.",
            FR,
            12,
        ),
        (
            "À la demande du gouvernement haïtien, le Conseil de sécurité a reconduit pour un an "
            "l'autorisation de la mission.",
            FR,
            12,
        ),
        ("El borrador propone prorrogar la misión por un año.", ES, 12),
    ],
)
def test_a_prolongation_granted_or_drafted_keeps_its_duration(text: str, language: str, months: int) -> None:
    assert (None, months) in of(text, language, "mandate.duration")


# -- the dead, the hurt and the abducted listed together are no toll of the dead -------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Depuis janvier, plus de 2 300 personnes ont été tuées, blessées ou enlevées dans la capitale.", FR),
        ("En marzo, más de 900 personas fueron asesinadas, heridas o secuestradas en la capital.", ES),
    ],
)
def test_a_list_of_victims_is_no_toll_of_the_dead(text: str, language: str) -> None:
    assert not of(text, language, "killed")


@pytest.mark.parametrize(
    ("text", "language", "dead"),
    [
        # guards: the dead counted apart from the hurt, each with its own figure
        (
            "Au moins 1 200 personnes ont été tuées, 480 blessées et 150 enlevées au premier trimestre.",
            FR,
            1_200,
        ),
        ("Al menos 640 personas murieron, según la ONU, y otras 300 resultaron heridas.", ES, 640),
    ],
)
def test_the_dead_counted_apart_stay_a_toll(text: str, language: str, dead: int) -> None:
    assert dead in {v for _, v in of(text, language, "killed")}


# -- the people aid reaches are no count of the people in need --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "reached"),
    [
        (
            "Le plan humanitaire demande 700 millions de dollars pour venir en aide à 3,1 millions de "
            "personnes, sur les 5,2 millions qui ont besoin d'assistance.",
            FR,
            3_100_000,
        ),
        (
            "L'ONU chiffre ses besoins à 500 millions de dollars, afin d'aider 2,2 millions de personnes.",
            FR,
            2_200_000,
        ),
        (
            "Le PAM a distribué une aide alimentaire à près de 700 000 personnes en septembre, alors que "
            "la faim progresse.",
            FR,
            700_000,
        ),
        (
            "El plan pide 700 millones de dólares para asistir a 3,1 millones de personas, de los 5,2 "
            "millones que necesitan asistencia.",
            ES,
            3_100_000,
        ),
    ],
)
def test_the_people_aid_reaches_are_not_the_people_in_need(text: str, language: str, reached: int) -> None:
    assert reached not in {v for _, v in of(text, language, "people_in_need")}


@pytest.mark.parametrize(
    ("text", "language", "need"),
    [
        # guards: the count of those who need aid, before or after the word of aid
        (
            "Selon l'OCHA, 5,2 millions de personnes ont besoin d'une aide humanitaire cette année.",
            FR,
            5_200_000,
        ),
        (
            "Quelque 5,2 millions de personnes ont besoin d'aide, et le PAM en assiste déjà 900 000.",
            FR,
            5_200_000,
        ),
        ("Unos 2,4 millones de personas necesitan ayuda humanitaria este año.", ES, 2_400_000),
    ],
)
def test_the_people_in_need_stay(text: str, language: str, need: int) -> None:
    assert need in {v for _, v in of(text, language, "people_in_need")}


# -- the component a report's sentence counts gives its figures their category ----------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Au 31 août 2025, l'effectif de la composante militaire de la MINUSCA s'élevait à 13 800 "
            "personnes, sur un plafond autorisé de 14 400.",
            FR,
            {("personnel.target", "military", 14_400)},
        ),
        (
            "La composante de\npolice de la MONUSCO comptait 1 500 agents, dont 1 100 membres d'unités "
            "de police constituées.",
            FR,
            {("personnel.deployed", "police", 1_500), ("personnel.deployed", "formed police units", 1_100)},
        ),
        (
            "À la même date, le personnel pénitentiaire fourni par des gouvernements comptait 90 "
            "personnes, pour un plafond de 100.",
            FR,
            {("personnel.target", "corrections", 100)},
        ),
        (
            "Al 31 de agosto, el componente militar de la MINUSCA contaba con 13.800 efectivos, frente a "
            "un máximo autorizado de 14.400.",
            ES,
            {("personnel.target", "military", 14_400)},
        ),
    ],
)
def test_a_components_figures_are_its_category(
    text: str, language: str, expected: set[tuple[str, str, int]]
) -> None:
    assert expected <= {(c.measure, c.subject, c.value) for c in read(text, language)}


def test_a_component_leaves_a_country_its_own_count() -> None:
    # guard: a contingent's own figure stays its country's
    claims = read("La composante militaire de la MINUSCA compte 1 200 soldats rwandais, selon Kigali.", FR)
    assert ("Rwanda", 1_200) in {(c.subject, c.value) for c in claims if c.measure == "personnel.deployed"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Conseil autorise la mission à compter jusqu'à 2 000 membres d'unités de\npolice constituées.",
            FR,
        ),
        (
            "El Consejo autoriza a la misión a contar con hasta 2.000 integrantes de unidades de\n"
            "policía constituidas.",
            ES,
        ),
    ],
)
def test_a_category_broken_by_a_line_wrap_is_still_named(text: str, language: str) -> None:
    assert ("formed police units", 2_000) in of(text, language, "personnel.target")


# -- a country that authorises the sending of its own troops sets their ceiling --------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "L'Afrique du Sud avait autorisé le déploiement de 1 500 soldats, pour un coût estimé à un "
            "milliard de rands.",
            FR,
            ("South Africa", 1_500),
        ),
        ("Le Sénégal a autorisé l'envoi de 600 soldats au Mali.", FR, ("Senegal", 600)),
        ("El Salvador autorizó el despliegue de 300 soldados en Haití.", ES, ("El Salvador", 300)),
    ],
)
def test_a_national_authorisation_is_the_countrys_target(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in of(text, language, "personnel.target")
    assert expected not in of(text, language, "personnel.pledged")


def test_a_sending_promised_stays_a_pledge() -> None:
    # guard: no authorisation, a promise
    text = "L'Afrique du Sud a promis le déploiement de 1 500 soldats."
    assert ("South Africa", 1_500) in of(text, FR, "personnel.pledged")


# -- bare millions right after millions of people are people, not the sum's currency ---------------


def test_bare_millions_after_people_are_no_sum() -> None:
    text = (
        "En Haïti, le plan humanitaire requiert 700 millions de dollars pour venir en aide à 3,1 "
        "millions de personnes, sur les quelque 5,2 millions qui ont besoin d'assistance."
    )
    assert {c.value for c in read(text, FR) if c.unit == "USD"} == {700_000_000}


def test_bare_millions_after_a_sum_stay_money() -> None:
    # guard: a sum after a sum keeps the currency
    text = "Le plan requiert 700 millions de dollars, et la Banque mondiale en promet 50 millions."
    assert ("funding.pledged", 50_000_000) in {(c.measure, c.value) for c in read(text, FR)}
