"""URL and feed reading against a local HTTP server on 127.0.0.1, and the private-address guard."""

from __future__ import annotations

import functools
import gzip
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources import read_inputs, read_url, web
from missionwatch.sources.web import GuardedBackend, GuardRefused, blocked_reason, check_url

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
PLAIN = b"Published: 2024-10-11\n\nKenya said it would send 600 more police officers to Haiti.\n"

Route = Callable[[BaseHTTPRequestHandler], None]


def respond(
    status: int,
    body: bytes = b"",
    content_type: str | None = "text/plain",
    headers: dict[str, str] | None = None,
) -> Route:
    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return handle


class Server:
    """A threaded HTTP server on 127.0.0.1 serving ``routes`` (path → route), stopped by the fixture."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []  # (path, user agent)
        self.release = threading.Event()
        self.streamed = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests.append((self.path, self.headers.get("User-Agent", "")))
                route = outer.routes.get(self.path)
                if route is None:
                    respond(404, b"not here")(self)
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    try:
        yield srv
    finally:
        srv.stop()


def fetch_all(url: str, **kw) -> list[Document | InputError]:
    return list(read_inputs([url], allow_private=kw.pop("allow_private", True), **kw))


def only_error(url: str, **kw) -> InputError:
    items = fetch_all(url, **kw)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


# --- pages -----------------------------------------------------------------------------------


def test_html_page_by_url_with_user_agent(server: Server) -> None:
    page = (FIXTURES / "gsf-vote.html").read_bytes()
    server.routes["/gsf"] = respond(200, page, "text/html; charset=utf-8")
    (doc,) = fetch_all(server.base + "/gsf", settings=Settings(user_agent="MissionWatchTest/1"))
    assert isinstance(doc, Document)
    assert doc.source == server.base + "/gsf" and doc.url == server.base + "/gsf"
    assert doc.meta["canonical_url"] == "https://wire.example.org/2025/09/30/gsf-vote"
    assert doc.content_type == "text/html" and "5,500 uniformed personnel" in doc.text
    assert server.requests == [("/gsf", "MissionWatchTest/1")]


def test_pdf_and_text_by_url_and_sniffing(server: Server) -> None:
    pdf_bytes = (FIXTURES / "report.pdf").read_bytes()
    server.routes["/report"] = respond(200, pdf_bytes, "application/octet-stream")
    server.routes["/plain.txt"] = respond(200, PLAIN, "text/plain; charset=utf-8")
    pdf, text = fetch_all(server.base + "/report") + fetch_all(server.base + "/plain.txt")
    assert isinstance(pdf, Document) and pdf.content_type == "application/pdf" and "991" in pdf.text
    assert isinstance(text, Document) and text.published == "2024-10-11" and text.url.endswith("/plain.txt")


def test_declared_latin1_charset_is_honoured(server: Server) -> None:
    body = "Published: 2024-06-25\n\nLes policiers sont arrivés à Port-au-Prince mardi.".encode("latin-1")
    server.routes["/fr"] = respond(200, body, "text/plain; charset=ISO-8859-1")
    (doc,) = fetch_all(server.base + "/fr")
    assert isinstance(doc, Document) and "arrivés à" in doc.text and "warnings" not in doc.meta


def test_gzip_body_is_decompressed(server: Server) -> None:
    server.routes["/gz"] = respond(200, gzip.compress(PLAIN), "text/plain", {"Content-Encoding": "gzip"})
    (doc,) = fetch_all(server.base + "/gz")
    assert isinstance(doc, Document) and "600 more police" in doc.text


def test_redirects_are_followed(server: Server) -> None:
    server.routes["/old"] = respond(301, headers={"Location": "/mid"})
    server.routes["/mid"] = respond(302, headers={"Location": server.base + "/plain.txt"})
    server.routes["/plain.txt"] = respond(200, PLAIN)
    (doc,) = fetch_all(server.base + "/old")
    assert isinstance(doc, Document)
    assert doc.source == server.base + "/old" and doc.url == server.base + "/plain.txt"


def test_redirect_loop(server: Server) -> None:
    server.routes["/loop"] = respond(302, headers={"Location": "/loop"})
    err = only_error(server.base + "/loop")
    assert err.one_line() == f"error: {server.base}/loop: too many redirects (more than 5)"


def test_http_error_status(server: Server) -> None:
    server.routes["/gone"] = respond(410, b"gone")
    assert only_error(server.base + "/gone").one_line() == f"error: {server.base}/gone: HTTP 410 Gone"
    assert only_error(server.base + "/nope").one_line() == f"error: {server.base}/nope: HTTP 404 Not Found"


def test_unreachable_host() -> None:
    with socket.socket() as sock:  # a port nobody listens on: bind, note it, close
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = only_error(f"http://127.0.0.1:{port}/x")
    assert err.input == f"http://127.0.0.1:{port}/x" and "cannot fetch (ConnectError" in err.reason


def test_unresolvable_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> list[object]:  # no real DNS query from a unit test
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    err = only_error("http://no-such-host.invalid/article")
    assert err.input == "http://no-such-host.invalid/article"
    assert "cannot resolve host 'no-such-host.invalid'" in err.reason


def test_timeout(server: Server) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        server.release.wait(10)

    server.routes["/slow"] = slow
    err = only_error(server.base + "/slow", settings=Settings(http_timeout=0.3))
    assert err.one_line() == f"error: {server.base}/slow: timed out after 0.3 s"


def test_declared_length_over_cap_is_refused_before_reading(server: Server) -> None:
    server.routes["/big"] = respond(200, b"x" * 5000)
    err = only_error(server.base + "/big", settings=Settings(max_document_bytes=1000))
    assert "too large: 5000 bytes is over the 1000-byte limit" in err.one_line()


def test_size_cap_enforced_while_streaming(server: Server) -> None:
    chunk = b"Kenya sent more officers. " * 40  # ~1 KB
    total = 4000 * len(chunk)  # ~4 MB if nobody stops reading

    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()  # no Content-Length: the client must count
        try:
            for _ in range(4000):
                handler.wfile.write(chunk)
                server.streamed += len(chunk)
        except OSError:
            pass

    server.routes["/endless"] = endless
    err = only_error(server.base + "/endless", settings=Settings(max_document_bytes=20_000))
    assert err.input == server.base + "/endless"
    assert "too large: stopped after" in err.reason and "20000-byte limit" in err.reason
    assert server.streamed < total


def test_empty_and_binary_bodies(server: Server) -> None:
    server.routes["/empty"] = respond(200, b"")
    server.routes["/bin"] = respond(200, b"\x00\x01\x02" * 100, "text/plain")
    assert only_error(server.base + "/empty").one_line() == f"error: {server.base}/empty: empty input"
    assert "binary file" in only_error(server.base + "/bin").reason


def test_read_url_returns_documents_or_raises(server: Server) -> None:
    server.routes["/plain.txt"] = respond(200, PLAIN)
    (doc,) = read_url(server.base + "/plain.txt", allow_private=True)
    assert doc.published == "2024-10-11"
    with pytest.raises(InputError, match="HTTP 404"):
        read_url(server.base + "/missing", allow_private=True)


# --- feeds -----------------------------------------------------------------------------------


def serve_feed(server: Server) -> None:
    rss = (FIXTURES / "mission-news.rss").read_text().replace("{base}", server.base).encode()
    server.routes["/feed"] = respond(200, rss, "application/rss+xml")
    page = (FIXTURES / "gsf-vote.html").read_bytes()
    server.routes["/news/gsf-vote.html"] = respond(200, page, "text/html")


def test_rss_feed_entries_content_or_fetched_link(server: Server) -> None:
    serve_feed(server)
    first, second, third = fetch_all(server.base + "/feed")
    assert isinstance(first, Document)
    assert first.content_type == "application/rss+xml" and first.title == "Second Kenyan contingent lands"
    assert first.published == "2024-07-16" and first.outlet == "Haiti Mission Test Feed"
    assert first.language == "en" and first.source == server.base + "/news/second-contingent"
    assert first.text.startswith("About 200 more Kenyan police") and "\n\n" in first.text
    assert first.meta["feed"] == server.base + "/feed"
    assert isinstance(second, Document)  # teaser only: the link was fetched
    assert second.content_type == "text/html" and "5,500 uniformed personnel" in second.text
    assert second.meta["feed"] == server.base + "/feed"
    assert isinstance(third, InputError)
    assert third.one_line() == f"error: {server.base}/news/removed: HTTP 404 Not Found"
    assert "/news/second-contingent" not in [path for path, _ in server.requests]


def test_feed_served_as_text_xml_is_sniffed(server: Server) -> None:
    atom = (FIXTURES / "mission-news.atom").read_bytes()
    server.routes["/atom"] = respond(200, atom, "text/html")
    (doc,) = fetch_all(server.base + "/atom")
    assert isinstance(doc, Document)
    assert doc.content_type == "application/atom+xml" and doc.language == "fr"
    assert doc.published == "2025-02-05" and doc.source == server.base + "/atom#1"


def test_feed_with_no_entries(server: Server) -> None:
    server.routes["/quiet"] = respond(200, (FIXTURES / "no-entries.rss").read_bytes(), "application/rss+xml")
    assert only_error(server.base + "/quiet").one_line() == f"error: {server.base}/quiet: feed has no entries"


def test_local_feed_file_fetches_links_through_the_guard(tmp_path: Path) -> None:
    feed = tmp_path / "saved.rss"
    feed.write_text((FIXTURES / "mission-news.rss").read_text().replace("{base}", "http://10.1.2.3"))
    items = list(read_inputs([str(feed)]))
    assert isinstance(items[0], Document) and items[0].meta["feed"] == str(feed)
    assert isinstance(items[1], InputError)
    assert items[1].one_line() == (
        "error: http://10.1.2.3/news/gsf-vote.html: refused: 10.1.2.3 is a "
        "private address (pass --allow-private to fetch it)"
    )


def test_local_empty_feed_file() -> None:
    path = FIXTURES / "no-entries.rss"
    (err,) = list(read_inputs([str(path)]))
    assert isinstance(err, InputError) and err.one_line() == f"error: {path}: feed has no entries"


# --- the guard -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("127.8.9.10", "a loopback address"),
        ("::1", "a loopback address"),
        ("10.0.0.5", "a private address"),
        ("172.16.3.4", "a private address"),
        ("192.168.1.1", "a private address"),
        ("fd00::1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("224.0.0.1", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("::", "an unspecified address"),
        ("240.0.0.1", "a reserved address"),
        ("100.64.0.1", "a non-public address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("8.8.8.8", None),
        ("2606:4700::1111", None),
    ],
)
def test_blocked_reason(address: str, reason: str | None) -> None:
    assert blocked_reason(address) == reason


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://[::1]:8080/x",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data",
        "https://192.168.0.10/a",
        "http://0.0.0.0/",
        "http://localhost/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_guard_refuses_private_urls_without_traffic(url: str) -> None:
    err = only_error(url, allow_private=False)
    assert err.input == url and "refused:" in err.reason and "pass --allow-private" in err.reason


def test_guard_refuses_our_own_server_without_allow_private(server: Server) -> None:
    server.routes["/plain.txt"] = respond(200, PLAIN)
    err = only_error(server.base + "/plain.txt", allow_private=False)
    assert err.reason == "refused: 127.0.0.1 is a loopback address (pass --allow-private to fetch it)"
    assert server.requests == []


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "http:///nohost"])
def test_check_url_refuses_other_schemes_and_no_host(url: str) -> None:
    with pytest.raises(GuardRefused):
        check_url(url, allow_private=True)


def test_redirect_to_private_address_is_refused(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend the test server's 127.0.0.1 is public, so only the redirect's target is private.
    real = web.blocked_reason
    monkeypatch.setattr(web, "blocked_reason", lambda a: None if str(a) == "127.0.0.1" else real(a))
    server.routes["/plain.txt"] = respond(200, PLAIN)
    server.routes["/hop"] = respond(302, headers={"Location": "http://169.254.169.254/latest/meta-data"})
    (doc,) = fetch_all(server.base + "/plain.txt", allow_private=False)
    assert isinstance(doc, Document)
    err = only_error(server.base + "/hop", allow_private=False)
    assert err.one_line() == (
        f"error: {server.base}/hop: redirect to http://169.254.169.254/latest/meta-data: "
        "refused: 169.254.169.254 is a link-local address (pass --allow-private to fetch it)"
    )


def test_connect_time_check_catches_rebinding(monkeypatch: pytest.MonkeyPatch) -> None:
    # A name that resolved to a public address at check time resolves to loopback at connect time.
    monkeypatch.setattr(web, "resolve", lambda host, port: ["127.0.0.1"])
    with pytest.raises(GuardRefused, match=r"example\.org resolves to 127\.0\.0\.1, a loopback address"):
        GuardedBackend(allow_private=False).connect_tcp("news.example.org", 80)


def test_transport_checks_the_address_it_connects_to(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    # Even when the pre-request check is fooled, the connection itself is refused.
    monkeypatch.setattr(web, "check_url", lambda url, allow_private=False: None)
    server.routes["/plain.txt"] = respond(200, PLAIN)
    err = only_error(server.base + "/plain.txt", allow_private=False)
    assert err.reason == "refused: 127.0.0.1 is a loopback address (pass --allow-private to fetch it)"
    assert server.requests == []


def test_redirect_status_without_location(server: Server) -> None:
    server.routes["/odd"] = respond(302, b"moved somewhere")
    assert only_error(server.base + "/odd").reason == "HTTP 302 redirect without a Location"


def test_slow_drip_hits_the_overall_deadline(server: Server) -> None:
    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        try:
            for _ in range(100):
                handler.wfile.write(b"Kenya sent officers. ")
                handler.wfile.flush()
                if server.release.wait(0.05):
                    return
        except OSError:
            pass

    server.routes["/drip"] = drip
    err = only_error(server.base + "/drip", settings=Settings(http_timeout=0.4))
    assert err.reason == "timed out after 0.4 s"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_https_verifies_the_name_while_connecting_to_the_checked_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The backend connects to the IP it checked; TLS must still verify the certificate for the *name*.
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    server = Server()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.routes["/plain.txt"] = respond(200, PLAIN)
    port = server.httpd.server_address[1]
    try:
        trusting = ssl.create_default_context(cafile=str(cert))
        trusting_client = functools.partial(web.guarded_client, ssl_context=trusting)
        monkeypatch.setattr(web, "guarded_client", trusting_client)
        (doc,) = fetch_all(f"https://localhost:{port}/plain.txt")
        assert isinstance(doc, Document) and "600 more police" in doc.text
        err = only_error(f"https://127.0.0.1:{port}/plain.txt")  # the certificate does not name the IP
        assert "CERTIFICATE_VERIFY_FAILED" in err.reason or "certificate" in err.reason.lower()
    finally:
        server.stop()


def test_http_charset_wins_for_html(server: Server) -> None:
    page = (
        "<html><head><title>Mission</title></head><body><article><p>Les 400 policiers kenyans sont "
        "arrivés à Port-au-Prince mardi, a annoncé le gouvernement.</p><p>Ils sont les premiers d'une "
        "mission qui doit compter 2 500 policiers, selon le texte adopté.</p></article></body></html>"
    )
    server.routes["/fr.html"] = respond(200, page.encode("cp1252"), "text/html; charset=windows-1252")
    (doc,) = fetch_all(server.base + "/fr.html")
    assert isinstance(doc, Document) and "arrivés à Port-au-Prince" in doc.text and doc.language == "fr"


def test_feed_entries_beyond_the_limit_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from missionwatch.sources import feed as feed_reader

    monkeypatch.setattr(feed_reader, "MAX_FEED_ENTRIES", 2)
    items = "".join(
        f"<item><title>Entry {n}</title><description>Kenya sent {n} officers to Haiti.</description></item>"
        for n in range(5)
    )
    path = tmp_path / "long.rss"
    path.write_text(f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>')
    got = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in got] == ["Document", "Document", "InputError"]
    assert got[2].one_line() == f"error: {path}: feed has 5 entries; only the first 2 were read"
    assert got[0].meta["summary_only"] is True
