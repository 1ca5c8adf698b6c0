"""A force's count told beside the size it was meant to have: after a colon, as "people" it has,
and as the whole a later "of them" takes its parts from (sentences written for these tests)."""

from __future__ import annotations

import pytest
from frames_claims import personnel

LEAD = "The Kenya-led Multinational Security Support mission (MSS) in Haiti is short of money.\n\n"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the clause after the colon has its own subject and verb: no item of a list the label leads
        ("He says the force never had the numbers to hold ground: it counts about 1,000 officers.", 1000),
        ("Donors lost patience with the plan: the force now numbers about 870 officers.", 870),
        # nor the part of a size told before the colon
        (
            "The MSS never came close to its planned strength of 2,500: at its peak it counted just under"
            " 1,000 officers.",
            1000,
        ),
    ],
)
def test_a_clause_after_a_colon_counts_for_itself(sentence: str, count: int) -> None:
    got = personnel(LEAD + sentence, "2025-09-01")
    assert ("personnel.deployed", None, count) in got
    assert not any(m == "personnel.target" and v == count for m, _, v in got)


def test_a_list_after_a_label_still_takes_the_label() -> None:
    got = personnel(LEAD + "Troops pledged so far: Jamaica 200, Belize 50.", "2024-06-01")
    assert ("personnel.pledged", "JAM", 200) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "At the time of the vote it had just under 1,000 people in Haiti, most of them police.",
        "By then the MSS had about 1,000 people in the country.",
    ],
)
def test_the_people_a_force_has_are_its_personnel(sentence: str) -> None:
    assert ("personnel.deployed", None, 1000) in personnel(LEAD + sentence, "2025-09-01")


def test_people_a_camp_has_are_no_force() -> None:
    text = "Floods hit Port-au-Prince.\n\nThe camp at the stadium has about 1,000 people, aid groups said."
    assert not personnel(text, "2025-09-01")


def test_of_them_after_a_count_and_its_size_takes_the_count() -> None:
    text = LEAD + (
        "When the Council voted, the MSS had about 970 personnel on the ground, under 40 per cent of"
        " the 2,500 it had once planned. Roughly 700 of them were Kenyan."
    )
    got = personnel(text, "2025-10-01")
    assert ("personnel.deployed", "KEN", 700) in got
    assert ("personnel.target", "KEN", 700) not in got


def test_of_them_after_a_size_alone_takes_the_size() -> None:
    text = LEAD + "The force was planned at 2,500 officers. About 1,000 of them were to come from Kenya."
    got = personnel(text, "2025-10-01")
    assert not any(m == "personnel.deployed" and s == "KEN" for m, s, _ in got)
