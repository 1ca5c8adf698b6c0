"""Families the French and Spanish packs read in the thirty-sixth round. Each is tested with
sentences written for it, none taken from a set, and fails on the packs before the round (a
`git archive` export of 74a52fbc), unless marked as a guard."""

from __future__ import annotations

import lang_reading
from lang_reading import ES, FR

ON = "2026-02-10"


def of(text: str, language: str, measure: str) -> set[tuple[object, object, object, object]]:
    """(subject, value, mission, as_of) of one measure, read on ``ON``."""
    return lang_reading.dated(text, language, measure, ON)


def values(text: str, language: str, measure: str) -> set[object]:
    return {v for _, v, _, _ in of(text, language, measure)}


# -- families and households are no count of people ------------------------------------------------


def test_families_given_kits_are_no_displaced_count_es() -> None:
    text = "La OIM entregó lonas y bidones a 2.400 familias en 15 sitios de desplazados de Puerto Príncipe."
    assert values(text, ES, "displaced") == set()


def test_families_a_camp_shelters_are_no_displaced_count_es() -> None:
    text = "El campamento de desplazados de Croix-des-Bouquets alberga a unas 650 familias."
    assert values(text, ES, "displaced") == set()


def test_families_a_donor_helps_are_no_pledge_fr() -> None:
    text = (
        "Une distribution de vivres financée par le Canada est prévue en mars pour 1 500 familles "
        "de l'Artibonite."
    )
    assert of(text, FR, "personnel.pledged") == set()


def test_guard_households_are_no_displaced_count_fr() -> None:
    text = "Les violences ont chassé plus de 800 ménages du quartier de Solino, selon l'OIM."
    assert values(text, FR, "displaced") == set()


def test_guard_people_in_a_camp_stay_displaced_es() -> None:
    text = "Más de 3.000 personas se han desplazado a los campamentos de Tabarre desde marzo."
    assert values(text, ES, "displaced") == {3000}


def test_guard_people_who_fled_stay_displaced_fr() -> None:
    text = "Plus de 5 000 personnes ont fui le quartier de Solino depuis janvier, selon l'OIM."
    assert values(text, FR, "displaced") == {5000}
