"""Readers: every input a user can name (file, directory, stdin, URL, feed) becomes Documents.

This is the first stage of the pipeline. It knows nothing of extraction or storage; it turns
bytes into ``Document`` objects (text + where it came from + when it was published) and reports
every input it cannot read as an ``InputError`` *value* in the stream, so that one bad file in a
batch of hundreds costs one line of output, not the batch.

    read_inputs(inputs, *, allow_private=False, settings=None) -> Iterator[Document | InputError]
    read_text(text, *, source="-", **meta) -> Document
    read_url(url, *, allow_private=False, settings=None) -> list[Document]   (raises InputError)

Formats: see ``SUPPORTED_EXTENSIONS`` and docs/sources.md.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document

from . import connectors
from .base import check_size, decode_bytes
from .text import KNOWN_KEYS, document_from_text, field_key

__all__ = ["SUPPORTED_EXTENSIONS", "read_inputs", "read_text", "read_url"]

# Extension → content type. Directories are walked for exactly these.
CONTENT_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".jsonl": "application/jsonl",
    ".ndjson": "application/jsonl",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".parquet": "application/vnd.apache.parquet",
    ".warc": "application/warc",
    ".warc.gz": "application/warc",
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(CONTENT_TYPES)
# Archives read as a stream, record by record, never whole: the size cap applies to each record.
STREAMED = frozenset({"application/vnd.apache.parquet", "application/warc"})


def content_type_of(path: Path) -> str | None:
    """The content type a file's extension names (``.warc.gz`` included), None when unsupported."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return CONTENT_TYPES[".warc.gz"]
    return CONTENT_TYPES.get(path.suffix.lower())


def read_inputs(
    inputs: Iterable[str], *, allow_private: bool = False, settings: Settings | None = None
) -> Iterator[Document | InputError]:
    """Every document of every input, in order, with an InputError in place of each failure.

    An input is a file, a directory (walked recursively for ``SUPPORTED_EXTENSIONS``, hidden
    entries skipped), ``-`` for stdin, an http(s) URL (a page, a PDF, a feed: told apart by
    content type and content), or a connector written ``KIND:key=value&…`` (``reliefweb:country=HTI``;
    see ``sources.connectors``). Never raises for a bad input.
    """
    settings = settings or Settings()
    for given in inputs:
        item = os.fspath(given) if isinstance(given, os.PathLike) else str(given)
        try:
            if item == "-":
                yield from _read_stdin(settings, allow_private)
            elif _is_url(item):
                from .web import iter_url

                yield from iter_url(item, allow_private=allow_private, settings=settings)
            elif connectors.is_input(item):  # reliefweb:country=HTI&…, gdelt:query=…
                yield from connectors.read_input(item, settings=settings, allow_private=allow_private)
            elif _OTHER_SCHEME.match(item):
                scheme = item.split(":", 1)[0]
                raise InputError(f"unsupported URL scheme {scheme!r} (only http and https)", input=item)
            else:
                yield from _read_path(Path(item), item, settings, allow_private)
        except InputError as exc:
            yield exc
        except Exception as exc:  # a reader bug must not end the batch; report it as this input's
            yield InputError(f"could not be read ({type(exc).__name__}: {exc})", input=item)


def read_text(text: str, *, source: str = "-", **meta: Any) -> Document:
    """A Document from text given directly (an API POST body), its header block parsed.

    Keyword arguments named like header keys (``title``, ``published``, ``url``, ``outlet``,
    ``language``, ``content_type``) fill those fields and beat the header; the rest go to
    ``meta``. Raises InputError when there is no text.
    """
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    content_type = meta.pop("content_type", None) or "text/plain"
    for key, value in meta.items():
        norm = field_key(key)
        if norm in KNOWN_KEYS:
            fields[KNOWN_KEYS[norm]] = value
        elif key == "meta" and isinstance(value, dict):
            extra.update(value)
        elif value is not None:
            extra[key] = value
    if not text or not text.strip():
        raise InputError("empty input", input=source)
    return document_from_text(text, source=source, content_type=content_type, meta=extra, **fields)


def read_url(url: str, *, allow_private: bool = False, settings: Settings | None = None) -> list[Document]:
    """The documents behind one URL (one page, or each entry of a feed).

    Raises InputError when the URL is refused or cannot be fetched, or yields no document. For
    a feed, entries that fail on their own are left out here; ``read_inputs`` reports each.
    """
    from .web import iter_url

    documents: list[Document] = []
    first_error: InputError | None = None
    for item in iter_url(url, allow_private=allow_private, settings=settings or Settings()):
        if isinstance(item, InputError):
            first_error = first_error or item
        else:
            documents.append(item)
    if not documents:
        raise first_error or InputError("no documents", input=url)
    return documents


def _is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def _read_stdin(settings: Settings, allow_private: bool) -> Iterator[Document | InputError]:
    data = sys.stdin.buffer.read(settings.max_document_bytes + 1)
    check_size(len(data), settings.max_document_bytes, "-", complete=False)
    yield from read_bytes(data, source="-", content_type=None, settings=settings, allow_private=allow_private)


def _read_path(
    path: Path, name: str, settings: Settings, allow_private: bool
) -> Iterator[Document | InputError]:
    if path.is_dir():
        found = False
        for child in _walk(path):
            found = True
            try:
                yield from _read_file(child, str(child), settings, allow_private)
            except InputError as exc:
                yield exc
            except Exception as exc:  # one file's reader bug must not skip the rest of the directory
                yield InputError(f"could not be read ({type(exc).__name__}: {exc})", input=str(child))
        if not found:
            kinds = ", ".join(sorted(SUPPORTED_EXTENSIONS))
            raise InputError(f"directory has no readable documents (looked for {kinds})", input=name)
        return
    yield from _read_file(path, name, settings, allow_private)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            if content_type_of(Path(filename)) is not None:
                yield Path(dirpath) / filename


def _read_file(
    path: Path, name: str, settings: Settings, allow_private: bool
) -> Iterator[Document | InputError]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file or directory", input=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=name) from None
    if not path.is_file():
        raise InputError("not a regular file", input=name)
    kind = content_type_of(path)
    if size == 0:
        raise InputError("empty file", input=name)
    if kind in STREAMED:
        yield from _read_archive(path, name, kind, settings)
        return
    check_size(size, settings.max_document_bytes, name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=name) from None
    check_size(len(data), settings.max_document_bytes, name)
    yield from read_bytes(
        data,
        source=name,
        content_type=kind,
        settings=settings,
        allow_private=allow_private,
    )


def _read_archive(path: Path, name: str, kind: str, settings: Settings) -> Iterator[Document | InputError]:
    """A Parquet or WARC file, streamed from disk."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", input=name) from None
    with stream:
        yield from _read_archive_stream(stream, name, kind, settings)


def _read_archive_stream(
    stream: IO[bytes], name: str, kind: str, settings: Settings
) -> Iterator[Document | InputError]:
    if kind == "application/warc":
        from .warc import read_warc

        yield from read_warc(stream, source=name, settings=settings)
    else:
        from .parquet import read_parquet

        yield from read_parquet(stream, source=name)


_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")
_HTML_START = re.compile(rb"<(?:!--|p|div|article|section|main|h[1-6]|meta|title|table)[\s>/]")


def sniff(data: bytes) -> str:
    """A content type from the bytes themselves, for stdin, odd extensions and vague servers."""
    if data[:4] == b"PAR1":
        return "application/vnd.apache.parquet"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/1."):
        return "application/warc"
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "application/rss+xml"
        if b"<html" in head:
            return "text/html"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head[:512]:
        return "text/html"
    if _HTML_START.match(head):
        return "text/html"  # a fragment (an API or a CMS export): trafilatura reads those too
    if head.startswith(b"{") and b'"text"' in data[:65536]:
        return "application/jsonl"
    return "text/plain"


def read_bytes(
    data: bytes,
    *,
    source: str,
    content_type: str | None,
    settings: Settings | None = None,
    allow_private: bool = False,
) -> Iterator[Document | InputError]:
    """The documents in ``data`` by its content type (sniffed when None or unsupported).

    ``settings`` and ``allow_private`` apply to the links of a feed's entries, fetched by URL.
    """
    if not data.strip():
        raise InputError("empty input", input=source)
    kind = content_type if content_type in set(CONTENT_TYPES.values()) else sniff(data)
    if kind in ("text/plain", "text/markdown"):
        warnings: list[str] = []
        text = decode_bytes(data, source=source, warnings=warnings)
        yield document_from_text(text, source=source, content_type=kind, warnings=warnings)
    elif kind == "text/html":
        from .html import read_html

        yield read_html(data, source=source)
    elif kind == "application/pdf":
        from .pdf import read_pdf

        yield read_pdf(data, source=source, settings=settings)
    elif kind == "application/jsonl":
        from .jsonl import read_jsonl

        yield from read_jsonl(data, source=source)
    elif kind in ("application/rss+xml", "application/atom+xml"):
        from .feed import read_feed_bytes
        from .web import entry_fetcher

        fetch_entry = entry_fetcher(allow_private, settings or Settings())
        yield from read_feed_bytes(data, source=source, fetch_entry=fetch_entry)
    elif kind in STREAMED:  # an archive fetched by URL or piped in: already in memory
        yield from _read_archive_stream(io.BytesIO(data), source, kind, settings or Settings())
    else:  # pragma: no cover - every value of CONTENT_TYPES is handled above
        raise InputError(f"unsupported content type {kind}", input=source)
