"""A country leading a force's units is their contributor, not the force's lead; a piece whose title
spans a mission's years files what it tells under that mission; a country that "had N officers
deployed" owns them; a label that places people there ("On the ground:") counts the force; a toll told
by nationality is each country's (texts written for these tests)."""

from __future__ import annotations

import pytest
from frames_claims import statuses

from missionwatch.nlp import extract

MALI = "The UN mission in Mali (MINUSMA) is leaving.\n\n"


def test_contingents_led_by_countries_are_theirs() -> None:
    text = (
        MALI
        + "Roughly 12,000 troops were in the country, from contingents led by Chad, Bangladesh and Senegal."
    )
    got = statuses(text, "2023-06-30")
    assert {
        ("MINUSMA", "TCD", "deployed"),
        ("MINUSMA", "BGD", "deployed"),
        ("MINUSMA", "SEN", "deployed"),
    } <= got


def test_a_force_led_by_a_country_gives_it_no_contributor_status() -> None:
    text = MALI + "The force, led by Chad, is leaving."
    assert not any(code == "TCD" for _, code, _ in statuses(text, "2023-06-30"))


BOX = (
    "FACT BOX: Haiti's Multinational Security Support mission, 2023–2025\n\n"
    "• Authorised: 2 October 2023, resolution 2699\n"
    "• Replaced by: the Gang Suppression Force, resolution 2793, adopted 30 September 2025\n"
    "• Other contributors: Jamaica, Guatemala, the Bahamas\n"
    "• Trust fund received: $113 million (December 2025)\n"
)
TITLE = BOX.splitlines()[0]


def test_a_fact_box_over_a_mission_s_years_files_its_items_under_it() -> None:
    got = {
        (c.measure, c.mission, str(c.subject), str(c.value)) for c in extract(BOX, "2025-12-12", title=TITLE)
    }
    assert ("contributor", "MSS", "JAM", "deployed") in got
    assert ("funding.contributed", "MSS", "None", "113000000") in got
    assert ("council.adopted", "GSF", "2793", "2025-09-30") in got  # a line naming its own mission keeps it


def test_without_a_span_of_years_the_running_mission_serves() -> None:
    text = BOX.replace(", 2023–2025", "")
    got = {
        (c.measure, c.mission, str(c.subject))
        for c in extract(text, "2025-12-12", title=text.splitlines()[0])
    }
    assert ("contributor", "MSS", "JAM") not in got


HAITI = "The Kenya-led Multinational Security Support (MSS) mission in Haiti is growing.\n\n"


def test_a_country_that_had_people_deployed_owns_them() -> None:
    text = HAITI + "At its peak in March, Kenya had 780 officers deployed, short of the 1,000 it pledged."
    got = {(c.measure, str(c.subject), c.value) for c in extract(text, "2025-12-12")}
    assert ("personnel.deployed", "KEN", 780) in got


@pytest.mark.parametrize(
    "line", ["On the ground: just under 800 (early February 2025)", "- Deployed: just under 800"]
)
def test_a_label_that_places_people_there_counts_the_force(line: str) -> None:
    got = {(c.measure, c.value) for c in extract(HAITI + line, "2025-12-12")}
    assert ("personnel.deployed", 800) in got


KFOR = "The NATO-led Kosovo Force (KFOR) keeps the peace in Kosovo.\n\n"


def test_a_toll_told_by_nationality_is_each_country_s() -> None:
    got = {
        (c.measure, str(c.subject), c.value)
        for c in extract(KFOR + "Eleven of the injured were Italian.", "2024-12-21")
    }
    assert ("injured", "ITA", 11) in got


def test_parts_of_a_toll_are_no_force_s_strength() -> None:
    text = (
        KFOR + "About 30 soldiers were injured on Monday. Of those injured, 11 were Italian and 19 Hungarian."
    )
    assert not any(c.measure.startswith("personnel.") for c in extract(text, "2024-12-21"))


def test_a_subset_among_the_injured_leaves_the_whole_its_place() -> None:
    text = KFOR + "Fourteen peacekeepers, among them six Indians, were injured in Zvecan."
    got = {(c.measure, str(c.subject), c.value) for c in extract(text, "2024-12-21")}
    assert ("injured", "IND", 14) not in got and ("injured", "IND", 6) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain is staying out.",
        "Burundi, a contributor for nearly two decades, was left out after talks broke down.",
        "The unit has supported partners including the Netherlands, which left in 2019.",
    ],
)
def test_a_country_staying_out_or_gone_is_no_contributor(sentence: str) -> None:
    assert not statuses(MALI + sentence, "2025-01-15")


def test_staying_on_still_serves() -> None:
    got = statuses(MALI + "Kenya is staying on, and Spain is staying out.", "2025-01-15")
    assert ("MINUSMA", "KEN", "deployed") in got
    assert not any(code == "ESP" for _, code, _ in got)
