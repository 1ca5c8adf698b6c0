"""What sending a country's people costs is that country's cost: "the cost of sending 800 Rwandan
soldiers was put at $90 million", "Rwanda estimated that sending its contingent would cost $90
million"; a place the cost is for ("the cost of the Kosovo mandate") pays nothing."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

LEAD = "The Multinational Security Support mission in Haiti. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The cost of sending 800 Rwandan soldiers was put at $90 million.",
        "Rwanda estimated last year that sending its contingent would cost $90 million.",
    ],
)
def test_the_senders_cost(sentence: str) -> None:
    got = {(c.measure, c.subject) for c in extract(LEAD + sentence, "2024-05-01") if c.value == 90_000_000}
    assert got == {("funding.required", "RWA")}, got
