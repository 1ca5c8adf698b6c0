"""Families the French and Spanish packs read in the twenty-first round (after fr23/es23 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 2426831)."""

from __future__ import annotations

import pytest

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str = "2026-02-10") -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def facts(text: str, language: str, measure: str) -> list[tuple[object, object]]:
    return [(c.subject, c.value) for c in read(text, language) if c.measure == measure]


# -- observers counted apart from a mission's troops ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        (
            "Al 31 de marzo, la Misión de Verificación de la ONU en Colombia contaba con 98 "
            "observadores internacionales y 40 civiles.",
            "personnel.deployed",
            98,
        ),
        (
            "La Misión de Verificación de la ONU en Colombia tenía entonces 95 observadores.",
            "personnel.deployed",
            95,
        ),
        (
            "Para la Misión de Verificación de la ONU en Colombia, el Consejo autoriza hasta 130 "
            "observadores internacionales.",
            "personnel.target",
            130,
        ),
    ],
)
def test_observers_are_a_category(text: str, measure: str, value: int) -> None:
    assert ("observers", value) in facts(text, ES, measure)


# -- a number that names a road, a numbered district or a sector; a year after a season -------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        (
            "La Mission multinationale d'appui à la sécurité, qui compte quelque 900 agents, a sécurisé "
            "des tronçons de la route nationale 2.",
            FR,
            2,
        ),
        ("Plus de 900 personnes ont fui vers un site de Delmas 41.", FR, 41),
        ("Honduras mantiene 40 efectivos en la UNFICYP y tiene a su cargo el Sector 2.", ES, 2),
        (
            "L'Allemagne, qui y déploie encore environ 900 soldats, avait prévu son départ "
            "pour l'automne 2024.",
            FR,
            2024,
        ),
    ],
)
def test_a_number_that_names_counts_nothing(text: str, language: str, value: int) -> None:
    assert value not in [c.value for c in read(text, language)]


# -- a role's holder is a person, not the name its title is of --------------------------------------


def roles(text: str, language: str) -> set[tuple[object, object]]:
    return {(c.subject, c.value) for c in read(text, language) if c.measure == "role"}


@pytest.mark.parametrize(
    ("text", "language", "holders"),
    [
        (
            "« La force manque de moyens », estime Claire Dubois-Nkosi, "
            "chercheuse spécialiste des Grands Lacs.",
            FR,
            {"Claire Dubois-Nkosi"},
        ),
        (
            "El general de división Mario Ortiz es jefe de la Brigada Norte y del Sector Oeste.",
            ES,
            {"Mario Ortiz"},
        ),
        (
            "La autora es profesora, investigadora del Instituto de Estudios sobre "
            "Centroamérica Central de la UNAM.",
            ES,
            set(),
        ),
        (
            "Tiene la palabra, por el Grupo Parlamentario Vasco, la senadora Iturbe Larrañaga.",
            ES,
            {"Iturbe Larrañaga"},
        ),
    ],
)
def test_a_title_s_complement_holds_no_role(text: str, language: str, holders: set[str]) -> None:
    assert {who for who, _ in roles(text, language)} == holders


# -- who speaks in a Council meeting: the speaker's delegation beside another; a speaker who goes on --


def speakers(text: str, language: str) -> dict[str, object]:
    return {str(c.value): c.subject for c in read(text, language) if c.measure == "quote"}


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        (
            "Le Conseil a renouvelé le mandat du BINUH. Le représentant du Costa Rica, dont la délégation "
            "a rédigé le texte avec celle du Mexique, a jugé que « la mission reste la boussole politique "
            "de l'ONU en Haïti ».",
            FR,
            "la mission reste la boussole politique de l'ONU en Haïti",
            "Costa Rica",
        ),
        (
            "El Consejo renovó el mandato de la BINUH. El representante de Costa Rica, cuya delegación "
            "redactó el texto junto con la mexicana, afirmó que la Oficina «sigue siendo la brújula "
            "política de la ONU en Haití».",
            ES,
            "sigue siendo la brújula política de la ONU en Haití",
            "Costa Rica",
        ),
        (
            "El Consejo aprobó la resolución. Habló primero el representante de Chile. «Apoyamos a la "
            "misión sin reservas», señaló. El representante de Ghana respaldó el texto. «Nuestros agentes "
            "irán a Haití como socios», dijo, y añadió que Jamaica y Belice también enviarán efectivos.",
            ES,
            "Nuestros agentes irán a Haití como socios",
            "Ghana",
        ),
        (
            "El Consejo aprobó la resolución. Habló primero el representante de Chile. «Apoyamos a la "
            "misión sin reservas», señaló. El representante de Ghana respaldó el texto. «Nuestros agentes "
            "irán a Haití como socios», declaró, lamentando que Jamaica no se sumara.",
            ES,
            "Nuestros agentes irán a Haití como socios",
            "Ghana",
        ),
    ],
)
def test_council_speakers(text: str, language: str, words: str, speaker: str) -> None:
    assert speakers(text, language)[words] == speaker


# -- what the replaced mission held, cost or counted, told in a past of state after the handover -----

_FR_HANDOVER = "La Force de répression des gangs a pris le relais de la mission kényane. "
_ES_HANDOVER = "La Fuerza de Supresión de Pandillas sustituyó a la misión keniana. "


def missions(text: str, language: str, measure: str) -> dict[object, object]:
    return {c.value: c.mission for c in read(text, language, "2025-12-20") if c.measure == measure}


@pytest.mark.parametrize(
    ("text", "language", "measure", "value", "mission"),
    [
        (
            _FR_HANDOVER + "À la veille du vote, celle-ci comptait environ 960 agents.",
            FR,
            "personnel.deployed",
            960,
            "MSS",
        ),
        (
            _ES_HANDOVER + "El fondo fiduciario de la ONU acumulaba unos 97 millones de dólares, y la misión "
            "costaba unos 550 millones al año.",
            ES,
            "funding.contributed",
            97_000_000,
            "MSS",
        ),
        (
            _ES_HANDOVER + "El fondo fiduciario de la ONU acumulaba unos 97 millones de dólares, y la misión "
            "costaba unos 550 millones al año.",
            ES,
            "funding.required",
            550_000_000,
            "MSS",
        ),
        # a time of its own in the new mission's days: the new mission's
        (
            _ES_HANDOVER
            + "A comienzos de diciembre, el fondo fiduciario de la fuerza reunía 97 millones de dólares.",
            ES,
            "funding.contributed",
            97_000_000,
            "GSF",
        ),
    ],
)
def test_the_replaced_mission_told_in_a_past_of_state(
    text: str, language: str, measure: str, value: int, mission: str
) -> None:
    assert missions(text, language, measure)[value] == mission


# -- what an official offers is their government's; what an official reports of others is not -------


def owners(text: str, language: str, measure: str) -> dict[object, object]:
    return {c.value: c.subject for c in read(text, language, "2025-03-10") if c.measure == measure}


@pytest.mark.parametrize(
    ("text", "language", "measure", "value", "owner"),
    [
        (
            "Hace meses, el presidente Bernardo Arévalo ofreció 200 policías militares a la misión "
            "multinacional en Haití.",
            ES,
            "personnel.pledged",
            200,
            "Guatemala",
        ),
        (
            "El país completa así los 120 efectivos prometidos por el presidente Bernardo Arévalo a la "
            "misión multinacional en Haití.",
            ES,
            "personnel.pledged",
            120,
            "Guatemala",
        ),
        (
            "El presidente Nayib Bukele anunció en agosto el envío de 60 militares a la misión "
            "multinacional en Haití.",
            ES,
            "personnel.pledged",
            60,
            "El Salvador",
        ),
        (
            "À Kingston, Antony Blinken a annoncé que l'appui de Washington à la Mission multinationale "
            "d'appui à la sécurité passait de 50 à 90 millions de dollars.",
            FR,
            "funding.pledged",
            90_000_000,
            "United States",
        ),
    ],
)
def test_an_official_offers_for_their_government(
    text: str, language: str, measure: str, value: int, owner: str
) -> None:
    assert owners(text, language, measure)[value] == owner


def test_an_official_reporting_others_offers_owns_none() -> None:
    text = (
        "El secretario de Estado Marco Rubio aseguró que había compromisos por unos 6.500 efectivos "
        "para la Fuerza de Supresión de Pandillas."
    )
    assert owners(text, ES, "personnel.pledged").get(6500) is None


# -- a figure restated as an official's pledge; keeping people is a state, never a batch ------------


def test_a_figure_restated_as_an_officials_pledge() -> None:
    text = (
        "Con ellos, el país completa los 120 elementos que el presidente Bernardo Arévalo prometió en "
        "septiembre de 2024 para la misión multinacional en Haití."
    )
    got = {(c.measure, c.subject, c.value) for c in read(text, ES, "2025-03-10")}
    assert ("personnel.deployed", "Guatemala", 120) in got
    assert ("personnel.pledged", "Guatemala", 120) in got
    text = (
        "Con el relevo, Guatemala mantiene 120 efectivos en la misión multinacional en Haití, la misma "
        "cifra que comprometió el presidente Bernardo Arévalo en septiembre de 2024."
    )
    pledged = [c for c in read(text, ES, "2025-03-10") if c.measure == "personnel.pledged"]
    assert [(c.subject, c.value, c.as_of) for c in pledged] == [("Guatemala", 120, "2024-09")]


def test_keeping_people_is_a_state_not_a_batch() -> None:
    text = (
        "Con el relevo, Honduras mantiene 120 efectivos en la misión multinacional en Haití, la misma "
        "cifra con la que inició su participación en enero de 2025."
    )
    assert facts(text, ES, "personnel.deployed") == [("Honduras", 120)]
    assert facts(text, ES, "personnel.arrived") == []


# -- what a country's own deployment costs it, told with no country -----------------------------------


def test_a_national_deployment_s_cost_is_the_followed_country_s() -> None:
    text = (
        "San Salvador, 9 ago. El Salvador mantiene 30 efectivos en la misión multinacional en Haití. "
        "El despliegue le costó al Estado $5.1 millones en el primer semestre, según Hacienda."
    )
    assert facts(text, ES, "funding.required") == [("El Salvador", 5_100_000)]


# -- a force that counts its people after a country is named: the whole force's ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Arranca el día: tras la llegada el lunes de un nuevo contingente keniano, la GSF suma 975 "
        "efectivos sobre el terreno.",
        "El Salvador aporta 30 sanitarios a la GSF. Kenia sigue siendo el país con más efectivos, unos "
        "700, y la fuerza tiene hoy algo más de 990 miembros.",
    ],
)
def test_a_force_counting_after_a_country_counts_itself(text: str) -> None:
    counts = [c for c in read(text, ES, "2025-12-09") if c.measure == "personnel.deployed" and c.value > 900]
    assert [c.subject for c in counts] == [None]


def test_a_country_in_a_relative_clause_on_the_force_keeps_its_people() -> None:
    text = "Kenia, que lidera la fuerza, tiene 396 policías en el país, según el comando de la MSS."
    assert ("Kenya", 396) in facts(text, ES, "personnel.deployed")


# -- a national cabinet is no Security Council -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El Consejo de Ministros aprobó el martes 3 de marzo una contribución de 2 millones de euros "
            "al fondo de la Fuerza de Supresión de Pandillas.",
            ES,
        ),
        (
            "Le Conseil des ministres a approuvé le mardi 3 mars une contribution de 2 millions d'euros au "
            "fonds de la Force de répression des gangs.",
            FR,
        ),
    ],
)
def test_a_cabinet_adopts_no_resolution(text: str, language: str) -> None:
    assert [c for c in read(text, language, "2026-03-05") if c.measure == "council.adopted"] == []
