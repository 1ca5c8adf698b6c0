"""Unnamed speakers and what is no name: "a Libyan Red Crescent volunteer in Derna told …" is the
volunteer, not the town; "Secondly, Hon. Speaker," makes no person "Secondly"."""

from __future__ import annotations

from missionwatch.nlp import extract


def test_a_volunteer_somewhere_speaks() -> None:
    text = (
        'Floods hit Libya. "We are still counting the missing," a Libyan Red Crescent volunteer in Derna '
        "told aid workers on Tuesday."
    )
    speakers = {c.subject for c in extract(text, "2023-09-20") if c.measure == "quote"}
    assert speakers == {"a Libyan Red Crescent volunteer in Derna"}


def test_a_sentence_adverb_is_no_name() -> None:
    text = (
        "Statement in the House\n\nHon. Jane Wairimu Kamau (Nyeri Town, UDA): Secondly, Hon. Speaker, what "
        "will our officers do in Goma?"
    )
    assert not any(c.subject == "Secondly" for c in extract(text, "2022-11-17"))
