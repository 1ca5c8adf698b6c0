"""GDELT DOC 2.0 API, ``artlist`` mode: discovery of news articles by query.

Access rules: free and keyless (https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/); GDELT
asks for modest request rates (this connector sends one request per time window, and the watch
loop's per-host limit spaces them). GDELT returns only *pointers* — URL, title, domain, language,
source country and the time GDELT saw the article — so each discovered URL is read from the
publisher by the web reader (``web.py``) with its private-address guard on every hop, its size cap
and timeout; a link that cannot be read costs that link only.

Request: ``GET https://api.gdeltproject.org/api/v2/doc/doc?query=…&mode=artlist&format=json``
with ``maxrecords`` (at most 250) and ``sort=datedesc``, over ``timespan`` (e.g. ``7d``) or over
``start``..``end`` split into windows of ``window`` hours: the artlist has no pages, so the windows
are how a long period is read whole. The response is ``{"articles": [{"url", "url_mobile",
"title", "seendate": "20241001T120000Z", "socialimage", "domain", "language", "sourcecountry"}]}``,
``{}`` when nothing matched, and a line of plain text (with status 200) when the query is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from ..kinds import AlreadySeen
from ..registry import PollContext, SourceSpec, register
from ._common import Options, get, objects, parse_json, read_link, text_of

KIND = "gdelt"
ENDPOINT = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 250  # GDELT's own ceiling for artlist
OPTIONS = {
    "query": "GDELT query, e.g. '\"Haiti\" (police OR mission) sourcelang:english'",
    "timespan": "how far back, e.g. 24h, 7d, 3m (default 1d; ignored with start)",
    "start": "start of the period (YYYY-MM-DD or YYYYMMDDHHMMSS, UTC)",
    "end": "end of the period (default now)",
    "window": "hours per request over start..end (1-744, default 24)",
    "max": "articles per request (1-250, default 75)",
    "api": f"endpoint (default {ENDPOINT})",
}
_TIMESPAN = re.compile(r"^\d+(min|h|d|w|m)$")


class GdeltArtlist:
    def __init__(self, spec: SourceSpec) -> None:
        opts = Options(spec, OPTIONS)
        self.source = spec.name
        self.query = opts.require("query", "what to discover articles about")
        self.timespan = (opts.text("timespan") or "1d").lower()
        if not _TIMESPAN.match(self.timespan):
            raise InputError(f"timespan {self.timespan!r} is not like 24h, 7d or 3m", input=self.source)
        self.start = _moment(opts.text("start"), self.source, "start")
        self.end = _moment(opts.text("end"), self.source, "end")
        if self.end is not None and self.start is None:
            raise InputError("'end' needs a 'start'", input=self.source)
        self.window = timedelta(hours=opts.integer("window", 24, 1, 744))
        self.max = opts.integer("max", 75, 1, MAX_RECORDS)
        self.endpoint = opts.url("api", ENDPOINT) or ENDPOINT

    def requests(self, now: datetime | None = None) -> list[dict[str, Any]]:
        """The query parameters of each request: one for a timespan, one per window of start..end."""
        base = {
            "query": self.query,
            "mode": "artlist",
            "format": "json",
            "maxrecords": self.max,
            "sort": "datedesc",
        }
        if self.start is None:
            return [{**base, "timespan": self.timespan}]
        end = self.end or (now or datetime.now(UTC)).replace(microsecond=0)
        out: list[dict[str, Any]] = []
        cursor = end
        while cursor > self.start and len(out) < 1000:  # newest window first
            begin = max(self.start, cursor - self.window)
            out.append({**base, "startdatetime": _stamp(begin), "enddatetime": _stamp(cursor)})
            cursor = begin
        return out

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        seen_urls: set[str] = set()
        requests = self.requests()
        for number, params in enumerate(requests, start=1):
            where = (
                self.source if len(requests) == 1 else f"{self.source} (window {number} of {len(requests)})"
            )
            try:
                articles = self._articles(ctx, params, where)
            except InputError as exc:
                yield exc  # one window refused or unreadable: the other windows still run
                continue
            for article in articles:
                url = text_of(article.get("url"))
                if not url or url in seen_urls:
                    continue
                seen_urls.add(url)
                if ctx.seen(url):
                    yield AlreadySeen("already stored", input=url)
                    continue
                try:
                    yield article_document(ctx, article, url)
                except InputError as exc:
                    yield exc

    def _articles(self, ctx: PollContext, params: dict[str, Any], where: str) -> list[dict[str, Any]]:
        response = get(ctx, self.endpoint, where, params=params)
        body = response.data.strip()
        if not body.startswith((b"{", b"[")):
            line = " ".join(body[:300].decode("utf-8", errors="replace").split())
            raise InputError(f"GDELT refused the query: {line or 'empty answer'}", input=where)
        data = parse_json(body, where)
        if not isinstance(data, dict):
            raise InputError("not a GDELT artlist (expected an object with 'articles')", input=where)
        return objects(data.get("articles", []))


def article_document(ctx: PollContext, article: dict[str, Any], url: str) -> Document:
    """The article behind a GDELT record, read from its publisher; GDELT's fields fill the gaps."""
    doc = read_link(ctx, url)
    seen = _seen_date(text_of(article.get("seendate")))
    meta: dict[str, Any] = {
        **doc.meta,
        "connector": KIND,
        "entry_key": url,
        "discovered_by": "GDELT DOC 2.0",
        "gdelt": {
            k: v
            for k in ("domain", "language", "sourcecountry", "seendate", "url_mobile")
            if (v := text_of(article.get(k)))
        },
    }
    update: dict[str, Any] = {"meta": meta, "url": doc.url or url}
    if not doc.title and text_of(article.get("title")):
        update["title"] = text_of(article.get("title"))
    if not doc.published and seen:
        # GDELT sees most articles within minutes of publication; the day is kept, and marked.
        update["published"], update["published_precision"] = seen, "day"
        meta["published_from"] = "gdelt_seendate"
    return doc.model_copy(update=update)


def _seen_date(value: str | None) -> str | None:
    if not value:
        return None
    found = re.match(r"^(\d{4})(\d{2})(\d{2})", value)
    if not found:
        return None
    try:
        return datetime(int(found[1]), int(found[2]), int(found[3])).date().isoformat()
    except ValueError:
        return None


def _moment(value: str | None, source: str, name: str) -> datetime | None:
    if value is None:
        return None
    digits = re.sub(r"[^0-9]", "", value)
    for length, fmt in ((14, "%Y%m%d%H%M%S"), (12, "%Y%m%d%H%M"), (8, "%Y%m%d")):
        if len(digits) == length:
            try:
                return datetime.strptime(digits, fmt).replace(tzinfo=UTC)
            except ValueError:
                break
    raise InputError(
        f"option {name!r} must be a date like 2024-10-01 or 20241001120000, not {value!r}", input=source
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d%H%M%S")


register(KIND, GdeltArtlist)
