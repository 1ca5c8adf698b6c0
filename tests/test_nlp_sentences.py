"""Sentence splitting around abbreviations."""

from __future__ import annotations

import pytest

from missionwatch.nlp.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke. She left.",
            ["U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke.", "She left."],
        ),
        (
            "Lt. Col. Jean Baptiste arrived. Then he spoke.",
            ["Lt. Col. Jean Baptiste arrived.", "Then he spoke."],
        ),
        ("Guns come from the U.S. The gangs use them.", ["Guns come from the U.S.", "The gangs use them."]),
        ("It ends on Jan. 31, 2027. Good.", ["It ends on Jan. 31, 2027.", "Good."]),
        ("Headline without stop\nBody one. Body two.", ["Headline without stop", "Body one.", "Body two."]),
        ("“We will win,” he said. “Soon.”", ["“We will win,” he said.", "“Soon.”"]),
        (
            "The plane landed at 9:16 a.m. local time on Tuesday.",
            ["The plane landed at 9:16 a.m. local time on Tuesday."],
        ),
        (  # a footnote mark after the full stop ends the sentence with it
            "The offer never arrived.[4] Chad sent police instead.",
            ["The offer never arrived.[4]", "Chad sent police instead."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_offsets_are_exact_substrings() -> None:
    text = "  One. Two?  Three!\n\nFour"
    for a, b in split_sentences(text):
        assert text[a:b] == text[a:b].strip()
        assert text[a:b]


def test_pipeline_sentences_match_the_splitter() -> None:
    from missionwatch.nlp.rules import get_extractor

    text = "U.S. Ambassador Linda Thomas-Greenfield spoke. The MSS has 400 officers.\nNew paragraph here."
    nlp = get_extractor()
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    # spaCy keeps a trailing newline token inside the sentence; the starts are the same
    assert [s.start_char for s in doc.sents] == [a for a, _ in split_sentences(text)]
    assert [type(x).__name__ for x in doc._.mw_found["mw_quantities"]] == ["Quantity"]
