"""``missionwatch watch`` against a local HTTP server: conditional GET, retries, crash safety, state.

The server on 127.0.0.1 plays the sources (a feed with ETag, a page with Last-Modified, a flaky
source); ``--allow-private`` lets the guard through to it, and the host interval and retry waits
are set near zero so the tests wait for nothing real.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from missionwatch.errors import InputError
from missionwatch.ledger import open_ledger
from missionwatch.ledger.schema import DocumentRow
from missionwatch.ledger.watch_schema import WatchEntryRow

FAST = {
    "MISSIONWATCH_HOST_INTERVAL": "0",
    "MISSIONWATCH_RETRY_WAIT": "0.01",
    "MISSIONWATCH_RETRY_WAIT_MAX": "0.05",
    "MISSIONWATCH_RETRY_ATTEMPTS": "3",
}


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in FAST.items():
        monkeypatch.setenv(key, value)


Handler = Callable[[BaseHTTPRequestHandler, bytes], tuple[int, dict[str, str], bytes]]


class Site:
    """A threaded server whose routes are functions; every request is logged with its headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.log: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        outer = self

        class RequestHandler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with outer.lock:
                    outer.log.append(
                        {
                            "method": self.command,
                            "path": self.path,
                            "headers": dict(self.headers),
                            "body": body,
                        }
                    )
                route = outer.routes.get(self.path)
                status, headers, payload = (404, {}, b"not here") if route is None else route(self, body)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if payload:
                    self.wfile.write(payload)

            do_GET = _serve
            do_POST = _serve

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def requests(self, path: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.log if path is None or r["path"] == path]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    try:
        yield server
    finally:
        server.stop()


def rss(base: str, items: list[tuple[int, bool]]) -> bytes:
    """A feed of numbered items; True = the item carries its full text, False = only a teaser."""
    parts = []
    for n, full in items:
        text = f"Dispatch {n}: the patrol of unit {n} reached sector {n * 7} without incident on the coast."
        body = f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>" if full else ""
        parts.append(
            f"<item><title>Dispatch {n}</title><link>{base}/a/{n}</link>"
            f"<pubDate>Mon, 0{1 + n % 9} Sep 2025 10:00:00 GMT</pubDate>"
            f"<description>Teaser {n}</description>{body}</item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Harbour Gazette</title><link>{base}/</link>{''.join(parts)}</channel></rss>"
    ).encode()


def article(n: int) -> bytes:
    return (
        f"<html><head><title>Dispatch {n}</title></head><body><article><h1>Dispatch {n}</h1>"
        f"<p>The patrol of unit {n} crossed the northern district at dawn and returned to base by noon, "
        f"the harbour office said in its report number {n}.</p></article></body></html>"
    ).encode()


def feed_route(site: Site, items: list[tuple[int, bool]], etag: str) -> Handler:
    def handle(handler: BaseHTTPRequestHandler, _body: bytes) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, rss(site.base, items)

    return handle


def article_route(n: int, delay: float = 0.0) -> Handler:
    def handle(_handler: BaseHTTPRequestHandler, _body: bytes) -> tuple[int, dict[str, str], bytes]:
        if delay:
            time.sleep(delay)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, article(n)

    return handle


def write_sources(path: Path, body: str) -> str:
    path.write_text(body, encoding="utf-8")
    return str(path)


def count_documents(db: str) -> int:
    with open_ledger(db) as ledger, ledger.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(DocumentRow)).scalar_one())


def test_second_run_sends_conditional_requests_only_and_stores_nothing(
    cli, site: Site, tmp_path: Path
) -> None:
    site.routes["/feed.xml"] = feed_route(site, [(1, True), (2, False), (3, False)], '"v1"')
    for n in (2, 3):
        site.routes[f"/a/{n}"] = article_route(n)
    modified = "Wed, 01 Oct 2025 08:00:00 GMT"

    def page(handler: BaseHTTPRequestHandler, _body: bytes) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-Modified-Since") == modified:
            return 304, {}, b""
        return 200, {"Content-Type": "text/html", "Last-Modified": modified}, article(9)

    site.routes["/status.html"] = page
    sources = write_sources(
        tmp_path / "sources.toml",
        f'[[source]]\nname = "gazette"\nkind = "feed"\nurl = "{site.base}/feed.xml"\nevery = "15m"\n\n'
        f'[[source]]\nname = "status"\nkind = "page"\nurl = "{site.base}/status.html"\nevery = "1h"\n',
    )
    db = str(tmp_path / "w.db")
    args = ("watch", "--sources", sources, "--db", db, "--once", "--all", "--no-extract", "--allow-private")

    first = cli(*args)
    assert first.exit_code == 0, first.stderr
    assert count_documents(db) == 4
    assert len(site.requests()) == 4  # feed, two teaser links, page
    assert all("MissionWatch/" in r["headers"].get("User-Agent", "") for r in site.requests())

    second = cli(*args, "--format", "json")
    assert second.exit_code == 0, second.stderr
    again = site.requests()[4:]
    assert [
        (r["path"], r["headers"].get("If-None-Match"), r["headers"].get("If-Modified-Since")) for r in again
    ] == [
        ("/feed.xml", '"v1"', None),
        ("/status.html", None, modified),
    ]
    assert count_documents(db) == 4
    report = json.loads(second.stdout)
    assert [p["status"] for p in report["polls"]] == ["not_modified", "not_modified"]

    # a new entry: the feed is read again, only the new entry's page is fetched
    site.routes["/feed.xml"] = feed_route(site, [(1, True), (2, False), (3, False), (4, False)], '"v2"')
    site.routes["/a/4"] = article_route(4)
    third = cli(*args)
    assert third.exit_code == 0, third.stderr
    paths = [r["path"] for r in site.requests()[6:]]
    assert paths == ["/feed.xml", "/a/4", "/status.html"]
    assert count_documents(db) == 5

    listed = cli("sources", "--db", db, "--format", "json")
    state = {s["name"]: s for s in json.loads(listed.stdout)}
    assert state["gazette"]["entries"] == 4 and state["gazette"]["failures"] == 0
    assert state["gazette"]["validators"][f"{site.base}/feed.xml"]["etag"] == '"v2"'
    assert state["status"]["last_status"] == "not_modified"
    table = cli("sources", "--db", db)
    assert table.exit_code == 0 and "gazette" in table.stdout and "status" in table.stdout


def test_not_due_source_is_not_polled(cli, site: Site, tmp_path: Path) -> None:
    site.routes["/feed.xml"] = feed_route(site, [(1, True)], '"v1"')
    sources = write_sources(
        tmp_path / "s.toml",
        f'[[source]]\nname = "g"\nkind = "feed"\nurl = "{site.base}/feed.xml"\nevery = "1h"\n',
    )
    db = str(tmp_path / "w.db")
    args = ("watch", "--sources", sources, "--db", db, "--once", "--no-extract", "--allow-private")
    assert cli(*args).exit_code == 0
    assert cli(*args).exit_code == 0
    assert len(site.requests()) == 1  # the second pass found nothing due


def test_503_then_200_is_retried_and_succeeds(cli, site: Site, tmp_path: Path) -> None:
    calls = {"n": 0}

    def flaky(_handler: BaseHTTPRequestHandler, _body: bytes) -> tuple[int, dict[str, str], bytes]:
        calls["n"] += 1
        if calls["n"] == 1:
            return 503, {"Retry-After": "0", "Content-Type": "text/plain"}, b"busy"
        return 200, {"Content-Type": "application/rss+xml"}, rss(site.base, [(1, True), (2, True)])

    site.routes["/feed.xml"] = flaky
    site.routes["/down.xml"] = lambda _h, _b: (503, {"Content-Type": "text/plain"}, b"down")
    sources = write_sources(
        tmp_path / "s.toml",
        f'[[source]]\nname = "flaky"\nkind = "feed"\nurl = "{site.base}/feed.xml"\n\n'
        f'[[source]]\nname = "down"\nkind = "feed"\nurl = "{site.base}/down.xml"\n',
    )
    db = str(tmp_path / "w.db")
    res = cli("watch", "--sources", sources, "--db", db, "--once", "--no-extract", "--allow-private")
    assert calls["n"] == 2
    assert count_documents(db) == 2
    assert len(site.requests("/down.xml")) == 3  # MISSIONWATCH_RETRY_ATTEMPTS
    assert res.exit_code == 1 and "HTTP 503" in res.stdout
    state = {s["name"]: s for s in json.loads(cli("sources", "--db", db, "-f", "json").stdout)}
    assert state["flaky"]["failures"] == 0 and state["flaky"]["last_status"] == "ok"
    assert state["down"]["failures"] == 1 and "HTTP 503" in state["down"]["last_error"]
    assert state["down"]["next_due"] is not None


def test_long_retry_after_ends_the_poll_and_sets_next_due(site: Site) -> None:
    from missionwatch.config import Settings
    from missionwatch.sources.http import RetryLater, WatchHttp

    site.routes["/x"] = lambda _h, _b: (429, {"Retry-After": "3600"}, b"")
    with WatchHttp(settings=Settings(), allow_private=True) as http, pytest.raises(RetryLater) as caught:
        http.get(f"{site.base}/x")
    assert caught.value.after == 3600 and len(site.requests("/x")) == 1


def test_guard_stays_on_every_redirect_hop(site: Site) -> None:
    from missionwatch.config import Settings
    from missionwatch.sources.http import WatchHttp

    site.routes["/go"] = lambda _h, _b: (302, {"Location": "http://169.254.169.254/latest/meta-data"}, b"")
    with (
        WatchHttp(settings=Settings(), allow_private=False) as http,
        pytest.raises(InputError, match="refused"),
    ):
        http.get(f"{site.base}/go")  # the first hop itself is loopback: refused before any traffic
    assert site.requests() == []


def test_redirect_to_private_address_is_refused_mid_chain(
    monkeypatch: pytest.MonkeyPatch, site: Site
) -> None:
    from missionwatch.config import Settings
    from missionwatch.sources import http as watch_http
    from missionwatch.sources.http import WatchHttp

    site.routes["/go"] = lambda _h, _b: (302, {"Location": "http://10.0.0.7/admin"}, b"")
    real = watch_http.check_url

    def lenient_for_the_test_server(url: str, *, allow_private: bool = False) -> None:
        real(url, allow_private=url.startswith(site.base) or allow_private)

    monkeypatch.setattr(watch_http, "check_url", lenient_for_the_test_server)
    with WatchHttp(settings=Settings(), allow_private=False) as http:
        http.client._transport._pool._network_backend.allow_private = True  # type: ignore[attr-defined]
        with pytest.raises(InputError, match=r"redirect to http://10\.0\.0\.7/admin: refused"):
            http.get(f"{site.base}/go")
    assert [r["path"] for r in site.requests()] == ["/go"]


RUNNER = "import sys; from missionwatch.cli import main; sys.argv[0] = 'missionwatch'; main()"


def test_sigkill_during_a_run_then_a_new_run_stores_every_entry_exactly_once(
    site: Site, tmp_path: Path
) -> None:
    total = 12
    site.routes["/feed.xml"] = feed_route(site, [(n, False) for n in range(1, total + 1)], '"v1"')
    for n in range(1, total + 1):
        site.routes[f"/a/{n}"] = article_route(n, delay=0.25)
    sources = write_sources(
        tmp_path / "s.toml", f'[[source]]\nname = "g"\nkind = "feed"\nurl = "{site.base}/feed.xml"\n'
    )
    db = str(tmp_path / "w.db")
    open_ledger(db).close()
    args = ["watch", "--sources", sources, "--db", db, "--once", "--no-extract", "--allow-private"]
    env = {**os.environ, **FAST, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNER, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 120
        while count_documents(db) < 3:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the watch stored nothing"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    killed_at = count_documents(db)
    assert 3 <= killed_at < total

    done = subprocess.run([sys.executable, "-c", RUNNER, *args], env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    with open_ledger(db) as ledger, ledger.engine.connect() as conn:
        urls = conn.execute(select(DocumentRow.source)).scalars().all()
        entries = conn.execute(select(func.count()).select_from(WatchEntryRow)).scalar_one()
    assert sorted(urls) == sorted(f"{site.base}/a/{n}" for n in range(1, total + 1))  # each once
    assert entries == total
    fetched = [r["path"] for r in site.requests() if r["path"].startswith("/a/")]
    # entries stored before the kill were not fetched again (at most the one in flight was)
    assert len(fetched) <= total + 1


def test_bad_sources_file_is_one_line_and_exit_2(cli, tmp_path: Path) -> None:
    bad = write_sources(tmp_path / "bad.toml", '[[source]]\nname = "x"\nkind = "nosuch"\n')
    res = cli("watch", "--sources", bad, "--once", "--db", str(tmp_path / "d.db"))
    assert res.exit_code == 2
    assert res.stderr.startswith("error: x: unknown kind 'nosuch'") and res.stderr.count("\n") == 1
    every = write_sources(tmp_path / "every.toml", '[[source]]\nname = "x"\nkind = "feed"\nevery = "soon"\n')
    res = cli("watch", "--sources", every, "--once", "--db", str(tmp_path / "d.db"))
    assert res.exit_code == 2 and "'every' must be" in res.stderr
    missing = cli("watch", "--sources", str(tmp_path / "none.toml"), "--once")
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_directory_source_reads_a_file_once(cli, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text("Published: 2025-09-01\n\nThe harbour reopened on Monday after repairs.\n")
    sources = write_sources(
        tmp_path / "s.toml", f'[[source]]\nname = "inbox"\nkind = "directory"\npath = "{inbox}"\n'
    )
    db = str(tmp_path / "w.db")
    args = ("watch", "--sources", sources, "--db", db, "--once", "--all", "--no-extract")
    assert cli(*args).exit_code == 0
    (inbox / "two.md").write_text(
        "Published: 2025-09-02\n\nThe second convoy arrived at the port on Tuesday.\n"
    )
    res = cli(*args, "-f", "json")
    poll = json.loads(res.stdout)["polls"][0]
    assert (poll["stored"], poll["seen"]) == (1, 0)  # one.txt was skipped before it was read
    assert count_documents(db) == 2


def test_watch_state_round_trips_on_both_databases(ledger: Any) -> None:
    from missionwatch.ledger.watch import WatchStore, now

    store = WatchStore(ledger.engine)
    state = store.state("gazette", "feed")
    assert state.polls == 0 and state.next_due is None
    state.validators = {"https://x.example.org/feed": {"etag": '"a"', "last_modified": None}}
    state.cursor, state.failures, state.next_due, state.polls = {"since": "2025-09-01"}, 2, now(), 1
    store.save(state)
    store.save(state)  # an update, not a second row
    long_key = "https://x.example.org/" + "a" * 3000
    store.mark_seen("gazette", long_key, None)
    store.mark_seen("gazette", long_key, None)
    again = store.state("gazette", "feed")
    assert (again.cursor, again.failures, again.entries) == ({"since": "2025-09-01"}, 2, 1)
    assert again.validators == state.validators and store.seen("gazette", long_key)
    assert not store.seen("other", long_key)
    assert store.add_notice("r", "id1", kind="threshold", title="t", body={}) is True
    assert store.add_notice("r", "id1", kind="threshold", title="t", body={}) is False
    assert [row.alert_id for row in store.undelivered()] == ["id1"]
    store.mark_delivered("r", "id1")
    assert store.undelivered() == []
    assert [s.name for s in store.states()] == ["gazette"]


def test_retry_after_reads_seconds_and_http_dates() -> None:
    from datetime import UTC, datetime

    from missionwatch.sources.http import retry_after_seconds

    at = datetime(2025, 10, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now=at) == 120
    assert retry_after_seconds("Wed, 01 Oct 2025 12:05:00 GMT", now=at) == 300
    assert retry_after_seconds("Wed, 01 Oct 2025 11:00:00 GMT", now=at) == 0
    assert retry_after_seconds("soon", now=at) is None and retry_after_seconds(None) is None


def test_host_limiter_spaces_requests_to_one_host(monkeypatch: pytest.MonkeyPatch) -> None:
    from missionwatch.sources import http as watch_http

    clock = {"t": 100.0}
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        clock["t"] += seconds

    monkeypatch.setattr(watch_http.time, "sleep", sleep)
    limiter = watch_http.HostLimiter(1.0, clock=lambda: clock["t"])
    limiter.wait("https://a.example.org/1")
    limiter.wait("https://b.example.org/1")  # another host: no wait
    clock["t"] += 0.25
    limiter.wait("https://a.example.org/2")
    assert slept == [0.75]


def test_backoff_doubles_per_failure_within_bounds() -> None:
    from missionwatch.watch.loop import MAX_BACKOFF, backoff

    assert [backoff(900, n) for n in (1, 2, 3)] == [900, 1800, 3600]
    assert backoff(900, 20) == MAX_BACKOFF
    assert backoff(86400, 3) == 86400  # never more often than its own interval
    assert backoff(900, 1, retry_after=5000) == 5000


def test_the_haiti_sources_file_of_the_docs_is_valid() -> None:
    import re

    from missionwatch.sources.registry import build, kinds
    from missionwatch.watch.watchfile import parse

    docs = (Path(__file__).resolve().parent.parent / "docs" / "watch.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```toml\n(.*?)```", docs, re.S) if "haiti" in b.lower())
    import tomllib

    wf = parse(tomllib.loads(block), "docs/watch.md")
    assert {s.kind for s in wf.sources} >= {
        "feed",
        "reliefweb",
        "un-press",
        "undl-votes",
        "gdelt",
        "directory",
    }
    for spec in wf.sources:
        if spec.kind in kinds():  # the connectors, once present, check their options too
            build(spec)
    assert {r.kind for r in wf.rules} == {"threshold", "change", "expiry", "contradiction"}
    assert [c for c in wf.channels()] == ["ops", "desk"]


def test_feed_entries_without_links_are_known_by_their_text_not_their_position(
    cli, site: Site, tmp_path: Path
) -> None:
    def linkless(numbers: list[int], etag: str) -> Handler:
        items = "".join(
            f"<item><title>Note {n}</title><description>Harbour note {n}: the ferry to the island "
            f"sailed {n} times this week.</description></item>"
            for n in numbers
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Notes</title>{items}</channel></rss>'
        return lambda _h, _b: (200, {"Content-Type": "application/rss+xml", "ETag": etag}, body.encode())

    site.routes["/notes.xml"] = linkless([1, 2], '"a"')
    sources = write_sources(
        tmp_path / "s.toml", f'[[source]]\nname = "notes"\nkind = "feed"\nurl = "{site.base}/notes.xml"\n'
    )
    db = str(tmp_path / "w.db")
    args = ("watch", "--sources", sources, "--db", db, "--once", "--all", "--no-extract", "--allow-private")
    assert cli(*args).exit_code == 0
    site.routes["/notes.xml"] = linkless([3, 1, 2], '"b"')  # a new note first: positions shift
    poll = json.loads(cli(*args, "-f", "json").stdout)["polls"][0]
    assert (poll["stored"], poll["seen"]) == (1, 2)
    assert count_documents(db) == 3


def test_the_long_lived_loop_polls_at_each_wake_and_stops_on_interrupt(site: Site, tmp_path: Path) -> None:
    from missionwatch.config import Settings
    from missionwatch.watch import loop, watchfile

    site.routes["/feed.xml"] = feed_route(site, [(1, True)], '"v1"')
    path = write_sources(
        tmp_path / "s.toml",
        f'[[source]]\nname = "g"\nkind = "feed"\nurl = "{site.base}/feed.xml"\nevery = 0\n',
    )
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:
            raise KeyboardInterrupt

    with open_ledger(str(tmp_path / "w.db")) as ledger, pytest.raises(KeyboardInterrupt):
        loop.run_forever(
            ledger, lambda: watchfile.load(path), sleep=sleep, settings=Settings(), allow_private=True
        )
    assert len(site.requests("/feed.xml")) == 3 and waits == [1.0, 1.0, 1.0]
    assert [r["headers"].get("If-None-Match") for r in site.requests("/feed.xml")] == [None, '"v1"', '"v1"']
