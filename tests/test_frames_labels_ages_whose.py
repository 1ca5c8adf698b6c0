"""A fact box's label in capitals, a speaker's age before their description, and a country whose
people lead a mission (sentences written for these tests)."""

from __future__ import annotations

from frames_claims import statuses

from missionwatch.nlp import extract

LEAD = (
    "Haiti force falls short\n\n"
    "The Multinational Security Support mission (MSS) in Haiti is short of money.\n\n"
)


def test_a_contributors_label_in_capitals_lists_the_contributors() -> None:
    got = statuses(LEAD + "* OTHER CONTRIBUTORS: Botswana, Angola and Lesotho.", "2024-06-25")
    assert {("MSS", "BWA", "deployed"), ("MSS", "AGO", "deployed"), ("MSS", "LSO", "deployed")} <= got


def test_a_speakers_age_does_not_hide_their_name() -> None:
    text = LEAD + '15:10 - "We have waited too long," Mireille Jean, 34, a street vendor in Delmas, told us.'
    speakers = {str(c.subject) for c in extract(text, "2024-06-25") if c.measure == "quote"}
    assert speakers == {"Mireille Jean"}


def test_a_country_whose_people_lead_the_mission_leads_it() -> None:
    text = LEAD + (
        "The envoy thanked Council members and Kenya, whose police have led the Multinational Security"
        " Support mission since June 2024."
    )
    leads = {(c.mission, str(c.subject)) for c in extract(text, "2025-06-01") if c.measure == "mission.lead"}
    assert ("MSS", "KEN") in leads


def test_whose_people_serve_is_no_lead() -> None:
    text = LEAD + "The envoy thanked Jamaica, whose soldiers have served in the mission since 2024."
    assert not any(c.measure == "mission.lead" for c in extract(text, "2025-06-01"))
