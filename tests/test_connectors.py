"""Connectors (ReliefWeb, UN press, UNDL votes, FTS, GDELT) against a local HTTP server that serves
responses written in each API's documented shape (tests/fixtures/connectors/README.md). No network.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources import read_inputs, registry, web
from missionwatch.sources.connectors import is_input, spec_from_input
from missionwatch.sources.kinds import AlreadySeen

SAMPLES = Path(__file__).parent / "fixtures" / "connectors"
CONTENT_TYPES = {".json": "application/json", ".html": "text/html; charset=utf-8", ".csv": "text/csv"}


class Api:
    """A local server: ``routes[path]`` is a list of (status, body, content type, headers) answers,
    the last one repeated; ``{base}`` in a body becomes the server's address."""

    def __init__(self) -> None:
        self.routes: dict[str, list[tuple[int, bytes, str, dict[str, str]]]] = {}
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append(self.path)
                path = urlsplit(self.path).path
                page = parse_qs(urlsplit(self.path).query).get("page", [""])[0]
                answers = outer.routes.get(f"{path}?page={page}") or outer.routes.get(path)
                if not answers:
                    status, body, ctype, headers = 404, b"not here", "text/plain", {}
                else:
                    status, body, ctype, headers = answers.pop(0) if len(answers) > 1 else answers[0]
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def sample(self, path: str, name: str, *, status: int = 200) -> None:
        """Serve the sample file ``name`` at ``path`` (``path?page=N`` for a given page)."""
        body = (SAMPLES / name).read_bytes().replace(b"{base}", self.base.encode())
        self.answer(path, status, body, CONTENT_TYPES.get(Path(name).suffix, "text/plain"))

    def answer(
        self, path: str, status: int, body: bytes = b"", ctype: str = "text/plain", **headers: str
    ) -> None:
        self.routes.setdefault(path, []).append((status, body, ctype, headers))

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def api() -> Iterator[Api]:
    server = Api()
    yield server
    server.stop()


@pytest.fixture
def settings() -> Settings:
    # no pauses between requests to one host, and short backoffs (nothing here is timed)
    return Settings(reliefweb_appname="test-app", host_interval=0.0, retry_wait=0.01, retry_wait_max=0.05)


def read(
    spec: str, settings: Settings, *, allow_private: bool = True
) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_inputs([spec], allow_private=allow_private, settings=settings):
        (errors if isinstance(item, InputError) else docs).append(item)  # type: ignore[arg-type]
    return docs, errors


def one_liners(errors: list[InputError]) -> list[str]:
    lines = [e.one_line() for e in errors]
    assert all("\n" not in line for line in lines)
    return lines


# --------------------------------------------------------------------------------------- registry


def test_every_connector_is_a_registered_source_kind() -> None:
    assert {"reliefweb", "un-press", "undl-votes", "fts", "gdelt"} <= set(registry.kinds())


def test_an_ingest_input_is_a_source_spec() -> None:
    spec = spec_from_input("reliefweb:country=HTI&country=SOM&theme=Peacekeeping+and+Peacebuilding")
    assert spec.kind == "reliefweb"
    assert spec.options == {"country": ["HTI", "SOM"], "theme": "Peacekeeping and Peacebuilding"}
    assert (
        is_input("gdelt:query=haiti") and not is_input("https://example.org/x") and not is_input("notes.txt")
    )
    assert not is_input("C:notes.txt") and not is_input("mailto:someone")


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ("reliefweb:contry=HTI", "unknown option 'contry' for kind reliefweb (known: api, appname"),
        ("fts:plan=abc", "option 'plan' must be an FTS id (digits), not 'abc'"),
        ("fts:year=2024", "give either 'plan' or 'emergency'"),
        ("gdelt:timespan=7d", "option 'query' is required"),
        ("gdelt:query=x&start=yesterday", "option 'start' must be a date"),
        ("undl-votes:since=2024-01-01", "give either 'url'"),
        ("reliefweb:max=0", "option 'max' must be between 1 and 100000, not 0"),
    ],
)
def test_bad_options_are_one_line_errors_naming_the_source(
    spec: str, reason: str, settings: Settings
) -> None:
    docs, errors = read(spec, settings)
    assert docs == []
    [line] = one_liners(errors)
    assert line.startswith(f"error: {spec}: ") and reason in line


# -------------------------------------------------------------------------------------- ReliefWeb


def serve_reliefweb(api: Api) -> None:
    api.sample("/v2/reports?page=", "reliefweb_page1.json")
    api.sample("/v2/reports?page=2", "reliefweb_page2.json")
    api.answer(
        "/files/sc-extension.txt",
        200,
        b"The Council extended the support mission's authorization for a year.\n",
    )


def test_reliefweb_reports_become_documents_with_publisher_url_and_dates(
    api: Api, settings: Settings
) -> None:
    serve_reliefweb(api)
    spec = f"reliefweb:country=HTI&theme=Peacekeeping and Peacebuilding&api={api.base}/v2/reports"
    docs, errors = read(spec, settings)
    assert [d.meta["reliefweb_id"] for d in docs] == ["4100001", "4100004"]
    first, second = docs
    assert first.url == "https://reliefweb.int/report/haiti/haiti-humanitarian-access-update-october-2024"
    assert (
        first.outlet == "UN Office for the Coordination of Humanitarian Affairs"
    )  # the publisher, not ReliefWeb
    assert first.published == "2024-10-30" and first.meta["date_created"].startswith("2024-10-31")
    assert first.title == "Haiti: Humanitarian access update, October 2024"
    assert first.meta["origin"].startswith("https://www.unocha.org/")
    assert first.meta["files"] == [
        "https://reliefweb.int/attachments/aaaa/access-update.pdf"
    ]  # a pointer only
    assert first.meta["entry_key"] == "reliefweb:4100001" and first.language == "en"
    assert "400 personnel" in first.text
    # the second page (followed through links.next.href) has a report whose text is in its file
    assert second.outlet == "UN Security Council" and second.published == "2024-09-30"
    assert second.url == "https://reliefweb.int/node/4100004" and "extended" in second.text
    assert second.meta["read_from_file"].endswith("/files/sc-extension.txt")
    # the two bad records cost one line each, naming the source and the record
    lines = one_liners(errors)
    assert len(lines) == 2
    assert lines[0] == f"error: {spec}#4100002: report has no body text and no attached file to read"
    assert lines[1] == f"error: {spec}: a report in the list is not an object with 'fields'"
    # the query: appname, country as ISO3, theme, the fields asked for
    first_query = parse_qs(urlsplit(api.requests[0]).query)
    assert first_query["appname"] == ["test-app"]
    assert first_query["filter[conditions][0][field]"] == ["country.iso3"]
    assert first_query["filter[conditions][0][value][]"] == ["hti"]
    assert first_query["filter[conditions][1][value][]"] == ["Peacekeeping and Peacebuilding"]
    assert "date.original" in first_query["fields[include][]"]
    assert "page=2" in api.requests[1]


def test_reliefweb_needs_an_appname(api: Api) -> None:
    settings = Settings(reliefweb_appname=None, host_interval=0.0)
    spec = f"reliefweb:country=HTI&api={api.base}/v2/reports"
    docs, errors = read(spec, settings)
    assert docs == [] and api.requests == []
    [line] = one_liners(errors)
    assert line.startswith(
        f"error: {spec}: ReliefWeb needs an approved appname: set MISSIONWATCH_RELIEFWEB_APPNAME"
    )


def test_reliefweb_refusal_and_non_json_are_one_line_errors_and_the_batch_goes_on(
    api: Api, settings: Settings
) -> None:
    api.answer(
        "/refused", 403, b'{"status":403,"error":{"type":"AccessDeniedHttpException"}}', "application/json"
    )
    api.answer("/html", 200, b"<html><body>maintenance</body></html>", "text/html")
    api.answer("/ok.txt", 200, b"Kenya said it would send 600 more police officers to Haiti.\n")
    specs = [f"reliefweb:api={api.base}/refused", f"reliefweb:api={api.base}/html", f"{api.base}/ok.txt"]
    items = list(read_inputs(specs, allow_private=True, settings=settings))
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Document"]
    refused, html = (i.one_line() for i in items[:2] if isinstance(i, InputError))
    assert refused.startswith(f"error: {specs[0]} (page 1): HTTP 403")
    assert html.startswith(f"error: {specs[1]} (page 1): the API answered with something that is not JSON")


# ---------------------------------------------------------------------------------------- UN press


def serve_unpress(api: Api) -> None:
    api.sample("/en/content/security-council/meetings-coverage?page=", "unpress_listing1.html")
    api.sample("/en/content/security-council/meetings-coverage?page=1", "unpress_listing2.html")
    for number in ("15840", "15838", "15829"):
        api.sample(f"/en/2024/sc{number}.doc.htm", f"unpress_sc{number}.html")


def test_un_press_listing_pages_become_releases_with_symbol_publisher_and_date(
    api: Api, settings: Settings
) -> None:
    serve_unpress(api)
    spec = f"un-press:url={api.base}/en/content/security-council/meetings-coverage&pages=2&since=2024-01-01"
    docs, errors = read(spec, settings)
    assert [d.meta["symbol"] for d in docs] == ["SC/15840", "SC/15838", "SC/15829"]
    sc15840, sc15838, sc15829 = docs
    assert all(d.outlet == "United Nations, Meetings Coverage and Press Releases" for d in docs)
    assert sc15840.url == f"{api.base}/en/2024/sc15840.doc.htm"
    assert sc15840.published == "2024-09-30"  # the page's own date wins over the listing's
    assert sc15838.published == "2024-09-27" and sc15838.meta["published_from"] == "listing"
    assert sc15829.published == "2024-09-18"
    assert "Multinational Security Support" in sc15840.text
    assert not any("sc15100" in r for r in api.requests)  # dated before `since`: not fetched
    [line] = one_liners(errors)  # the missing release on page 2 costs that release only
    assert line == f"error: {api.base}/en/2024/sc15830.doc.htm: HTTP 404 Not Found"


def test_un_press_reads_a_feed_too(api: Api, settings: Settings) -> None:
    serve_unpress(api)
    api.sample("/feed.xml", "unpress_feed.xml")
    docs, errors = read(f"un-press:url={api.base}/feed.xml", settings)
    assert errors == []
    assert [(d.meta["symbol"], d.published) for d in docs] == [
        ("SC/15840", "2024-09-30"),
        ("SC/15838", "2024-09-27"),
    ]
    assert all(d.outlet == "United Nations, Meetings Coverage and Press Releases" for d in docs)


def test_a_listing_row_without_a_date_does_not_take_its_neighbours(api: Api, settings: Settings) -> None:
    serve_unpress(api)
    rows = (
        '<div class="view-content"><div class="views-row"><time datetime="2024-10-01">1 October</time>'
        '<a href="/en/2024/sc15840.doc.htm">A</a></div>'
        '<div class="views-row"><a href="/en/2024/sc15838.doc.htm">B</a></div></div>'
    )
    api.answer("/rows", 200, f"<html><body>{rows}</body></html>".encode(), "text/html")
    docs, _ = read(f"un-press:url={api.base}/rows", settings)
    assert [(d.meta["symbol"], d.published) for d in docs] == [("SC/15840", "2024-09-30"), ("SC/15838", None)]


def test_un_press_listing_without_releases_is_an_error(api: Api, settings: Settings) -> None:
    api.answer("/empty", 200, b"<html><body><p>Nothing to list today at all.</p></body></html>", "text/html")
    spec = f"un-press:url={api.base}/empty"
    docs, errors = read(spec, settings)
    assert docs == []
    assert one_liners(errors) == [f"error: {spec}: listing has no links to press releases (*.doc.htm)"]


# ------------------------------------------------------------------------------------- UNDL votes


def test_undl_votes_csv_by_url_becomes_one_document_per_resolution(api: Api, settings: Settings) -> None:
    api.sample("/record/4055387/files/2025_7_21_sc_voting.csv", "undl_votes.csv")
    csv_url = f"{api.base}/record/4055387/files/2025_7_21_sc_voting.csv"
    spec = f"undl-votes:url={csv_url}"
    docs, errors = read(spec, settings)
    assert [d.meta["symbol"] for d in docs] == ["S/RES/2751 (2024)", "S/RES/2743 (2024)"]  # newest first
    mss, binuh = docs
    assert mss.url == "https://digitallibrary.un.org/record/4061001"
    assert mss.outlet == "United Nations, Dag Hammarskjöld Library"
    assert mss.published == "2024-09-30" and mss.meta["mission"] == "MSS"
    assert mss.meta["votes"] == {"CHN": "yes", "KEN": "yes", "USA": "yes"} and mss.meta["tally"] == [3, 0, 0]
    assert mss.meta["dataset_version"] == "2025-07-21" and mss.meta["meeting"] == "S/PV.9740"
    assert "Vote: 3 in favour, 0 against, 0 abstentions." in mss.text
    assert binuh.meta["votes"]["RUS"] == "abstain" and "Abstaining: Russia" in binuh.text
    [line] = one_liners(errors)  # the same row check as `kb import-votes`
    assert line == f"error: {csv_url}:8: vote 'Q' is not one of Y, N, A, X"


def test_undl_votes_from_a_file_filtered_by_mission(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "2025_7_21_sc_voting.csv"
    path.write_bytes((SAMPLES / "undl_votes.csv").read_bytes())
    docs, _errors = read(f"undl-votes:file={path}&mission=BINUH", settings)
    assert [d.meta["resolution"] for d in docs] == ["2743"]
    assert docs[0].published == "2024-07-15"


def test_the_connector_and_kb_import_votes_read_the_csv_alike(tmp_path: Path) -> None:
    from missionwatch.kb import undl

    path = tmp_path / "votes.csv"
    path.write_bytes((SAMPLES / "undl_votes.csv").read_bytes())
    from_file = undl.read_csv(path, display="x")
    from_text = undl.read_csv_text(path.read_text(encoding="utf-8"), display="x")
    assert from_file == from_text and len(from_file.resolutions) == 2


# --------------------------------------------------------------------------------------------- FTS


def serve_fts(api: Api) -> None:
    api.sample("/v1/public/fts/flow?page=", "fts_page1.json")
    api.sample("/v1/public/fts/flow?page=2", "fts_page2.json")


def test_fts_flows_keep_pledge_commitment_and_paid_apart(api: Api, settings: Settings) -> None:
    serve_fts(api)
    spec = f"fts:plan=1185&api={api.base}/v1/public/fts/flow"
    docs, errors = read(spec, settings)
    totals, *flows = docs
    assert totals.meta["fts_totals"] == {"funding_usd": 3500000, "pledges_usd": 1000000, "flow_count": 3}
    assert "funding received US$3,500,000 (commitments and paid contributions)" in totals.text
    assert [f.meta["fts"]["status"] for f in flows] == ["paid", "commitment", "pledge", "paid"]
    paid = flows[0]
    assert paid.url == "https://fts.unocha.org/plans/1185/flows"
    assert paid.outlet == "OCHA Financial Tracking Service" and paid.published == "2024-03-01"
    assert paid.text.startswith(
        "The Government of Canada paid US$2,500,000 to World Food Programme"
        " for Haiti Humanitarian Response Plan 2024."
    )
    record = paid.meta["fts"]
    assert record["donors"] == ["Canada, Government of"]  # as FTS files it; the sentence says it plainly
    assert record["original_currency"] == "CAD" and record["amount_usd"] == 2500000
    assert record["donor_locations"] == ["Canada"] and record["plans"] == [
        "Haiti Humanitarian Response Plan 2024"
    ]
    assert paid.meta["entry_key"] == "fts:flow:300001:v2"
    assert flows[2].meta["fts"]["amount_usd"] == 1000000.0  # given as a string: read as a number
    assert flows[3].published == "2024-06-01" and flows[3].meta["fts"]["boundary"] == "internal"
    assert parse_qs(urlsplit(api.requests[0]).query)["planId"] == ["1185"]
    [line] = one_liners(errors)  # the flow with an unknown status costs that flow only
    assert line == f"error: {spec}#flow-300004: flow status 'refunded' is not pledge, commitment or paid"


def test_fts_status_filter(api: Api, settings: Settings) -> None:
    serve_fts(api)
    docs, _ = read(f"fts:plan=1185&status=pledge&api={api.base}/v1/public/fts/flow", settings)
    assert [d.meta["fts"]["status"] for d in docs if "fts" in d.meta] == ["pledge"]


def test_a_503_then_200_is_retried_and_a_lasting_429_is_one_line(api: Api, settings: Settings) -> None:
    api.answer("/flaky", 503, b"busy", **{"Retry-After": "0"})
    api.sample("/flaky", "fts_page2.json")
    api.answer("/limited", 429, b"slow down", **{"Retry-After": "0"})
    docs, errors = read(f"fts:plan=1185&api={api.base}/flaky", settings)
    assert [d.meta["fts"]["flow_id"] for d in docs if "fts" in d.meta] == ["300005"]
    assert api.requests.count("/flaky?planId=1185&limit=500") == 2
    spec = f"fts:plan=1185&api={api.base}/limited"
    docs, errors = read(spec, settings)
    assert docs == []
    assert one_liners(errors) == [f"error: {spec}: HTTP 429 Too Many Requests (after 4 attempts)"]


# ------------------------------------------------------------------------------------------- GDELT


def serve_gdelt(api: Api) -> None:
    api.sample("/api/v2/doc/doc", "gdelt_artlist.json")
    api.sample("/news/kenyan-police-haiti.html", "gdelt_article_kenya.html")
    api.sample("/news/undated.html", "gdelt_article_undated.html")


def test_gdelt_discovers_urls_read_by_the_web_reader(api: Api, settings: Settings) -> None:
    serve_gdelt(api)
    spec = f'gdelt:query="Haiti" police&timespan=7d&api={api.base}/api/v2/doc/doc'
    docs, errors = read(spec, settings)
    kenya, undated = docs  # the repeated URL is read once
    assert kenya.url == f"{api.base}/news/kenyan-police-haiti.html"
    assert kenya.outlet == "Harbour Gazette" and kenya.published == "2024-10-11"
    assert kenya.meta["gdelt"]["sourcecountry"] == "Kenya" and kenya.meta["discovered_by"] == "GDELT DOC 2.0"
    assert undated.published == "2024-10-11" and undated.meta["published_from"] == "gdelt_seendate"
    assert undated.title == "Mission support fund receives new contributions"
    [line] = one_liners(errors)
    assert line == f"error: {api.base}/news/gone.html: HTTP 404 Not Found"
    query = parse_qs(urlsplit(api.requests[0]).query)
    assert query["mode"] == ["artlist"] and query["format"] == ["json"] and query["timespan"] == ["7d"]
    assert query["query"] == ['"Haiti" police']


def test_gdelt_reads_a_period_window_by_window(api: Api, settings: Settings) -> None:
    serve_gdelt(api)
    spec = f"gdelt:query=haiti&start=2024-10-10&end=2024-10-12&window=24&api={api.base}/api/v2/doc/doc"
    docs, _ = read(spec, settings)
    windows = [parse_qs(urlsplit(r).query) for r in api.requests if r.startswith("/api/v2/doc/doc")]
    assert [(w["startdatetime"][0], w["enddatetime"][0]) for w in windows] == [
        ("20241011000000", "20241012000000"),
        ("20241010000000", "20241011000000"),
    ]
    assert len(docs) == 2  # the same articles in both windows are read once


def test_gdelt_plain_text_refusal_is_one_line(api: Api, settings: Settings) -> None:
    api.answer("/refuses", 200, b"Your search contained a phrase that was too short.\n", "text/html")
    spec = f"gdelt:query=a&api={api.base}/refuses"
    docs, errors = read(spec, settings)
    assert docs == []
    assert one_liners(errors) == [
        f"error: {spec}: GDELT refused the query: Your search contained a phrase that was too short."
    ]


# ------------------------------------------------------------------------------------------- guard


@pytest.fixture
def only_loopback_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard as in production, except that this test's own server on 127.0.0.1 is allowed."""
    original = web.blocked_reason

    def reason(address: Any) -> str | None:
        return None if str(address) == "127.0.0.1" else original(address)

    monkeypatch.setattr(web, "blocked_reason", reason)


def test_the_guard_stays_on_for_discovered_links_and_redirects(
    api: Api, settings: Settings, only_loopback_allowed: None
) -> None:
    body = (
        '{"articles": [{"url": "http://10.1.2.3/admin", "title": "x", "seendate": "20241012T081500Z"},'
        f' {{"url": "{api.base}/hop", "title": "y", "seendate": "20241012T081500Z"}}]}}'
    ).encode()
    api.answer("/artlist", 200, body, "application/json")
    api.answer("/hop", 302, b"", Location="http://169.254.169.254/latest/meta-data/")
    spec = f"gdelt:query=x&api={api.base}/artlist"
    docs, errors = read(spec, settings, allow_private=False)
    assert docs == []
    private, hop = one_liners(errors)
    assert private.startswith("error: http://10.1.2.3/admin: refused: 10.1.2.3 is a private address")
    assert hop.startswith(
        f"error: {api.base}/hop: redirect to http://169.254.169.254/latest/meta-data/: refused"
    )


def test_an_api_on_a_private_address_is_refused_without_allow_private(api: Api, settings: Settings) -> None:
    serve_fts(api)
    spec = f"fts:plan=1185&api={api.base}/v1/public/fts/flow"
    docs, errors = read(spec, settings, allow_private=False)
    assert docs == [] and api.requests == []
    [line] = one_liners(errors)
    assert line.startswith(f"error: {spec}: refused: 127.0.0.1 is a loopback address")


# -------------------------------------------------------------------------------------------- ingest


def test_ingest_stores_a_connectors_documents(
    api: Api, tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISSIONWATCH_HOST_INTERVAL", "0")
    serve_fts(api)
    db = tmp_path / "mw.db"
    spec = f"fts:plan=1185&api={api.base}/v1/public/fts/flow"
    result = cli("ingest", spec, "--db", str(db), "--no-extract", "--allow-private", "--format", "json")
    assert result.exit_code == 1  # one flow failed; the others are stored
    import json

    summary = json.loads(result.stdout)
    assert summary["stored"] == 5 and summary["failed"] == 1
    from missionwatch.ledger import open_ledger

    ledger = open_ledger(str(db))
    try:
        stored = ledger.documents(limit=10)
        assert {d.outlet for d in stored} == {"OCHA Financial Tracking Service"}
        assert all(d.url == "https://fts.unocha.org/plans/1185/flows" and d.published for d in stored)
    finally:
        ledger.close()


# ------------------------------------------------------------------------------------------ watch


def poll(spec: str, settings: Settings, *, seen: Callable[[str], bool], unchanged: bool = False) -> list[Any]:
    """Poll a connector as ``watch`` does, with a context that says what is stored and unchanged."""
    from missionwatch.sources.connectors import OnceContext
    from missionwatch.sources.http import WatchHttp

    class Context(OnceContext):
        def conditional_get(self, url: str, *, headers: Any = None) -> Any:
            return None if unchanged else super().conditional_get(url, headers=headers)

        def seen(self, key: str) -> bool:
            return seen(key)

    source = registry.build(spec_from_input(spec))
    with WatchHttp(settings=settings, allow_private=True) as http:
        items = list(source.poll(Context(spec=source, settings=settings, allow_private=True, http=http)))
    # a record stored before is reported as AlreadySeen (watch counts it as "seen before")
    return [i for i in items if not isinstance(i, AlreadySeen)]


def already_seen(spec: str, settings: Settings, seen: Callable[[str], bool]) -> list[str]:
    """The keys a poll reports as stored before."""
    from missionwatch.sources.connectors import OnceContext
    from missionwatch.sources.http import WatchHttp

    class Context(OnceContext):
        def seen(self, key: str) -> bool:
            return seen(key)

    source = registry.build(spec_from_input(spec))
    with WatchHttp(settings=settings, allow_private=True) as http:
        items = source.poll(Context(spec=source, settings=settings, allow_private=True, http=http))
        return [i.input or "" for i in items if isinstance(i, AlreadySeen)]


def test_records_already_stored_are_not_fetched_again(api: Api, settings: Settings) -> None:
    serve_gdelt(api)
    stored = {f"{api.base}/news/kenyan-police-haiti.html", f"{api.base}/news/gone.html"}
    items = poll(f"gdelt:query=haiti&api={api.base}/api/v2/doc/doc", settings, seen=stored.__contains__)
    assert [i.url for i in items] == [f"{api.base}/news/undated.html"]
    assert not any(r.startswith(("/news/kenyan", "/news/gone")) for r in api.requests)
    serve_fts(api)
    items = poll(
        f"fts:plan=1185&api={api.base}/v1/public/fts/flow", settings, seen=lambda k: k != "fts:flow:300002:v1"
    )
    assert [i.meta["entry_key"] for i in items if isinstance(i, Document)] == ["fts:flow:300002:v1"]
    reported = already_seen(f"fts:plan=1185&api={api.base}/v1/public/fts/flow", settings, lambda k: True)
    assert "fts:flow:300001:v2" in reported and any(k.startswith("fts:plan:1185:totals:") for k in reported)


def test_an_unchanged_listing_or_csv_304_yields_nothing(api: Api, settings: Settings) -> None:
    for spec in (f"un-press:url={api.base}/listing", f"undl-votes:url={api.base}/2025_7_21_sc_voting.csv"):
        assert poll(spec, settings, seen=lambda _k: False, unchanged=True) == []
    assert api.requests == []  # the test's context answered "304" itself


def test_a_long_retry_after_is_reported_for_watch_to_come_back_later(api: Api, settings: Settings) -> None:
    from missionwatch.sources.http import RetryLater

    api.answer("/busy", 429, b"later", **{"Retry-After": "3600"})
    spec = f"fts:plan=1185&api={api.base}/busy"
    _docs, [error] = read(spec, settings)
    assert isinstance(error, RetryLater) and error.after == 3600  # the class survives, naming the source
    assert error.one_line() == f"error: {spec}: HTTP 429 Too Many Requests (Retry-After 3600 s)"
    assert len(api.requests) == 1  # not waited for in-process


def test_reliefweb_stops_paging_at_a_page_stored_before(api: Api, settings: Settings) -> None:
    import json

    def page(ids: list[str], nxt: str | None) -> bytes:
        data = [{"id": i, "fields": {"title": f"Report {i}", "body": f"Text of report {i}."}} for i in ids]
        links = {"next": {"href": f"{api.base}{nxt}"}} if nxt else {}
        return json.dumps({"data": data, "links": links, "count": len(ids)}).encode()

    api.answer("/v2/reports?page=", 200, page(["1", "2"], "/v2/reports?page=2"), "application/json")
    api.answer("/v2/reports?page=2", 200, page(["3"], None), "application/json")
    spec = f"reliefweb:api={api.base}/v2/reports"
    items = poll(spec, settings, seen={"reliefweb:1"}.__contains__)
    assert [i.meta["reliefweb_id"] for i in items] == ["2", "3"] and len(api.requests) == 2
    api.requests.clear()
    assert poll(spec, settings, seen={"reliefweb:1", "reliefweb:2"}.__contains__) == []
    assert len(api.requests) == 1  # newest first: nothing new on page 1, so page 2 is not asked for
