"""bench/bench_core.py: a checkout timed in a process of its own, its claims hashed, and the table
that sets checkouts side by side. Tiny inputs; nothing here asserts a timing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import bench_core  # noqa: E402

ITEMS = [
    {
        "name": "a",
        "text": "Kenya deployed 400 police officers to Haiti on 25 June 2024, the ministry said.",
        "published": "2024-06-27",
        "title": None,
    },
    {"name": "b", "text": "Nothing to see here.", "published": None, "title": None},
]


def test_child_times_the_corpus_and_hashes_its_claims(tmp_path: Path) -> None:
    items = tmp_path / "items.json"
    items.write_text(json.dumps(ITEMS), encoding="utf-8")
    first = bench_core.child(ROOT, "rules", items, passes=2)
    again = bench_core.child(ROOT, "rules", items)
    assert first["claims"] > 0 and first["errors"] == {}
    assert first["cpu"] > 0 and first["warm_cpu"] is not None and again["warm_cpu"] is None
    assert first["digest"] == again["digest"]  # the same code on the same texts: the same claims


def test_a_directory_is_labelled_by_its_commit() -> None:
    ck = bench_core.checkout(str(ROOT), ROOT)
    assert ck.path == ROOT.resolve()
    assert ck.label.split("+")[0].isalnum()


def _run(cpu: float, warm: float | None = None, digest: str = "abc") -> dict[str, object]:
    return {"cpu": cpu, "warm_cpu": warm, "wall": cpu, "claims": 7, "digest": digest, "errors": {}}


def test_report_gives_each_checkout_against_the_first_and_the_previous() -> None:
    old, new = bench_core.Checkout("old", ROOT), bench_core.Checkout("new", ROOT)
    runs = {
        ("old", "frames"): [_run(6.0), _run(8.0), _run(7.0)],
        ("new", "frames"): [_run(3.5), _run(3.4), _run(4.0)],
    }
    text = bench_core.report(runs, [old, new], ["frames"], 7000, 2, ((1.0,), (1.0,)))
    rows = [line for line in text.splitlines() if line.startswith("| old") or line.startswith("| new")]
    assert rows[0].startswith("| old | frames | 7.00 (6.00–8.00) | 1,000 | 1.00× | — | 7 (abc) |")
    assert rows[1].startswith("| new | frames | 3.50 (3.40–4.00) | 2,000 | 2.00× | 2.00× |")
    assert "warm" not in text.splitlines()[2]


def test_report_adds_the_warm_pass_when_every_run_has_one() -> None:
    old, new = bench_core.Checkout("old", ROOT), bench_core.Checkout("new", ROOT)
    runs = {("old", "rules"): [_run(2.0, 1.0)], ("new", "rules"): [_run(1.0, 0.5, "def")]}
    text = bench_core.report(runs, [old, new], ["rules"], 1000, 1, ((0.5,), (0.5,)))
    assert "warm: CPU s median" in text
    assert text.splitlines()[-1].endswith("| 7 (def) | 0.50 | 2,000 | 2.00× |")
