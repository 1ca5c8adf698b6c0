"""Connectors: the APIs and listings analysts read, as Documents that point back at the original.

Each connector stores *pointers, not mirrors*: one Document per record with the text needed to
extract claims from, the original URL, the publisher (the organisation that wrote it, not the
service that relayed it) and the dates the API gives; attachments and related records are kept as
URLs in ``meta``, never copied. docs/connectors.md has each one's options, access rules and which
parts were checked only against the API's documented shape.

Every connector module registers its kind with ``sources.registry`` (so ``missionwatch watch``
follows it from a sources file) and is also an ``ingest`` input written ``KIND:key=value&…``::

    missionwatch ingest 'reliefweb:country=HTI&theme=Peacekeeping and Peacebuilding'
    missionwatch ingest 'gdelt:query="Haiti" police&timespan=7d'

Kinds: ``reliefweb``, ``un-press``, ``undl-votes``, ``fts``, ``gdelt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document

__all__ = ["KINDS", "OnceContext", "is_input", "read_input", "spec_from_input"]

KINDS = ("reliefweb", "un-press", "undl-votes", "fts", "gdelt")
_INPUT = re.compile(r"^([a-z][a-z0-9-]{1,30}):(?!//)(.*)$", re.S)


def is_input(item: str) -> bool:
    """Whether an ``ingest`` input names a connector (``reliefweb:…``) rather than a path or URL."""
    found = _INPUT.match(item)
    return found is not None and found.group(1) in KINDS


def spec_from_input(item: str) -> Any:
    """The ``registry.SourceSpec`` an input ``KIND:key=value&…`` stands for (a URL query string:
    ``+`` and ``%20`` are spaces; a repeated key is a list)."""
    from ..registry import SourceSpec

    found = _INPUT.match(item)
    if found is None or found.group(1) not in KINDS:
        raise InputError(
            f"not a connector input (write KIND:key=value&…, KIND one of {', '.join(KINDS)})", input=item
        )
    options: dict[str, Any] = {}
    for key, value in parse_qsl(found.group(2).lstrip("?"), keep_blank_values=True):
        key = key.strip().lower()
        if key in options:
            previous = options[key]
            options[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            options[key] = value
    return SourceSpec(name=item, kind=found.group(1), options=options)


@dataclass
class OnceContext:
    """The ``registry.PollContext`` of a one-shot ``ingest``: nothing seen before, no stored
    validators (every GET is plain), a cursor that is thrown away."""

    spec: Any
    settings: Settings
    allow_private: bool
    http: Any
    cursor: dict[str, Any] = field(default_factory=dict)

    def conditional_get(self, url: str, *, headers: Mapping[str, str] | None = None) -> Any:
        return self.http.get(url, headers=headers)

    def seen(self, key: str) -> bool:
        return False


def read_input(
    item: str, *, settings: Settings | None = None, allow_private: bool = False
) -> Iterator[Document | InputError]:
    """Every Document of a connector input, an InputError in place of each record that fails; a
    failure of the API itself (refused, unreachable after the retries, not the documented shape)
    ends this input with one error naming it, and what was read before stays read."""
    from .. import registry
    from ..http import WatchHttp

    settings = settings or Settings()
    source = registry.build(spec_from_input(item))
    with WatchHttp(settings=settings, allow_private=allow_private) as http:
        ctx = OnceContext(spec=source, settings=settings, allow_private=allow_private, http=http)
        yield from source.poll(ctx)
