"""The registered spaCy components of the extractor, each reading and writing one thing.

    mw_sentences   sets Token.is_sent_start          (sentences.split_sentences)
    mw_entities    doc.spans["mw_entities"]           countries, missions, organisations, places
    mw_quantities  doc.spans["mw_quantities"]         figures with value/unit/qualifier
    mw_dates       doc.spans["mw_dates"]              dates resolved against doc._.mw_published
    mw_measures    doc._.mw_raw                       typed raw claims (measures.type_document)

Every component keeps its parsed payloads in ``doc._.mw_found`` beside the spans. The logic lives
in plain modules; these wrappers only move offsets in and out of the Doc, so the pipeline runs over
``spacy.blank("en")``. The Doc's text is the working text (``pipeline.WorkingTextTokenizer``: the
same length as the text given, which ``doc._.mw_source`` keeps); every component reads it through
:func:`text_of` (spaCy rebuilds ``doc.text`` from the tokens on every access: 0.3 s a megabyte).
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from missionwatch.nlp.context import Sent
from missionwatch.nlp.dates import clean_published, find_dates
from missionwatch.nlp.entities import find_entities
from missionwatch.nlp.measures import type_document
from missionwatch.nlp.numbers import find_quantities
from missionwatch.nlp.sentences import split_flat, split_sentences

for _name, _default in (
    ("mw_published", None),
    ("mw_source", None),
    ("mw_text", None),
    ("mw_title", None),
    ("mw_raw", None),
    ("mw_sentences", None),
    ("mw_found", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _span(doc: Doc, start: int, end: int, label: str, payload: Any) -> Span | None:
    """A span for display and spaCy tooling; the payload itself is kept in ``doc._.mw_found``.

    (Span extension values are keyed by offsets, so a date and a figure over the same characters
    would overwrite each other; the parallel payload lists avoid that.)
    """
    if doc._.mw_found is None:
        doc._.mw_found = {}
    key = {"DATE": "mw_dates"}.get(label) or (
        "mw_entities" if label in ("COUNTRY", "MISSION", "ORG", "PLACE") else "mw_quantities"
    )
    doc._.mw_found.setdefault(key, []).append(payload)
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def text_of(doc: Doc) -> str:
    """The Doc's (working) text, as the tokenizer made it, else as spaCy rebuilds it."""
    return doc._.mw_text if doc._.mw_text is not None else doc.text


def _published(doc: Doc) -> str | None:
    """The publication date, checked once: one that is not an ISO date is dropped (with a warning)."""
    doc._.mw_published = clean_published(doc._.mw_published)
    return doc._.mw_published


@Language.factory("mw_sentences")
def make_sentences(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        # the working text is split as it is; a Doc made by another tokenizer goes through it first
        text = text_of(doc)
        spans = split_flat(text) if doc._.mw_source is not None else split_sentences(text)
        doc._.mw_sentences = spans
        # one array write: setting Token.is_sent_start one by one re-checks the whole Doc each time
        if len(doc):
            idx = doc.to_array([IDX]).reshape(-1).astype("int64")
            flags = numpy.where(numpy.isin(idx, numpy.array([s for s, _ in spans], dtype="int64")), 1, -1)
            flags[0] = 1
            doc.from_array([SENT_START], flags.astype("int64").astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    return component


@Language.factory("mw_entities")
def make_entities(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        spans = [_span(doc, e.start, e.end, e.label, e) for e in find_entities(text_of(doc))]
        doc.spans["mw_entities"] = [s for s in spans if s is not None]
        return doc

    return component


@Language.factory("mw_quantities")
def make_quantities(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        spans = [_span(doc, q.start, q.end, q.unit or "NUMBER", q) for q in find_quantities(text_of(doc))]
        doc.spans["mw_quantities"] = [s for s in spans if s is not None]
        return doc

    return component


@Language.factory("mw_dates")
def make_dates(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        dates = find_dates(text_of(doc), _published(doc))
        spans = [_span(doc, d.start, d.end, "DATE", d) for d in dates]
        doc.spans["mw_dates"] = [s for s in spans if s is not None]
        return doc

    return component


@Language.factory("mw_measures")
def make_measures(nlp: Language, name: str) -> Any:
    def component(doc: Doc) -> Doc:
        sents = build_sents(doc)
        doc._.mw_raw = type_document(text_of(doc), sents, _published(doc))
        return doc

    return component


def build_sents(doc: Doc) -> list[Sent]:
    """Plain sentence views of the Doc: each sentence with the entities, figures and dates in it."""
    spans = doc._.mw_sentences or [(s.start_char, s.end_char) for s in doc.sents]
    title = doc._.mw_title
    text = text_of(doc)
    sents = [Sent(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
    title_end = -1
    if title and title.split():
        # the headline as the text writes it, perhaps hard-wrapped: its words, any spaces between
        words = re.compile(r"\s+".join(re.escape(w) for w in title.split()))
        found = words.search(text, 0, 5 + 4 * len(title))
        if found and found.start() < 5:
            title_end = found.end()
    for s in sents:
        s.headline = s.end <= title_end
    starts = [s.start for s in sents]

    def owner(pos: int) -> Sent | None:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sents[i].start <= pos < sents[i].end:
            return sents[i]
        return None

    for key, attr in (("mw_entities", "ents"), ("mw_quantities", "quants"), ("mw_dates", "dates")):
        for payload in (doc._.mw_found or {}).get(key, []):
            at = owner(payload.start)
            if at is not None and payload.end <= at.end:
                getattr(at, attr).append(payload)
    return sents
