"""Aid money is the country's, not a mission's; a fund allotting money gives it; a purpose clause
under "would" is a promise.

Sentences written for this test (invented sums and places); each failed before.
"""

from __future__ import annotations

from missionwatch.nlp import extract

PUB = "2025-03-15"
MISSION = "The UN mission in South Sudan extended its patrols in Upper Nile this week.\n\n"


def claims(text: str) -> set[tuple]:
    return {
        (c.measure, c.mission, c.subject, c.value)
        for c in extract(MISSION + text, PUB, extractor="frames")
        if c.measure.startswith("funding.")
    }


def test_a_fund_allotting_money_gives_it_to_no_mission() -> None:
    got = claims("The Central Emergency Response Fund allocated $6 million for displacement in the north.")
    # the fund is the giver (named as the text writes it: test_frames_governments_paying)
    assert ("funding.contributed", None, "Central Emergency Response Fund", 6_000_000) in got


def test_money_an_appeal_received_is_given_not_a_missions_budget() -> None:
    got = claims("As of 10 March, the flash appeal was 12 per cent funded, having received $21 million.")
    assert ("funding.contributed", None, None, 21_000_000) in got
    assert not any(m == "UNMISS" for _, m, _, _ in got)


def test_a_legislature_allotting_money_still_budgets_a_cost() -> None:
    got = claims("The General Assembly allocated $1.1 billion to the mission for the year to 30 June.")
    assert any(m == "funding.required" and v == 1_100_000_000 for m, _, _, v in got)


def test_a_purpose_under_would_is_a_promise() -> None:
    got = claims(
        "The representative of Norway said her Government would work with parliament to provide "
        "$40 million to support the mission."
    )
    assert any(m == "funding.pledged" and v == 40_000_000 for m, _, _, v in got)


def test_aid_beside_money_for_the_mission_leaves_the_missions_money_its_own() -> None:
    got = {
        (c.measure, c.mission, c.value)
        for c in extract(
            "The Secretary of State announced an additional $100 million for the multinational "
            "mission in Haiti, plus $33 million in humanitarian aid.",
            "2024-03-11",
            extractor="frames",
        )
        if c.measure.startswith("funding.")
    }
    assert ("funding.pledged", "MSS", 100_000_000) in got
    assert ("funding.pledged", None, 33_000_000) in got
