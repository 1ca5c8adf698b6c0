"""Three families of personnel figures (sentences written for these tests): the size a force was
meant to be, told in a reduced relative or with "planned at" ("well short of the 2,500 the mission
was meant to have"); the parts after "including" of a count measured against its ceiling ("comprised
2,975 of the 3,020 authorized personnel, including …"), which are the count's and not the ceiling's;
and a force to be withdrawn whole ("will bring home its roughly 800 troops"), which is the force
there now, not a batch gone home."""

from __future__ import annotations

import pytest
from frames_claims import personnel


@pytest.mark.parametrize(
    "text",
    [
        "The Multinational Security Support mission has 430 officers, well short of the 2,600 the "
        "mission was meant to have by now.",
        "UNMISS has 13,000 troops today, against the 17,100 the mission was supposed to field.",
        "The Multinational Security Support mission had been planned at 2,600 but never came close.",
        "The Multinational Security Support mission was authorised in October and is meant to "
        "number 2,600 when it is complete.",
    ],
)
def test_the_size_a_force_was_meant_to_be_is_its_target(text: str) -> None:
    got = personnel(text)
    assert any(m == "personnel.target" and v in (2600.0, 17100.0) for m, _, v in got), got
    assert not any(m != "personnel.target" and v in (2600.0, 17100.0) for m, _, v in got), got


def test_what_a_country_was_meant_to_send_is_no_target_of_a_force() -> None:
    got = personnel("Kenya has 400 officers in Haiti, short of the 1,000 the minister was meant to send.")
    assert not any(m == "personnel.target" and v == 1000.0 for m, _, v in got), got


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "As at 20 May, the police component of UNMISS comprised 1,380 personnel of an authorized "
            "strength of 2,101, including 640 individual police officers and 740 personnel in formed "
            "police units.",
            {("individual police officers", 640.0), ("formed police units", 740.0)},
        ),
        (
            "The police component of MINUSCA comprised 2,960 of the 3,020 authorized personnel, "
            "including 2,510 formed police unit members and 450 individual police officers.",
            {("formed police units", 2510.0), ("individual police officers", 450.0)},
        ),
    ],
)
def test_parts_of_a_count_measured_against_its_ceiling_are_deployed(
    text: str, parts: set[tuple[str, float]]
) -> None:
    got = personnel(text, "2025-06-01")
    deployed = {(s, v) for m, s, v in got if m == "personnel.deployed"}
    assert parts <= deployed, got
    assert ("police", 1380.0) in deployed or ("police", 2960.0) in deployed, got


def test_parts_of_a_ceiling_stay_the_ceilings() -> None:
    got = personnel(
        "The Council kept the police ceiling of MINUSCA at 3,020, including 2,510 formed police unit "
        "members and 510 individual police officers.",
        "2025-06-01",
    )
    assert ("personnel.target", "formed police units", 2510.0) in got, got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Malawi's government said last month that it would bring home its roughly 850 troops from "
            "MONUSCO.",
            850.0,
        ),
        (
            "The Philippines will bring home its entire contingent of 340 troops from UNDOF when their "
            "tour ends.",
            340.0,
        ),
    ],
)
def test_a_force_to_be_withdrawn_whole_is_the_force_there_now(text: str, value: float) -> None:
    got = personnel(text, "2025-06-01")
    assert any(m == "personnel.deployed" and v == value for m, _, v in got), got
    assert not any(m == "personnel.returned" and v == value for m, _, v in got), got


@pytest.mark.parametrize(
    "text",
    [
        "A first 2,000 troops of ATMIS are to leave Somalia by the end of December.",
        "Burundi brought home its last 500 troops from ATMIS in June.",
    ],
)
def test_a_batch_withdrawn_is_still_returned(text: str) -> None:
    got = personnel(text, "2024-06-01")
    assert any(m == "personnel.returned" for m, _, _ in got), got


def test_a_planned_forces_part_from_one_country_is_its_pledge() -> None:
    got = personnel(
        "The Multinational Security Support mission began in June. The mission is expected to "
        "comprise 2,600 personnel, 1,100 of them from Kenya."
    )
    assert ("personnel.target", None, 2600.0) in got, got
    assert ("personnel.pledged", "KEN", 1100.0) in got, got


def test_a_forces_part_from_one_country_now_is_deployed() -> None:
    got = personnel("The Multinational Security Support mission has 990 personnel, 730 of them from Kenya.")
    assert ("personnel.deployed", "KEN", 730.0) in got, got
