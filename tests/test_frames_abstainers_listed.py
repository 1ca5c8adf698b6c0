"""Abstainers named after a colon that follows the vote ("three abstained: A, B and C") or as the
complement of "the abstaining members were"; a colon that opens a sentence about something else
names nobody. Sentences written for these tests; the first two failed before, the third is a guard."""

from __future__ import annotations

from missionwatch.nlp import extract

HEAD = (
    "Council creates force\n\nUNITED NATIONS, Sept 30 (Wire) — The Security Council on Tuesday "
    "adopted resolution 2793 creating the Gang Suppression Force. "
)


def _votes(text: str) -> set[tuple[str | None, object]]:
    return {
        (c.subject, c.value)
        for c in extract(text, "2025-09-30", extractor="frames")
        if c.measure == "council.member_vote"
    }


def test_abstainers_listed_after_a_colon() -> None:
    text = (
        HEAD
        + "Twelve members voted in favour and three abstained: China, Pakistan and the Russian Federation."
    )
    assert {("CHN", "abstain"), ("PAK", "abstain"), ("RUS", "abstain")} <= _votes(text)


def test_abstainers_as_what_the_abstaining_members_were() -> None:
    text = HEAD + "The abstaining members were China, Pakistan and the Russian Federation."
    assert {("CHN", "abstain"), ("PAK", "abstain"), ("RUS", "abstain")} <= _votes(text)


def test_a_colon_after_a_vote_that_opens_a_remark_names_no_voter() -> None:
    text = HEAD + "Three members abstained: their envoys said that Kenya and Haiti had not been consulted."
    assert not any(code in ("KEN", "HTI") for code, _ in _votes(text))
