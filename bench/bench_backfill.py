"""Backfill scaling: documents/s of ``missionwatch backfill`` with 1 and 2 workers, local and Ray.

Every configuration backfills the same corpus (synthetic JSONL from ``bench/synth.py`` plus the
article fixtures as ``.txt`` files, 5,000 documents by default) into an empty SQLite ledger, as a
fresh ``missionwatch backfill … --format json`` subprocess. The configurations run round-robin
(repeat 1 of each, then repeat 2 of each, …) so that they share the machine's load side by side;
the load average is recorded around every run. A ``--no-extract`` run with one worker measures
what the reader and the single writer sustain on their own: the ceiling extraction can approach.

    .venv/bin/python bench/bench_backfill.py                                # 5,000 documents, 3 repeats
    .venv/bin/python bench/bench_backfill.py --n 500 --repeat 1 --engines local   # a quick look
    .venv/bin/python bench/bench_backfill.py --json bench/results/backfill.json

docs/s is documents stored over the run's backfill seconds (workers are started and warm before
the clock starts; their start-up is reported apart). Efficiency per worker is
(docs/s with N workers / N) / (docs/s with 1 worker) of the same engine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ARTICLE_DIRS = (ROOT / "tests" / "fixtures" / "articles", ROOT / "bench" / "articles")
MISSIONWATCH = str(Path(sys.executable).with_name("missionwatch"))


def build_corpus(work: Path, n: int, seed: int) -> list[str]:
    """n documents: every article fixture (.txt) plus synthetic JSONL for the rest."""
    from bench.synth import generate, write_jsonl

    articles = work / "articles"
    articles.mkdir()
    count = 0
    for folder in ARTICLE_DIRS:
        for path in sorted(folder.glob("*.txt")):
            shutil.copy(path, articles / f"{folder.name}-{path.name}")
            count += 1
    write_jsonl(generate(n - count, seed=seed), work / "synth.jsonl")
    return [str(articles), str(work / "synth.jsonl")]


def one_run(
    inputs: list[str], db: str, engine: str, workers: int, batch: int, extract: bool
) -> dict[str, Any]:
    command = [MISSIONWATCH, "backfill", *inputs, "--db", db, "--engine", engine, "--workers", str(workers)]
    command += ["--batch", str(batch), "--format", "json"] + ([] if extract else ["--no-extract"])
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=7200)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    summary = json.loads(done.stdout)
    summary.update(
        wall_seconds=wall,
        load_before=load_before,
        load_after=os.getloadavg()[0],
        stored_per_second=summary["stored"] / summary["seconds"],
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="documents in the corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engines", nargs="+", default=["local", "ray"], choices=["local", "ray"])
    parser.add_argument("--json", help="write every run here")
    args = parser.parse_args(argv)

    engines = list(args.engines)
    if "ray" in engines:
        try:
            import ray  # noqa: F401
        except ImportError:
            print("ray is not installed (pip install 'missionwatch[ray]'): local only", file=sys.stderr)
            engines.remove("ray")
    configs = [(engine, w, True) for engine in engines for w in args.workers] + [("local", 1, False)]
    work = Path(tempfile.mkdtemp(prefix="mw-bench-backfill-"))
    runs: list[dict[str, Any]] = []
    try:
        inputs = build_corpus(work, args.n, args.seed)
        for r in range(args.repeat):
            for engine, workers, extract in configs:
                db = str(work / f"run-{engine}-{workers}-{int(extract)}-{r}.db")
                result = one_run(inputs, db, engine, workers, args.batch, extract)
                result.update(repeat=r + 1, extract=extract)
                runs.append(result)
                rate = result["stored_per_second"]
                print(
                    f"{engine} x{workers} extract={extract} run {r + 1}: {rate:.1f} docs/s "
                    f"(read {result['read_seconds']:.1f}s extract {result['extract_seconds']:.1f}s write "
                    f"{result['write_seconds']:.1f}s (facts {result['facts_seconds']:.1f}s) wait "
                    f"{result['wait_seconds']:.1f}s; load "
                    f"{result['load_before']:.1f}->{result['load_after']:.1f})",
                    file=sys.stderr,
                    flush=True,
                )
                Path(db).unlink(missing_ok=True)
                if args.json:  # after every run, so that an interrupted benchmark keeps what it measured
                    Path(args.json).write_text(json.dumps({"runs": runs}, indent=1), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = summarise(runs, configs)
    print(render(rows, args))
    if args.json:
        meta = {
            "n": args.n,
            "repeat": args.repeat,
            "batch": args.batch,
            "seed": args.seed,
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        }
        Path(args.json).write_text(
            json.dumps({"meta": meta, "rows": rows, "runs": runs}, indent=1), encoding="utf-8"
        )
    return 0


def summarise(runs: list[dict[str, Any]], configs: list[tuple[str, int, bool]]) -> list[dict[str, Any]]:
    rows = []
    for engine, workers, extract in configs:
        mine = [r for r in runs if (r["engine"], r["workers"], r["extract"]) == (engine, workers, extract)]
        med = {
            key: statistics.median(r[key] for r in mine)
            for key in (
                "stored_per_second",
                "seconds",
                "wall_seconds",
                "startup_seconds",
                "read_seconds",
                "extract_seconds",
                "write_seconds",
                "facts_seconds",
                "wait_seconds",
            )
        }
        rows.append(
            {
                "engine": engine,
                "workers": workers,
                "extract": extract,
                "stored": mine[0]["stored"],
                "claims": mine[0]["claims"],
                "all_rates": [round(r["stored_per_second"], 1) for r in mine],
                "load": [round(r["load_before"], 1) for r in mine]
                + [round(r["load_after"], 1) for r in mine],
                **med,
            }
        )
    for row in rows:
        one = next(
            (r for r in rows if r["engine"] == row["engine"] and r["workers"] == 1 and r["extract"]), None
        )
        row["speedup"] = (
            row["stored_per_second"] / one["stored_per_second"] if one and row["extract"] else None
        )
        row["efficiency"] = row["speedup"] / row["workers"] if row["speedup"] else None
    return rows


def render(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    lines = [
        "| engine | workers | extraction | docs/s (median) | runs | speed-up | efficiency per worker "
        "| read s | extract s (workers) | write s (facts) | driver waits s | start-up s | load average |",
        "|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        speed = f"{r['speedup']:.2f}×" if r["speedup"] else "–"
        eff = f"{r['efficiency']:.0%}" if r["efficiency"] else "–"
        load = f"{min(r['load']):.1f}–{max(r['load']):.1f}"
        on = "on" if r["extract"] else "off"
        lines.append(
            f"| {r['engine']} | {r['workers']} | {on} | {r['stored_per_second']:.1f} "
            f"| {', '.join(str(x) for x in r['all_rates'])} | {speed} | {eff} | {r['read_seconds']:.1f} "
            f"| {r['extract_seconds']:.1f} | {r['write_seconds']:.1f} ({r['facts_seconds']:.1f}) "
            f"| {r['wait_seconds']:.1f} "
            f"| {r['startup_seconds']:.1f} | {load} |"
        )
    lines.append(
        f"\n{args.n:,} documents, batch {args.batch}, {args.repeat} repeats round-robin; "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
