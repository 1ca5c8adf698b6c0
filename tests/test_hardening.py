"""Regression tests for the defects of the independent audit (issue 15): bad input gives one clear
line or a 4xx in the one error shape, never a dropped batch, a traceback or a 500."""

from __future__ import annotations

import codecs
import importlib.util
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources import read_bytes, read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
_spec = importlib.util.spec_from_file_location("make_pdfs", FIXTURES / "make_pdfs.py")
assert _spec and _spec.loader
make_pdfs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_pdfs)

ARTICLE = "Some 400 Kenyan police officers arrived in Haiti on Monday, the mission said."


def read(data: bytes, content_type: str | None, settings: Settings | None = None) -> list:
    try:
        return list(read_bytes(data, source="in", content_type=content_type, settings=settings))
    except InputError as exc:
        return [exc]


# --- 1. JSONL: a lone surrogate costs its line only -------------------------------------------


def test_jsonl_lone_surrogate_is_one_line_error_and_the_others_are_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": "Published: 2024-09-30\n\n" + ARTICLE})
        + "\n"
        + '{"text": "Bad \\ud800 line"}\n'
        + json.dumps({"text": "About 600 more officers will follow, Kenya said."})
        + "\n",
        encoding="utf-8",
    )
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    err = items[1]
    assert err.input == f"{path}:2"
    line = err.one_line()
    assert line.startswith(f"error: {path}:2: ") and "surrogate" in line
    assert "pydantic" not in line and "validation error" not in line and "\n" not in line


def test_jsonl_lone_surrogate_in_a_meta_field_is_refused_too() -> None:
    (item,) = read(b'{"text": "' + ARTICLE.encode() + b'", "author": "X \\udc80"}\n', "application/jsonl")
    assert isinstance(item, InputError) and item.input == "in:1" and '"meta.author"' in item.reason


def test_ingest_stores_the_other_lines_of_a_jsonl_with_a_lone_surrogate(tmp_path: Path, cli) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": ARTICLE})
        + '\n{"text": "Bad \\ud800 line"}\n'
        + json.dumps({"text": "Chad sent 150 soldiers to the mission."})
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "l.db")
    result = cli("ingest", str(path), "--db", db, "--no-extract")
    assert result.exit_code == 1
    assert f"error: {path}:2: " in result.stderr
    assert "2 stored" in result.stdout


def test_jsonl_title_must_be_a_string() -> None:
    (item,) = read(b'{"text": "' + ARTICLE.encode() + b'", "title": 5}\n', "application/jsonl")
    assert isinstance(item, InputError) and item.input == "in:1"
    assert item.reason.startswith('"title" must be a string')


def test_jsonl_published_may_be_a_year_number() -> None:
    (doc,) = read(b'{"text": "' + ARTICLE.encode() + b'", "published": 2024}\n', "application/jsonl")
    assert isinstance(doc, Document) and doc.published == "2024"


# --- 6. Decoding, HTML, feeds -----------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "label"), [("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE")])
def test_utf16_without_bom_is_decoded_with_a_warning(encoding: str, label: str) -> None:
    (doc,) = read(("Publié: 2024-09-30\n\n" + ARTICLE).encode(encoding), "text/plain")
    assert isinstance(doc, Document), doc
    assert doc.text.endswith(ARTICLE)
    assert doc.meta["warnings"] == [f"no byte-order mark: decoded as {label}"]


def test_binary_with_nul_bytes_is_still_refused() -> None:
    (err,) = read(bytes(range(256)) * 20, "text/plain")
    assert isinstance(err, InputError) and "binary" in err.reason


def test_utf16_with_bom_still_decodes_without_warning() -> None:
    (doc,) = read(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "text/plain")
    assert isinstance(doc, Document) and not doc.meta.get("warnings")


def test_deeply_nested_html_keeps_its_text() -> None:
    depth = 100_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + f"<p>{ARTICLE} Another sentence about the mission.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    (doc,) = read(html.encode(), "text/html")
    assert isinstance(doc, Document), doc
    assert ARTICLE in doc.text
    assert any("nested deeper" in w for w in doc.meta["warnings"])


def test_shallow_html_without_main_text_is_still_refused() -> None:
    (err,) = read(
        b"<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>", "text/html"
    )
    assert isinstance(err, InputError) and "no main text" in err.reason


def test_malformed_rss_item_with_a_description_is_read() -> None:
    rss = (
        f'<rss version="2.0"><channel><title>Wire</title><item><title>A<description>{ARTICLE}'
        "</description></item></channel></rss>"
    ).encode()
    (doc,) = read(rss, "application/rss+xml")
    assert isinstance(doc, Document), doc
    assert doc.text == ARTICLE
    assert any("malformed feed item" in w for w in doc.meta["warnings"])


def test_rss_item_without_any_text_is_still_refused() -> None:
    rss = b'<rss version="2.0"><channel><title>W</title><item><title>A</title></item></channel></rss>'
    (err,) = read(rss, "application/rss+xml")
    assert isinstance(err, InputError) and "no content and no link" in err.reason


# --- 5. PDF caps --------------------------------------------------------------------------------


def test_pdf_over_the_page_cap_is_refused_with_the_reason() -> None:
    pdf = make_pdfs.make_pdf([[f"Page {i} has 400 officers."] for i in range(12)])
    (err,) = read(pdf, "application/pdf", Settings(max_pdf_pages=10))
    assert isinstance(err, InputError)
    assert err.reason == "PDF has 12 pages, over the limit of 10 (MISSIONWATCH_MAX_PDF_PAGES)"
    (doc,) = read(pdf, "application/pdf", Settings(max_pdf_pages=12))
    assert isinstance(doc, Document)


def test_pdf_over_the_time_cap_is_refused_with_the_reason() -> None:
    pdf = make_pdfs.make_pdf([[f"Page {i} has 400 officers."] for i in range(3)])
    (err,) = read(pdf, "application/pdf", Settings(pdf_timeout=1e-9))
    assert isinstance(err, InputError)
    assert (
        err.reason.startswith("PDF text extraction stopped after")
        and "MISSIONWATCH_PDF_TIMEOUT" in err.reason
    )


def test_pdf_decompression_bomb_is_refused_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    import pypdf.filters
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdfs.make_pdf([[ARTICLE * 50]]))))
    for page in writer.pages:
        page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    from pypdf._configuration import Configuration

    # the bomb: its content stream inflates past the (here lowered) cap
    monkeypatch.setattr(
        pypdf.filters, "get_configuration", lambda: Configuration(zlib_maximum_output_length=100)
    )
    (err,) = read(out.getvalue(), "application/pdf")
    assert isinstance(err, InputError)
    assert err.reason.startswith("PDF refused: a compressed stream inflates past pypdf's safety limit")
    assert "could not be read" not in err.reason


# --- 2-4. The web layer -------------------------------------------------------------------------

TOKEN = "hardening-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from missionwatch.ledger import open_ledger
    from missionwatch.web.app import create_app
    from missionwatch.web.sample import load_sample

    ledger = open_ledger(str(tmp_path_factory.mktemp("hardening") / "h.db"))
    load_sample(ledger)
    app = create_app(ledger, settings=Settings(token=TOKEN), max_body_bytes=4096)

    @app.get("/api/v1/_boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("internals")

    return TestClient(app, raise_server_exceptions=False)


IMPOSSIBLE_DATES = [
    "/api/v1/facts?as_of=2024-02-30",
    "/api/v1/missions/MSS?as_of=2024-02-30",
    "/api/v1/missions/MSS?since=2023-02-29",
    "/api/v1/conflicts?as_of=2024-04-31",
    "/api/v1/timelines?mission=MSS&as_of=2024-02-30",
    "/api/v1/alerts?since=2024-02-30",
    "/api/v1/alerts?as_of=2024-06-31",
    "/api/v1/claims?since=2024-02-30",
    "/api/v1/claims?until=2024-11-31",
    "/api/v1/documents?since=2024-02-30",
    "/missions/MSS?as_of=2024-02-30",
    "/missions/MSS?since=2024-02-30",
    "/claims?since=2024-02-30",
    "/documents?until=2024-02-30",
    "/conflicts?as_of=2024-02-30",
    "/alerts?since=2024-02-30",
    "/alerts.atom?as_of=2024-02-30",
]


@pytest.mark.parametrize("path", IMPOSSIBLE_DATES)
def test_impossible_dates_are_422_invalid_parameters(client: TestClient, path: str) -> None:
    r = client.get(path, headers={"accept": "application/json"})
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["code"] == "invalid_parameters"
    assert "is not a day of the calendar" in err["message"] and "Value error" not in err["message"]


def test_a_real_leap_day_is_accepted(client: TestClient) -> None:
    assert client.get("/api/v1/facts?as_of=2024-02-29").status_code == 200


def test_post_with_a_lone_surrogate_is_422_bad_input(client: TestClient) -> None:
    r = client.post(
        "/api/v1/documents",
        headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
        content=b'{"text": "Bad \\ud800 line about 400 officers in Haiti."}',
    )
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["code"] == "bad_input" and "surrogate" in err["message"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/api/v1/documents", {"text": "x" * 10_000}, 413),
        ("GET", "/api/v1/_boom", None, 500),
        ("GET", "/api/v1/nothing", None, 404),
        ("GET", "/api/v1/facts?as_of=2024-02-30", None, 422),
    ],
)
def test_every_response_has_the_security_headers(
    client: TestClient, method: str, path: str, body, status: int
) -> None:
    r = client.request(method, path, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == status
    assert r.headers["content-security-policy"].startswith("default-src 'self'; script-src 'none'")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers.get_list("content-security-policy") == [r.headers["content-security-policy"]]


BAD_VALUES = [
    "2024-02-30",
    "2024-13",
    "yesterday",
    "",
    "x" * 300,
    "\x00",
    "-1",
    "%ff",
    "9" * 30,
    "null",
    "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
    "personel.deployed",
    "' OR 1=1 --",
]
PAGES = ["/", "/missions/MSS", "/claims", "/documents", "/conflicts", "/search", "/alerts", "/alerts.atom"]


def test_no_bad_parameter_gives_a_5xx(client: TestClient) -> None:
    """Every parameter of every GET route of the spec, and of the pages, with hostile values."""
    spec = client.get("/api/v1/openapi.json").json()
    routes: list[tuple[str, list[str]]] = []
    for path, ops in spec["paths"].items():
        if "get" in ops:
            names = [p["name"] for p in ops["get"].get("parameters", []) if p["in"] == "query"]
            concrete = (
                path.replace("{code}", "MSS").replace("{number}", "2699").replace("{document_id}", "abcd")
            )
            routes.append((concrete, names))
    common = ["as_of", "since", "until", "mission", "measure", "subject", "limit", "offset", "q", "format"]
    routes += [(page, common) for page in PAGES]
    seen = 0
    for path, names in routes:
        for name in names:
            for value in BAD_VALUES:
                for accept in ("application/json", "text/html"):
                    r = client.get(path, params={name: value}, headers={"accept": accept})
                    seen += 1
                    assert r.status_code < 500, (path, name, value, r.status_code, r.text[:300])
    assert seen > 500
