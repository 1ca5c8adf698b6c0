"""One pack's run over an article: the shared engine with the pack's grammar and lemmatiser."""

from __future__ import annotations

from datetime import date, timedelta

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.dates import clean_published
from missionwatch.nlp.lang import epoch
from missionwatch.nlp.lang.council import council
from missionwatch.nlp.lang.engine import Lemmatiser, dedupe, figures, read
from missionwatch.nlp.lang.equal import as_many
from missionwatch.nlp.lang.grammar import Grammar, fold
from missionwatch.nlp.lang.names import find_persons
from missionwatch.nlp.lang.people import quotes, roles, stop_words
from missionwatch.nlp.lang.statuses import statuses


def run(text: str, published: str | None, grammar: Grammar, lemmatise: Lemmatiser) -> list[Claim]:
    """Every claim of ``text`` read with ``grammar``; offsets are offsets into ``text``."""
    published = clean_published(published)
    art = read(text, published, grammar)
    bodies = tuple(fold(w) for w in grammar.words("names", "bodies_before"))
    body_words = frozenset(fold(w) for w in grammar.words("names", "body_words"))
    groups = frozenset(fold(w) for w in grammar.words("names", "groups"))
    persons = find_persons(text, stop_words(grammar), art.names, bodies, body_words, groups)
    claims = figures(art, lemmatise) + council(art)
    claims += as_many(art, claims)
    claims += statuses(art, claims) + quotes(art, persons) + roles(art, persons)
    _strength_of_its_mission(claims)
    _expiry_of_the_predecessor(claims)
    claims = epoch.carry_paragraph_date(art, claims)
    return dedupe(claims, published)


def _strength_of_its_mission(claims: list[Claim]) -> None:
    """A planned strength or a ceiling told in a story on the mission that replaced or preceded it
    ("frente a los 2.500 previstos", "un plafond de 5 550" filed under the other one): the strength
    the knowledge base gives the predecessor as planned, or a ceiling the Council set for the
    successor, and not one of the mission's own, is that other mission's (as the English
    pipeline's ``_strength_of_its_mission``). A country's own target stays its own."""
    for c in claims:
        if (
            c.measure != "personnel.target"
            or not isinstance(c.value, int)
            or (c.subject or "x")[:1].isupper()
        ):
            continue
        m = kbglue.mission(c.mission)
        if m is None or c.value in kbglue.strengths(m.code):
            continue
        kin = [
            code
            for code, ceilings in ((m.predecessor, False), (m.successor, True))
            if code and c.value in kbglue.strengths(code, ceilings=ceilings)
        ]
        if len(kin) == 1:
            c.mission = kin[0]


_FIRST_TERM = timedelta(days=90)  # no mandate runs out within three months of its mission's start


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def _expiry_of_the_predecessor(claims: list[Claim]) -> None:
    """ "Son mandat devait expirer le 2 octobre", "cuya autorización expiraba el 2 de octubre", in a
    story on the force that began on 30 September: an authorisation ending before its mission could
    have run a first term is the authorisation of the mission it replaced (as the English pipeline's
    ``_expiry_of_the_predecessor``)."""
    for c in claims:
        ends = _day(c.value) if c.measure == "mandate.expiry" else None
        for _ in range(3):
            m = kbglue.mission(c.mission)
            start = _day(getattr(m, "start", None))
            if m is None or not m.predecessor or start is None or ends is None or ends >= start + _FIRST_TERM:
                break
            c.mission = m.predecessor
