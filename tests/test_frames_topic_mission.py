""" "The mission" of a later sentence is the one the text is about, not any mission named last.

A report on one operation names others in passing: observers lent by a neighbouring mission, a
peacekeeper of another force among a toll's victims. The subject of a clause keeps the topic; a
mission named only inside a clause that describes a noun does not take it. Sentences written for
this test; failed before.
"""

from __future__ import annotations

from missionwatch.nlp import extract


def _figures(text: str, published: str) -> set[tuple[str, str | None, object]]:
    return {(c.measure, c.mission, c.value) for c in extract(text, published, extractor="frames")}


def test_the_subject_keeps_the_topic_over_a_mission_named_after_it() -> None:
    text = (
        "Report of the Secretary-General on the United Nations Disengagement Observer Force\n\n"
        "UNDOF was helped throughout the period by 70 military observers drawn from the United "
        "Nations Truce Supervision Organization.\n\n"
        "During the period, the mission completed the rotation of the Fijian contingent, whose 160 "
        "personnel arrived on 4 May."
    )
    got = _figures(text, "2024-06-20")
    assert ("personnel.arrived", "UNDOF", 160) in got
    assert not any(m == "UNTSO" and v == 160 for _, m, v in got)


def test_a_mission_inside_a_clause_on_a_victim_leaves_the_topic() -> None:
    text = (
        "Report of the Secretary-General on South Sudan\n\n"
        "The United Nations Mission in South Sudan (UNMISS) continued to protect civilians.\n\n"
        "Fighting near Abyei in March killed at least 30 people, among them a soldier from Pakistan "
        "serving with the United Nations Interim Security Force for Abyei.\n\n"
        "As at 1 April 2024, the Mission's uniformed strength stood at 16,200 personnel."
    )
    got = _figures(text, "2024-05-01")
    assert ("personnel.deployed", "UNMISS", 16200) in got
    assert not any(m == "UNISFA" and v == 16200 for _, m, v in got)


def test_a_mission_that_acts_in_its_own_clause_takes_the_topic() -> None:
    text = (
        "The United Nations Mission in South Sudan (UNMISS) continued to protect civilians.\n\n"
        "The United Nations Interim Security Force for Abyei reported new clashes in the north.\n\n"
        "The force now has about 3,300 troops on the ground."
    )
    got = _figures(text, "2024-05-01")
    assert ("personnel.deployed", "UNISFA", 3300) in got
