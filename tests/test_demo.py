"""``missionwatch demo``: the bundled articles build a ledger with a near-copy cluster, every run anew."""

from __future__ import annotations

import json

from missionwatch.examples import articles_dir
from missionwatch.ledger import open_ledger
from missionwatch.sources import read_inputs


def test_examples_are_packaged_and_readable():
    files = sorted(articles_dir().glob("*.txt"))
    assert len(files) >= 8
    docs = list(read_inputs([str(articles_dir())]))
    assert all(not isinstance(d, Exception) for d in docs), docs
    assert all(d.published and d.outlet and d.meta.get("source_basis") for d in docs)


def test_demo_builds_a_fresh_ledger(cli, tmp_path):
    db = str(tmp_path / "demo.db")
    first = cli("demo", "--db", db, "--json")
    assert first.exit_code == 0, first.stderr
    got = json.loads(first.stdout)
    n = len(list(articles_dir().glob("*.txt")))
    assert got["stored"] == got["documents"] == n
    assert got["clusters_with_copies"] == 1 and got["clusters"] == n - 1
    assert [set(g) for g in got["near_copies"]] == [
        {"First Kenyan police contingent arrives in Port-au-Prince",
         "Kenyan officers reach Haiti as long-delayed mission begins"}
    ]  # fmt: skip
    if got["extractor"]:
        assert got["claims"] > 0 and sum(got["claims_by_measure"].values()) == got["claims"]
    # A second run recreates the database instead of finding duplicates.
    again = cli("demo", "--db", db, "--no-extract")
    assert again.exit_code == 0
    assert "missionwatch documents --db" in again.stdout and "missionwatch serve --db" in again.stdout
    with open_ledger(db) as led:
        assert led.count_documents() == n and led.count_claims() == 0
        assert len(led.runs()) == 1
