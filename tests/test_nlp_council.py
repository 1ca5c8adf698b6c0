"""Council decisions: tallies, member votes, resolution numbers and their linking through the KB."""

from __future__ import annotations

from functools import partial

import pytest

from missionwatch.nlp import extract as _extract

# v1's rule tables: the sentences these rules were written for, run through v1 itself
extract = partial(_extract, extractor="rules")


def _by(text: str, published: str, measure: str) -> list[tuple[object, ...]]:
    return [(c.subject, c.value, c.mission) for c in extract(text, published) if c.measure == measure]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "The Security Council adopted resolution 2699 (2023) with 13 in favour, none against, with China "
            "and "
            "Russia abstaining.",
            "13-0-2",
        ),
        ("The Council adopted resolution 2699 by a vote of 13 to 0, with 2 abstentions.", "13-0-2"),
        ("The Council adopted resolution 2699 by a 13-0-2 vote.", "13-0-2"),
        (
            "Thirteen of the Council's members backed resolution 2699 (2023), nobody opposed it, and China "
            "and the "
            "Russian Federation abstained.",
            "13-0-2",
        ),
        ("The Security Council unanimously adopted S/RES/2751 (2024).", "15-0-0"),
        ("All 15 Council members voted for resolution 2751.", "15-0-0"),
        ("The Council adopted resolution 2793 by 12 votes to none, with three abstentions.", "12-0-3"),
        (
            "The Council adopted resolution 2699. The vote was 13-0, with China and Russia abstaining.",
            "13-0-2",
        ),
        (
            "Resolution 2699 was adopted with 13 votes in favour, none against and two abstentions "
            "(China, Russian Federation).",
            "13-0-2",
        ),
    ],
)
def test_tallies(text: str, tally: str) -> None:
    votes = [v for _, v, _ in _by(text, "2024-10-01", "council.vote")]
    assert votes == [tally]


def test_abstainers_in_the_next_sentence() -> None:
    text = (
        "Sponsored by the United States and Panama, the text was adopted as resolution 2793 with 12 votes in "
        "favour and none against. China, Pakistan and the Russian Federation abstained."
    )
    claims = extract(text, "2025-09-30")
    assert [c.value for c in claims if c.measure == "council.vote"] == ["12-0-3"]
    members = {(c.subject, c.value, c.resolution) for c in claims if c.measure == "council.member_vote"}
    assert members == {("CHN", "abstain", "2793"), ("PAK", "abstain", "2793"), ("RUS", "abstain", "2793")}
    pens = {(c.subject, c.value) for c in claims if c.measure == "council.penholder"}
    assert pens == {("USA", 2793), ("PAN", 2793)}


def test_abstainers_in_a_relative_clause_and_brackets() -> None:
    for text in (
        "The Council adopted resolution 2699 by 13 votes to none; China and Russia, which abstained, "
        "spoke after.",
        "Resolution 2699 was adopted with 13 votes in favour and two abstentions (China, Russia).",
    ):
        members = {
            (c.subject, c.value) for c in extract(text, "2023-10-03") if c.measure == "council.member_vote"
        }
        assert members == {("CHN", "abstain"), ("RUS", "abstain")}, text


def test_unnamed_resolution_is_linked_by_date() -> None:
    text = "The Security Council on Monday unanimously renewed the multinational security support mission."
    assert _by(text, "2024-09-30", "council.adopted") == [("2751", "2024-09-30", "MSS")]
    assert _by(text, "2024-09-30", "council.vote") == [("2751", "15-0-0", "MSS")]


def test_month_precision_link() -> None:
    text = "The Security Council approved the Kenyan-led mission in October 2023."
    assert _by(text, "2024-09-12", "council.adopted") == [("2699", "2023-10", "MSS")]


def test_no_link_without_a_decision_that_day() -> None:
    text = "Since the U.N.-authorised operation started in June, only about 430 officers have arrived."
    assert _by(text, "2024-10-11", "council.adopted") == []


def test_impossible_tally_is_flagged() -> None:
    text = "The Council adopted resolution 2751 (2024) with 14 in favour, 2 against and 1 abstention."
    (vote,) = [c for c in extract(text, "2024-09-30") if c.measure == "council.vote"]
    assert vote.value == "14-2-1"
    assert any(f.startswith("tally_sum") for f in vote.flags)


@pytest.mark.parametrize(
    ("text", "published", "expiry", "months"),
    [
        ("The resolution extends the MSS for another year, until October 2025.", "2024-09-30", "2025-10", 12),
        (
            "The Council on Thursday renewed the mandate of BINUH through Jan. 31, 2027.",
            "2026-01-29",
            "2027-01-31",
            None,
        ),
        ("The Council authorized the mission for an initial twelve months.", "2023-10-02", None, 12),
        ("The Council voted to extend the MSS mandate by a year.", "2024-10-11", None, 12),
        ("The Council renewed UNMISS for six months, until 30 April 2026.", "2025-10-31", "2026-04-30", 6),
    ],
)
def test_mandate(text: str, published: str, expiry: str | None, months: int | None) -> None:
    claims = extract(text, published)
    expiries = [c.value for c in claims if c.measure == "mandate.expiry"]
    durations = [c.value for c in claims if c.measure == "mandate.duration"]
    assert expiries == ([expiry] if expiry else [])
    assert durations == ([months] if months else [])


def test_well_resourced_until_is_not_an_expiry() -> None:
    text = "The Fund is still well resourced to back the mission to the end of September 2025."
    assert not [c for c in extract(text, "2025-02-05") if c.measure == "mandate.expiry"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The MSS, led by Kenya, deployed in June.", "KEN"),
        ("A multinational force headed by Kenya can now deploy to Haiti.", "KEN"),
        ("Kenya, which leads the MSS, has deployed more officers.", "KEN"),
        ("The UN approved the Multinational Security Support mission, with Kenya at its head.", "KEN"),
        ("Troops joined the Kenya-led force in Haiti.", "KEN"),
        ("Kenya is leading the multinational mission in Haiti.", "KEN"),
    ],
)
def test_mission_lead(text: str, lead: str) -> None:
    assert [s for s, _, _ in _by(text, "2024-09-30", "mission.lead")] == [lead]


def test_hyphenated_penholder() -> None:
    text = "The Council adopted the US-drafted resolution 2751 on Monday."
    assert _by(text, "2024-09-30", "council.penholder") == [("USA", 2751, "MSS")]


def test_penholders_are_not_leads() -> None:
    text = "The resolution, led by the U.S. and Ecuador, extends the MSS for another year."
    assert _by(text, "2024-09-30", "mission.lead") == []
