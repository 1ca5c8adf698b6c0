"""Extractor v1 (``rules``): cue regexes over character windows, on ``spacy.blank("en")``.

``extract(text, published, title=…)`` runs a spaCy pipeline of registered components over
``spacy.blank("en")`` (sentences, entities, figures, dates, typing) and turns the result into
:class:`~missionwatch.models.Claim` objects, each tied to the sentence and character offsets that
state it. Quotes, persons and roles come from ``nlp.people``. Kept beside v2 (``nlp.frames``) so
the two can be compared on the same text; see docs/extraction.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from missionwatch.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language

    from missionwatch.models import Claim

EXTRACTOR_NAME = "missionwatch-rules"
EXTRACTOR_VERSION = "0.1.0"

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract", "get_extractor"]


def get_extractor() -> Language:
    """The cached spaCy pipeline (built on first use)."""
    from missionwatch.nlp.pipeline import build

    return build()


def _title_of(text: str, title: str | None) -> str | None:
    """The headline, when the text opens with it (the corpus format puts it on the first line; a
    hard-wrapped report may break it over lines, so spaces and line breaks compare alike)."""
    if not title or not title.strip():
        return None
    words = title.split()
    if " ".join(text.lstrip()[: 2 * len(title) + 16].split()).startswith(" ".join(words)):
        return title
    return None


def extract(text: str, published: str | None = None, *, title: str | None = None) -> list[Claim]:
    """Every claim in ``text``; relative dates resolve against ``published`` (ISO date).

    ``title``: the headline; when the text opens with it, its figures are not claimed again (the
    corpus convention) but it still tells which mission the article is about. Raises
    ExtractionError if the pipeline fails on this text.
    """
    from missionwatch.nlp.claims import doc_to_claims

    nlp = get_extractor()
    try:
        doc = nlp.make_doc(text)
        doc._.mw_published = published
        doc._.mw_title = _title_of(text, title)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        claims = doc_to_claims(doc, extractor=EXTRACTOR_NAME, version=EXTRACTOR_VERSION)
        sentences = list(doc._.mw_sentences or [])
    except Exception as exc:  # a rule bug must not stop a batch: report it as this document's failure
        raise ExtractionError(f"extractor failed: {type(exc).__name__}: {exc}") from exc
    claims.extend(_people(text, sentences, published))
    return claims


def _people(text: str, sentences: list[tuple[int, int]], published: str | None) -> list[Claim]:
    """Quotes and roles from the people helper's module, when it is there."""
    try:
        from missionwatch.nlp.people import extract_people
    except ImportError:
        return []
    try:
        found = extract_people(text, sentences, published)
    except Exception as exc:
        raise ExtractionError(f"people extractor failed: {type(exc).__name__}: {exc}") from exc
    for c in found:
        if not c.extractor_version:
            c.extractor_version = EXTRACTOR_VERSION
    return list(found)
