"""The one place a spaCy Doc becomes our Claims: everything downstream is spaCy-free."""

from __future__ import annotations

from spacy.tokens import Doc

from missionwatch.models import Claim
from missionwatch.nlp.context import Raw


def sentence_text(doc: Doc, raw: Raw, text: str | None = None) -> str:
    """The claim's sentence; pass ``text`` (``doc.text``, which spaCy rebuilds on every access) when
    slicing many claims, or a long article becomes quadratic."""
    return (doc.text if text is None else text)[raw.sent.start : raw.sent.end]


def doc_to_claims(doc: Doc, *, extractor: str, version: str) -> list[Claim]:
    """Claims from the raw typing results the ``mw_measures`` component left on the Doc."""
    out: list[Claim] = []
    text = doc.text
    for raw in doc._.mw_raw or []:
        value = raw.value
        out.append(
            Claim(
                measure=raw.measure,
                mission=raw.mission or None,
                subject=raw.subject,
                value=value,
                unit=raw.unit,
                qualifier=raw.qualifier,  # type: ignore[arg-type]
                qualifier_cue=raw.qualifier_cue,
                as_of=raw.as_of,
                resolution=raw.resolution,
                sentence=sentence_text(doc, raw, text),
                start=raw.start,
                end=raw.end,
                confidence=raw.confidence,
                extractor=extractor,
                extractor_version=version,
                rule=raw.rule,
                flags=list(raw.flags),
                attrs=dict(raw.attrs),
            )
        )
    return out
