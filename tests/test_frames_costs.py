"""What a contributor spends on its own force is what the force costs it, not money given to the
mission; the UN's assessed budget makes no donor (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract

SOMALIA = "The African Union mission in Somalia, AUSSOM, has about 11,000 soldiers. "


def _money(text: str) -> list[tuple[str, float]]:
    return [
        (c.measure, float(c.value)) for c in extract(text, "2025-06-10") if c.measure.startswith("funding.")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (SOMALIA + "The government has spent about $75 million of its own money since January.", 75_000_000),
        (SOMALIA + "The treasury had spent $40 million on the deployment by the end of March.", 40_000_000),
        (
            SOMALIA + "Officials said the ministry had spent $12 million to keep its contingent supplied.",
            12_000_000,
        ),
    ],
)
def test_spending_on_ones_own_force_is_its_cost(text: str, value: float) -> None:
    assert ("funding.required", value) in _money(text)


def test_spending_for_the_mission_is_a_contribution() -> None:
    text = (
        SOMALIA
        + "The European Union spent more than $90 million on fuel, flights and bases since AUSSOM began."
    )
    got = _money(text)
    assert ("funding.contributed", 90_000_000) in got, got


def test_the_un_assessed_budget_makes_no_donor() -> None:
    text = SOMALIA + "The new support office will be paid for by the United Nations from its assessed budget."
    assert not [c for c in extract(text, "2025-06-10") if c.measure == "donor" and c.subject == "UN"]
