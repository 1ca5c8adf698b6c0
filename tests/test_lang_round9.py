"""Families of structure the French and Spanish packs read after fr11/es11 were opened (the ninth
round): the subject of a coordinated clause left unsaid. Each is tested with sentences written for
it, none taken from a set."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

PUB = "2026-01-27"


def read(text: str, language: str, published: str = PUB) -> list[Claim]:
    return extract("Titre\n\n" + text, published, language=language)


def owners(text: str, language: str, value: int) -> set[object]:
    return {c.subject for c in read(text, language) if c.value == value}


def test_a_coordinated_clause_without_a_subject_keeps_the_sentences() -> None:
    """ "Le Japon assure avoir financé…, mais n'a versé que 4 millions": the subject of the verb
    after "mais" / "pero" is the first verb's; a clause that names its own ("mais le fonds n'a
    reçu que…", "pero la ONU solo ha recibido…", "y se espera que la fuerza…") is not the
    country's."""
    fr = (
        "Le Japon assure avoir financé pour 300 millions de dollars d'équipements, mais n'a versé "
        "que 4 millions au fonds de la mission."
    )
    assert owners(fr, "fr", 4_000_000) == {"Japan"}
    fr_own = (
        "Le Japon assure avoir financé pour 300 millions de dollars d'équipements, mais le fonds "
        "n'a reçu que 4 millions."
    )
    assert owners(fr_own, "fr", 4_000_000) == {None}
    es = (
        "Alemania dice haber invertido 200 millones de euros en equipos, pero de esa suma apenas 6 "
        "millones se ingresaron en el fondo."
    )
    assert owners(es, "es", 6_000_000) == {"Germany"}
    es2 = (
        "Alemania, el segundo socio de la operación, dice haber invertido 200 millones de euros en "
        "equipos, pero apenas ha depositado 6 millones en el fondo de la misión."
    )
    assert owners(es2, "es", 6_000_000) == {"Germany"}
    es_own = (
        "Alemania dice haber invertido 200 millones de euros en equipos, pero la ONU solo ha "
        "recibido 6 millones."
    )
    assert owners(es_own, "es", 6_000_000) == {None}
