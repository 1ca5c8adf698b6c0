"""``missionwatch kb import-votes``: the Library's voting CSV into the overlay, bad rows named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from missionwatch.cli.kb import kb_app
from missionwatch.kb import council, undl
from missionwatch.kb.importer import build_package_data, import_votes

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
GOOD = FIXTURES / "sc_voting_good.csv"
BAD = FIXTURES / "sc_voting_bad.csv"

app = typer.Typer()
app.add_typer(kb_app, name="kb")
runner = CliRunner()


@pytest.fixture(autouse=True)
def kb_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "kb"
    monkeypatch.setenv(council.KB_DIR_ENV, str(path))
    council.reload()
    yield path
    council.reload()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["kb", *args])
    return result.exit_code, result.stdout, result.stderr


def test_reader_groups_rows_and_checks_totals() -> None:
    read = undl.read_csv(GOOD)
    assert read.rows == 75 and not read.errors
    by_number = {r.number: r for r in read.resolutions}
    assert by_number["2793"].tally == (12, 0, 3)
    assert by_number["2793"].votes["PAK"] == "abstain"
    assert undl.match_mission(by_number["2793"].description) == ("GSF", ["UNSOH"])
    assert undl.match_mission("on the UN Mission in Liberia") == ("UNMIL", [])
    assert undl.match_mission("on the Committee on Admission of New Members") is None


def test_good_file_adds_and_confirms(kb_dir: Path) -> None:
    code, out, err = run("import-votes", str(GOOD))
    assert code == 0 and err == ""
    assert "added" in out and "9001 BINUH" in out and "unchanged" in out
    overlay = kb_dir / "resolutions.toml"
    assert overlay.is_file()
    res = council.resolution("9001")
    assert res is not None and res.mission == "BINUH" and str(res.tally) == "14-0-1"
    assert res.votes["RUS"] == "abstain" and len(res.votes) == 15
    assert res.vote_source.outlet == undl.DATASET_PUBLISHER and res.vote_source.licence
    # the curated record keeps its own source, mission and mandate; the vote now cites the dataset
    r2793 = council.resolution("2793")
    assert r2793.source.url.startswith("https://press.un.org") and r2793.ceiling
    assert r2793.vote_source is not None and "digitallibrary.un.org" in r2793.vote_source.url


def test_reimport_is_idempotent(kb_dir: Path) -> None:
    assert run("import-votes", str(GOOD))[0] == 0
    overlay = kb_dir / "resolutions.toml"
    first, mtime = overlay.read_text(encoding="utf-8"), overlay.stat().st_mtime_ns
    code, out, _ = run("import-votes", str(GOOD), "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["added"] == [] and data["changed"] == []
    assert sorted(data["unchanged"]) == ["2699", "2751", "2793", "9001"]
    assert overlay.read_text(encoding="utf-8") == first and overlay.stat().st_mtime_ns == mtime


def test_bad_rows_are_one_line_each_and_the_rest_goes_on(kb_dir: Path) -> None:
    code, out, err = run("import-votes", str(BAD))
    assert code == 1
    lines = err.strip().splitlines()
    assert f"{BAD}:3: vote 'Q' is not one of Y, N, A, X" in lines
    assert any(line.startswith(f"{BAD}:19: resolution '2751' is not a symbol") for line in lines)
    assert any("did not sit on the Council in 2025" in line for line in lines)
    assert all(line.startswith(f"{BAD}:") for line in lines)
    assert "bad rows" in out
    # 2793 was clean and went in; 2699 and 2751 lost a member's row and were left out whole
    overlay = (kb_dir / "resolutions.toml").read_text(encoding="utf-8")
    assert 'number = "2793"' in overlay and 'number = "2699"' not in overlay
    assert council.resolution("9001") is None


def test_a_changed_vote_is_reported(kb_dir: Path, tmp_path: Path) -> None:
    changed = tmp_path / "2025_11_30_sc_voting.csv"
    text = GOOD.read_text(encoding="utf-8")
    # make Denmark abstain on 9001 (a fixture-only number) and fix the totals accordingly
    rows = text.splitlines()
    out = []
    for row in rows:
        if ",S/RES/9001(2025)," in row:
            row = row.replace(",14,0,1,0,15,", ",13,0,2,0,15,")
            if row.split(",")[1] == "DNK":
                row = row.replace(",Y,2025", ",A,2025")
        out.append(row)
    assert run("import-votes", str(GOOD))[0] == 0
    changed.write_text("\n".join(out) + "\n", encoding="utf-8")
    code, stdout, _ = run("import-votes", str(changed), "-f", "json")
    data = json.loads(stdout)
    assert code == 0 and [c["number"] for c in data["changed"]] == ["9001"]
    assert "14-0-1 → 13-0-2" in data["changed"][0]["what"]
    res = council.resolution("9001")
    assert str(res.tally) == "13-0-2" and res.vote_source.date == "2025-11-30"


def test_dry_run_writes_nothing(kb_dir: Path) -> None:
    code, out, _ = run("import-votes", str(GOOD), "--dry-run")
    assert code == 0 and "dry run" in out and not (kb_dir / "resolutions.toml").exists()


def test_missing_file_and_wrong_csv_are_one_error_line(tmp_path: Path) -> None:
    code, _, err = run("import-votes", str(tmp_path / "nope.csv"))
    assert code == 1 and err.count("\n") == 1 and "no such file" in err
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run("import-votes", str(other))
    assert code == 1 and err.startswith(f"{other}:1: not a Security Council voting CSV")


def test_package_build_is_reproducible(tmp_path: Path) -> None:
    out = tmp_path / "undl.toml"
    csv_copy = tmp_path / "2025_11_30_sc_voting.csv"
    shutil.copy(GOOD, csv_copy)
    report = build_package_data(csv_copy, out)
    first = out.read_text(encoding="utf-8")
    assert sorted(report.entries) == ["2699", "2751", "2793", "9001"]
    assert "version of 2025-11-30" in first and "GENERATED" in first
    build_package_data(csv_copy, out)
    assert out.read_text(encoding="utf-8") == first


def test_overlay_is_api(kb_dir: Path) -> None:
    report = import_votes(GOOD, kb_dir=kb_dir, version="2025-11-30")
    assert report.written == str(kb_dir / "resolutions.toml")
    assert [c.number for c in report.added] == ["9001"]
    assert [c.number for c in report.skipped] == ["9002"]
