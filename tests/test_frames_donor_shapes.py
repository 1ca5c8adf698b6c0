"""Donors in more shapes (v2): a government "of" a country acting as the country, donors a list
names after "including", countries a relative clause says pledged money, gifts "from" a country, and
a contributor "to the fund" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _donors(text: str) -> set[tuple[str | None, str]]:
    return {(c.subject, str(c.value)) for c in extract(text, "2025-06-13") if c.measure == "donor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Government of Greece covers one quarter of the cost of UNFICYP.", {("GRC", "paid")}),
        (
            "The MSS trust fund had received about $70 million, against pledges of $95 million from "
            "donors including Japan and Norway.",
            {("JPN", "pledged"), ("NOR", "pledged")},
        ),
        (
            "Other countries that have pledged money to the MSS fund include Ireland and Portugal.",
            {("IRL", "pledged"), ("PRT", "pledged")},
        ),
        (
            "The GSF trust fund held about $120 million after new deposits from Mexico and Chile.",
            {("MEX", "paid"), ("CHL", "paid")},
        ),
        ("Norway remains the largest contributor to the MSS trust fund.", {("NOR", "paid")}),
    ],
)
def test_donor_shapes(text: str, expected: set[tuple[str | None, str]]) -> None:
    assert expected <= _donors(text)


def test_a_government_that_sends_people_is_no_donor() -> None:
    got = {
        (c.measure, c.subject)
        for c in extract("The Government of Chad has sent troops to the GSF.", "2025-06-13")
    }
    assert ("donor", "TCD") not in got


def test_countries_named_as_one_of_the_countries_in_a_force() -> None:
    text = (
        "Chad is one of five countries in the Multinational Joint Task Force, alongside Niger and Cameroon."
    )
    got = {(c.subject, c.value) for c in extract(text, "2024-10-28") if c.measure == "contributor"}
    assert {("NER", "deployed"), ("CMR", "deployed")} <= got


def test_one_of_the_countries_of_a_region_is_no_contributor() -> None:
    text = "Chad is one of four countries in the region that border Lake Chad."
    assert not [c for c in extract(text, "2024-10-28") if c.measure == "contributor"]


def test_contributions_that_came_from_countries_in_a_story_on_money_are_gifts() -> None:
    text = (
        "Humanitarian funding update.\n\nThe appeal has received $410 million so far. "
        "The largest contributions came from Norway, Sweden and Japan."
    )
    got = {
        (c.measure, c.subject, c.value)
        for c in extract(text, "2024-06-01")
        if c.measure in ("donor", "contributor")
    }
    assert {("donor", "NOR", "paid"), ("donor", "SWE", "paid"), ("donor", "JPN", "paid")} <= got
    assert not any(m == "contributor" for m, _, _ in got)
