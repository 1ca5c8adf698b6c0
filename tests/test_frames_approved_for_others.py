"""Money a donor approves to support another's force ("the European Union approved €15 million from
its Peace Facility to support the deployment") is promised by that donor; a budget a body that votes
budgets approves stays what is needed."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _money(text: str) -> set[tuple[str, str | None]]:
    return {
        (c.measure, c.subject)
        for c in extract(text, "2023-05-01")
        if c.unit and c.measure.startswith("funding")
    }


def test_a_donor_approving_support_pledges_it() -> None:
    text = (
        "The European Union approved 15 million euros from its Peace Facility to support the Rwandan troops."
    )
    assert _money(text) == {("funding.pledged", "EUU")}


def test_a_budget_the_assembly_approves_is_needed() -> None:
    text = "The General Assembly approved $5.4 billion to fund peacekeeping operations for the year."
    assert {m for m, _ in _money(text)} == {"funding.required"}
