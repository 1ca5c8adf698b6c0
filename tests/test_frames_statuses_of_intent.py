"""Contributor statuses told by a group the countries are counted among ("are among the countries
expected to send personnel") and by a declared intent ("notified the UN of their intention to send
personnel"). Sentences written for these tests; each failed before."""

from __future__ import annotations

from missionwatch.nlp import extract


def _statuses(text: str) -> set[tuple[str | None, object]]:
    return {
        (c.subject, c.value)
        for c in extract(text, "2024-06-01", extractor="frames")
        if c.measure == "contributor"
    }


def test_countries_among_those_expected_to_send_people_are_expected() -> None:
    text = "MSS\n\nTogo, Niger and Benin are among the countries expected to send officers next year."
    assert {("TGO", "expected"), ("NER", "expected"), ("BEN", "expected")} <= _statuses(text)


def test_a_notified_intention_to_send_people_is_a_pledge() -> None:
    text = "MSS\n\nGuyana and Suriname have notified the UN of their intention to send police officers."
    assert {("GUY", "pledged"), ("SUR", "pledged")} <= _statuses(text)


def test_a_confirmed_intention_is_a_commitment() -> None:
    text = "GSF\n\nNepal and Rwanda have confirmed their intention to deploy formed units in the spring."
    assert {("NPL", "committed"), ("RWA", "committed")} <= _statuses(text)


def test_an_intention_to_hold_talks_gives_no_status() -> None:
    text = "MSS\n\nGuyana and Suriname have notified the UN of their intention to hold talks."
    assert not _statuses(text)
