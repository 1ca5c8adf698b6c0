"""UN press releases: the Security Council's meetings coverage on press.un.org.

Access rules: public pages of the UN's Meetings Coverage and Press Releases service; no key. The
UN's terms of use allow quoting with attribution; MissionWatch keeps each release's URL, symbol
(``SC/15840``) and date, and the text only to extract claims from. Be polite: the listing is read
one page at a time (``pages``, default 1) and each release once (the watch loop skips releases
already stored before fetching them).

``url`` is a listing page (default: the Security Council meetings coverage) or a feed. A listing
is an HTML page whose links to releases end in ``.doc.htm`` (``/en/2024/sc15840.doc.htm``); its next
page is the ``rel="next"`` link of its pager. A feed is read as any RSS/Atom feed. Either way each
release is read by the web reader with the private-address guard, and its date is the page's own,
else the listing's (``<time datetime>`` next to the link).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urldefrag, urljoin

from missionwatch.errors import InputError
from missionwatch.models import Document

from ..dates import parse_published
from ..kinds import AlreadySeen
from ..registry import PollContext, SourceSpec, register
from ..web import Fetched, kind_of
from ._common import Options, get, get_if_changed, read_link

KIND = "un-press"
LISTING = "https://press.un.org/en/content/security-council/meetings-coverage"
PUBLISHER = "United Nations, Meetings Coverage and Press Releases"
OPTIONS = {
    "url": f"a listing page or feed (default {LISTING})",
    "pages": "listing pages to read per poll, following its pager (1-20, default 1)",
    "max": "releases per poll (default 50)",
    "since": "skip releases the listing dates before this day (YYYY-MM-DD)",
}
_RELEASE = re.compile(r"/(\d{4})/([a-z]+)(\d+)([a-z0-9.]*)\.doc\.htm$", re.I)


class UnPress:
    def __init__(self, spec: SourceSpec) -> None:
        opts = Options(spec, OPTIONS)
        self.source = spec.name
        self.url = opts.url("url", LISTING) or LISTING
        self.pages = opts.integer("pages", 1, 1, 20)
        self.max = opts.integer("max", 50, 1, 1000)
        self.since = opts.day("since")

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        url: str | None = self.url
        read = 0
        for number in range(1, self.pages + 1):
            if url is None or read >= self.max:
                return
            where = self.source if number == 1 else f"{self.source} (page {number})"
            response = get_if_changed(ctx, url, where) if number == 1 else get(ctx, url, where)
            if response is None:  # the listing has not changed since the last poll
                return
            fetched = response.fetched()
            if kind_of(fetched) in ("application/rss+xml", "application/atom+xml"):
                yield from self._feed(ctx, fetched, where)
                return
            links, url = listing_links(response.data, response.url)
            if not links and number == 1:
                raise InputError("listing has no links to press releases (*.doc.htm)", input=where)
            for link, listed in links:
                if read >= self.max:
                    return
                if self.since and listed and listed < self.since:
                    continue
                if ctx.seen(link):
                    yield AlreadySeen("already stored", input=link)
                    continue
                read += 1
                try:
                    yield release(ctx, link, listed, listing=response.url)
                except InputError as exc:
                    yield exc

    def _feed(self, ctx: PollContext, fetched: Fetched, where: str) -> Iterator[Document | InputError]:
        from ..feed import read_feed_bytes

        def fetch_entry(link: str) -> Document:
            return read_link(ctx, link)

        for item in read_feed_bytes(
            fetched.data, source=where, feed_url=fetched.url, fetch_entry=fetch_entry
        ):
            if isinstance(item, Document):
                item = _stamp(item, item.url or item.source, None, listing=fetched.url)
            yield item


def listing_links(data: bytes, base: str) -> tuple[list[tuple[str, str | None]], str | None]:
    """(release URL, the listing's date for it) in page order, and the next listing page."""
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return [], None
    found: dict[str, str | None] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        link = urldefrag(urljoin(base, href.strip()))[0]
        if not _RELEASE.search(link) or link in found:
            continue
        found[link] = _listed_date(anchor)
    nxt = None
    for anchor in root.iter("a"):
        rel = (anchor.get("rel") or "").lower().split()
        parent = anchor.getparent()
        classes = (parent.get("class") or "") if parent is not None else ""
        if anchor.get("href") and (
            "next" in rel or "pager__item--next" in classes or "pager-next" in classes
        ):
            nxt = urljoin(base, anchor.get("href").strip())
            break
    return list(found.items()), nxt


def _listed_date(anchor: Any) -> str | None:
    """The ``<time datetime>`` of the listing row a link sits in (up to four levels up, and never
    past an element holding another release's link: that is the list, not the row)."""
    node = anchor
    own = anchor.get("href")
    for _ in range(4):
        node = node.getparent()
        if node is None:
            return None
        if any(a.get("href") != own and _RELEASE.search(a.get("href") or "") for a in node.iter("a")):
            return None
        for time_el in node.iter("time"):
            parsed = parse_published(time_el.get("datetime") or time_el.text_content())
            if parsed:
                return parsed[0]
    return None


def release(ctx: PollContext, link: str, listed: str | None, *, listing: str) -> Document:
    """One release read by the web reader, stamped with the UN as publisher and its symbol."""
    return _stamp(read_link(ctx, link), link, listed, listing=listing)


def _stamp(doc: Document, link: str, listed: str | None, *, listing: str) -> Document:
    meta: dict[str, Any] = {**doc.meta, "connector": KIND, "entry_key": link, "listing": listing}
    symbol = _RELEASE.search(link)
    if symbol:
        meta["symbol"] = f"{symbol.group(2).upper()}/{symbol.group(3)}{symbol.group(4).upper()}"
    update: dict[str, Any] = {"outlet": PUBLISHER, "url": doc.url or link, "meta": meta}
    if doc.outlet and doc.outlet != PUBLISHER:
        meta["site_name"] = doc.outlet
    if not doc.published and listed:
        update["published"], update["published_precision"] = listed, "day"
        meta["published_from"] = "listing"
    return doc.model_copy(update=update)


register(KIND, UnPress)
