"""A mission that ends its own work on a day ("will cease operations on 31 December", "ended its
deployment on 15 July") gives that day as its end; a country asked or chosen to lead a force leads
it (lines written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract

SADC = "The SADC Mission in Mozambique (SAMIM) is leaving Cabo Delgado.\n\n"
DARFUR = "Sudan's Darfur region has been calm for weeks.\n\n"
HAITI = "The Multinational Security Support (MSS) mission is going to Haiti.\n\n"


def ends(text: str, published: str) -> set[tuple[str | None, str]]:
    return {(c.mission, str(c.value)) for c in extract(text, published) if c.measure == "mandate.expiry"}


def leads(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.mission, c.subject) for c in extract(text, "2024-01-10") if c.measure == "mission.lead"}


@pytest.mark.parametrize(
    "line",
    [
        "SAMIM will cease operations on 15 July.",
        "SAMIM closes its doors on 15 July.",
        "SAMIM will end its deployment on 15 July.",
    ],
)
def test_a_mission_ending_its_own_work_ends_that_day(line: str) -> None:
    assert ("SAMIM", "2024-07-15") in ends(SADC + line, "2024-07-01")


def test_a_mission_named_in_a_coordinated_subject_ends_too() -> None:
    line = "The joint UN and African Union operation in Darfur, UNAMID, will cease operations on 31 December."
    assert ("UNAMID", "2020-12-31") in ends(DARFUR + line, "2020-12-20")


def test_ending_someone_else_s_work_is_no_end() -> None:
    assert not ends(SADC + "SAMIM ended Rwanda's deployment on 15 July.", "2024-07-01")
    assert not ends(SADC + "SAMIM ended the fighting on 15 July.", "2024-07-01")


def test_a_country_asked_to_lead_leads() -> None:
    assert ("MSS", "KEN") in leads(HAITI + "The Council endorsed the mission and asked Kenya to lead it.")


def test_others_asked_to_lead_a_force_not_named_do_not() -> None:
    assert not leads(HAITI + "The Council asked member states to lead a force.")


def test_ending_its_presence_in_one_place_is_no_end() -> None:
    line = "MONUSCO formally ended its presence in South Kivu on Tuesday."
    assert not ends("The UN mission in Congo, MONUSCO, is shrinking.\n\n" + line, "2024-06-27")
