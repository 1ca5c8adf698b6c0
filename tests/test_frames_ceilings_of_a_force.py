"""Ceilings told as the size of a force: "a force of up to N" that a Council text turns a mission into
or replaces it with is the new force's ceiling (not when a verb of promising or sending decides),
and "short of the N the Council has authorised", where the parse makes the clause's subject the
object of "of", is what the Council authorised."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _claims(text: str, published: str = "2025-10-02") -> set[tuple[str, str | None, int, str]]:
    return {
        (c.measure, c.mission, int(c.value), c.qualifier)
        for c in extract(text, published)
        if c.measure.startswith("personnel.")
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Council turned the Multinational Security Support mission into a Gang Suppression Force "
            "of up to 5,550 personnel.",
            id="a named force of up to",
        ),
        pytest.param(
            "On Tuesday the Council replaced the MSS mission with a new force of up to 5,550 personnel.",
            id="replaced with a force of up to",
        ),
    ],
)
def test_a_force_of_up_to_is_its_ceiling(text: str) -> None:
    assert ("personnel.target", "GSF", 5550, "at_most") in _claims(text)


def test_a_force_offered_is_still_a_pledge() -> None:
    got = _claims("Benin offered a force of up to 1,200 soldiers to the GSF mission.")
    assert {m for m, *_ in got} == {"personnel.pledged"}


def test_short_of_what_the_council_authorised() -> None:
    text = (
        "UNDOF watches the Golan ceasefire line. The mission itself keeps about 1,100 soldiers in the "
        "zone, short of the 1,250 the Security Council has authorised."
    )
    got = _claims(text, "2025-06-01")
    assert ("personnel.target", "UNDOF", 1250, "at_most") in got
    assert not any(m == "personnel.deployed" and v == 1250 for m, _, v, _ in got)
