"""RSS and Atom feeds: one Document per entry.

An entry that carries its full content (``content:encoded``, Atom ``<content>``) is read from
the feed itself. An entry with only a teaser is read from its link, fetched through the same guard
and size cap as any URL, and the entry's title, date and the feed's name fill what the page does
not say; when there is no link the teaser is used. A feed with no entries is an error, and so is
each entry that fails (named by its link), while the other entries are still yielded.

Entries read from the feed have ``content_type`` ``application/rss+xml`` or
``application/atom+xml``, ``source`` = the entry's link (else ``FEED#N``), and ``meta["feed"]``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from .base import build_document
from .dates import parse_published
from .html import html_fragment_text

# A feed is a list of links someone else controls: past this many entries the rest are reported,
# not fetched, so one URL cannot make us fetch thousands of pages.
MAX_FEED_ENTRIES = 200


def read_feed_bytes(
    data: bytes,
    *,
    source: str,
    feed_url: str | None = None,
    fetch_entry: Callable[[str], Document] | None = None,
) -> Iterator[Document | InputError]:
    """Each entry of the feed in ``data`` as a Document, or an InputError for that entry."""
    import feedparser

    parsed = feedparser.parse(data)  # bytes: feedparser never touches the network for these
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            reason = parsed.get("bozo_exception")
            raise InputError(f"not a readable RSS/Atom feed ({reason})", input=source)
        raise InputError("feed has no entries", input=source)
    feed = parsed.get("feed", {})
    version = str(parsed.get("version") or "")
    content_type = "application/atom+xml" if version.startswith("atom") else "application/rss+xml"
    outlet = feed.get("title")
    language = feed.get("language")
    recovered: list[str] | None = None

    def recovered_text(index: int) -> str:
        """The text of the index-th item's description as a forgiving XML parser reads it, for an
        entry feedparser lost in broken markup."""
        nonlocal recovered
        if recovered is None:
            recovered = _recover_descriptions(data)
        return recovered[index] if index < len(recovered) else ""

    for number, entry in enumerate(entries[:MAX_FEED_ENTRIES], start=1):
        link = entry.get("link")
        if not (isinstance(link, str) and link.lower().startswith(("http://", "https://"))):
            link = None  # feedparser offers an Atom id ("urn:…") as the link when there is none
        where = link or f"{source}#{number}"
        fallback = functools.partial(recovered_text, number - 1) if parsed.get("bozo") else None
        try:
            yield _entry_document(
                entry,
                where=where,
                link=link,
                feed=feed_url or source,
                outlet=outlet,
                language=language,
                content_type=content_type,
                fetch_entry=fetch_entry,
                fallback=fallback,
            )
        except InputError as exc:
            yield exc
    if len(entries) > MAX_FEED_ENTRIES:
        yield InputError(
            f"feed has {len(entries)} entries; only the first {MAX_FEED_ENTRIES} were read", input=source
        )


def _entry_document(
    entry: Any,
    *,
    where: str,
    link: str | None,
    feed: str,
    outlet: str | None,
    language: str | None,
    content_type: str,
    fetch_entry: Callable[[str], Document] | None,
    fallback: Callable[[], str] | None = None,
) -> Document:
    title = entry.get("title")
    published = _entry_date(entry)
    meta: dict[str, Any] = {"feed": feed}
    if entry.get("author"):
        meta["author"] = entry.get("author")
    if entry.get("id") and entry.get("id") != link:
        meta["entry_id"] = entry.get("id")
    contents = entry.get("content") or []
    full = "\n\n".join(html_fragment_text(c.get("value", "")) for c in contents if c.get("value"))

    def built(text: str) -> Document:
        return build_document(
            text,
            source=where,
            content_type=content_type,
            url=link,
            title=title,
            outlet=outlet,
            published=published,
            language=language,
            meta=meta,
        )

    if full.strip():
        return built(full)
    if link and fetch_entry is not None:
        document = fetch_entry(link)
        return _fill_from_entry(document, title=title, published=published, outlet=outlet, meta=meta)
    summary = html_fragment_text(entry.get("summary") or "")
    if not summary and fallback is not None:
        summary = html_fragment_text(fallback())
        if summary:
            meta["warnings"] = ["malformed feed item: its description read by a forgiving XML parser"]
    if not summary:
        raise InputError("feed entry has no content and no link to fetch", input=where)
    meta["summary_only"] = True
    return built(summary)


_TEXT_TAGS = ("description", "summary", "encoded", "content")


def _recover_descriptions(data: bytes) -> list[str]:
    """For each ``<item>``/``<entry>`` in document order, the text of its first description,
    summary or content element, read with libxml2's recovering parser (no entities resolved,
    nothing fetched)."""
    from lxml import etree

    try:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(data, parser)
    except Exception:
        return []
    if root is None:
        return []
    out: list[str] = []
    for item in root.iter():
        if not isinstance(item.tag, str) or etree.QName(item).localname not in ("item", "entry"):
            continue
        text = ""
        for child in item.iter():
            if (
                child is not item
                and isinstance(child.tag, str)
                and etree.QName(child).localname in _TEXT_TAGS
            ):
                text = "".join(t for t in child.itertext() if isinstance(t, str))
                break
        out.append(text)
    return out


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            parsed = parse_published(value)
            if parsed:
                return parsed[0]
    for key in ("published", "updated"):
        if entry.get(key):
            return str(entry.get(key))
    return None


def _fill_from_entry(
    document: Document, *, title: str | None, published: str | None, outlet: str | None, meta: dict[str, Any]
) -> Document:
    update: dict[str, Any] = {"meta": {**meta, **document.meta}}
    if not document.title and title:
        update["title"] = " ".join(title.split())
    if not document.outlet and outlet:
        update["outlet"] = " ".join(outlet.split())
    if not document.published and published:
        parsed = parse_published(published)
        if parsed:
            update["published"], update["published_precision"] = parsed
    return document.model_copy(update=update)
