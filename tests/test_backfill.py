"""``missionwatch backfill`` builds the ledger ``ingest`` builds, on every engine, and survives a kill.

The corpus mixes every input a backfill reads: the article fixtures (a directory of .txt), a
generated JSONL file (with a duplicate line and a bad one), the same kind of rows as Parquet and a
generated WARC archive (HTML captures beside a request record, a 404 and an image, which are
skipped). The ledgers are compared on what a reader sees: documents (id, cluster, metadata),
claims (every field but the row id) and the materialized facts.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import synth  # noqa: E402
from missionwatch.ledger import open_ledger  # noqa: E402
from missionwatch.models import Claim, Document  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"


# -- the corpus ---------------------------------------------------------------------------------
def write_jsonl(path: Path, n: int, *, start: int = 0, seed: int = 5) -> list[dict[str, Any]]:
    records = [d.record() for d in synth.generate(n, seed=seed, start=start)]
    lines = [json.dumps(r) for r in records]
    lines.insert(3, lines[1])  # an exact duplicate inside the input
    lines.insert(5, '{"title": "no text here"}')  # a bad line: one error, the rest goes on
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return records


def write_parquet(path: Path, records: list[dict[str, Any]]) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records), path)


def _page(record: dict[str, Any]) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
    return (
        f"<html><head><title>{record['title']}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{record['title']}</h1>{paragraphs}</article></body></html>"
    ).encode()


def write_warc(path: Path, records: list[dict[str, Any]]) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    del warcio
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, record in enumerate(records):
            url = f"https://news.example.org/haiti/{i}"
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(_page(record)), http_headers=headers
                )
            )
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/gone",
                "response",
                payload=io.BytesIO(b"<p>gone</p>"),
                http_headers=missing,
            )
        )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example.org/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=image,
            )
        )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("corpus")
    write_jsonl(root / "wire.jsonl", 40)
    write_parquet(root / "rows.parquet", [d.record() for d in synth.generate(8, seed=5, start=100)])
    write_warc(root / "crawl.warc.gz", [d.record() for d in synth.generate(6, seed=5, start=200)])
    return [str(ARTICLES), str(root / "wire.jsonl"), str(root / "rows.parquet"), str(root / "crawl.warc.gz")]


def ledger_view(db: str) -> dict[str, Any]:
    """What a reader of the ledger sees, without row ids, run ids and storage times."""
    con = sqlite3.connect(db)
    try:
        docs = sorted(
            con.execute(
                "SELECT id, cluster_id, url, title, outlet, published, language, content_type, source, "
                "meta, minhash FROM documents"
            )
        )
        claim_cols = [r[1] for r in con.execute("PRAGMA table_info(claims)") if r[1] != "id"]
        claims = sorted(con.execute(f"SELECT {', '.join(claim_cols)} FROM claims"), key=repr)
        fact_cols = [r[1] for r in con.execute("PRAGMA table_info(facts)") if r[1] != "seq"]
        facts = sorted(con.execute(f"SELECT {', '.join(fact_cols)} FROM facts"), key=repr)
        queued = con.execute("SELECT count(*) FROM facts_queue").fetchone()[0]
    finally:
        con.close()
    clusters: dict[str, list[str]] = {}
    for row in docs:
        clusters.setdefault(row[1], []).append(row[0])
    return {"documents": docs, "claims": claims, "clusters": clusters, "facts": facts, "queued": queued}


@pytest.fixture(scope="module")
def ingested(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from typer.testing import CliRunner

    from missionwatch.cli import app

    db = str(tmp_path_factory.mktemp("ingest") / "ingest.db")
    result = CliRunner().invoke(app, ["ingest", *corpus, "--db", db, "--format", "json"])
    assert result.exit_code == 1, result.output  # the bad JSONL line
    return ledger_view(db)


def backfill(cli: Any, corpus: list[str], db: str, *options: str) -> dict[str, Any]:
    result = cli("backfill", *corpus, "--db", db, "--batch", "8", "--format", "json", *options)
    assert result.exit_code == 1, result.output  # the bad line fails; everything else is stored
    summary = json.loads(result.stdout)
    errors = result.stderr.strip().splitlines()
    assert errors == [f'error: {corpus[1]}:6: missing or empty "text"'], errors
    assert summary["failures"] == {'missing or empty "text"': 1}
    return summary


def assert_same_ledger(got: dict[str, Any], want: dict[str, Any]) -> None:
    assert len(got["documents"]) == len(want["documents"]) > 60
    assert got["documents"] == want["documents"]
    assert got["clusters"] == want["clusters"]
    assert len(got["claims"]) == len(want["claims"]) > 300
    assert got["claims"] == want["claims"]
    assert got["facts"] == want["facts"] and got["facts"]
    assert got["queued"] == want["queued"] == 0


# -- the writer ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_store_many_stores_what_store_stores_one_by_one(new_db: Any, kind: str) -> None:
    """Same duplicates, same clusters (a near-copy joins the cluster of a document earlier in the
    same batch), same claims; a second pass finds every document known."""
    base = next(iter(synth.generate(1, seed=9))).text
    docs = [
        Document(text=base, source="a"),
        Document(text=base + "\n\nA second contingent is expected in March.", source="b"),  # near-copy of a
        Document(text=base, source="a-again"),  # exact duplicate inside the batch
        Document(text="The Council renewed the mandate of the support office for a year.", source="c"),
    ]
    claims = [
        [Claim(measure="personnel.deployed", value=i + 1, sentence=d.text[:30], start=0, end=5)]
        for i, d in enumerate(docs)
    ]
    one, many = open_ledger(new_db(kind)), open_ledger(new_db(kind))
    try:
        singles = [one.store(d, c) for d, c in zip(docs, claims, strict=True)]
        batch = many.store_many(list(zip(docs, claims, strict=True)))
        assert [r.model_dump() for r in batch] == [r.model_dump() for r in singles]
        assert [r.status for r in batch] == ["stored", "stored", "duplicate", "stored"]
        assert batch[1].cluster_id == batch[0].cluster_id == docs[0].id
        assert many.stats() == one.stats()
        assert many.known_documents([d.id for d in docs] + ["0" * 64]) == {d.id for d in docs}
        assert [c.model_dump(exclude={"id"}) for c in many.claims()] == [
            c.model_dump(exclude={"id"}) for c in one.claims()
        ]
    finally:
        one.close()
        many.close()


# -- engines --------------------------------------------------------------------------------------
def test_local_backfill_builds_the_ledger_ingest_builds(
    cli: Any, corpus: list[str], ingested: dict[str, Any], tmp_path: Path
) -> None:
    db = str(tmp_path / "local.db")
    summary = backfill(cli, corpus, db, "--engine", "local", "--workers", "2", "--facts-every", "16")
    assert summary["engine"] == "local" and summary["workers"] == 2
    assert summary["duplicates"] == 1 and summary["failed"] == 1
    assert summary["stored"] == len(ingested["documents"])
    assert summary["claims"] == len(ingested["claims"])
    assert_same_ledger(ledger_view(db), ingested)
    # a rerun reads everything, extracts nothing and stores nothing new
    again = backfill(cli, corpus, db, "--workers", "1")
    assert again["stored"] == 0 and again["duplicates"] == summary["stored"] + 1
    assert again["extract_seconds"] == 0
    assert_same_ledger(ledger_view(db), ingested)


def test_ray_backfill_builds_the_ledger_ingest_builds(
    cli: Any, corpus: list[str], ingested: dict[str, Any], tmp_path: Path
) -> None:
    pytest.importorskip("ray", reason="the 'ray' extra is not installed: pip install 'missionwatch[ray]'")
    db = str(tmp_path / "ray.db")
    summary = backfill(cli, corpus, db, "--engine", "ray", "--workers", "2")
    assert summary["engine"] == "ray" and summary["workers"] == 2
    assert_same_ledger(ledger_view(db), ingested)


# -- crash ------------------------------------------------------------------------------------------
def test_sigkill_of_the_driver_then_a_rerun_gives_the_same_ledger(
    corpus: list[str], ingested: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    command = [
        sys.executable,
        "-c",
        "from missionwatch.cli import main; main()",
        "backfill",
        *corpus,
        "--db",
        str(db),
        "--batch",
        "4",
        "--workers",
        "2",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    con = sqlite3.connect(db, timeout=5)
                    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                    con.close()
                except sqlite3.OperationalError:
                    stored = 0  # the schema is being created
            if stored >= 12:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the backfill finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)  # the driver only: its workers are left to notice
        proc.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # then whatever of its process group is left
    partial = ledger_view(str(db))
    assert 12 <= len(partial["documents"]) < len(ingested["documents"])
    rerun = subprocess.run(
        [*command, "--format", "json"], capture_output=True, text=True, env=env, timeout=300
    )
    assert rerun.returncode == 1, rerun.stderr  # the bad line, again
    summary = json.loads(rerun.stdout)
    assert summary["stored"] == len(ingested["documents"]) - len(partial["documents"])
    assert_same_ledger(ledger_view(str(db)), ingested)


# -- usage ------------------------------------------------------------------------------------------
def test_usage_errors_are_one_line(cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    result = cli("backfill", str(ARTICLES), "--engine", "spark", "--db", db)
    assert (
        result.exit_code == 1
        and result.stderr.strip() == "error: --engine spark: unknown engine (choose one of: local, ray)"
    )
    result = cli("backfill", str(ARTICLES), "--address", "auto", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: auto: --address names a Ray cluster: use it with --engine ray"
    missing = cli("backfill", str(tmp_path / "nowhere"), "--db", db, "--workers", "1", "--no-extract")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or directory"
