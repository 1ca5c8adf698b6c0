"""Not every council is the Security Council, and the Council never votes budgets: "the Council of
the EU extended it", "the Council extended it" of an EU operation the Security Council never
mandated, and a budget or a sum "approved" are no Council decisions."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _adopted(text: str) -> list[str]:
    return [str(c.value) for c in extract(text, "2025-07-02") if c.measure == "council.adopted"]


def test_the_council_of_the_eu_is_another_body() -> None:
    text = "EUMA watches the border. In March the Council of the European Union extended it by two years."
    assert _adopted(text) == []


def test_the_council_of_an_eu_operation_is_the_eus() -> None:
    assert (
        _adopted("Operation Atalanta escorts ships. In December the Council extended it by two years.") == []
    )


def test_the_security_council_on_an_eu_force_it_authorises_still_counts() -> None:
    text = (
        "EUFOR Althea keeps 1,100 troops in Bosnia. "
        "In November the Security Council extended its authorisation."
    )
    assert _adopted(text) != []


def test_a_budget_approved_is_the_assemblys() -> None:
    assert _adopted("The General Assembly approved a budget of $1.2 billion for UNMISS on Monday.") == []
    assert _adopted("The sum compares with $6.1 billion approved for 2023-24 for UNMISS and the rest.") == []
