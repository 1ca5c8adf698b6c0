"""Web pages: the article's main text and metadata, without menus, footers and comments.

trafilatura does the work (it is built for news pages and reads OpenGraph, JSON-LD and
htmldate's publication dates). Paragraphs it returns on single lines are separated by blank
lines, as in the text corpus, so sentence and paragraph boundaries survive. A page whose main
text is missing or only a few words (a JavaScript shell, a paywall stub, a menu) is refused.
Language: the page's declared language (trafilatura's, else ``<html lang>``), else the cheap
guess of ``language.py``.
"""

from __future__ import annotations

import re
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from .base import build_document

MIN_MAIN_TEXT_CHARS = 40
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)


def read_html(data: bytes | str, *, source: str, url: str | None = None) -> Document:
    """One Document from a page; ``url`` is where it was fetched from, if fetched.

    Pass ``str`` when the encoding is already known (an HTTP charset), so that a ``<meta
    charset>`` that disagrees is not applied on top; bytes are decoded by trafilatura.
    Raises InputError when the page has no main text.
    """
    import trafilatura

    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    try:
        result = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken markup
        raise InputError(f"unreadable HTML ({type(exc).__name__}: {exc})", input=source) from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    warnings: list[str] = []
    if len(text) < MIN_MAIN_TEXT_CHARS or len(text.split()) < 5:
        deep = deep_markup_text(data)
        if deep is None:
            raise InputError("HTML page has no main text (menu, script shell or paywall stub?)", input=source)
        text = deep
        warnings.append(
            f"markup nested deeper than {MAX_PARSER_DEPTH} levels: read all the page's text, "
            "not only its main text"
        )
    text = re.sub(r"\n+", "\n\n", text)
    meta: dict[str, Any] = {}
    page_url = getattr(result, "url", None)
    if url and page_url and page_url != url:
        meta["canonical_url"] = page_url
    for key in ("author", "description", "hostname"):
        value = getattr(result, key, None)
        if value:
            meta[key] = value
    language = getattr(result, "language", None)
    if not language:
        match = _HTML_LANG.search(raw[:4096])
        language = match.group(1).decode("ascii") if match else None
    return build_document(
        text,
        source=source,
        content_type="text/html",
        url=url or page_url,
        title=getattr(result, "title", None),
        outlet=getattr(result, "sitename", None),
        published=getattr(result, "date", None),
        language=language,
        meta=meta,
        warnings=warnings,
    )


# libxml2 (under lxml and so trafilatura) stops building the tree at this depth; text nested
# deeper is lost to it, though a browser shows it.
MAX_PARSER_DEPTH = 255
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "br",
        "tr",
        "section",
        "article",
        "td",
        "pre",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
    }
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "nav", "footer"})


def deep_markup_text(data: bytes | str) -> str | None:
    """All the visible text of a page whose nesting is too deep for libxml2, else None.

    Python's own streaming parser keeps no tree, so depth costs it nothing; block elements end
    paragraphs. Used only when the page is nested past libxml2's limit: a shallow page without
    main text (a menu, a script shell) is still refused.
    """
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = self.max_depth = self.skipping = 0
            self.parts: list[str] = []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in _SKIPPED:
                self.skipping += 1
            if tag in _BLOCKS:
                self.parts.append("\n")
            if tag not in _VOID:
                self.depth += 1
                self.max_depth = max(self.max_depth, self.depth)

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED and self.skipping:
                self.skipping -= 1
            if tag in _BLOCKS:
                self.parts.append("\n")
            if tag not in _VOID:
                self.depth = max(self.depth - 1, 0)

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.parts.append(data)

    if isinstance(data, bytes):
        from .base import decode_bytes

        try:
            data = decode_bytes(data, source="-", warnings=[])
        except InputError:
            return None
    parser = _Text()
    parser.feed(data)
    parser.close()
    if parser.max_depth <= MAX_PARSER_DEPTH:
        return None
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n"))
    text = "\n".join(p for p in paragraphs if p)
    if len(text) < MIN_MAIN_TEXT_CHARS or len(text.split()) < 5:
        return None
    return text


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), block elements on their own lines."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for block in root.xpath(".//p|.//div|.//li|.//h1|.//h2|.//h3|.//h4|.//blockquote|.//br"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
