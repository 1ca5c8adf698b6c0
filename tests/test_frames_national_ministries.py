"""A country's own ministry or house ("the Ministry of National Security has budgeted …", "this House
adopts …") is a national body: the sum or the pledge is the country's the story is told from."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def test_a_ministry_of_the_datelines_country_budgets_its_cost() -> None:
    text = (
        "BRIDGETOWN — The Ministry of National Security has budgeted $1.8 million for the deployment "
        "in the current fiscal year."
    )
    got = [(c.subject, c.value) for c in extract(text, "2025-02-01") if c.measure == "funding.required"]
    assert got == [("BRB", 1_800_000)], got
