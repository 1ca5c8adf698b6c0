"""A party or body told right after a full name ("of the Left", "(Greens)") neither hides the person
nor becomes one: "the" before a capitalised run marks a body, never a personal name."""

from __future__ import annotations

from missionwatch.nlp import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(c.subject, str(c.value)) for c in extract(text, "2026-03-01") if c.measure == "quote"]


def test_name_of_the_party_said_is_the_name() -> None:
    text = 'Dilek Ayhan of the Left said her group would vote no. "We renew missions, not plans," she said.'
    assert [s for s, _ in _quotes(text)] == ["Dilek Ayhan"], _quotes(text)


def test_a_bracketed_party_before_who_keeps_the_person() -> None:
    text = (
        "Maren Ostholt (Greens), who sits on the defence committee, backed the mandate. "
        '"The north can turn in a day," she said.'
    )
    assert [s for s, _ in _quotes(text)] == ["Maren Ostholt"], _quotes(text)


def test_the_party_is_no_speaker() -> None:
    text = 'Jonas Feld of the Free Democrats spoke last. "We abstain," he said.'
    assert all(s not in ("Free Democrats", "Democrats") for s, _ in _quotes(text)), _quotes(text)
