"""`missionwatch extract`: jsonl and table output, stdin, --published, and one error line for bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from missionwatch.cli import app

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "03-haiti-varied.txt"


def _cli(*args: str, stdin: str | None = None) -> Result:
    """The command in-process (spaCy loads once for the whole test session)."""
    return CliRunner().invoke(app, list(args), input=stdin)


def test_jsonl_claims_with_evidence() -> None:
    out = _cli("extract", str(ARTICLE))
    assert out.exit_code == 0, out.stderr
    claims = [json.loads(line) for line in out.stdout.splitlines()]
    text = ARTICLE.read_text(encoding="utf-8")
    assert any(c["measure"] == "funding.pledged" and c["unit"] == "CAD" for c in claims)
    for c in claims:
        assert c["sentence"] and c["sentence"] in text
        assert c["end"] >= c["start"]


def test_table_and_stdin_with_published() -> None:
    out = _cli(
        "extract",
        "-",
        "--published",
        "2024-09-30",
        "--format",
        "table",
        stdin="The Security Council on Monday unanimously renewed the MSS for another year.\n",
    )
    assert out.exit_code == 0, out.stderr
    assert "council.adopted" in out.stdout and "2751" in out.stdout


def test_bad_input_is_one_error_line() -> None:
    out = _cli("extract", "/nonexistent/article.txt")
    assert out.exit_code == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: /nonexistent/article.txt: ")


def test_bad_format() -> None:
    out = _cli("extract", str(ARTICLE), "--format", "xml")
    assert out.exit_code != 0 and out.stderr.strip().startswith("error: --format xml: ")
