"""What the language-pack round tests read: a French or Spanish text's claims, or those of one
measure as (subject, value) pairs. One place for the helper every round's file used to repeat."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp import extract

FR, ES = "fr", "es"


def read(text: str, language: str, published: str = "2025-03-10") -> list[Claim]:
    """The claims of ``text`` under a title line, as an article of that day in that language."""
    return extract("Titre\n\n" + text, published, language=language)


def of(text: str, language: str, measure: str, published: str = "2025-03-10") -> set[tuple[object, object]]:
    """The (subject, value) pairs of one measure."""
    return {(c.subject, c.value) for c in read(text, language, published) if c.measure == measure}


def dated(
    text: str, language: str, measure: str, published: str = "2025-03-10"
) -> set[tuple[object, object, object, object]]:
    """The (subject, value, mission, as_of) of one measure: for families that move a figure's
    mission or date."""
    return {
        (c.subject, c.value, c.mission, c.as_of)
        for c in read(text, language, published)
        if c.measure == measure
    }
