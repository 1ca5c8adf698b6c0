"""Plain-text and Markdown articles, with the optional header block of the development corpus.

    Published: 2024-09-30
    Source-basis: https://example.org/original-report

    Headline

    Body…

The first block of lines is a header only when *every* line is ``Key: value`` with a key shaped
like a field name (a letter, then letters, digits, ``-`` or ``_``, at most 32 characters, no
spaces) and either the block has two lines or more, or its one key is a known one. So an article
that opens with "Note: figures are provisional." stays text. Markdown files may instead open with
``---`` front matter of ``key: value`` lines.

Known keys (case-insensitive; ``-``/``_``/space alike) fill the Document's fields; every other key
is kept in ``meta`` under its lower-case, underscore form (``Source-basis`` → ``source_basis``).
``Document.text`` is the body after the header, untouched otherwise, so the offsets of claims
point into it. The title is the header's, else the body's first line when it reads as a headline
(one line standing alone, at most 200 characters, not ending like a sentence; or that line
hard-wrapped onto two to four, see :func:`headline`). A blank line may hold spaces or tabs.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from missionwatch.models import Document

from .base import build_document

KNOWN_KEYS: dict[str, str] = {
    "published": "published",
    "date": "published",
    "published_at": "published",
    "publication_date": "published",
    "pubdate": "published",
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "site_name": "outlet",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "language": "language",
    "lang": "language",
}
# Keys that are not Document fields but are common enough to make a one-line block a header.
_KNOWN_META = {"source_basis", "source", "author", "byline", "dateline", "section", "tags", "id"}

_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,31}):[ \t]+(\S.*)")
_FRONT_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_ -]{0,31}):[ \t]*(.*)")
_SENTENCE_END = re.compile(r"[.,;:]$")
_BLANK_LINE = re.compile(r"\r?\n[ \t\r]*\n")
# a headline hard-wrapped like its body: the line breaks where the next word did not fit
_RUN_ON_END = re.compile(
    r"\b(?:the|a|an|of|and|or|in|on|at|to|for|by|with|from|as|its|their|over|after)$", re.I
)


def field_key(key: str) -> str:
    """``Source-basis`` / ``source basis`` / ``SOURCE_BASIS`` → ``source_basis``."""
    return re.sub(r"[-\s]+", "_", key.strip().lower())


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header fields (as written, in order) and the body after the header.

    Returns ``({}, text)`` when the text has no header by the rules above.
    """
    front = _split_front_matter(text)
    if front is not None:
        return front
    stripped = text.lstrip("\ufeff")
    blank = _BLANK_LINE.search(stripped)  # a blank line may hold spaces or tabs
    if not blank:
        return {}, text
    head, body = stripped[: blank.start()], stripped[blank.end() :]
    lines = [line.strip() for line in head.splitlines()]
    if not lines:
        return {}, text
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.fullmatch(line)
        if not match:
            return {}, text
        fields[match.group(1)] = match.group(2).strip()
    if len(fields) == 1:
        (key,) = fields
        if field_key(key) not in KNOWN_KEYS and field_key(key) not in _KNOWN_META:
            return {}, text
    return fields, body


def _split_front_matter(text: str) -> tuple[dict[str, str], str] | None:
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return None
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_LINE.fullmatch(line.strip())
        if match and match.group(2):
            fields[match.group(1).strip()] = match.group(2).strip().strip("'\"")
    return fields, "".join(lines[end + 1 :])


def headline(body: str) -> str | None:
    """The body's first line when it stands alone and reads as a headline, else None.

    A first paragraph of two to four lines is a headline hard-wrapped like the rest of a plain-text
    or PDF report when every line but the last is at least 20 characters long, does not end in a
    stop, colon or semicolon, and breaks where a wrap would: the line is as full as the body's lines
    (when the body is hard-wrapped), or the break is mid-phrase (the next line opens in lower case or
    with a figure, or the line ends on a comma or on "of", "in", "the" …); the lines are joined with a
    space.
    """
    parts = _BLANK_LINE.split(body.strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    lines = [line.strip() for line in parts[0].strip().split("\n")]
    if len(lines) > 1 and not _wrapped_headline(lines, _wrap_width(parts[1])):
        return None
    line = " ".join(lines).lstrip("#").strip()
    if not line or len(line) > 200 or not 2 <= len(line.split()) <= 30:
        return None
    if _SENTENCE_END.search(line.rstrip("\"'”’»)] ")):
        return None  # a sentence, perhaps ending inside a quotation: not a headline
    return line


def _wrap_width(body: str) -> int:
    """The width the body is hard-wrapped at (its long lines' length), or 0 if it is not."""
    lengths = sorted(len(line.rstrip()) for line in body.split("\n") if line.strip())
    if len(lengths) < 3:
        return 0
    width = lengths[int(0.8 * (len(lengths) - 1))]
    return width if width <= 160 else 0


def _wrapped_headline(lines: list[str], width: int) -> bool:
    if len(lines) > 4:
        return False
    for line, nxt in itertools.pairwise(lines):
        if len(line) < 20 or not nxt or re.search(r"[.;:]$", line.rstrip("\"'”’»)] ")):
            return False
        full = bool(width) and len(line) + 1 + len(nxt.split()[0]) > 0.9 * width
        mid_phrase = nxt[:1].islower() or nxt[:1].isdigit() or nxt[:1] in "$€£" or line.endswith(",")
        if not (full or mid_phrase or _RUN_ON_END.search(line)):
            return False
    return True


def document_from_text(
    text: str,
    *,
    source: str,
    content_type: str = "text/plain",
    warnings: list[str] | None = None,
    **given: Any,
) -> Document:
    """A Document from article text, its header parsed; ``given`` fields beat the header's."""
    fields, body = split_header(text.replace("\r\n", "\n").replace("\r", "\n"))
    values: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in fields.items():
        norm = field_key(key)
        if norm in KNOWN_KEYS:
            values.setdefault(KNOWN_KEYS[norm], value)
        else:
            meta[norm] = value
    extra_meta = given.pop("meta", None) or {}
    meta.update(extra_meta)
    for key, value in given.items():
        if value is not None:
            values[key] = value
    if not values.get("title"):
        values["title"] = headline(body)
    return build_document(
        body, source=source, content_type=content_type, meta=meta, warnings=warnings, **values
    )
