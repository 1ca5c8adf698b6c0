"""The synthetic corpus must be reproducible and its gold must really be in its text.

Throughput and extraction benchmarks compare numbers across runs and machines, so the same seed
must give the same bytes, and a gold fact whose words are not where it says would score the
extractor against a fiction.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import synth  # noqa: E402
from missionwatch.models import MEASURES, Claim  # noqa: E402


def test_same_seed_same_documents_and_other_seed_differs() -> None:
    a = [d.record() for d in synth.generate(30, seed=7)]
    b = [d.record() for d in synth.generate(30, seed=7)]
    c = [d.record() for d in synth.generate(30, seed=8)]
    assert a == b
    assert [d["text"] for d in a] != [d["text"] for d in c]


def test_a_slice_is_the_same_as_in_the_full_run() -> None:
    full = [d.text for d in synth.generate(20, seed=3)]
    part = [d.text for d in synth.generate(5, seed=3, start=10)]
    assert part == full[10:15]


def test_n_documents_with_unique_ids() -> None:
    docs = list(synth.generate(250, seed=1))
    assert len(docs) == 250
    assert len({d.id for d in docs}) == 250
    assert {d.mission for d in docs} == set(synth.MISSIONS)


def test_gold_facts_are_in_the_text_where_they_say() -> None:
    checked = 0
    for doc in synth.generate(300, seed=11):
        assert doc.facts, doc.id
        for fact in doc.facts:
            assert fact["measure"] in MEASURES
            assert fact["sentence"] in doc.text
            Claim(**{k: v for k, v in fact.items() if k in Claim.model_fields and k not in ("start", "end")})
            if "start" not in fact:
                continue
            words = doc.text[fact["start"] : fact["end"]]
            assert words and words in fact["sentence"]
            value = fact["value"]
            if fact["measure"] == "quote":
                assert words == value
            elif fact["unit"] == "persons" and isinstance(value, int) and re.search(r"\d", words):
                digits = words.replace(",", "")
                if "million" in digits:
                    assert float(digits.split()[0]) * 1_000_000 == value
                else:
                    assert int(re.sub(r"\D", "", digits)) == value
            elif fact["unit"] == "percent":
                assert words.startswith(str(value))
            checked += 1
    assert checked > 500


def test_money_words_match_the_value() -> None:
    scale = {"million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000}
    seen = 0
    for doc in synth.generate(300, seed=5):
        for fact in doc.facts:
            if fact["measure"].startswith("funding.") and "start" in fact:
                words = doc.text[fact["start"] : fact["end"]]
                m = re.search(r"([\d,.]+)\s*(million|billion|m\b)?", words)
                assert m, words
                number = float(m.group(1).replace(",", "")) * scale.get(m.group(2) or "", 1)
                assert round(number) == fact["value"], (words, fact["value"])
                seen += 1
    assert seen > 50


def test_no_fact_is_repeated_in_one_document() -> None:
    for doc in synth.generate(200, seed=2):
        keys = [(f["measure"], str(f["subject"]), str(f["value"]), f["qualifier"]) for f in doc.facts]
        assert len(keys) == len(set(keys)), doc.id


def test_writers_and_cli(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    gold = tmp_path / "g.jsonl"
    assert synth.main(["--n", "12", "--seed", "4", "--out", str(out), "--gold", str(gold)]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    golds = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(golds) == 12
    assert [r["id"] for r in records] == [g["id"] for g in golds]
    assert set(records[0]) == {"id", "url", "title", "published", "outlet", "text"}

    folder = tmp_path / "dir"
    assert synth.main(["--n", "3", "--seed", "4", "--out", str(folder)]) == 0
    texts = sorted(folder.glob("*.txt"))
    assert len(texts) == 3 and len(list(folder.glob("*.gold.json"))) == 3
    header, body = texts[0].read_text(encoding="utf-8").split("\n\n", 1)
    assert header.startswith("Published: ")
    assert body.rstrip("\n") == records[0]["text"]


@pytest.mark.parametrize("code", sorted(synth.MISSIONS))
def test_restricting_to_one_mission(code: str) -> None:
    docs = list(synth.generate(10, seed=9, missions=(code,)))
    assert {d.mission for d in docs} == {code}
    assert all(f["mission"] in (code, None) for d in docs for f in d.facts)


def test_one_pass_writes_jsonl_and_sharded_folders(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    folder = tmp_path / "dir"
    argv = [
        "--n",
        "7",
        "--seed",
        "2",
        "--start",
        "3",
        "--out",
        str(out),
        "--out",
        str(folder),
        "--per-dir",
        "5",
    ]
    assert synth.main(argv) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7
    assert sorted(p.name for p in folder.iterdir()) == ["00000", "00001"]  # documents 3-4, then 5-9
    assert len(list((folder / "00000").glob("*.txt"))) == 2
    assert len(list((folder / "00001").glob("*.gold.json"))) == 5


def test_generation_is_lazy() -> None:
    docs = synth.generate(10**9, seed=1)  # a billion: only works if nothing is built up front
    first = next(iter(docs))
    assert first.id == "synth-1-0000000"
