"""Single-core extraction speed of several checkouts side by side (issue 14, part 2).

``compare.py`` times one checkout's extractors beside the peers in one process. Two commits of the
package cannot share a process (both are ``missionwatch``), so this harness runs each checkout in
a process of its own on the same texts: ``compare.py``'s corpus (``--sets``, loaded once by this
checkout and handed to every child), pinned to one core, every (checkout, extractor) once per
repeat in rotating order so background load falls on all of them alike. Each run is a fresh
process (a cache filled by an earlier repeat never flatters a later one); loading and a warm-up
are not timed, the extraction of the whole corpus is, in CPU time. The claims of every run are
hashed, so checkouts that should agree can be seen to agree.

    .venv/bin/python bench/bench_core.py 4d0f2ea HEAD --repeat 5
    .venv/bin/python bench/bench_core.py /tmp/old-tree . --extractors frames --repeat 3

A checkout is a directory holding ``missionwatch/`` or a commit, exported with ``git archive``
into a temporary directory for the run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import compare, corpus  # noqa: E402

THREAD_VARS = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


@dataclass(frozen=True)
class Checkout:
    """One tree to time: where its ``missionwatch`` package is, and what to call it."""

    label: str
    path: Path


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout


def checkout(spec: str, scratch: Path) -> Checkout:
    """A directory as it is (labelled by its commit, ``+dirty`` when it has changes), or a commit
    exported into ``scratch``."""
    path = Path(spec)
    if (path / "missionwatch").is_dir():
        try:
            head = subprocess.run(
                ["git", "-C", str(path), "rev-parse", "--short", "HEAD"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            dirty = subprocess.run(
                ["git", "-C", str(path), "status", "--porcelain", "--", "missionwatch"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            label = head + ("+dirty" if dirty else "")
        except (subprocess.CalledProcessError, FileNotFoundError):
            label = path.resolve().name
        return Checkout(label, path.resolve())
    commit = _git("rev-parse", "--short", spec).strip()
    dest = scratch / commit
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True
    ).stdout
    tar_path = scratch / f"{commit}.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(dest, filter="data")
    return Checkout(commit, dest)


# --- one timed run, in a process of its own ---------------------------------------------------------


def child(tree: Path, extractor: str, items_path: Path, passes: int = 1) -> dict[str, Any]:
    """Load ``extractor`` from ``tree``, warm it up, then time it over the items (CPU and wall);
    ``passes`` > 1 times the corpus again in the same process (``warm``: what the per-process caches
    of words, lemmas and names are worth once filled, as in a long backfill worker)."""
    sys.path.insert(0, str(tree))
    import missionwatch

    if not Path(missionwatch.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"missionwatch imported from {missionwatch.__file__}, not {tree}")
    from bench import peers

    rows = json.loads(items_path.read_text(encoding="utf-8"))
    items = [corpus.Item(r["name"], r["text"], r["published"], r["title"]) for r in rows]
    system = peers.Ours(extractor)
    system.load()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    outputs = [system.run(item) for item in items]
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    warm = []
    for _ in range(passes - 1):
        cpu1 = time.process_time()
        again = [system.run(item) for item in items]
        warm.append(time.process_time() - cpu1)
        if again != outputs:
            raise SystemExit("a second pass over the same texts gave other claims")
    digest = hashlib.sha256(json.dumps(outputs, sort_keys=True, default=str).encode()).hexdigest()
    return {
        "cpu": cpu,
        "warm_cpu": warm[-1] if warm else None,
        "wall": wall,
        "claims": sum(len(o) for o in outputs),
        "digest": digest[:12],
        "errors": system.errors,
    }


def run_child(
    ck: Checkout, extractor: str, items_path: Path, cpu: int | None, passes: int = 1
) -> dict[str, Any]:
    env = os.environ | THREAD_VARS | {"PYTHONPATH": str(ck.path)}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(ck.path), extractor, str(items_path)]
    cmd += ["--passes", str(passes)]
    if cpu is not None:
        cmd = ["taskset", "-c", str(cpu), *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{ck.label} {extractor} failed:\n{done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# --- the side-by-side run ----------------------------------------------------------------------------


def measure(
    checkouts: list[Checkout],
    extractors: list[str],
    items_path: Path,
    repeat: int,
    cpu: int | None,
    passes: int = 1,
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Every (checkout, extractor) once per repeat, the order rotated by one each repeat."""
    systems = [(ck, x) for x in extractors for ck in checkouts]
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {(ck.label, x): [] for ck, x in systems}
    for r in range(repeat):
        k = r % len(systems)
        for ck, x in (*systems[k:], *systems[:k]):
            got = run_child(ck, x, items_path, cpu, passes)
            runs[(ck.label, x)].append(got)
            warm = f" ({got['warm_cpu']:.2f} s warm)" if got["warm_cpu"] is not None else ""
            print(
                f"  run {r + 1}/{repeat} {ck.label} {x}: {got['cpu']:.2f} s CPU{warm}, "
                f"{got['wall']:.2f} s wall, {got['claims']} claims {got['digest']}",
                file=sys.stderr,
                flush=True,
            )
    return runs


def report(
    runs: dict[tuple[str, str], list[dict[str, Any]]],
    checkouts: list[Checkout],
    extractors: list[str],
    words: int,
    documents: int,
    loads: tuple[Any, Any],
) -> str:
    first = checkouts[0].label
    warm = all(r["warm_cpu"] is not None for rs in runs.values() for r in rs)
    lines = [
        f"{documents} documents, {words:,} words; words/s of CPU time on one pinned core, median of "
        f"{len(next(iter(runs.values())))} fresh-process runs in rotating order (first pass; warm: the last "
        f"pass over the same texts in that process); load average {loads[0]} before, {loads[1]} after.",
        "",
        "| checkout | extractor | CPU s median (min–max) | words/s | vs first | vs previous | claims (hash) |"
        + (" warm: CPU s median | words/s | vs first |" if warm else ""),
        "|---|---|---|---|---|---|---|" + ("---|---|---|" if warm else ""),
    ]
    for x in extractors:
        prev = None
        for ck in checkouts:
            cpu = [r["cpu"] for r in runs[(ck.label, x)]]
            med = statistics.median(cpu)
            base = statistics.median(r["cpu"] for r in runs[(first, x)])
            vs_prev = f"{prev / med:.2f}×" if prev else "—"
            hashes = sorted({r["digest"] for r in runs[(ck.label, x)]})
            claims = runs[(ck.label, x)][0]["claims"]
            row = (
                f"| {ck.label} | {x} | {med:.2f} ({min(cpu):.2f}–{max(cpu):.2f}) | {words / med:,.0f} | "
                f"{base / med:.2f}× | {vs_prev} | {claims} ({', '.join(hashes)}) |"
            )
            if warm:
                hot = statistics.median(r["warm_cpu"] for r in runs[(ck.label, x)])
                hot_base = statistics.median(r["warm_cpu"] for r in runs[(first, x)])
                row += f" {hot:.2f} | {words / hot:,.0f} | {hot_base / hot:.2f}× |"
            lines.append(row)
            prev = med
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("checkouts", nargs="*", help="directories or commits, the first is the baseline")
    parser.add_argument("--extractors", nargs="+", default=["frames", "rules"])
    parser.add_argument(
        "--sets", nargs="+", default=["default"], help="as compare.py --sets (default: dev + heldout*)"
    )
    parser.add_argument("--gold", type=Path, default=compare.DEFAULT_GOLD, help="the dev set directory")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--passes",
        type=int,
        default=1,
        help="passes over the corpus per process; the last is reported as warm",
    )
    parser.add_argument("--cpu", type=int, default=None, help="core to pin to (default: the last allowed)")
    parser.add_argument("--json", type=Path, default=None, help="also write every run here")
    parser.add_argument("--child", nargs=3, metavar=("TREE", "EXTRACTOR", "ITEMS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        tree, extractor, items = args.child
        print(json.dumps(child(Path(tree), extractor, Path(items), args.passes)))
        return 0
    if not args.checkouts:
        parser.error("name at least one checkout")
    cpu = args.cpu if args.cpu is not None else sorted(os.sched_getaffinity(0))[-1]
    with tempfile.TemporaryDirectory(prefix="bench_core-") as tmp:
        scratch = Path(tmp)
        checkouts = [checkout(spec, scratch) for spec in args.checkouts]
        chosen = compare.choose_sets(args.sets, gold=args.gold, log=lambda m: print(m, file=sys.stderr))
        items = [it for _, load in chosen for it in load()]
        items_path = scratch / "items.json"
        rows = [{"name": i.name, "text": i.text, "published": i.published, "title": i.title} for i in items]
        items_path.write_text(json.dumps(rows), encoding="utf-8")
        words = sum(it.words for it in items)
        print(
            f"{len(items)} documents, {words:,} words ({', '.join(si.name for si, _ in chosen)}); "
            f"core {cpu}; {', '.join(f'{c.label}={c.path}' for c in checkouts)}",
            file=sys.stderr,
        )
        load0 = tuple(round(x, 1) for x in os.getloadavg())
        runs = measure(checkouts, args.extractors, items_path, args.repeat, cpu, args.passes)
        load1 = tuple(round(x, 1) for x in os.getloadavg())
    print(report(runs, checkouts, args.extractors, words, len(items), (load0, load1)))
    if args.json:
        data = {f"{label} {x}": r for (label, x), r in runs.items()}
        args.json.write_text(json.dumps({"words": words, "documents": len(items), "runs": data}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
