"""WARC archives (Common Crawl, Internet Archive, browsertrix): one document per captured page.

Each ``response`` (HTTP 2xx) or ``resource`` record whose payload is HTML, plain text or PDF is
read by the reader of that type, with the record's target URI as the document's URL; requests,
metadata, redirects and images are skipped without a word, as a crawler's by-products. The archive
(``.warc`` or ``.warc.gz``) is streamed record by record, never read whole; each record is held to
the per-document size cap. A record that cannot be read is one InputError naming
``file:RECORD`` (1-based, counting every record) and the reason; the rest go on. Needs warcio,
the ``warc`` extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.extras import MissingExtraError, load
from missionwatch.models import Document

from .base import check_size

CONTENT_TYPE = "application/warc"
READABLE = {
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
    "text/plain": "text/plain",
    "application/pdf": "application/pdf",
}


def read_warc(stream: IO[bytes], *, source: str, settings: Settings) -> Iterator[Document | InputError]:
    """A Document per readable captured page and an InputError per broken one."""
    try:
        load("warcio", "warc", "reading WARC files")
    except MissingExtraError as exc:  # this input's error, one line naming the file and the extra
        raise InputError(exc.reason, input=source) from None
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from . import read_bytes  # the reader of each page's type (the package imports this module lazily)

    number = 0
    pages = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if not str(record.format).startswith("warc"):  # warcio also takes old ARC and stray text
                raise InputError("not a readable WARC file (no WARC/1.x record header)", input=source)
            kind = _readable(record)
            if kind is None:
                continue
            pages += 1
            where = f"{source}:{number}"
            uri = record.rec_headers.get_header("WARC-Target-URI")
            try:
                data = record.content_stream().read(settings.max_document_bytes + 1)
                check_size(len(data), settings.max_document_bytes, where, complete=False)
                for doc in read_bytes(data, source=where, content_type=kind, settings=settings):
                    if isinstance(doc, Document) and not doc.url and uri:
                        doc.url = uri
                    yield doc
            except InputError as exc:
                yield exc
            except Exception as exc:  # one record's surprise must not end the archive
                yield InputError(f"could not be read ({type(exc).__name__}: {exc})", input=where)
    except ArchiveLoadFailed as exc:
        raise InputError(f"not a readable WARC file ({exc})", input=source) from None
    if not number:
        raise InputError("not a readable WARC file (no WARC record in it)", input=source)
    if not pages:
        raise InputError("WARC file has no HTML, text or PDF pages", input=source)


def _readable(record: Any) -> str | None:
    """The reader's content type for a page worth reading, None for everything else."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        declared = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        declared = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    return READABLE.get(declared.split(";", 1)[0].strip().lower())
