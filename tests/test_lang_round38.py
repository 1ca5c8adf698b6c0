"""Families the French and Spanish packs read in the thirty-eighth round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of 8b186ea3), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def values(text: str, language: str, measure: str) -> set[object]:
    """The values of one measure, read on ``ON``."""
    return {v for _, v, _, _ in lang_reading.dated(text, language, measure, ON)}


# -- spelled numbers: the tens from seventy and the teens and twenties written as one word -----------


def test_seventy_and_a_unit_spelled_in_spanish_is_one_figure() -> None:
    text = "Setenta y dos agentes salvadoreños llegaron el lunes a Puerto Príncipe para sumarse a la MMAS."
    assert values(text, ES, "personnel.arrived") == {72}


def test_ninety_spelled_in_spanish() -> None:
    text = "Noventa soldados jamaiquinos llegaron ayer a Haití para reforzar la MMAS."
    assert values(text, ES, "personnel.arrived") == {90}


def test_a_twenty_written_as_one_word_in_spanish() -> None:
    text = "Un grupo de veintitrés policías bahameños llegó el martes a Haití para integrarse a la MMAS."
    assert values(text, ES, "personnel.arrived") == {23}


def test_feminine_hundreds_in_spanish() -> None:
    text = "Unas seiscientas policías kenianas llegaron a Haití para la MMAS."
    assert values(text, ES, "personnel.arrived") == {600}


def test_belgian_and_swiss_tens_in_french() -> None:
    text = "Nonante policiers kényans sont arrivés lundi à Port-au-Prince pour la MMAS."
    assert values(text, FR, "personnel.arrived") == {90}


def test_guard_sixty_ten_stays_seventy_in_french() -> None:
    text = "Soixante-dix policiers kényans sont arrivés lundi à Port-au-Prince pour la MMAS."
    assert values(text, FR, "personnel.arrived") == {70}
