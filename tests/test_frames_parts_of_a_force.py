"""A part of a force told in its own sentence (v2): "About 700 of them are Kenyan" after the force's
count is Kenya's deployed strength; a country's count in the host with no verb of its own ("Kenya's
roughly 700 officers in Haiti") is what it has there; a part "of them" that counts no one's people
is no claim (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _people(text: str) -> set[tuple[str, str | None, float]]:
    return {
        (c.measure, c.subject, float(c.value))
        for c in extract(text, "2025-12-11")
        if c.measure.startswith("personnel.")
    }


def test_a_part_of_them_said_to_be_of_a_nationality() -> None:
    got = _people("The GSF now has about 1,100 personnel. About 750 of them are Kenyan.")
    assert ("personnel.deployed", "KEN", 750.0) in got


def test_a_countrys_own_count_in_the_host() -> None:
    got = _people(
        "Officials say allowances for Kenya's roughly 750 officers in Haiti cost Sh1.3 billion a year."
    )
    assert ("personnel.deployed", "KEN", 750.0) in got


def test_members_of_them_are_no_ones_people() -> None:
    text = "The GSF has about 1,100 personnel. The Council has 15 members, 13 of them in favour of the text."
    assert not any(v == 13.0 for _, _, v in _people(text))


def test_members_counted_by_their_vote_are_no_ones_people() -> None:
    text = (
        "When the Council approved the MSS in October 2023, with thirteen members in favour and two "
        "abstaining, the mission was designed for 2,500 personnel."
    )
    got = _people(text)
    assert not any(v == 13.0 for _, _, v in got)
    assert ("personnel.target", None, 2500.0) in got
