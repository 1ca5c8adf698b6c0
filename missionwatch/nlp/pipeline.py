"""The extractor's spaCy pipeline: ``spacy.blank("en")`` plus the registered MissionWatch components.

Blank English installs with pip alone and runs fast; nothing is downloaded at run time.

The Doc is made over :func:`~missionwatch.nlp.sentences.working_text` — the text with hard-wrap
newlines, CRLF, tabs, no-break spaces, control characters and lone surrogates made plain, of the
same length — so every rule reads one kind of space while every offset stays an offset into the
text as given, which ``doc._.mw_source`` keeps: claims slice their sentence from it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import missionwatch.nlp.components  # noqa: F401  (registers the factories)
from missionwatch.nlp.sentences import working_text

COMPONENTS = ("mw_sentences", "mw_entities", "mw_quantities", "mw_dates", "mw_measures")
# No parser or NER runs here, so spaCy's 1,000,000-character guard (their memory) does not apply;
# the readers' size cap (MISSIONWATCH_MAX_DOCUMENT_BYTES) bounds what reaches the extractor.
MAX_LENGTH = 100_000_000


class WorkingTextTokenizer:
    """spaCy's tokenizer over the working text; the text as given goes to ``doc._.mw_source``."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(working_text(text))
        doc._.mw_source = text
        return doc

    def __getattr__(self, name: str) -> Any:  # to_disk, explain, rules …: the wrapped tokenizer's
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)


@cache
def build() -> Language:
    """The pipeline, built once per process."""
    nlp = spacy.blank("en")
    nlp.tokenizer = WorkingTextTokenizer(nlp.tokenizer)
    nlp.max_length = MAX_LENGTH
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
