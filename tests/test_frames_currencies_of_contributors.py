"""Money in the currencies of the countries that send and host forces ("GH₵ 18 million", "NPR 1.1
billion", "B$2.5 million", "25 million quetzales", "310 million pula"), their country the payer where
the budget is a government's own; and a "whose" budget the parse hung on the main verb (lines written
for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def money(text: str) -> set[tuple[str, str | None, str]]:
    return {
        (c.measure, c.subject, str(c.value))
        for c in extract(text, "2025-02-01")
        if c.measure.startswith("funding.")
    }


@pytest.mark.parametrize(
    ("text", "payer", "value"),
    [
        ("Government has budgeted GH₵ 18 million for pre-deployment training for UNIFIL.", "GHA", "18000000"),
        ("The Army has set aside NPR 1.1 billion for the UNIFIL deployment.", "NPL", "1100000000"),
        ("The Bahamian government has set aside B$2.5 million for the MSS deployment.", "BHS", "2500000"),
        ("Guatemala approved 25 million quetzales for its deployment to the MSS.", "GTM", "25000000"),
        ("The deployment to SAMIDRC has cost Malawi MWK 4 billion so far.", "MWI", "4000000000"),
    ],
)
def test_a_budget_in_a_contributors_currency(text: str, payer: str, value: str) -> None:
    assert ("funding.required", payer, value) in money(text)


def test_a_name_like_a_currency_is_no_money() -> None:
    assert not money("Mr Tk said the army would go to UNIFIL.")


def test_a_whose_budget_before_its_verb() -> None:
    got = money(
        "MINURSO, whose approved budget for the year ending 30 June 2026 is about $68 million, "
        "deploys observers."
    )
    assert ("funding.required", None, "68000000") in got


def test_south_asian_scales() -> None:
    got = money("Officials estimate the first year of the GSF deployment at roughly Tk 1,200 crore.")
    assert ("funding.required", "BGD", "12000000000") in got
    assert ("funding.required", "BGD", "5000000") in money(
        "The army has set aside 50 lakh taka for the GSF deployment."
    )
