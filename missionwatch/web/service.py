"""What the pages and the API show, computed once for both: every HTML page renders exactly the
object its JSON twin returns.

``Service`` wraps one ``Ledger`` and the report ``Backend``. Reconciled results (briefings, facts,
conflicts) are cached per mission and keyed on the ledger's size, so a page view after an ingest
sees the new claims and repeated views do not reconcile again. Writes go through one lock (the
datasette "one writer" pattern) while reads run concurrently; SQLite's WAL mode lets readers go on
during a write.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from missionwatch.config import Settings
from missionwatch.errors import InputError, LedgerError, NotFoundError
from missionwatch.ledger import Ledger
from missionwatch.models import Document, StoredClaim
from missionwatch.reconcile.materialized import (
    claim_refs,
    keep_in_background,
    refresh,
    stored_conflicts,
    stored_facts,
    stored_summaries,
    sync,
)
from missionwatch.reconcile.timeline import MISSION_FREE, points
from missionwatch.report.alerts import Alert, compute_alerts, default_since
from missionwatch.report.backend import Backend, MissionView, resolution_view
from missionwatch.report.briefing import Briefing, build_briefing, claim_link, today
from missionwatch.report.charts import briefing_chart_specs, briefing_charts
from missionwatch.report.data import (
    PEOPLE_MEASURES,
    SITUATION_MEASURES,
    AlertList,
    NotStored,
    alert_inputs,
    briefing_inputs,
    mission_claims,
)
from missionwatch.web.schemas import (
    ClaimOut,
    DocumentDetail,
    DocumentOut,
    FactOut,
    IngestIn,
    IngestResult,
    MissionOut,
    Overview,
    ResolutionOut,
    Segment,
)

V = TypeVar("V")
FACT_OUTS = 4096  # facts kept ready to list with their claims (a few pages of each recent list)
FEED_KEPT = 5000  # alerts of a feed made whole and kept for its version; a longer one is streamed
PLANS = 4  # alert lists' plans (``AlertList``) kept, each for its (since, as_of) and ledger version
RESPONSES = 128  # API pages kept serialised (facts, conflicts, timelines, alerts), by URL and version
log = logging.getLogger(__name__)


def claim_out(c: StoredClaim) -> ClaimOut:
    return ClaimOut(**c.model_dump(), link=claim_link(c))


def document_out(d: Any) -> DocumentOut:
    return DocumentOut(
        id=d.id,
        title=d.title,
        outlet=d.outlet,
        published=d.published,
        url=d.url,
        source=d.source,
        language=d.language,
        status=getattr(d, "status", None),
        cluster_id=getattr(d, "cluster_id", None),
        claim_count=getattr(d, "claim_count", None),
        html=f"/documents/{d.id}",
    )


def evidence_span(text: str, c: StoredClaim) -> tuple[int, int] | None:
    """Where the claim's evidence is in the text: its offsets if they are sane, else its sentence."""
    if 0 <= c.start < c.end <= len(text):
        return c.start, c.end
    if c.sentence:
        at = text.find(c.sentence)
        if at >= 0:
            return at, at + len(c.sentence)
    return None


def segments(text: str, claims: list[StoredClaim]) -> list[Segment]:
    """The text cut into runs; overlapping evidence spans merge into one highlighted run."""
    spans = sorted((s, c.id or 0) for c in claims if (s := evidence_span(text, c)) is not None)
    regions: list[tuple[int, int, list[int]]] = []
    for (start, end), cid in spans:
        if regions and start < regions[-1][1]:
            s0, e0, ids = regions[-1]
            regions[-1] = (s0, max(e0, end), [*ids, cid])
        else:
            regions.append((start, end, [cid]))
    out: list[Segment] = []
    at = 0
    for start, end, ids in regions:
        if start > at:
            out.append(Segment(text=text[at:start], start=at))
        out.append(Segment(text=text[start:end], claims=ids, start=start))
        at = end
    if at < len(text):
        out.append(Segment(text=text[at:], start=at))
    return out


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None (another C library)."""
    try:
        return cast(Callable[[int], int], ctypes.CDLL(None).malloc_trim)
    except (OSError, AttributeError):
        return None


_TRIM = _malloc_trim()


def give_back_memory() -> None:
    """Hand the C heap's free pages back to the system after a computation built and dropped much
    (a first conflicts list: +65 MB of RSS, of which 42 MB freed but kept by ``malloc``; an alert
    list +26 MB, all of it): without it a server's memory is the sum of the peaks of every first
    request it served (bench/serve.md, eleventh round). ``malloc_trim`` walks the free lists:
    1.5 ms after a conflicts list at 1,000,009 claims. Nothing where the C library has none."""
    if _TRIM is not None:
        _TRIM(0)


class _Flight:
    """One computation under way: the callers that arrive meanwhile wait for its result."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.waiters = 0  # callers waiting for it besides the one computing
        self.value: Any = None
        self.error: BaseException | None = None


class SingleFlight:
    """At most one computation per key at a time: concurrent callers of a key share the first
    caller's result (or error) instead of each computing it — two first overviews at once used
    to cost the time of two (issue 10)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.flights: dict[Any, _Flight] = {}

    def do(self, key: Any, make: Callable[[], V]) -> V:
        with self.lock:
            flight = self.flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self.flights[key] = _Flight()
            else:
                flight.waiters += 1
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.value
        try:
            flight.value = make()
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self.lock:
                del self.flights[key]
            flight.done.set()
            give_back_memory()  # what the computation built and dropped
        return flight.value


class _Cache:
    """A small LRU keyed on (what, ledger version); safe to share between request threads, and a
    missing value is computed once however many requests ask for it at once."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self.data: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.flights = SingleFlight()

    def get(self, key: Any, make: Callable[[], V]) -> V:
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        value = self.flights.do(key, make)
        with self.lock:
            self.data[key] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return value

    def peek(self, key: Any) -> Any:
        """The value kept for ``key``, or None: nothing is computed."""
        with self.lock:
            return self.data.get(key)


class _Fresh:
    """Values that take long to compute (a mission's briefing): served stale while recomputed.

    The first request for a key computes it; after the ledger changes, the previous value is
    returned at once while one background thread computes the new one, so an ingest never makes
    a reader wait for a whole reconciliation.
    """

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self.data: OrderedDict[Any, tuple[Any, Any]] = OrderedDict()
        self.lock = threading.Lock()
        self.busy: set[Any] = set()
        self.flights = SingleFlight()

    def _put(self, key: Any, version: Any, value: Any) -> None:
        with self.lock:
            self.data[key] = (version, value)
            self.data.move_to_end(key)
            while len(self.data) > self.size:  # many dates asked for: keep the recent ones
                self.data.popitem(last=False)

    def get(self, key: Any, version: Any, make: Callable[[], V]) -> V:
        with self.lock:
            found = self.data.get(key)
        if found is None:
            value = self.flights.do(key, make)
            self._put(key, version, value)
            return value
        have, value = found
        if have != version:
            with self.lock:
                start = key not in self.busy
                self.busy.add(key)
            if start:
                threading.Thread(
                    target=self._refresh, args=(key, version, make), daemon=True, name="missionwatch-refresh"
                ).start()
        return value

    def _refresh(self, key: Any, version: Any, make: Callable[[], Any]) -> None:
        try:
            self._put(key, version, make())
        except Exception:  # the next request tries again; the stale value stays meanwhile
            log.exception("refreshing %r failed", key)
        finally:
            with self.lock:
                self.busy.discard(key)
            give_back_memory()


class _Lru:
    """A bounded map, least recently used out first, shared by request threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get_many(self, keys: list[Any]) -> dict[Any, Any]:
        with self.lock:
            found = {k: self.data[k] for k in keys if k in self.data}
            for k in found:
                self.data.move_to_end(k)
        return found

    def put_many(self, items: dict[Any, Any]) -> None:
        with self.lock:
            self.data.update(items)
            for k in items:
                self.data.move_to_end(k)
            while len(self.data) > self.size:
                self.data.popitem(last=False)


class _Plans(_Fresh):
    """``AlertList``s kept by (since, as_of) for one ledger version each — a newer version's
    replaces it, at most ``size`` kept (least recently used out first, as ``_Fresh`` keeps) — each
    made once however many requests ask for it at once; never served stale, as a plan's cursor must
    see the ledger the page is of. A list the stored facts do not answer (``NotStored``) is kept as
    None for its version."""

    def plan(self, key: Any, version: Any, make: Callable[[], V]) -> V | None:
        with self.lock:
            found = self.data.get(key)
            if found is not None and found[0] == version:
                self.data.move_to_end(key)
                return found[1]

        def made() -> V | None:
            try:
                return make()
            except NotStored:
                return None

        value = self.flights.do((key, version), made)
        self._put(key, version, value)
        return value


def brief_key(brief: Briefing) -> tuple[Any, ...]:
    """What identifies one computed briefing (charts and rendered pages are cached under it)."""
    return (brief.mission, brief.as_of, brief.since, brief.generated_at, brief.claim_count)


class Service:
    def __init__(
        self,
        ledger: Ledger,
        settings: Settings | None = None,
        backend: Backend | None = None,
        version_ttl: float = 2.0,
    ) -> None:
        self.ledger = ledger
        self.settings = settings or Settings()
        self.backend = backend or Backend()
        self.cache = _Cache()
        self.fresh = _Fresh()
        self.fact_outs = _Lru(FACT_OUTS)  # facts listed with their claims, by version, seq and mark
        self.responses = _Lru(RESPONSES)  # JSON bodies of API pages (api.cached_json)
        self.plans = _Plans(PLANS)  # alert lists' plans (``alert_list``)
        self.write_lock = threading.Lock()
        self.version_ttl = version_ttl
        self._version: tuple[float, tuple[int, int, int]] | None = None
        self._version_lock = threading.Lock()
        self._refreshing = threading.Lock()
        keep_in_background(ledger)  # requests read the stored facts; _refresh keeps them

    # -- helpers -------------------------------------------------------------------------------
    def version(self) -> tuple[int, int, int]:
        """Changes whenever a document, claim or review is added or removed: the cache key of
        derived data. Before counting, the materialized facts are brought up to date when another
        process left documents queued, so a new version is only seen with its facts (requests
        never drain the queue: they read the facts as stored).

        Counting a million claims costs more than serving a cached page, so the count is kept for
        ``version_ttl`` seconds and then refreshed by one background thread while requests go on
        with the previous value (no herd of recounts): another process's ingest shows within a
        few seconds; this server's own writes (POST) show at once. ``version_ttl=0`` recounts on
        every call.
        """
        cached = self._version
        if cached is None or self.version_ttl <= 0:
            with self._version_lock:
                if self._version is None or self.version_ttl <= 0:
                    self._keep_facts()
                    self._version = (time.monotonic(), self._count())
                return self._version[1]
        if time.monotonic() - cached[0] >= self.version_ttl and self._refreshing.acquire(blocking=False):
            threading.Thread(target=self._refresh, name="missionwatch-version", daemon=True).start()
        return cached[1]

    def _count(self) -> tuple[int, int, int]:
        return (self.ledger.count_documents(), self.ledger.count_claims(), self.ledger.count_reviews())

    def _keep_facts(self) -> None:
        if self.ledger.facts_pending():  # another process stored claims: their facts, here
            with self.write_lock:
                refresh(self.ledger)

    def _refresh(self) -> None:
        try:
            self._keep_facts()
            self._version = (time.monotonic(), self._count())
        except Exception:  # the next request tries again; a failing database shows there
            self._version = None
        finally:
            self._refreshing.release()

    def changed(self) -> None:
        """Forget the ledger version after a write, so derived data is recomputed."""
        self._version = None

    def mission(self, code: str) -> MissionView:
        found = self.backend.mission(code)
        if found is None:
            raise NotFoundError(f"no mission called {code!r}; see /api/v1/missions", input=code)
        return found

    def mission_claims(self, code: str) -> list[StoredClaim]:
        """The mission's claims, plus the country-context figures (displacement…) that name no mission."""
        return mission_claims(self.ledger, code)

    # -- missions ------------------------------------------------------------------------------
    def missions(self) -> list[MissionOut]:
        out = []
        for m in self.backend.missions():
            code = str(getattr(m, "code", m))
            out.append(
                MissionOut(
                    code=code,
                    name=str(getattr(m, "name", code)),
                    kind=_s(getattr(m, "kind", None)),
                    host=getattr(m, "host", None),
                    lead=getattr(m, "lead", None),
                    start=_s(getattr(m, "start", None)),
                    end=_s(getattr(m, "end", None)),
                    successor=getattr(m, "successor", None),
                    predecessor=getattr(m, "predecessor", None),
                    html=f"/missions/{code}",
                    api=f"/api/v1/missions/{code}",
                )
            )
        return out

    def briefing(self, code: str, as_of: str | None = None, since: str | None = None) -> Briefing:
        """The mission's briefing; after an ingest the previous one is served while it is redone."""
        found = self.mission(code)
        as_of = as_of or today()
        key = ("briefing", found.code, as_of, since)
        return self.fresh.get(
            key,
            self.version(),
            lambda: self._briefing(found.code, as_of, since),
        )

    def _briefing(self, code: str, as_of: str, since: str | None) -> Briefing:
        found = briefing_inputs(self.ledger, code, as_of, since)
        return build_briefing(
            code,
            found.claims,
            as_of=as_of,
            since=since,
            backend=self.backend,
            facts=found.facts,
            claim_count=found.claim_count,
            trend=found.trend,
        )

    def overview(self, code: str, as_of: str | None = None, since: str | None = None) -> Overview:
        brief = self.briefing(code, as_of, since)
        return Overview(briefing=brief, charts=self.overview_specs(brief))

    def count(self, what: str, filters: dict[str, Any], counter: Callable[..., int]) -> int:
        """The total of a filtered list, counted once per ledger version: paging does not recount."""
        key = ("count", what, tuple(sorted(filters.items())), self.version())
        return self.cache.get(key, lambda: counter(**filters))

    def rendered(self, what: str, brief: Briefing, make: Callable[[], V]) -> V:
        """A response body drawn from one briefing (page HTML, JSON bytes), cached with it."""
        return self.cache.get(("rendered", what, brief_key(brief)), make)

    def overview_svgs(self, brief: Briefing) -> dict[str, dict[str, Any]]:
        return self.cache.get(("charts", brief_key(brief)), lambda: briefing_charts(brief))

    def overview_specs(self, brief: Briefing) -> dict[str, dict[str, Any]]:
        """The charts' specs without drawing them (the JSON overview sends no SVG)."""
        return self.cache.get(("chart specs", brief_key(brief)), lambda: briefing_chart_specs(brief))

    # -- facts, conflicts, timelines -----------------------------------------------------------
    def _facts(self, mission: str | None, measure: str | None, as_of: str) -> list[Any]:
        """The facts of the record as it stood at ``as_of``: reconciled from the claims known then
        (the stored facts are today's; ``_selected`` reads those)."""
        from missionwatch import reconcile as rec

        def make() -> list[Any]:
            return rec.reconcile(self._claims_at(mission, measure, as_of), as_of=as_of)

        return self.cache.get(("facts", mission, measure, as_of, self.version()), make)

    def _newest(
        self, mission: str | None, measure: str | None, as_of: str, leave_out: tuple[str, ...] = ()
    ) -> list[Any]:
        """``rec.latest`` of ``_facts``, with only the facts it keeps built (``reconcile.newest``):
        for the newest facts and the conflicts at a date, without every window's fact; without
        the measures ``leave_out`` names. Taken from ``_facts`` or the newest without
        ``leave_out`` when those are kept already (a facts list, then the conflicts, at one date
        reconcile once, as when they shared ``_facts``)."""
        from missionwatch import reconcile as rec
        from missionwatch.reconcile.newest import reconcile_latest

        version = self.version()

        def make() -> list[Any]:
            # what is kept already answers: every fact at the date, or the newest with fewer left out
            whole = self.cache.peek(("facts", mission, measure, as_of, version))
            newest = rec.latest(whole) if whole is not None else None
            if newest is None and leave_out:
                newest = self.cache.peek(("newest", mission, measure, as_of, (), version))
            if newest is not None:
                return [f for f in newest if f.measure not in leave_out]
            claims = self._claims_at(mission, measure, as_of)
            return reconcile_latest(claims, as_of=as_of, leave_out=leave_out)

        return self.cache.get(("newest", mission, measure, as_of, leave_out, version), make)

    def _claims_at(self, mission: str | None, measure: str | None, as_of: str) -> list[StoredClaim]:
        """The claims the facts at ``as_of`` are reconciled from: the mission's (or all), of the
        measure (``x.*``: its family) — the claims of documents published after the date are not
        read (``reconcile`` drops them)."""
        claims = (
            mission_claims(self.ledger, self.mission(mission).code, public_by=as_of)
            if mission
            else self.ledger.reviewed_claims(public_by=as_of)
        )
        if measure:
            prefix = measure[:-1] if measure.endswith(".*") else None
            claims = [c for c in claims if (c.measure.startswith(prefix) if prefix else c.measure == measure)]
        return claims

    def facts_page(
        self,
        *,
        mission: str | None = None,
        measure: str | None = None,
        subject: str | None = None,
        as_of: str | None = None,
        latest: bool = False,
        page: Callable[[list[Any]], tuple[list[Any], str | None]],
    ) -> tuple[int, list[FactOut], str | None]:
        """(how many facts match, the page ``page`` picks of them as ``FactOut``, its next link):
        the selection is cached per ledger version and only the page is turned into ``FactOut`` —
        building the whole list per request cost most of a second at 100,000 claims. Stored facts
        are selected without their claims (``stored_summaries``); the page's claims are read
        after it is chosen."""
        key = ("facts-selected", mission, measure, subject, as_of, latest, self.version())
        selected, stored_at = self.cache.get(
            key, lambda: self._selected(mission, measure, subject, as_of, latest)
        )
        for _attempt in range(3):
            chosen, following = page(selected)
            out = self._facts_out(chosen, stored_at)
            if out is not None:
                return len(selected), out, following
            # a drain redid some of these facts after they were selected (the ledger version is
            # refreshed after it): select them again, as they are now
            selected, stored_at = self._selected(mission, measure, subject, as_of, latest, cached=False)
        raise LedgerError("the facts kept changing while they were read: try again")

    def _facts_out(
        self, facts: list[Any], stored_at: dict[int, tuple[int, int]] | None
    ) -> list[FactOut] | None:
        """``FactOut`` of these facts; of stored ones (``stored_at``: ``id()`` → seq and mark) with
        their claims read now, once per ledger version (a page's fifty bodies, some with
        thousands of claims, were most of a warm request) — None when one of them is no longer
        stored as it was read."""
        if stored_at is None:
            return [_fact_out(f) for f in facts]
        version = self.version()
        keys = [(version, *stored_at[id(f)]) for f in facts]
        found = self.fact_outs.get_many(keys)
        missing = {key[1:] for key in keys if key not in found}
        if missing:
            claims = claim_refs(self.ledger, missing)
            if len(claims) < len(missing):
                return None
            for f, key in zip(facts, keys, strict=True):
                if key not in found:
                    found[key] = _fact_out(f, claims[key[1]])
            self.fact_outs.put_many(found)
        return [found[key] for key in keys]

    def _summaries(
        self, mission: str | None, measure: str | None, *, cached: bool = True
    ) -> tuple[list[Any], dict[int, tuple[int, int]]]:
        """The stored facts of the mission and measure without their claims, and where each is
        stored (``stored_summaries``), once per ledger version for every selection of them (the
        newest of each series, a subject's); ``cached=False`` reads them again."""

        def make() -> tuple[list[Any], dict[int, tuple[int, int]]]:
            wanted = [measure] if measure else None
            if mission:
                return stored_summaries(
                    self.ledger,
                    missions=[self.mission(mission).code],
                    measures=wanted,
                    mission_free=SITUATION_MEASURES,
                    by_document=PEOPLE_MEASURES,
                )
            return stored_summaries(self.ledger, measures=wanted)

        if not cached:
            return make()
        return self.cache.get(("facts-stored", mission, measure, self.version()), make)

    def _selected(
        self,
        mission: str | None,
        measure: str | None,
        subject: str | None,
        as_of: str | None,
        latest: bool,
        *,
        cached: bool = True,
    ) -> tuple[list[Any], dict[int, tuple[int, int]] | None]:
        """The facts a query selects: of the mission and measure, the newest of each series when
        ``latest``, those whose subject (code or label) is ``subject``; with where each is stored
        (``id()`` → seq) when they are the stored facts, read without their claims (None: the
        facts hold their claims)."""
        from missionwatch import reconcile as rec

        stored_at: dict[int, tuple[int, int]] | None = None
        if as_of is None:  # the materialized facts, without their claims: nothing to reconcile
            facts, stored_at = self._summaries(mission, measure, cached=cached)
            if latest:
                facts = rec.latest(facts)
        elif latest:  # the newest of each series, only those built
            facts = self._newest(mission, measure, as_of)
        else:
            facts = self._facts(mission, measure, as_of)
        if subject:
            wanted_subject = subject.lower()
            facts = [
                f
                for f in facts
                if wanted_subject in ((f.subject or "").lower(), (f.subject_label or "").lower())
            ]
        return facts, stored_at

    def facts(
        self,
        *,
        mission: str | None = None,
        measure: str | None = None,
        subject: str | None = None,
        as_of: str | None = None,
        latest: bool = False,
    ) -> list[FactOut]:
        _total, out, _next = self.facts_page(
            mission=mission,
            measure=measure,
            subject=subject,
            as_of=as_of,
            latest=latest,
            page=lambda found: (found, None),
        )
        return out

    def conflicts(self, mission: str | None = None, as_of: str | None = None) -> list[Any]:
        from missionwatch import reconcile as rec

        def make() -> list[Any]:
            if as_of is None:  # the newest stored fact of each series, laid out as it was stored
                code = self.mission(mission).code if mission else None
                return stored_conflicts(
                    self.ledger,
                    missions=[code] if code else None,
                    mission_free=SITUATION_MEASURES if code else (),
                    by_document=PEOPLE_MEASURES if code else (),
                    bare=PEOPLE_MEASURES,  # quotes and roles: no body read unless in conflict
                )
            # no quote's facts built: a quote's key is its folded words (``facts.group_key``), the
            # value key of each of its claims (``compare.value_key``), so they never disagree
            return rec.conflicts(self._newest(mission, None, as_of, leave_out=("quote",)))

        return self.cache.get(("conflicts", mission, as_of, self.version()), make)

    def timeline(
        self, mission: str, measure: str, by: str | None = None, as_of: str | None = None
    ) -> list[Any]:

        code = self.mission(mission).code
        if by not in (None, "subject"):
            raise InputError("by must be 'subject' or left out", input=str(by))
        key = ("timeline", code, measure, by, as_of, self.version())
        return self.cache.get(key, lambda: self._timeline(code, measure, by, as_of))

    def _timeline(self, code: str, measure: str, by: str | None, as_of: str | None) -> list[Any]:
        from missionwatch import reconcile as rec

        if as_of is None:  # the materialized facts: nothing to reconcile
            measures = rec.expand_measures(measure)
            found = stored_facts(
                self.ledger,
                missions=[code],
                measures=measures,
                mission_free=[m for m in measures if m in MISSION_FREE],
                slim=True,  # a point counts its claims
            )
            return points(found, by=by)
        # the claims of documents published after the date are not read: reconcile drops them
        claims = mission_claims(self.ledger, code, public_by=as_of)
        return rec.timeline(claims, code, measure, by=by, as_of=as_of)

    # -- Council ------------------------------------------------------------------------------
    def resolutions(self, mission: str | None = None) -> list[ResolutionOut]:
        codes = [self.mission(mission).code] if mission else [m.code for m in self.backend.mission_list()]
        seen: dict[str, ResolutionOut] = {}
        for code in codes:
            for r in self.backend.resolution_list(code):
                seen.setdefault(r.number, ResolutionOut(**r.__dict__))
        return sorted(seen.values(), key=lambda r: (r.date or "", r.number))

    def resolution(self, number: str) -> ResolutionOut:
        try:
            from missionwatch.kb import council

            found = council.resolution(number)
        except ImportError:
            found = None
        if found is None:
            raise NotFoundError(f"no resolution {number} in the knowledge base", input=number)
        return ResolutionOut(**resolution_view(found).__dict__)

    # -- alerts -------------------------------------------------------------------------------
    def alerts(self, since: str | None = None, as_of: str | None = None) -> list[Alert]:
        """Alerts of every mission; like briefings, the previous list is served while redone."""
        as_of = as_of or today()

        def make() -> list[Alert]:
            new_since = (since or default_since(as_of))[:10]
            claims, stored = alert_inputs(self.ledger, self.backend, as_of, new_since)
            return compute_alerts(
                claims, settings=self.settings, since=since, as_of=as_of, backend=self.backend, stored=stored
            )

        return self.fresh.get(("alerts", since, as_of), self.version(), make)

    def alert_list(self, since: str | None, as_of: str, version: Any) -> AlertList | None:
        """The plan of the alert list since ``since`` at ``as_of`` (``report.data.AlertList``),
        kept for this ledger version (``_Plans``): the newest facts of every mission and the marks
        of the claims that disagree are read once for every page, keyset page, CSV page and feed
        of the list, and a cursor's walk goes on from where the last one stopped (a keyset walk
        deep in a list since 2024-01-01 at 1,000,009 claims paid ~0.9 s of plan for every page,
        bench/serve.md, eighteenth round). None when the stored facts do not answer
        (``NotStored``)."""
        return self.plans.plan(
            (since, as_of),
            version,
            lambda: AlertList(self.ledger, self.backend, self.settings, since, as_of),
        )

    def alerts_page(
        self, since: str | None, as_of: str | None, offset: int, limit: int
    ) -> tuple[list[Alert], int]:
        """A page of ``alerts`` (``offset``, ``limit``) and how many the list holds: sliced from
        the list when it is kept for this version already, else the kept plan (``alert_list``), which
        builds only the page's conflict alerts (an early ``since``: 120,859 alerts, bench/serve.md,
        seventeenth round) — the whole list when the stored facts do not answer."""
        as_of = as_of or today()
        version = self.version()
        with self.fresh.lock:
            kept = self.fresh.data.get(("alerts", since, as_of))
        if kept is not None and kept[0] == version:
            return kept[1][offset : offset + limit], len(kept[1])

        def make() -> tuple[list[Alert], int]:
            listed = self.alert_list(since, as_of, version)
            if listed is not None:
                try:
                    return listed.page(offset, limit), listed.total
                except NotStored:
                    pass
            found = self.alerts(since, as_of)
            return found[offset : offset + limit], len(found)

        return self.cache.get(("alerts page", since, as_of, offset, limit, version), make)

    def alerts_after(
        self, since: str | None, as_of: str | None, after: str, limit: int
    ) -> tuple[list[Alert], int, int] | None:
        """A keyset page of ``alerts``: the ``limit`` alerts after the first whose id is ``after``
        (empty: from the start), how many the list holds and where the page starts; None when no
        alert has that id. From the list kept for this version, else ``AlertList`` — the cursor
        found among the ids of the days up to its own, and only the page's days built — else
        (the stored facts do not answer) the whole list."""
        as_of = as_of or today()
        version = self.version()

        def located(found: list[Alert]) -> tuple[list[Alert], int, int] | None:
            start = 0
            if after:
                at = next((i for i, a in enumerate(found) if a.id == after), None)
                if at is None:
                    return None
                start = at + 1
            return found[start : start + limit], len(found), start

        with self.fresh.lock:
            kept = self.fresh.data.get(("alerts", since, as_of))
        if kept is not None and kept[0] == version:
            return located(kept[1])

        def make() -> tuple[list[Alert], int, int] | None:
            listed = self.alert_list(since, as_of, version)
            try:
                if listed is None:
                    raise NotStored("the stored facts do not answer")
                start = 0
                if after:
                    at = listed.index(after)
                    if at is None:
                        return None
                    start = at + 1
                return listed.page(start, limit), listed.total, start
            except NotStored:
                return located(self.alerts(since, as_of))

        return self.cache.get(("alerts after", since, as_of, after, limit, version), make)

    def alerts_feed(self, since: str | None, as_of: str | None) -> tuple[Iterable[Alert], str]:
        """Every alert of ``alerts`` in its order, for a feed, and the newest's date (today when
        there is none): the list kept for this version, else made a run of days at a time as it is
        sent (``AlertList.alerts``: 120,859 alerts since 2024-01-01 at 1,000,009 claims), else
        (the stored facts do not answer) the whole list."""
        as_of = as_of or today()
        version = self.version()
        with self.fresh.lock:
            kept = self.fresh.data.get(("alerts", since, as_of))
        if kept is None or kept[0] != version:
            try:
                listed = self.alert_list(since, as_of, version)
                if listed is None:
                    raise NotStored("the stored facts do not answer")
                if listed.total > FEED_KEPT:
                    return listed.alerts(), listed.newest or today()
                # a short list is made whole and kept as ``alerts`` keeps it: the next feed,
                # keyset page or page of this version is sliced from it (a warm feed made again
                # on every request: 220 ms each at 3,003 claims, bench/serve.md, eighteenth round)
                kept = (version, list(listed.alerts(strict=True)))
                self.fresh._put(("alerts", since, as_of), *kept)
            except NotStored:
                pass
        found = kept[1] if kept is not None and kept[0] == version else self.alerts(since, as_of)
        return found, max((a.date for a in found), default=today())

    # -- documents ----------------------------------------------------------------------------
    def document(self, ref: str) -> DocumentDetail:
        doc = self.ledger.document(ref)
        claims = self.ledger.claims(document_id=doc.id)
        base = document_out(doc).model_dump()
        return DocumentDetail(
            **base, text=doc.text, claims=[claim_out(c) for c in claims], segments=segments(doc.text, claims)
        )

    # -- writing ------------------------------------------------------------------------------
    def ingest(self, body: IngestIn) -> list[IngestResult]:
        """Read, extract and store, as ``missionwatch ingest`` does; InputError on a bad input."""
        from missionwatch import sources

        if body.url:
            docs = sources.read_url(body.url, allow_private=False, settings=self.settings)
        else:
            text = body.text or ""
            if len(text.encode("utf-8")) > self.settings.max_document_bytes:
                raise InputError(
                    f"text over the limit of {self.settings.max_document_bytes} bytes", input="text"
                )
            meta = {
                k: v
                for k, v in (
                    ("title", body.title),
                    ("outlet", body.outlet),
                    ("published", body.published),
                    ("url", body.source_url),
                )
                if v
            }
            docs = [sources.read_text(text, source="api", **meta)]
        out = []
        for doc in docs:
            claims = extract_claims(doc)
            with self.write_lock:
                result = self.ledger.store(doc, claims)
                sync(self.ledger)  # the materialized facts of the keys this document touches
            self.changed()
            out.append(
                IngestResult(
                    status=result.status,
                    document_id=result.document_id,
                    cluster_id=result.cluster_id,
                    claims=result.claims,
                    note=doc.status,
                    html=f"/documents/{result.document_id}",
                )
            )
        return out


def _fact_out(f: Any, claims: list[StoredClaim] | None = None) -> FactOut:
    """The fact with its claims (``claims``, else its own) listed by id and link."""
    claims = f.claims if claims is None else claims
    return FactOut(
        **f.model_dump(exclude={"claims"}),
        claim_ids=[c.id for c in claims if c.id is not None],
        links=[claim_link(c) for c in claims],
    )


def extract_claims(doc: Document) -> list[Any]:
    """The configured extractor's claims for one document (``MISSIONWATCH_EXTRACTOR``)."""
    from missionwatch import nlp

    return list(nlp.extract_document(doc))


def _s(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))
