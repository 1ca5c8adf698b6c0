"""A level a change brings a force to, a contributor ranked "with" its people, "N each" in a phrase
on a list, and a list "among them the …" that takes its group's clause (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from frames_claims import personnel, statuses

from missionwatch.nlp import extract

CAR = "The UN mission in the Central African Republic (MINUSCA) keeps its bases open.\n\n"
MSS = "The Kenya-led Multinational Security Support (MSS) mission in Haiti is growing.\n\n"


def test_a_particle_verb_brings_the_force_down_to_a_level() -> None:
    got = personnel(CAR + "Two thousand soldiers left in June, bringing the force down to some 17,600.")
    assert ("personnel.deployed", None, 17600) in got
    assert ("personnel.returned", None, 2000) in got
    assert ("personnel.returned", None, 17600) not in got


def test_the_level_a_change_starts_from_is_the_same_kind_as_the_level_it_reaches() -> None:
    text = (
        CAR + "Two thousand soldiers left in June, bringing the force down from about 19,600 to some 17,600."
    )
    got = personnel(text)
    assert {("personnel.deployed", None, 19600), ("personnel.deployed", None, 17600)} <= got
    assert ("personnel.returned", None, 19600) not in got


def test_a_figure_compared_without_a_pair_still_takes_the_figure_before() -> None:
    got = personnel(CAR + "The mission withdrew 400 soldiers in May, up from 250 the year before.")
    assert ("personnel.returned", None, 250) in got


def test_the_mission_s_own_strength_is_all_of_it() -> None:
    text = MSS + "Another 300 Kenyans arrived on Friday, bringing the mission's strength to about 700."
    got = personnel(text, "2025-08-28")
    assert ("personnel.deployed", None, 700) in got
    assert ("personnel.deployed", "KEN", 700) not in got


def test_a_country_s_own_contingent_stays_its_own() -> None:
    text = MSS + "Another 300 Kenyans arrived on Friday, bringing Kenya's contingent to about 700."
    assert ("personnel.deployed", "KEN", 700) in personnel(text, "2025-08-28")


@pytest.mark.parametrize(
    "sentence",
    [
        "Indonesia and Italy, with more than 1,000 troops each, are the largest contributors.",
        "Indonesia and Italy, two of the biggest troop contributors with more than 1,000 each, say they will"
        " stay.",
    ],
)
def test_each_in_a_phrase_on_a_list_gives_every_country_the_figure(sentence: str) -> None:
    got = personnel(CAR + sentence, "2025-03-01")
    assert {("personnel.deployed", "IDN", 1000), ("personnel.deployed", "ITA", 1000)} <= got


def test_a_contributor_ranked_with_its_people_has_them_whatever_it_says() -> None:
    got = personnel(
        CAR + "Ghana, the largest troop contributor with more than 900, says it will stay.", "2025-03-01"
    )
    assert ("personnel.deployed", "GHA", 900) in got


def test_without_each_a_list_shares_no_figure() -> None:
    got = personnel(
        CAR + "Indonesia and Italy, with more than 1,000 troops between them, will stay.", "2025-03-01"
    )
    assert ("personnel.deployed", "IDN", 1000) not in got


def test_a_list_among_them_the_takes_its_group_s_clause() -> None:
    text = MSS + (
        "The mission will eventually number 2,500 personnel from several countries, among them the Bahamas, "
        "Benin and Chad."
    )
    got = statuses(text, "2024-06-26")
    assert {("MSS", "BHS", "expected"), ("MSS", "BEN", "expected"), ("MSS", "TCD", "expected")} <= got


def test_a_list_among_them_without_a_status_stays_without() -> None:
    text = MSS + "Reporters from several countries, among them the Bahamas and Benin, watched the landing."
    assert not statuses(text, "2024-06-26")


def test_a_contributor_ranked_as_a_complement_is_its_country() -> None:
    text = (
        MSS + "A statement from the force commander lists Kenya as the largest contributor with 396 officers."
    )
    assert ("personnel.deployed", "KEN", 396) in personnel(text, "2024-12-21")


def test_a_verb_of_funding_does_not_make_troops_money() -> None:
    text = (
        "The SADC Mission in Mozambique (SAMIM) is leaving.\n\n"
        "SAMIM, which was funded by member states, drew troops from Botswana and Lesotho."
    )
    assert {("SAMIM", "BWA", "deployed"), ("SAMIM", "LSO", "deployed")} <= statuses(text, "2024-07-01")


def test_money_received_from_countries_is_still_theirs() -> None:
    text = (
        "The SADC Mission in Mozambique (SAMIM) is leaving.\n\n"
        "The fund received $110 million, most of it from Canada and the United States."
    )
    got = {(c.measure, str(c.subject), str(c.value)) for c in extract(text, "2024-07-01")}
    assert {("donor", "CAN", "paid"), ("donor", "USA", "paid")} <= got


def test_pushing_a_count_past_a_mark_is_a_level_not_displacement() -> None:
    text = MSS + (
        "Another 217 Kenyan police officers landed on Saturday, pushing the number of Kenyans serving with"
        " the mission past 600."
    )
    got = {(c.measure, str(c.subject), c.value, c.qualifier) for c in extract(text, "2024-07-01")}
    assert ("personnel.deployed", "KEN", 600, "at_least") in got
    assert not any(m == "displaced" for m, *_ in got)


def test_violence_pushing_people_out_still_displaces() -> None:
    text = MSS + "Gang violence pushed 5,000 people from their homes in March."
    assert any(c.measure == "displaced" and c.value == 5000 for c in extract(text, "2024-07-01"))


def test_a_group_leaving_to_replace_another_is_on_its_way_in() -> None:
    text = (
        "KATHMANDU, March 14 - A batch of 438 Nepali peacekeepers returned home from southern Lebanon on"
        " Thursday after a year with the United Nations Interim Force in Lebanon (UNIFIL).\n\n"
        "A fresh contingent of 445 soldiers left Tribhuvan International Airport a few hours later to"
        " replace them."
    )
    got = personnel(text, "2025-03-14")
    assert ("personnel.arrived", "NPL", 445) in got
    assert ("personnel.returned", "NPL", 445) not in got


def test_lifting_a_contingent_above_a_mark_is_its_level() -> None:
    text = MSS + "Another 144 Kenyan officers landed on Tuesday, lifting Kenya's contingent above 700."
    assert ("personnel.deployed", "KEN", 700) in personnel(text, "2024-07-01")


def test_a_ceiling_well_above_what_a_force_fields_leaves_the_strength_a_strength() -> None:
    text = (
        "The text keeps the ceilings of the UN Mission in South Sudan (UNMISS) at 17,000 troops, well above"
        " the roughly 13,700 soldiers it now fields."
    )
    got = {(m, v) for m, _, v in personnel(text, "2024-07-01")}
    assert ("personnel.deployed", 13700) in got
    assert ("personnel.target", 13700) not in got


def test_a_country_s_contingent_in_the_force_stays_the_country_s() -> None:
    text = MSS + "The commander listed the force's Kenyan contingent at 396 officers."
    assert ("personnel.deployed", "KEN", 396) in personnel(text, "2024-07-01")
