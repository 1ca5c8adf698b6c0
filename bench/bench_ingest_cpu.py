"""What materialized facts add to an ingest, in CPU seconds rather than wall time.

``bench_facts.py`` times whole ingests by the wall clock, alternating ledgers; on a machine shared
with other work its runs spread by ±30 %, more than the cost it looks for. This script counts the
CPU time of this process (``time.process_time``: SQLite runs in it) for each step of ingesting
the same documents, so another process's load changes little:

- *extract*: the configured extractor over each document's text (as ``ingest`` does);
- *store without*: ``Ledger.store`` into a ledger without the facts triggers (nothing queued);
- *store with*: ``Ledger.store`` into a ledger that has them (each claim queues its document);
- *sync*: ``reconcile.materialized.sync`` of the queued documents, every ``--every`` documents
  and at the end, as ``ingest`` syncs.

Both ledgers start as copies of one prefill (synthetic documents bulk-loaded, facts rebuilt).

    .venv/bin/python bench/bench_ingest_cpu.py --prefill 2000 --docs 300 --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_facts as bf  # a sibling script, not a package module

from missionwatch.ledger.engine import make_engine
from missionwatch.ledger.store import Ledger
from missionwatch.reconcile.materialized import rebuild, sync


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--prefill", type=int, default=2000, help="synthetic documents loaded first")
    p.add_argument("--docs", type=int, default=300, help="documents ingested per run")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--every", type=int, default=500, help="sync every N documents (ingest: 500)")
    args = p.parse_args(argv)
    from missionwatch.cli.ingest import load_extractor

    extract, label, _warning = load_extractor()
    assert extract is not None
    work = Path(tempfile.mkdtemp(prefix="mw-ingest-cpu-"))
    with bf.new_ledger(work / "with.db", "head") as led:
        bf.bulk_load(led, 0, args.prefill)
        rebuild(led)
    with bf.new_ledger(work / "without.db", "0002") as led:  # head schema without the triggers
        bf.bulk_load(led, 0, args.prefill)
    docs = [bf.synthetic(i)[0] for i in range(args.prefill, args.prefill + args.docs)]
    extract(docs[0])  # load the pipeline before counting
    steps: dict[str, list[float]] = {"extract": [], "store without": [], "store with": [], "sync": []}
    for r in range(args.repeat):
        t = time.process_time()
        batch = [(d, list(extract(d))) for d in docs]
        steps["extract"].append(time.process_time() - t)
        for name in ("without", "with"):
            run = work / "run.db"
            bf.copy_db(work / f"{name}.db", run)
            ledger = Ledger(make_engine(str(run)))
            stored = synced = 0.0
            for n, (doc, claims) in enumerate(batch, 1):
                t = time.process_time()
                ledger.store(doc, claims)
                stored += time.process_time() - t
                if name == "with" and n % args.every == 0:
                    t = time.process_time()
                    sync(ledger)
                    synced += time.process_time() - t
            if name == "with":
                t = time.process_time()
                sync(ledger)
                synced += time.process_time() - t
                steps["sync"].append(synced)
            steps[f"store {name}"].append(stored)
            ledger.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{run}{suffix}").unlink(missing_ok=True)
        print(
            f"  repeat {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in steps.items()), file=sys.stderr
        )
    ms = {k: statistics.median(v) / args.docs * 1000 for k, v in steps.items()}
    without = ms["extract"] + ms["store without"]
    with_ = ms["extract"] + ms["store with"] + ms["sync"]
    print(
        f"{args.docs} documents after a prefill of {args.prefill:,}, extractor {label}, "
        f"medians of {args.repeat}"
    )
    print()
    print("| step | CPU ms per document |")
    print("|---|---:|")
    for k, v in ms.items():
        print(f"| {k} | {v:.2f} |")
    print(f"| ingest without facts | {without:.2f} |")
    print(f"| ingest with facts | {with_:.2f} ({(with_ / without - 1) * 100:+.0f} %) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
