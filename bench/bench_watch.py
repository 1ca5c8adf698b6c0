"""What a watch pass costs: a first pass over a new feed, a pass answered 304, a pass over a feed
whose server ignores validators (every entry already seen), on a local server.

    .venv/bin/python -m bench.bench_watch [--entries 200] [--teasers] [--extract]

``--teasers``: entries carry only a teaser, so the first pass fetches each entry's page and the
later ones must not. Prints a Markdown table (seconds, requests sent, bytes served, stored).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def _feed(base: str, n: int, teasers: bool) -> bytes:
    items = []
    for i in range(1, n + 1):
        text = f"Bulletin {i}: the patrol of unit {i} reached sector {i * 7} and reported {i % 50} incidents."
        body = "" if teasers else f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>"
        items.append(
            f"<item><title>Bulletin {i}</title><link>{base}/a/{i}</link>"
            "<pubDate>Mon, 01 Sep 2025 10:00:00 GMT</pubDate>"
            f"<description>Teaser {i}</description>{body}</item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Bench Gazette</title>{''.join(items)}</channel></rss>"
    ).encode()


class _Server:
    def __init__(self, entries: int, teasers: bool) -> None:
        self.validators = True
        self.requests = 0
        self.bytes = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests += 1
                if self.path == "/feed.xml":
                    if outer.validators and self.headers.get("If-None-Match") == '"v1"':
                        self.send_response(304)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    body, kind = _feed(outer.base, entries, teasers), "application/rss+xml"
                else:
                    i = self.path.rsplit("/", 1)[-1]
                    body = (
                        f"<html><head><title>Bulletin {i}</title></head><body><article><h1>Bulletin {i}</h1>"
                        f"<p>The patrol of unit {i} crossed the district at dawn and returned by noon, the "
                        f"harbour office said in report {i}.</p></article></body></html>"
                    ).encode()
                    kind = "text/html"
                outer.bytes += len(body)
                self.send_response(200)
                self.send_header("Content-Type", kind)
                if outer.validators:
                    self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--teasers", action="store_true")
    parser.add_argument("--extract", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("MISSIONWATCH_HOST_INTERVAL", "0")

    from missionwatch.config import Settings
    from missionwatch.ledger import open_ledger
    from missionwatch.watch import loop
    from missionwatch.watch.watchfile import parse

    server = _Server(args.entries, args.teasers)
    extract = name = None
    if args.extract:
        from missionwatch.cli.ingest import load_extractor

        extract, name, _ = load_extractor(None)
    rows = []
    with tempfile.TemporaryDirectory() as tmp, open_ledger(str(Path(tmp) / "bench.db")) as ledger:
        wf = parse({"source": [{"name": "bench", "kind": "feed", "url": f"{server.base}/feed.xml"}]})
        for label, validators in (("first pass", True), ("304", True), ("no validators, all seen", False)):
            server.validators = validators
            before_requests, before_bytes = server.requests, server.bytes
            started = time.perf_counter()
            result = loop.run_pass(
                ledger,
                wf,
                settings=Settings(),
                allow_private=True,
                force=True,
                extract=extract,
                extractor_name=name,
            )
            seconds = time.perf_counter() - started
            poll = result.polls[0]
            rows.append(
                (
                    label,
                    seconds,
                    server.requests - before_requests,
                    server.bytes - before_bytes,
                    poll.stored,
                    poll.seen,
                )
            )
    server.httpd.shutdown()
    kind = "teaser entries (page per entry)" if args.teasers else "full-content entries"
    print(f"{args.entries} {kind}, extraction {'on' if args.extract else 'off'}\n")
    print("| pass | seconds | requests | bytes served | stored | skipped as seen |")
    print("|---|---|---|---|---|---|")
    for label, seconds, requests, size, stored, seen in rows:
        print(f"| {label} | {seconds:.2f} | {requests} | {size:,} | {stored} | {seen} |")


if __name__ == "__main__":
    main()
