"""A union deciding its own mission's mandate ("The EU extended EUFOR Althea for another year") is
no country's body extending its contingent's stay: the extension is the mission's."""

from __future__ import annotations

from missionwatch.nlp import extract


def _mandate(text: str) -> set[tuple[str, str | None, str]]:
    return {
        (c.measure, c.mission, str(c.value))
        for c in extract(text, "2025-11-20")
        if c.measure.startswith("mandate.")
    }


def test_the_eu_extends_its_own_mission() -> None:
    assert ("mandate.duration", "EUFOR", "12") in _mandate("The EU extended EUFOR Althea for another year.")


def test_eu_governments_extend_a_naval_operation_to_a_day() -> None:
    got = _mandate("EU governments on Monday extended EUNAVFOR Aspides until 28 February 2027.")
    assert ("mandate.expiry", "ASPIDES", "2027-02-28") in got


def test_a_countrys_parliament_still_extends_only_its_contingent() -> None:
    assert not _mandate("Kenya's parliament voted on Tuesday to extend the deployment by six months.")
