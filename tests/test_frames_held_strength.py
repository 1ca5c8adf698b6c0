"""Troops a force has, told by their noun phrase when no verb of deploying or counting says so; and
a mission "carried" for years is no mandate's length. Sentences written for these tests; each
failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _claims(text: str) -> set[tuple[str, str | None, object]]:
    return {(c.measure, c.mission, c.value) for c in extract(text, "2024-05-01", extractor="frames")}


def test_a_missions_own_troops_are_its_strength() -> None:
    text = "UNFICYP\n\nIts roughly 800 peacekeepers, from Argentina and Slovakia, watch the buffer zone."
    assert ("personnel.deployed", "UNFICYP", 800) in _claims(text)


def test_troops_a_relative_clause_says_it_had_are_its_strength() -> None:
    text = "Analysis\n\nThat is six months to move the some 12,000 troops and police it had in June."
    assert any(m == "personnel.deployed" and v == 12000 for m, _, v in _claims(text))


def test_promised_troops_it_owns_stay_promised() -> None:
    text = "MSS\n\nIts 600 promised officers have not arrived."
    assert not any(m == "personnel.deployed" and v == 600 for m, _, v in _claims(text))


def test_carrying_a_mission_for_years_is_no_mandate_length() -> None:
    text = "ATMIS\n\nTroops came from the same four countries that had carried AMISOM for 12 years."
    assert not any(m == "mandate.duration" for m, _, _ in _claims(text))


def test_extending_a_mission_for_a_year_is_a_mandate_length() -> None:
    text = "UNMISS\n\nOn Thursday the Security Council extended UNMISS for one year."
    assert any(m == "mandate.duration" and v == 12 for m, _, v in _claims(text))
