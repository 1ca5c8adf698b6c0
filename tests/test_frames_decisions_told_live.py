"""A Council decision told in the present of a live report ("The draft is adopted.", "the Council
adopts the text") is the one on the Council's record for that day, as "has adopted" is; a past
"was adopted" with no day is not (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

BEFORE = (
    "Council members are taking their seats for today's vote on a US-Panamanian draft that would turn "
    "the Multinational Security Support mission into a Gang Suppression Force."
)
TALLY = (
    " Twelve members voted in favour and none against; China, Pakistan and the Russian Federation abstained."
)


def council(text: str) -> set[tuple[str, str | None, str]]:
    got = extract(BEFORE + "\n\n" + text + TALLY, "2025-09-30")
    return {(c.measure, c.subject, str(c.value)) for c in got if c.measure.startswith("council.")}


def test_a_draft_adopted_in_the_present() -> None:
    got = council("The draft is adopted.")
    assert ("council.adopted", "2793", "2025-09-30") in got
    assert ("council.vote", "2793", "12-0-3") in got
    assert ("council.member_vote", "RUS", "abstain") in got


def test_the_council_adopts_the_text() -> None:
    assert ("council.adopted", "2793", "2025-09-30") in council("The Council adopts the text.")


def test_a_past_adoption_without_a_day_is_not_dated_by_the_report() -> None:
    assert not any(m == "council.adopted" for m, _, _ in council("The text was adopted."))


def test_a_text_that_passes_by_a_compact_tally() -> None:
    got = extract(
        "The Security Council is voting this morning on the renewal of UNIFIL, the force in Lebanon.\n\n"
        "Result: the text, which France drafted, passes 15-0-0.",
        "2025-08-28",
    )
    assert ("council.vote", "15-0-0") in {(c.measure, str(c.value)) for c in got}
