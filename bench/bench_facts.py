"""Materialized facts: what they cost at ingest, and how long ``db rebuild-facts`` takes.

Two measurements (issue 10, item 1; results and how to read them in bench/serve.md, section
*Materialized facts*):

1. **Ingest cost per document**, with and without materialization, side by side. *Without* is a
   ledger at revision 0002 (no facts tables, no triggers: the ledger before this change); *with*
   is the current schema, its facts brought up to date after every document (``--every 1``, the
   strictest) or every 100 (what ``missionwatch ingest`` does). Both ledgers start as copies of one
   prefilled file (``--prefill`` synthetic documents, bulk-loaded, facts rebuilt), then store the
   same next ``--docs`` documents through ``Ledger.store`` with the synthetic gold facts as the
   claims — no extraction, which would add ~20 ms per document to both sides and hide the
   difference. Runs alternate (without, with every 1, with every 100, …) ``--repeat`` times; the
   medians are reported.
2. **Rebuild**: ``--rebuild-claims`` claims bulk-loaded (as ``bench_serve.py`` loads them), then
   ``reconcile.materialized.rebuild`` timed ``--repeat`` times (it starts from empty tables each
   time).

    .venv/bin/python bench/bench_facts.py --prefill 10000 --docs 300 --repeat 5 --rebuild-claims 200000

Two versions of the code side by side in one run (``--code NAME=TREE``, repeatable: each names a
source tree, e.g. ``git archive`` of an older commit unpacked in /tmp): every variant then runs in
its own Python process with that tree first on ``sys.path`` — the prefill and its rebuild, and each
timed repeat, alternating — so "before" and "after" share the machine's load:

    .venv/bin/python bench/bench_facts.py --prefill 2000 --docs 100 --repeat 3 \\
        --code before=/tmp/mw-before --code after=.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # a sibling script, not a package module

from missionwatch.ledger.engine import _alembic_config, make_engine, writer
from missionwatch.ledger.queries import claim_keys, numeric
from missionwatch.ledger.schema import ClaimRow, DocumentRow
from missionwatch.ledger.store import Ledger
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import rebuild, sync

FIELDS = set(Claim.model_fields)
SEED = 7


def synthetic(index: int) -> tuple[Document, list[Claim]]:
    s = synth.document(SEED, index)
    doc = Document(
        text=s.text, source=s.url, url=s.url, title=s.title, published=s.published, outlet=synth.OUTLET
    )
    claims = [Claim(**{k: v for k, v in f.items() if k in FIELDS}, extractor="synth") for f in s.facts]
    return doc, claims


def new_ledger(path: Path, revision: str) -> Ledger:
    """A fresh ledger at ``revision``; "0002" stands for "without materialized facts": since
    documents.status (0007) the code writes columns revision 0002 lacks, so that ledger is the
    head schema without the triggers that queue documents for their facts or keep the claim
    tallies (0014, 0016: materialized too)."""
    from alembic import command

    engine = make_engine(str(path))
    with writer(engine) as conn:
        command.upgrade(_alembic_config(conn), "head" if revision == "0002" else revision)
        if revision == "0002":
            for trigger in (
                *("claims_facts_ai", "claims_facts_ad", "claims_facts_au"),
                *("claims_tally_ai", "claims_tally_ad", "claims_tally_au"),  # 0014
                *("claims_unfiled_ai", "claims_unfiled_ad", "claims_unfiled_au"),  # 0016
            ):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    return Ledger(engine)


def bulk_load(
    ledger: Ledger, start: int, stop: int | None, claims_wanted: int | None = None
) -> tuple[int, int]:
    """Insert synthetic documents straight into the tables (as bench_serve.py does); (docs, claims)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    docs = claims = 0
    i = start
    while (stop is None or i < stop) and (claims_wanted is None or claims < claims_wanted):
        doc_rows, claim_rows = [], []
        for _ in range(2000):
            if (stop is not None and i >= stop) or (claims_wanted is not None and claims >= claims_wanted):
                break
            doc, cs = synthetic(i)
            i += 1
            doc_rows.append(
                {
                    "id": doc.id, "url": doc.url, "title": doc.title, "outlet": doc.outlet,
                    "published": doc.published, "published_precision": doc.published_precision,
                    "retrieved_at": now, "language": "en", "content_type": doc.content_type,
                    "text": doc.text, "source": doc.source, "cluster_id": doc.id, "meta": {},
                    "minhash": None, "stored_at": now, "run_id": None,
                }
            )  # fmt: skip
            for n, c in enumerate(cs):
                row = c.model_dump() | {"document_id": doc.id, "seq": n, "value_num": numeric(c.value)}
                claim_rows.append(row | claim_keys(c.mission, c.subject, c.as_of, doc.published))
            docs += 1
            claims += len(cs)
        with ledger.engine.begin() as conn:
            conn.execute(insert(DocumentRow), doc_rows)
            if claim_rows:
                conn.execute(insert(ClaimRow), claim_rows)
        print(f"\r  {docs:,} documents, {claims:,} claims", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    # fresh statistics, as a long-lived database would have (committed: on PostgreSQL an ANALYZE
    # rolled back with its transaction leaves an empty table's estimates)
    with ledger.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return docs, claims


def copy_db(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copy(f"{src}{suffix}", f"{dst}{suffix}")


def timed_ingest(
    path: Path, batch: list[tuple[Document, list[Claim]]], every: int | None, extract: Any = None
) -> float:
    """Seconds per document to store ``batch`` (and keep the facts with ``every``); with
    ``extract``, each document's claims are extracted from its text first, as ``ingest`` does."""
    ledger = Ledger(make_engine(str(path)))
    try:
        started = time.perf_counter()
        for n, (doc, claims) in enumerate(batch, 1):
            ledger.store(doc, extract(doc) if extract else claims)
            if every and n % every == 0:
                sync(ledger)
        if every:
            sync(ledger)
        took = time.perf_counter() - started
        if every:
            assert ledger.facts_pending() == 0
    finally:
        ledger.close()
    return took / len(batch)


def ingest_bench(args: argparse.Namespace, work: Path) -> list[str]:
    before, after = work / "before.db", work / "after.db"
    with new_ledger(before, "0002") as led:
        docs, claims = bulk_load(led, 0, args.prefill)
    with new_ledger(after, "head") as led:
        bulk_load(led, 0, args.prefill)
        t = time.perf_counter()
        facts = rebuild(led)
        print(f"  prefill: {docs:,} documents, {claims:,} claims, {facts:,} facts "
              f"(rebuilt in {time.perf_counter() - t:.1f} s)", file=sys.stderr)  # fmt: skip
    batch = [synthetic(i) for i in range(args.prefill, args.prefill + args.docs)]
    variants: dict[str, tuple[Path, int | None]] = {
        "without (revision 0002)": (before, None),
        "with, facts after every document": (after, 1),
        "with, facts every 100 documents": (after, 100),
    }
    extract = None
    if args.extract:
        from missionwatch.cli.ingest import load_extractor

        extract, label, _warning = load_extractor()
        print(f"  extractor: {label}", file=sys.stderr)
        extract(batch[0][0])  # load the pipeline before timing
    times: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(args.repeat):
        for name, (src, every) in variants.items():
            run = work / "run.db"
            copy_db(src, run)
            times[name].append(timed_ingest(run, batch, every, extract))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{run}{suffix}").unlink(missing_ok=True)
            print(f"  repeat {r + 1}: {name}: {times[name][-1] * 1000:.2f} ms/doc", file=sys.stderr)
    base = statistics.median(times["without (revision 0002)"])
    rows = [
        f"| {claims:,} | {name} | {statistics.median(ts) * 1000:.2f} | "
        f"{min(ts) * 1000:.2f}–{max(ts) * 1000:.2f} | {(statistics.median(ts) / base - 1) * 100:+.0f} % |"
        for name, ts in times.items()
    ]
    return [
        f"ingest: {args.docs} documents stored after a prefill of {args.prefill:,} documents, "
        f"{args.repeat} alternating repeats, "
        + ("claims extracted from the text" if args.extract else "no extraction"),
        "",
        "| claims before | ledger | median ms/doc | range | vs without |",
        "|---:|---|---:|---|---:|",
        *rows,
    ]


def _worker(args: argparse.Namespace) -> int:
    """One step of a side-by-side run, in the process of one code version (``--code``)."""
    work = Path(args.workdir)
    if args.worker == "prefill":
        with new_ledger(work / "prefill.db", args.revision) as led:
            docs, claims = bulk_load(led, 0, args.prefill)
            t = time.perf_counter()
            facts = rebuild(led) if args.revision != "0002" else 0
            took = time.perf_counter() - t
        print(json.dumps({"docs": docs, "claims": claims, "facts": facts, "rebuild_s": took}))
        return 0
    if args.worker == "rebuild":
        with new_ledger(work / "rebuild.db", "head") as led:
            docs, claims = bulk_load(led, 0, None, args.rebuild_claims)
            t = time.perf_counter()
            facts = rebuild(led, workers=args.rebuild_workers) if args.rebuild_workers else rebuild(led)
            took = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rss += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest worker
        print(json.dumps({"docs": docs, "claims": claims, "facts": facts, "rebuild_s": took, "rss_mb": rss}))
        return 0
    extract = None
    batch = [synthetic(i) for i in range(args.prefill, args.prefill + args.docs)]
    if args.extract:
        from missionwatch.cli.ingest import load_extractor

        extract, _label, _warning = load_extractor()
        extract(batch[0][0])  # load the pipeline before timing
    run = work / "run.db"
    copy_db(work / "prefill.db", run)
    try:
        took = timed_ingest(run, batch, args.every or None, extract)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{run}{suffix}").unlink(missing_ok=True)
    print(json.dumps({"ms_per_doc": took * 1000}))
    return 0


def _spawn(tree: Path, argv: list[str]) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=f"{tree}:{Path(__file__).resolve().parent}")
    cmd = [sys.executable, str(tree / "bench" / "bench_facts.py"), *argv]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=tree).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def compare_bench(args: argparse.Namespace, work: Path) -> list[str]:
    """Ingest cost of each ``--code`` tree against revision 0002, in alternating processes."""
    codes = dict(c.split("=", 1) for c in args.code)
    trees = {name: Path(path.split("@")[0]).resolve() for name, path in codes.items()}
    every = {name: int(path.split("@")[1]) if "@" in path else args.every for name, path in codes.items()}
    first = next(iter(trees.values()))
    common = ["--prefill", str(args.prefill), "--docs", str(args.docs)] + (
        ["--extract"] if args.extract else []
    )
    variants: dict[str, tuple[Path, Path, int]] = {"without (revision 0002)": (first, work / "without", 0)}
    for name, tree in trees.items():
        variants[f"{name}: with, facts every {every[name]}"] = (tree, work / name, every[name])
    info: dict[str, dict[str, Any]] = {}
    for name, (tree, wd, _every) in variants.items():
        wd.mkdir(parents=True, exist_ok=True)
        revision = "0002" if name.startswith("without") else "head"
        info[name] = _spawn(
            tree, ["--worker", "prefill", "--revision", revision, "--workdir", str(wd), *common]
        )
        print(f"  prefill {name}: {info[name]}", file=sys.stderr)
    times: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(args.repeat):
        for name, (tree, wd, every) in variants.items():
            got = _spawn(tree, ["--worker", "ingest", "--every", str(every), "--workdir", str(wd), *common])
            times[name].append(got["ms_per_doc"])
            print(f"  repeat {r + 1}: {name}: {got['ms_per_doc']:.2f} ms/doc", file=sys.stderr)
    base = statistics.median(times["without (revision 0002)"])
    claims = info["without (revision 0002)"]["claims"]
    rows = [
        f"| {claims:,} | {name} | {statistics.median(ts):.2f} | {min(ts):.2f}–{max(ts):.2f} | "
        f"{(statistics.median(ts) / base - 1) * 100:+.0f} % |"
        for name, ts in times.items()
    ]
    rebuilds = ", ".join(
        f"{n}: {i['rebuild_s']:.1f} s" for n, i in info.items() if not n.startswith("without")
    )
    return [
        f"ingest: {args.docs} documents after a prefill of {args.prefill:,} ({claims:,} claims), "
        f"{args.repeat} alternating repeats, "
        + ("claims extracted from the text" if args.extract else "no extraction")
        + f"; prefill rebuild {rebuilds}",
        "",
        "| claims before | ledger | median ms/doc | range | vs without |",
        "|---:|---|---:|---|---:|",
        *rows,
    ]


def compare_rebuild(args: argparse.Namespace, work: Path) -> list[str]:
    """Rebuild time of each ``--code`` tree over the same bulk load, alternating."""
    codes = dict(c.split("=", 1) for c in args.code)
    trees = {n: Path(p.split("@")[0]).resolve() for n, p in codes.items()}
    workers = {n: p.split("@")[1] if "@" in p else None for n, p in codes.items()}
    runs: dict[str, list[dict[str, Any]]] = {n: [] for n in trees}
    for r in range(args.repeat_rebuild):
        for name, tree in trees.items():
            wd = work / f"rebuild-{name}"
            wd.mkdir(parents=True, exist_ok=True)
            argv = ["--worker", "rebuild", "--rebuild-claims", str(args.rebuild_claims), "--workdir", str(wd)]
            got = _spawn(tree, argv + (["--rebuild-workers", workers[name]] if workers[name] else []))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{wd / 'rebuild.db'}{suffix}").unlink(missing_ok=True)
            runs[name].append(got)
            print(f"  rebuild {r + 1}: {name}: {got}", file=sys.stderr)
    out = [
        "| code | claims | facts | median rebuild (s) | runs (s) | peak RSS (MB) |",
        "|---|---:|---:|---:|---|---:|",
    ]
    for name, rs in runs.items():
        secs = [x["rebuild_s"] for x in rs]
        out.append(
            f"| {name} | {rs[0]['claims']:,} | {rs[0]['facts']:,} | {statistics.median(secs):.1f} | "
            f"{', '.join(f'{x:.1f}' for x in secs)} | {max(x['rss_mb'] for x in rs):,.0f} |"
        )
    return out


def rebuild_bench(args: argparse.Namespace, work: Path) -> list[str]:
    path = work / "rebuild.db"
    with new_ledger(path, "head") as led:
        t = time.perf_counter()
        docs, claims = bulk_load(led, 0, None, args.rebuild_claims)
        load = time.perf_counter() - t
        runs = []
        facts = 0
        for r in range(args.repeat_rebuild):
            t = time.perf_counter()
            facts = rebuild(led)
            runs.append(time.perf_counter() - t)
            print(f"  rebuild {r + 1}: {runs[-1]:.1f} s, {facts:,} facts", file=sys.stderr)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        f"rebuild: {docs:,} documents, {claims:,} claims (bulk load {load:.0f} s) → {facts:,} facts; "
        f"median {statistics.median(runs):.1f} s of {len(runs)} "
        f"({', '.join(f'{x:.1f}' for x in runs)}); peak RSS of the process {rss:,.0f} MB",
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--prefill", type=int, default=10_000, help="documents in the ledger before the timed ingest"
    )
    p.add_argument("--docs", type=int, default=300, help="documents stored per timed run")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument(
        "--rebuild-claims", type=int, default=0, help="claims for the rebuild measurement (0: skip)"
    )
    p.add_argument("--repeat-rebuild", type=int, default=3)
    p.add_argument("--skip-ingest", action="store_true")
    p.add_argument(
        "--extract", action="store_true", help="extract each timed document's claims (as ingest does)"
    )
    p.add_argument("--workdir", help="where the SQLite files go (default: a temporary directory)")
    p.add_argument(
        "--code",
        action="append",
        default=[],
        help="NAME=TREE: a source tree to run side by side (repeatable)",
    )
    p.add_argument("--every", type=int, default=100, help="with --code: sync the facts every N documents")
    p.add_argument("--worker", choices=("prefill", "ingest", "rebuild"), help=argparse.SUPPRESS)
    p.add_argument("--revision", default="head", help=argparse.SUPPRESS)
    p.add_argument("--rebuild-workers", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        return _worker(args)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="mw-bench-facts-"))
    work.mkdir(parents=True, exist_ok=True)
    out: list[str] = []
    try:
        if args.code:
            if not args.skip_ingest:
                out += compare_bench(args, work)
            if args.rebuild_claims:
                out += ["", *compare_rebuild(args, work)]
        else:
            if not args.skip_ingest:
                out += ingest_bench(args, work)
            if args.rebuild_claims:
                out += ["", *rebuild_bench(args, work)]
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
