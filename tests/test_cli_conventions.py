"""The CLI's conventions (issue 15): --version and -h, one --format/-f everywhere (--json kept as
an alias), dates checked, accurate messages for a mistyped measure, a missing database and an
empty ledger, suggestions for typos, warnings shown, commands the demo prints that work."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from missionwatch import __version__


def test_version_and_short_help(cli) -> None:
    for flag in ("--version", "-V"):
        result = cli(flag)
        assert result.exit_code == 0 and result.stdout.strip() == f"missionwatch {__version__}"
    top = cli("-h")
    assert top.exit_code == 0 and "Usage: missionwatch" in top.stdout and "facts" in top.stdout
    sub = cli("facts", "-h")
    assert sub.exit_code == 0 and "--measure" in sub.stdout


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    from typer.testing import CliRunner

    from missionwatch.cli import app

    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = CliRunner().invoke(app, ["demo", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, result.stdout


def test_the_commands_the_demo_suggests_work_as_printed(cli, demo_db, monkeypatch) -> None:
    import uvicorn

    served: list = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(kw))
    _db, output = demo_db
    suggested = [line.strip() for line in output.split("open it:")[1].splitlines() if line.strip()]
    assert len(suggested) >= 4 and all(s.startswith("missionwatch ") for s in suggested)
    assert any(s.startswith("missionwatch facts ") for s in suggested)
    for command in suggested:
        result = cli(*shlex.split(command)[1:])
        assert result.exit_code == 0, (command, result.output)
    assert served  # serve got as far as starting the server


@pytest.mark.parametrize("value", ["2025-13", "yesterday", "2024-02-30", "24-01"])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_documents_refuses_a_date_it_cannot_filter_by(cli, demo_db, option: str, value: str) -> None:
    db, _ = demo_db
    result = cli("documents", option, value, "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {option}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"


def test_documents_takes_every_precision_of_date(cli, demo_db) -> None:
    db, _ = demo_db
    for value in ("2024", "2024-09", "2024-02-29"):
        assert cli("documents", "--since", value, "--db", db).exit_code == 0


@pytest.mark.parametrize(
    "command", [["facts", "MSS", "--measure"], ["conflicts", "MSS", "--measure"], ["timeline", "MSS"]]
)
def test_a_mistyped_measure_is_named_with_suggestions(cli, demo_db, command: list[str]) -> None:
    db, _ = demo_db
    result = cli(*command, "personel.deployed", "--db", db)
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith(
        "error: --measure: unknown measure 'personel.deployed' — did you mean personnel.deployed"
    )
    assert "no claims" not in line and "\n" not in line


@pytest.mark.parametrize("command", [["facts", "MSS"], ["timeline", "MSS", "strength"], ["conflicts"]])
def test_a_missing_database_is_not_an_empty_one(cli, tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = cli(*command, "--db", str(missing))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: {missing}: no ledger here — run missionwatch ingest or missionwatch demo first"
    )
    assert not missing.exists()


def test_an_empty_ledger_and_a_mission_without_claims_say_so(cli, tmp_path: Path, demo_db) -> None:
    empty = str(tmp_path / "empty.db")
    assert cli("db", "upgrade", "--db", empty).exit_code == 0
    result = cli("facts", "MSS", "--db", empty)
    assert result.exit_code == 0 and "has no claims" not in result.stdout
    assert "yet — run missionwatch ingest (or missionwatch demo) first" in result.stderr
    db, _ = demo_db
    result = cli("facts", "MSS", "--measure", "kidnapped", "--db", db, "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert result.stderr.strip() == "no kidnapped claims for mission MSS"


def test_country_typos_get_suggestions(cli) -> None:
    result = cli("council", "outcome", "--year", "2024", "--no", "Rusia")
    assert result.exit_code == 1 and "did you mean Russia?" in result.stderr
    result = cli("kb", "country", "Kenia")
    assert result.exit_code == 1 and "did you mean Kenya?" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["council", "outcome", "--year", "2024", "--no", "CHN"],
        ["db", "info"],
        ["import", "{export}"],
        ["ingest", "{article}", "--no-extract"],
    ],
)
def test_format_f_json_everywhere_and_json_is_an_alias(cli, tmp_path: Path, demo_db, args) -> None:
    db, _ = demo_db
    export = tmp_path / "export.jsonl"
    assert cli("export", "--db", db, "-o", str(export)).exit_code == 0
    article = tmp_path / "a.txt"
    article.write_text("Published: 2024-09-30\n\nSome 400 Kenyan police officers arrived in Haiti.\n")
    args = [a.format(export=export, article=article) for a in args]
    target = (
        ["--db", str(tmp_path / "other.db")]
        if args[0] in ("import", "ingest")
        else (["--db", db] if args[0] == "db" else [])
    )
    outputs = []
    for flag in (["-f", "json"], ["--format", "json"], ["--json"]):
        result = cli(*args, *target, *flag)
        assert result.exit_code in (0, 3), result.output  # council outcome: 3 = not adopted
        outputs.append(json.loads(result.stdout))
    assert isinstance(outputs[0], dict)
    bad = cli(*args, *target, "-f", "yaml")
    assert bad.exit_code == 2 and "--format: choose one of text, json" in bad.stderr


def test_extract_and_eval_take_f(cli, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Published: 2024-09-30\n\nSome 400 Kenyan police officers arrived in Haiti on Monday.\n"
    )
    result = cli("extract", str(article), "-f", "table")
    assert result.exit_code == 0 and "personnel" in result.stdout


def test_ingest_prints_the_windows_1252_warning(cli, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Published: 2024-09-30\n\nCafé: some 400 Kenyan officers arrived in Haiti.\n".encode("cp1252")
    )
    result = cli("ingest", str(legacy), "--db", str(tmp_path / "l.db"), "--no-extract")
    assert result.exit_code == 0
    assert f"warning: {legacy}: not UTF-8: decoded as Windows-1252" in result.stderr


def test_ingest_names_the_allow_private_option(cli, tmp_path: Path) -> None:
    result = cli("ingest", "http://10.0.0.1/report", "--db", str(tmp_path / "l.db"), "--no-extract")
    assert result.exit_code == 1
    assert "(pass --allow-private to fetch it)" in result.stderr and "allow_private" not in result.stderr


def test_days_are_counted_in_the_singular_and_plural() -> None:
    from test_report import FakeBackend, claim

    from missionwatch.config import Settings
    from missionwatch.report import build_briefing, compute_alerts, to_html, to_markdown
    from missionwatch.report.format import days

    assert (days(1), days(2), days(0)) == ("1 day", "2 days", "0 days")
    claims = [claim(1, "personnel.deployed", 1000), claim(8, "mandate.expiry", "2024-10-02", unit=None)]
    b = build_briefing("MSS", claims, as_of="2024-10-01", backend=FakeBackend())
    assert b.mandate.days_left == 1
    assert "1 day left" in to_markdown(b) and "1 days" not in to_markdown(b)
    assert "1 day left" in to_html(b) and "1 days" not in to_html(b)
    alerts = compute_alerts(
        {"MSS": claims}, settings=Settings(), as_of="2024-10-01", since="2024-09-01", backend=FakeBackend()
    )
    (expiring,) = [a for a in alerts if a.kind == "mandate_expiring"]
    assert expiring.title == "MSS: mandate expires in 1 day" and "1 days" not in expiring.message
