"""What every reader shares: turning bytes into text safely, and text plus metadata into a Document.

Decoding policy (the same for files, stdin, URLs and JSONL):

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE).
2. NUL bytes, or more than 5 % control characters, mean a binary file: refused.
3. Strict UTF-8 is tried first.
4. If that fails and the bytes hold *no* valid UTF-8 multi-byte sequence at all, the file is in a
   legacy single-byte encoding (old French and Spanish sites): decoded as Windows-1252 (Latin-1
   for the five bytes cp1252 leaves undefined), with a warning.
5. Otherwise it is UTF-8 with damage: the bad bytes become U+FFFD and a warning says how many —
   unless more than 10 % of the characters would be replaced, which is refused as not text.

Warnings go to ``Document.meta["warnings"]`` (a list of strings), so the ledger keeps them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from .dates import parse_published
from .language import guess_language, normalise_language

_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_RATIO = 0.05
_MAX_REPLACED_RATIO = 0.10
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_bytes(data: bytes, *, source: str, warnings: list[str]) -> str:
    """Text from bytes by the policy above; raises InputError for binary or undecodable data."""
    if not data.strip():
        raise InputError("empty input", input=source)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {encoding.upper()} text ({exc.reason})", input=source) from None
            _check_control(text, source)
            return text
    if b"\x00" in data:
        utf16 = _decode_utf16_without_bom(data, source, warnings)
        if utf16 is None:
            raise InputError("binary file, not text (contains NUL bytes)", input=source)
        _check_control(utf16, source)
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_damaged(data, source, warnings)
    _check_control(text, source)
    return text


def _decode_utf16_without_bom(data: bytes, source: str, warnings: list[str]) -> str | None:
    """Text of UTF-16 written without a byte-order mark (Windows "Unicode" exports), else None.

    Text in a Latin script has a NUL in every other byte of UTF-16: at odd offsets in little-endian,
    at even ones in big-endian. Binary data has its NULs anywhere.
    """
    sample = data[:65536]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd >= 0.3 * pairs and even <= 0.01 * pairs:
        encoding, label = "utf-16-le", "UTF-16 LE"
    elif even >= 0.3 * pairs and odd <= 0.01 * pairs:
        encoding, label = "utf-16-be", "UTF-16 BE"
    else:
        return None
    if len(data) % 2:
        raise InputError(
            f"binary file, not text (contains NUL bytes; {label} without a byte-order mark "
            "would have an even length)",
            input=source,
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"binary file, not text (contains NUL bytes; not valid {label} either: {exc.reason})",
            input=source,
        ) from None
    warnings.append(f"no byte-order mark: decoded as {label}")
    return text


def _decode_damaged(data: bytes, source: str, warnings: list[str]) -> str:
    if not _UTF8_MULTIBYTE.search(data):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        warnings.append("not UTF-8: decoded as Windows-1252")
        return text
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if replaced > _MAX_REPLACED_RATIO * max(len(text), 1):
        raise InputError(f"not text: {replaced} of {len(text)} characters are invalid UTF-8", input=source)
    warnings.append(f"invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD")
    return text


def _check_control(text: str, source: str) -> None:
    sample = text[:65536]
    if "\x00" in sample:
        raise InputError("binary file, not text (contains NUL characters)", input=source)
    controls = sum(1 for ch in sample if ch not in _CONTROL_OK and unicodedata.category(ch) == "Cc")
    if controls > _MAX_CONTROL_RATIO * max(len(sample), 1):
        raise InputError(f"binary file, not text ({controls} control characters)", input=source)


def check_size(size: int, limit: int, source: str, *, complete: bool = True) -> None:
    """Refuse an input over the size cap before reading more of it.

    ``complete=False`` when ``size`` is only what was read before stopping (stdin, streams).
    """
    if size > limit:
        amount = f"{size} bytes is" if complete else f"more than {limit} bytes is"
        raise InputError(
            f"too large: {amount} over the {limit}-byte limit (MISSIONWATCH_MAX_DOCUMENT_BYTES)", input=source
        )


def build_document(
    text: str,
    *,
    source: str,
    content_type: str,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: object = None,
    language: str | None = None,
    meta: Mapping[str, Any] | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """A Document with its date normalised, its language guessed, and its warnings kept.

    Raises InputError when there is no text. A date that cannot be read is not fatal: it is kept
    in ``meta["published_raw"]`` with a warning, and ``published`` stays None.
    """
    if not text or not text.strip():
        raise InputError("no text to read", input=source)
    for field, value in (
        ("text", text),
        ("title", title),
        ("outlet", outlet),
        ("url", url),
        ("published", published),
        ("meta", meta),
    ):
        check_encodable(value, source, field)
    extra: dict[str, Any] = dict(meta or {})
    notes = list(warnings or [])
    iso: str | None = None
    precision = None
    if published not in (None, ""):
        parsed = parse_published(published)
        if parsed is None:
            extra["published_raw"] = str(published)
            notes.append(f"unreadable publication date {str(published)!r}")
        else:
            iso, precision = parsed
    if notes:
        extra["warnings"] = [*extra.get("warnings", []), *notes]
    lang = normalise_language(language) or guess_language(text)
    named = _clean(outlet)
    if not named:
        named, basis = outlet_from(extra, url)
        if named:
            extra["outlet_from"] = basis
    return Document(
        text=text,
        source=source,
        url=url or None,
        title=_clean(title),
        outlet=named,
        published=iso,
        published_precision=precision,
        language=lang,
        content_type=content_type,
        meta=extra,
    )


_URL = re.compile(r"https?://[^\s;,<>\"']+", re.I)


def outlet_from(meta: Mapping[str, Any], url: str | None) -> tuple[str | None, str | None]:
    """(outlet, where it came from) when a document names no outlet of its own.

    A ``Source`` header that is a name is the outlet; a ``Source``/``Source-basis`` header that is
    (or holds) a URL gives its host, like the document's own URL: ``www.kbc.co.ke`` → ``kbc.co.ke``.
    """
    for key in ("source", "source_basis"):
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        found = _URL.search(value)
        if found:
            host = url_host(found.group(0))
            if host:
                return host, key
        elif key == "source" and len(value) <= 80 and not re.search(r"[./\\]", value):
            return " ".join(value.split()), key
    host = url_host(url) if url else None
    return (host, "url") if host else (None, None)


def url_host(url: str) -> str | None:
    """The site a URL (or a bare ``host/path``) points at, lower-cased, without ``www.``."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def check_encodable(value: Any, source: str, field: str = "text") -> None:
    """Refuse a lone surrogate (a JSON escape such as ``\\ud800`` with no pair): no UTF-8 can store it,
    and the database would fail on it later, so the input is refused now, naming the field."""
    if isinstance(value, str):
        match = _LONE_SURROGATE.search(value)
        if match:
            raise InputError(
                f'"{field}" has a lone surrogate \\u{ord(match.group()):04x} at character '
                f"{match.start()} (not valid Unicode text)",
                input=source,
            )
    elif isinstance(value, Mapping):
        for key, item in value.items():
            check_encodable(key, source, field)
            check_encodable(item, source, f"{field}.{key}")
    elif isinstance(value, list | tuple):
        for item in value:
            check_encodable(item, source, field)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
