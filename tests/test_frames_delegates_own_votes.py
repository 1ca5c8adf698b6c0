"""A delegate telling its own country's vote: "the speaker for X said his delegation had supported
the text", "the United States says it voted yes", "Washington had voted yes", "while voting in
favour, the representative of X said" — and not a pronoun that is no delegate's (lines written for
these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

DECISION = "The Security Council on Friday adopted resolution 2732 on UNAMI by 15 votes to none.\n\n"


def votes(text: str) -> set[tuple[str | None, str]]:
    return {
        (c.subject, str(c.value))
        for c in extract(DECISION + text, "2024-05-31")
        if c.measure == "council.member_vote"
    }


def test_a_speaker_for_a_country() -> None:
    assert ("CHN", "yes") in votes("The speaker for China said his delegation had supported the text.")


def test_a_country_saying_it_voted_yes() -> None:
    assert ("USA", "yes") in votes("The United States says it voted yes, with deep concern for civilians.")


def test_a_capital_that_voted_yes() -> None:
    assert ("USA", "yes") in votes(
        "A US official said Washington had voted yes because the mission asked to close."
    )


def test_voting_in_favour_before_speaking() -> None:
    got = votes(
        "Speaking after voting in favour, the representative of Denmark said the staff must be protected."
    )
    assert ("DNK", "yes") in got


def test_while_voting_in_favour() -> None:
    got = votes("The representative of Slovenia, while voting in favour, said the timetable was tight.")
    assert ("SVN", "yes") in got


def test_a_pronoun_that_is_no_delegate() -> None:
    assert votes("Mr. Osei said the Council voted yes after a long night.") == set()
