"""Whose cost a sum is when the text says it without "cost X": a country that budgets for its own
part ("Germany budgeted 34 million euros for its contribution") pays it; what a humanitarian plan
seeks names no payer (124 golds leave its subject empty); a budget for a force, or one set by the UN,
names none either (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _required(text: str) -> dict[float, str | None]:
    return {
        float(c.value): (None if c.subject is None else str(c.subject))  # type: ignore[arg-type]
        for c in extract(text, "2025-06-01")
        if c.measure == "funding.required"
    }


@pytest.mark.parametrize(
    ("text", "value", "payer"),
    [
        (
            "Germany, which has sent soldiers since 1999, budgeted 31 million euros for its contribution "
            "to KFOR this year.",
            31_000_000.0,
            "DEU",
        ),
        ("Ireland has set aside 8 million euros for its UNDOF contingent this year.", 8_000_000.0, "IRL"),
    ],
)
def test_the_payer_the_sentence_names(text: str, value: float, payer: str) -> None:
    assert _required(text).get(value) == payer


@pytest.mark.parametrize(
    "text",
    [
        "The UN budgeted $64 million for UNDOF this year.",
        "The 2025 Haiti Humanitarian Response Plan seeks $901 million to assist 3.8 million people.",
        "Kenya's Treasury estimated the cost of the Haiti mission at $600 million a year for the force.",
    ],
)
def test_no_payer_for_a_forces_budget(text: str) -> None:
    assert set(_required(text).values()) <= {None}
