"""The comparison is only fair if every system goes through the same, correct scoring.

These pin the matching rules of the local scorer (and check it against the shared reference scorer
when that is present), the placing of gold values in their sentences, and each sub-task scorer on
small hand-made cases, plus one end-to-end run of the harness with stand-in systems.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import compare, peers, synth, tasks  # noqa: E402
from bench.corpus import Item, _local_header  # noqa: E402
from bench.scoring import date_agrees, pair_score, score_claims, subject_key, token_f1  # noqa: E402
from bench.spans import date_mentions, locate, number_mentions  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kenya", "KEN"),
        ("Kenyan", "Nairobi"),
        ("the United States", "U.S."),
        ("Washington", "USA"),
        ("Resolution 2751", "2751"),
        ("Ms. Grace Mwangi", "Mwangi"),
    ],
)
def test_subjects_that_name_the_same_thing_fold_together(a: str, b: str) -> None:
    measure = "quote" if "Mwangi" in a else "council.vote" if "2751" in a else "personnel.deployed"
    assert subject_key(measure, a) == subject_key(measure, b)


def test_subjects_that_differ_stay_apart() -> None:
    assert subject_key("personnel.deployed", "Kenya") != subject_key("personnel.deployed", "Jamaica")
    assert subject_key("personnel.target", "police officers") != subject_key("personnel.target", "soldiers")


def test_values_numbers_within_one_percent_and_dates_on_prefix() -> None:
    gold = {
        "measure": "funding.pledged",
        "subject": "Canada",
        "value": 80_000_000,
        "unit": "CAD",
        "qualifier": "at_least",
        "as_of": "2024-09",
    }
    assert pair_score(gold, {**gold, "value": 80_500_000}, strict=False) == 0.9
    assert pair_score(gold, {**gold, "value": 82_000_000}, strict=False) == 0
    assert pair_score(gold, {**gold, "qualifier": "approx"}, strict=False) == 1.0
    assert pair_score(gold, {**gold, "qualifier": "approx"}, strict=True) == 0
    assert pair_score(gold, {**gold, "as_of": "2024-09-30"}, strict=True) == 1.0
    assert pair_score(gold, {**gold, "as_of": "2024-10-01"}, strict=True) == 0
    assert date_agrees("2025", "2025-10-02") and not date_agrees("2025-10", "2025-11")
    assert token_f1("sends a strong message", "it sends a strong message.") > 0.8


def test_matching_is_one_to_one_within_a_measure() -> None:
    gold = [{"measure": "killed", "subject": "Haiti", "value": 100, "qualifier": "exact", "as_of": None}]
    claims = [dict(gold[0]), dict(gold[0]), {**gold[0], "measure": "injured"}]
    total, per = score_claims([(gold, claims)], strict=False)
    assert (total.tp, total.n_gold, total.n_pred) == (1, 1, 3)
    assert per["killed"].precision == 0.5 and per["injured"].recall == 0.0


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference scorer is not beside the repo")
def test_local_scorer_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    rng = random.Random(5)
    gold_dir, claim_dir = tmp_path / "gold", tmp_path / "claims"
    gold_dir.mkdir()
    claim_dir.mkdir()
    pairs = []
    for doc in synth.generate(40, seed=21):
        claims = []
        for fact in doc.facts:
            roll = rng.random()
            if roll < 0.2:
                continue  # a miss
            claim = dict(fact)
            if roll < 0.3 and isinstance(claim["value"], int):
                claim["value"] = claim["value"] * 2  # a wrong figure
            elif roll < 0.4:
                claim["qualifier"] = "approx" if claim["qualifier"] != "approx" else "exact"
            elif roll < 0.45:
                claim["as_of"] = "1999"
            claims.append(claim)
        stem = doc.id
        (gold_dir / f"{stem}.gold.json").write_text(json.dumps(doc.facts), encoding="utf-8")
        lines = "".join(json.dumps(c) + "\n" for c in claims)
        (claim_dir / f"{stem}.jsonl").write_text(lines, encoding="utf-8")
        pairs.append((doc.facts, claims))
    for strict in (False, True):
        flags = ["--strict"] if strict else []
        argv = [sys.executable, str(REFERENCE), str(gold_dir), str(claim_dir), *flags]
        printed = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
        last = printed.strip().splitlines()[-1]
        ref_f1 = float(last.split("F1 ")[1].split()[0])
        ours, _ = score_claims(pairs, strict=strict)
        assert round(ours.f1, 3) == pytest.approx(ref_f1, abs=0.0015), (strict, last)


def test_numbers_and_dates_are_found_with_their_values() -> None:
    text = "Some 1.3 million people, two dozen officers, $85m and KES 2.4 billion; 80% held to Jan. 31, 2027."
    values = {text[m.start : m.end]: m.value for m in number_mentions(text)}
    assert values["1.3 million"] == 1_300_000
    assert values["two dozen"] == 24
    assert values["$85m"] == 85_000_000
    assert values["KES 2.4 billion"] == 2_400_000_000
    assert values["80%"] == 80
    dates = date_mentions(text)
    assert [(text[d.start : d.end], d.month, d.day, d.year) for d in dates] == [
        ("Jan. 31, 2027", 1, 31, 2027)
    ]
    assert date_mentions("They may leave.") == []


def test_locate_prefers_the_exact_figure_and_resolves_weekdays() -> None:
    sentence = "The ceiling rose from 5,500 to 5,550 on Tuesday."
    text = f"Headline\n\n{sentence}"
    fact = {"measure": "personnel.target", "value": 5500, "unit": "persons", "sentence": sentence}
    s, e = locate(fact, text)  # type: ignore[misc]
    assert text[s:e] == "5,500"
    adopted = {"measure": "council.adopted", "value": "2024-10-01", "sentence": sentence}
    s, e = locate(adopted, text)  # type: ignore[misc]
    assert text[s:e] == "Tuesday"
    assert locate({**adopted, "value": "2024-10-02"}, text) is None


def _item() -> Item:
    text = (
        "Mission grows\n\nKenya has 400 police officers there, and Canada gave more than $80 million on "
        "Monday. “We will stay,” said Grace Mwangi."
    )
    sentence1 = text.split("\n\n")[1].split(" “")[0]
    quote_sentence = "“We will stay,” said Grace Mwangi."
    gold = [
        {
            "measure": "personnel.deployed",
            "subject": "Kenya",
            "value": 400,
            "unit": "persons",
            "qualifier": "exact",
            "as_of": "2024-09-30",
            "sentence": sentence1,
        },
        {
            "measure": "funding.contributed",
            "subject": "Canada",
            "value": 80_000_000,
            "unit": "USD",
            "qualifier": "at_least",
            "as_of": "2024-09-30",
            "sentence": sentence1,
        },
        {
            "measure": "quote",
            "subject": "Grace Mwangi",
            "value": "We will stay",
            "unit": None,
            "qualifier": None,
            "as_of": None,
            "sentence": quote_sentence,
        },
    ]
    return Item("t", text, "2024-10-02", None, gold)


def test_span_task_counts_cover_and_noise() -> None:
    item = _item()
    i400 = item.text.index("400")
    imoney = item.text.index("more than $80 million")
    imon = item.text.index("Monday")
    pred = [(i400, i400 + 3, "CARDINAL"), (imoney, imoney + 21, "MONEY"), (imon, imon + 6, "DATE")]
    out = tasks.score_spans([item], [pred])
    assert (out["r"], out["p"]) == (1.0, pytest.approx(2 / 3, abs=1e-4))
    numbers_only = tasks.score_spans([item], [pred], dates=False)
    assert numbers_only["p"] == 1.0
    partial = tasks.score_spans([item], [[(imoney + 10, imoney + 13, "CARDINAL")]])
    assert partial["r"] == 0.0 and partial["p"] == 0.0


def test_quote_numbers_quantities_and_dates_tasks() -> None:
    item = _item()
    q = tasks.score_quotes([item], [[("he", "We will stay"), ("Mwangi", "We will stay")]])
    assert q["r"] == 1.0 and q["p"] == 0.5 and q["with_speaker"]["tp"] == 1
    n = tasks.score_numbers([item], [[[(400.0, "exact")], [(80_000_000.0, "exact")], [(2024.0, "exact")]]])
    assert (n["tp"], n["pred"]) == (2, 3) and n["with_qualifier"]["tp"] == 1
    qt = tasks.score_quantities([item], [[(400.0, "count"), (80_000_000.0, "CAD")]])
    assert qt["tp"] == 1
    d = tasks.score_dates([item], [["2024-09-30", "2024-10-02"]])
    assert (d["tp"], d["gold"], d["pred"]) == (1, 1, 2)


def test_peer_adapters_pure_parts() -> None:
    assert peers._duckling_values({"type": "value", "value": 5}) == [(5.0, "exact")]
    assert peers._duckling_values({"type": "interval", "from": {"value": 13000}, "to": {"value": 14000}}) == [
        (13000.0, "at_least"),
        (14000.0, "at_most"),
    ]
    claims: list[dict[str, Any]] = [
        {
            "measure": "personnel.deployed",
            "value": 400,
            "unit": "persons",
            "qualifier": "approx",
            "start": 3,
            "end": 6,
            "as_of": "2024-09",
        },
        {"measure": "quote", "subject": "Mwangi", "value": "We will stay", "start": 10, "end": 20},
        {"measure": "mandate.expiry", "value": "2025-10", "start": 30, "end": 42, "as_of": "2024-09-30"},
        {
            "measure": "killed",
            "value": 7,
            "unit": "persons",
            "start": 50,
            "end": 70,
            "attrs": {"figure": [55, 60]},
        },
    ]
    assert peers.Ours.spans(claims) == [
        (3, 6, "personnel.deployed"),
        (30, 42, "mandate.expiry"),
        (55, 60, "killed"),
    ]
    assert peers.Ours.quotes(claims) == [("Mwangi", "We will stay")]
    assert peers.Ours.numbers(claims) == [[(400.0, "approx")], [(7.0, "exact")]]
    assert peers.Ours.quantities(claims) == [(400.0, "count"), (7.0, "count")]
    assert peers.Ours.dates(claims) == ["2024-09", "2024-09-30", "2025-10"]


def test_local_header_parser() -> None:
    header, body = _local_header("Published: 2024-09-30\nSource-basis: x\n\nTitle\n\nBody")
    assert header == {"published": "2024-09-30", "source-basis": "x"} and body == "Title\n\nBody"
    assert _local_header("No header here\n\nBody")[0] == {}


class _Echo(peers.System):
    """A stand-in peer that returns the gold spans exactly: perfect scores, no dependency."""

    name = "echo"
    task = "spans"

    def run(self, item: Item) -> list[tuple[int, int, str]]:
        return [(s, e, "CARDINAL") for s, e in tasks.gold_spans(item)[0]]


class _Broken(peers.Ours):
    def load(self) -> None:
        self.errors = {}
        self._extract = self._fail

    @staticmethod
    def _fail(*_: Any, **__: Any) -> list[Any]:
        raise RuntimeError("not ready")


def test_harness_end_to_end_with_stand_in_systems() -> None:
    items = [Item(d.id, d.text, d.published, d.title, d.facts) for d in synth.generate(5, seed=3)]
    systems: list[peers.System] = [_Broken(), _Echo()]
    for s in systems:
        s.load()
    outputs, timings = compare.time_systems(systems, items, 2, lambda _: None)
    assert all(len(t["cpu"]) == 2 for t in timings.values())
    results = compare.evaluate({"synthetic": items}, items, outputs, systems)
    ours = systems[0].name
    row = results["synthetic"]["subtasks"]["echo"]
    assert row["peer"]["f1"] == 1.0 and row["ours"][ours]["f1"] == 0.0
    assert results["synthetic"]["typed_claims"][ours]["lenient"]["tp"] == 0
    speeds = {name: compare.speed(100, t["cpu"]) | {"wall_wps": 1.0} for name, t in timings.items()}
    text = compare.report(
        results, speeds, compare.machine(), {"x": "not installed"}, "cmd", 100, {ours: systems[0].errors}
    )  # type: ignore[attr-defined]
    assert "| value spans" in text and "skipped x: not installed" in text and "failed on 5 documents" in text


def test_own_articles_gold_is_in_their_text_and_placed() -> None:
    from bench.corpus import load_gold_dir

    items = load_gold_dir(ROOT / "bench" / "articles")
    assert len(items) >= 3
    for item in items:
        assert item.published and item.gold
        for fact in item.gold:
            assert fact["sentence"] in item.text, fact
        assert tasks.gold_spans(item)[1] == 0  # every figure found where its sentence says


def test_report_goes_between_the_readme_markers(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# T\n\n{compare.START}\nold\n{compare.END}\n\nafter\n", encoding="utf-8")
    compare.write_between_markers(readme, "new table\n")
    expected = f"# T\n\n{compare.START}\nnew table\n{compare.END}\n\nafter\n"
    assert readme.read_text(encoding="utf-8") == expected
    bare = tmp_path / "bare.md"
    bare.write_text("no markers here\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        compare.write_between_markers(bare, "x")


def test_repeats_of_a_gold_figure_are_not_noise_and_count_once() -> None:
    item = _item()
    item.text += " Officials repeated that 400 officers serve, in 2023."
    second = item.text.rindex("400")
    year = item.text.rindex("2023")
    out = tasks.score_spans([item], [[(second, second + 3, "CARDINAL"), (year, year + 4, "DATE")]])
    assert (out["p"], out["r"]) == (0.5, 0.0)  # the repeat is right; it does not cover the placed gold
    n = tasks.score_numbers([item], [[[(400.0, "exact")], [(400.0, "exact")], [(2023.0, "exact")]]])
    assert (n["tp"], n["pred"], n["gold"]) == (1, 2, 2)
    qt = tasks.score_quantities([item], [[(400.0, "count"), (400.0, "count")]])
    assert (qt["tp"], qt["pred"]) == (1, 1)


def test_compare_cli_writes_its_reports(tmp_path: Path) -> None:
    md, js = tmp_path / "r.md", tmp_path / "r.json"
    argv = [
        "--sets",
        "dev",
        "--gold",
        str(tmp_path / "none"),
        "--own",
        str(ROOT / "bench" / "articles"),
        "--synth",
        "2",
        "--repeat",
        "1",
        "--only",
        "no-such-peer",
        "--no-pin",
        "--no-rss",
        "--markdown",
        str(md),
        "--json",
        str(js),
    ]
    code = compare.main(argv)
    if code == 2:
        pytest.skip("missionwatch.nlp.extract cannot be loaded in this checkout")
    assert code == 0
    data = json.loads(js.read_text(encoding="utf-8"))
    from missionwatch.nlp import EXTRACTORS

    ours = {e.claim_name for e in EXTRACTORS.values()}
    assert data["words"] > 0 and ours <= set(data["speeds"])
    assert set(data["speeds"]) <= ours | {peers.REFERENCE.name}
    assert list(data["results"]) == ["articles", "synth"]
    assert "typed claims" in md.read_text(encoding="utf-8")


def test_rules_only_variant_switches_the_model_off_and_back_on() -> None:
    people = pytest.importorskip("missionwatch.nlp.people")
    if not callable(getattr(people, "model_person_spans", None)):
        pytest.skip("this extractor has no optional model hook")
    seen: list[str] = []
    variant = peers.OursRulesOnly()
    variant._people = people
    variant.errors = {}
    variant._extract = lambda text, *a, **k: seen.append(people.model_person_spans(text)) or []
    before = people.model_person_spans
    assert variant.run(Item("x", "Grace Mwangi spoke.", None, None)) == []
    assert seen == [[]] and people.model_person_spans is before
