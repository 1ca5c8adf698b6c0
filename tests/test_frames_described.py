"""Missions named by description ("the African Union's Somalia force") resolve through the KB."""

from __future__ import annotations

import textwrap

import pytest

from missionwatch.nlp import extract
from missionwatch.nlp.entities import find_entities
from missionwatch.nlp.frames.described import described_missions

CASES = [
    ("The African Union's Somalia force is short of money.", "2025-07-03", "AUSSOM"),
    ("The African Union's Somalia force is short of money.", "2023-07-03", "ATMIS"),
    ("The peacekeeping force in Lebanon will leave by 2027.", "2025-09-01", "UNIFIL"),
    ("Lebanon's UN force is shrinking.", "2025-09-01", "UNIFIL"),
]


@pytest.mark.parametrize(("text", "published", "code"), CASES)
def test_a_described_mission_is_the_one_running_there(text: str, published: str, code: str) -> None:
    found = described_missions(text, find_entities(text), published)
    assert [e.code for e in found] == [code], found


def test_ambiguous_or_unknown_descriptions_stay_unresolved() -> None:
    # two forces ran in the DRC in mid-2024 (MONUSCO, SAMIDRC): "the force in Congo" is neither
    text = "The force in the Democratic Republic of the Congo is stretched."
    assert described_missions(text, find_entities(text), "2024-06-01") == []
    assert (
        described_missions("The mission in Haiti grew.", find_entities("The mission in Haiti grew."), None)
        == []
    )


def test_a_figure_takes_the_described_mission() -> None:
    text = (
        "The trust fund for the African Union's Somalia force has received $17 million this year, "
        "officials said."
    )
    got = [
        c.mission for c in extract(text, "2025-07-03", extractor="frames") if c.measure.startswith("funding.")
    ]
    assert got and set(got) == {"AUSSOM"}, got


def test_a_kb_end_of_year_precision_runs_to_its_last_day() -> None:
    from missionwatch.nlp import kbglue

    # SAMIDRC's end is recorded as "2025": it was running in February and July 2025
    assert kbglue.running("SAMIDRC", "2025-07-18")
    assert not kbglue.running("SAMIDRC", "2026-01-02")


def test_a_figure_told_of_a_year_before_its_mission_began_is_the_predecessors() -> None:
    text = "AUSSOM took over in January. The mission sent 5,000 troops home during 2023, its planners say."
    got = {(c.measure, c.mission) for c in extract(text, "2025-05-20", extractor="frames") if c.value == 5000}
    assert got == {("personnel.returned", "ATMIS")}, got


def test_a_month_without_its_year_moves_no_figure_to_the_predecessor() -> None:
    text = "The Gang Suppression Force expects new contingents in April; for now the force has about 1,000."
    got = {c.mission for c in extract(text, "2026-01-29", extractor="frames") if c.value == 1000}
    assert got == {"GSF"}, got


def test_a_toll_in_a_story_on_a_mission_deployed_in_an_area_is_that_areas() -> None:
    text = (
        "UNISFA peacekeepers patrolled the market on Sunday. "
        "Local officials said at least 52 people were killed in the raids."
    )
    got = {c.subject for c in extract(text, "2024-01-29", extractor="frames") if c.measure == "killed"}
    assert got == {"Abyei"}, got


def test_a_national_toll_in_the_same_story_keeps_its_country() -> None:
    text = "UNISFA peacekeepers patrolled the market on Sunday. The war in Sudan has killed 20,000 people."
    got = {c.subject for c in extract(text, "2024-01-29", extractor="frames") if c.measure == "killed"}
    assert got == {"SDN"}, got


def test_a_mission_name_broken_by_a_hard_wrap_is_still_named() -> None:
    text = "\n".join(
        textwrap.wrap(REPORT, 68, break_long_words=False)
    )  # a report excerpt hard-wrapped at 68 characters
    assert "Gang Suppression\nForce" in text or "Multinational\nSecurity" in text
    got = {(c.measure, c.mission) for c in extract(text, "2025-10-24", extractor="frames")}
    assert {("personnel.target", "GSF"), ("personnel.deployed", "MSS")} <= got, got


REPORT = (
    "In the reporting period armed groups kept their hold on most of the capital and pushed into the "
    "Centre department, and humanitarian access narrowed further on the main roads out of the city. "
    "On 30 September the Security Council authorised a Gang Suppression Force of up to 5,500 uniformed "
    "personnel to replace the Multinational Security Support mission, which had around 1,000 personnel. "
    "The Office continued to document abuses and to support the national police in its planning."
)


def test_a_figure_placed_in_a_country_belongs_to_the_force_there() -> None:
    text = (
        "Bangladesh has nearly 5,800 peacekeepers in ten missions, including about 1,600 in South Sudan, "
        "its defence ministry said."
    )
    got = {c.value: c.mission for c in extract(text, "2025-11-20", extractor="frames")}
    assert got.get(1600) == "UNMISS", got


@pytest.mark.parametrize(
    ("text", "published", "codes"),
    [
        ("SADC's force is pulling out of Goma.", "2025-04-01", ["SAMIDRC"]),
        ("SADC's force is winding down in the north.", "2023-06-01", ["SAMIM"]),
        ("The EAC force left Goma in December.", "2023-06-01", ["EACRF"]),
        ("SADC's force has no mission running at this date.", "2019-06-01", []),
    ],
)
def test_a_regional_bodys_force_is_its_one_force_running_then(
    text: str, published: str, codes: list[str]
) -> None:
    found = described_missions(text, find_entities(text), published)
    assert [e.code for e in found] == codes, found


def test_on_the_day_a_successor_is_voted_the_force_on_the_ground_is_its_predecessor() -> None:
    """Resolution 2793 created the GSF on 30 September 2025; the MSS ran until 2 October: that day
    "the mission" on the ground is the MSS, while the new force's ceiling is the GSF's."""
    text = (
        "The Security Council voted today to replace the Multinational Security Support mission with "
        "a Gang Suppression Force. The mission has about 990 personnel in Haiti. "
        "The new force may number up to 5,550 personnel."
    )
    got = {(c.measure, c.value): c.mission for c in extract(text, "2025-09-30", extractor="frames")}
    assert got.get(("personnel.deployed", 990)) == "MSS", got
    assert got.get(("personnel.target", 5550)) == "GSF", got


def test_a_countrys_own_figure_where_it_leads_a_force_of_its_own_is_that_forces() -> None:
    text = (
        "MONUSCO's mandate runs to December. Roughly 1,100 SANDF members remain in their bases "
        "around Goma, short of fuel."
    )
    got = {(c.measure, c.value): c.mission for c in extract(text, "2025-03-20", extractor="frames")}
    assert got.get(("personnel.deployed", 1100)) == "SAMIDRC", got


def test_a_political_mission_described_is_the_office_there_not_the_force() -> None:
    # a political mission is filed as un_political: the one office there, never the force beside it
    text = "The Council on Thursday renewed its political mission in Haiti for one more year."
    found = described_missions(text, find_entities(text), "2026-05-14")
    assert [e.code for e in found] == ["BINUH"], found
    got = {
        c.mission for c in extract(text, "2026-05-14", extractor="frames") if c.measure.startswith("mandate.")
    }
    assert got == {"BINUH"}, got
