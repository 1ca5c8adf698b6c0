"""Who leads a mission, told as thanks for leading, as the one chosen to lead, or on a fact box's
"Led by" line (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

LEAD = (
    "Haiti force falls short\n\n"
    "The Multinational Security Support mission (MSS) in Haiti is short of money.\n\n"
)


def leads(text: str) -> set[tuple[str | None, str]]:
    return {(c.mission, str(c.subject)) for c in extract(text, "2025-03-01") if c.measure == "mission.lead"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The representative of Haiti thanked Kenya for leading the mission and its officers for courage.",
        "Haiti asked, the Security Council agreed, and Kenya was chosen to lead.",
        "Led by: Kenya",
        "- Led by Kenya since June 2024.",
    ],
)
def test_the_lead_told_otherwise(sentence: str) -> None:
    assert ("MSS", "KEN") in leads(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "* Commanded by Kenyan Major General John Otieno.",  # an officer's nationality, not a lead
        "Jamaica was asked to lead the talks on the force's funding.",  # talks, not the force
        "Jamaica was chosen to host the conference.",
        "Diplomats thanked Jamaica for its patience.",
    ],
)
def test_no_lead_without_a_force_led(sentence: str) -> None:
    assert not leads(LEAD + sentence)
