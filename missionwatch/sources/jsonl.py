"""JSON Lines: one document per line, the shape scrapers and news APIs export.

Each line is an object with ``text`` (required, non-empty) and optionally ``url``, ``title``,
``published`` (or ``date``), ``outlet`` (or ``source``/``site``), ``language``; every other key
goes to ``meta``. The text is taken as is: a header block inside ``text`` is parsed as in a
``.txt`` file, and fields of the line beat the header's. A bad line is one InputError naming
``file:LINE`` (1-based); the good lines around it are still yielded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from .base import decode_bytes
from .text import document_from_text

_FIELDS = {
    "url": "url",
    "link": "url",
    "title": "title",
    "headline": "title",
    "published": "published",
    "date": "published",
    "published_at": "published",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "language": "language",
    "lang": "language",
}


def read_jsonl(data: bytes, *, source: str) -> Iterator[Document | InputError]:
    """A Document per good line and an InputError per bad one; raises InputError for the file."""
    warnings: list[str] = []
    text = decode_bytes(data, source=source, warnings=warnings)
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        where = f"{source}:{number}"
        try:
            yield _line_document(line, where, warnings)
        except InputError as exc:
            yield exc
        except Exception as exc:  # one line's surprise must not drop the lines after it
            reason = str(exc).splitlines()[0] if str(exc) else ""
            yield InputError(f"could not be read ({type(exc).__name__}: {reason})", input=where)
    if not seen:
        raise InputError("empty input", input=source)


def _line_document(line: str, where: str, warnings: list[str]) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})", input=where) from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", input=where)
    return record_document(record, where, content_type="application/jsonl", warnings=warnings)


def record_document(
    record: dict[str, Any], where: str, *, content_type: str, warnings: list[str] | None = None
) -> Document:
    """A Document from one record (a JSONL line, a Parquet row): the same keys, the same checks."""
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError('missing or empty "text"', input=where)
    fields: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in record.items():
        if key == "text":
            continue
        target = _FIELDS.get(key.lower())
        if target and value not in (None, ""):
            # a year may come as a number ("published": 2024); every other field is text
            number_ok = target == "published" and isinstance(value, int) and not isinstance(value, bool)
            if not isinstance(value, str) and not number_ok:
                raise InputError(f'"{key}" must be a string', input=where)
            fields.setdefault(target, str(value))
        elif value is not None:
            meta[key] = value
    return document_from_text(
        body, source=where, content_type=content_type, warnings=list(warnings or []), meta=meta, **fields
    )
