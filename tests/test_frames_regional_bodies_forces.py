"""A regional body's force named by the body ("a Southern African Development Community force",
"SADC is preparing its own mission") is that body's force in the country the article's missions
serve in, running then or about to start."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

LEAD = (
    "The East African Community Regional Force (EACRF) is pulling out of the Democratic Republic of Congo. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Southern African Development Community is getting its own mission ready, with Malawi and "
        "Tanzania expected to provide soldiers.",
        "A Southern African Development Community force with soldiers from Malawi and Tanzania is "
        "expected to arrive before January.",
    ],
)
def test_the_bodys_force_about_to_start_in_that_country(sentence: str) -> None:
    got = {
        (c.mission, c.subject) for c in extract(LEAD + sentence, "2023-12-01") if c.measure == "contributor"
    }
    assert got == {("SAMIDRC", "MWI"), ("SAMIDRC", "TZA")}, got
