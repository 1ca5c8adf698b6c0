"""A ranking of what operations cost ("the most expensive, at $N, followed by A at $M and B at $K")
gives each its budget; in such a list a country hosting one force stands for it, and an apposition
the parse hangs on a nearer noun still names the operation given the sum."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

LEAD = "The Fifth Committee approved the peacekeeping budget on Friday. "


def _budgets(text: str) -> set[tuple[str | None, float]]:
    return {
        (c.mission, c.value) for c in extract(LEAD + text, "2025-07-02") if c.measure == "funding.required"
    }


def test_the_most_expensive_at_a_sum() -> None:
    got = _budgets("The Lebanon force, UNIFIL, is once more the costliest operation, at about $510 million.")
    assert ("UNIFIL", 510_000_000) in got, got


def test_followed_by_countries_that_host_one_force() -> None:
    got = _budgets(
        "The mission in South Sudan stays the most expensive, at $1.2 billion, followed by the Central "
        "African Republic at $1.05 billion and the Democratic Republic of the Congo at $0.98 billion."
    )
    assert {("UNMISS", 1_200_000_000), ("MINUSCA", 1_050_000_000), ("MONUSCO", 980_000_000)} <= got, got


def test_an_apposition_hung_on_a_nearer_noun_names_the_receiver() -> None:
    got = _budgets("The monitoring force on the Golan Heights, UNDOF, gets about $64 million.")
    assert ("UNDOF", 64_000_000) in got, got


def test_a_country_in_a_relative_clause_is_no_item() -> None:
    got = _budgets(
        "UNISFA, which patrols the border between Sudan and South Sudan, was given $310 million, "
        "while MINURSO received $70 million."
    )
    assert ("UNISFA", 310_000_000) in got and ("UNMISS", 310_000_000) not in got, got
