"""An interview's or explainer's bare count read in the frame of the question it answers ("How many
officers are in Haiti?" — "Roughly 430, officials say"); sentences written for these tests."""

from __future__ import annotations

from missionwatch.nlp import extract


def _people(text: str, published: str = "2024-10-01") -> list[tuple[str, str | None, float]]:
    return [
        (c.measure, c.subject, float(c.value))
        for c in extract(text, published)
        if c.measure.startswith("personnel.")
    ]


def test_a_bare_count_answers_how_many_are_there() -> None:
    text = (
        "Explainer: the mission at one year.\n\nThe Kenyan-led mission was authorised last year.\n\n"
        "How many officers are actually in Haiti?\n\nAbout 615, going by the mission's own count."
    )
    assert ("personnel.deployed", None, 615.0) in _people(text)


def test_a_ceiling_question_makes_its_answer_a_ceiling() -> None:
    text = (
        "Explainer: the new force.\n\nThe Council voted on Tuesday.\n\n"
        "How many personnel can the force have?\n\nUp to 4,800, under the resolution."
    )
    assert ("personnel.target", None, 4800.0) in _people(text)


def test_the_people_a_question_asks_about_own_the_answer() -> None:
    text = (
        "Interview: a contingent in Lebanon.\n\nThe colonel spoke to us in Naqoura.\n\n"
        "How many Irish soldiers serve in the sector today?\n\nAround 340, he says."
    )
    assert ("personnel.deployed", "IRL", 340.0) in _people(text)


def test_a_part_of_the_unit_or_a_thing_counted_is_no_strength() -> None:
    text = (
        "Interview: a police unit.\n\nThe commander spoke from Bangui.\n\n"
        "How many women serve in your unit?\n\nThirty-six, more than ever.\n\n"
        "How many countries send police?\n\nAbout 40."
    )
    assert _people(text) == []


def test_a_bare_count_answers_how_many_are_displaced() -> None:
    text = (
        "Interview: displacement.\n\nThe coordinator spoke to us last week.\n\n"
        "How many people are displaced in Haiti today?\n\nAbout 1.2 million across the country."
    )
    got = [(c.measure, c.subject, float(c.value)) for c in extract(text, "2025-11-01")]
    assert ("displaced", "HTI", 1200000.0) in got
