"""spaCy's rule lemmatizers, made to look their word index up by hashing.

The English and French rule lemmatizers ask ``form in index`` of each candidate lemma, where each
part of speech's index is a list (up to 57,528 English nouns): a linear scan per candidate, most of
their time on a word not met before. The same words as a frozenset answer the same, by hashing; the
index is read only by those membership tests.
"""

from __future__ import annotations

from typing import Any


def index_as_sets(lemmatizer: Any) -> None:
    """Make the lemmatizer's ``lemma_index`` lists frozensets (in place; idempotent)."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index):
        index[pos] = frozenset(index[pos])
