"""What a report or a story says once for all its figures: the mission of the one area its headline
names when the text only says "the Force", the end of the period a report states for the tolls "of
the reporting period", the day of the event a toll is told with ("injured in an ambush … on 2
August"), the kinds a country's total is split into ("200 personnel in all, 170 soldiers and 30
police"), and a named force's possessive, which is its host and owns no figure the clause passes."""

from __future__ import annotations

from missionwatch.nlp import extract

TITLE = "Report of the Secretary-General on the situation in Abyei (excerpt)"
REPORT = (
    TITLE + "\n\n"
    "Covering the period from 1 March to 31 August 2025.\n\n"
    "During the reporting period, clashes between armed groups killed at least 37 civilians and "
    "injured 22 others. As at 31 August 2025, the military component stood at 3,090 personnel. "
    "Two peacekeepers were injured in an ambush near Agok on 14 July."
)


def test_the_area_named_in_the_headline_gives_the_mission() -> None:
    claims = extract(REPORT, "2025-09-20", title=TITLE)
    deployed = [c for c in claims if c.measure == "personnel.deployed"]
    assert [(c.mission, int(c.value)) for c in deployed] == [("UNISFA", 3090)]


def test_tolls_of_the_reporting_period_are_as_of_its_end() -> None:
    got = {(c.measure, int(c.value), c.as_of) for c in extract(REPORT, "2025-09-20", title=TITLE)}
    assert {("killed", 37, "2025-08-31"), ("injured", 22, "2025-08-31")} <= got


def test_a_toll_takes_the_day_of_the_event_it_is_told_with() -> None:
    got = {(c.measure, int(c.value), c.as_of) for c in extract(REPORT, "2025-09-20", title=TITLE)}
    assert ("injured", 2, "2025-07-14") in got


def test_kinds_of_a_countrys_total() -> None:
    text = (
        "Haiti's MSS mission is short of people. Belize has pledged 120 personnel in all, 90 soldiers "
        "and 30 police, its foreign ministry said."
    )
    got = {(c.subject, int(c.value)) for c in extract(text, "2025-01-06") if c.measure == "personnel.pledged"}
    assert got == {("BLZ", 120), ("military", 90), ("police", 30)}


def test_parts_that_do_not_add_up_keep_the_country() -> None:
    text = (
        "Haiti's MSS mission is short of people. Belize has pledged 120 personnel, and 40 soldiers and "
        "10 police have already arrived."
    )
    got = {(c.measure, c.subject, int(c.value)) for c in extract(text, "2025-01-06")}
    assert ("personnel.pledged", "BLZ", 120) in got
    assert not any(s in ("military", "police") and m == "personnel.pledged" for m, s, _ in got)


def test_a_named_forces_possessive_owns_no_figure() -> None:
    text = (
        "KINGSTON — Chad said on Saturday it would send 700 police officers and gendarmes to Haiti's Gang "
        "Suppression Force (GSF), fewer than the 1,400 it offered in December."
    )
    got = {(c.subject, int(c.value)) for c in extract(text, "2026-01-10") if c.measure == "personnel.pledged"}
    assert got == {("TCD", 700), ("TCD", 1400)}
