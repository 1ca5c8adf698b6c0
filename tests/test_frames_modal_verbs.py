"""A word a modal governs with an argument of its own is read as a verb (v2): "would authorise a
force of up to 5,550 personnel", where the tagger calls the British spelling an adverb; and a force
"with room for up to N personnel" is sized by a ceiling (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _targets(text: str) -> set[float]:
    return {float(c.value) for c in extract(text, "2025-08-25") if c.measure == "personnel.target"}


def test_a_british_spelling_after_a_modal_is_a_verb() -> None:
    text = "The draft circulated by Panama would authorise a Gang Suppression Force of up to 5,550 personnel."
    assert 5550.0 in _targets(text)


def test_room_for_a_number_is_a_ceiling() -> None:
    text = "The Council voted to turn the MSS into the larger GSF, with room for up to 5,550 personnel."
    assert 5550.0 in _targets(text)


def _measures(text: str) -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, float(c.value))
        for c in extract(text, "2025-08-25")
        if c.measure.startswith("personnel.")
    ]


def test_a_countrys_group_expected_to_number_n_is_its_pledge() -> None:
    text = (
        "Somalia update.\n\nBurundi's battalion is expected to number about 1,100, officials in Gitega said."
    )
    assert ("personnel.pledged", "BDI", 1100.0) in _measures(text)


def test_a_force_expected_to_number_n_stays_its_target() -> None:
    text = "Somalia update.\n\nThe new AU force is expected to number about 11,000 by the end of the year."
    assert [m for m, _, v in _measures(text) if v == 11000.0] == ["personnel.target"]


def test_a_participle_after_a_count_is_no_verb_of_its_own() -> None:
    text = (
        "Western Sahara.\n\nMINURSO now counts some 215 military observers and staff officers and "
        "about 230 civilian staff, spread across team sites."
    )
    got = [(m, v) for m, _, v in _measures(text)]
    assert ("personnel.deployed", 215.0) in got and ("personnel.deployed", 230.0) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The force was meant to have 3,000 personnel. Around 640 are on the ground, most of them Kenyan.",
        "Kenyan police lead the force. But there are only around 640 of them, and the capital is big.",
    ],
)
def test_a_bare_count_that_is_there_is_the_strength(sentence: str) -> None:
    assert ("personnel.deployed", None, 640.0) in _measures("Haiti update.\n\n" + sentence)


def test_a_bare_count_in_hospital_is_no_strength() -> None:
    assert not _measures("Haiti update.\n\nSome 200 are in hospital after the attack.")
