"""In an interview told as questions and answers, a quotation that opens the paragraph after a
question is the interviewee's answer (texts written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import people
from missionwatch.nlp.people import extract_people, split_sentences


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone: results must not depend on whether the optional spaCy model is installed."""
    monkeypatch.setattr(people, "model_person_spans", lambda text: [])


def quotes_of(text: str) -> dict[str, str]:
    return {
        str(c.value): c.subject or ""
        for c in extract_people(text, split_sentences(text))
        if c.measure == "quote"
    }


SPOKE_TO_US = (
    "Colonel Amara Tshabalala, the force's outgoing chief of staff, spoke to us in Pemba.\n\n"
    "How many soldiers are left?\n\n"
    '"We are down to about 900, and the last of them leave in July."\n\n'
    "Was the money there?\n\n"
    '"Never enough."\n'
)

WE_SPOKE_TO_HER = (
    "Wanjiku Mbeki, a researcher at a Nairobi institute, has followed the deployment since it began."
    " We spoke to her after the latest flight landed.\n\n"
    "Is the tide turning?\n\n"
    '"It matters, but the arithmetic is unkind."\n'
)


def test_an_answer_after_a_question_is_the_interviewee_s() -> None:
    got = quotes_of(SPOKE_TO_US)
    assert got.get("We are down to about 900, and the last of them leave in July.") == "Amara Tshabalala"
    assert got.get("Never enough.") == "Amara Tshabalala"


def test_the_interviewee_named_in_the_sentence_before_we_spoke_to_her() -> None:
    assert quotes_of(WE_SPOKE_TO_HER).get("It matters, but the arithmetic is unkind.") == "Wanjiku Mbeki"


def test_without_an_interview_a_quotation_after_a_question_has_no_speaker() -> None:
    text = (
        "Amara Tshabalala, the force's chief of staff, left Pemba on Monday.\n\n"
        "Will the force be replaced?\n\n"
        '"Nobody knows."\n'
    )
    assert "Nobody knows." not in quotes_of(text)
