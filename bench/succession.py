"""Build, check and train the succession chooser (``missionwatch/nlp/succession.py``).

``rows`` extracts the open held-out sets with the code on PYTHONPATH (the chooser off) and writes
one row per (claim, neighbouring mission) for each claim whose mission has a predecessor or
successor in the KB: label 1 when the claim, unmatched, would match an unmatched gold fact under
the neighbour's name; 0 when the claim already matches. Claims that match nothing either way are
left out (moving them changes no score). ``check`` trains on the sets up to ``--upto`` and scores
the later ones with and without the chooser; ``train`` writes the model the extractor reads.

    python bench/succession.py rows -o /tmp/succession-rows.jsonl       # ~3 min, 2 processes
    python bench/succession.py check /tmp/succession-rows.jsonl --upto 109
    python bench/succession.py train /tmp/succession-rows.jsonl --threshold 0.5
"""

from __future__ import annotations

import argparse
import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def _sets(fixtures: Path) -> list[str]:
    names = [p.name for p in fixtures.iterdir() if p.is_dir() and p.name[7:].isdigit()]
    return sorted((n for n in names if n.startswith("heldout")), key=lambda n: int(n[7:]))


def _set_rows(args: tuple[str, str]) -> list[dict[str, Any]]:
    """Rows of one set, extracted with the chooser off."""
    os.environ["MISSIONWATCH_SUCCESSION"] = "0"
    from missionwatch.nlp import extract_document
    from missionwatch.nlp.evaluate import gold_pairs, read_article

    name, fixtures = args
    out = []
    for stem, art, gold in gold_pairs(Path(fixtures) / name):
        golds = json.loads(gold.read_text(encoding="utf-8"))
        doc = read_article(art)
        got = [c.model_dump(mode="json") for c in extract_document(doc)]
        out += doc_rows(name, stem, golds, got, doc.text, doc.published)
    return out


def doc_rows(
    name: str,
    stem: str,
    golds: list[dict[str, Any]],
    got: list[dict[str, Any]],
    text: str,
    published: str | None,
) -> list[dict[str, Any]]:
    """Every candidate move of one document's claims, its features and its label."""
    from missionwatch.nlp.evaluate import match, pair_score
    from missionwatch.nlp.succession import alternatives, pair_features

    pairs, free_gold, _ = match(golds, got, strict=False)
    matched = {j for _, j in pairs}
    out = []
    for j, c in enumerate(got):
        for alt, when in alternatives(c.get("mission")):
            if j in matched:
                label = 0
            else:
                moved = dict(c, mission=alt)
                label = int(any(pair_score(golds[i], moved, strict=False) > 0 for i in free_gold))
                if not label:
                    continue
            feats = pair_features(c, alt, when, text, published)
            out.append({"set": name, "doc": stem, "claim": j, "alt": alt, "y": label, "f": feats})
    return out


def _num(name: str) -> int:
    return int(name[7:])


def rows(args: argparse.Namespace) -> None:
    sets = _sets(Path(args.fixtures))
    with ProcessPoolExecutor(args.jobs) as ex, open(args.o, "w", encoding="utf-8") as fh:
        for rs in ex.map(_set_rows, [(s, args.fixtures) for s in sets]):
            for r in rs:
                fh.write(json.dumps(r) + "\n")


def _read(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _net(model: Any, test: list[dict[str, Any]], threshold: float) -> tuple[int, int]:
    """(rows moved, net right claims) on labelled rows: +1 a missed fact found, -1 a match lost."""
    best: dict[tuple[str, str, int], tuple[float, dict[str, Any]]] = {}
    for r in test:
        key = (r["set"], r["doc"], r["claim"])
        p = model.p_right(r["f"])
        if key not in best or p > best[key][0]:
            best[key] = (p, r)
    moved = [r for p, r in best.values() if p >= threshold]
    return len(moved), sum(1 if r["y"] else -1 for r in moved)


def check(args: argparse.Namespace) -> None:
    from missionwatch.nlp.calibration import Calibrator, fit

    data = _read(args.rows)
    train = [r for r in data if _num(r["set"]) <= args.upto]
    test = [r for r in data if args.upto < _num(r["set"]) <= args.to]
    w, b = fit((r["f"] for r in train), (r["y"] for r in train), l2=args.l2)
    print(f"train {len(train)} rows ({sum(r['y'] for r in train)} move), test {len(test)} rows "
          f"({sum(r['y'] for r in test)} move)")  # fmt: skip
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        model = Calibrator(w, b, t)
        print(f"threshold {t}: train moved/net {_net(model, train, t)}  test {_net(model, test, t)}")


def train(args: argparse.Namespace) -> None:
    from missionwatch.nlp.calibration import fit

    data = [r for r in _read(args.rows) if _num(r["set"]) <= args.upto]
    w, b = fit((r["f"] for r in data), (r["y"] for r in data), l2=args.l2)
    out = ROOT / "missionwatch" / "nlp" / "patterns" / "succession.json"
    model = {"weights": dict(sorted(w.items())), "bias": b, "threshold": args.threshold, "rows": len(data)}
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(w)} weights, {len(data)} rows)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rows")
    r.add_argument("-o", required=True)
    r.add_argument("--fixtures", default=str(FIXTURES))
    r.add_argument("--jobs", type=int, default=2)
    for name in ("check", "train"):
        p = sub.add_parser(name)
        p.add_argument("rows")
        p.add_argument("--l2", type=float, default=1.0)
    sub.choices["check"].add_argument("--upto", type=int, default=109, help="train on sets up to it")
    sub.choices["check"].add_argument("--to", type=int, default=10**6, help="test on later sets up to it")
    sub.choices["train"].add_argument("--threshold", type=float, default=0.5)
    sub.choices["train"].add_argument("--upto", type=int, default=10**6, help="train on sets up to it")
    a = ap.parse_args()
    {"rows": rows, "check": check, "train": train}[a.cmd](a)


if __name__ == "__main__":
    main()
