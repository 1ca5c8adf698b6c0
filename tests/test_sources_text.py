"""Plain-text and Markdown readers: header block, title, dates, decoding, and every refusal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources import SUPPORTED_EXTENSIONS, read_inputs, read_text
from missionwatch.sources.dates import parse_published
from missionwatch.sources.language import guess_language
from missionwatch.sources.text import split_header

ARTICLE = """Published: 2024-06-25
Outlet: MissionWatch Test Desk
Source-basis: written for the tests from public reporting

Kenyan police land in Port-au-Prince

PORT-AU-PRINCE, June 25 — The first 400 Kenyan police officers of the Multinational Security
Support mission arrived in Haiti on Tuesday, the start of a deployment Kenya has pledged at 1,000.
"""


def one(inputs: list[str], **kw) -> Document | InputError:
    items = list(read_inputs(inputs, **kw))
    assert len(items) == 1, items
    return items[0]


def error_for(inputs: list[str], **kw) -> InputError:
    item = one(inputs, **kw)
    assert isinstance(item, InputError), item
    return item


def test_header_fills_fields_and_body_is_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = one([str(path)])
    assert isinstance(doc, Document)
    assert doc.published == "2024-06-25" and doc.published_precision == "day"
    assert doc.outlet == "MissionWatch Test Desk"
    assert doc.meta["source_basis"] == "written for the tests from public reporting"
    assert doc.title == "Kenyan police land in Port-au-Prince"
    assert doc.text.startswith("Kenyan police land in Port-au-Prince\n\nPORT-AU-PRINCE")
    assert "Published" not in doc.text
    assert doc.content_type == "text/plain" and doc.language == "en"
    assert doc.source == str(path)
    # offsets of later claims are into doc.text: a figure found there is found at its place
    start = doc.text.index("400 Kenyan")
    assert doc.text[start : start + 3] == "400"


def test_header_needs_every_line_to_be_key_value() -> None:
    text = "Published: 2024-06-25\nThis line is prose, not a field\n\nBody text here."
    assert split_header(text) == ({}, text)


def test_one_line_unknown_key_is_prose_not_header() -> None:
    text = "Note: figures are provisional and may change.\n\nKenya sent 400 officers."
    doc = read_text(text)
    assert doc.text.startswith("Note: figures")
    assert doc.meta == {}


def test_one_known_key_is_a_header() -> None:
    doc = read_text("Published: 2025-09\n\nThe Council voted on 30 September.")
    assert doc.published == "2025-09" and doc.published_precision == "month"
    assert doc.text == "The Council voted on 30 September."


def test_url_in_body_first_line_is_not_a_header() -> None:
    text = "https://example.org/x\n\nSome text."
    assert split_header(text) == ({}, text)


def test_prose_date_and_unreadable_date() -> None:
    doc = read_text("Published: 30 September 2024\nTitle: Renewal\n\nThe mission was renewed.")
    assert (doc.published, doc.published_precision, doc.title) == ("2024-09-30", "day", "Renewal")
    doc = read_text("Published: sometime soon\n\nThe mission was renewed.")
    assert doc.published is None
    assert doc.meta["published_raw"] == "sometime soon"
    assert any("publication date" in w for w in doc.meta["warnings"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", ("2024", "year")),
        ("2024-9", ("2024-09", "month")),
        ("2024-09-30T14:00:00Z", ("2024-09-30", "day")),
        ("Mon, 30 Sep 2024 18:00:00 GMT", ("2024-09-30", "day")),
        ("September 2024", ("2024-09", "month")),
        ("2024-02-30", None),
        ("next Tuesday", None),
        ("", None),
    ],
)
def test_parse_published(value: str, expected: tuple[str, str] | None) -> None:
    assert parse_published(value) == expected


def test_keyword_fields_beat_header_and_rest_go_to_meta() -> None:
    doc = read_text(ARTICLE, source="api", title="Given title", url="https://example.org/a", note="x")
    assert doc.title == "Given title"
    assert doc.url == "https://example.org/a"
    assert doc.outlet == "MissionWatch Test Desk"
    assert doc.meta["note"] == "x" and doc.source == "api"


def test_read_text_empty_is_input_error() -> None:
    with pytest.raises(InputError) as info:
        read_text("  \n ", source="post")
    assert info.value.one_line() == "error: post: empty input"


def test_no_title_when_first_line_is_a_sentence() -> None:
    doc = read_text("The Council renewed the mission.\nIt did so unanimously.")
    assert doc.title is None


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: GSF approved\ndate: 2025-09-30\nauthor: Desk\n---\n\n# GSF approved\n\n"
        "The Council approved the Gang Suppression Force with 12 votes in favour.\n"
    )
    doc = one([str(path)])
    assert isinstance(doc, Document)
    assert (doc.title, doc.published, doc.content_type) == ("GSF approved", "2025-09-30", "text/markdown")
    assert doc.meta["author"] == "Desk"
    assert doc.text.startswith("# GSF approved")


def test_directory_is_walked_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("Kenya sent 400 officers to Haiti.")
    (tmp_path / "sub" / "a.md").write_text("Jamaica sent 24 soldiers and police.")
    (tmp_path / ".hidden" / "c.txt").write_text("Skipped.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    items = list(read_inputs([str(tmp_path)]))
    assert [Path(i.source).name for i in items if isinstance(i, Document)] == ["b.txt", "a.md"]
    assert not [i for i in items if isinstance(i, InputError)]


def test_directory_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    err = error_for([str(tmp_path)])
    assert err.input == str(tmp_path)
    assert "no readable documents" in err.one_line()


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The mission has 991 personnel.")
    items = list(read_inputs([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(items[0], InputError) and isinstance(items[1], Document)


def test_missing_path() -> None:
    err = error_for(["/nonexistent/dir/article.txt"])
    assert err.one_line() == "error: /nonexistent/dir/article.txt: no such file or directory"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert error_for([str(path)]).one_line() == f"error: {path}: empty file"
    path.write_bytes(b"  \n\n ")
    assert error_for([str(path)]).one_line() == f"error: {path}: empty input"


def test_header_only_file_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text("Published: 2024-01-01\nTitle: Nothing\n\n")
    assert error_for([str(path)]).one_line() == f"error: {path}: no text to read"


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    line = error_for([str(path)]).one_line()
    assert line.startswith(f"error: {path}: binary file")


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"abc" + b"\x01\x02\x03\x04\x05\x06" * 20)
    assert "binary file" in error_for([str(path)]).one_line()


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Kenya. " * 100)
    err = error_for([str(path)], settings=Settings(max_document_bytes=200))
    assert err.input == str(path) and "too large: 700 bytes is over the 200-byte limit" in err.reason


def test_damaged_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("Port-au-Prince – the capital – had 400 officers.".encode() + b" \xff end.")
    doc = one([str(path)])
    assert isinstance(doc, Document)
    assert "\ufffd" in doc.text and "–" in doc.text
    assert doc.meta["warnings"] == ["invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"]


def test_legacy_single_byte_is_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("La mission a été renouvelée à l'unanimité à New York.".encode("cp1252"))
    doc = one([str(path)])
    assert isinstance(doc, Document)
    assert "été renouvelée" in doc.text
    assert doc.meta["warnings"] == ["not UTF-8: decoded as Windows-1252"]


def test_mostly_invalid_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes("é".encode() + b"\xff\xfe\xfd\xfc" * 30 + b" words")
    line = error_for([str(path)]).one_line()
    assert line.startswith(f"error: {path}: not text:") and "invalid UTF-8" in line


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Haiti has 5,600 dead in 2024, the report said.".encode("utf-16"))
    doc = one([str(path)])
    assert isinstance(doc, Document) and doc.text.startswith("Haiti has 5,600")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    doc = one(["-"])
    assert isinstance(doc, Document)
    assert doc.source == "-" and doc.published == "2024-06-25"


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    assert error_for(["-"]).one_line() == "error: -: empty input"


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "article.body"
    path.write_text("Kenya deployed 400 officers in June 2024.")
    doc = one([str(path)])
    assert isinstance(doc, Document) and doc.content_type == "text/plain"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Council said that the mission was renewed for a year and that it has the support of "
            "the members, which will fund it.",
            "en",
        ),
        (
            "Le Conseil a renouvelé la mission pour un an et les membres sont avec le gouvernement dans "
            "cette crise, selon le texte qui est adopté.",
            "fr",
        ),
        (
            "El Consejo renovó la misión por un año y los miembros están con el gobierno, según el "
            "texto que fue adoptado por las partes con más apoyo.",
            "es",
        ),
        (
            "O Conselho renovou a missão por um ano e os membros estão com o governo, segundo o texto "
            "que foi adotado pelo grupo, mas não pela oposição.",
            "pt",
        ),
        ("Kenya 400.", None),
    ],
)
def test_language_guess(text: str, lang: str | None) -> None:
    assert guess_language(text) == lang


def test_supported_extensions() -> None:
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".jsonl"} <= SUPPORTED_EXTENSIONS


def test_stdin_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Kenya. " * 50), encoding="utf-8"))
    err = error_for(["-"], settings=Settings(max_document_bytes=100))
    assert err.one_line() == (
        "error: -: too large: more than 100 bytes is over the 100-byte limit "
        "(MISSIONWATCH_MAX_DOCUMENT_BYTES)"
    )


def test_reader_bug_in_one_file_does_not_skip_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import missionwatch.sources.pdf as pdf_reader

    def broken(data: bytes, *, source: str, url: str | None = None, **_: object) -> Document:
        raise RuntimeError("boom")

    monkeypatch.setattr(pdf_reader, "read_pdf", broken)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 whatever")
    (tmp_path / "b.txt").write_text("Kenya sent 400 officers.")
    first, second = read_inputs([str(tmp_path)])
    assert isinstance(first, InputError)
    assert first.one_line() == f"error: {tmp_path / 'a.pdf'}: could not be read (RuntimeError: boom)"
    assert isinstance(second, Document)


def test_read_text_meta_dict_and_language_names() -> None:
    doc = read_text("Language: French\n\nLa mission continue.", meta={"batch": 3}, source="api")
    assert doc.language == "fr" and doc.meta == {"batch": 3}


def test_every_supported_extension_is_documented() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "sources.md").read_text(encoding="utf-8")
    missing = [ext for ext in SUPPORTED_EXTENSIONS if f"`{ext}`" not in docs]
    assert not missing, f"docs/sources.md does not mention {missing}"


def test_html_fragment_on_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    body = b"<p>Kenya sent 400 police officers to Haiti in June 2024.</p><p>More came in July.</p>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body), encoding="utf-8"))
    doc = one(["-"])
    assert isinstance(doc, Document) and doc.content_type == "text/html"
    assert doc.text == "Kenya sent 400 police officers to Haiti in June 2024.\n\nMore came in July."


def test_path_objects_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Kenya sent 400 police officers.")
    doc = one([path])  # type: ignore[list-item]
    assert isinstance(doc, Document) and doc.source == str(path)


@pytest.mark.parametrize("url", ["ftp://example.org/report.txt", "file:///etc/passwd"])
def test_other_url_schemes_are_refused(url: str) -> None:
    scheme = url.split(":")[0]
    expected = f"error: {url}: unsupported URL scheme {scheme!r} (only http and https)"
    assert error_for([url]).one_line() == expected
