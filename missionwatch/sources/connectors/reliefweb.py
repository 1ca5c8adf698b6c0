"""ReliefWeb API v2 reports (https://apidoc.reliefweb.int): one Document per report.

Access rules: free, but every call needs an *approved* ``appname`` (since 1 November 2025 an
arbitrary one is refused with 403, third-party clients report): request one at https://apidoc.reliefweb.int/parameters#appname
and set ``MISSIONWATCH_RELIEFWEB_APPNAME`` (or the source's ``appname`` option). ReliefWeb asks for
at most 1,000 calls a day and 1,000 entries a call. Content belongs to each report's publisher, so
a Document names the publisher (``source[0].name``) as its outlet, keeps ReliefWeb's page as its
URL and the publisher's own page (``origin``) in ``meta["origin"]``.

The request is a GET with ReliefWeb's bracketed parameters (``filter[conditions][0][field]=…``);
pages are followed through the response's HAL link ``links.next.href`` until ``max`` reports. A
report without body text is read from its first attached file (a PDF) through the web reader;
files are otherwise kept as URLs only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from ..base import build_document
from ..dates import parse_published
from ..kinds import AlreadySeen
from ..registry import PollContext, SourceSpec, register
from ._common import Options, get_json, objects, read_link, text_of

KIND = "reliefweb"
ENDPOINT = "https://api.reliefweb.int/v2/reports"
SITE = "https://reliefweb.int"
FIELDS = (
    "title",
    "body",
    "url",
    "url_alias",
    "origin",
    "date.original",
    "date.created",
    "date.changed",
    "source.name",
    "source.shortname",
    "primary_country.iso3",
    "country.iso3",
    "country.name",
    "theme.name",
    "format.name",
    "language.code",
    "file.url",
    "file.mimetype",
)
OPTIONS = {
    "country": "ISO3 code or English name; several mean any of them",
    "theme": "ReliefWeb theme, e.g. 'Peacekeeping and Peacebuilding'; several mean any",
    "format": "document format, e.g. 'Situation Report'; several mean any",
    "source": "publisher short name, e.g. 'OCHA'; several mean any",
    "query": "free text searched in title and body",
    "since": "only reports created on or after this date (YYYY-MM-DD)",
    "limit": "reports per page (1-1000, default 50)",
    "max": "reports in all per poll (default 200)",
    "appname": "overrides MISSIONWATCH_RELIEFWEB_APPNAME",
    "api": f"endpoint (default {ENDPOINT})",
}


class ReliefWebReports:
    def __init__(self, spec: SourceSpec) -> None:
        opts = Options(spec, OPTIONS)
        self.source = spec.name
        self.appname = opts.text("appname")
        self.endpoint = opts.url("api", ENDPOINT) or ENDPOINT
        self.countries = opts.many("country")
        self.themes = opts.many("theme")
        self.formats = opts.many("format")
        self.publishers = opts.many("source")
        self.query = opts.text("query")
        self.since = opts.day("since")
        self.limit = opts.integer("limit", 50, 1, 1000)
        self.max = opts.integer("max", 200, 1, 100_000)

    def params(self, appname: str) -> dict[str, Any]:
        """The GET parameters of the first page, in ReliefWeb's bracketed syntax."""
        params: dict[str, Any] = {
            "appname": appname,
            "limit": min(self.limit, self.max),
            "fields[include][]": list(FIELDS),
            "sort[]": "date.created:desc",
        }
        conditions: list[tuple[str, list[str]]] = []
        iso3 = [
            c.lower() for c in self.countries if len(c) == 3 and c.isalpha()
        ]  # no country name is 3 letters
        names = [c for c in self.countries if not (len(c) == 3 and c.isalpha())]
        if iso3:
            conditions.append(("country.iso3", iso3))
        if names:
            conditions.append(("country.name", names))
        for name, values in (
            ("theme.name", self.themes),
            ("format.name", self.formats),
            ("source.shortname", self.publishers),
        ):
            if values:
                conditions.append((name, values))
        index = 0
        for name, values in conditions:
            prefix = f"filter[conditions][{index}]"
            params[f"{prefix}[field]"] = name
            params[f"{prefix}[value][]"] = values
            if len(values) > 1:
                params[f"{prefix}[operator]"] = "OR"
            index += 1
        if self.since:
            prefix = f"filter[conditions][{index}]"
            params[f"{prefix}[field]"] = "date.created"
            params[f"{prefix}[value][from]"] = f"{self.since}T00:00:00+00:00"
            index += 1
        if index:
            params["filter[operator]"] = "AND"
        if self.query:
            params["query[value]"] = self.query
        return params

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        appname = self.appname or ctx.settings.reliefweb_appname
        if not appname:
            raise InputError(
                "ReliefWeb needs an approved appname: set MISSIONWATCH_RELIEFWEB_APPNAME (request one "
                "at https://apidoc.reliefweb.int/parameters#appname)",
                input=self.source,
            )
        url: str | None = self.endpoint
        params: dict[str, Any] | None = self.params(appname)
        count = 0
        pages = 0
        while url and count < self.max:
            pages += 1
            page = get_json(ctx, url, f"{self.source} (page {pages})", params=params)
            items = _items(page, f"{self.source} (page {pages})")
            new = 0
            for item in items:
                if count >= self.max:
                    return
                count += 1
                try:
                    doc = self.document(item, ctx)
                except InputError as exc:
                    new += not isinstance(exc, AlreadySeen)
                    yield exc
                else:
                    new += 1
                    yield doc
            # newest first: a page of reports all stored before means the rest were stored too
            url, params = (_next(page), None) if items and new else (None, None)

    def document(self, item: Any, ctx: PollContext) -> Document:
        """One report as a Document; raises InputError naming it (``AlreadySeen`` when stored before)."""
        if not isinstance(item, dict) or not isinstance(item.get("fields"), dict):
            raise InputError("a report in the list is not an object with 'fields'", input=self.source)
        fields: dict[str, Any] = item["fields"]
        ident = str(item.get("id") or fields.get("id") or "").strip()
        if not ident:
            raise InputError("a report in the list has no id", input=self.source)
        key = f"reliefweb:{ident}"
        if ctx.seen(key):
            raise AlreadySeen("already stored", input=key)
        where = f"{self.source}#{ident}"
        url = text_of(fields.get("url_alias")) or text_of(fields.get("url")) or f"{SITE}/node/{ident}"
        raw_dates = fields.get("date")
        dates: dict[str, Any] = raw_dates if isinstance(raw_dates, dict) else {}
        published = text_of(dates.get("original")) or text_of(dates.get("created"))
        publishers = [n for s in objects(fields.get("source")) if (n := text_of(s.get("name")))]
        languages = [c for x in objects(fields.get("language")) if (c := text_of(x.get("code")))]
        files = [u for f in objects(fields.get("file")) if (u := text_of(f.get("url")))]
        meta: dict[str, Any] = {
            "connector": KIND,
            "entry_key": key,
            "reliefweb_id": ident,
            "via": "ReliefWeb",
            "origin": text_of(fields.get("origin")),
            "publishers": publishers,
            "countries": [
                c
                for x in objects(fields.get("country"))
                if (c := text_of(x.get("iso3")) or text_of(x.get("name")))
            ],
            "primary_country": next(
                (c for x in objects(fields.get("primary_country")) if (c := text_of(x.get("iso3")))), None
            ),
            "themes": [t for x in objects(fields.get("theme")) if (t := text_of(x.get("name")))],
            "format": next((f for x in objects(fields.get("format")) if (f := text_of(x.get("name")))), None),
            "date_created": text_of(dates.get("created")),
            "date_changed": text_of(dates.get("changed")),
            "files": files,
        }
        meta = {k: v for k, v in meta.items() if v not in (None, [], "")}
        title = text_of(fields.get("title"))
        outlet = publishers[0] if publishers else None
        body = text_of(fields.get("body"))
        if body:
            return build_document(
                body,
                source=url,
                content_type="text/markdown",
                url=url,
                title=title,
                outlet=outlet,
                published=published,
                language=languages[0] if languages else None,
                meta=meta,
            )
        if not files:
            raise InputError("report has no body text and no attached file to read", input=where)
        doc = read_link(ctx, files[0])
        dated = parse_published(published) if published else None
        return doc.model_copy(
            update={
                "source": url,
                "url": url,
                "title": title or doc.title,
                "outlet": outlet or doc.outlet,
                "published": dated[0] if dated else doc.published,
                "published_precision": dated[1] if dated else doc.published_precision,
                "meta": {**doc.meta, **meta, "read_from_file": files[0]},
            }
        )


def _items(page: Any, source: str) -> list[Any]:
    if not isinstance(page, dict) or not isinstance(page.get("data"), list):
        got = f"keys {sorted(page)[:6]}" if isinstance(page, dict) else f"a JSON {type(page).__name__}"
        raise InputError(f"not a ReliefWeb API list (no 'data' list; got {got})", input=source)
    return list(page["data"])


def _next(page: dict[str, Any]) -> str | None:
    links = page.get("links")
    nxt = links.get("next") if isinstance(links, dict) else None
    href = nxt.get("href") if isinstance(nxt, dict) else None
    return href if isinstance(href, str) and href.lower().startswith(("http://", "https://")) else None


register(KIND, ReliefWebReports)
