"""PDF reports (UN Secretary-General reports, press releases): their text, page by page.

pypdf extracts each page's text; pages are joined with a blank line so a sentence never runs
across a page break unnoticed. A PDF encrypted with an empty user password (common for "print
protected" reports) is opened; any other encrypted PDF is refused, as are corrupt files and
PDFs with no text layer (scans), which would need OCR.

The PDF's ``/Title`` becomes the title. Its ``/CreationDate`` is kept in ``meta["pdf_created"]``
but not used as the publication date: it is often the date a file was re-exported, and a wrong
anchor for "last month" is worse than none.
"""

from __future__ import annotations

import io
import logging
import time
from typing import Any

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document

from .base import build_document


def read_pdf(
    data: bytes, *, source: str, url: str | None = None, settings: Settings | None = None
) -> Document:
    """One Document from a PDF's bytes; raises InputError when it cannot be read.

    Caps (``settings``): at most ``max_pdf_pages`` pages (a 20,000-page file whose pages share one
    content stream costs minutes), and ``pdf_timeout`` seconds of text extraction, checked between
    pages. A stream that inflates past pypdf's own limits (a decompression bomb) is refused too.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

    settings = settings or Settings()

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # pypdf warns about every repaired xref; the user needs none of it
    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except (DependencyError, NotImplementedError) as exc:
                    raise InputError(f"encrypted PDF that cannot be opened ({exc})", input=source) from None
                if not opened:
                    raise InputError("encrypted PDF (needs a password)", input=source)
            pages = _page_texts(reader, source, settings)
            info = reader.metadata
        except InputError:
            raise
        except FileNotDecryptedError:
            raise InputError("encrypted PDF (needs a password)", input=source) from None
        except LimitReachedError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else "a size limit"
            raise InputError(
                f"PDF refused: a compressed stream inflates past pypdf's safety limit "
                f"(a decompression bomb?): {reason}",
                input=source,
            ) from None
        except (
            PdfReadError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            IndexError,
            RecursionError,
            OSError,
        ) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(f"corrupt or unreadable PDF ({reason})", input=source) from None
    finally:
        logger.setLevel(level)
    if not pages:
        raise InputError("PDF has no pages", input=source)
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError("PDF has no text layer (a scan? OCR it first)", input=source)
    meta: dict[str, Any] = {"pages": len(pages)}
    title = None
    if info is not None:
        title = info.title
        created = info.get("/CreationDate")
        if created:
            meta["pdf_created"] = str(created)
        if info.author:
            meta["author"] = info.author
    return build_document(
        text, source=source, content_type="application/pdf", url=url, title=title, meta=meta
    )


def _page_texts(reader: Any, source: str, settings: Settings) -> list[str]:
    """Each page's text, within the page cap and the time cap."""
    count = len(reader.pages)
    if count > settings.max_pdf_pages:
        raise InputError(
            f"PDF has {count} pages, over the limit of {settings.max_pdf_pages} (MISSIONWATCH_MAX_PDF_PAGES)",
            input=source,
        )
    started = time.monotonic()
    texts: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        texts.append(page.extract_text() or "")
        elapsed = time.monotonic() - started
        if elapsed > settings.pdf_timeout and number < count:
            raise InputError(
                f"PDF text extraction stopped after {elapsed:.0f} s at page {number} of {count} "
                f"(limit {settings.pdf_timeout:g} s, MISSIONWATCH_PDF_TIMEOUT)",
                input=source,
            )
    return texts
