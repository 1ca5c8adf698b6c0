"""A humanitarian figure takes the narrowest place its clause names that holds all of it: one town
named for the incident beats the department or state around it, whichever is written first; two
towns, or a town where only part of the figure happened, leave it to the region."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def places(sentence: str, measure: str) -> set[str | None]:
    claims = extract("Haiti violence. " + sentence, "2025-01-10")
    return {c.subject for c in claims if c.measure == measure}


@pytest.mark.parametrize(
    ("sentence", "measure", "place"),
    [
        ("In the Centre department, a gang raid on Hinche on Tuesday killed 18 people.", "killed", "Hinche"),
        (
            "In the Artibonite department, a raid on Saint-Marc displaced 7,000 people.",
            "displaced",
            "Saint-Marc",
        ),
    ],
)
def test_one_town_beats_its_department(sentence: str, measure: str, place: str) -> None:
    assert places(sentence, measure) == {place}


@pytest.mark.parametrize(
    ("sentence", "measure", "place"),
    [
        (
            "In the Centre department, raids on Hinche and Mirebalais killed 18 people.",
            "killed",
            "Centre department",
        ),
        (
            "In the Centre department, 180 people were killed, mostly in Hinche.",
            "killed",
            "Centre department",
        ),
    ],
)
def test_several_towns_or_a_part_keep_the_department(sentence: str, measure: str, place: str) -> None:
    assert places(sentence, measure) == {place}
