"""Two readings of a noun phrase. "The abstentions came from A, B and C" names who abstained, as
"abstentions from A, B and C" does. "The Kenyan mission has about 970" is the whole force the
country leads, not the country's own contingent ("Rwandan forces now number about 4,000" and "the
Royal Bahamas Defence Force sent six" stay the country's)."""

from __future__ import annotations

from missionwatch.nlp import extract


def test_abstentions_that_came_from_a_list() -> None:
    text = (
        "The Security Council adopted resolution 2793 by 12 votes to none. The abstentions came from "
        "China, Pakistan and the Russian Federation."
    )
    votes = {(c.subject, c.value) for c in extract(text, "2025-09-30") if c.measure == "council.member_vote"}
    assert votes == {("CHN", "abstain"), ("PAK", "abstain"), ("RUS", "abstain")}


def test_a_mission_named_by_its_leads_demonym_is_the_whole_force() -> None:
    text = (
        "The Kenyan mission currently has about 980 personnel on the ground, far short of the 2,500 planned."
    )
    got = {(c.measure, c.subject) for c in extract(text, "2025-09-10") if c.measure.startswith("personnel.")}
    assert ("personnel.deployed", None) in got and ("personnel.deployed", "KEN") not in got


def test_a_countrys_forces_and_named_defence_forces_stay_the_countrys() -> None:
    text = "Rwandan forces in Cabo Delgado now number about 4,000, officials in Kigali said."
    assert {c.subject for c in extract(text, "2024-08-15") if c.measure == "personnel.deployed"} == {"RWA"}


def test_members_that_were_the_ones_that_abstained() -> None:
    text = (
        "Council vote on the GSF.\n\nThe Security Council adopted resolution 2793 on Tuesday. "
        "Algeria, Guyana and Sierra Leone were the members that abstained."
    )
    got = {(c.subject, c.value) for c in extract(text, "2025-09-30") if c.measure == "council.member_vote"}
    assert {("DZA", "abstain"), ("GUY", "abstain"), ("SLE", "abstain")} <= got
