"""Countries listed after "from N countries" that a force's counted people come from are its
deployed contributors (not when the count is only planned); so are countries a verb names "as
countries with personnel" or "as possible contributors" (not "as a partner"). Sentences written for
these tests; the dash list and the named countries failed before, the others are guards."""

from __future__ import annotations

from missionwatch.nlp import extract


def _statuses(text: str) -> set[tuple[str | None, object]]:
    return {
        (c.subject, c.value)
        for c in extract(text, "2025-06-01", extractor="frames")
        if c.measure == "contributor"
    }


def test_countries_listed_after_a_dash_are_deployed_contributors() -> None:
    text = (
        "Haiti\n\nThe MSS mission now counts just over 400 personnel from three countries — "
        "Jamaica, Belize and Guatemala — against its plan."
    )
    assert {("JAM", "deployed"), ("BLZ", "deployed"), ("GTM", "deployed")} <= _statuses(text)


def test_countries_listed_after_a_colon_are_deployed_contributors() -> None:
    text = (
        "Kosovo\n\nKFOR has about 4,300 troops from 28 countries: Italy, Türkiye and Hungary send the most."
    )
    assert {("ITA", "deployed"), ("TUR", "deployed"), ("HUN", "deployed")} <= _statuses(text)


def test_countries_a_planned_force_is_to_come_from_are_not_deployed() -> None:
    text = (
        "Haiti\n\nThe GSF is expected to have 5,000 personnel from eight countries — Chad, Benin "
        "and Bangladesh among them."
    )
    assert not any(v == "deployed" for _, v in _statuses(text))


def test_countries_a_record_lists_as_countries_with_personnel_or_named_as_contributors() -> None:
    text = (
        "Haiti\n\nThe Chairperson listed Jamaica, Guatemala and Belize as countries with personnel "
        "in Haiti. Chad and Bangladesh have also been named by diplomats as possible contributors "
        "to the MSS. The minister described Barbados as a reliable partner."
    )
    statuses = _statuses(text)
    assert {("JAM", "deployed"), ("GTM", "deployed"), ("BLZ", "deployed")} <= statuses
    assert {("TCD", "expected"), ("BGD", "expected")} <= statuses
    assert not any(code == "BRB" for code, _ in statuses)
