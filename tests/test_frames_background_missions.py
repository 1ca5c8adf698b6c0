"""A mission named in a past relative clause on a country ("Uganda and Kenya, which served under
ATMIS") is where the country served before: the status the main clause gives is its successor's."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_a_relative_clause_in_the_past_names_the_predecessor() -> None:
    text = (
        "The African Union Support and Stabilization Mission in Somalia (AUSSOM) takes over in January. "
        "Troops are expected to come from Burundi and Djibouti, which both served under ATMIS."
    )
    got = {(c.mission, c.subject, c.value) for c in extract(text, "2024-12-20") if c.measure == "contributor"}
    assert got == {("AUSSOM", "BDI", "expected"), ("AUSSOM", "DJI", "expected")}, got
