"""Families the French and Spanish packs read in the thirtieth round (after fr33/es33 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 6c25d364), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
import pytest
from lang_reading import ES, FR

read = partial(lang_reading.read, published="2025-11-14")
of = partial(lang_reading.of, published="2025-11-14")


# -- a force that is its own clause's subject counts its own people --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "measure", "value"),
    [
        (
            "Le Ghana, le Togo et le Niger ont aussi promis des agents, et la force devrait réunir à "
            "terme 3 200 personnels.",
            FR,
            "personnel.target",
            3200,
        ),
        (
            "Belice y Honduras ya tenían policías en el país, de modo que la fuerza rondaba los 740 "
            "integrantes en marzo.",
            ES,
            "personnel.deployed",
            740,
        ),
        (
            "La fuerza ya supera los 1.300 miembros y se espera que lleguen pronto los primeros "
            "contingentes de Zambia.",
            ES,
            "personnel.deployed",
            1300,
        ),
    ],
)
def test_a_force_subject_of_its_own_clause_counts_no_country(
    text: str, language: str, measure: str, value: int
) -> None:
    assert of(text, language, measure) == {(None, value)}


def test_a_country_in_the_force_count_s_own_phrase_keeps_it() -> None:
    # guard: the figure's own words name the country
    assert of(
        "Le Ghana a promis des agents, et la force compte déjà 600 policiers kényans.",
        FR,
        "personnel.deployed",
    ) == {("Kenya", 600)}


def test_a_country_that_is_the_subject_keeps_its_count() -> None:
    # guard: no force noun opens the figure's clause
    assert of(
        "Zambia ya tenía 120 policías en el país, de modo que su contingente rondaba los 300 efectivos.",
        ES,
        "personnel.deployed",
    ) >= {("Zambia", 300)}


# -- a sum given to a country's police or security names the country it goes to, not the payer -----


@pytest.mark.parametrize(
    ("text", "language", "measure", "payer"),
    [
        (
            "Depuis 2021, la Norvège a versé plus de 40 millions de dollars au renforcement de la Police "
            "nationale d'Haïti.",
            FR,
            "funding.contributed",
            "Norway",
        ),
        (
            "Au total, la Suède dit avoir consacré 25 millions d'euros à la sécurité haïtienne depuis "
            "trois ans.",
            FR,
            "funding.contributed",
            "Sweden",
        ),
        (
            "El ministro señaló que Noruega ha comprometido 12 millones de euros para apoyar a la Policía "
            "Nacional de Haití.",
            ES,
            "funding.pledged",
            "Norway",
        ),
    ],
)
def test_a_sum_given_to_a_country_s_force_is_the_payer_s(
    text: str, language: str, measure: str, payer: str
) -> None:
    assert {subject for subject, _ in of(text, language, measure)} == {payer}


@pytest.mark.parametrize(
    ("text", "language", "measure", "owner"),
    [
        (
            "Le pays a déployé 180 agents de la police nationale du Rwanda à Bangui.",
            FR,
            "personnel.deployed",
            "Rwanda",
        ),
        (
            "Llegaron a Puerto Príncipe 75 elementos de la Policía Nacional Civil de El Salvador.",
            ES,
            "personnel.arrived",
            "El Salvador",
        ),
    ],
)
def test_people_of_a_country_s_force_stay_that_country_s(
    text: str, language: str, measure: str, owner: str
) -> None:
    # guard: people "de la police nationale du Rwanda" come from it; only money goes to a force
    assert {subject for subject, _ in of(text, language, measure)} == {owner}


# -- a sum or a count a conditional supposes is no one's fact --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Una aportación de 10 millones de dólares al fondo no resolvería la crisis, pero pesaría más.", ES),
        (
            "Una aportación mexicana de 20 millones de dólares, menos de lo que cuesta un puente en la "
            "capital, la colocaría entre los mayores donantes.",
            ES,
        ),
        ("Bastaría con que cinco países latinoamericanos aportaran 200 policías cada uno.", ES),
        ("Une contribution de 15 millions d'euros au fonds ne changerait pas la donne.", FR),
    ],
)
def test_a_supposed_sum_or_count_is_no_claim(text: str, language: str) -> None:
    assert not [c for c in read(text, language) if c.measure.startswith(("funding", "personnel"))]


@pytest.mark.parametrize(
    ("text", "language", "measure", "value"),
    [
        # guard: a future is a plan, not a supposition
        (
            "Une contribution supplémentaire de 3 millions d'euros sera versée au fonds en 2026.",
            FR,
            "funding.contributed",
            3_000_000,
        ),
        # guard: the conditional of a clause joined after is not the count's
        (
            "Un contingent de 300 soldats tchadiens est arrivé lundi, et le retrait kényan suivrait.",
            FR,
            "personnel.arrived",
            300,
        ),
        (
            "Un contingente de 300 soldados chadianos llegó el lunes a Puerto Príncipe.",
            ES,
            "personnel.arrived",
            300,
        ),
        # guard: a noun in -ría after its article is no conditional
        (
            "Una aportación de 5 millones de dólares de la Secretaría llegó al fondo en marzo.",
            ES,
            "funding.contributed",
            5_000_000,
        ),
    ],
)
def test_an_indefinite_sum_or_count_told_as_fact_stays(
    text: str, language: str, measure: str, value: int
) -> None:
    assert value in {v for _, v in of(text, language, measure)}


# -- "policías civiles", "policiers civils" are police: a category's longer words win ----------------


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("La resolución autorizaba hasta 6.900 militares y 1.450 policías civiles.", ES, "personnel.target"),
        (
            "La résolution autorisait jusqu'à 6 900 militaires et 1 450 policiers civils.",
            FR,
            "personnel.target",
        ),
        ("La misión contaba con 1.200 civiles y 800 policías civiles.", ES, "personnel.deployed"),
    ],
)
def test_civilian_police_are_police(text: str, language: str, measure: str) -> None:
    assert {s for s, v in of(text, language, measure) if v in (1450, 800)} == {"police"}


def test_a_narrower_name_of_a_category_still_names_it() -> None:
    # guard: "observadores militares" is no military count; civilians named alone stay civilians
    assert of(
        "La resolución autoriza hasta 250 observadores militares y 300 civiles.", ES, "personnel.target"
    ) == {
        ("military observers and staff officers", 250),
        ("civilian", 300),
    }


# -- arrears (money owed and unpaid) are money withheld, as in the English golds --------------------


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        (
            "Les États-Unis accumulent un arriéré d'environ 1,2 milliard de dollars au titre des opérations "
            "de paix.",
            FR,
            "United States",
        ),
        (
            "Au 31 mars, les contributions non acquittées au compte spécial de la mission s'élevaient à 96,4 "
            "millions de dollars.",
            FR,
            None,
        ),
        (
            "Estados Unidos adeuda unos 1.200 millones de dólares a las operaciones de paz.",
            ES,
            "United States",
        ),
    ],
)
def test_arrears_are_money_withheld(text: str, language: str, subject: str | None) -> None:
    got = {(c.measure, c.subject) for c in read(text, language) if c.measure.startswith("funding")}
    assert got == {("funding.withheld", subject)}


def test_money_paid_stays_paid() -> None:
    # guard: a payment, even of what was owed before, is paid
    assert of(
        "Le Japon a versé 40 millions de dollars au compte spécial de la mission en mars.",
        FR,
        "funding.contributed",
    ) == {("Japan", 40_000_000)}


# -- "we are N" of many countries or of the whole mission is the force's, not the speaker's country --


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "Honduras envió policías a Haití. —Hoy somos alrededor de 1.400 efectivos de siete países.",
            ES,
            1400,
        ),
        ("Honduras envió observadores. —En toda la misión somos unos 230 observadores.", ES, 230),
        (
            "Le Bénin a envoyé des policiers. « Nous sommes environ 900 agents de plus de 20 pays », dit-il.",
            FR,
            900,
        ),
    ],
)
def test_we_are_of_many_countries_is_the_whole_force(text: str, language: str, value: int) -> None:
    assert {s for s, v in of(text, language, "personnel.deployed") if v == value} <= {None, "observers"}
    assert {v for _, v in of(text, language, "personnel.deployed")} == {value}


def test_we_are_alone_is_the_contingent_followed() -> None:
    # guard: "Somos 51" is the speaker's contingent
    assert of(
        "Honduras envió policías a Haití. —Somos 51 y llegamos en enero.", ES, "personnel.deployed"
    ) == {("Honduras", 51)}


# -- the host's own army or police are no mission's personnel -------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Liban accueille la FINUL. L'armée libanaise promet de déployer 8 000 hommes au sud du "
            "fleuve.",
            FR,
        ),
        (
            "Haïti attend la force. Selon lui, la PNH compte environ 9 500 agents.",
            FR,
        ),
        ("Haití espera la fuerza. La Policía Nacional de Haití cuenta con unos 9.500 agentes activos.", ES),
    ],
)
def test_the_host_s_own_forces_are_no_personnel(text: str, language: str) -> None:
    assert not [c for c in read(text, language) if c.measure.startswith("personnel")]


def test_a_contributor_s_army_keeps_its_people() -> None:
    # guard: "l'armée kényane" is a contributor's, not the host's
    assert of("Haïti attend la force. L'armée kényane a déployé 400 soldats.", FR, "personnel.deployed") == {
        ("Kenya", 400)
    }


# -- a duration a correction withdraws is no mandate's, as an expiry or a tally already was ---------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "16 h 12 | CORRECTION : Dans notre entrée de 15 h 31, nous avons écrit que le mandat du BINUH "
            "était prolongé de six mois.",
            FR,
        ),
        (
            "14:05 | Corrección: en la entrada de las 10:20 escribimos que el mandato de la MINURSO se "
            "prorrogaba por seis meses.",
            ES,
        ),
    ],
)
def test_a_duration_a_correction_withdraws_is_no_mandate(text: str, language: str) -> None:
    assert not [c for c in read(text, language) if c.measure == "mandate.duration"]


def test_a_duration_told_as_fact_stays() -> None:
    # guard: no correction, the duration stands
    assert [
        c.value
        for c in read("Le Conseil a prorogé le mandat du BINUH de douze mois.", FR)
        if c.measure == "mandate.duration"
    ] == [12]
