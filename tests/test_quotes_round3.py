"""Quotes, third round: an unnamed speaker keeps where they are ("a diplomat from an Andean
delegation", "a logistics officer at the brigade depot") when more is told of them before the verb, and
"the diplomat said" later points back to the whole description as introduced. Every sentence here is
written for these tests; the people in them are invented. Each test fails on 043643f."""

from __future__ import annotations

import pytest

from missionwatch.nlp import people
from missionwatch.nlp.people import extract_people, split_sentences


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: results must not depend on whether the optional spaCy model is installed."""
    monkeypatch.setattr(people, "model_person_spans", lambda text: [])


def speakers(text: str) -> dict[str, str]:
    """Quotation → its speaker."""
    return {
        str(c.value): str(c.subject)
        for c in extract_people(text, split_sentences(text), "2025-06-01")
        if c.measure == "quote"
    }


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "A logistics officer at the brigade depot who asked not to be named said the fuel had "
            "“run out in March”.",
            "run out in March",
            "logistics officer at the brigade depot",
        ),
        (
            "A delegate from a small island state that co-sponsored the text said it was "
            "“the best we could get”.",
            "the best we could get",
            "delegate from a small island state",
        ),
        (
            "“Nobody told us the trucks were coming,” a nurse at the district clinic in Batangafo "
            "told reporters.",
            "Nobody told us the trucks were coming,",
            "nurse at the district clinic",
        ),
    ],
)
def test_where_an_unnamed_speaker_is_stays_when_more_follows(text: str, quote: str, speaker: str) -> None:
    assert speaker in speakers(text)[quote]


def test_the_definite_description_points_back_to_the_whole_introduction() -> None:
    text = (
        "A diplomat from an Andean delegation said the vote had been rushed. "
        "“We were given two hours to read forty pages,” the diplomat said."
    )
    assert speakers(text)["We were given two hours to read forty pages,"].endswith(
        "from an Andean delegation"
    )


def test_a_senior_officer_in_the_contingent_is_who_speaks_later() -> None:
    text = (
        "A senior officer in the engineering contingent described the withdrawal as orderly. "
        "“We are leaving nothing behind,” the officer said."
    )
    assert speakers(text)["We are leaving nothing behind,"] == "senior officer in the engineering contingent"


def test_a_capital_stays_out_of_the_description() -> None:
    """Guard (passes on both): where a source sits, a capital, is still no part of who it is."""
    text = "“The money is not there,” a Western diplomat in Nairobi said."
    assert speakers(text)["The money is not there,"] == "a Western diplomat"
