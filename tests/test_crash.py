"""Durability: SIGKILL a real ``missionwatch ingest`` at random moments, then finish the job.

The subprocess runs the real command with a deterministic stand-in extractor (each document
yields a known number of claims, with a small delay so that kills land mid-batch), because the
property under test is the ledger's: no document without all its claims, no claim without its
document, and a final run that completes with no duplicates. Two ingests at once on one SQLite
file must both finish without "database is locked" and leave what sequential runs leave.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from missionwatch.cli.ingest import run_ingest
from missionwatch.ledger import open_ledger
from missionwatch.ledger.schema import ClaimRow, DocBandRow, DocumentRow
from missionwatch.models import Claim, Document

RUNNER = """
import sys, time
import missionwatch.cli.ingest as ingest
from missionwatch.models import Claim

def extract(doc):
    time.sleep(0.02)
    n = doc.text.count("officers")
    return [Claim(measure="personnel.deployed", value=i, sentence=doc.text[:40], start=0, end=10)
            for i in range(n)]

ingest.load_extractor = lambda name=None: (extract, "crash-test 1", None)
from missionwatch.cli import app
app(sys.argv[1:], prog_name="missionwatch")
"""


def counting_extractor(doc: Document) -> list[Claim]:
    """The in-process twin of the runner's extractor (without its delay)."""
    n = doc.text.count("officers")
    return [
        Claim(measure="personnel.deployed", value=i, sentence=doc.text[:40], start=0, end=10)
        for i in range(n)
    ]


def write_corpus(root: Path, n: int, seed: int = 7) -> dict[str, int]:
    """n distinct articles; returns file name → number of claims the stand-in extractor gives."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    places = ["Port-au-Prince", "Cap-Haïtien", "Gonaïves", "Jacmel", "Les Cayes", "Mirebalais"]
    out = {}
    for i in range(n):
        k = rng.randint(0, 6)
        body = " ".join(
            f"Unit {i}-{j} reported {rng.randint(10, 900)} officers near {rng.choice(places)}."
            for j in range(k)
        )
        date = f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}"
        text = f"Published: {date}\n\nDispatch {i}\n\nBulletin {i} of the day. {body}\n"
        name = f"{i:03d}.txt"
        (root / name).write_text(text, encoding="utf-8")
        out[name] = k
    return out


def start(args: list[str], runner: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, str(runner), "ingest", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip


def check_consistent(db: str, corpus: dict[str, int]) -> int:
    """Assert the ledger invariants; return the number of documents stored."""
    with open_ledger(db) as led:
        with led.engine.connect() as conn:
            orphans = conn.execute(
                select(func.count())
                .select_from(ClaimRow)
                .where(~ClaimRow.document_id.in_(select(DocumentRow.id)))
            ).scalar_one()
            assert orphans == 0
            rows = conn.execute(select(DocumentRow.id, DocumentRow.source)).all()
            claim_counts = dict(
                conn.execute(select(ClaimRow.document_id, func.count()).group_by(ClaimRow.document_id)).all()
            )
            band_counts = dict(
                conn.execute(
                    select(DocBandRow.document_id, func.count()).group_by(DocBandRow.document_id)
                ).all()
            )
            for doc_id, source in rows:
                assert claim_counts.get(doc_id, 0) == corpus[Path(source).name], source
                assert band_counts.get(doc_id) == 32
            if led.dialect == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                conn.execute(text("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')"))
            assert len({source for _, source in rows}) == len(rows)
        return len(rows)


def kill_and_finish(tmp_path: Path, db: str, n_docs: int, kills: int, seed: int) -> None:
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER)
    corpus_dir = tmp_path / "corpus"
    corpus = write_corpus(corpus_dir, n_docs)
    rng = random.Random(seed)
    stored_before = []
    for _ in range(kills):
        proc = start([str(corpus_dir), "--db", db, "--json"], runner)
        time.sleep(rng.uniform(0.3, 1.4))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        stored_before.append(check_consistent(db, corpus))
    final = start([str(corpus_dir), "--db", db, "--json"], runner)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    summary = json.loads(out)
    assert summary["failed"] == 0
    assert summary["stored"] + summary["duplicates"] == n_docs
    assert check_consistent(db, corpus) == n_docs
    # The kills must actually have interrupted work for the test to mean anything.
    assert stored_before[0] < n_docs, stored_before


@pytest.mark.slow
def test_sigkill_at_random_points_sqlite(tmp_path):
    kill_and_finish(tmp_path, str(tmp_path / "crash.db"), n_docs=40, kills=8, seed=11)


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_at_random_points_postgres(tmp_path, pg_url):
    kill_and_finish(tmp_path, pg_url, n_docs=12, kills=3, seed=5)


def snapshot(db: str) -> dict[str, Any]:
    with open_ledger(db) as led:
        docs = led.documents(limit=None)
        groups: dict[str, set[str]] = {}
        for d in docs:
            groups.setdefault(d.cluster_id, set()).add(d.id)
        return {
            "docs": sorted((d.id, d.claim_count) for d in docs),
            "clusters": sorted(sorted(g) for g in groups.values()),
        }


@pytest.mark.slow
def test_two_ingests_at_once_on_one_sqlite_file(tmp_path):
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER)
    corpus_dir = tmp_path / "corpus"
    write_corpus(corpus_dir, 30)
    # Overlapping inputs: both see 000-019, each has ten of its own, plus near-copies of one article.
    first = [str(corpus_dir / f"{i:03d}.txt") for i in range(0, 20)] + [
        str(corpus_dir / f"{i:03d}.txt") for i in range(20, 25)
    ]
    second = [str(corpus_dir / f"{i:03d}.txt") for i in range(19, -1, -1)] + [
        str(corpus_dir / f"{i:03d}.txt") for i in range(25, 30)
    ]
    db = str(tmp_path / "both.db")  # new file: both processes also race to create the schema
    procs = [start([*first, "--db", db, "--json"], runner), start([*second, "--db", db, "--json"], runner)]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err.decode()
        assert b"locked" not in err
    summaries = [json.loads(out) for out, _ in results]
    assert sum(s["stored"] for s in summaries) == 30
    assert sum(s["duplicates"] for s in summaries) == 20
    seq_db = str(tmp_path / "sequential.db")
    with open_ledger(seq_db) as led:
        for args in (first, second):
            assert run_ingest(led, args, extract=counting_extractor).failed == 0
    assert snapshot(db) == snapshot(seq_db)
