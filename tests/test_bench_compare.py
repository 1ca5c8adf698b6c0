"""bench/compare.py with v1 and v2 side by side: the sets it runs on and what it says about them,
one system per registered extractor, scores per extractor, the ratio to the full spaCy pipeline and
peak RSS in a process per system. Tiny inputs and stand-in systems; nothing here asserts a timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import compare, peers, synth  # noqa: E402
from bench.corpus import Item  # noqa: E402


def _gold_dir(path: Path, n: int = 1) -> Path:
    path.mkdir(parents=True)
    for i in range(n):
        (path / f"0{i}-a.txt").write_text("Published: 2024-09-30\n\nTitle\n\nKenya sent 400 police.\n")
        (path / f"0{i}-a.gold.json").write_text("[]")
    return path


def test_default_sets_are_dev_and_every_heldout_in_number_order(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    for name in ("heldout10", "heldout2", "heldout"):
        _gold_dir(fixtures / name)
    (fixtures / "heldout3").mkdir()  # no gold: not a set
    dev = _gold_dir(tmp_path / "dev", 2)
    chosen = compare.choose_sets(["default"], gold=dev, fixtures=fixtures, log=lambda _: None)
    assert [si.name for si, _ in chosen] == ["dev", "heldout", "heldout2", "heldout10"]
    dev_info, load = chosen[0]
    assert len(load()) == 2 and dev_info.status == "development"


def test_all_adds_articles_and_synth_and_unknown_or_missing_sets_are_logged(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    _gold_dir(fixtures / "heldout")
    logged: list[str] = []
    chosen = compare.choose_sets(
        ["all", "heldout", "nonsense"],
        gold=tmp_path / "no-dev",
        fixtures=fixtures,
        own=_gold_dir(tmp_path / "own"),
        synth_n=2,
        seed=5,
        log=logged.append,
    )
    assert [si.name for si, _ in chosen] == ["heldout", "articles", "synth"]  # each once, dev missing
    assert len(chosen[-1][1]()) == 2
    assert any("no-dev" in m for m in logged) and any("nonsense" in m for m in logged)
    other = _gold_dir(tmp_path / "extra")
    assert [si.name for si, _ in compare.choose_sets([str(other)], fixtures=fixtures)] == ["extra"]
    assert compare.choose_sets(["synth"], synth_n=0, fixtures=fixtures) == []


ARRIVALS = """# Extraction

| heldout3 | 2026-11-28 | 1111111 | 0.5 / 0.5 / 0.500 | 0.400 | 0.6 / 0.6 / 0.600 | 0.450 |

## Blind scores on arrival (issue 9)

| set | arrived | commit | v1 lenient P / R / F1 | strict F1 | v2 lenient P / R / F1 | strict F1 |
|---|---|---|---|---|---|---|
| heldout3 (12) | 2026-12-04 | 02233fc | 0.8 / 0.5 / **0.690** | 0.594 | 0.7 / 0.5 / **0.592** | 0.471 |
| heldout12 (x) | 2026-12-05 | abcdef0 | 0.6 / 0.5 / **0.550** | 0.500 | 0.7 / 0.6 / **0.650** | 0.600 |
"""


def test_set_status_follows_docs_extraction(tmp_path: Path) -> None:
    docs = tmp_path / "extraction.md"
    docs.write_text(ARRIVALS, encoding="utf-8")
    found = compare.arrival_scores(docs)
    assert set(found) == {"heldout3", "heldout12"}  # only rows of the arrival table
    h3 = compare.set_info("heldout3", "t", docs)
    assert h3.status == "blind on arrival, development since"
    assert all(x in h3.history for x in ("2026-12-04", "02233fc", "v1 0.690", "v2 0.592", "0.594 / 0.471"))
    assert "abcdef0" in compare.set_info("heldout12", "t", docs).history
    assert compare.set_info("heldout", "t", docs).status.startswith("development")
    assert compare.set_info("heldout9", "t", docs).status == "unknown"
    assert compare.set_info("heldout3", "t", tmp_path / "absent.md").status.startswith("blind on arrival")
    real = compare.arrival_scores()  # the project's own table reads too
    assert {"heldout3", "heldout4"} <= set(real) and "0.589" in real["heldout4"][1]


def test_one_system_per_registered_extractor_named_by_the_registry() -> None:
    nlp = pytest.importorskip("missionwatch.nlp")
    for name, spec in nlp.EXTRACTORS.items():
        system = peers.Ours(name)
        assert (system.name, system.label, system.extractor) == (spec.claim_name, spec.label, name)
        assert compare.system_key(system) == f"ours:{name}"
        again = compare.make_system(compare.system_key(system))
        assert isinstance(again, peers.Ours) and again.name == system.name
    assert peers.Ours("v2").name == nlp.EXTRACTORS["frames"].claim_name  # aliases resolve
    variant = peers.OursRulesOnly("rules")
    assert variant.name.endswith("(no person model)") and compare.system_key(variant) == "variant:rules"
    with pytest.raises(peers.Unavailable):
        peers.Ours("no-such-extractor").load()
    assert compare.system_key(peers.REFERENCE()) == "reference"
    assert isinstance(compare.make_system("peer:Duckling"), peers.Duckling)


class _Gold(peers.Ours):
    """A stand-in extractor that returns the gold facts as its claims: perfect typed scores."""

    def __init__(self, name: str) -> None:
        self.extractor, self.name, self.label, self.errors = name, name, f"{name} 9.9", {}

    def load(self) -> None:
        pass

    def run(self, item: Item) -> list[dict[str, Any]]:
        return [dict(g) for g in item.gold]


class _Nothing(_Gold):
    def run(self, item: Item) -> list[dict[str, Any]]:
        self.errors[item.name] = "RuntimeError: not ready"
        return []


class _Reference(peers.System):
    name = peers.REFERENCE.name
    task = "reference"

    def run(self, item: Item) -> int:
        return item.words


class _Dates(peers.System):
    name = "dates peer"
    task = "dates"

    def run(self, item: Item) -> list[str]:
        return [item.published] if item.published else []


def test_two_extractors_scored_side_by_side_and_against_the_reference() -> None:
    items = [Item(d.id, d.text, d.published, d.title, d.facts) for d in synth.generate(4, seed=11)]
    systems: list[peers.System] = [_Gold("mw-v1"), _Nothing("mw-v2"), _Reference(), _Dates()]
    outputs, timings = compare.time_systems(systems, items, 2, lambda _: None)
    assert set(outputs) == {"mw-v1", "mw-v2", peers.REFERENCE.name, "dates peer"}
    results = compare.evaluate({"synth": items}, items, outputs, systems)
    per_set = results["synth"]
    assert per_set["documents"] == 4 and per_set["gold"] == sum(len(it.gold) for it in items)
    assert per_set["typed_claims"]["mw-v1"]["lenient"]["f1"] == 1.0
    assert per_set["typed_claims"]["mw-v2"]["lenient"]["tp"] == 0
    assert set(per_set["subtasks"]) == {"dates peer"}  # the reference is timed, never scored
    assert set(per_set["subtasks"]["dates peer"]["ours"]) == {"mw-v1", "mw-v2"}

    fake = {
        "mw-v1": {"cpu": [1.0, 2.0, 1.0]},
        "mw-v2": {"cpu": [4.0, 4.0, 5.0]},
        peers.REFERENCE.name: {"cpu": [8.0, 8.0, 6.0]},
    }
    ref = compare.against_reference(fake, ["mw-v1", "mw-v2", "absent"], peers.REFERENCE.name)
    assert ref["mw-v1"] == {"ratio": 8.0, "min": 4.0, "max": 8.0}
    assert ref["mw-v2"] == {"ratio": 2.0, "min": 1.2, "max": 2.0} and "absent" not in ref

    speeds = {n: compare.speed(1000, t["cpu"]) | {"wall_wps": 1.0} for n, t in timings.items()}
    rss: dict[str, dict[str, Any]] = {
        "(nothing loaded)": {"baseline_kb": 20480},
        "mw-v1": {"loaded_kb": 102400, "peak_kb": 204800},
        "mw-v2": {"error": "boom"},
    }
    info = compare.machine(2, commit="abc1234")
    text = compare.report(
        results,
        speeds,
        info,
        {},
        "cmd",
        1000,
        {"mw-v2": systems[1].errors},  # type: ignore[attr-defined]
        labels={"mw-v1": "mw-v1 9.9"},
        sets={"synth": compare.set_info("synth", "Synthetic")},
        reference=ref,
        rss=rss,
    )
    assert "commit `abc1234`" in text and "| synth | 4 |" in text and "generated" in text
    assert "mw-v1 lenient P / R / F1 | mw-v1 strict F1 | mw-v2 lenient P / R / F1" in text
    assert "**Synthetic** — sub-tasks beside the peers" in text
    assert "| `mw-v1 9.9` |" in text and "**8.00×** | 4.00–8.00× |" in text and "**2.00×**" in text
    assert "| 100 | 200 |" in text and "boom" in text and "loads no system peaks at 20 MB" in text
    assert "mw-v2 failed on 4 documents" in text and "VmHWM" in text


def test_rss_child_reports_high_water_marks(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(
        json.dumps({"name": "a", "text": "Kenya sent 400 police.", "published": None, "title": None}) + "\n",
        encoding="utf-8",
    )
    out = compare.rss_child("peer:DateParser", items)
    assert 0 < out["baseline_kb"] <= out["loaded_kb"] <= out["peak_kb"]
    if Path("/proc/self/status").exists():  # not ru_maxrss, which a child inherits from its parent
        assert out["how"] == "VmHWM"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "compare.py"),
            "--rss-child",
            "none",
            "--rss-items",
            str(items),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    child = json.loads(proc.stdout.strip().splitlines()[-1])
    assert child["key"] == "none" and child["baseline_kb"] > 0 and "peak_kb" not in child
