"""A participle or a relative clause without "that" on a figure set against another ("far short of
the 2,500 personnel initially envisaged", "against the 2,500 officers its contributors have
envisaged") says what that figure is, even where the parse hangs its verb on the main clause."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

LEAD = "The Multinational Security Support mission in Haiti is short of people. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly 410 police officers were now on the ground, far short of the 2,500 personnel initially "
        "envisaged.",
        "The mission now has around 410 police officers on the ground against the 2,500 personnel its "
        "contributors have envisaged.",
    ],
)
def test_the_standard_is_what_its_own_clause_says(sentence: str) -> None:
    got = {(c.measure, c.value) for c in extract(LEAD + sentence, "2025-03-01") if c.unit == "persons"}
    assert got == {("personnel.deployed", 410), ("personnel.target", 2500)}, got
