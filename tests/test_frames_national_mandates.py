"""In a story on a parliament's vote, "under the UNIFIL mandate, up to 300 soldiers may be deployed"
is the ceiling of the country's own mandate, though the sentence names no national body; a
sentence on the Council's resolution keeps no country."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

STORY = (
    "Bundestag extends missions\n\n"
    "BERLIN — The Bundestag on Thursday extended two Bundeswehr deployments by a year. "
    "Under the UNIFIL mandate, up to 250 soldiers may be deployed, unchanged from last year. "
)


def _targets(text: str) -> set[tuple[str | None, object]]:
    return {(c.subject, c.value) for c in extract(text, "2025-06-26") if c.measure == "personnel.target"}


def test_the_countrys_own_mandate() -> None:
    assert ("DEU", 250) in _targets(STORY)


def test_a_council_ceiling_has_no_country() -> None:
    text = STORY + "The Security Council's resolution keeps the mission's ceiling at 15,000 troops."
    assert ("DEU", 15000) not in _targets(text)
