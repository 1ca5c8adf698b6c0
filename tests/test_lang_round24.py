"""Families the French and Spanish packs read in the twenty-fourth round (after fr26/es26 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 0e98e50), unless marked as a guard."""

from __future__ import annotations

import pytest
from lang_reading import ES, FR, of, read

# -- "el país" / "notre pays" as the subject of the verb before a figure: the country followed -----


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Acta de la comisión de defensa del Congreso hondureño.\n\nSegún el ministro, a finales de "
            "enero el país mantenía 210 efectivos en misiones de paz.",
            ES,
            ("Honduras", 210),
        ),
        (
            "Audition de la ministre béninoise de la Défense devant la commission.\n\nEn 2023, notre pays "
            "comptait encore une quarantaine de militaires au sein de la mission.",
            FR,
            ("Benin", 40),
        ),
    ],
)
def test_the_country_anaphor_subject_of_a_count_is_the_country_followed(
    text: str, language: str, expected: tuple[str, int]
) -> None:
    assert expected in of(text, language, "personnel.deployed")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # guards: "le pays" / "el país" as a place, not the count's subject
        (
            "Une délégation béninoise s'est rendue à Goma.\n\nLe chef de la mission a salué les 1 200 "
            "Casques bleus qui servent encore dans l'est du pays.",
            FR,
        ),
        (
            "Un equipo hondureño visitó la misión.\n\nEn todo el país la Misión tiene hoy unos 300 "
            "integrantes.",
            ES,
        ),
    ],
)
def test_the_country_as_a_place_owns_no_count(text: str, language: str) -> None:
    assert all(
        subject not in ("Benin", "Honduras") for subject, _ in of(text, language, "personnel.deployed")
    )


# -- a regional force named by its organisation: the knowledge base's mission -----------------------


@pytest.mark.parametrize(
    ("text", "language", "mission"),
    [
        (
            "Selon Pretoria, la mission de la SADC aligne désormais quelque 1 800 soldats sud-africains "
            "autour de Sake.",
            FR,
            "SAMIDRC",
        ),
        (
            "La force régionale de la Communauté d'Afrique de l'Est a accueilli mardi 300 militaires "
            "ougandais à Bunagana.",
            FR,
            "EACRF",
        ),
        (
            "La misión de la SADC cuenta hoy con unos 1.800 soldados sudafricanos cerca de Sake.",
            ES,
            "SAMIDRC",
        ),
    ],
)
def test_a_regional_force_named_by_its_organisation_is_its_mission(
    text: str, language: str, mission: str
) -> None:
    claims = [c for c in read(text, language, "2024-06-10") if c.measure.startswith("personnel.")]
    assert claims
    assert {c.mission for c in claims} == {mission}


# -- figures of one sentence share its time: beside a figure of the replaced mission, the undated
#    sums are the replaced mission's too; a cost "était estimé" is a past of state ---------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fuerza de Supresión de Pandillas recibió el martes a 200 policías.\n\nAquella misión "
            "costaba unos 640 millones de dólares al año, y su fondo fiduciario apenas reunió 95 millones.",
            ES,
        ),
        (
            "La Force de répression des gangs a accueilli mardi 200 policiers.\n\nLe budget annuel de la "
            "mission était estimé à quelque 640 millions de dollars, mais seuls 95 millions ont été réunis.",
            FR,
        ),
    ],
)
def test_sums_beside_a_figure_of_the_replaced_mission_are_of_its_time(text: str, language: str) -> None:
    claims = read(text, language, "2025-11-20")
    sums = {(c.measure, c.value): c.mission for c in claims if c.measure.startswith("funding.")}
    assert sums == {("funding.required", 640_000_000): "MSS", ("funding.contributed", 95_000_000): "MSS"}


def test_a_sum_told_beside_the_incoming_force_stays_its_own() -> None:
    # a guard: the sentence names the incoming force, so its sum is not carried back
    text = (
        "La Fuerza de Supresión de Pandillas recibió el martes a 200 policías.\n\nAquella misión "
        "costaba unos 640 millones de dólares al año; la nueva fuerza reunió 95 millones."
    )
    sums = {
        (c.measure, c.value): c.mission
        for c in read(text, ES, "2025-11-20")
        if c.measure.startswith("funding.")
    }
    assert sums.get(("funding.contributed", 95_000_000)) == "GSF"


# -- a country bearing the cost of carrying the troops is a donor ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Guatemala envió el lunes 80 policías militares a Haití.\n\nEl traslado aéreo del contingente lo "
            "pagó Canadá, según la Cancillería.",
            ES,
            ("Canada", "paid"),
        ),
        (
            "Guatemala enviará en mayo 80 policías militares a Haití.\n\nSegún la Cancillería, Canadá "
            "cubrirá el transporte de los relevos.",
            ES,
            ("Canada", "pledged"),
        ),
        (
            "Le Bénin a envoyé lundi 120 militaires en Haïti.\n\nLe transport aérien du contingent a été "
            "pris en charge par le Canada.",
            FR,
            ("Canada", "paid"),
        ),
    ],
)
def test_a_country_bearing_the_troops_carriage_is_a_donor(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in of(text, language, "donor")


def test_a_country_away_from_the_verb_of_carriage_is_no_donor() -> None:
    # a guard: the country is in another clause than the one who paid the carriage
    text = (
        "Guatemala envió el lunes 80 policías militares a Haití.\n\nCanadá anunció nuevas sanciones; el "
        "traslado de las tropas lo pagó la ONU."
    )
    assert not any(subject == "Canada" for subject, _ in of(text, ES, "donor"))
