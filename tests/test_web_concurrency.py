"""Serving while an ingest runs, on SQLite: readers never see "database is locked".

A real Uvicorn server answers page and API requests from several threads while another Ledger
(as a separate ``missionwatch ingest`` would) stores documents, and the API's own POST writes too.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.models import Claim, Document
from missionwatch.web import service as service_module
from missionwatch.web.app import create_app
from missionwatch.web.sample import load_sample
from missionwatch.web.server import running

TOKEN = "concurrency"


def _doc(i: int) -> tuple[Document, list[Claim]]:
    text = f"Report {i}: the mission counts {1000 + i} personnel on the ground in week {i}."
    start = text.index(str(1000 + i))
    doc = Document(
        text=text, source=f"writer:{i}", outlet="Writer Wire", published="2024-10-01", title=f"Report {i}"
    )
    return doc, [
        Claim(
            measure="personnel.deployed",
            mission="MSS",
            value=1000 + i,
            unit="persons",
            sentence=text,
            start=start,
            end=start + 4,
        )
    ]


def test_readers_are_not_blocked_by_a_writer(tmp_path: Path, monkeypatch) -> None:
    db = str(tmp_path / "busy.db")
    load_sample(open_ledger(db))
    monkeypatch.setattr(service_module, "extract_claims", lambda doc: [])
    app = create_app(db, settings=Settings(token=TOKEN), version_ttl=0)  # see every write at once
    writer_ledger = open_ledger(db)
    failures: list[str] = []
    done = threading.Event()
    reads = [0]

    def write() -> None:
        try:
            for i in range(30):
                writer_ledger.store(*_doc(i))
        except Exception as exc:  # the test reports it below
            failures.append(f"writer: {exc}")
        finally:
            done.set()

    def read(base: str, path: str) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while not done.is_set() or reads[0] < 20:
                r = http.get(path)
                reads[0] += 1
                if r.status_code != 200 or "locked" in r.text:
                    failures.append(f"{path}: {r.status_code} {r.text[:200]}")
                    return

    with running(app) as base:
        threads = [threading.Thread(target=write)]
        threads += [
            threading.Thread(target=read, args=(base, p))
            for p in ("/api/v1/claims?limit=20", "/missions/MSS", "/api/v1/documents?q=mission")
        ]
        for t in threads:
            t.start()
        with httpx.Client(base_url=base, timeout=30) as http:
            for i in range(5):  # the API's own writes, interleaved with the other writer
                r = http.post(
                    "/api/v1/documents",
                    json={"text": f"API note {i}: nothing to count."},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                )
                if r.status_code != 201:
                    failures.append(f"POST: {r.status_code} {r.text[:200]}")
        for t in threads:
            t.join(timeout=120)
        final = httpx.get(f"{base}/api/v1/documents").json()["total"]
    assert not failures, failures
    assert reads[0] >= 20
    assert final == 4 + 30 + 5
