"""Families the French and Spanish packs read in the thirty-first round (after fr34/es34 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 035e3a1b), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
from lang_reading import ES, FR

read = partial(lang_reading.read, published="2024-11-04")
of = partial(lang_reading.of, published="2025-12-01")


# -- a resolution the base records for the day is the named mission's, or none ---------------------


def test_a_renewal_of_a_named_mission_takes_no_other_mission_s_resolution() -> None:
    claims = read(
        "El Consejo de Seguridad renovó el jueves, sin votos en contra, la Misión de Verificación "
        "de las Naciones Unidas en Colombia.",
        ES,
    )
    assert not [c for c in claims if c.measure == "council.adopted" and c.subject == "2753"]
    assert not [c for c in claims if c.mission == "UNTMIS"]


def test_a_renewal_with_no_mission_named_keeps_the_base_s_resolution() -> None:  # guard
    claims = read(
        "La misión de la ONU en Libia sigue activa. El Consejo de Seguridad renovó el jueves por "
        "unanimidad su mandato.",
        ES,
    )
    assert {c.subject for c in claims if c.measure == "council.adopted"} <= {"2755", "2753", "2756"}
    assert [c for c in claims if c.measure == "council.adopted"]


# -- a figure a comparison sets against the one before takes no gapped verb ------------------------


def test_a_compared_ceiling_after_a_place_is_the_ceiling() -> None:
    assert of(
        "La misión cuenta con unos 800 efectivos en Haití, lejos de los 3.000 uniformados que "
        "autorizó el Consejo de Seguridad.",
        ES,
        "personnel.target",
    ) == {("uniformed", 3000)}


def test_a_gapped_count_under_another_country_keeps_the_verb() -> None:  # guard
    assert ("El Salvador", 82) in of(
        "Guatemala tenía desplegados 150 policías y El Salvador, 82 efectivos.", ES, "personnel.deployed"
    )


# -- a count the participle of authorisation names is a ceiling -----------------------------------


def test_the_authorised_count_is_a_ceiling_whatever_verb_governs_it() -> None:
    assert of(
        "La meta sigue siendo completar los 3.000 uniformados autorizados para la Misión Multinacional.",
        ES,
        "personnel.target",
    ) == {("uniformed", 3000)}
    assert of(
        "L'objectif reste d'atteindre les 2 400 policiers autorisés par la résolution.",
        FR,
        "personnel.target",
    ) == {("police", 2400)}


def test_a_sending_a_parliament_authorised_stays_a_deployment() -> None:  # guard
    assert of("Kenia desplegó 400 policías autorizados por su Parlamento.", ES, "personnel.deployed") == {
        ("Kenya", 400)
    }


# -- a mission's sector is no person ---------------------------------------------------------------


def test_a_sector_s_name_is_no_speaker() -> None:
    claims = read(
        "El coronel Andrés Pineda Ruiz, jefe del Sector Norte de la misión, recibe a este diario en "
        'su base. "No vamos a dejar nada a medias", resume.',
        ES,
    )
    assert {c.subject for c in claims if c.measure == "quote"} == {"Andrés Pineda Ruiz"}


def test_a_secteur_s_name_is_no_speaker_either() -> None:  # guard: French read it already
    claims = read(
        "Le colonel Marc Dufresne Leroy, chef du Secteur Ouest de la mission, reçoit notre envoyé. "
        "« Nous ne partirons pas n'importe comment », résume-t-il.",
        FR,
    )
    assert "Secteur Ouest" not in {c.subject for c in claims if c.measure == "quote"}
    assert "Secteur Ouest" not in {c.subject for c in claims if c.measure == "role"}


# -- a time limit is no mandate's length -----------------------------------------------------------


def test_a_withdrawal_s_time_limit_is_no_mandate_duration() -> None:
    claims = read(
        "El Consejo de Seguridad prorrogó por última vez el mandato de la FPNUL hasta el 31 de "
        "diciembre de 2027, tras lo cual iniciará un retiro ordenado en el plazo de un año.",
        ES,
    )
    assert not [c for c in claims if c.measure == "mandate.duration"]
    assert [c.value for c in claims if c.measure == "mandate.expiry"] == ["2027-12-31"]
    claims = read(
        "Le Conseil de sécurité a prorogé le mandat du BINUH, dont le nouveau bureau doit être "
        "opérationnel dans un délai de six mois.",
        FR,
    )
    assert not [c for c in claims if c.measure == "mandate.duration"]


def test_the_mandate_s_length_after_a_time_limit_is_read() -> None:
    claims = read(
        "El Consejo de Seguridad pidió un plan de transición en el plazo de dos meses y prorrogó el "
        "mandato de la FPNUL por seis meses.",
        ES,
    )
    assert [c.value for c in claims if c.measure == "mandate.duration"] == [6]
