"""Polling: one source (``poll_source``), one pass over the due sources (``run_pass``), forever.

Crash safety comes from the order of writes, each its own transaction:

1. a document and its claims (``Ledger.store``: all or nothing, unique by text);
2. its entry key (``watch_entries``): from now on the source's poll skips it;
3. at the end of the poll, the source's state: new ETag/Last-Modified, cursor, next due time.

A kill between 1 and 2 leaves a document whose entry is read again and found a duplicate; a kill
before 3 leaves the old validators, so the next poll reads the whole response again and skips
what was stored. Every entry ends up stored exactly once. The validators are also left as they
were when some entry failed, so that entry is tried again on the next poll.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from missionwatch.config import Settings
from missionwatch.errors import InputError, MissionWatchError
from missionwatch.ledger.watch import SourceState, WatchStore, now
from missionwatch.models import Document
from missionwatch.sources.http import RetryLater, WatchHttp
from missionwatch.sources.kinds import AlreadySeen, entry_key
from missionwatch.sources.registry import Http, Response, SourceSpec, build
from missionwatch.watch.watchfile import WatchFile

ALERTS_EVERY = 3600.0  # the long-lived loop evaluates its rules at least this often (expiries)
MAX_BACKOFF = 6 * 3600.0  # a failing source is tried at least this often (unless its interval is longer)


@dataclass
class PollResult:
    """What one poll of one source did (``watch --format json`` prints these)."""

    source: str
    kind: str
    status: str = "ok"  # ok | not_modified | failed | skipped
    stored: int = 0
    duplicates: int = 0
    seen: int = 0  # entries skipped because they were stored before
    failed: int = 0
    claims: int = 0
    requests: int = 0
    not_modified: int = 0
    error: str | None = None
    errors: list[str] = field(default_factory=list)
    next_due: str | None = None


class WatchContext:
    """``registry.PollContext`` for one poll, backed by the ledger's state of the source."""

    def __init__(
        self,
        spec: SourceSpec,
        *,
        settings: Settings,
        allow_private: bool,
        http: Http,
        state: SourceState,
        store: WatchStore,
    ) -> None:
        self.spec = spec
        self.settings = settings
        self.allow_private = allow_private
        self.http = http
        self.store = store
        self.cursor: dict[str, Any] = dict(state.cursor or {})
        self.old_validators: dict[str, Any] = dict(state.validators or {})
        self.validators: dict[str, Any] = dict(self.old_validators)
        self.not_modified = 0
        self.fetched = 0

    def conditional_get(self, url: str, *, headers: Mapping[str, str] | None = None) -> Response | None:
        sent = dict(headers or {})
        known = self.old_validators.get(url) or {}
        if known.get("etag"):
            sent["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            sent["If-Modified-Since"] = known["last_modified"]
        response = self.http.get(url, headers=sent)
        if response.status == 304:
            self.not_modified += 1
            return None
        self.fetched += 1
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if etag or modified:
            self.validators[url] = {"etag": etag, "last_modified": modified}
        else:
            self.validators.pop(url, None)
        return response

    def seen(self, key: str) -> bool:
        return self.store.seen(self.spec.name, key)


def backoff(every: float, failures: int, retry_after: float = 0.0) -> float:
    """Seconds before a failing source is tried again: its interval doubled per failure, capped."""
    cap = max(every, MAX_BACKOFF)
    wait = min(cap, max(every, 60.0) * 2 ** max(failures - 1, 0))
    return max(wait, retry_after)


def poll_source(
    ledger: Any,
    store: WatchStore,
    spec: SourceSpec,
    *,
    http: WatchHttp,
    settings: Settings,
    allow_private: bool = False,
    extract: Callable[[Document], list[Any]] | None = None,
    extractor_name: str | None = None,
    on_document: Callable[[str, Document, Any], None] | None = None,
    on_error: Callable[[MissionWatchError], None] | None = None,
) -> PollResult:
    """Poll one source, store what is new, save its state; never raises for a source's failure."""
    from missionwatch.cli.ingest import run_ingest

    state = store.state(spec.name, spec.kind)
    result = PollResult(source=spec.name, kind=spec.kind)
    started = now()
    before = http.requests
    ctx: WatchContext | None = None
    retry_after = 0.0
    try:
        source = build(spec)
        ctx = WatchContext(
            spec, settings=settings, allow_private=allow_private, http=http, state=state, store=store
        )
        stream = _new_items(source.poll(ctx), store, spec.name, result)
        first = next(stream, None)
        if first is not None:

            def stored(status: str, doc: Document, outcome: Any) -> None:
                store.mark_seen(spec.name, entry_key(doc), doc.id)
                if on_document:
                    on_document(status, doc, outcome)

            def failed(error: MissionWatchError) -> None:
                result.errors.append(error.one_line())
                if on_error:
                    on_error(error)

            summary = run_ingest(
                ledger,
                [f"watch:{spec.name}"],
                extract=extract,
                extractor_name=extractor_name,
                documents=itertools.chain([first], stream),
                on_document=stored,
                on_error=failed,
            )
            result.stored, result.duplicates = summary.stored, summary.duplicates
            result.failed, result.claims = summary.failed, summary.claims
    except RetryLater as exc:
        result.status, result.error, retry_after = "failed", exc.one_line(), exc.after
    except MissionWatchError as exc:
        result.status, result.error = "failed", exc.one_line()
    except Exception as exc:  # a connector's bug costs its own source only
        result.status, result.error = "failed", f"error: {spec.name}: {type(exc).__name__}: {exc}"
    result.requests = http.requests - before
    finished = now()
    state.polls += 1
    state.last_fetch_at = started
    if result.status == "failed":
        state.failures += 1
        state.last_status = "failed"
        state.last_error = result.error
        state.next_due = finished + timedelta(seconds=backoff(spec.every, state.failures, retry_after))
    else:
        assert ctx is not None
        result.not_modified = ctx.not_modified
        if ctx.fetched == 0 and ctx.not_modified:
            result.status = "not_modified"
        state.failures = 0
        state.last_status = result.status
        state.last_success_at = finished
        state.cursor = ctx.cursor
        state.stored += result.stored
        if result.failed:  # keep the old validators: the failed entries are read again next time
            state.last_error = result.errors[0] if result.errors else None
        else:
            state.validators = ctx.validators
            state.last_error = None
        state.next_due = finished + timedelta(seconds=spec.every)
    store.save(state)
    result.next_due = state.next_due.isoformat(timespec="seconds") + "Z" if state.next_due else None
    return result


def _new_items(
    items: Any, store: WatchStore, name: str, result: PollResult
) -> Iterator[Document | InputError]:
    for item in items:
        if isinstance(item, AlreadySeen):
            result.seen += 1
            continue
        if isinstance(item, Document) and store.seen(name, entry_key(item)):
            result.seen += 1
            continue
        yield item


def due(state: SourceState, at: datetime) -> bool:
    return state.next_due is None or state.next_due <= at


@dataclass
class PassResult:
    polls: list[PollResult] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.status == "failed" for p in self.polls)

    def as_json(self) -> dict[str, Any]:
        return {"polls": [asdict(p) for p in self.polls], "alerts": self.alerts}


def run_pass(
    ledger: Any,
    watchfile: WatchFile,
    *,
    settings: Settings,
    allow_private: bool = False,
    force: bool = False,
    extract: Callable[[Document], list[Any]] | None = None,
    extractor_name: str | None = None,
    on_poll: Callable[[PollResult], None] | None = None,
    on_document: Callable[[str, Document, Any], None] | None = None,
    deliver: bool = True,
    alerts_if_quiet: bool = True,
) -> PassResult:
    """Poll every due source (every source with ``force``), then evaluate and push the alerts —
    after a pass that stored nothing only with ``alerts_if_quiet`` (the long-lived loop re-reads the
    facts for its rules when something new arrived, and once an hour for expiries)."""
    store = WatchStore(ledger.engine)
    out = PassResult()
    with WatchHttp(settings=settings, allow_private=allow_private) as http:
        for spec in watchfile.sources:
            if not force and not due(store.state(spec.name, spec.kind), now()):
                continue
            result = poll_source(
                ledger,
                store,
                spec,
                http=http,
                settings=settings,
                allow_private=allow_private,
                extract=extract,
                extractor_name=extractor_name,
                on_document=on_document,
            )
            out.polls.append(result)
            if on_poll:
                on_poll(result)
    stored = any(p.stored for p in out.polls)
    if watchfile.rules and deliver and (stored or alerts_if_quiet):
        from missionwatch.watch.notify import push

        out.alerts = push(ledger, store, watchfile, settings=settings)
    return out


def next_wake(ledger: Any, watchfile: WatchFile) -> float:
    """Seconds until the next source is due (between 1 and 60: the file's sources may change)."""
    store = WatchStore(ledger.engine)
    at = now()
    waits = []
    for spec in watchfile.sources:
        state = store.state(spec.name, spec.kind)
        waits.append(0.0 if state.next_due is None else (state.next_due - at).total_seconds())
    return min(60.0, max(1.0, min(waits, default=60.0)))


def run_forever(
    ledger: Any, load: Callable[[], WatchFile], *, sleep: Callable[[float], None] = time.sleep, **kwargs: Any
) -> None:
    """Passes until interrupted; the sources file is read again before each pass (a bad edit is
    reported and the previous file kept)."""
    import signal

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt  # SIGTERM (systemd stop) ends the loop like Ctrl-C

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        _loop(ledger, load, sleep, kwargs)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _loop(ledger: Any, load: Callable[[], WatchFile], sleep: Callable[[float], None], kwargs: Any) -> None:
    import sys

    current = load()
    last_alerts = -ALERTS_EVERY
    while True:
        try:
            current = load()
        except MissionWatchError as exc:
            print(f"{exc.one_line()} (keeping the previous sources file)", file=sys.stderr, flush=True)
        quiet_due = time.monotonic() - last_alerts >= ALERTS_EVERY
        result = run_pass(ledger, current, alerts_if_quiet=quiet_due, **kwargs)
        if quiet_due or any(p.stored for p in result.polls):
            last_alerts = time.monotonic()
        sleep(next_wake(ledger, current))
