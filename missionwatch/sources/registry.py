"""Source kinds for ``missionwatch watch``: one registry from a sources file's ``kind`` to a factory.

A sources file (TOML, see docs/watch.md) lists the sources to follow::

    [[source]]
    name = "reliefweb-haiti"     # unique; the ledger keeps the source's state under this name
    kind = "reliefweb"           # looked up in this registry
    every = "1h"                 # interval between two polls (s, m, h, d); default 1h
    country = "Haiti"            # every other key is the kind's own option

The built-in kinds (``feed``, ``page``, ``directory``) and each connector register themselves with::

    from missionwatch.sources.registry import register

    def make(spec: SourceSpec) -> Source: ...      # raise InputError(..., input=spec.name) on bad options
    register("reliefweb", make)

A ``Source`` has one method, ``poll(ctx)``, yielding ``Document`` or ``InputError`` values (one bad
record costs that record only). Everything a poll needs from outside comes through ``ctx``
(``PollContext``): an HTTP client that already does the private-address guard on every hop, retries
with backoff on 429/5xx/connection errors honouring ``Retry-After``, the per-host rate limit, the
User-Agent and the size cap; conditional GET with the source's stored validators; the set of entry
keys already stored; and a small JSON cursor the ledger keeps between polls. A source never talks
to the ledger itself.

Entry keys: the watch loop skips a document whose key it has stored before for that source, and
records the key after the document is stored. The key is ``doc.meta["entry_key"]`` when the source
sets one (an API record id), else ``doc.source`` (a feed entry's link). ``ctx.seen(key)`` lets a
source skip a record before paying for it (fetching its page).

Modules registering kinds are imported by ``load_kinds()``: the built-ins, then every module of
``missionwatch.sources.connectors`` (a connector that fails to import is reported, not fatal).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from missionwatch.config import Settings
from missionwatch.errors import InputError
from missionwatch.models import Document
from missionwatch.sources.web import Fetched


@dataclass(frozen=True)
class SourceSpec:
    """One ``[[source]]`` table of a sources file, validated for the keys every kind shares."""

    name: str
    kind: str
    every: float = 3600.0  # seconds between two polls
    options: Mapping[str, Any] = field(default_factory=dict)  # the kind's own keys, as written

    def option(
        self, key: str, default: Any = None, *, required: bool = False, kind: type | None = None
    ) -> Any:
        """The option ``key``; a missing required one or one of the wrong type raises InputError
        naming the source."""
        value = self.options.get(key, default)
        if value is None and required:
            raise InputError(f"source needs {key!r} (kind {self.kind})", input=self.name)
        if value is not None and kind is not None and not isinstance(value, kind):
            raise InputError(
                f"{key!r} must be a {kind.__name__}, got {type(value).__name__}", input=self.name
            )
        return value


@dataclass
class Response:
    """A response body read within the size cap (2xx only: errors raise InputError)."""

    url: str  # where it was finally read, after redirects
    status: int
    headers: Mapping[str, str]
    data: bytes
    content_type: str | None = None
    charset: str | None = None

    def text(self) -> str:
        return self.data.decode(self.charset or "utf-8", errors="replace")

    def fetched(self) -> Fetched:
        """The body as the web reader's ``Fetched``, for ``document_from_fetched`` and its kin."""
        return Fetched(url=self.url, content_type=self.content_type, charset=self.charset, data=self.data)

    def json(self) -> Any:
        try:
            return json.loads(self.data)
        except ValueError as exc:
            raise InputError(f"response is not JSON ({exc})", input=self.url) from None


class Http(Protocol):
    """The guarded, retrying, rate-limited HTTP client a poll gets (``ctx.http``)."""

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET, following redirects through the guard; raises InputError after the retries."""
        ...

    def post(
        self,
        url: str,
        *,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """POST a JSON body (APIs queried by POST, e.g. ReliefWeb); same guard and retries."""
        ...


class PollContext(Protocol):
    """What a poll may use. Implemented by the watch loop; a test may pass its own."""

    spec: SourceSpec
    settings: Settings
    allow_private: bool
    http: Http
    cursor: dict[str, Any]  # JSON-able; kept in the ledger when the poll finishes without a crash

    def conditional_get(self, url: str, *, headers: Mapping[str, str] | None = None) -> Response | None:
        """GET with the ETag/Last-Modified stored for this source and URL; None on 304 Not Modified.

        The new validators are kept only when the whole poll finishes, so a crash mid-poll makes
        the next poll read the response again instead of skipping what was not stored.
        """
        ...

    def seen(self, key: str) -> bool:
        """True when an entry with this key was already stored from this source."""
        ...


class Source(Protocol):
    """A configured source: ``poll`` yields its current documents (already-seen ones may be skipped)."""

    def poll(self, ctx: PollContext) -> Iterable[Document | InputError]: ...


Factory = Callable[[SourceSpec], Source]

_KINDS: dict[str, Factory] = {}
_LOADED = False
_LOAD_ERRORS: list[str] = []

BUILTIN_MODULES = ("missionwatch.sources.kinds",)
CONNECTOR_PACKAGE = "missionwatch.sources.connectors"


def register(kind: str, factory: Factory) -> None:
    """Make ``kind`` usable in a sources file; ``factory(spec)`` builds the Source (or raises
    InputError for bad options). Registering a kind twice with another factory is a bug."""
    existing = _KINDS.get(kind)
    if existing is not None and existing is not factory:
        raise ValueError(f"source kind {kind!r} is already registered")
    _KINDS[kind] = factory


def load_kinds() -> list[str]:
    """Import the modules that register kinds (once); returns the import failures, one line each."""
    global _LOADED
    if _LOADED:
        return list(_LOAD_ERRORS)
    _LOADED = True
    for name in BUILTIN_MODULES:
        importlib.import_module(name)
    try:
        package = importlib.import_module(CONNECTOR_PACKAGE)
    except ModuleNotFoundError:
        return list(_LOAD_ERRORS)
    for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
        if info.name.startswith("_"):
            continue
        try:
            importlib.import_module(f"{CONNECTOR_PACKAGE}.{info.name}")
        except Exception as exc:  # one broken connector must not stop the others
            _LOAD_ERRORS.append(f"connector {info.name!r} unavailable ({type(exc).__name__}: {exc})")
    return list(_LOAD_ERRORS)


def kinds() -> list[str]:
    """Every registered kind, sorted."""
    load_kinds()
    return sorted(_KINDS)


def build(spec: SourceSpec) -> Source:
    """The Source for ``spec``; an unknown kind is an InputError listing the known ones."""
    load_kinds()
    factory = _KINDS.get(spec.kind)
    if factory is None:
        raise InputError(f"unknown kind {spec.kind!r} (known: {', '.join(sorted(_KINDS))})", input=spec.name)
    return factory(spec)
