"""A relative clause on a country says what it did before; the clause it is the subject of says what
it is now."""

from __future__ import annotations

from missionwatch.nlp import extract


def test_what_the_clause_says_of_a_country_outweighs_its_relative_clause() -> None:
    claims = extract(
        "The GSF takes over next week. El Salvador and Guatemala, which already have personnel in Haiti, "
        "are expected to remain under the new flag.",
        "2025-10-01",
    )
    assert {(c.subject, c.value) for c in claims if c.measure == "contributor"} == {
        ("SLV", "expected"),
        ("GTM", "expected"),
    }


def test_a_vote_with_none_against_carried_the_text() -> None:
    claims = extract(
        "The Security Council met on BINUH today. All 15 members voted for resolution 2814, which keeps the "
        "office in place for another year.",
        "2026-01-29",
    )
    assert [(c.subject, c.value) for c in claims if c.measure == "council.adopted"] == [
        ("2814", "2026-01-29")
    ]
