"""What the connectors share: their options, API calls that name the source when they fail, and
reading a discovered link through the web reader.

Options come from a sources file (TOML values) or from an ``ingest`` input written
``KIND:key=value&key=value`` (a URL query string; see ``connectors.spec_from_input``). Either way a
key may hold several values (a TOML list, a repeated key, or commas) where the connector takes
several, and an unknown key is an error naming the known ones, so that a typo is not silently a
broader query.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from missionwatch.errors import InputError
from missionwatch.models import Document

from ..registry import PollContext, Response, SourceSpec
from ..web import ACCEPT, article_from

SHARED_KEYS = frozenset({"name", "kind", "every"})  # a sources file's own keys, not a connector's


class Options:
    """The checked options of one connector source; errors name the source."""

    def __init__(self, spec: SourceSpec, allowed: Mapping[str, str]) -> None:
        self.source = spec.name
        self.values = {k: v for k, v in spec.options.items() if k not in SHARED_KEYS}
        unknown = sorted(k for k in self.values if k not in allowed)
        if unknown:
            known = ", ".join(sorted(allowed))
            raise InputError(
                f"unknown option {unknown[0]!r} for kind {spec.kind} (known: {known})", input=self.source
            )

    def text(self, key: str, default: str | None = None) -> str | None:
        """One text value as written (commas kept: a query may hold them)."""
        value = self.values.get(key)
        if isinstance(value, list):
            value = value[-1] if value else None
        if value is None or (isinstance(value, str) and not value.strip()):
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise InputError(f"option {key!r} must be text, not {type(value).__name__}", input=self.source)
        return str(value).strip()

    def require(self, key: str, why: str) -> str:
        value = self.text(key)
        if value is None:
            raise InputError(f"option {key!r} is required ({why})", input=self.source)
        return value

    def many(self, key: str) -> list[str]:
        """Every value of a list, repeated or comma-separated option, in order, without repeats."""
        value = self.values.get(key)
        items = value if isinstance(value, list) else ([] if value is None else [value])
        out: list[str] = []
        for item in items:
            out.extend(part.strip() for part in str(item).split(",") if part.strip())
        return list(dict.fromkeys(out))

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value = self.text(key)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise InputError(
                f"option {key!r} must be a whole number, not {value!r}", input=self.source
            ) from None
        if not low <= number <= high:
            raise InputError(
                f"option {key!r} must be between {low} and {high}, not {number}", input=self.source
            )
        return number

    def day(self, key: str) -> str | None:
        """An ISO date (YYYY-MM-DD) option, checked."""
        value = self.values.get(key)
        if isinstance(value, date):
            return value.isoformat()[:10]
        text = self.text(key)
        if text is None:
            return None
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise InputError(
                f"option {key!r} must be a date like 2024-10-01, not {text!r}", input=self.source
            ) from None

    def url(self, key: str, default: str | None = None) -> str | None:
        value = self.text(key, default)
        if value is not None and not value.lower().startswith(("http://", "https://")):
            raise InputError(f"option {key!r} must be an http(s) URL, not {value!r}", input=self.source)
        return value


def get(ctx: PollContext, url: str, source: str, *, params: Mapping[str, Any] | None = None) -> Response:
    """GET through the watch client (guard, retries, rate limit); a failure names ``source``."""
    try:
        return ctx.http.get(url, params=params)
    except InputError as exc:
        raise _named(exc, source) from None


def get_if_changed(ctx: PollContext, url: str, source: str) -> Response | None:
    """A conditional GET with the validators ``watch`` keeps for this source (None: 304, unchanged);
    ``ingest`` has none, so it always reads. A failure names ``source``."""
    try:
        return ctx.conditional_get(url)
    except InputError as exc:
        raise _named(exc, source) from None


def get_json(ctx: PollContext, url: str, source: str, *, params: Mapping[str, Any] | None = None) -> Any:
    """The JSON at ``url``; a body that is not JSON is an InputError quoting how it starts."""
    return parse_json(get(ctx, url, source, params=params).data, source)


def _named(exc: InputError, source: str) -> InputError:
    """The client's error, naming the source instead of the request URL; its class is kept (a
    ``RetryLater`` still tells ``watch`` when to come back)."""
    exc.input = source
    return exc


def parse_json(data: bytes, source: str) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(
            "the API answered with bytes that are not UTF-8 text, not JSON", input=source
        ) from None
    except json.JSONDecodeError as exc:
        start = " ".join(data[:120].decode("utf-8", errors="replace").split())
        raise InputError(
            f"the API answered with something that is not JSON ({exc.msg}): {start!r}", input=source
        ) from None


def read_link(ctx: PollContext, url: str) -> Document:
    """A page, PDF or text a connector discovered, read by the web reader (same guard and cap);
    a link that turns out to be a feed is refused. Raises InputError naming the link."""
    try:
        response = ctx.http.get(url, headers={"Accept": ACCEPT})
    except InputError as exc:
        raise _named(exc, url) from None
    return article_from(response.fetched(), url, "link leads to a feed, not an article")


def text_of(value: Any) -> str | None:
    """A non-empty stripped string, or None for anything else."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON value that may be one object or a list of them."""
    if isinstance(value, dict):
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
