"""Who drafted a text, told in shapes beyond "drafted by X": a draft named before its number, a
partner "with" the text, countries joined in one word, a label line, negotiations led on the text
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

VOTE = (
    "UN council renews Haiti force\n\n"
    "UNITED NATIONS, Sept 30 - The Security Council on Monday adopted resolution 2751, renewing the"
    " Kenya-led Multinational Security Support mission in Haiti for a year.\n\n"
)


def pens(text: str, published: str = "2024-09-30") -> set[tuple[str | None, str, object]]:
    return {
        (c.mission, str(c.subject), c.value)
        for c in extract(text, published)
        if c.measure == "council.penholder"
    }


def test_a_draft_named_before_its_number_takes_it_and_its_mission() -> None:
    text = (
        "LIVE: Council to vote on Haiti force\n\n"
        "09:10 - Members are gathering for the vote on the future of the mission in Haiti.\n\n"
        "09:20 - The draft in front of members was prepared by the United States and Panama.\n\n"
        "10:05 - Resolution 2793 is adopted by 12 votes to none, with three abstentions.\n"
    )
    got = pens(text, "2025-09-30")
    assert {("GSF", "USA", 2793), ("GSF", "PAN", 2793)} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States, which drafted the resolution with Ecuador, welcomed the vote.",
        "Ecuador's delegation, which drafted the text with Washington, spoke next.",
        "Council members voted on a U.S.-Ecuadorian draft after a week of talks.",
        "Council members voted on a US-Ecuador draft after a week of talks.",
        "Speaking after the vote, the representative of the United States, who co-led the drafting with"
        " Ecuador, said the mission had made gains.",
    ],
)
def test_both_drafters_are_read(sentence: str) -> None:
    got = pens(VOTE + sentence)
    assert {("MSS", "USA", 2751), ("MSS", "ECU", 2751)} <= got


def test_negotiations_led_on_the_text_make_a_penholder() -> None:
    got = pens(VOTE + "The representative of Ecuador, which led negotiations on the text, thanked members.")
    assert ("MSS", "ECU", 2751) in got


def test_a_label_line_names_the_drafters() -> None:
    text = (
        "FACT BOX: Haiti's security mission\n\n"
        "Authorised: 2 October 2023, resolution 2699 (13 in favour, 0 against, 2 abstentions)\n"
        "Drafted by: United States and Ecuador\n"
    )
    got = pens(text, "2024-05-01")
    assert {("MSS", "USA", 2699), ("MSS", "ECU", 2699)} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote came as a US-Ecuador trade deal was signed in Quito.",
        "Ecuador, which discussed the text with Chile, abstained on an earlier draft.",
    ],
)
def test_no_drafter_without_a_drafted_text(sentence: str) -> None:
    got = pens(VOTE + sentence)
    assert not any(s == "ECU" for _, s, _ in got)


def test_a_new_draft_circulated_with_a_partner_is_not_the_resolution_discussed() -> None:
    text = VOTE + "The United States recently circulated a draft resolution with Ecuador asking for a plan."
    assert not any(s == "ECU" for _, s, _ in pens(text))
