"""A fact box's line of a mandate's end that names no Council word ("- New end date: Jan. 31,
2027"), a force "which Kenya offered to lead" (the relative is the infinitive's object), and a present
"China and Russia abstain" the tagger takes for an adverb (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def claims(text: str, published: str) -> set[tuple[str, str | None, str]]:
    return {(c.measure, c.subject, str(c.value)) for c in extract(text, published)}


def test_a_new_end_date_line() -> None:
    got = claims(
        "The Security Council renewed BINUH on Thursday.\n\n- New end date: Jan. 31, 2027.", "2026-01-30"
    )
    assert ("mandate.expiry", None, "2027-01-31") in got


def test_an_end_date_line_needs_its_year() -> None:
    got = claims("The Security Council renewed BINUH on Thursday.\n\n- End date: 31 January", "2026-01-30")
    assert not any(m == "mandate.expiry" for m, _, _ in got)


def test_a_force_a_country_offered_to_lead() -> None:
    got = claims(
        "They are the vanguard of the Multinational Security Support mission (MSS), which Kenya offered "
        "to lead last year.",
        "2024-06-26",
    )
    assert ("mission.lead", "KEN", "MSS") in got


def test_a_force_a_country_refused_to_lead() -> None:
    got = claims("The force, which Kenya refused to lead, never came.", "2024-06-26")
    assert not any(m == "mission.lead" for m, _, _ in got)


def test_a_present_abstention_after_a_tally() -> None:
    got = claims(
        "The Security Council renewed the Multinational Security Support mission in Haiti on Monday. "
        "Thirteen votes in favour; China and Russia abstain.",
        "2024-09-30",
    )
    assert {("council.member_vote", "CHN", "abstain"), ("council.member_vote", "RUS", "abstain")} <= got
