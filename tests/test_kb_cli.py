"""The kb and council commands print what the knowledge base and Article 27 say."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from missionwatch.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_kb_missions_json_and_table() -> None:
    code, out, _ = run("kb", "missions", "--format", "json")
    assert code == 0
    data = json.loads(out)
    mss = next(m for m in data if m["code"] == "MSS")
    assert mss["lead"] == "KEN" and mss["source"]["url"].startswith("https://")
    code, out, _ = run("kb", "missions", "--active")
    assert code == 0 and "GSF" in out and "MINUSTAH" not in out


def test_kb_council_year() -> None:
    code, out, _ = run("kb", "council", "2024", "--format", "json")
    assert code == 0
    members = json.loads(out)["members"]
    assert len(members) == 15 and sum(m["permanent"] for m in members) == 5
    code, out, _ = run("kb", "council", "2026")
    assert code == 0 and "Latvia" in out and "permanent" in out


def test_kb_council_unknown_year_is_one_error_line() -> None:
    code, out, err = run("kb", "council", "1999")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and err.startswith("error: 1999: ")


def test_kb_resolution() -> None:
    code, out, _ = run("kb", "resolution", "S/RES/2793(2025)")
    assert code == 0
    assert "12-0-3" in out and "Pakistan" in out and "5,550" in out
    code, out, _ = run("kb", "resolution", "2699", "--format", "json")
    data = json.loads(out)
    assert data["tally_text"] == "13-0-2" and data["votes"]["CHN"] == "abstain"
    code, _, err = run("kb", "resolution", "1234")
    assert code == 1 and err.startswith("error: 1234: resolution 1234 is not in the knowledge base")


def test_kb_resolutions_country_person() -> None:
    code, out, _ = run("kb", "resolutions", "--mission", "BINUH", "-f", "json")
    assert code == 0 and [r["number"] for r in json.loads(out)][-1] == "2814"
    code, out, _ = run("kb", "country", "Salvadorean")
    assert code == 0 and out.startswith("SLV\tEl Salvador")
    code, _, err = run("kb", "country", "Atlantis")
    assert code == 1 and err.startswith("error: Atlantis:")
    code, out, _ = run("kb", "person", "Conille", "-f", "json")
    assert code == 0 and json.loads(out)["name"] == "Garry Conille"


@pytest.mark.parametrize(
    ("args", "exit_code", "first_line"),
    [
        (
            ["--year", "2024", "--no", "CHN,RUS"],
            3,
            "Not adopted: vetoed by China, Russian Federation (permanent members voting no)",
        ),
        (
            ["--year", "2024", "--no", "China, Russia"],
            3,
            "Not adopted: vetoed by China, Russian Federation (permanent members voting no)",
        ),
        (
            ["--year", "2023", "--abstain", "China,Russian Federation"],
            0,
            "Adopted: 13 affirmative votes, 9 needed (substantive); abstention or absence of China, "
            "Russian Federation is not a veto",
        ),
        (
            ["--year", "2024", "--no", "USA", "--procedural"],
            0,
            "Adopted: 14 affirmative votes, 9 needed (procedural); no veto applies to procedural matters",
        ),
        (
            ["--year", "2025", "--abstain", "DNK,GRC,PAK,PAN,SOM", "--absent", "DZA,GUY"],
            3,
            "Not adopted: 8 affirmative votes, 9 needed",
        ),
    ],
)
def test_council_outcome(args: list[str], exit_code: int, first_line: str) -> None:
    code, out, _ = run("council", "outcome", *args)
    assert code == exit_code
    assert out.splitlines()[0] == first_line


def test_council_outcome_errors_are_one_line() -> None:
    code, out, err = run("council", "outcome", "--year", "2024", "--no", "Kenya")
    assert code == 1 and out == ""
    assert err == "error: 2024: Kenya did not sit on the Security Council in 2024\n"
    code, _, err = run("council", "outcome", "--year", "2024", "--no", "CHN", "--abstain", "CHN")
    assert code == 1 and err.startswith("error: CHN: ")


def test_council_outcome_json() -> None:
    code, out, _ = run("council", "outcome", "--year", "2025", "--no", "RUS", "--json")
    assert code == 3
    assert json.loads(out)["vetoed_by"] == ["RUS"]


def test_council_check() -> None:
    code, out, _ = run("council", "check", "13-0-2", "--year", "2023", "-r", "2699", "--abstain", "CHN,RUS")
    assert (code, out) == (0, "ok\n")
    code, out, _ = run("council", "check", "unanimously", "--year", "2025", "-r", "2793")
    assert code == 3 and out.splitlines()[0].startswith("kb_tally: ")
    code, _, err = run("council", "check", "no numbers here", "--year", "2025")
    assert code == 1 and err.startswith("error: ")


def test_kb_missions_kind_filter_and_bad_kind() -> None:
    code, out, _ = run("kb", "missions", "--kind", "un_political", "-f", "json")
    assert code == 0 and {m["kind"] for m in json.loads(out)} == {"un_political"}
    code, out, err = run("kb", "missions", "--kind", "bogus")
    assert code == 1 and out == "" and err.startswith("error: bogus: no mission kind")
