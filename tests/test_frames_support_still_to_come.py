"""Money that a noun of giving names ("support", "aid"), sized by a verb still to come ("would double
its support to $200 million", "its aid would total $90 million"), is promised, not paid."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

LEAD = "The Multinational Security Support mission in Haiti needs money. "


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Ottawa would double its support for the mission to $90 million.", "funding.pledged"),
        ("The minister said Canada's aid to the mission would total $90 million.", "funding.pledged"),
        ("Canada's aid to the mission totalled $90 million last year.", "funding.contributed"),
    ],
)
def test_a_level_still_to_come_is_a_pledge(sentence: str, measure: str) -> None:
    got = {c.measure for c in extract(LEAD + sentence, "2024-04-01") if c.value == 90_000_000}
    assert got == {measure}, got
