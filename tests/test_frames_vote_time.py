"""A strength told "at the time of the vote" is dated the day of the decision the article told, and a
plan set against a strength ("far below the 2,500 once envisaged") is the plan of that strength's
mission (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

STORY = (
    "Council replaces the Haiti mission.\n\n"
    "The Security Council on Tuesday adopted resolution 2793, turning the Multinational Security "
    "Support mission into a Gang Suppression Force. At the time of the vote the mission had about "
    "940 personnel in Haiti, well short of the 2,500 once envisaged."
)


def _personnel() -> list[tuple[str, str | None, float, str | None]]:
    return [
        (c.measure, c.mission, float(c.value), c.as_of)
        for c in extract(STORY, "2025-10-03")
        if c.measure.startswith("personnel.")
    ]


def test_a_strength_at_the_time_of_the_vote_is_dated_on_its_day() -> None:
    assert ("personnel.deployed", "MSS", 940, "2025-09-30") in _personnel()


def test_a_plan_set_against_a_strength_is_that_missions_plan() -> None:
    assert any(
        m == "personnel.target" and mission == "MSS" and v == 2500 for m, mission, v, _ in _personnel()
    )


def test_a_need_set_against_money_raised_is_that_missions_need() -> None:
    text = (
        "Council votes on a new Haiti force.\n\n"
        "The Security Council on Tuesday voted to replace the Multinational Security Support mission "
        "with a Gang Suppression Force. The UN trust fund for the mission has collected $98 million, "
        "against running costs estimated at roughly $550 million a year."
    )
    got = [
        (c.measure, c.mission, float(c.value))
        for c in extract(text, "2025-09-30")
        if c.measure.startswith("funding.")
    ]
    assert ("funding.contributed", "MSS", 98_000_000) in got, got
    assert ("funding.required", "MSS", 550_000_000) in got, got
