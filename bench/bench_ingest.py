"""Ingest throughput (documents/s) and peak memory, SQLite and PostgreSQL, extraction off and on.

Each measured run is a fresh subprocess (so peak RSS is that run's own, and no cache carries
over) that ingests N synthetic articles (``bench/synth.py``, one JSONL file) into an empty
ledger through the same ``run_ingest`` the CLI uses. Runs repeat; the table gives medians.

    .venv/bin/python bench/bench_ingest.py                       # N=10,000 off, 1,000 on; 3 repeats
    .venv/bin/python bench/bench_ingest.py --n 10000 --n-extract 10000 --repeat 3 --out bench/ingest.md
    .venv/bin/python bench/bench_ingest.py --pg-url postgresql+psycopg://…   # a server of yours

PostgreSQL comes from ``--pg-url`` or a throw-away ``pgserver`` instance; it is skipped (and
the table says so) when neither is available.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def one_run(db: str, corpus: str, extract: bool) -> dict[str, Any]:
    """Ingest ``corpus`` into ``db`` in this process; the numbers of that run."""
    from missionwatch.cli.ingest import load_extractor, run_ingest
    from missionwatch.ledger import open_ledger

    fn, name, warning = load_extractor() if extract else (None, None, None)
    if extract and fn is None:
        raise SystemExit(f"extractor unavailable: {warning}")
    if fn is not None:  # load the pipeline before the clock starts: a one-off cost, reported apart
        t0 = time.perf_counter()
        from missionwatch.models import Document

        fn(Document(text="Warm-up: 400 Kenyan officers arrived in Haiti.", source="warmup"))
        warm = time.perf_counter() - t0
    else:
        warm = 0.0
    with open_ledger(db) as ledger:
        summary = run_ingest(ledger, [corpus], extract=fn, extractor_name=name)
        stats = ledger.stats()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "documents": summary.stored,
        "failed": summary.failed,
        "claims": summary.claims,
        "seconds": summary.seconds,
        "docs_per_s": summary.stored / summary.seconds if summary.seconds else 0.0,
        "peak_rss_mb": maxrss_kb / 1024,
        "warmup_s": warm,
        "clusters": stats["clusters"],
    }


def _pg_server(base: Path) -> tuple[Any, str] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

            base.chmod(0o755)
            server = pgserver.get_server(base / "pg", cleanup_mode="stop")
        return server, server.get_uri()
    except Exception as exc:
        print(f"postgres unavailable: {exc}", file=sys.stderr)
        return None


def _fresh_pg_db(admin: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(admin).set(drivername="postgresql+psycopg")
    name = "mw_bench_" + uuid.uuid4().hex[:12]
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _drop_pg_db(admin: str, db: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(admin).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(db).database}" WITH (FORCE)'))
    engine.dispose()


def _spawn(db: str, corpus: Path, extract: bool) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--one", "--db", db, "--corpus", str(corpus)]
    if extract:
        cmd.append("--extract")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents with extraction off")
    parser.add_argument("--n-extract", type=int, default=1_000, help="documents with extraction on")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg-url", help="admin URL of a PostgreSQL server (else pgserver)")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--skip-extract", action="store_true", help="only the extraction-off runs")
    parser.add_argument("--out", help="write the Markdown table here")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--extract", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.one:
        print(json.dumps(one_run(args.db, args.corpus, args.extract)))
        return 0

    from bench.synth import generate, write_jsonl

    work = Path(tempfile.mkdtemp(prefix="mw-bench-ingest-"))
    server = None
    rows: list[dict[str, Any]] = []
    try:
        corpora = {}
        for n in sorted({args.n, args.n_extract}):
            path = work / f"synth-{n}.jsonl"
            write_jsonl(generate(n, seed=args.seed), path)
            corpora[n] = path
        admin = args.pg_url
        if not admin and not args.no_pg:
            started = _pg_server(work)
            if started:
                server, admin = started
        backends = ["sqlite"] + (["postgres"] if admin else [])
        for backend in backends:
            configs = ((False, args.n),) if args.skip_extract else ((False, args.n), (True, args.n_extract))
            for extract, n in configs:
                runs = []
                for r in range(args.repeat):
                    if backend == "sqlite":
                        db = str(work / f"run-{backend}-{int(extract)}-{r}.db")
                    else:
                        db = _fresh_pg_db(admin)
                    try:
                        result = _spawn(db, corpora[n], extract)
                    finally:
                        if backend == "postgres":
                            _drop_pg_db(admin, db)
                    runs.append(result)
                    rate, rss = result["docs_per_s"], result["peak_rss_mb"]
                    print(f"{backend} extract={extract} n={n} run {r + 1}: {rate:.0f} docs/s, {rss:.0f} MB",
                          file=sys.stderr)  # fmt: skip
                rows.append({
                    "backend": backend,
                    "extract": extract,
                    "n": n,
                    "docs_per_s": statistics.median(r["docs_per_s"] for r in runs),
                    "seconds": statistics.median(r["seconds"] for r in runs),
                    "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
                    "claims": runs[0]["claims"],
                    "clusters": runs[0]["clusters"],
                    "warmup_s": statistics.median(r["warmup_s"] for r in runs),
                    "repeats": len(runs),
                })  # fmt: skip
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)

    table = render(rows, args)
    print(table)
    if args.out:
        Path(args.out).write_text(table, encoding="utf-8")
    return 0


def render(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    lines = [
        "| backend | extraction | documents | median docs/s | median seconds | median peak RSS (MB) | claims "
        "| clusters |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['backend']} | {'on' if r['extract'] else 'off'} | {r['n']:,} | {r['docs_per_s']:,.0f} | "
            f"{r['seconds']:.1f} | {r['peak_rss_mb']:.0f} | {r['claims']:,} | {r['clusters']:,} |"
        )
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines.append("")
    lines.append(f"{args.repeat} runs each, medians; seed {args.seed}; {machine}; "
                 f"run on {time.strftime('%Y-%m-%d', time.gmtime())}.")  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
