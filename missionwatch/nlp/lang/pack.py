"""One pack's run over an article: the shared engine with the pack's grammar and lemmatiser."""

from __future__ import annotations

from missionwatch.models import Claim
from missionwatch.nlp.dates import clean_published
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
    persons = find_persons(text, stop_words(grammar), art.names, bodies, body_words)
    claims = figures(art, lemmatise) + council(art)
    claims += as_many(art, claims)
    claims += statuses(art, claims) + quotes(art, persons) + roles(art, persons)
    return dedupe(claims, published)
