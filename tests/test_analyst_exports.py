"""Exports analysts can open (issue 15): CSV with empty cells and plain values, an optional BOM for
Excel, an XLSX workbook of facts with their sources' URLs and sentences, CSV from the API."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from missionwatch.ledger import open_ledger
from missionwatch.ledger.exchange import export_ledger, import_export


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from typer.testing import CliRunner

    from missionwatch.cli import app

    db = str(tmp_path_factory.mktemp("analyst") / "demo.db")
    assert CliRunner().invoke(app, ["demo", "--db", db]).exit_code == 0
    return db


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_export_csv_has_empty_cells_and_plain_values(demo_db: str, tmp_path: Path) -> None:
    with open_ledger(demo_db) as ledger:
        export_ledger(ledger, "csv", str(tmp_path / "out"))
    raw = (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8")
    assert "\\N" not in raw and not raw.startswith("\ufeff")
    claims = read_csv(tmp_path / "out" / "claims.csv")
    numbers = [c for c in claims if c["measure"] == "personnel.deployed"]
    assert numbers and all(re.fullmatch(r"\d+", c["value"]) and c["value_type"] == "int" for c in numbers)
    texts = [c for c in claims if c["measure"] == "role"]  # text values, written plain
    assert texts and all(not c["value"].startswith('"') and c["value_type"] == "str" for c in texts)
    assert any(c["subject"] == "" for c in claims)  # a missing subject is an empty cell
    docs = read_csv(tmp_path / "out" / "documents.csv")
    assert all(d["url"] == "" or d["url"].startswith("http") for d in docs)


def test_export_csv_with_bom_round_trips(demo_db: str, tmp_path: Path, new_db) -> None:
    with open_ledger(demo_db) as ledger:
        export_ledger(ledger, "csv", str(tmp_path / "x.zip"), bom=True)
        expected = ledger.stats()
    with zipfile.ZipFile(tmp_path / "x.zip") as zf:
        assert zf.read("documents.csv").startswith(b"\xef\xbb\xbf")
        assert zf.read("claims.csv").startswith(b"\xef\xbb\xbf")
    with open_ledger(new_db("sqlite")) as dst:
        summary = import_export(dst, str(tmp_path / "x.zip"))
        assert summary.failed == 0 and dst.stats() == expected


def test_cli_export_bom(cli, demo_db: str, tmp_path: Path) -> None:
    assert cli("export", "--db", demo_db, "-f", "csv", "--bom", "-o", str(tmp_path / "d")).exit_code == 0
    assert (tmp_path / "d" / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_version_1_csv_exports_still_import(tmp_path: Path, new_db) -> None:
    text = "Kenya sent 400 police officers to Haiti."
    from missionwatch.models import document_id

    (tmp_path / "v1").mkdir()
    (tmp_path / "v1" / "documents.csv").write_text(
        "id,text,source,url,title,outlet,published,published_precision,retrieved_at,language,content_type,"
        "meta,cluster_id,stored_at\n"
        f"{document_id(text)},{text},a.txt,\\N,\\N,\\N,2024-06-25,day,2024-06-25T00:00:00+00:00,en,text/plain,"
        "{},\\N,\\N\n",
        encoding="utf-8",
    )
    with open_ledger(new_db("sqlite")) as dst:
        summary = import_export(dst, str(tmp_path / "v1"))
        assert summary.failed == 0 and summary.imported == 1
        (doc,) = dst.documents()
        assert doc.url is None and doc.published == "2024-06-25"


def test_facts_csv_is_plain_safe_and_may_carry_a_bom(cli, demo_db: str, tmp_path: Path, new_db) -> None:
    result = cli("facts", "MSS", "--db", demo_db, "-f", "csv", "--bom")
    assert result.exit_code == 0 and result.stdout.startswith("\ufeffmission,measure")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert rows and all("None" not in r.values() for r in rows)

    from missionwatch.models import Claim, Document

    db = new_db("sqlite")
    with open_ledger(db) as ledger:
        doc = Document(
            text='=HYPERLINK("http://evil.example") says 400 officers arrived.',
            source="x",
            published="2024-09-01",
        )
        ledger.store(
            doc,
            [
                Claim(
                    measure="personnel.deployed",
                    mission="MSS",
                    value=400,
                    unit="persons",
                    sentence=doc.text,
                    start=0,
                    end=10,
                )
            ],
        )
    result = cli("conflicts", "--db", db, "-f", "csv")  # no conflicts: header only
    assert result.exit_code == 0
    from missionwatch.report.tables import csv_text

    out = csv_text([{"sentence": doc.text, "n": 400, "none": None}])
    assert out.splitlines()[1].startswith("\"'=HYPERLINK") and out.splitlines()[1].endswith(",400,")


def test_facts_xlsx_has_the_facts_and_their_evidence(cli, demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "facts.xlsx"
    result = cli("facts", "MSS", "--db", demo_db, "-f", "xlsx", "-o", str(target))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(target) as zf:
        workbook = zf.read("xl/workbook.xml").decode()
        strings = zf.read("xl/sharedStrings.xml").decode()
    assert re.findall(r'sheet name="([^"]+)"', workbook) == ["Facts", "Evidence"]
    for column in ("sentence", "url", "outlet", "published", "best", "sources"):
        assert f"<t>{column}</t>" in strings
    assert "Kenya" in strings  # sentences (the demo articles carry no URL: see the URL test below)
    missing = cli("facts", "MSS", "--db", demo_db, "-f", "xlsx")
    assert missing.exit_code == 2 and "give -o FILE.xlsx" in missing.stderr


def test_xlsx_links_urls_and_never_makes_formulas(tmp_path: Path) -> None:
    from missionwatch.report.tables import write_xlsx

    rows = [{"url": "https://press.un.org/en/2024/sc15838.doc.htm", "sentence": '=HYPERLINK("x")', "n": 3}]
    write_xlsx(tmp_path / "t.xlsx", {"Facts": (["url", "sentence", "n"], rows)})
    with zipfile.ZipFile(tmp_path / "t.xlsx") as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
        rels = zf.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    assert "<f>" not in sheet and "<hyperlink" in sheet and "press.un.org" in rels
    assert "<v>3</v>" in sheet  # a number stays a number


@pytest.fixture(scope="module")
def client(demo_db: str) -> TestClient:
    from missionwatch.web.app import create_app

    return TestClient(create_app(demo_db), raise_server_exceptions=False)


LISTS = [
    "/api/v1/claims",
    "/api/v1/documents",
    "/api/v1/facts",
    "/api/v1/conflicts",
    "/api/v1/timelines?mission=MSS",
    "/api/v1/resolutions",
    "/api/v1/alerts?as_of=2025-09-20",
]


@pytest.mark.parametrize("path", LISTS)
def test_api_lists_come_as_csv(client: TestClient, path: str) -> None:
    join = "&" if "?" in path else "?"
    by_param = client.get(f"{path}{join}format=csv")
    by_accept = client.get(path, headers={"accept": "text/csv"})
    for r in (by_param, by_accept):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert r.text.splitlines()[0].count(",") >= 3
        assert all("None" not in row.values() for row in rows)
    assert by_param.text == by_accept.text
    as_json = client.get(f"{path}{join}format=json", headers={"accept": "text/csv"})
    assert as_json.headers["content-type"].startswith("application/json")


def test_api_csv_of_an_empty_list_keeps_its_header(client: TestClient) -> None:
    r = client.get("/api/v1/claims?mission=NOPE&format=csv")
    assert r.status_code == 200 and r.text.startswith("measure,mission,subject,value")
    assert client.get("/api/v1/claims?format=xml").status_code == 422
