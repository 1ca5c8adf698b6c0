"""A mission's own people: "ATMIS at its peak, which had sent 5,000 soldiers home" (a relative
pronoun's antecedent is the mission) and "by the time ATMIS closed, 7,000 of its soldiers had been
drawn down" (the possessive of a sentence that names only the mission) are the mission's, not a
country's from the sentences before."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


@pytest.mark.parametrize(
    "text",
    [
        "Britain paid for training. That is smaller than ATMIS at its peak, which had already sent 4,000 "
        "soldiers home during 2023.",
        "The United States paid for the bases. By the time ATMIS closed in December, about 4,000 of its "
        "soldiers had been drawn down.",
    ],
)
def test_the_missions_own_returns(text: str) -> None:
    got = {(c.measure, c.subject) for c in extract(text, "2024-12-20") if c.value == 4000}
    assert got == {("personnel.returned", None)}, got
