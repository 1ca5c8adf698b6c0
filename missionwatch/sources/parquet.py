"""Parquet: one document per row, the shape data teams hand over archives in (a GDELT article
list joined with its texts, a Common Crawl news slice after extraction).

A row has the keys a JSON Lines record has (``text`` required; ``url``, ``title``, ``published``,
``outlet``, ``language``; the rest goes to ``meta``) and is read by the same code
(``jsonl.record_document``), so a Parquet file and the JSONL file of the same rows give the same
documents. The file is read a row group at a time, never whole: an archive can be far larger
than memory. A bad row is one InputError naming ``file:ROW`` (1-based); the rows around it are
still read. Needs pyarrow, the ``parquet`` extra.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import IO, Any

from missionwatch.errors import InputError
from missionwatch.extras import MissingExtraError, load
from missionwatch.models import Document

from .jsonl import record_document

CONTENT_TYPE = "application/vnd.apache.parquet"
ROWS_PER_BLOCK = 1024


def read_parquet(file: str | IO[bytes], *, source: str) -> Iterator[Document | InputError]:
    """A Document per good row and an InputError per bad one; raises InputError for the file."""
    try:
        load("pyarrow", "parquet", "reading Parquet files")
    except MissingExtraError as exc:  # this input's error, one line naming the file and the extra
        raise InputError(exc.reason, input=source) from None
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file)
    except Exception as exc:  # not Parquet, truncated, a footer pyarrow cannot read
        raise InputError(f"not a readable Parquet file ({type(exc).__name__}: {exc})", input=source) from None
    if "text" not in parquet.schema_arrow.names:
        raise InputError('Parquet file has no "text" column', input=source)
    row = 0
    for block in parquet.iter_batches(batch_size=ROWS_PER_BLOCK):
        for record in block.to_pylist():
            row += 1
            where = f"{source}:{row}"
            try:
                yield record_document(_plain(record), where, content_type=CONTENT_TYPE)
            except InputError as exc:
                yield exc
            except Exception as exc:  # one row's surprise must not drop the rows after it
                yield InputError(f"could not be read ({type(exc).__name__}: {exc})", input=where)
    if not row:
        raise InputError("empty input", input=source)


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """Dates and timestamps as ISO text, nulls dropped: what a JSONL line would hold."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dt.datetime):
            value = value.date().isoformat() if key.lower() in _DATE_KEYS else value.isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, bytes):
            continue  # binary columns (raw payloads) are not metadata
        if value is not None:
            out[key] = value
    return out


_DATE_KEYS = {"published", "date", "published_at"}
