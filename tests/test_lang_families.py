"""Families of French and Spanish wording the packs read over structure, not over any one article:
each test is a handful of sentences written for it, in the forms reporters use."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2025-03-12"  # a Wednesday


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract(text, published, language=language)


def facts(text: str, language: str, published: str = PUB) -> set[tuple[object, ...]]:
    return {(c.measure, c.subject, c.value, c.mission) for c in read(text, language, published)}


def test_missions_beyond_haiti_by_their_french_and_spanish_names_and_hosts() -> None:
    fr = (
        "Le Conseil a renouvelé le mandat de la MONUSCO.\n\n"
        "Les combats ont fait 40 morts et 12 000 déplacés la semaine dernière, selon l'ONU. "
        "Quelque 300 Casques bleus uruguayens sont déployés dans la province."
    )
    got = facts(fr, "fr")
    assert ("killed", "Democratic Republic of the Congo", 40, None) in got  # the host, not Haiti
    assert ("personnel.deployed", "Uruguay", 300, "MONUSCO") in got
    es = (
        "La Fuerza de las Naciones Unidas para el Mantenimiento de la Paz en Chipre renovó su despliegue.\n\n"
        "Argentina mantiene unos 240 efectivos en la UNFICYP, junto a 14 militares paraguayos."
    )
    got = facts(es, "es")
    assert ("personnel.deployed", "Argentina", 240, "UNFICYP") in got
    assert any(f[1] == "Paraguay" and f[2] == 14 for f in got)
