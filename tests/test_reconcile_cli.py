"""The ``facts``, ``timeline`` and ``conflicts`` commands over a real (temporary SQLite) ledger."""

from __future__ import annotations

import csv
import io
import json

import pytest

from missionwatch.models import Claim, Document

ARTICLES = [
    # outlet, url, published, text, claims
    (
        "UN Press",
        "https://press.un.org/en/2024/test-382.doc.htm",
        "2024-09-27",
        "The mission had 382 police officers in Haiti on Friday, a UN official said.",
        [
            dict(
                measure="personnel.deployed", mission="MSS", value=382, qualifier="exact", as_of="2024-09-27"
            ),
            dict(
                measure="personnel.target", mission="MSS", value=2500, qualifier="at_most", as_of="2024-09-27"
            ),
        ],
    ),
    (
        "Wire Test Service",
        "https://wire.example/400",
        "2024-09-30",
        "Some 400 officers of the mission were patrolling on Monday.",
        [
            dict(
                measure="personnel.deployed", mission="MSS", value=400, qualifier="approx", as_of="2024-09-30"
            ),
            dict(
                measure="personnel.deployed",
                mission="MSS",
                subject="Kenyan",
                value=380,
                qualifier="approx",
                as_of="2024-09-30",
            ),
        ],
    ),
    (
        "Daily Test Courier",
        "https://daily.example/430",
        "2024-10-03",
        "The mission had about 430 officers deployed on Thursday.",
        [
            dict(
                measure="personnel.deployed", mission="MSS", value=430, qualifier="approx", as_of="2024-10-03"
            )
        ],
    ),
    (
        "Regional Test Wave",
        "https://wave.example/2793",
        "2025-10-02",
        "Resolution 2793 passed with 13 votes in favour.",
        [
            dict(
                measure="council.vote",
                mission="GSF",
                subject="2793",
                value="13",
                qualifier="exact",
                as_of="2025-09-30",
            ),
            dict(
                measure="personnel.deployed",
                mission="GSF",
                value=1000,
                qualifier="approx",
                as_of="2025-10-02",
            ),
        ],
    ),
]


@pytest.fixture
def db(tmp_path) -> str:
    from missionwatch.ledger import open_ledger

    path = str(tmp_path / "facts.db")
    ledger = open_ledger(path)
    try:
        for outlet, url, published, text, claims in ARTICLES:
            doc = Document(text=text, source=url, url=url, outlet=outlet, published=published)
            ledger.store(
                doc,
                [
                    Claim(
                        sentence=text, unit="persons" if c["measure"].startswith("personnel") else None, **c
                    )
                    for c in claims
                ],
            )
    finally:
        ledger.close()
    return path


def test_facts_json_reconciles_the_september_strength(cli, db):
    result = cli("facts", "MSS", "--measure", "personnel.deployed", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    facts = json.loads(result.stdout)
    total = [f for f in facts if f["subject"] is None]
    assert len(total) == 1
    f = total[0]
    assert (f["low"], f["best"], f["high"]) == (382, 382, 430)
    assert (f["decided_by"], f["conflict"]) == ("official", True)
    assert {c["outlet"] for c in f["claims"]} == {"UN Press", "Wire Test Service", "Daily Test Courier"}
    assert any(x["subject"] == "KEN" for x in facts)


def test_facts_table_and_latest(cli, db):
    result = cli("facts", "mss", "--db", db)
    assert result.exit_code == 0
    assert "personnel.deployed" in result.stdout and "official" in result.stdout
    latest = cli("facts", "MSS", "--latest", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(latest.stdout)))
    assert sorted((r["measure"], r["subject"]) for r in rows) == [
        ("personnel.deployed", ""),
        ("personnel.deployed", "Kenya"),
        ("personnel.target", ""),
    ]


def test_facts_as_of_reads_the_record_as_it_stood(cli, db):
    result = cli("facts", "MSS", "--as-of", "2024-09-28", "--format", "json", "--db", db)
    total = [f for f in json.loads(result.stdout) if f["measure"] == "personnel.deployed"]
    assert [f["values"] for f in total] == [[382]]


def test_timeline_csv_with_successor(cli, db):
    result = cli("timeline", "MSS", "personnel.deployed", "--include-successor", "-f", "csv", "--db", db)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["mission"], r["date"], r["best"]) for r in rows] == [
        ("MSS", "2024-09-27", "382"),
        ("GSF", "2025-10-02", "1000"),
    ]
    only_mss = cli("timeline", "MSS", "strength", "--by", "subject", "--format", "json", "--db", db)
    points = json.loads(only_mss.stdout)
    assert {(p["measure"], p["subject"]) for p in points} == {
        ("personnel.deployed", None),
        ("personnel.deployed", "KEN"),
        ("personnel.target", None),
    }


def test_conflicts_show_both_sides(cli, db):
    result = cli("conflicts", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert [(k["mission"], k["measure"]) for k in found] == [("MSS", "personnel.deployed")]
    sides = found[0]["sides"]
    assert [s["value"] for s in sides] == [382, 400, 430]
    assert sides[0]["is_best"] and sides[0]["evidence"][0]["url"].startswith("https://press.un.org/")
    table = cli("conflicts", "MSS", "--db", db)
    assert "Courier" in table.stdout and "best 382 by official" in table.stdout
    calm = cli("conflicts", "MSS", "--tolerance", "0.5", "--format", "json", "--db", db)
    assert json.loads(calm.stdout) == []


def test_unknown_mission_is_one_line_with_close_matches(cli, db):
    result = cli("facts", "MSX", "--db", db)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown mission 'MSX'") and "MSS" in lines[0]


def test_no_claims_says_what_to_do(cli, tmp_path):
    empty = str(tmp_path / "empty.db")
    assert cli("db", "upgrade", "--db", empty).exit_code == 0
    result = cli("facts", "GSF", "--db", empty)
    assert result.exit_code == 0
    assert "yet — run missionwatch ingest (or missionwatch demo) first" in result.stderr
    as_json = cli("timeline", "GSF", "strength", "--format", "json", "--db", empty)
    assert json.loads(as_json.stdout) == []
    missing = tmp_path / "nothing-here.db"  # a mistyped --db is an error, not an empty record
    result = cli("facts", "GSF", "--db", str(missing))
    assert result.exit_code == 1 and "no ledger here" in result.stderr
    assert not missing.exists()  # reading does not create a database


def test_bad_rules_file_is_one_line(cli, db, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text("order = ['loudest']")
    result = cli("facts", "MSS", "--rules", str(rules), "--db", db)
    assert result.exit_code != 0
    assert result.stderr.strip().startswith(f"error: {rules}: bad rule order")
    assert len(result.stderr.strip().splitlines()) == 1


def test_rules_file_changes_the_decision(cli, db, tmp_path):
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"order": ["median"]}))
    result = cli("facts", "MSS", "-m", "personnel.deployed", "--rules", str(rules), "-f", "json", "--db", db)
    total = next(f for f in json.loads(result.stdout) if f["subject"] is None)
    assert (total["best"], total["decided_by"]) == (400, "median")


@pytest.mark.parametrize("command", [("facts", "MSS"), ("timeline", "MSS", "strength")])
def test_bad_as_of_is_one_line(cli, db, command):
    result = cli(*command, "--as-of", "yesterday", "--db", db)
    assert result.exit_code != 0
    assert result.stderr.strip() == "error: --as-of: 'yesterday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"


def test_conflicts_csv_has_one_row_per_piece_of_evidence(cli, db):
    result = cli("conflicts", "MSS", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["value"] for r in rows] == ["382", "400", "430"]
    assert {r["internal"] for r in rows} == {"False"} and len({r["fact_id"] for r in rows}) == 1
    assert rows[0]["best"] and rows[0]["url"].startswith("https://press.un.org/")
