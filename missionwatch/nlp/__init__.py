"""nlp: the claim extractors, text in, sourced Claims out.

``extract(text, published, title=…, extractor=NAME)`` runs one of the registered extractors
(``nlp.extractors``: ``rules`` = v1, ``frames`` = v2; the default comes from
``MISSIONWATCH_EXTRACTOR``) and stamps every claim with the extractor's name and version. See
docs/extraction.md for how each works and how to add a pattern.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from missionwatch.errors import ExtractionError, MissionWatchError
from missionwatch.nlp.extractors import DEFAULT, EXTRACTORS, Extractor, resolve
from missionwatch.nlp.lang import UNSUPPORTED, pack_for

if TYPE_CHECKING:
    from missionwatch.models import Claim, Document

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT", "EXTRACTORS", "UNSUPPORTED", "Extractor", "extract", "extract_document", "pack_for", "resolve",
]  # fmt: skip


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    extractor: str | None = None,
    language: str | None = None,
) -> list[Claim]:
    """Every claim in ``text``; relative dates resolve against ``published`` (ISO date).

    ``title``: the headline; when the text opens with it, its figures are not claimed again (the
    corpus convention) but it still tells which mission the article is about. ``language`` (a code:
    ``fr``, ``es-419``; None = English) routes the text to its language pack (``nlp.lang``): a
    language without one gives no claims, English goes to ``extractor``. Raises ExtractionError if
    the extractor fails on this text, InputError for an unknown extractor.
    """
    spec = resolve(extractor)
    pack = pack_for(language)
    if pack is None:
        log.info("no language pack reads %r: no claims", language)
        return []
    if pack.module is not None:
        claims = _run(pack.load(), text, published, title, pack.code, pack.claim_name, pack.version)
        return _filtered(claims, text, pack.calibration)
    if spec.max_chars is not None and spec.longer and len(text) > spec.max_chars:
        log.info(
            "a text of %d characters is longer than %s reads (%d): read by %s",
            len(text),
            spec.name,
            spec.max_chars,
            spec.longer,
        )
        spec = resolve(spec.longer)  # the claims say which extractor read them
    claims = _run(spec.load(), text, published, title, spec.name, spec.claim_name, spec.version)
    claims = _filtered(claims, text, spec.calibration)
    if spec.calibration:  # the learned readers; v1 keeps its rules' missions
        from missionwatch.nlp.succession import choose

        claims = choose(claims, text, published)
    return claims


def _filtered(claims: list[Claim], text: str, calibration: str | None) -> list[Claim]:
    """The claims the reader's calibrated filter keeps (all of them for a reader without one)."""
    if not calibration:
        return claims
    from missionwatch.nlp.calibration import calibrate

    return calibrate(claims, text, calibration)


def _run(
    run: Callable[..., list[Claim]],
    text: str,
    published: str | None,
    title: str | None,
    name: str,
    claim_name: str,
    version: str,
) -> list[Claim]:
    try:
        claims = run(text, published, title=title)
    except MissionWatchError:
        raise
    except Exception as exc:  # a rule bug must not stop a batch: report it as this document's failure
        raise ExtractionError(f"extractor {name} failed: {type(exc).__name__}: {exc}") from exc
    for c in claims:
        c.extractor = claim_name
        c.extractor_version = version
    return claims


def extract_document(doc: Document, *, extractor: str | None = None) -> list[Claim]:
    """:func:`extract` over a Document, with its publication date, title and language.

    Sets ``doc.status`` to "language not supported" when no pack reads its language, so the
    ledger keeps the document with a reason for its having no claims.
    """
    if pack_for(doc.language) is None:
        doc.status = UNSUPPORTED
    return extract(doc.text, doc.published, title=doc.title, extractor=extractor, language=doc.language)
