"""Export a ledger to JSONL, CSV or Parquet, and import such an export back, losslessly.

Importing an export into an empty ledger gives the same ledger: the same documents (every
field, the cluster they belong to, when they were stored) and the same claims in the same order.
Claim row ids are not carried: they are the ledger's own and are reassigned on import.

Formats:

- ``jsonl``: one file (or stdout); a header line, then each document followed by its claims,
  each line ``{"type": "document" | "claim", ...}``.
- ``csv``: ``documents.csv`` and ``claims.csv`` in a directory, or in a ``.zip``, made to open in
  a spreadsheet: a missing value is an empty cell, ``value`` is the plain value (``400``,
  ``Kenya``) with its type in ``value_type`` (int, float, str), and the rare field that holds an
  empty text rather than nothing is named in the last column, ``empty_text``, so the round trip
  stays lossless; ``meta``, ``flags`` and ``attrs`` are JSON. ``bom=True`` starts each file with
  a UTF-8 byte-order mark, which Excel needs to read UTF-8. Exports of version 1 (``\\N`` for a
  missing value, JSON values) are still read.
- ``parquet``: ``documents.parquet`` and ``claims.parquet`` in a directory (pyarrow); the
  mixed-type and structured fields are JSON strings as in CSV, timestamps are UTC timestamps.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from missionwatch.errors import InputError, MissionWatchError
from missionwatch.models import Claim, Document, document_id

FORMATS = ("jsonl", "csv", "parquet")
EXPORT_VERSION = 1
DOC_FIELDS = (
    "id", "text", "source", "url", "title", "outlet", "published", "published_precision",
    "retrieved_at", "language", "status", "content_type", "meta", "cluster_id", "stored_at",
)  # fmt: skip
CLAIM_FIELDS = ("document_id", *Claim.model_fields)
JSON_FIELDS = frozenset({"meta", "value", "flags", "attrs"})
INT_FIELDS = frozenset({"start", "end"})
FLOAT_FIELDS = frozenset({"confidence"})
TIME_FIELDS = frozenset({"retrieved_at", "stored_at"})
NULL = "\\N"  # a missing value in CSV exports of version 1
EMPTY_TEXT = "empty_text"  # CSV column: the fields of the row that hold "" rather than nothing
VALUE_TYPES = {"int": int, "float": float, "str": str}

csv.field_size_limit(2**31 - 1)


@dataclass
class ImportSummary:
    imported: int = 0
    duplicates: int = 0
    claims: int = 0
    reviews: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


# -- records ---------------------------------------------------------------------------------
def document_record(doc: Any) -> dict[str, Any]:
    """A stored document as a plain dict of the exported fields (timestamps as ISO strings)."""
    data = {name: getattr(doc, name) for name in DOC_FIELDS}
    for name in TIME_FIELDS:
        data[name] = data[name].isoformat() if data[name] is not None else None
    return data


def claim_record(document_id_: str, claim: Claim) -> dict[str, Any]:
    return {"document_id": document_id_, **claim.model_dump()}


Records = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]  # document, claims, reviews


def _records(ledger: Any) -> Iterator[Records]:
    """Each document with its claims and its review events (in order of writing)."""
    reviews = ledger.review_records()
    for doc, claims in ledger.iter_documents():
        yield document_record(doc), [claim_record(doc.id, c) for c in claims], reviews.get(doc.id, [])


# -- export ----------------------------------------------------------------------------------
def export_ledger(ledger: Any, fmt: str, output: str | None, *, bom: bool = False) -> tuple[int, int]:
    """Write the whole ledger in ``fmt`` to ``output`` (stdout for jsonl when None).

    ``bom``: start CSV files with a UTF-8 byte-order mark (for Excel). Returns (documents, claims)
    written. Raises MissionWatchError for a bad format or path.
    """
    if fmt not in FORMATS:
        raise MissionWatchError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    if fmt == "jsonl":
        if output in (None, "-"):
            return _export_jsonl(ledger, sys.stdout)
        with open(output, "w", encoding="utf-8", newline="\n") as fh:
            return _export_jsonl(ledger, fh)
    if not output:
        raise MissionWatchError(
            f"--format {fmt} writes two tables: give -o DIRECTORY (or -o FILE.zip for csv)"
        )
    if fmt == "csv":
        return _export_csv(ledger, Path(output), bom=bom)
    return _export_parquet(ledger, Path(output))


def _export_jsonl(ledger: Any, fh: IO[str]) -> tuple[int, int]:
    from missionwatch.ledger.engine import head_revision

    header = {"type": "missionwatch-export", "version": EXPORT_VERSION, "schema": head_revision()}
    fh.write(json.dumps(header) + "\n")
    docs = claims = 0
    for doc, doc_claims, doc_reviews in _records(ledger):
        fh.write(json.dumps({"type": "document", **doc}, ensure_ascii=False) + "\n")
        for claim in doc_claims:
            fh.write(json.dumps({"type": "claim", **claim}, ensure_ascii=False) + "\n")
        for review in doc_reviews:
            fh.write(json.dumps({"type": "review", **review}, ensure_ascii=False) + "\n")
        docs += 1
        claims += len(doc_claims)
    fh.flush()
    return docs, claims


def csv_header(fields: tuple[str, ...]) -> list[str]:
    """The CSV columns of a table: its fields, ``value_type`` after ``value``, ``empty_text`` last."""
    out: list[str] = []
    for name in fields:
        out.append(name)
        if name == "value":
            out.append("value_type")
    return [*out, EMPTY_TEXT]


def csv_row(fields: tuple[str, ...], record: dict[str, Any]) -> list[str]:
    """One record as spreadsheet cells: empty for missing, plain scalars, JSON for structures."""
    cells: list[str] = []
    empty: list[str] = []
    for name in fields:
        value = record[name]
        if value == "" and (name == "value" or name not in JSON_FIELDS):
            empty.append(name)
        if name == "value":
            cells.append("" if value is None else repr(value) if isinstance(value, float) else str(value))
            cells.append("" if value is None else type(value).__name__)
        elif name in JSON_FIELDS:
            cells.append("" if value is None else json.dumps(value, ensure_ascii=False))
        elif value is None:
            cells.append("")
        else:
            cells.append(repr(value) if isinstance(value, float) else str(value))
    return [*cells, " ".join(empty)]


def _from_csv_row(row: dict[str, str]) -> dict[str, Any]:
    empty = set((row.pop(EMPTY_TEXT, None) or "").split())
    value_type = row.pop("value_type", None)
    out: dict[str, Any] = {}
    for name, cell in row.items():
        if cell == "":
            out[name] = "" if name in empty else None
        elif name == "value":
            out[name] = VALUE_TYPES.get(value_type or "str", str)(cell)
        elif name in JSON_FIELDS:
            out[name] = json.loads(cell)
        elif name in INT_FIELDS:
            out[name] = int(cell)
        elif name in FLOAT_FIELDS:
            out[name] = float(cell)
        else:
            out[name] = cell
    return out


def _cell(name: str, value: Any) -> str:
    if name in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return NULL
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return "\\" + text if text.startswith("\\") else text


def _uncell(name: str, cell: str) -> Any:
    if name in JSON_FIELDS:
        return json.loads(cell)
    if cell == NULL:
        return None
    if cell.startswith("\\"):
        cell = cell[1:]
    if name in INT_FIELDS:
        return int(cell)
    if name in FLOAT_FIELDS:
        return float(cell)
    return cell


def _export_csv(ledger: Any, out: Path, *, bom: bool = False) -> tuple[int, int]:
    docs = claims = 0
    encoding = "utf-8-sig" if bom else "utf-8"
    with contextlib.ExitStack() as stack:
        if out.suffix.lower() == ".zip":
            zf = stack.enter_context(zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED))

            def member(name: str) -> IO[str]:
                raw = stack.enter_context(zf.open(name, "w", force_zip64=True))
                return stack.enter_context(io.TextIOWrapper(raw, encoding=encoding, newline=""))

            # Both members are open at once, which zipfile refuses: write claims to a temp file.
            docs_fh = member("documents.csv")
            claims_fh: IO[str] = stack.enter_context(
                tempfile.TemporaryFile("w+", encoding=encoding, newline="")
            )
        else:
            out.mkdir(parents=True, exist_ok=True)
            docs_fh = stack.enter_context(open(out / "documents.csv", "w", encoding=encoding, newline=""))
            claims_fh = stack.enter_context(open(out / "claims.csv", "w", encoding=encoding, newline=""))
        dw = csv.writer(docs_fh)
        cw = csv.writer(claims_fh)
        dw.writerow(csv_header(DOC_FIELDS))
        cw.writerow(csv_header(CLAIM_FIELDS))
        reviews: list[dict[str, Any]] = []
        for doc, doc_claims, doc_reviews in _records(ledger):
            dw.writerow(csv_row(DOC_FIELDS, doc))
            for claim in doc_claims:
                cw.writerow(csv_row(CLAIM_FIELDS, claim))
            reviews.extend(doc_reviews)
            docs += 1
            claims += len(doc_claims)
        if out.suffix.lower() == ".zip":
            docs_fh.close()
            claims_fh.seek(0)
            target = member("claims.csv")
            shutil.copyfileobj(claims_fh, target)
            target.close()
            if reviews:
                _write_review_csv(member("reviews.csv"), reviews)
        elif reviews:
            _write_review_csv(
                stack.enter_context(open(out / "reviews.csv", "w", encoding=encoding, newline="")), reviews
            )
    return docs, claims


# Review events (ledger/reviews.py) travel in their own table: reviews.csv, reviews.parquet, or
# "review" lines after their document's claims in JSONL. Written only when there are any.
REVIEW_FIELDS = (
    "id", "at", "editor", "action", "document_id", "claim_seq", "claim_sig", "target", "reason",
    "before", "after",
)  # fmt: skip
REVIEW_JSON = frozenset({"before", "after"})


def _review_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if name in REVIEW_JSON else str(value)


def _review_uncell(name: str, cell: Any) -> Any:
    if cell is None or cell == "":
        return None
    if name in REVIEW_JSON:
        return json.loads(cell) if isinstance(cell, str) else cell
    if name == "claim_seq":
        return int(cell)
    return cell


def _write_review_csv(fh: IO[str], reviews: list[dict[str, Any]]) -> None:
    writer = csv.writer(fh)
    writer.writerow(REVIEW_FIELDS)
    for r in reviews:
        writer.writerow([_review_cell(n, r.get(n)) for n in REVIEW_FIELDS])


def _read_review_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{n: _review_uncell(n, row.get(n)) for n in REVIEW_FIELDS} for row in rows]


def _parquet_schemas() -> tuple[Any, Any]:
    from missionwatch.extras import load

    pa = load("pyarrow", "parquet", "Parquet export")

    def col(name: str) -> Any:
        if name in TIME_FIELDS:
            return pa.field(name, pa.timestamp("us", tz="UTC"))
        if name in INT_FIELDS:
            return pa.field(name, pa.int64())
        if name in FLOAT_FIELDS:
            return pa.field(name, pa.float64())
        return pa.field(name, pa.string())

    return pa.schema([col(n) for n in DOC_FIELDS]), pa.schema([col(n) for n in CLAIM_FIELDS])


def _to_arrow(name: str, value: Any) -> Any:
    if name in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if name in TIME_FIELDS and value is not None:
        return datetime.fromisoformat(value)
    return value


def _export_parquet(ledger: Any, out: Path, batch: int = 2000) -> tuple[int, int]:
    from missionwatch.extras import require

    require("parquet", "Parquet export")
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    doc_schema, claim_schema = _parquet_schemas()
    docs = claims = 0
    with (
        pq.ParquetWriter(out / "documents.parquet", doc_schema) as dwriter,
        pq.ParquetWriter(out / "claims.parquet", claim_schema) as cwriter,
    ):
        doc_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []

        def flush() -> None:
            conv_d = [{n: _to_arrow(n, r[n]) for n in DOC_FIELDS} for r in doc_rows]
            conv_c = [{n: _to_arrow(n, r[n]) for n in CLAIM_FIELDS} for r in claim_rows]
            dwriter.write_table(pa.Table.from_pylist(conv_d, schema=doc_schema))
            cwriter.write_table(pa.Table.from_pylist(conv_c, schema=claim_schema))
            doc_rows.clear()
            claim_rows.clear()

        reviews: list[dict[str, Any]] = []
        for doc, doc_claims, doc_reviews in _records(ledger):
            reviews.extend(doc_reviews)
            doc_rows.append(doc)
            claim_rows.extend(doc_claims)
            docs += 1
            claims += len(doc_claims)
            if len(doc_rows) >= batch:
                flush()
        flush()
    if reviews:
        cols = [
            pa.field(n, pa.int64() if n == "claim_seq" else pa.string(), nullable=True) for n in REVIEW_FIELDS
        ]
        rows = [
            {n: (r.get(n) if n == "claim_seq" else _review_cell(n, r.get(n)) or None) for n in REVIEW_FIELDS}
            for r in reviews
        ]
        pq.write_table(pa.Table.from_pylist(rows, schema=pa.schema(cols)), out / "reviews.parquet")
    return docs, claims


# -- import ----------------------------------------------------------------------------------
# where, document, claims, review events, error
Item = tuple[str, dict[str, Any] | None, list[dict[str, Any]], list[dict[str, Any]], str | None]


def _iter_jsonl(lines: Iterator[str], name: str) -> Iterator[Item]:
    current: dict[str, Any] | None = None
    current_where = name
    claims: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            yield where, None, [], [], f"not a JSON record ({exc})"
            continue
        kind = record.pop("type", None)
        if kind == "missionwatch-export":
            if record.get("version", EXPORT_VERSION) > EXPORT_VERSION:
                yield (
                    where,
                    None,
                    [],
                    [],
                    f"export version {record.get('version')} is newer than this MissionWatch",
                )
                return
            continue
        if kind == "document":
            if current is not None:
                yield current_where, current, claims, reviews, None
            current, current_where, claims, reviews = record, where, [], []
        elif kind in ("claim", "review"):
            if current is None or record.get("document_id") != current.get("id"):
                yield where, None, [], [], f"{kind} does not follow its document"
                continue
            (claims if kind == "claim" else reviews).append(record)
        else:
            yield where, None, [], [], f"unknown record type {kind!r}"
    if current is not None:
        yield current_where, current, claims, reviews, None


def _iter_tables(
    doc_rows: list[dict[str, Any]],
    claim_rows: list[dict[str, Any]],
    name: str,
    review_rows: list[dict[str, Any]] | None = None,
) -> Iterator[Item]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for claim in claim_rows:
        by_doc.setdefault(claim.get("document_id") or "", []).append(claim)
    reviews_of: dict[str, list[dict[str, Any]]] = {}
    for review in review_rows or []:
        reviews_of.setdefault(review.get("document_id") or "", []).append(review)
    for number, doc in enumerate(doc_rows, 2):
        key = doc.get("id") or ""
        yield f"{name}:{number}", doc, by_doc.pop(key, []), reviews_of.pop(key, []), None
    for orphan in by_doc:
        yield name, None, [], [], f"claims for document {orphan[:12]} which is not in the export"
    for orphan in reviews_of:
        yield name, None, [], [], f"reviews of document {orphan[:12]} which is not in the export"


def _read_csv_text(text: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    if EMPTY_TEXT in (reader.fieldnames or ()):
        return [_from_csv_row(row) for row in reader]
    return [{k: _uncell(k, v) for k, v in row.items()} for row in reader]  # version 1


def _iter_csv(path: Path) -> Iterator[Item]:
    if path.is_dir():
        docs_text = (path / "documents.csv").read_text(encoding="utf-8")
        claims_file = path / "claims.csv"
        claims_text = claims_file.read_text(encoding="utf-8") if claims_file.exists() else ""
        reviews_file = path / "reviews.csv"
        reviews_text = reviews_file.read_text(encoding="utf-8") if reviews_file.exists() else ""
    else:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "documents.csv" not in names:
                raise InputError("zip has no documents.csv", input=str(path))
            docs_text = zf.read("documents.csv").decode("utf-8")
            claims_text = zf.read("claims.csv").decode("utf-8") if "claims.csv" in names else ""
            reviews_text = zf.read("reviews.csv").decode("utf-8") if "reviews.csv" in names else ""
    reviews = list(csv.DictReader(io.StringIO(reviews_text.removeprefix("\ufeff"), newline="")))
    yield from _iter_tables(
        _read_csv_text(docs_text),
        _read_csv_text(claims_text) if claims_text else [],
        str(path),
        _read_review_rows(reviews),
    )


def _iter_parquet(path: Path) -> Iterator[Item]:
    from missionwatch.extras import require

    require("parquet", "Parquet import")
    import pyarrow.parquet as pq

    def rows(file: Path) -> list[dict[str, Any]]:
        out = []
        for row in pq.read_table(file).to_pylist():
            for name in JSON_FIELDS & row.keys():
                row[name] = json.loads(row[name]) if row[name] is not None else None
            for name in TIME_FIELDS & row.keys():
                row[name] = row[name].isoformat() if row[name] is not None else None
            out.append(row)
        return out

    claims_file = path / "claims.parquet"
    reviews_file = path / "reviews.parquet"
    reviews = pq.read_table(reviews_file).to_pylist() if reviews_file.exists() else []
    yield from _iter_tables(
        rows(path / "documents.parquet"),
        rows(claims_file) if claims_file.exists() else [],
        str(path),
        _read_review_rows(reviews),
    )


def read_export(path: str) -> Iterator[Item]:
    """The (where, document record, claim records, error) items of an export at ``path``.

    ``-`` reads JSONL from stdin; a directory holds CSV or Parquet tables; a ``.zip`` holds CSV.
    """
    if path == "-":
        yield from _iter_jsonl(iter(sys.stdin), "-")
        return
    p = Path(path)
    if p.is_dir():
        if (p / "documents.parquet").exists():
            yield from _iter_parquet(p)
        elif (p / "documents.csv").exists():
            yield from _iter_csv(p)
        else:
            raise InputError("directory has neither documents.csv nor documents.parquet", input=path)
        return
    if not p.exists():
        raise InputError("no such file or directory", input=path)
    if zipfile.is_zipfile(p):
        yield from _iter_csv(p)
        return
    with open(p, encoding="utf-8") as fh:
        yield from _iter_jsonl(iter(fh), path)


def _document(record: dict[str, Any]) -> tuple[Document, str | None, datetime | None]:
    data = {k: record.get(k) for k in DOC_FIELDS if k not in ("cluster_id", "stored_at")}
    data["meta"] = data.get("meta") or {}
    if data.get("retrieved_at") is None:
        data.pop("retrieved_at", None)
    fields: dict[str, Any] = {k: v for k, v in data.items() if v is not None or k not in ("content_type",)}
    doc = Document(**fields)
    if record.get("id") and record["id"] != document_id(doc.text):
        raise ValueError("document id does not match its text (edited export?)")
    stored_at = record.get("stored_at")
    return doc, record.get("cluster_id"), datetime.fromisoformat(stored_at) if stored_at else None


def _claim(record: dict[str, Any]) -> Claim:
    return Claim(**{k: v for k, v in record.items() if k in Claim.model_fields})


def _review(record: dict[str, Any]) -> Any:
    from missionwatch.ledger.reviews import ReviewEvent

    return ReviewEvent.model_validate({k: record.get(k) for k in REVIEW_FIELDS})


def import_export(ledger: Any, path: str) -> ImportSummary:
    """Store every document of the export at ``path`` with its claims, its cluster and its review
    events.

    Documents already in the ledger are counted as duplicates; a bad record costs one error
    line (``error: path:line: reason``) and the import goes on.
    """
    summary = ImportSummary()
    run_id = ledger.start_run([path], command="import")
    try:
        for where, record, claim_records, review_records, error in read_export(path):
            if error or record is None:
                summary.failed += 1
                summary.errors.append(MissionWatchError(error or "bad record", input=where).one_line())
                continue
            try:
                doc, cluster_id, stored_at = _document(record)
                claims = [_claim(c) for c in claim_records]
                reviews = [_review(r) for r in review_records]
            except (ValueError, TypeError) as exc:
                summary.failed += 1
                reason = " ".join(str(exc).split())[:300]
                summary.errors.append(MissionWatchError(f"invalid record: {reason}", input=where).one_line())
                continue
            result = ledger.store(doc, claims, run_id=run_id, cluster_id=cluster_id, stored_at=stored_at)
            if result.status == "stored":
                summary.imported += 1
                summary.claims += result.claims
            else:
                summary.duplicates += 1
            # After the document, so an import killed in between is finished by running it again
            # (the document is a duplicate then, and events already there are skipped by id).
            summary.reviews += sum(1 for r in reviews if ledger.import_review(r))
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, KeyError) as exc:
        summary.failed += 1
        summary.errors.append(MissionWatchError(f"cannot read export: {exc}", input=path).one_line())
    finally:
        ledger.finish_run(
            run_id,
            stored=summary.imported,
            duplicates=summary.duplicates,
            failed=summary.failed,
            claims=summary.claims,
            errors=summary.errors,
        )
    return summary
