"""Arrivals told without "arrived": a group of N that lands, people a force receives, the group that
relieves another (sentences written for these tests)."""

from __future__ import annotations

import pytest
from frames_claims import personnel, statuses

LEAD = "The Kenya-led Multinational Security Support mission (MSS) in Haiti is short of money.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "A group of 230 landed in Port-au-Prince on Monday, the first Kenyan deployment since February.",
        "Spokesman: On Monday we received 230 officers from Kenya.",
    ],
)
def test_an_arrival_told_otherwise(sentence: str) -> None:
    assert any(m == "personnel.arrived" and v == 230 for m, _, v in personnel(LEAD + sentence, "2025-06-01"))


def test_a_family_of_six_is_no_group_of_people_counted() -> None:
    got = personnel(
        LEAD + "A police officer travelled with his family of six to Port-au-Prince.", "2025-06-01"
    )
    assert not any(v == 6 for _, _, v in got)


def test_a_country_that_receives_refugees_is_no_contributor() -> None:
    text = LEAD + "Chad has received 600,000 refugees from Sudan since April."
    assert not any(c == "TCD" for _, c, _ in statuses(text, "2025-06-01"))


def test_the_group_that_relieves_arrives_and_the_one_relieved_leaves() -> None:
    text = LEAD + (
        "The contingent of 850 soldiers, including 72 women, replaces an 850-strong battalion that has"
        " served in the north since November."
    )
    got = personnel(text, "2025-06-01")
    assert any(m == "personnel.arrived" and v == 850 for m, _, v in got)
    assert any(m == "personnel.returned" and v == 850 for m, _, v in got)


def test_the_group_a_passive_replace_names_arrives() -> None:
    text = LEAD + "A unit of 75 military police rotated home and was replaced by a contingent of 150."
    assert any(m == "personnel.arrived" and v == 150 for m, _, v in personnel(text, "2025-06-01"))


def test_a_group_that_will_relieve_has_not_arrived() -> None:
    text = LEAD + "A new contingent of roughly 700 will replace the first half of the battalion in May."
    assert not any(m == "personnel.arrived" and v == 700 for m, _, v in personnel(text, "2025-03-01"))
