"""A force "deployed in June 1999 under resolution 1244" names the text it went in under: the Council
adopted it on the day its record gives, not on the day of the deployment; a force that "has been"
somewhere under a text, or money used under one, gives no adoption (lines written for these tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def adopted(text: str, published: str = "2025-03-10") -> set[tuple[str | None, str]]:
    return {(c.subject, str(c.value)) for c in extract(text, published) if c.measure == "council.adopted"}


def test_a_force_deployed_under_a_resolution() -> None:
    text = "KOSOVO FORCE (KFOR)\n\n* Deployed in June 1999 under UN Security Council resolution 1244."
    assert ("1244", "1999-06-10") in adopted(text)


def test_a_force_that_has_been_somewhere_under_a_resolution() -> None:
    assert adopted("KFOR has been in Kosovo under Security Council resolution 1244 for 25 years.") == set()


def test_money_used_under_a_resolution() -> None:
    assert adopted("The AU wants the mission financed under resolution 2719, which the US opposes.") == set()
