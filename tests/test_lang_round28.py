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
