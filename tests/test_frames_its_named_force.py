"""A possessive whose noun is a mission named in apposition ("Its predecessor, ATMIS, fielded close
to 19,000") owns a force's whole strength, not a contingent of the country the story followed
(lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract

SOMALIA = (
    "Somalia's African Union force, AUSSOM, is short of money.\n\n"
    "Uganda's contingent, the largest at some 4,500 troops, has gone unpaid since January. "
)


def deployed(text: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (c.mission, c.subject, str(c.value))
        for c in extract(text, "2025-03-12")
        if c.measure == "personnel.deployed"
    }


def test_a_named_predecessor_owns_its_whole_strength() -> None:
    line = "Its predecessor, ATMIS, fielded close to 19,000 personnel at the start of 2023."
    got = deployed(SOMALIA + line)
    assert ("ATMIS", None, "19000") in got
    assert ("ATMIS", "UGA", "19000") not in got


def test_a_contingent_of_the_country_followed_stays_the_countrys() -> None:
    got = deployed(SOMALIA + "Its contingent numbers about 4,000 today.")
    assert any(s == "UGA" and v == "4000" for _, s, v in got)
