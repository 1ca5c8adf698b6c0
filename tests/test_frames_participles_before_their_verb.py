"""A past participle on counted people before their own finite verb ("300 soldiers trained in Kenya
have arrived", "217 officers drawn largely from one unit had joined the mission") describes the
people; the finite verb is their event. A participle that is the only verb still speaks ("600
officers trained and ready") (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def personnel(text: str, published: str = "2025-02-10") -> set[tuple[str, str]]:
    return {(c.measure, str(c.value)) for c in extract(text, published) if c.measure.startswith("personnel.")}


def test_people_trained_elsewhere_who_arrived_are_no_pledge() -> None:
    got = personnel("Some 300 soldiers trained in Kenya have arrived in Port-au-Prince for the MSS.")
    assert ("personnel.pledged", "300") not in got


def test_people_drawn_from_a_unit_who_joined() -> None:
    text = (
        "The MSS counts about 1,000 personnel. Last month, 217 officers drawn largely from the Rapid "
        "Deployment Unit had joined the mission."
    )
    assert any(m != "personnel.pledged" and v == "217" for m, v in personnel(text))


def test_a_participle_that_is_the_only_verb() -> None:
    assert ("personnel.pledged", "600") in personnel(
        "Kenya has 600 more officers trained and ready for the MSS."
    )
