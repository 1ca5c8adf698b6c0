"""Build, check and train the claim filter (``missionwatch/nlp/calibration.py``) from blind scores.

Every held-out set in docs/extraction.md's table "Blind scores on arrival" names the commit it was
scored on the day it arrived. ``rows`` rebuilds what that commit's ``frames`` extractor gave the
set (``git archive`` of the commit's package, run in a subprocess), labels each claim right or extra
with today's scorer, and writes one JSON line per claim: the set, the labels, the claim (without
its sentence) and its features. ``check`` trains on the earlier sets and scores the later ones
with and without the filter at several thresholds, and against saved models (``--model``: a file,
or a git revision whose model of ``--lang`` is read); ``train`` writes the model the extractor reads.
``rows --at REV`` gives every set the claims of one commit instead (today's claims: fitted numbers).

    python bench/calibration.py rows  -o bench/results/calibration-rows.jsonl.gz   # ~15 min
    python bench/calibration.py check bench/results/calibration-rows.jsonl.gz --last 20 --model HEAD
    python bench/calibration.py train bench/results/calibration-rows.jsonl.gz --threshold 0.4
    python bench/calibration.py loo ROWS --lang fr   # leave one set out, against the shipped model
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from missionwatch.nlp.calibration import Calibrator
    from missionwatch.nlp.evaluate import Report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FRAMES_DEFAULT = "65ce900"  # the commit that made ``frames`` the default extractor
MODELS = ROOT / "missionwatch" / "nlp" / "patterns"
# the sets of each language in the blind-score tables, and the model its claims train
LANGUAGES = {"en": ("heldout", "frames"), "fr": ("fr", "fr"), "es": ("es", "es")}
_ROW = re.compile(r"^\| ((?:heldout|fr|es)\d*) .*?\| ([0-9a-f]{7,40})\b")
_EXTRACT = """
import json, sys, pathlib
from missionwatch.nlp.evaluate import gold_pairs, extract_file
out = {}
for stem, art, _ in gold_pairs(pathlib.Path(sys.argv[1])):
    out[stem] = [c.model_dump(mode="json") if hasattr(c, "model_dump") else dict(c)
                 for c in extract_file(art, extractor="frames")]
json.dump(out, sys.stdout)
"""


def blind_sets(lang: str = "en") -> list[tuple[str, str]]:
    """(set, commit it was scored on when it arrived), for sets scored with ``frames`` the default."""
    out = []
    prefix = LANGUAGES[lang][0]
    for line in (ROOT / "docs" / "extraction.md").read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m and re.fullmatch(prefix + r"\d*", m.group(1)) and (FIXTURES / m.group(1)).is_dir():
            after = subprocess.run(
                ["git", "merge-base", "--is-ancestor", FRAMES_DEFAULT, m.group(2)], cwd=ROOT
            )
            if after.returncode == 0:
                out.append((m.group(1), m.group(2)))
    return out


def rows(out: Path, lang: str, at: str | None = None) -> None:
    from missionwatch.nlp.calibration import claim_features
    from missionwatch.nlp.evaluate import gold_pairs

    sets = blind_sets(lang)
    if at:  # the claims one commit gives every set, not those each set received on arrival
        sets = [(name, at) for name, _ in sets]
    with tempfile.TemporaryDirectory() as tmp, gzip.open(out, "wt", encoding="utf-8") as sink:
        for n, (name, commit) in enumerate(sets, 1):
            code = Path(tmp) / commit
            if not code.is_dir():
                code.mkdir()
                archive = subprocess.run(
                    ["git", "archive", commit, "missionwatch"], cwd=ROOT, capture_output=True, check=True
                )
                subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
            got = subprocess.run(
                [sys.executable, "-c", _EXTRACT, str(FIXTURES / name)],
                # every claim the commit's reader gave, as the filter sees it: a set scored with a
                # filter on would otherwise train the next filter on the claims the last one kept
                env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin", "MISSIONWATCH_CLAIM_FILTER": "0"},
                cwd=tmp, capture_output=True, text=True, check=True,
            )  # fmt: skip
            claims = json.loads(got.stdout)
            lenient, strict = _reports(name, claims)
            wrong = {False: {id(c) for _, c in lenient.extras}, True: {id(c) for _, c in strict.extras}}
            for stem, article, _ in gold_pairs(FIXTURES / name):
                cs = claims.get(stem, [])
                for c, f in zip(cs, claim_features(cs, len(article.read_text())), strict=True):
                    row = {k: v for k, v in c.items() if k != "sentence"}
                    row.update(set=name, document=stem, commit=commit, features=f)
                    row["ok"] = id(c) not in wrong[False]
                    row["ok_strict"] = id(c) not in wrong[True]
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(
                f"[{n}/{len(sets)}] {name} at {commit}: {sum(map(len, claims.values()))} claims",
                file=sys.stderr,
            )


def _read(path: Path) -> dict[str, list[dict]]:
    by_set: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_set[r["set"]].append(r)
    return dict(sorted(by_set.items(), key=lambda kv: int(re.sub(r"\D", "", kv[0]) or 1)))


def _reports(name: str, claims: dict[str, list[dict]]) -> tuple[Report, Report]:
    """The lenient and strict reports of one set's claims (by article stem) against its gold."""
    from missionwatch.nlp.evaluate import evaluate

    def given(article: Path) -> list[dict]:
        return claims.get(article.stem, [])

    return evaluate(FIXTURES / name, extractor=given), evaluate(FIXTURES / name, strict=True, extractor=given)


def _score(name: str, claims: list[dict]) -> tuple[dict, dict]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_doc[c["document"]].append(c)
    lenient, strict = _reports(name, by_doc)
    return lenient.as_dict()["micro"], strict.as_dict()["micro"]


def _micro(ms: list[dict]) -> str:
    tp, got, gold = (sum(m[k] for m in ms) for k in ("tp", "got", "gold"))
    p, r = tp / got, tp / gold
    return f"P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r):.4f}"


def saved_model(spec: str, lang: str) -> Calibrator:
    """The model in file ``spec``, or else the model of ``lang`` at git revision ``spec``."""
    from missionwatch.nlp.calibration import Calibrator

    if Path(spec).is_file():
        return Calibrator.read(Path(spec))
    name = f"missionwatch/nlp/patterns/calibration-{LANGUAGES[lang][1]}.json"
    shown = subprocess.run(
        ["git", "show", f"{spec}:{name}"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    data = json.loads(shown.stdout)
    return Calibrator(data["weights"], float(data["bias"]), float(data["threshold"]))


def _report(label: str, by_set: dict[str, list[dict]], names: list[str], model: Calibrator | None) -> None:
    """Lenient and strict micro scores over ``names`` of the claims ``model`` keeps (all if None)."""
    lenient, strict = [], []
    for n in names:
        kept = [r for r in by_set[n] if model is None or model.p_right(r["features"]) >= model.threshold]
        a, b = _score(n, kept)
        lenient.append(a)
        strict.append(b)
    print(f"{label:24s} lenient {_micro(lenient)}   strict {_micro(strict)}")


def check(path: Path, last: int, l2: float, thresholds: list[float], models: list[str], lang: str) -> None:
    """Train on all but the ``last`` sets (the earlier ones) and score those with each threshold,
    and with each saved model at its own threshold (``last`` 0: no training, every set scored)."""
    from missionwatch.nlp.calibration import Calibrator, fit

    by_set = _read(path)
    names = list(by_set)
    train, test = (names[:-last], names[-last:]) if last else ([], names)
    print(f"scored on {len(test)} sets ({test[0]}…{test[-1]})")
    _report("no filter", by_set, test, None)
    for spec in models:
        model = saved_model(spec, lang)
        _report(f"{spec}, {model.threshold:.2f}", by_set, test, model)
    if not train:
        return
    weights, bias = fit(
        (r["features"] for n in train for r in by_set[n]), (r["ok"] for n in train for r in by_set[n]), l2=l2
    )
    for th in thresholds:
        _report(f"{train[0]}–{train[-1]}, {th:.2f}", by_set, test, Calibrator(weights, bias, th))


def loo(path: Path, l2: float, thresholds: list[float], lang: str) -> None:
    """Leave one set out: train on every other set, score the one left out, summed over the sets;
    against no filter and the shipped model on the same rows (in sample for the sets it trained on)."""
    from missionwatch.nlp.calibration import Calibrator, fit

    by_set = _read(path)
    shipped = Calibrator.read(MODELS / f"calibration-{LANGUAGES[lang][1]}.json")
    kept: dict[str, list[list[dict]]] = defaultdict(lambda: [[], []])
    for name, rs in by_set.items():
        others = [r for n, x in by_set.items() if n != name for r in x]
        weights, bias = fit((r["features"] for r in others), (r["ok"] for r in others), l2=l2)
        model = Calibrator(weights, bias, 0.0)
        variants = {
            "no filter": rs,
            "shipped": [r for r in rs if shipped.p_right(r["features"]) >= shipped.threshold],
        }
        for th in thresholds:
            variants[f"left out, {th:.2f}"] = [r for r in rs if model.p_right(r["features"]) >= th]
        for label, chosen in variants.items():
            a, b = _score(name, chosen)
            kept[label][0].append(a)
            kept[label][1].append(b)
    print(f"{len(by_set)} sets, each scored by a model trained on the others (l2 {l2})")
    for label, (lenient, strict) in kept.items():
        print(f"{label:16s} lenient {_micro(lenient)}   strict {_micro(strict)}")


def train(path: Path, l2: float, threshold: float, lang: str) -> None:
    from missionwatch.nlp.calibration import fit

    name = LANGUAGES[lang][1]
    model_path = MODELS / f"calibration-{name}.json"
    by_set = _read(path)
    all_rows = [r for rs in by_set.values() for r in rs]
    weights, bias = fit((r["features"] for r in all_rows), (r["ok"] for r in all_rows), l2=l2)
    kept = {k: round(w, 5) for k, w in sorted(weights.items()) if abs(w) >= 1e-4}
    model = {
        "about": f"claim filter of {name}, rebuilt by bench/calibration.py (docs/extraction.md)",
        "trained_on": {
            "sets": len(by_set),
            "claims": len(all_rows),
            "right": sum(r["ok"] for r in all_rows),
            "rows": "claims each held-out set received from the commit it was blind-scored on",
        },
        "l2": l2,
        "threshold": threshold,
        "bias": round(bias, 5),
        "weights": kept,
    }
    model_path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {model_path.relative_to(ROOT)}: {len(kept)} weights"
        f" from {len(all_rows)} claims of {len(by_set)} sets"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rows", help="rebuild the labelled claims of every blind-scored set")
    r.add_argument("-o", "--out", type=Path, help="default: bench/results/calibration-rows[-LANG].jsonl.gz")
    r.add_argument("--at", help="give every set the claims of this commit (today's: fitted numbers)")
    c = sub.add_parser("check", help="train on the earlier sets, score the later ones")
    c.add_argument("rows", type=Path)
    c.add_argument("--last", type=int, default=20)
    c.add_argument("--l2", type=float, default=2.0)
    c.add_argument("--thresholds", type=float, nargs="+", default=[0.25, 0.3, 0.35, 0.4, 0.45, 0.5])
    c.add_argument(
        "--model", action="append", default=[], help="a saved model (file or git revision), at its threshold"
    )
    o = sub.add_parser(
        "loo", help="leave one set out: train on the others, score it; against the shipped model"
    )
    o.add_argument("rows", type=Path)
    o.add_argument("--l2", type=float, default=2.0)
    o.add_argument("--thresholds", type=float, nargs="+", default=[0.3, 0.35, 0.4, 0.45, 0.5])
    t = sub.add_parser("train", help="train on every set and write the model")
    t.add_argument("rows", type=Path)
    t.add_argument("--l2", type=float, default=2.0)
    t.add_argument("--threshold", type=float, default=0.4)
    for p in (r, c, t, o):
        p.add_argument("--lang", choices=sorted(LANGUAGES), default="en")
    a = ap.parse_args()
    if a.cmd == "rows":
        tail = "" if a.lang == "en" else f"-{a.lang}"
        rows(a.out or ROOT / "bench" / "results" / f"calibration-rows{tail}.jsonl.gz", a.lang, a.at)
    elif a.cmd == "check":
        check(a.rows, a.last, a.l2, a.thresholds, a.model, a.lang)
    elif a.cmd == "loo":
        loo(a.rows, a.l2, a.thresholds, a.lang)
    else:
        train(a.rows, a.l2, a.threshold, a.lang)


if __name__ == "__main__":
    main()
