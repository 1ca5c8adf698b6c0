"""What reviews cost: one review event written and its facts brought up to date, the review queue,
and ingest and rebuild with and without review events in the ledger (SQLite).

The ledger is filled with synthetic claims written straight through ``Ledger.store`` (no
extraction: the property measured is the ledger's and reconciliation's), then:

- ``review``: write one event (reject, correct, pin in turn) and sync — what an analyst waits for;
- ``ingest``: store ``--docs`` more documents and sync their facts, and ``rebuild``: recompute
  every fact — on two copies of the ledger, one with ``--reviews`` events spread over its older
  documents and one without, measured in turn;
- ``queue``: compute the review queue over every fact.

Usage: ``.venv/bin/python bench/bench_reviews.py [--claims 20000] [--reviews 200]``
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from missionwatch.ledger import open_ledger
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import rebuild, stored_facts, sync
from missionwatch.reconcile.review_queue import review_queue

MEASURES = ["personnel.deployed", "personnel.pledged", "funding.pledged", "killed", "displaced"]
SUBJECTS = [None, "Kenya", "Jamaica", "Benin", "Bahamas", "Chad"]


def _document(i: int, rng: random.Random, claims: int) -> tuple[Document, list[Claim]]:
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    published = f"2025-{month:02d}-{day:02d}"
    text = f"Report {i}. " + " ".join(
        f"Figure {j} was {rng.randint(10, 5000)} people." for j in range(claims)
    )
    doc = Document(text=text, source=f"bench-{i}.txt", outlet=f"Outlet {i % 17}", published=published)
    out = []
    for j in range(claims):
        sentence = f"Figure {j} was"
        start = text.index(sentence)
        out.append(
            Claim(
                measure=rng.choice(MEASURES),
                mission="MSS",
                subject=rng.choice(SUBJECTS),
                value=rng.randint(10, 5000),
                as_of=published,
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                confidence=rng.choice([0.5, 0.8, 0.9]),
                extractor="bench",
            )
        )
    return doc, out


def _median(times: list[float]) -> str:
    return f"{statistics.median(times):.3f} s"


def run(args: argparse.Namespace) -> list[str]:
    """Two copies of one ledger, the same but for the review events, measured in turn (CPU time of
    this process: SQLite runs in it, and other work on the machine does not count)."""
    rng = random.Random(1)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        with_db, without_db = Path(tmp) / "with.db", Path(tmp) / "without.db"
        ledger = open_ledger(str(with_db))
        per_doc = 10
        n_docs = args.claims // per_doc
        for i in range(n_docs):
            ledger.store(*_document(i, rng, per_doc))
        rebuild(ledger)
        lines.append(f"ledger: {n_docs} documents, {n_docs * per_doc} claims, SQLite; CPU seconds")
        ledger.close()
        shutil.copy(with_db, without_db)

        ledger = open_ledger(str(with_db))
        claims = ledger.claims(limit=n_docs * per_doc // 2)
        picks = rng.sample(claims, min(args.reviews, len(claims)))
        writes: list[float] = []
        for k, c in enumerate(picks):
            request: Any
            if k % 3 == 0:
                request = ReviewRequest(action="reject", claim_id=c.id, reason="bench")
            elif k % 3 == 1:
                request = ReviewRequest(
                    action="correct", claim_id=c.id, changes={"value": str(int(c.value) + 1)}
                )
            else:
                request = ReviewRequest(action="pin", claim_id=c.id)
            started = time.process_time()
            ledger.review(request, editor="bench")
            sync(ledger)
            writes.append(time.process_time() - started)
        ledgers = {"without": open_ledger(str(without_db)), "with": ledger}

        ingest: dict[str, list[float]] = {"without": [], "with": []}
        rebuilds: dict[str, list[float]] = {"without": [], "with": []}
        for k in range(args.repeat):
            batch = [_document(n_docs + k * args.docs + i, rng, per_doc) for i in range(args.docs)]
            for name in ("without", "with") if k % 2 == 0 else ("with", "without"):
                started = time.process_time()
                for doc, doc_claims in batch:
                    ledgers[name].store(doc, doc_claims)
                sync(ledgers[name])
                ingest[name].append(time.process_time() - started)
                started = time.process_time()
                rebuild(ledgers[name])
                rebuilds[name].append(time.process_time() - started)

        started = time.process_time()
        facts = stored_facts(ledger)
        read = time.process_time() - started
        started = time.process_time()
        queue = review_queue(facts)
        q = time.process_time() - started

        lines += [
            f"ingest + sync of {args.docs} documents ({args.docs * per_doc} claims), median of {args.repeat}:"
            f" {_median(ingest['without'])} without review events,"
            f" {_median(ingest['with'])} with {len(picks)}",
            f"rebuild of every fact, median of {args.repeat}: {_median(rebuilds['without'])} without review "
            f"events, {_median(rebuilds['with'])} with {len(picks)}",
            f"one review event written and its facts synced, median of {len(writes)}: {_median(writes)} "
            f"(max {max(writes):.3f} s)",
            f"review queue over {len(facts)} facts: {q:.2f} s ({len(queue)} claims queued), after reading "
            f"the facts in {read:.2f} s",
        ]
        for led in ledgers.values():
            led.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--claims", type=int, default=20000, help="claims in the ledger before timing")
    p.add_argument("--reviews", type=int, default=200, help="review events written")
    p.add_argument("--docs", type=int, default=200, help="documents stored per timed ingest")
    p.add_argument("--repeat", type=int, default=3)
    for line in run(p.parse_args(argv)):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
