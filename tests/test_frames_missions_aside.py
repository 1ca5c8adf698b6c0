"""A mission named only in a clause beside the one that states a contributor ("The mission, which
replaced ATMIS in January, draws troops from …") is no mission of that contributor: it is the one
the text is on."""

from __future__ import annotations

from missionwatch.nlp import extract


def test_a_predecessor_named_in_a_relative_clause_of_the_subject_is_an_aside() -> None:
    text = (
        "AUSSOM now has about 11,000 soldiers. The mission, which replaced ATMIS on 1 January, also "
        "draws troops from Ethiopia and Djibouti."
    )
    got = {(c.mission, c.subject) for c in extract(text, "2025-06-16") if c.measure == "contributor"}
    assert got == {("AUSSOM", "ETH"), ("AUSSOM", "DJI")}, got
