"""Money "put on the table" is offered, not paid ("put another $100 million on the table"); money put
into a fund is paid (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def money(text: str) -> set[tuple[str, str | None, str]]:
    return {
        (c.measure, c.subject, str(c.value))
        for c in extract(text, "2024-03-11")
        if c.measure.startswith("funding.")
    }


def test_money_on_the_table_is_a_pledge() -> None:
    got = money("The United States put another $100 million on the table for the MSS on Monday.")
    assert ("funding.pledged", "USA", "100000000") in got


def test_money_put_into_a_fund_is_paid() -> None:
    assert ("funding.contributed", "CAN", "50000000") in money(
        "Canada put $50 million into the trust fund for the MSS."
    )
