"""The parts of a toll a text places ("including 27 in Bay region and 19 in Bakool region") are
tolls of those places, named by the place before a generic noun; the whole is not the first part's.
Text written for this test; it failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def test_a_tolls_parts_by_place_and_its_whole() -> None:
    text = (
        "Somalia floods\n\nMOGADISHU (Wire) — Floods in Somalia have killed dozens. The toll has "
        "reached at least 88 dead, including 27 in Bay region and 19 in Bakool region."
    )
    claims = {(c.measure, c.subject, c.value) for c in extract(text, "2025-06-01", extractor="frames")}
    assert ("killed", "Bay region", 27) in claims
    assert ("killed", "Bakool region", 19) in claims
    assert ("killed", "SOM", 88) in claims
    assert ("killed", "Bay region", 88) not in claims
