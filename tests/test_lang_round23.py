"""Families the French and Spanish packs read in the twenty-third round (after fr25/es25 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 46bfb51), unless marked as a guard."""

from __future__ import annotations

import pytest
from lang_reading import ES, FR, of, read

# -- a described speaker keeps the acronym in brackets after the body they belong to -------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "« Les pluies ont tout emporté », a expliqué une porte-parole du Fonds des Nations unies pour "
            "l'enfance (UNICEF) à Jacmel.",
            FR,
            "une porte-parole du Fonds des Nations unies pour l'enfance (UNICEF)",
        ),
        (
            "«No hay combustible para las bombas», dijo un portavoz de la Organización Panamericana de la "
            "Salud (OPS), que pidió no ser identificado.",
            ES,
            "un portavoz de la Organización Panamericana de la Salud (OPS)",
        ),
    ],
)
def test_a_described_speaker_keeps_the_acronym_of_their_body(text: str, language: str, speaker: str) -> None:
    assert {c.subject for c in read(text, language) if c.measure == "quote"} == {speaker}


# -- a state's own body setting a sum aside for its deployment: the deployment's cost --------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "En 2025 el Congreso guatemalteco asignó Q19 millones para la operación en Haití.",
            ES,
            ("Guatemala", 19_000_000),
        ),
        # a guard: read so before the round through "a la participación" ([money] allotted_to)
        (
            "El Gobierno hondureño envió 80 policías a Haití. El proyecto de Presupuesto 2027 asigna 7,1 "
            "millones de dólares a la participación hondureña en la misión.",
            ES,
            ("Honduras", 7_100_000),
        ),
    ],
)
def test_a_states_appropriation_for_its_deployment_is_a_cost(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in of(text, language, "funding.required")
    assert expected not in of(text, language, "funding.contributed")


def test_an_assembly_reinforcement_for_the_mission_is_the_states_cost() -> None:
    text = (
        "El Salvador mantiene 40 militares en Haití. La Asamblea Legislativa aprobó en marzo un refuerzo "
        "de 3,7 millones de dólares para la misión."
    )
    assert of(text, ES, "funding.required") == {("El Salvador", 3_700_000)}
    assert not of(text, ES, "funding.contributed")


def test_a_sum_assigned_in_the_passive_is_the_states_cost() -> None:
    text = (
        "Uruguay mantiene 250 cascos azules en Chipre. Para 2026 se habían asignado $12.000 millones, "
        "según la jurisdicción Defensa."
    )
    assert of(text, ES, "funding.required") == {("Uruguay", 12_000_000_000)}


def test_guard_a_payment_to_the_fund_named_by_a_ministry_stays_a_payment() -> None:
    text = (
        "España aportó 3 millones de euros al fondo fiduciario de la misión, informó el Ministerio de "
        "Hacienda."
    )
    assert ("Spain", 3_000_000) in of(text, ES, "funding.contributed")


# -- a verb of arriving, "a" and a figure: a total reached, not a batch ----------------------------


def test_a_total_the_contingent_would_reach_is_its_planned_strength() -> None:
    text = (
        "El ministerio confirmó que prepara el envío de otros 60 soldados en agosto, con lo que el "
        "contingente hondureño llegaría a 180."
    )
    assert ("Honduras", 180) in of(text, ES, "personnel.target")
    assert ("Honduras", 180) not in of(text, ES, "personnel.pledged")
    assert ("Honduras", 60) in of(text, ES, "personnel.pledged")


def test_guard_arriving_at_a_place_stays_an_arrival() -> None:
    assert {
        v for _, v in of("Un grupo de 90 policías llegó a Puerto Príncipe el lunes.", ES, "personnel.arrived")
    } == {90}


# -- a pledge is dated by the year the sentence says it was made in --------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Force de répression des gangs attend toujours ses renforts. Le Togo avait promis au moins "
            "600 gendarmes en 2024 ; aucun n'est parti.",
            FR,
        ),
        (
            "La Fuerza de Supresión de Pandillas sigue esperando refuerzos. Honduras había ofrecido 300 "
            "policías en 2024, pero nunca los envió.",
            ES,
        ),
    ],
)
def test_a_pledge_made_in_a_past_year_takes_that_year_and_its_mission(text: str, language: str) -> None:
    pledges = [c for c in read(text, language, "2025-12-01") if c.measure == "personnel.pledged"]
    assert [(c.mission, (c.as_of or "")[:4]) for c in pledges] == [("MSS", "2024")]


# -- people serving in a force are no pledge; a death announced is a toll --------------------------


def test_soldiers_engaged_in_a_force_who_came_home_are_a_return() -> None:
    text = "Les 45 derniers militaires irlandais engagés dans la FINUL sont rentrés au pays en mars."
    claims = read(text, FR, "2025-05-01")
    assert {(c.measure, c.subject, c.value) for c in claims if c.measure.startswith("personnel.")} == {
        ("personnel.returned", "Ireland", 45)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dodoma a annoncé la mort de deux de ses soldats engagés au sein de la MONUSCO lors des combats "
        "de mardi.",
        # a guard: read so before the round ("confirmé" governs no death)
        "Dodoma a confirmé la mort de deux de ses soldats lors des combats de mardi.",
    ],
)
def test_a_death_announced_is_a_toll_not_a_pledge(text: str) -> None:
    claims = read(text, FR, "2025-02-01")
    assert {(c.measure, c.subject, c.value) for c in claims} == {("killed", "Tanzania", 2)}


def test_guard_a_pledge_to_engage_in_a_force_stays_a_pledge() -> None:
    assert ("Ghana", 300) in of(
        "Le Ghana s'est engagé à fournir 300 soldats à la force.", FR, "personnel.pledged"
    )


# -- a money pledge announced by a minister or the government named without a country --------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le Canada a déjà envoyé 20 policiers en Haïti. En juin, la ministre a annoncé 30 millions de "
            "dollars pour la mission multinationale.",
            FR,
            ("Canada", 30_000_000),
        ),
        (
            "Guatemala mantiene 150 policías en Haití. En junio, el ministro anunció 2 millones de dólares "
            "para la misión.",
            ES,
            ("Guatemala", 2_000_000),
        ),
    ],
)
def test_a_ministers_money_pledge_is_the_followed_countrys(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert of(text, language, "funding.pledged", "2024-10-01") == {expected}


# -- a result clause after an arrival that counts the arriving country's own people ----------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Samedi, un deuxième groupe de soixante militaires béninois est arrivé à Port-au-Prince, "
            "portant à 120 le nombre de Béninois au sein de la Mission.",
            FR,
            ("Benin", 120),
        ),
        (
            "Los primeros 60 policías militares hondureños aterrizaron en Puerto Príncipe el viernes 3 de "
            "enero; otros 60 lo hicieron al día siguiente, con lo que el contingente quedó completo con 120 "
            "elementos.",
            ES,
            ("Honduras", 120),
        ),
    ],
)
def test_a_total_of_the_arriving_countrys_people_is_that_countrys(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in of(text, language, "personnel.deployed", "2025-01-10")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El lunes aterrizaron en Puerto Príncipe 200 policías kenianos, con lo que la fuerza suma "
            "1.100 efectivos.",
            ES,
        ),
        (
            "Samedi, 200 policiers kényans sont arrivés à Port-au-Prince, portant à 1 100 le nombre "
            "d'agents en Haïti.",
            FR,
        ),
    ],
)
def test_guard_the_forces_total_after_an_arrival_stays_the_forces(text: str, language: str) -> None:
    assert (None, 1100) in of(text, language, "personnel.deployed", "2025-01-10")


# -- the force's own strength in a clause on the force, after a country's pledge --------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El Gobierno ruandés recuerda que ha prometido 800 soldados para la fuerza, que debería contar "
            "en total con 3.000 efectivos.",
            ES,
        ),
        ("Ruanda prometió 800 soldados y la fuerza debería contar en total con unos 3.000.", ES),
        ("Le Rwanda a promis 800 soldats à la force, qui devrait compter au total 3 000 hommes.", FR),
    ],
)
def test_the_forces_planned_total_after_a_pledge_is_the_forces(text: str, language: str) -> None:
    claims = read(text, language)
    assert {(c.measure, c.subject, c.value) for c in claims if c.value == 3000} == {
        ("personnel.target", None, 3000)
    }
    assert ("Rwanda", 800) in of(text, language, "personnel.pledged")
