"""An infinitive coordinated with an intended one shares its intent: "has offered to lead the mission
and to send 1,000 officers" promises both."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_the_second_infinitive_of_an_offer_is_a_pledge() -> None:
    text = "Rwanda has offered to lead the new force and to send 2,000 soldiers to UNMISS."
    got = [(c.measure, c.subject, c.value) for c in extract(text, "2025-02-20") if c.unit == "persons"]
    assert got == [("personnel.pledged", "RWA", 2000)], got
