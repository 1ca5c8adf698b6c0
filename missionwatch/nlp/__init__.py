"""nlp: the claim extractors, text in, sourced Claims out.

``extract(text, published, title=…, extractor=NAME)`` runs one of the registered extractors
(``nlp.extractors``: ``rules`` = v1, ``frames`` = v2; the default comes from
``MISSIONWATCH_EXTRACTOR``) and stamps every claim with the extractor's name and version. See
docs/extraction.md for how each works and how to add a pattern.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from missionwatch.errors import ExtractionError, MissionWatchError
from missionwatch.nlp.extractors import DEFAULT, EXTRACTORS, Extractor, resolve

if TYPE_CHECKING:
    from missionwatch.models import Claim, Document

log = logging.getLogger(__name__)

__all__ = ["DEFAULT", "EXTRACTORS", "Extractor", "extract", "extract_document", "resolve"]


def extract(
    text: str, published: str | None = None, *, title: str | None = None, extractor: str | None = None
) -> list[Claim]:
    """Every claim in ``text``; relative dates resolve against ``published`` (ISO date).

    ``title``: the headline; when the text opens with it, its figures are not claimed again (the
    corpus convention) but it still tells which mission the article is about. Raises
    ExtractionError if the extractor fails on this text, InputError for an unknown extractor.
    """
    spec = resolve(extractor)
    if spec.max_chars is not None and spec.longer and len(text) > spec.max_chars:
        log.info(
            "a text of %d characters is longer than %s reads (%d): read by %s",
            len(text),
            spec.name,
            spec.max_chars,
            spec.longer,
        )
        spec = resolve(spec.longer)  # the claims say which extractor read them
    run = spec.load()
    try:
        claims = run(text, published, title=title)
    except MissionWatchError:
        raise
    except Exception as exc:  # a rule bug must not stop a batch: report it as this document's failure
        raise ExtractionError(f"extractor {spec.name} failed: {type(exc).__name__}: {exc}") from exc
    for c in claims:
        c.extractor = spec.claim_name
        c.extractor_version = spec.version
    return claims


def extract_document(doc: Document, *, extractor: str | None = None) -> list[Claim]:
    """:func:`extract` over a Document, with its publication date and title."""
    return extract(doc.text, doc.published, title=doc.title, extractor=extractor)
