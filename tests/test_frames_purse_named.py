"""A participle after a sum that names the purse it comes out of ("paid from the regular budget")
says where a budget's money comes from, not that money was paid: the budget noun decides.
Sentences written for these tests; the first failed before, the others are guards."""

from __future__ import annotations

from missionwatch.nlp import extract


def _claims(text: str) -> set[tuple[str, object]]:
    return {(c.measure, c.value) for c in extract(text, "2025-06-01", extractor="frames")}


def test_a_budget_paid_from_another_budget_is_what_it_needs() -> None:
    text = (
        "Iraq\n\nUNAMI's budget for this year is about $64 million, paid from the UN regular budget "
        "rather than the peacekeeping account."
    )
    claims = _claims(text)
    assert ("funding.required", 64000000) in claims
    assert ("funding.contributed", 64000000) not in claims


def test_money_a_donor_paid_stays_paid() -> None:
    text = "Haiti\n\nCanada paid $12 million into the MSS trust fund in March."
    assert ("funding.contributed", 12000000) in _claims(text)


def test_a_yearly_sum_paid_through_a_budget_still_answers_its_question() -> None:
    text = (
        "UNIFIL explained\n\nWhat does it cost?\n\nRoughly $500 million a year, paid through the "
        "peacekeeping budget."
    )
    assert ("funding.required", 500000000) in _claims(text)
