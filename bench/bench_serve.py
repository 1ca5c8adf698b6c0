"""Serve latency: p50/p95 of the mission overview and filtered claim queries over many claims.

Fills a ledger (SQLite file or PostgreSQL) with the synthetic corpus of ``bench/synth.py`` — its
gold facts stored as the claims, so no extractor time is spent — then starts ``missionwatch
serve`` in its own process on 127.0.0.1 and sends each query from 1 and from 16 concurrent
clients (threads of this process, one HTTP connection each). Not a test: numbers depend on the
machine; see bench/serve.md for a run and how to read it.

    .venv/bin/python bench/bench_serve.py --claims 100000 --db sqlite
    .venv/bin/python bench/bench_serve.py --claims 1000000 --db both --requests 200
    .venv/bin/python bench/bench_serve.py --db postgres --ledger URL --fresh   # a filled database

``--fresh`` starts the server again for each query, so that every first request is the first after
start; the memory given is the server's peak, sampled every 50 ms while the requests run.

Loading goes straight to the ledger's tables in batches (no MinHash, no clusters: serving does not
read them), because ``Ledger.store`` one document at a time would take most of an hour for a
million claims. PostgreSQL comes from ``--pg-url`` or a pgserver started in a temporary directory.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # a sibling script, not a package module

from missionwatch.ledger import open_ledger
from missionwatch.ledger.queries import numeric
from missionwatch.ledger.schema import ClaimRow, DocumentRow
from missionwatch.models import Claim, Document

FIELDS = set(Claim.model_fields)
QUERIES = {
    "overview (HTML)": "/missions/MSS",
    "overview (JSON)": "/api/v1/missions/MSS",
    "overview sources (HTML)": "/missions/MSS/sources",
    "claims mission+measure": "/api/v1/claims?mission=MSS&measure=personnel.deployed&limit=50",
    "claims measure+dates": (
        "/api/v1/claims?measure=funding.required&since=2025-01-01&until=2025-06-30&limit=50"
    ),
    "claims subject": "/api/v1/claims?subject=Kenya&limit=50",
    "claims deep page": "/api/v1/claims?measure=displaced&limit=50&offset=5000",
    "facts": "/api/v1/facts?mission=MSS",
    "facts latest": "/api/v1/facts?mission=MSS&latest=true",
    "conflicts": "/api/v1/conflicts?mission=MSS",
    "timelines": "/api/v1/timelines?mission=MSS",
    "alerts": "/api/v1/alerts",
    # an alert list over a long window (120,859 alerts at 1,000,009 claims): a page, its CSV, a
    # keyset page deep in it (``_keysets``) and the Atom feed of the benchmark's alert list
    "alerts since 2024": "/api/v1/alerts?since=2024-01-01",
    "alerts since 2024 (CSV)": "/api/v1/alerts?since=2024-01-01&format=csv",
    "alerts (Atom)": "/alerts.atom",
}
DATED = ("overview (HTML)", "overview (JSON)", "overview sources (HTML)", "alerts", "alerts since 2024")
DATED += ("alerts since 2024 (CSV)", "alerts (Atom)")
# keyset paging (after=) where the server has it: the deep page after the 5,000th claim's id
KEYSET = "/api/v1/claims?measure=displaced&limit=50&after={after}"


def load(db: str, n_claims: int, batch: int = 2000) -> tuple[int, int, float]:
    """Store synthetic documents until ``n_claims`` claims are in; returns (docs, claims, seconds)."""
    ledger = open_ledger(db)
    now = datetime.now(UTC).replace(tzinfo=None)
    docs = claims = 0
    started = time.perf_counter()
    gen = synth.generate(10**9, seed=7)
    while claims < n_claims:
        doc_rows, claim_rows = [], []
        for _ in range(batch):
            s = next(gen)
            doc = Document(
                text=s.text,
                source=s.url,
                url=s.url,
                title=s.title,
                published=s.published,
                outlet=synth.OUTLET,
            )
            doc_rows.append(
                {
                    "id": doc.id,
                    "url": doc.url,
                    "title": doc.title,
                    "outlet": doc.outlet,
                    "published": doc.published,
                    "published_precision": doc.published_precision,
                    "retrieved_at": now,
                    "language": "en",
                    "content_type": doc.content_type,
                    "text": doc.text,
                    "source": doc.source,
                    "cluster_id": doc.id,
                    "meta": {},
                    "minhash": None,
                    "stored_at": now,
                    "run_id": None,
                }
            )
            for i, fact in enumerate(s.facts):
                c = Claim(**{k: v for k, v in fact.items() if k in FIELDS}, extractor="synth")
                claim_rows.append(
                    c.model_dump() | {"document_id": doc.id, "seq": i, "value_num": numeric(c.value)}
                )
            docs += 1
            claims += len(s.facts)
            if claims >= n_claims:
                break
        with ledger.engine.begin() as conn:
            conn.execute(insert(DocumentRow), doc_rows)
            conn.execute(insert(ClaimRow), claim_rows)
        print(f"\r  {docs:,} documents, {claims:,} claims", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    # fresh statistics, as a long-lived database would have (committed: on PostgreSQL an ANALYZE
    # rolled back with its transaction leaves an empty table's estimates)
    with ledger.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    ledger.close()
    return docs, claims, time.perf_counter() - started


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli() -> list[str]:
    """The ``missionwatch`` command of the code on ``sys.path`` (``PYTHONPATH`` picks a tree)."""
    return [sys.executable, "-c", "from missionwatch.cli import main; main()"]


def rebuild_facts(db: str) -> float:
    """``missionwatch db rebuild-facts`` after the bulk load, as an operator would (the load
    bypassed the ledger, so every document is queued); seconds."""
    t = time.perf_counter()
    subprocess.run([*_cli(), "db", "rebuild-facts", "--db", db], check=True, capture_output=True)
    return time.perf_counter() - t


def rss_mb(pid: int) -> float:
    """Resident memory now of a process and its children (the workers), in MB."""
    total = 0.0
    pids = [pid]
    try:
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            pids.append(int(child))
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


@contextmanager
def server(db: str, workers: int = 1) -> Iterator[tuple[str, int]]:
    """``missionwatch serve`` in its own process; stopped (by its pid) on exit."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "MISSIONWATCH_TOKEN"}
    cmd = [*_cli(), "serve", "--port", str(port), "--db", db]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{base}/api/v1/missions", timeout=5)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"server did not start: {err}") from None
                time.sleep(0.2)
        yield base, proc.pid
    finally:
        proc.send_signal(signal.SIGTERM)
        sent = time.perf_counter()
        try:
            proc.wait(timeout=30)
            print(f"  server ended {time.perf_counter() - sent:.1f} s after SIGTERM", file=sys.stderr)
        except subprocess.TimeoutExpired:
            print("  server still running 30 s after SIGTERM: killed", file=sys.stderr)
            proc.kill()
            proc.wait()


def measure(base: str, path: str, requests: int, concurrency: int) -> dict[str, float]:
    """Latencies (ms) of ``requests`` GETs of ``path`` from ``concurrency`` clients."""
    per_client = max(1, requests // concurrency)

    def client(_: int) -> list[float]:
        out = []
        with httpx.Client(base_url=base, timeout=300) as http:
            for _ in range(per_client):
                t = time.perf_counter()
                r = http.get(path)
                out.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{path}: {r.status_code} {r.text[:200]}")
        return out

    # the client's own cyclic collector held off while it times: a full collection of this
    # process (65-70 ms, its heap grown by the 1.2 MB conflicts bodies it read) stalled every
    # client thread at once, and eight requests measured that long made the p95 of whichever
    # query it fell in (bench/serve.md, fifteenth round); garbage is collected between queries
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            times = sorted(t for chunk in pool.map(client, range(concurrency)) for t in chunk)
        wall = time.perf_counter() - started
    finally:
        gc.enable()
    return {
        "n": len(times),
        "p50": statistics.median(times),
        "p95": times[min(len(times) - 1, int(0.95 * len(times)))],
        "rps": len(times) / wall,
    }


@contextmanager
def database(kind: str, workdir: Path, pg_url: str | None) -> Iterator[str]:
    if kind == "sqlite":
        yield str(workdir / "serve.db")
        return
    if pg_url:
        yield pg_url
        return
    import pgserver

    pgdir = Path(tempfile.mkdtemp(prefix="mw-bench-pg-"))
    pgdir.chmod(0o755)
    srv = pgserver.get_server(pgdir / "data", cleanup_mode="stop")
    try:
        from sqlalchemy.engine import make_url

        srv.psql("CREATE DATABASE mw_bench;")
        url = make_url(srv.get_uri()).set(drivername="postgresql+psycopg", database="mw_bench")
        yield url.render_as_string(hide_password=False)
    finally:
        srv.cleanup()
        shutil.rmtree(pgdir, ignore_errors=True)


def _queries(args: argparse.Namespace) -> dict[str, str]:
    """The queries of this run: ``--only`` picks some; ``--as-of`` dates the overview and alerts."""
    queries = {k: v for k, v in QUERIES.items() if not args.only or k in args.only}
    if args.as_of:
        for name in DATED:
            if name in queries:
                queries[name] += f"{'&' if '?' in queries[name] else '?'}as_of={args.as_of}"
    return queries


def _alerts_keyset(base: str, as_of: str | None) -> str:
    """The keyset page of the alerts since 2024-01-01 after the 5,000th alert's id."""
    dated = f"&as_of={as_of}" if as_of else ""
    path = f"/api/v1/alerts?since=2024-01-01{dated}"
    found = httpx.get(f"{base}{path}&limit=1&offset=4999", timeout=600).json()["items"]
    return f"{path}&after={found[0]['id'] if found else ''}"


class PeakRSS:
    """The server's resident memory sampled every 50 ms while requests run, not only between them."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = rss_mb(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, rss_mb(self.pid))

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb(self.pid))


def filled(kind: str, db: str, args: argparse.Namespace, workdir: Path) -> tuple[str, int]:
    """The ledger to serve and its claims: ``--ledger`` (a SQLite file copied, a URL used as is)
    or ``db`` loaded with the synthetic corpus and its facts rebuilt."""
    if args.ledger and "://" in args.ledger:  # a database an earlier run filled and rebuilt
        with open_ledger(args.ledger) as found:
            return args.ledger, found.count_claims()
    if args.ledger:  # a ledger filled (and its facts rebuilt) by an earlier run: copied, not changed
        db = str(workdir / "serve.db")
        shutil.copyfile(args.ledger, db)
        with open_ledger(db) as found:
            return db, found.count_claims()
    docs, claims, secs = load(db, args.claims)
    print(f"{kind}: loaded {docs:,} documents, {claims:,} claims in {secs:.0f} s", file=sys.stderr)
    took = rebuild_facts(db)
    print(f"{kind}: db rebuild-facts {took:.1f} s", file=sys.stderr)
    return db, claims


def run(kind: str, args: argparse.Namespace, workdir: Path) -> list[str]:
    rows = []
    given = args.ledger if args.ledger and "://" in args.ledger else args.pg_url  # no pgserver then
    with database(kind, workdir, given) as db:
        db, claims = filled(kind, db, args, workdir)
        queries = _queries(args)
        # --fresh: a server started for each query, so that its first request is the first after
        # start and its memory its own; otherwise one server, each first request after the others
        groups = [[name] for name in queries] if args.fresh else [list(queries)]
        keysets = {
            "claims deep page (keyset)": lambda base: _keyset(base),
            "alerts since 2024 (keyset)": lambda base: _alerts_keyset(base, args.as_of),
        }
        for keyset in keysets if not args.only else [k for k in keysets if k in args.only]:
            groups = [*groups, [keyset]] if args.fresh else [[*groups[0], keyset]]
        for group in groups:
            with server(db, args.workers) as (base, pid):
                peak = rss_mb(pid)
                for name in group:
                    path = queries.get(name) or keysets[name](base)
                    with PeakRSS(pid) as rss:
                        t = time.perf_counter()
                        httpx.get(base + path, timeout=600).raise_for_status()
                        cold = (time.perf_counter() - t) * 1000
                    peak = max(peak, rss.peak)
                    for conc in args.concurrency:
                        with PeakRSS(pid) as rss:
                            m = measure(base, path, args.requests, conc)
                        peak = max(peak, rss.peak)
                        rows.append(
                            f"| {kind} | {claims:,} | {name} | {conc} | {cold:,.0f} | {m['p50']:,.1f} | "
                            f"{m['p95']:,.1f} | {m['rps']:,.1f} | {m['n']} | {peak:,.0f} |"
                        )
                        print(rows[-1], file=sys.stderr)
    return rows


def _keyset(base: str) -> str:
    """The deep page by keyset: after the id of the 5,000th displaced claim (asked of the server)."""
    ids = httpx.get(base + "/api/v1/claims?measure=displaced&limit=1&offset=5000", timeout=600).json()
    return KEYSET.format(after=ids["items"][0]["id"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--claims", type=int, default=100_000, help="claims to load (default 100000)")
    p.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    p.add_argument("--pg-url", help="an empty PostgreSQL database (default: start pgserver)")
    p.add_argument("--requests", type=int, default=160, help="requests per query and concurrency")
    p.add_argument("--concurrency", type=int, nargs="+", default=[1, 16])
    p.add_argument("--workers", type=int, default=1, help="serve --workers (default 1)")
    p.add_argument(
        "--ledger",
        help="a ledger an earlier run filled and rebuilt: a SQLite file (copied) or a database URL "
        "(used as is, not changed)",
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="start the server again for each query: its first request is the first after start, "
        "its peak memory that query's alone",
    )
    p.add_argument(
        "--only",
        nargs="+",
        choices=sorted([*QUERIES, "claims deep page (keyset)", "alerts since 2024 (keyset)"]),
        help="these queries only",
    )
    p.add_argument(
        "--as-of",
        help="date the overview and alerts (the synthetic corpus runs to 2027-12-30: a briefing of an "
        "earlier day leaves later claims out, which the stored facts cannot, so it is reconciled)",
    )
    args = p.parse_args(argv)
    if args.ledger and args.db == "both":
        p.error("--ledger is one database: use it with --db sqlite or --db postgres")
    workdir = Path(tempfile.mkdtemp(prefix="mw-bench-serve-"))
    try:
        rows = []
        for kind in ("sqlite", "postgres") if args.db == "both" else (args.db,):
            rows += run(kind, args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        "| database | claims | query | clients | first (ms) | p50 (ms) | p95 (ms) | req/s | requests "
        "| server peak RSS (MB) |"
    )
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
