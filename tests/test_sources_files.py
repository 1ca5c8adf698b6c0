"""HTML, PDF and JSONL readers: what they read, and the one-line refusal for each bad input."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources import read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
_spec = importlib.util.spec_from_file_location("make_pdfs", FIXTURES / "make_pdfs.py")
assert _spec and _spec.loader
make_pdfs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_pdfs)


def read_all(*inputs: str | Path) -> list[Document | InputError]:
    return list(read_inputs([str(i) for i in inputs]))


def only_doc(path: str | Path) -> Document:
    (item,) = read_all(path)
    assert isinstance(item, Document), item
    return item


def only_error(path: str | Path) -> InputError:
    (item,) = read_all(path)
    assert isinstance(item, InputError), item
    return item


# --- HTML -------------------------------------------------------------------------------------


def test_html_main_text_and_metadata() -> None:
    doc = only_doc(FIXTURES / "gsf-vote.html")
    assert doc.title == "Council creates Gang Suppression Force for Haiti"
    assert doc.outlet == "Caribbean Test Wire"
    assert doc.published == "2025-09-30" and doc.published_precision == "day"
    assert doc.url == "https://wire.example.org/2025/09/30/gsf-vote"
    assert doc.language == "en" and doc.content_type == "text/html"
    assert "up to 5,500 uniformed personnel" in doc.text
    assert "newsletter" not in doc.text and "Copyright" not in doc.text and "Sport" not in doc.text
    assert "\n\n" in doc.text  # paragraphs stay apart


def test_html_without_main_text_is_refused() -> None:
    err = only_error(FIXTURES / "empty-page.html")
    assert err.one_line().startswith(f"error: {FIXTURES / 'empty-page.html'}: HTML page has no main text")


def test_html_language_from_html_lang(tmp_path: Path) -> None:
    page = tmp_path / "fr.html"
    page.write_text(
        '<html lang="fr-HT"><head><title>Mission</title></head><body><article>'
        "<p>Les 400 policiers kenyans sont arrivés à Port-au-Prince mardi pour la mission.</p>"
        "<p>Le gouvernement a salué leur arrivée dans la capitale.</p></article></body></html>",
        encoding="utf-8",
    )
    assert only_doc(page).language == "fr"


# --- PDF --------------------------------------------------------------------------------------


def test_pdf_text_per_page_and_title(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    path.write_bytes(make_pdfs.make_pdf(make_pdfs.REPORT_PAGES, title="MSS quarterly note"))
    doc = only_doc(path)
    assert doc.title == "MSS quarterly note" and doc.content_type == "application/pdf"
    assert "991 personnel" in doc.text and "2,500" in doc.text
    first, second = doc.text.split("\n\n")
    assert "Kenya" in first and "trust fund" in second
    assert doc.meta["pages"] == 2 and doc.published is None
    assert doc.meta["pdf_created"].startswith("D:2025")


def test_committed_pdf_fixture_reads() -> None:
    assert "991 personnel" in only_doc(FIXTURES / "report.pdf").text


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(make_pdfs.encrypt(make_pdfs.make_pdf([["Secret text of 20 lines."]])))
    assert only_error(path).one_line() == f"error: {path}: encrypted PDF (needs a password)"


def test_pdf_with_empty_user_password_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "print-protected.pdf"
    path.write_bytes(
        make_pdfs.encrypt(make_pdfs.make_pdf([["The Council adopted resolution 2793."]]), password="")
    )
    assert "resolution 2793" in only_doc(path).text


def test_corrupt_pdf_is_refused() -> None:
    err = only_error(FIXTURES / "corrupt.pdf")
    assert err.input == str(FIXTURES / "corrupt.pdf")
    assert "corrupt or unreadable PDF" in err.one_line()


def test_pdf_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdfs.make_pdf([[]]))
    assert only_error(path).one_line() == f"error: {path}: PDF has no text layer (a scan? OCR it first)"


def test_pdf_named_txt_is_sniffed_by_content_not_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(make_pdfs.make_pdf([["Kenya has 730 officers in Haiti."]]))
    assert only_doc(path).content_type == "application/pdf"


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_good_lines_and_bad_lines() -> None:
    path = FIXTURES / "articles.jsonl"
    items = read_all(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i.one_line() for i in items if isinstance(i, InputError)]
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2", f"{path}:7"]
    assert errors == [
        f"error: {path}:3: not valid JSON (Expecting value at column 40)",
        f"error: {path}:4: expected a JSON object, got list",
        f'error: {path}:5: missing or empty "text"',
    ]
    first, second, third = docs
    assert (first.title, first.url, first.outlet, first.published) == (
        "Jamaicans arrive",
        "https://news.example.org/jamaica-24",
        "Test Gazette",
        "2024-09-12",
    )
    assert first.meta == {"section": "World"} and first.content_type == "application/jsonl"
    assert (second.published, second.published_precision) == ("2024-10", "month")
    assert third.published == "2025-01-07" and third.text.startswith("Gang violence")


def test_jsonl_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    assert only_error(path).one_line() == f"error: {path}: empty input"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": ""}', 'missing or empty "text"'),
        ('{"text": 42}', 'missing or empty "text"'),
        ('{"text": "Kenya sent 400.", "title": {"a": 1}}', '"title" must be a string'),
        ('"just a string"', "expected a JSON object, got str"),
    ],
)
def test_jsonl_line_errors(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(line + "\n")
    assert only_error(path).one_line() == f"error: {path}:1: {reason}"
