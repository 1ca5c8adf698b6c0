"""Figures that count no one (v2): a small count of forces, states, bases or ships, a count a change
starts from when it counts bases, and a figure a live blog's correction withdraws in its own words
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _counts(text: str) -> list[tuple[str, float]]:
    return [
        (c.measure, float(c.value)) for c in extract(text, "2025-03-10") if c.measure.startswith("personnel.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago eastern Congo had two foreign forces meant to hold back the M23, MONUSCO and SAMIDRC.",
        "The SAMIM force drew its troops from nine member states.",
        "On most days Aspides has had four, sometimes only three, warships to escort shipping.",
        "MONUSCO operated from 19 company operating bases in Ituri, down from 24 at the end of last year.",
        "In our 10:40 entry we wrote that 300 South African soldiers were in the SAMIDRC convoy.",
        "Correction: in our 09:15 post we said 180 MSS officers were aboard the flight.",
        "(Correction, 21:05: this entry originally gave the number of injured KFOR soldiers as 26, which "
        "was a typing error on our part.)",
    ],
)
def test_no_one_is_counted(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MONUSCO had 13,500 troops in Ituri, down from 15,800 a year earlier.", 15800.0),
        ("KFOR now has about 4,500 forces in Kosovo.", 4500.0),
    ],
)
def test_people_are_still_counted(text: str, value: float) -> None:
    assert ("personnel.deployed", value) in _counts(text)


def test_ships_counted_beside_personnel_are_no_people() -> None:
    text = "Operation Irini, at a glance:\n- Around 500 personnel and two to three frigates at any time"
    deployed = [c.value for c in extract(text, "2025-06-01") if c.measure == "personnel.deployed"]
    assert deployed == [500]


def test_pilots_of_helicopters_are_people() -> None:
    claims = extract("Ukraine sent 40 helicopter pilots to the mission last year.", "2025-06-01")
    assert [c.value for c in claims if c.measure.startswith("personnel.")] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "Three Nepali soldiers and two Ghanaian soldiers, also serving with UNIFIL, were killed in the "
        "same week.",
        "Zambia has confirmed that two of its soldiers serving with MINUSCA in the west were killed.",
    ],
)
def test_soldiers_serving_somewhere_who_were_killed_or_wounded_are_no_deployment(text: str) -> None:
    # the participle describes who they were; the clause's own verb (parsed beside it) says what happened
    assert _counts(text) == []


def test_women_a_group_includes_and_a_split_by_sex_are_parts() -> None:
    got = _counts("The new group of 180 Kenyan officers includes 21 women officers, the commander said.")
    assert got == [("personnel.deployed", 180.0)]
    got = _counts("The police component of UNFICYP stood at 71 (40 men and 31 women) at the end of May.")
    assert got == [("personnel.deployed", 71.0)]


def test_men_and_women_counted_together_are_the_whole() -> None:
    assert _counts("Nepal has more than 6,300 men and women serving in eleven UN missions.") == [
        ("personnel.deployed", 6300.0)
    ]
