"""Two sources of false contributors: those who put a Council text forward (its drafters, not a
force's members) and a region's people ("the Central Americans"), who are no country."""

from __future__ import annotations

from missionwatch.nlp.entities import find_entities
from missionwatch.nlp.frames.pipeline import extract


def _contributors(text: str) -> list[str | None]:
    return [c.subject for c in extract(text, "2025-10-01") if c.measure == "contributor"]


def test_who_put_a_draft_forward_is_no_contributor() -> None:
    assert _contributors("The draft on UNMISS was put forward by the United Kingdom and Norway.") == []
    text = "By the text, put forward by the United Kingdom and Norway, the Council asked UNMISS to stay."
    assert _contributors(text) == []


def test_a_regions_people_are_no_country() -> None:
    assert [e.code for e in find_entities("The Central Americans joined the Kenyans.")] == ["KEN"]
    assert [e.code for e in find_entities("West Africans and Americans")] == ["USA"]


def test_who_provides_things_is_no_contributor() -> None:
    assert _contributors("Canada has provided logistical support to UNMISS.") == []
    assert _contributors("Japan has supplied most of the equipment of UNMISS.") == []
