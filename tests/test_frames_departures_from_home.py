"""A contingent leaving a capital's airport, or leaving "bound for" the mission's country, or "on
board" a flight, is one batch on its way, not troops coming home or the whole strength; and the
strength a mission was "built around" is its plan. Sentences written for these tests; each failed
before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _claims(text: str, published: str) -> set[tuple[str, object]]:
    return {(c.measure, c.value) for c in extract(text, published, extractor="frames")}


def test_leaving_a_capitals_airport_is_a_batch_going_out() -> None:
    text = (
        "Troops head south\n\nThe first contingent of about 300 Rwandan troops left Kigali "
        "International Airport on Friday aboard two chartered aircraft."
    )
    claims = _claims(text, "2021-07-09")
    assert ("personnel.arrived", 300) in claims
    assert ("personnel.returned", 300) not in claims


def test_leaving_bound_for_the_mission_is_a_batch_going_out() -> None:
    text = (
        "Troops head south\n\nSome 450 Zambian soldiers left Lusaka's main barracks on Tuesday, "
        "bound for Bangui."
    )
    claims = _claims(text, "2023-05-10")
    assert ("personnel.arrived", 450) in claims
    assert ("personnel.returned", 450) not in claims


def test_leaving_a_town_in_the_mission_area_is_still_going_home() -> None:
    text = (
        "Tour ends\n\nSome 120 Rwandan soldiers left Pemba on Tuesday at the end of their tour, "
        "the army said."
    )
    assert ("personnel.returned", 120) in _claims(text, "2022-07-09")


def test_the_strength_a_mission_was_built_around_is_its_plan() -> None:
    text = (
        "Mission short\n\nAbout 420 Kenyan officers are in Haiti with the MSS, against the 2,500 "
        "the mission was built around."
    )
    claims = _claims(text, "2024-07-09")
    assert ("personnel.target", 2500) in claims
    assert ("personnel.deployed", 2500) not in claims


def test_people_on_board_a_flight_are_one_batch() -> None:
    text = (
        "Live: first Kenyans land\n\n09:10 — The plane has touched down in Port-au-Prince. About "
        "210 officers are on board, a police spokesperson said.\n\n10:15 — Another 60 Jamaican "
        "soldiers are now on the tarmac."
    )
    claims = _claims(text, "2024-06-25")
    assert ("personnel.arrived", 210) in claims
    assert ("personnel.arrived", 60) in claims
    assert ("personnel.deployed", 210) not in claims


def test_people_on_patrol_are_still_the_strength() -> None:
    text = "Haiti\n\nAbout 300 Kenyan officers of the MSS are on patrol in Port-au-Prince."
    assert ("personnel.deployed", 300) in _claims(text, "2024-09-25")


def test_wells_built_for_residents_are_no_force() -> None:
    text = "Abyei\n\nWater points built for 20,000 residents now serve several times that, UNISFA said."
    assert not any(m.startswith("personnel.") for m, _ in _claims(text, "2024-07-09"))


def test_people_a_mission_received_are_one_batch() -> None:
    text = "Haiti\n\nThe MSS mission received 120 Salvadoran soldiers in the first week of March."
    assert ("personnel.arrived", 120) in _claims(text, "2025-06-01")


def test_refugees_a_country_received_are_no_batch() -> None:
    text = "Chad\n\nChad received 600,000 refugees from Darfur last year, UNHCR said."
    assert not any(m == "personnel.arrived" for m, _ in _claims(text, "2025-06-01"))


def test_replacements_that_arrived_are_a_batch() -> None:
    text = (
        "Somalia\n\nA battle group of 1,100 Ugandan soldiers of AUSSOM flew home to Entebbe and "
        "1,050 replacements arrived in their place."
    )
    claims = _claims(text, "2025-06-01")
    assert ("personnel.arrived", 1050) in claims
    assert ("personnel.returned", 1100) in claims


def test_the_strength_far_below_a_plan_is_the_plan() -> None:
    text = (
        "Haiti\n\nMore than 700 Kenyan officers of the MSS are now in Haiti. That is still far below "
        "the 2,500 the mission was built around."
    )
    claims = _claims(text, "2025-06-01")
    assert ("personnel.target", 2500) in claims
    assert ("personnel.deployed", 700) in claims
