"""``missionwatch ingest`` end to end: the dev corpus, duplicates, near-copies, bad inputs, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from missionwatch.cli.ingest import run_ingest
from missionwatch.errors import InputError
from missionwatch.ledger import open_ledger
from missionwatch.models import Claim, Document

STORY = """Published: 2024-07-17
Outlet: Test Wire

Second group of Kenyan officers reaches Haiti

Some 200 more Kenyan police officers landed in Port-au-Prince on Tuesday, bringing the Kenyan
contingent of the Multinational Security Support mission to about 400, officials said. The
mission is still far from the 2,500 personnel its backers planned for, and its trust fund has
received only a fraction of the money pledged.
"""


def summary(result) -> dict:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def test_dev_corpus_stored_once(cli, dev_corpus, tmp_path):
    db = str(tmp_path / "dev.db")
    # Extraction is exercised by test_demo; here only storage and de-duplication are under test.
    first = cli("ingest", str(dev_corpus), "--db", db, "--json", "--no-extract")
    assert first.exit_code == 0, first.stderr
    got = summary(first)
    assert (got["stored"], got["duplicates"], got["failed"]) == (13, 0, 0)
    second = cli("ingest", str(dev_corpus), "--db", db, "--json", "--no-extract")
    assert second.exit_code == 0
    got = summary(second)
    assert (got["stored"], got["duplicates"], got["failed"]) == (0, 13, 0)
    with open_ledger(db) as led:
        assert led.count_documents() == 13
        assert [r.stored for r in led.runs()] == [0, 13]


def test_near_copy_of_dev_article_lands_in_its_cluster(cli, dev_corpus, tmp_path):
    db = str(tmp_path / "dev.db")
    assert cli("ingest", str(dev_corpus), "--db", db, "--no-extract").exit_code == 0
    original = dev_corpus / "05-ap-jamaicans-arrive.txt"
    header, _, body = original.read_text(encoding="utf-8").partition("\n\n")
    _headline, _, rest = body.strip().partition("\n")
    copy = tmp_path / "syndicated.txt"
    copy.write_text(
        header + "\n\nCaribbean officers join Kenyans in Haiti, republished\n" + rest.rstrip()
        + "\nThe story was updated with a comment from the mission's spokesperson.\n",
        encoding="utf-8",
    )  # fmt: skip
    res = cli("ingest", str(copy), "--db", db, "--no-extract", "--json")
    assert summary(res)["stored"] == 1
    with open_ledger(db) as led:
        docs = {Path(d.source).name: d for d in led.documents(limit=None)}
        assert docs["syndicated.txt"].cluster_id == docs["05-ap-jamaicans-arrive.txt"].cluster_id
        others = {d.cluster_id for name, d in docs.items() if name not in ("syndicated.txt",)}
        assert len(others) == 13  # the dev articles stay apart


def test_bad_inputs_each_give_one_line_and_good_ones_are_stored(cli, tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    good2 = tmp_path / "more" / "other.md"
    good2.parent.mkdir()
    good2.write_text("# Displacement\n\nMore than 1.4 million people were displaced in Haiti.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    big = tmp_path / "big.txt"
    big.write_text("word " * 400)
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "notes.bin").write_bytes(b"x")
    monkeypatch.setenv("MISSIONWATCH_MAX_DOCUMENT_BYTES", "1500")
    db = str(tmp_path / "l.db")
    inputs = [str(good), str(tmp_path / "missing.txt"), str(empty), str(binary), str(big), str(nothing),
              str(good2.parent)]  # fmt: skip
    res = cli("ingest", *inputs, "--db", db, "--no-extract")
    assert res.exit_code == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("error: ")]
    for bad in ("missing.txt", "empty.txt", "image.txt", "big.txt", "nothing"):
        assert sum(bad in ln for ln in lines) == 1, (bad, res.stderr)
    assert len(lines) == 5
    with open_ledger(db) as led:
        assert sorted(Path(d.source).name for d in led.documents()) == ["good.txt", "other.md"]
        assert led.runs()[0].failed == 5 and led.runs()[0].stored == 2


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("ingest", "--db", str(tmp_path / "x.db")).exit_code == 2
    assert cli("ingest", "x.txt", "--no-such-option").exit_code == 2


def test_unopenable_database_is_one_line(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    res = cli("ingest", str(good), "--db", str(tmp_path / "no" / "dir" / "x.db"))
    assert res.exit_code == 1 and res.stderr.startswith("error: ") and len(res.stderr.splitlines()) <= 2


def test_plain_lines_when_not_a_terminal(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    db = str(tmp_path / "l.db")
    res = cli("ingest", str(good), "--db", db, "--no-extract")
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0].startswith("stored ")
    assert "1 stored, 0 duplicates, 0 failed" in res.stdout
    res = cli("ingest", str(good), "--db", db, "--no-extract")
    assert res.stdout.splitlines()[0].startswith("duplicate ")


def _docs(n: int) -> list[Document]:
    return [Document(text=f"Report {i}: {i * 7} officers arrived in Haiti on day {i}.", source=f"d{i}.txt")
            for i in range(n)]  # fmt: skip


def test_run_ingest_stores_extractor_claims_and_survives_its_failures(ledger):
    def extract(doc: Document) -> list[Claim]:
        if doc.source == "d2.txt":
            raise RuntimeError("boom")
        n = int(doc.text.split()[1].rstrip(":"))
        return [
            Claim(measure="personnel.arrived", value=n * 7, sentence=doc.text, start=0, end=len(doc.text))
        ]

    docs: list[Document | InputError] = [*_docs(4), InputError("unreadable", input="bad.pdf")]
    got = run_ingest(ledger, ["in"], extract=extract, extractor_name="fake 1", documents=docs)
    assert (got.stored, got.failed, got.claims) == (3, 2, 3)
    assert got.errors == [
        "error: d2.txt: extraction failed (RuntimeError: boom)",
        "error: bad.pdf: unreadable",
    ]
    assert sorted(c.value for c in ledger.claims()) == [0, 7, 21]
    assert ledger.runs()[0].extractor == "fake 1"
    again = run_ingest(ledger, ["in"], extract=extract, documents=_docs(4))
    assert (again.stored, again.duplicates, again.failed) == (0, 3, 1)


def test_show_and_documents_commands(cli, dev_corpus, tmp_path):
    db = str(tmp_path / "dev.db")
    work = tmp_path / "corpus"
    shutil.copytree(dev_corpus, work)
    assert cli("ingest", str(work), "--db", db, "--no-extract").exit_code == 0
    listing = json.loads(cli("documents", "--db", db, "-f", "json", "--since", "2025").stdout)
    assert listing["total"] == len(listing["documents"]) >= 3 and all(
        d["published"] >= "2025" for d in listing["documents"]
    )
    table = cli("documents", "--db", db, "--search", "Jamaica")
    assert table.exit_code == 0 and "Jamaica" in table.stdout
    doc_id = listing["documents"][0]["id"]
    shown = cli("show", doc_id[:8], "--db", db)
    assert shown.exit_code == 0 and doc_id in shown.stdout and "claims" in shown.stdout
    as_json = json.loads(cli("show", doc_id, "--db", db, "-f", "json").stdout)
    assert as_json["id"] == doc_id and isinstance(as_json["claims"], list) and as_json["text"]
    missing = cli("show", "abcdef0123", "--db", db)
    assert missing.exit_code == 1 and missing.stderr.startswith("error: abcdef0123:")
    assert cli("documents", "--db", db, "-f", "yaml").exit_code == 2


@pytest.mark.postgres
def test_ingest_into_postgres(cli, dev_corpus, pg_url):
    res = cli("ingest", str(dev_corpus), "--db", pg_url, "--json", "--no-extract")
    assert res.exit_code == 0 and summary(res)["stored"] == 13
    res = cli("ingest", str(dev_corpus), "--db", pg_url, "--json", "--no-extract")
    assert summary(res)["duplicates"] == 13


def test_rich_progress_renders_counts(capsys):
    from missionwatch.cli.ingest import _Progress
    from missionwatch.ledger import StoreResult

    progress = _Progress(rich=True, quiet=False)
    d = _docs(1)[0]
    progress.document("stored", d, StoreResult(status="stored", document_id=d.id, claims=2))
    progress.error(InputError("unreadable", input="bad.pdf"))
    progress.stop()
    err = capsys.readouterr().err
    assert "error: bad.pdf: unreadable" in err and "2 documents" in err and "1 errors" in err


def test_bad_jsonl_lines_and_private_urls(cli, tmp_path):
    feed = tmp_path / "mixed.jsonl"
    feed.write_text(
        '{"text": "Officers from Jamaica arrived in Haiti on Thursday.", "title": "A"}\n'
        "not json\n"
        '{"title": "no text here"}\n'
        '{"text": "The trust fund has received a fraction of the pledges.", "title": "B"}\n'
    )
    db = str(tmp_path / "l.db")
    # Loopback and private addresses are refused before any connection is made.
    res = cli("ingest", str(feed), "http://127.0.0.1:9/x", "http://10.1.2.3/a", "--db", db, "--no-extract")
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert any(ln.startswith(f"error: {feed}:2:") for ln in lines)
    assert any(ln.startswith(f"error: {feed}:3:") for ln in lines)
    assert any(ln.startswith("error: http://127.0.0.1:9/x:") for ln in lines)
    assert any(ln.startswith("error: http://10.1.2.3/a:") for ln in lines)
    with open_ledger(db) as led:
        assert sorted(d.title for d in led.documents()) == ["A", "B"]
