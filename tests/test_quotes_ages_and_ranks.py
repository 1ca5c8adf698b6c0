"""An age in a speaker's description ("the 47-year-old officer", "a 52-year-old farmer in X") is
part of the description, and a general noun ("the officer", "the diplomat") points back to the
person named earlier with a rank or title it covers (kept as data: back_references.hypernyms)."""

from __future__ import annotations

from missionwatch.nlp import extract


def _quotes(text: str) -> list[str | None]:
    return [c.subject for c in extract(text, "2026-03-01") if c.measure == "quote"]


def test_the_aged_officer_is_the_colonel_named_before() -> None:
    text = (
        "The battalion's commander, Lieutenant-Colonel Tomas Varga, met reporters in Naqoura. "
        '"We rotate in April," he said. "The families know the risks," the 44-year-old officer added.'
    )
    assert _quotes(text) == ["Tomas Varga", "Tomas Varga"], _quotes(text)


def test_the_diplomat_is_the_ambassador_named_before() -> None:
    text = 'Ambassador Ines Okoro spoke after the vote. "This force needs money," the diplomat said.'
    assert _quotes(text) == ["Ines Okoro"], _quotes(text)


def test_an_aged_unnamed_speaker_keeps_their_description() -> None:
    text = 'A 61-year-old fisherman in Tyre said: "The boats stay in port."'
    got = _quotes(text)
    assert got and got[0] is not None and "fisherman" in got[0], got


def test_said_the_head_of_a_body_working_somewhere_keeps_the_whole_description() -> None:
    text = '"Families run again," said the head of a local charity working in Bunia.'
    assert _quotes(text) == ["head of a local charity working in Bunia"], _quotes(text)
