"""Archive-scale backfill: the ``ingest`` pipeline with extraction fanned out over workers.

One driver reads the inputs (``sources.read_inputs``: files, directories, JSONL, Parquet and WARC
archives streamed record by record) into blocks of ``batch`` documents, drops the documents the
ledger already holds (content hash: a rerun after a crash skips what was stored, which is the
whole checkpoint), hands each block to an engine (``backfill.engines``: a local process pool or
Ray) for extraction, and stores the results IN INPUT ORDER through one writer, a block per
transaction (``Ledger.store_many``: the same duplicate check and clustering as ``Ledger.store``,
claims in one multi-row insert). The materialized facts are brought up to date as ``ingest``
does (``reconcile.materialized.sync``). So the ledger is the one ``ingest`` builds from the same
input: same documents, claims, clusters and facts.

This package sits on top, beside ``cli/`` and ``watch/``, because it ties sources, nlp (through
``cli.ingest.load_extractor``), the ledger and reconcile together.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from missionwatch.backfill.engines import ENGINES, Block, Engine, Extracted, default_workers
from missionwatch.errors import MissionWatchError
from missionwatch.models import Document, RunSummary

__all__ = ["ENGINES", "BackfillSummary", "Engine", "default_workers", "run_backfill"]

# Stored documents between two updates of the materialized facts: 0, once at the end. An update
# redoes every fact key the new documents touch, whole, so its cost grows with the ledger and
# ingest's every-500 makes a long backfill quadratic (1,500 documents, one worker: 30 s of facts in 48 s of
# writing every 500, 12 s in 31 s at the end only). The facts at the end are the same.
FACTS_EVERY = 0
MAX_ERRORS = 1000  # error lines kept in the summary (every failure is counted by reason)


@dataclass
class BackfillSummary(RunSummary):
    """What one backfill did; ``--format json`` prints it. The seconds split where the time went:
    ``read`` (driver: reading and the ledger's which-are-new check), ``extract`` (summed over the
    workers), ``write`` (driver: storing and the materialized facts, ``facts`` of it), ``wait`` (driver idle,
    waiting for a worker: the workers are the bottleneck when it is large)."""

    engine: str = ""
    workers: int = 0
    batch: int = 0
    startup_seconds: float = 0.0
    read_seconds: float = 0.0
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
    facts_seconds: float = 0.0
    wait_seconds: float = 0.0
    failures: dict[str, int] = field(default_factory=dict)


def failure_reason(error: MissionWatchError) -> str:
    """The kind of a failure, for counting: the reason without its particulars ('not valid JSON',
    'extraction failed', 'too large')."""
    return re.split(r" \(|: ", error.reason, maxsplit=1)[0].strip() or error.code


def run_backfill(
    ledger: Any,
    inputs: Sequence[str],
    engine: Engine,
    *,
    engine_name: str = "",
    batch: int = 64,
    extractor: str = "",
    extractor_label: str | None = None,
    allow_private: bool = False,
    on_progress: Callable[[BackfillSummary], None] | None = None,
    on_error: Callable[[MissionWatchError], None] | None = None,
    documents: Iterable[Document | MissionWatchError] | None = None,
    facts_every: int | None = FACTS_EVERY,
) -> BackfillSummary:
    """Backfill ``inputs`` into ``ledger`` through ``engine``; never raises for a bad input.

    ``extractor`` is the name workers load ('' stores documents only), ``extractor_label`` what
    the run records. The materialized facts are synced every ``facts_every`` stored documents
    (0: only at the end; None: left to the next reader). ``documents`` replaces reading
    ``inputs`` (tests). ``on_progress`` is called after every stored block, ``on_error`` per
    failure (unreadable input, failed extraction).
    """
    from missionwatch.reconcile.materialized import sync
    from missionwatch.sources import read_inputs

    summary = BackfillSummary(
        db=ledger.url,
        engine=engine_name,
        workers=engine.workers,
        batch=batch,
        extractor=extractor_label if extractor else None,
    )
    started = time.perf_counter()
    summary.run_id = ledger.start_run(list(inputs), command="backfill", extractor=summary.extractor)

    def failed(error: MissionWatchError) -> None:
        summary.failed += 1
        reason = failure_reason(error)
        summary.failures[reason] = summary.failures.get(reason, 0) + 1
        if len(summary.errors) < MAX_ERRORS:
            summary.errors.append(error.one_line())
        if on_error:
            on_error(error)

    stream = documents if documents is not None else read_inputs(inputs, allow_private=allow_private)
    blocks = _new_blocks(stream, ledger, batch, summary, failed)
    since_sync = 0
    try:
        waited = time.perf_counter()
        for _block, results in engine.map(blocks):
            got = time.perf_counter()
            summary.wait_seconds += got - waited
            since_sync += _write(ledger, results, summary, failed)
            if facts_every and since_sync >= facts_every:
                synced = time.perf_counter()
                sync(ledger)
                summary.facts_seconds += time.perf_counter() - synced
                since_sync = 0
            summary.write_seconds += time.perf_counter() - got
            if on_progress:
                on_progress(summary)
            waited = time.perf_counter()
        if facts_every is not None:
            got = time.perf_counter()
            sync(ledger)
            summary.write_seconds += time.perf_counter() - got
            summary.facts_seconds += time.perf_counter() - got
    finally:
        summary.seconds = time.perf_counter() - started
        summary.wait_seconds = max(0.0, summary.wait_seconds - summary.read_seconds)
        ledger.finish_run(
            summary.run_id,
            stored=summary.stored,
            duplicates=summary.duplicates,
            failed=summary.failed,
            claims=summary.claims,
            errors=summary.errors,
        )
    return summary


def _new_blocks(
    stream: Iterable[Document | MissionWatchError],
    ledger: Any,
    batch: int,
    summary: BackfillSummary,
    failed: Callable[[MissionWatchError], None],
) -> Iterator[Block]:
    """Blocks of documents the ledger does not hold yet; failures and known documents are counted
    here and never reach a worker. The time spent here is the summary's ``read_seconds``."""
    items = iter(stream)
    while True:
        started = time.perf_counter()
        block: Block = []
        done = False
        while len(block) < batch:
            item = next(items, None)
            if item is None:
                done = True
                break
            summary.read += 1
            if isinstance(item, MissionWatchError):
                failed(item)
            else:
                block.append(item)
        if block:
            known = ledger.known_documents([d.id for d in block])
            summary.duplicates += sum(1 for d in block if d.id in known)
            block = [d for d in block if d.id not in known]
        summary.read_seconds += time.perf_counter() - started
        if block:
            yield block
        if done:
            return


def _write(
    ledger: Any,
    results: list[Extracted],
    summary: BackfillSummary,
    failed: Callable[[MissionWatchError], None],
) -> int:
    """Store one extracted block (one transaction); returns how many documents were new."""
    items: list[tuple[Document, list[Any]]] = []
    signatures: list[Any] = []
    for result in results:
        doc = result.document
        summary.extract_seconds += result.seconds
        if result.error is not None:
            failed(MissionWatchError(result.error, input=doc.source))
            continue
        items.append((doc, result.claims))
        signatures.append(result.signature)
    if not items:
        return 0
    try:
        stored = ledger.store_many(items, run_id=summary.run_id, signatures=signatures)
    except MissionWatchError as exc:  # the ledger refused the block: each document fails with it
        for doc, _claims in items:
            failed(MissionWatchError(exc.reason, input=doc.source))
        return 0
    new = 0
    for result in stored:
        if result.status == "stored":
            new += 1
            summary.stored += 1
            summary.claims += result.claims
        else:
            summary.duplicates += 1
    return new


def open_engine(name: str, workers: int, extractor: str, address: str | None = None) -> Engine:
    """The engine called ``name`` (``ENGINES``), started; an unknown name is an InputError."""
    from missionwatch.errors import InputError

    factory = ENGINES.get(name)
    if factory is None:
        raise InputError(f"unknown engine (choose one of: {', '.join(ENGINES)})", input=f"--engine {name}")
    return factory(workers, extractor, address)
