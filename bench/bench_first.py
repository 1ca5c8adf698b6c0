"""The first request of each heavy endpoint after a server starts, in CPU time, code trees side by side.

``bench_serve.py`` times requests over HTTP by the wall clock; on a shared machine a first request's
wall time moves with the other work by a factor of two or more. This script starts the app the way
``missionwatch serve`` does (``web.server.warm`` where the tree has it), in a fresh process per
endpoint and run, and asks that endpoint once, in the process (an ASGI client; the synchronous
endpoints run inline, not in a worker thread), counting the process's CPU time for the request.
Runs alternate between the code trees given, so load drifts hit each alike.

    .venv/bin/python bench/bench_first.py --repeat 3 \\
        --code before=/tmp/tree-a@/tmp/ledger-0008.db --code after=.@/tmp/ledger-0010.db

Each ``--code NAME=TREE@LEDGER`` is a source tree put first on ``PYTHONPATH`` and a SQLite ledger at
the schema that tree wants (``bench_serve.py --ledger`` builds one; ``missionwatch db upgrade``
brings a copy up to a newer tree). Not a test: numbers depend on the machine; see bench/serve.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

ENDPOINTS = {
    "overview": "/missions/MSS?as_of={as_of}",
    "alerts": "/api/v1/alerts?as_of={as_of}",
    "facts": "/api/v1/facts?mission=MSS",
    "conflicts": "/api/v1/conflicts?mission=MSS",
    "timelines": "/api/v1/timelines?mission=MSS",
}

# Run in the child: the app as `serve` builds it, then one request, its CPU and wall time.
CHILD = r"""
import asyncio, json, resource, sys, time
import anyio.to_thread

async def inline(func, *args, **kwargs):
    return func(*args)

anyio.to_thread.run_sync = inline  # the endpoint's CPU is this thread's, whatever the executor

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

import httpx
import missionwatch.web.server as server
from missionwatch.web.app import create_app

ledger, path = sys.argv[1], sys.argv[2]
app = create_app(ledger)
if hasattr(server, "warm"):
    server.warm(app)
else:  # trees before the server warmed the knowledge base and tuned the collector
    from missionwatch.report.charts import warm
    from missionwatch.web.render import warm as warm_templates
    warm()
    warm_templates()

async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        await http.get("/api/v1/missions")  # what bench_serve.py waits on before its first query
        c, w = cpu(), time.perf_counter()
        r = await http.get(path)
        r.raise_for_status()
        print(json.dumps({"cpu_ms": (cpu() - c) * 1000, "wall_ms": (time.perf_counter() - w) * 1000,
                          "bytes": len(r.content)}))

asyncio.run(main())
"""


def first(tree: str, ledger: str, path: str) -> dict[str, float]:
    tree = os.path.abspath(tree)
    env = {**os.environ, "PYTHONPATH": tree}
    done = subprocess.run(  # run in the tree: `python -c` puts the working directory first on sys.path
        [sys.executable, "-c", CHILD, os.path.abspath(ledger), path],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{tree} {path}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--code", action="append", required=True, help="NAME=TREE@LEDGER (repeatable)")
    p.add_argument("--repeat", type=int, default=3, help="runs per endpoint and tree (alternating)")
    p.add_argument("--only", nargs="+", choices=sorted(ENDPOINTS), help="these endpoints only")
    p.add_argument("--as-of", default="2028-12-31", help="the overview's and alerts' date")
    args = p.parse_args(argv)
    codes = []
    for spec in args.code:
        name, _, rest = spec.partition("=")
        tree, _, ledger = rest.rpartition("@")
        codes.append((name, tree, ledger))
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    for endpoint in args.only or list(ENDPOINTS):
        path = ENDPOINTS[endpoint].format(as_of=args.as_of)
        for r in range(args.repeat):
            for name, tree, ledger in codes:
                got = first(tree, ledger, path)
                results.setdefault((endpoint, name), []).append(got)
                print(f"  {endpoint} {name} run {r + 1}: {got['cpu_ms']:.0f} ms CPU, "
                      f"{got['wall_ms']:.0f} ms wall", file=sys.stderr)  # fmt: skip
    names = [name for name, _t, _l in codes]
    print("| endpoint | " + " | ".join(f"{n} CPU (ms)" for n in names) + " | "
          + " | ".join(f"{n} wall (ms)" for n in names) + " | ratio (CPU) |")  # fmt: skip
    print("|---|" + "---:|" * (2 * len(names) + 1))
    for endpoint in args.only or list(ENDPOINTS):
        cpu = [statistics.median(x["cpu_ms"] for x in results[(endpoint, n)]) for n in names]
        wall = [statistics.median(x["wall_ms"] for x in results[(endpoint, n)]) for n in names]
        sizes = {x["bytes"] for n in names for x in results[(endpoint, n)]}
        ratio = f"{cpu[0] / cpu[-1]:.1f}×" if cpu[-1] else "—"
        note = "" if len(sizes) == 1 else " (responses differ in size!)"
        print(f"| {endpoint}{note} | " + " | ".join(f"{v:,.0f}" for v in cpu) + " | "
              + " | ".join(f"{v:,.0f}" for v in wall) + f" | {ratio} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
