"""A mandate's end in shapes the frames missed: "its mandate runs until …" read by the tagger as
the noun "mandate runs", a "whose" clause hung on the place beside the force, a decision that ends a
mandate from a day ("terminated the mandate as of 3 December", "decided to end the mandate on 30
June"), and an act that ends it with no other day to end it ("leaders ended the mandate on
Thursday": the independent golds date such an end on the act's day about fifteen times to three) —
while a decision to end it later ("On 13 March leaders decided to end the mandate") is no end
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _expiries(text: str, published: str) -> set[tuple[str | None, str]]:
    return {(c.mission, str(c.value)) for c in extract(text, published) if c.measure == "mandate.expiry"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "UNAMA works from Kabul. A political mission, not a force; its mandate runs until 17 March 2027.",
            "2026-05-01",
            ("UNAMA", "2027-03-17"),
        ),
        (
            "UNMISS, whose current mandate runs until 30 April 2027, has some 14,000 troops and police.",
            "2026-05-01",
            ("UNMISS", "2027-04-30"),
        ),
        (
            "UNIFIL is drawing down. Fiji keeps 150 troops with the UN Disengagement Observer Force (UNDOF) "
            "on the Golan Heights, whose mandate runs until 31 December 2026.",
            "2026-07-01",
            ("UNDOF", "2026-12-31"),
        ),
        (
            "The Security Council decided to terminate the mandate of UNITAMS on 3 December.",
            "2023-12-01",
            ("UNITAMS", "2023-12-03"),
        ),
        (
            "The Council decided to end the mandate of MINUSMA as of 30 June 2023 and asked it to leave.",
            "2023-06-30",
            ("MINUSMA", "2023-06-30"),
        ),
        (
            "The Council ended the mandate of UNITAMS, effective 3 December 2023, and asked it to leave.",
            "2023-12-01",
            ("UNITAMS", "2023-12-03"),
        ),
    ],
)
def test_a_mandates_end(text: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in _expiries(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "On 13 March SADC leaders decided to end the SAMIDRC mandate and to begin a withdrawal.",
        "The Council decided on 22 December, unanimously, to end the mandate of UNAMID.",
    ],
)
def test_the_day_of_a_decision_to_end_it_is_no_end(text: str) -> None:
    assert not _expiries(text, "2025-03-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SADC leaders ended the mandate of SAMIM on Thursday.", ("SAMIM", "2025-03-13")),
        (
            "On 13 March, an extraordinary SADC summit terminated SAMIDRC's mandate and ordered an exit.",
            ("SAMIDRC", "2025-03-13"),
        ),
        (
            "Last Thursday, at a virtual summit, the leaders of SADC ended the mandate of SAMIDRC.",
            ("SAMIDRC", "2025-03-13"),
        ),
    ],
)
def test_an_act_with_no_other_day_ends_it_that_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in _expiries(text, "2025-03-17")


def test_an_act_in_a_text_that_gives_the_day_it_takes_effect_does_not() -> None:
    text = (
        "The Council ended the mandate of UNITAMS on Friday. The termination takes effect on "
        "Sunday, with effect from 3 December, the resolution says."
    )
    assert ("UNITAMS", "2023-12-01") not in _expiries(text, "2023-12-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The GSF authorisation runs for an initial twelve months.", ("GSF", 12)),
        ("The text gives the MSS an initial period of twelve months.", ("MSS", 12)),
    ],
)
def test_a_length_told_of_the_authorisation_or_as_a_period(text: str, expected: tuple[str, int]) -> None:
    # "authorisation runs" parsed as a compound; "a period of twelve months" given to a mission
    got = {(c.mission, c.value) for c in extract(text, "2025-09-30") if c.measure == "mandate.duration"}
    assert expected in got


def test_time_given_to_withdraw_is_no_length_of_a_mandate() -> None:
    text = "The Council gave MINUSMA six months to withdraw."
    assert not [c for c in extract(text, "2023-06-30") if c.measure == "mandate.duration"]
