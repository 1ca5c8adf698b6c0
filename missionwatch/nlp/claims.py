"""The one place a spaCy Doc becomes our Claims: everything downstream is spaCy-free.

Provenance is exact: a claim's ``sentence`` is sliced from the text the extractor was given
(``doc._.mw_source``; the Doc itself holds the same-length working text), and its evidence
``[start, end)`` lies inside that sentence. A rule whose match ran past its sentence has its
evidence cut back to the sentence and the claim says so (flag ``evidence_clipped``).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from missionwatch.models import Claim
from missionwatch.nlp.context import Raw

log = logging.getLogger(__name__)


def sentence_text(doc: Doc, raw: Raw, text: str | None = None) -> str:
    """The claim's sentence, from the text as given; pass ``text`` (that text, read once) when
    slicing many claims: spaCy rebuilds ``doc.text`` on every access, a long article turns quadratic."""
    if text is None:
        text = doc._.mw_source if doc._.mw_source is not None else doc.text
    return text[raw.sent.start : raw.sent.end]


def evidence_span(raw: Raw) -> tuple[int, int, bool]:
    """``(start, end, clipped)``: the raw claim's evidence, cut back to its sentence if it ran past."""
    s, e = raw.sent.start, raw.sent.end
    start, end = raw.start, raw.end
    if s <= start <= end <= e:
        return start, end, False
    start, end = min(max(start, s), e), max(min(end, e), s)
    if start >= end:  # nothing of it in the sentence: the sentence is the evidence
        start, end = s, e
    return start, end, True


def doc_to_claims(doc: Doc, *, extractor: str, version: str) -> list[Claim]:
    """Claims from the raw typing results the ``mw_measures`` component left on the Doc."""
    out: list[Claim] = []
    text = doc._.mw_source if doc._.mw_source is not None else (doc._.mw_text or doc.text)
    for raw in doc._.mw_raw or []:
        start, end, clipped = evidence_span(raw)
        flags = list(raw.flags)
        if clipped:
            flags.append("evidence_clipped")
            log.debug(
                "%s: evidence %d-%d ran past its sentence %d-%d",
                raw.measure,
                raw.start,
                raw.end,
                raw.sent.start,
                raw.sent.end,
            )
        out.append(
            Claim(
                measure=raw.measure,
                mission=raw.mission or None,
                subject=raw.subject,
                value=raw.value,
                unit=raw.unit,
                qualifier=raw.qualifier,
                qualifier_cue=raw.qualifier_cue,
                as_of=raw.as_of,
                resolution=raw.resolution,
                sentence=sentence_text(doc, raw, text),
                start=start,
                end=end,
                confidence=raw.confidence,
                extractor=extractor,
                extractor_version=version,
                rule=raw.rule,
                flags=flags,
                attrs=dict(raw.attrs),
            )
        )
    return out
