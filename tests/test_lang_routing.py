"""A document's language picks its reader; a language nobody reads is stored and said so, never silent."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from missionwatch.ledger import open_ledger
from missionwatch.models import Document
from missionwatch.nlp import UNSUPPORTED, extract, extract_document, pack_for
from missionwatch.nlp.lang import LANGUAGES, status_of

ENGLISH = (
    "Kenya deploys more police to Haiti\n\n"
    "Kenya sent 200 more police officers to Haiti on Monday, bringing its contingent to 600."
)
PORTUGUESE = (
    "Published: 2024-10-02\nLanguage: pt\n\nQuênia envia mais policiais ao Haiti\n\n"
    "O Quênia enviou 200 policiais ao Haiti na segunda-feira, segundo o governo."
)


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        (None, "en"),
        ("", "en"),
        ("en", "en"),
        ("EN-gb", "en"),
        ("fr", "fr"),
        ("fr-HT", "fr"),
        ("es_419", "es"),
    ],
)
def test_a_language_tag_finds_its_pack(tag: str | None, code: str) -> None:
    pack = pack_for(tag)
    assert pack is not None and pack.code == code
    assert status_of(tag) is None


@pytest.mark.parametrize("tag", ["pt", "ht", "de", "pt-BR"])
def test_a_language_without_a_pack_is_unsupported(tag: str) -> None:
    assert pack_for(tag) is None
    assert status_of(tag) == UNSUPPORTED == "language not supported"
    assert extract("O Quênia enviou 200 policiais ao Haiti.", "2024-10-02", language=tag) == []


def test_the_registry_names_each_language_once() -> None:
    assert list(LANGUAGES) == ["en", "fr", "es"]
    assert LANGUAGES["en"].module is None  # English goes to the registered extractors
    assert {p.spacy_model for p in LANGUAGES.values()} >= {"en_core_web_sm", "fr_core_news_sm"}


@pytest.mark.parametrize("extractor", ["rules", "frames"])
def test_english_reads_as_before_whatever_the_tag(extractor: str) -> None:
    plain = [c.model_dump() for c in extract(ENGLISH, "2024-10-02", extractor=extractor)]
    assert plain
    for tag in ("en", "en-US"):
        tagged = extract(ENGLISH, "2024-10-02", extractor=extractor, language=tag)
        assert [c.model_dump() for c in tagged] == plain


def test_extract_document_marks_an_unsupported_document() -> None:
    doc = Document(text="O Quênia enviou 200 policiais ao Haiti.", source="t", language="pt")
    assert extract_document(doc) == [] and doc.status == UNSUPPORTED
    english = Document(text=ENGLISH, source="t", language="en", published="2024-10-02")
    assert extract_document(english) and english.status is None


def test_the_ledger_keeps_the_status(ledger: Any) -> None:
    doc = Document(text="O Quênia enviou 200 policiais ao Haiti.", source="t", language="pt")
    extract_document(doc)
    ledger.store(doc, [])
    stored = ledger.document(doc.id)
    assert stored.status == UNSUPPORTED and stored.language == "pt"
    english = Document(text=ENGLISH, source="e", language="en")
    ledger.store(english, extract_document(english))
    assert ledger.document(english.id).status is None


def test_upgrading_a_0006_ledger_adds_the_column_empty(tmp_path: Path, cli: Any) -> None:
    from alembic import command

    from missionwatch.ledger.engine import _alembic_config

    db = tmp_path / "old.db"
    ledger = open_ledger(str(db))
    doc = Document(text=ENGLISH, source="e", language="en")
    ledger.store(doc, [])
    with ledger.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0006")
    ledger.close()
    assert "status" not in [r[1] for r in sqlite3.connect(db).execute("PRAGMA table_info(documents)")]
    assert cli("db", "upgrade", "--db", str(db)).exit_code == 0
    ledger = open_ledger(str(db))
    with ledger.engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM documents")).scalars().all() == [None]
    assert ledger.document(doc.id).text == doc.text
    ledger.close()


def test_ingest_and_documents_say_so_in_one_line(cli: Any, tmp_path: Path) -> None:
    src = tmp_path / "pt.txt"
    src.write_text(PORTUGUESE, encoding="utf-8")
    db = str(tmp_path / "l.db")
    res = cli("ingest", str(src), "--db", db)
    assert res.exit_code == 0, res.stderr
    lines = [line for line in res.stdout.splitlines() if UNSUPPORTED in line]
    assert any(line.startswith("stored") and "(pt)" in line for line in lines)
    summary = [line for line in lines if line.startswith("1 stored without claims")]
    assert summary == [
        "1 stored without claims, language not supported: pt (1); the extractor reads en, fr, es"
    ]
    as_json = json.loads(cli("ingest", str(src), "--db", str(tmp_path / "j.db"), "--format", "json").stdout)
    assert as_json["unsupported"] == {"pt": 1}
    listed = cli("documents", "--db", db, "--format", "json")
    assert json.loads(listed.stdout)["documents"][0]["status"] == UNSUPPORTED
    table = cli("documents", "--db", db)
    assert "language not" in table.stdout and "(pt)" in table.stdout  # the cell may wrap
    doc_id = json.loads(listed.stdout)["documents"][0]["id"]
    shown = cli("show", doc_id[:12], "--db", db, "--no-text")
    assert "status:       language not supported" in shown.stdout
    assert "0 claims — language not supported (pt)" in shown.stdout


def test_the_api_says_so(ledger: Any) -> None:
    from fastapi.testclient import TestClient

    from missionwatch.config import Settings
    from missionwatch.web.app import create_app

    client = TestClient(create_app(ledger, settings=Settings(token="t0ken-for-lang")))
    auth = {"Authorization": "Bearer t0ken-for-lang"}
    made = client.post("/api/v1/documents", json={"text": PORTUGUESE}, headers=auth)
    assert made.status_code == 201, made.text
    result = made.json()["documents"][0]
    assert result["note"] == UNSUPPORTED and result["claims"] == 0
    listed = client.get("/api/v1/documents").json()["items"]
    assert [d["status"] for d in listed] == [UNSUPPORTED]
    shown = client.get(f"/api/v1/documents/{result['document_id']}").json()
    assert shown["status"] == UNSUPPORTED and shown["language"] == "pt"
    page = client.get(f"/documents/{result['document_id']}")
    assert "No claims: language not supported (pt)." in page.text


LANG_FIXTURES = Path(__file__).parent / "fixtures" / "lang"


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        (
            "fr-declared.html",
            "fr",
            {("personnel.pledged", "Kenya", 600), ("gang_control", "Port-au-Prince", 80)},
        ),
        (
            "es-declared.jsonl",
            "es",
            {("personnel.pledged", "Guatemala", 150), ("gang_control", "Port-au-Prince", 85)},
        ),
        ("fr-undeclared.txt", "fr", {("personnel.arrived", "Jamaica", 24), ("mission.lead", "Kenya", "MSS")}),
        ("pt-relatorio.txt", "pt", set()),
    ],
)
def test_declared_or_detected_language_reaches_its_pack(
    name: str, language: str, expected: set[object]
) -> None:
    from missionwatch.sources import read_inputs

    (doc,) = list(read_inputs([str(LANG_FIXTURES / name)]))
    assert isinstance(doc, Document) and doc.language == language
    got = extract_document(doc)
    assert {(c.measure, c.subject, c.value) for c in got} == expected
    assert doc.status == (UNSUPPORTED if language == "pt" else None)
    assert all(c.extractor == f"missionwatch-{language}" for c in got)
