"""Parquet and WARC inputs: read as a stream, each row or captured page one document, each bad one
one error naming ``file:N`` — and a Parquet row reads exactly as the same JSONL line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources import read_inputs

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT = (
    "Kenya's contingent in Haiti grew to about {n} police officers by the end of the month, the force said."
)
ROWS = [
    {
        "text": TEXT.format(n=400 + i),
        "title": f"Update {i}",
        "published": "2025-03-0" + str(i + 1),
        "desk": "wire",
    }
    for i in range(3)
]


def test_a_parquet_row_reads_as_the_same_jsonl_line(tmp_path: Path) -> None:
    pq.write_table(
        pa.Table.from_pylist([*ROWS[:1], {"text": "", "title": "empty"}, *ROWS[1:]]), tmp_path / "a.parquet"
    )
    lines = [*ROWS[:1], {"text": "", "title": "empty"}, *ROWS[1:]]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    rows = list(read_inputs([str(tmp_path / "a.parquet")]))
    lines_read = list(read_inputs([str(tmp_path / "a.jsonl")]))
    assert [type(x) for x in rows] == [Document, InputError, Document, Document]
    assert isinstance(rows[1], InputError) and rows[1].one_line() == (
        f'error: {tmp_path / "a.parquet"}:2: missing or empty "text"'
    )
    for got, want in zip(rows, lines_read, strict=True):
        if isinstance(got, Document) and isinstance(want, Document):
            assert (got.id, got.title, got.published, got.meta) == (
                want.id,
                want.title,
                want.published,
                want.meta,
            )
            assert got.content_type == "application/vnd.apache.parquet"


def test_a_parquet_file_without_text_or_not_parquet_is_one_error(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), tmp_path / "b.parquet")
    (tmp_path / "c.parquet").write_bytes(b"PAR1 but not really")
    errors = list(read_inputs([str(tmp_path / "b.parquet"), str(tmp_path / "c.parquet")]))
    assert next(e.one_line() for e in errors if isinstance(e, InputError)).endswith('has no "text" column')
    assert "not a readable Parquet file" in errors[1].one_line() and len(errors) == 2


def test_a_warc_gives_its_captured_pages_and_skips_the_rest(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)

        def response(url: str, status: str, kind: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)

        writer.write_record(
            writer.create_warc_record("https://a.example/1", "request", payload=io.BytesIO(b"GET /"))
        )
        page = (
            "<html><body><article>"
            + "".join(f"<p>{r['text']}</p>" for r in ROWS)
            + "</article></body></html>"
        )
        response("https://a.example/1", "200 OK", "text/html; charset=utf-8", page.encode())
        response("https://a.example/2", "200 OK", "text/plain", ROWS[0]["text"].encode())
        response("https://a.example/3", "404 Not Found", "text/html", b"<p>gone</p>")
        response("https://a.example/4.png", "200 OK", "image/png", b"\x89PNG")
        response("https://a.example/5", "200 OK", "text/html", b"<html><body><nav>Home</nav></body></html>")
    got = list(read_inputs([str(tmp_path)]))  # a directory: .warc.gz files are walked too
    docs = [d for d in got if isinstance(d, Document)]
    assert [(d.url, d.source) for d in docs] == [
        ("https://a.example/1", f"{path}:2"),
        ("https://a.example/2", f"{path}:3"),
    ]
    assert "about 401 police officers" in docs[0].text and docs[1].content_type == "text/plain"
    errors = [e.one_line() for e in got if isinstance(e, InputError)]
    assert len(errors) == 1 and errors[0].startswith(f"error: {path}:6: HTML page has no main text")


def test_a_file_that_is_not_a_warc_is_one_error(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    (tmp_path / "x.warc").write_bytes(b"this is not an archive\n")
    got = list(read_inputs([str(tmp_path / "x.warc")]))
    assert len(got) == 1 and isinstance(got[0], InputError)
    assert got[0].one_line().startswith(f"error: {tmp_path / 'x.warc'}: not a readable WARC file")
