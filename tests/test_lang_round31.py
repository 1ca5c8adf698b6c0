"""Families the French and Spanish packs read in the thirty-first round (after fr34/es34 were
opened). Each is tested with sentences written for it, none taken from a set, and fails on the packs
before the round (a `git archive` export of 035e3a1b), unless marked as a guard."""

from __future__ import annotations

from functools import partial

import lang_reading
from lang_reading import ES

read = partial(lang_reading.read, published="2024-11-04")


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
