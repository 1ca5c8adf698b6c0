"""A sending told in the simple past ("Belize promised 50 and sent two officers") is one movement,
an arrival, whether or not the sentence dates it; "has sent" and "had sent" stay the running total."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

LEAD = "The Multinational Security Support mission in Haiti is growing slowly. "


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Barbados offered 40 and sent three senior police officers.", "personnel.arrived"),
        (
            "Barbados, which offered 40, sent three senior police officers with the Kenyan flight.",
            "personnel.arrived",
        ),
        ("Barbados has sent three senior police officers so far.", "personnel.deployed"),
    ],
)
def test_a_simple_past_sending_is_an_arrival(sentence: str, measure: str) -> None:
    got = {(c.measure, c.subject) for c in extract(LEAD + sentence, "2024-10-01") if c.value == 3}
    assert got == {(measure, "BRB")}, got
