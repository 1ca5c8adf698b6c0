"""The built-in source kinds of a sources file: ``feed``, ``page`` and ``directory``.

- ``feed`` (``url``): an RSS/Atom feed, fetched with a conditional GET; an entry already stored
  from this source is skipped before its page is fetched.
- ``page`` (``url``): one page (an HTML page, a PDF, a text) that changes in place, fetched with a
  conditional GET; each new version is a new document (its key is the URL plus the text's id).
- ``directory`` (``path``): files dropped into a folder (any extension ``ingest`` reads); a file is
  read again only when its size or modification time changes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from missionwatch.errors import InputError
from missionwatch.models import Document

from .registry import PollContext, Source, SourceSpec, register
from .web import article_from, document_from_fetched, kind_of


class AlreadySeen(InputError):
    """A feed entry stored before: not fetched again (the watch loop counts it, not as a failure)."""


def entry_key(doc: Document) -> str:
    """The key the watch loop remembers a document by (see ``registry``): the source's own key, else
    the entry's link; a feed entry without a link (``FEED#3``: a position, which moves when new
    entries arrive) by its feed id, else by its text."""
    meta = doc.meta if isinstance(doc.meta, dict) else {}
    for key in (meta.get("entry_key"), doc.source if doc.url else None, meta.get("entry_id")):
        if isinstance(key, str) and key:
            return key
    return f"text:{doc.id}"


def _url(spec: SourceSpec) -> str:
    url = spec.option("url", required=True, kind=str)
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"'url' must be an http(s) URL, got {url!r}", input=spec.name)
    return str(url)


class FeedSource:
    def __init__(self, spec: SourceSpec) -> None:
        self.url = _url(spec)

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        from .feed import read_feed_bytes

        response = ctx.conditional_get(self.url)
        if response is None:
            return

        def fetch_entry(link: str) -> Document:
            if ctx.seen(link):
                raise AlreadySeen("already stored", input=link)
            return article_from(ctx.http.get(link).fetched(), link)

        yield from read_feed_bytes(
            response.data, source=self.url, feed_url=response.url, fetch_entry=fetch_entry
        )


class PageSource:
    def __init__(self, spec: SourceSpec) -> None:
        self.url = _url(spec)

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        response = ctx.conditional_get(self.url)
        if response is None:
            return
        fetched = response.fetched()
        doc = document_from_fetched(fetched, source=self.url, kind=kind_of(fetched))
        yield doc.model_copy(update={"meta": {**doc.meta, "entry_key": f"{self.url}#{doc.id[:16]}"}})


SINGLE_DOCUMENT = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"}


class DirectorySource:
    def __init__(self, spec: SourceSpec) -> None:
        path = spec.option("path", required=True, kind=str)
        self.path = Path(path).expanduser()
        self.name = spec.name

    def poll(self, ctx: PollContext) -> Iterator[Document | InputError]:
        from . import SUPPORTED_EXTENSIONS, read_inputs

        if not self.path.is_dir():
            raise InputError("no such directory", input=str(self.path))
        for dirpath, dirnames, filenames in os.walk(self.path):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for filename in sorted(filenames):
                file = Path(dirpath) / filename
                if filename.startswith(".") or file.suffix.lower() not in SUPPORTED_EXTENSIONS:
                    continue
                try:
                    stat = file.stat()
                except OSError:
                    continue  # removed while we walked
                version = f"{file}@{stat.st_mtime_ns}:{stat.st_size}"
                if file.suffix.lower() in SINGLE_DOCUMENT and ctx.seen(f"{version}#1"):
                    continue
                for number, item in enumerate(
                    read_inputs([str(file)], allow_private=ctx.allow_private, settings=ctx.settings),
                    start=1,
                ):
                    if isinstance(item, Document):
                        key = f"{version}#{number}"
                        item = item.model_copy(update={"meta": {**item.meta, "entry_key": key}})
                    yield item


def _feed(spec: SourceSpec) -> Source:
    return FeedSource(spec)


def _page(spec: SourceSpec) -> Source:
    return PageSource(spec)


def _directory(spec: SourceSpec) -> Source:
    return DirectorySource(spec)


register("feed", _feed)
register("page", _page)
register("directory", _directory)
