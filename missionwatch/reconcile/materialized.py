"""Materialized facts: reconciliation done when claims change, read from the ledger afterwards.

Readers (``facts``, ``conflicts``, ``timeline``, briefings, the API) used to reconcile every
claim of a mission on every request. Now the ledger keeps the facts (``ledger/facts.py``,
migration 0003) and this module keeps them right:

- a trigger on ``claims`` queues the document of every claim inserted, changed or deleted, in the
  same transaction as the change (``facts_queue``), so no write is missed and a crash loses nothing;
- ``sync`` drains the queue: for each queued document it computes the fact keys its claims have
  now, looks up the keys they had (``fact_keys``), and recomputes only the as-of windows of those
  keys that the change can move (``_Drain.windowed``; keys without windows whole) — from the claims
  of the documents that hold them on those days — in one transaction with the queue entries it
  removes;
- ``rebuild`` recomputes everything (``missionwatch db upgrade``, ``missionwatch db rebuild-facts``,
  or a bulk load that wrote claims outside the ledger);
- ``stored_facts`` reads them back and applies the cross-fact checks (``reconcile/checks.py``),
  which compare facts of several keys and cost nothing next to reconciliation.

A key is what ``facts.group_key`` returns: mission, measure, subject, resolution, unit, quote text,
scope and component. ``prepare`` (scopes, components, sums) looks at one document's claims at a
time, so a key's claims are exactly the claims of the documents recorded for it, prepared and
grouped again. The result equals ``reconcile`` over the whole ledger with the default rules
(property-tested in ``tests/test_materialized.py``); ``--rules`` and ``--as-of`` still reconcile
on the spot, since the stored facts are those of the default rules and of today.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import json
import multiprocessing
import threading
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from missionwatch import measures
from missionwatch.ledger.engine import Serialized
from missionwatch.ledger.facts import (
    REF_FIELDS,
    ClaimRecord,
    KeySpan,
    StoredWindow,
    disagreement,
    fact_columns,
    newest_rank,
    rank_of,
    ref_value_key,
    series_of,
)
from missionwatch.models import StoredClaim
from missionwatch.reconcile.checks import CHECKED_AGAINST_TOTAL
from missionwatch.reconcile.conflicts import Conflict, Evidence, laid_out
from missionwatch.reconcile.facts import (
    Fact,
    Window,
    build_fact,
    claim_date,
    finish,
    group,
    group_key,
    window_days,
    windows,
)
from missionwatch.reconcile.normalise import DateSpan, fold
from missionwatch.reconcile.rules import Rules

if TYPE_CHECKING:
    from missionwatch.ledger.facts import FactStore
    from missionwatch.ledger.store import Ledger

BATCH = 500  # queued documents recomputed per transaction
REBUILD_AT = 5000  # a queue longer than this (a bulk load) is cheaper to rebuild than to drain

# The measures of facts naming no mission that belong to the missions of their documents, as the
# marks of the newest fact of each series are set (``ledger.facts.newest_marks``): readers use
# the marks when they select such facts by these measures (``report.data.PEOPLE_MEASURES``).
MARKED_BY_DOCUMENT = frozenset(measures.names(group="people"))
USE_MARKS = True  # readers pick the newest fact of each series among the marked ones (tests: off)


def _marks(store: FactStore, *, every: bool = False) -> None:
    store.mark_newest(CHECKED_AGAINST_TOTAL, MARKED_BY_DOCUMENT, every=every)


def _newest(missions: Sequence[str] | None, by_document: Sequence[str]) -> bool:
    """Whether a reader of these missions' facts (all: None) may read only the marked ones."""
    return USE_MARKS and (missions is None or set(by_document) == MARKED_BY_DOCUMENT)


# Measures whose claims one key may need together: a deployed figure read as a target moves to
# personnel.target (scopes.prepare), so the two are prepared from the same claims.
_FAMILIES = (("personnel.deployed", "personnel.target"),)


def key_id(key: tuple) -> str:
    """A fixed-length id of a fact key (the key itself can hold a long quote)."""
    return hashlib.sha1(json.dumps(list(key), ensure_ascii=False).encode("utf-8")).hexdigest()


def claims_mark(claims: Sequence[StoredClaim]) -> str:
    """What a fact was built from, as a short hash of its claims' documents and ids (in the
    window's order): a drain keeps a stored window whose mark is the same and none of whose
    documents changed (revision 0011)."""
    text = "\n".join(f"{c.document_id} {c.id}" for c in claims)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _bars(names: Iterable[str]) -> str:
    return "|" + "|".join(sorted(names)) + "|"


def _rows(
    kid: str,
    windowed: Sequence[tuple[Window, Fact]],
    doc_missions: dict[str, set[str]],
    as_read: Callable[[StoredClaim], bool],
) -> list[dict[str, Any]]:
    """The fact rows of one key; ``as_read``: whether the ledger gives a claim back by its id (the
    fact then refers to it: ``ledger.facts.fact_texts``)."""
    return [
        {
            "key_id": kid,
            "fact_id": f.id,
            "mission": f.mission,
            "measure": f.measure,
            "missions": _bars({c.mission.upper() for c in f.claims if c.mission}),
            # read only for facts naming no mission (Ledger.fact_rows' ``by_document``)
            "doc_missions": _bars(set().union(*(doc_missions.get(c.document_id, ()) for c in f.claims)))
            if f.mission is None
            else "||",
            "window": w[0],
            "window_first": w[1],
            "window_last": w[2],
            "body": Serialized(summary),
            "head": head,
            "summary": summary,
            "refs": refs,
            "claims_mark": claims_mark(f.claims),
            "sides": None if f._sides is None else json.dumps(f._sides, ensure_ascii=False),
            "recent": recent,
            "series": series_of(
                (f.mission, f.measure, f.subject, f.resolution, f.unit, f.scope, f.component, f.best), fold
            ),
            "rank": rank_of(f.as_of_last, f.id, f.subject),
            "disagree": disagree,
            "disagree_last": last,
        }
        for w, f in windowed
        for head, summary, refs, recent in (fact_columns(f, as_read),)
        for disagree, last in (disagreement(f.measure, f.best, f.claims, as_read),)
    ]


def _facts(key: tuple, claims: list[StoredClaim], rules: Rules) -> list[tuple[Window, Fact]]:
    return [(w, build_fact(key, w[3], rules)) for w in windows(claims, window_days(key, rules))]


def family(measure: str) -> tuple[str, ...]:
    """The measures whose claims a key of ``measure`` is prepared from."""
    return next((fam for fam in _FAMILIES if measure in fam), (measure,))


def family_of_all(claims: Iterable[StoredClaim]) -> list[tuple[str, ...]]:
    """The measure families of these claims, each once."""
    return sorted({family(c.measure) for c in claims})


def _spans(key: tuple, claims: list[StoredClaim], rules: Rules) -> dict[str, KeySpan]:
    """Each document's share of one key (its dates and the key's mission), for ``fact_keys``. A
    Council vote's or adoption's key is given no mission: its facts take the mission most of their
    claims name, window by window, and a briefing reads every late one (``earlier._clean_votes``)."""
    kid, days = key_id(key), window_days(key, rules)
    mission = None if key[1] in ("council.vote", "council.adopted") else key[0]
    found: dict[str, tuple[Any, Any, bool]] = {}
    for c in claims:
        span = claim_date(c)
        lo, hi, undated = found.get(c.document_id, (None, None, False))
        if span is None:
            undated = True
        else:
            lo = span.first if lo is None else min(lo, span.first)
            hi = span.last if hi is None else max(hi, span.last)
        found[c.document_id] = (lo, hi, undated)
    return {
        d: KeySpan(
            kid, key[1], days, lo.isoformat() if lo else None, hi.isoformat() if hi else None, u, mission
        )
        for d, (lo, hi, u) in found.items()
    }


class _Change:
    """What changed in one key: the spans of days each document touched (before and after) and
    whether undated claims were. Spans are kept apart, so that a batch of documents about
    scattered dates recomputes a few short ranges of the series rather than one from the first day
    touched to the last."""

    def __init__(self, span: KeySpan) -> None:
        self.measure, self.days = span.measure, span.days
        self.spans: list[tuple[str, str]] = []
        self.undated = False
        self.add(span)

    def add(self, span: KeySpan) -> None:
        if span.first is not None and span.last is not None:
            self.spans.append((span.first, span.last))
        self.undated = self.undated or span.undated


class _Drain:
    """One batch of queued documents: which keys they touch, and the facts of those keys redone.

    Claims are read once per document and batch (prepared and grouped per measure family, then
    shared by every key that needs them), and a key without windows starts from its stored fact —
    the claims of the documents outside the batch are already there, prepared — instead of
    reading the claims of every document that holds it.
    """

    def __init__(
        self, store: FactStore, rules: Rules, docs: Sequence[str], claims: list[StoredClaim]
    ) -> None:
        self.store, self.rules = store, rules
        self.docs = set(docs)
        self.facts: list[tuple[str, list[tuple[Window, Fact]]]] = []
        self.need: set[str] = set()
        self.holders: dict[str, tuple[str, set[str]]] = {}  # new windowless keys' documents (_drain)
        # each document's claims as read (measure, record), built into claims when grouped
        self.raw: dict[str, list[tuple[str, ClaimRecord]]] = {d: [] for d in self.docs}
        # the measures read of each document (None: all of them, as for the batch's own)
        self.covered: dict[str, frozenset[str] | None] = dict.fromkeys(self.docs)
        self.reading: frozenset[str] = frozenset()  # measures read of any document (``read``)
        for c in claims:
            self.raw[c.document_id].append((c.measure, c))
        self.grouped: dict[tuple[str, ...], dict[str, dict[str, list[StoredClaim]]]] = {}
        self.fresh = self._group(family_of_all(claims), self.docs)

    def _group(
        self, families: Iterable[tuple[str, ...]], documents: set[str]
    ) -> dict[str, list[StoredClaim]]:
        """Prepared claims by key id for these families and documents (cached per document)."""
        out: dict[str, list[StoredClaim]] = {}
        for fam in families:
            cache = self._grouped(fam, documents)
            for d in documents:
                for kid, claims in cache[d].items():
                    out.setdefault(kid, []).extend(claims)
        return out

    def _grouped(self, fam: tuple[str, ...], documents: set[str]) -> dict[str, dict[str, list[StoredClaim]]]:
        """The family's prepared claims by document and key id, these documents' grouped first if
        they were not."""
        cache = self.grouped.setdefault(fam, {})
        missing = documents - cache.keys()
        if missing:
            self.read(missing, self.reading | set(fam))
            wanted = set(fam)
            loaded = sorted(
                (self.store.built(r) for d in missing for m, r in self.raw.get(d, ()) if m in wanted),
                key=lambda c: c.id or 0,
            )
            for d in missing:
                cache[d] = {}
            for key, claims in group(loaded).items():
                kid = key_id(key)
                for c in claims:
                    cache[c.document_id].setdefault(kid, []).append(c)
        return cache

    def key_claims(self, kid: str, measure: str, documents: set[str]) -> list[StoredClaim]:
        """The key's claims among the claims (of its measure family) of these documents (only
        this key's: gathering every key of the documents to keep one was a tenth of a drain)."""
        if not documents:
            return []
        cache = self._grouped(family(measure), documents)
        return [c for d in documents for c in cache[d].get(kid, ())]

    def emit(
        self, kid: str, key: tuple | None, claims: list[StoredClaim], dropped: Sequence[StoredWindow] = ()
    ) -> None:
        """The facts of these claims of one key. A window among the stored ones ``dropped`` for
        it, with the same bounds and claims (``claims_mark``) and no claim of a changed document,
        is the same fact: it is kept as stored instead of being built and written again — about
        half the windows a drain recomputes around a change (bench/serve.md, fifth round)."""
        if key is None or not claims:
            return
        stored = {(w.window, w.first, w.last, w.claims_mark): w.seq for w in dropped if w.claims_mark}
        facts: list[tuple[Window, Fact]] = []
        for w in windows(claims, window_days(key, self.rules)):
            seq = stored.get((w[0], w[1], w[2], claims_mark(w[3]))) if stored else None
            if seq is not None and not any(c.document_id in self.docs for c in w[3]):
                self.doomed.discard(seq)
                continue
            facts.append((w, build_fact(key, w[3], self.rules)))
        if not facts:
            return
        self.facts.append((kid, facts))
        if any(f.mission is None for _w, f in facts):
            self.need.update(c.document_id for c in claims)

    def rows(self) -> list[dict[str, Any]]:
        """The fact rows of every key redone, with the missions of the documents of those that
        name no mission (looked up once for the batch)."""
        doc_missions = self.store.document_missions(self.need) if self.need else {}
        return [
            row for kid, facts in self.facts for row in _rows(kid, facts, doc_missions, self.store.as_read)
        ]

    def whole(self, kid: str, change: _Change, old: list[StoredClaim] | None) -> None:
        """A key without windows (Council decisions, roles, quotes): its stored fact's claims from
        documents outside the batch, and the batch's own claims of it now."""
        if old is None:  # no stored fact yet: read the claims of every document that holds it
            holders = self.holders.get(kid, ("", set()))[1]
            claims = self.key_claims(kid, change.measure, holders)
        else:
            claims = [c for c in old if c.document_id not in self.docs] + self.fresh.get(kid, [])
        self.emit(kid, group_key(claims[0]) if claims else None, claims)

    def prepare_windows(self, changes: dict[str, _Change]) -> None:
        """Read what the windowed keys of the batch need in three queries, not several per key:
        which documents hold them on which days, their stored windows, and the claims of the
        documents in the ranges first recomputed."""
        kids = sorted(kid for kid, change in changes.items() if change.days is not None)
        self.reading = frozenset(m for kid in kids for m in family(changes[kid].measure))
        self.index = self.store.key_index(kids)
        self.dated: dict[str, tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]] = {}
        self.windows = self.store.windows_of(kids)
        self.doomed: set[int] = set()
        wanted: set[str] = set()
        by_family: dict[tuple[str, ...], set[str]] = {}
        for kid in kids:
            change = changes[kid]
            found: set[str] = set()
            if change.undated:
                found |= self.undated_documents(kid)
            starts = self.starts(kid)
            for lo, hi in _merge(
                [(_last_at_or_before(starts, f), _first_after(starts, la)) for f, la in change.spans]
            ):
                found |= self.documents_in(kid, lo, hi)
            wanted |= found
            by_family.setdefault(family(change.measure), set()).update(found)
        self.read(wanted, self.reading)
        # the documents each family's keys first ask for (``windowed``) prepared and grouped
        # together, not a few at a time as each key asks: ``prepare`` costs as much per call as
        # for tens of claims, and a drain of 300 documents called it 940 times (277 now)
        for fam, documents in sorted(by_family.items()):
            self._grouped(fam, documents)

    def read(self, documents: set[str], measures: frozenset[str]) -> None:
        """Read the claims of these measures of these documents, those not read yet. Only the
        measures the batch's keys with windows need are read of the documents around a change
        (``reading``): quotes, roles and Council decisions were two fifths of the claims a drain
        read and never used."""
        todo: dict[frozenset[str], list[str]] = {}
        for d in documents:
            have = self.covered.get(d, frozenset())
            if have is not None and not measures <= have:
                todo.setdefault(measures - have, []).append(d)
        for missing, docs in todo.items():
            for d in docs:
                self.raw.setdefault(d, [])
                self.covered[d] = (self.covered.get(d) or frozenset()) | missing
            for d, measure, record in self.store.claim_records(docs, missing):
                self.raw[d].append((measure, record))

    def starts(self, kid: str) -> list[str]:
        """First days of the key's day windows, in order."""
        return sorted(str(w.first) for w in self.windows[kid] if w.window == "day")

    def documents_in(self, kid: str, first: str | None, before: str | None) -> set[str]:
        """Documents holding claims of the key dated from ``first`` to before ``before`` (None:
        unbounded). Found from the key's holders sorted by their last day (those ending before
        ``first`` skipped by bisection): scanning every holder of a long series for each range
        widened was a fortieth of a drain."""
        lasts, spans, open_ended = self._dated(kid)
        start = 0 if first is None else bisect.bisect_left(lasts, first)
        found = {d for lo, d in spans[start:] if before is None or lo < before}
        if first is None:  # a first day but no last (not written so, but read as it would be)
            found |= {d for lo, d in open_ended if before is None or lo < before}
        return found

    def _dated(self, kid: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
        """The key's holders with dated claims by last day: the last days and (first day,
        document) in that order; and (first day, document) of those with no last day."""
        found = self.dated.get(kid)
        if found is None:
            rows = sorted(
                (hi, lo, d) for d, lo, hi, _u in self.index[kid] if lo is not None and hi is not None
            )
            open_ended = [(lo, d) for d, lo, hi, _u in self.index[kid] if lo is not None and hi is None]
            found = ([hi for hi, _lo, _d in rows], [(lo, d) for _hi, lo, d in rows], open_ended)
            self.dated[kid] = found
        return found

    def undated_documents(self, kid: str) -> set[str]:
        return {d for d, _lo, _hi, undated in self.index[kid] if undated}

    def drop(self, kid: str, first: str | None, before: str | None, *, undated: bool) -> list[StoredWindow]:
        """Mark for deletion the key's facts of day windows starting in [first, before) and of
        periods overlapping it (None: unbounded); with ``undated``, only its undated window.
        Returns them (``emit`` may keep some)."""
        hits: list[StoredWindow] = []
        for stored in self.windows[kid]:
            seq, window, lo, hi, _mark = stored
            if undated:
                hit = window == "undated"
            elif window == "day":
                hit = (first is None or str(lo) >= first) and (before is None or str(lo) < before)
            elif window == "period":
                hit = (first is None or str(hi) >= first) and (before is None or str(lo) < before)
            else:
                hit = False
            if hit:
                self.doomed.add(seq)
                hits.append(stored)
        return hits

    def windowed(self, kid: str, change: _Change) -> None:
        """Only the windows a change can move: from the last day window starting on or before the
        first day touched to the first day window after the last day touched at which the new
        windows start where the old ones did (windows are anchored on their first day, so those
        before and after are unchanged), widened until every month- or year-precise claim over the
        range has all the windows it could join inside it."""
        days = change.days
        assert days is not None
        if change.undated:
            claims = self.key_claims(kid, change.measure, self.undated_documents(kid))
            dropped = self.drop(kid, None, None, undated=True)
            undated = [c for c in claims if claim_date(c) is None]
            self.emit(kid, group_key(undated[0]) if undated else None, undated, dropped)
        if not change.spans:
            return
        starts = self.starts(kid)
        ranges = _merge([(_last_at_or_before(starts, f), _first_after(starts, la)) for f, la in change.spans])
        while True:
            done = [self._widen(kid, change, starts, lo, hi) for lo, hi in ranges]
            merged = _merge([(lo, hi) for lo, hi, _inside in done])
            if len(merged) == len(done):
                break
            ranges = merged  # two ranges grew into each other: recompute them as one
        by_range = [self.drop(kid, lo, hi, undated=False) for lo, hi, _inside in done]
        for (_lo, _hi, inside), hits in zip(done, by_range, strict=True):  # all dropped before any is kept
            self.emit(kid, group_key(inside[0]) if inside else None, inside, hits)

    def _widen(
        self, kid: str, change: _Change, starts: list[str], lo: str | None, hi: str | None
    ) -> tuple[str | None, str | None, list[StoredClaim]]:
        """The range [lo, hi) widened until it can be recomputed alone, with its claims."""
        days = change.days
        assert days is not None
        while True:
            claims = self.key_claims(kid, change.measure, self.documents_in(kid, lo, hi))
            inside: list[StoredClaim] = []
            precise: list[date] = []
            vague: list[DateSpan] = []
            since = None if lo is None else date.fromisoformat(lo)  # compared as the ISO days are
            before = None if hi is None else date.fromisoformat(hi)
            for c in claims:
                span = claim_date(c)
                if span is None or (since is not None and span.last < since):
                    continue
                if before is not None and span.first >= before:
                    continue
                inside.append(c)
                if span.precision == "day":
                    precise.append(span.first)
                else:
                    vague.append(span)
            wider = False
            if vague:
                first = min(s.first for s in vague).isoformat()
                last = max(s.last for s in vague).isoformat()
                if lo is not None and first < lo:
                    lo, wider = _last_at_or_before(starts, first), True
                if hi is not None and last >= hi:
                    hi, wider = _first_after(starts, last), True
            if not wider and hi is not None and precise:
                last_start = _greedy_last_start(sorted(precise), days)
                if (date.fromisoformat(hi) - last_start).days <= days:  # the old window at hi moves
                    hi, wider = _first_after(starts, hi), True
            if not wider:
                return lo, hi, inside


_TOP = "\uffff"  # an open upper bound, after every ISO day


def _merge(ranges: list[tuple[str | None, str | None]]) -> list[tuple[str | None, str | None]]:
    """Ranges [lo, hi) (None: open) sorted, with those that overlap or touch made one."""
    out: list[tuple[str | None, str | None]] = []
    for lo, hi in sorted(ranges, key=lambda r: (r[0] or "", r[1] or _TOP)):
        if out and (lo or "") <= (out[-1][1] or _TOP):
            top = max(out[-1][1] or _TOP, hi or _TOP)
            out[-1] = (out[-1][0], None if top == _TOP else top)
        else:
            out.append((lo, hi))
    return out


def _last_at_or_before(starts: list[str], day: str) -> str | None:
    i = bisect.bisect_right(starts, day)
    return starts[i - 1] if i else None


def _first_after(starts: list[str], day: str) -> str | None:
    i = bisect.bisect_right(starts, day)
    return starts[i] if i < len(starts) else None


def _greedy_last_start(days_sorted: list[date], days: int) -> date:
    start = days_sorted[0]
    for d in days_sorted:
        if (d - start).days > days:
            start = d
    return start


def _drain(store: FactStore, rules: Rules, batch: int) -> int:
    docs = store.queued(batch)
    if not docs:
        return 0
    work = _Drain(store, rules, docs, store.claims_of(docs))
    changes: dict[str, _Change] = {}
    for span in store.keys_of(docs):
        if span.key_id in changes:
            changes[span.key_id].add(span)
        else:
            changes[span.key_id] = _Change(span)
    now: list[tuple[str, KeySpan]] = []
    for claims in work.fresh.values():
        for document_id, span in _spans(group_key(claims[0]), claims, rules).items():
            now.append((document_id, span))
            if span.key_id in changes:
                changes[span.key_id].add(span)
            else:
                changes[span.key_id] = _Change(span)
    whole = sorted(kid for kid, change in changes.items() if change.days is None)
    old = store.whole_fact_claims(whole)
    store.set_keys(docs, now)
    # the holders of every new key without windows, in one query (a batch had hundreds: new quotes)
    work.holders = store.documents_of([kid for kid in whole if kid not in old])
    store.replace_facts(whole, [])
    for kid in whole:
        work.whole(kid, changes[kid], old.get(kid))
    work.prepare_windows(changes)
    for kid in sorted(changes):
        if changes[kid].days is not None:
            work.windowed(kid, changes[kid])
    store.delete_facts(work.doomed)
    store.add_facts(work.rows())
    _marks(store)
    store.dequeue(docs)
    return len(docs)


def sync(ledger: Ledger, rules: Rules | None = None, *, batch: int = BATCH) -> int:
    """Recompute the facts of the keys queued documents touch; returns how many documents were done.

    Each batch of ``batch`` documents is one transaction: its facts, its key index and the removal
    of its queue entries commit together, so a process killed midway leaves the rest queued.
    """
    rules = rules or Rules()
    done = 0
    with no_collections():
        while True:
            n = ledger.maintain_facts(lambda store: _drain(store, rules, batch))
            done += n
            if n < batch:
                return done


_GC_LOCK = threading.Lock()
_gc_users = 0
_gc_was_enabled = False


@contextmanager
def no_collections() -> Iterator[None]:
    """No automatic cyclic collection while facts are recomputed: a drain builds and drops
    hundreds of thousands of claim copies, dicts and lists, none in a cycle, and the collector
    scanning those alive at each pass was a seventh of a drain at CPython's threshold of 700
    (bench/serve.md, fourth round) and still a twentieth at 10,000 (sixth round). Reference
    counting frees them at once; a drain of 300 documents left about 2,000 objects in cycles, a
    rebuild of 100,000 claims 640, collected when the collector is back on. It is turned back on
    when the last thread using this leaves it, unless it was off before."""
    global _gc_users, _gc_was_enabled
    with _GC_LOCK:
        if _gc_users == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_users -= 1
            if _gc_users == 0 and _gc_was_enabled:
                gc.enable()


def _families(store: FactStore) -> list[tuple[str, ...]]:
    """The measure families a rebuild reconciles, largest groups of claims apart."""
    measures = store.measures()
    families = [tuple(m for m in fam if m in measures) for fam in _FAMILIES]
    together = {m for fam in families for m in fam}
    return [fam for fam in families if fam] + [(m,) for m in measures if m not in together]


def _family_facts(
    store: FactStore, fam: tuple[str, ...], rules: Rules
) -> tuple[list[tuple[str, KeySpan]], list[dict[str, Any]]]:
    """Every key span and fact row of one measure family, from its claims."""
    store.forget_read()  # the claims of the families before: no fact of this one holds them
    spans: list[tuple[str, KeySpan]] = []
    keyed: list[tuple[str, list[tuple[Window, Fact]]]] = []
    need: set[str] = set()
    for key, claims in group(store.claims_by_measure(fam)).items():
        spans.extend(_spans(key, claims, rules).items())
        facts = _facts(key, claims, rules)
        keyed.append((key_id(key), facts))
        if any(f.mission is None for _w, f in facts):
            need.update(c.document_id for c in claims)
    doc_missions = store.document_missions(need) if need else {}
    return spans, [row for kid, facts in keyed for row in _rows(kid, facts, doc_missions, store.as_read)]


_worker_engine: Any = None


def _worker_start(url: str) -> None:
    global _worker_engine
    from missionwatch.ledger.engine import make_engine

    _worker_engine = make_engine(url)


def _worker_family(
    fam: tuple[str, ...], rules: Rules
) -> tuple[list[tuple[str, KeySpan]], list[dict[str, Any]]]:
    from missionwatch.ledger.facts import FactStore

    with _worker_engine.connect() as conn:
        return _family_facts(FactStore(conn), fam, rules)


PARALLEL_AT = 50_000  # claims from which a rebuild reconciles measure families in several processes


REBUILD_CACHE_KIB = 256 * 1024  # SQLite's page cache during a rebuild (FactStore.page_cache)


def _rebuild(store: FactStore, rules: Rules, url: str | None, workers: int) -> int:
    with store.page_cache(REBUILD_CACHE_KIB), store.keys_indexed_after():
        return _rebuild_all(store, rules, url, workers)


def _rebuild_all(store: FactStore, rules: Rules, url: str | None, workers: int) -> int:
    store.clear()
    families = _families(store)
    count = 0
    if url is None or workers < 2 or len(families) < 2 or store.claim_count() < PARALLEL_AT:
        results: Iterable[tuple[list[tuple[str, KeySpan]], list[dict[str, Any]]]] = (
            _family_facts(store, fam, rules) for fam in families
        )
        for spans, rows in results:
            store.add_keys(spans)
            store.add_facts(rows)
            count += len(rows)
        _marks(store, every=True)
        return count
    # Families are independent: worker processes reconcile them (each with its own connection,
    # reading committed claims) while this one writes what they return in its one transaction.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_start, initargs=(url,)) as pool:
        for spans, rows in pool.map(_worker_family, families, [rules] * len(families)):
            store.add_keys(spans)
            store.add_facts(rows)
            count += len(rows)
    _marks(store, every=True)
    return count


def rebuild(ledger: Ledger, rules: Rules | None = None, *, workers: int | None = None) -> int:
    """Recompute every fact from every claim, in one transaction; returns how many facts there are.

    Claims are read one measure (or family) at a time, so memory holds one measure's claims (per
    worker). With ``workers`` > 1, a ledger of ``PARALLEL_AT`` claims or more in a file or server
    database is reconciled by that many processes, one family at a time each — worth it only with
    idle cores: on the shared 2-core benchmark machine two workers were slower than one
    (bench/serve.md), so one process is the default.
    """
    rules = rules or Rules()
    url: str | None = ledger.engine.url.render_as_string(hide_password=False)
    if (
        ledger.engine.url.get_backend_name() == "sqlite"
        and (ledger.engine.url.database or ":memory:") == ":memory:"
    ):
        url = None
    n = workers if workers is not None else 1
    with no_collections():
        count = ledger.maintain_facts(lambda store: _rebuild(store, rules, url, n))
    _fresh_statistics(ledger)
    return count


def _fresh_statistics(ledger: Ledger) -> None:
    """PostgreSQL: the planner's statistics of the tables a rebuild reads and rewrote, taken again.
    A rebuild usually follows a bulk load; on an empty table's estimates the first briefing's
    count of a mission's quotes ran as a nested loop over every claim of the mission — 16 s
    instead of 0.02 s at 100,007 claims (bench/serve.md, seventh round). SQLite: nothing."""
    if ledger.engine.dialect.name != "postgresql":
        return
    with ledger.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE claims, documents, facts, fact_keys")


_KEPT_IN_BACKGROUND: weakref.WeakSet[Ledger] = weakref.WeakSet()


def keep_in_background(ledger: Ledger) -> None:
    """Readers of this ledger take the stored facts as they are and never drain the queue
    themselves: whoever registers it (the web server) runs ``refresh`` off the request path."""
    _KEPT_IN_BACKGROUND.add(ledger)


def refresh(ledger: Ledger) -> int:
    """Bring the facts up to date before a read: drain a short queue, rebuild after a bulk load."""
    waiting = ledger.facts_pending()
    if not waiting:
        return 0
    if waiting > REBUILD_AT:
        rebuild(ledger)
        return waiting
    return sync(ledger)


def stored_facts(
    ledger: Ledger,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    slim: bool = False,
) -> list[Fact]:
    """The materialized facts of these missions and measures, sorted and checked as ``reconcile``
    returns them (see ``Ledger.fact_rows`` for the selection), each with every claim.

    ``slim``: each claim keeps its ``id`` and ``document_id`` only (what a fact's claim ids and
    links need: the facts' references, no claim read), and the facts are read one at a time."""
    from missionwatch.ledger.facts import iter_facts

    if ledger not in _KEPT_IN_BACKGROUND:
        refresh(ledger)
    if slim:
        with ledger.engine.connect() as conn:
            found = iter_facts(
                conn, missions=missions, measures=measures, mission_free=mission_free, by_document=by_document
            )
            return finish([_slim_fact(body, refs) for body, refs in found], Rules())
    rows = ledger.fact_rows(
        missions=missions, measures=measures, mission_free=mission_free, by_document=by_document
    )
    return finish([_stored_fact(b) for b in rows], Rules())


def stored_summaries(
    ledger: Ledger,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    marked: bool = False,
) -> tuple[list[Fact], dict[int, tuple[int, int]]]:
    """``stored_facts`` without the facts' claims, and where each is stored (``id()`` of the fact
    → its row's ``seq`` and the mark of its summary, for ``claim_refs``): the same facts, sorted
    and checked the same way, since ordering and the checks read no claim. Reads each fact's
    ``summary`` (0009), not its body: a first ``/api/v1/facts`` of a mission parsed every body to
    show fifty facts' claim ids. ``marked``: only the facts marked for the missions or for all
    (``ledger.facts.newest_marks``: the newest of each series and every window of a mission total),
    which the checks leave as they are when no other fact is kept of them (the checks flag a
    contributor's figure, never the total it is checked against)."""
    from missionwatch.ledger.facts import read_summaries

    if ledger not in _KEPT_IN_BACKGROUND:
        refresh(ledger)
    with ledger.engine.connect() as conn:
        found = read_summaries(
            conn,
            missions=missions,
            measures=measures,
            mission_free=mission_free,
            by_document=by_document,
            marked=marked and USE_MARKS,
        )
    facts = [_summary_fact(summary) for _seq, _mark, summary in found]
    where = {id(f): (seq, mark) for f, (seq, mark, _summary) in zip(facts, found, strict=True)}
    return finish(facts, Rules()), where


def claim_refs(ledger: Ledger, facts: Iterable[tuple[int, int]]) -> dict[int, list[StoredClaim]]:
    """The claims of these stored facts (``seq`` and mark, from ``stored_summaries``) holding
    their ``id`` and ``document_id`` only, as ``stored_facts(…, slim=True)`` gives them, by seq; a
    fact no longer stored as it was read (a drain redid it) is left out."""
    from missionwatch.ledger.facts import read_claim_refs
    from missionwatch.ledger.queries import trusted_claim

    with ledger.engine.connect() as conn:
        refs = read_claim_refs(conn, dict(facts))
    return {
        seq: [trusted_claim({"id": cid, "document_id": doc}) for cid, doc in claims]
        for seq, claims in refs.items()
    }


def stored_windows(
    ledger: Ledger,
    *,
    missions: Sequence[str],
    measures: Sequence[str],
    few: int,
    keep: Callable[[Fact], bool],
    totals: bool = False,
) -> list[Fact]:
    """The stored facts of these missions and measures that ``keep`` accepts, every as-of window
    (sorted and checked as ``stored_facts``), each holding the claims ``shown(few, …)`` picks, read
    by id, and its ``claim_count``: a chart of a series cites a claim of each point, not all.
    ``totals``: ``keep`` accepts mission totals only (the strength trend), so only the marked
    facts are read (``stored_summaries``' ``marked``): a first overview read the summaries of 802
    deployed facts of MSS at 1,000,009 claims for its 81 totals (bench/serve.md, fourteenth
    round)."""
    from missionwatch.ledger.facts import read_shown_refs, resolve_refs

    facts, where = stored_summaries(ledger, missions=missions, measures=measures, marked=totals)
    chosen = {where[id(f)][0]: f for f in facts if keep(f)}
    with ledger.engine.connect() as conn:
        refs, picked = read_shown_refs(conn, chosen, few, None)
        claims = resolve_refs(conn, refs, keep=_picked_or(picked, shown(few, None)))
    out = []
    for seq, fact in chosen.items():
        if seq in claims:  # else redone since it was selected
            object.__setattr__(fact, "claims", claims[seq])
            object.__setattr__(fact, "claim_count", len(refs[seq]))
            out.append(fact)
    return out


def shown(
    few: int, since: str | None, every: Collection[int] = (), sides: Collection[int] = ()
) -> Callable[[int, list[list[Any]]], set[int]]:
    """Which claims of a stored fact (by seq, from its references) a page shows: its first ``few``
    and its ``few`` newest (by publication, confidence, id, as ``report.briefing`` cites them), the
    claims published on or after ``since`` (what alerts look at), every claim of a fact in
    ``every`` (a conflicts list's evidence) and the newest claim of each value (value, unit,
    qualifier) of a fact in ``sides`` (a briefing's conflict table shows sides, newest first, and
    counts the rest)."""

    def keep(seq: int, refs: list[list[Any]]) -> set[int]:
        if seq in every:
            return set(range(len(refs)))
        # newest first, ties in the fact's order: as ``briefing._newest_first`` sorts the claims
        newest = sorted(
            range(len(refs)), key=lambda i: (refs[i][2] or "", refs[i][3], refs[i][0] or 0), reverse=True
        )
        at = set(range(min(few, len(refs)))) | set(newest[:few])
        if since is not None:
            at.update(i for i, r in enumerate(refs) if (r[2] or "")[:10] >= since)
        if seq in sides:
            first: dict[tuple[Any, ...], int] = {}
            for i in newest:
                first.setdefault(ref_value_key(refs[i]), i)
            at.update(first.values())
        return at

    return keep


CONFLICTS = ("every", "sides", "none")  # what a fact in conflict holds (``stored_latest``)


def stored_latest(
    ledger: Ledger,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    bare: Sequence[str] = (),
    skip: Sequence[str] = (),
    few: int | None = None,
    since: str | None = None,
    conflicts: str = "every",
    sides_few: int | None = None,
) -> list[Fact]:
    """``latest(stored_facts(...))`` — where things stand — reading the bodies of only the newest
    fact of each series and of the mission totals a contributor's figure is checked against
    (``checks.check_against_totals`` reads every window of those). A first briefing read every
    fact of its mission, each with all its claims (issue 10).

    Facts of ``bare`` measures that are no conflict come without their body: only their key,
    ``best``, ``as_of_last`` and ``conflict`` are set (a briefing shows quotes and roles from
    their claims, and of their facts only conflicts); facts of ``skip`` measures are left out.
    ``few``: each fact holds only the claims a page shows (``shown``), read by id, and
    ``claim_count`` says how many it has; None: every claim. A fact in conflict holds besides
    (``conflicts``): ``every`` claim, the newest claim of each value (``sides``) or ``none``.
    ``sides_few`` (with ``sides``): only the newest claims of its ``sides_few`` newest values as
    a reader says them (``report.format.value_text``), ``side_count`` saying how many values it
    has — a briefing shows that many sides of a conflict and counts the rest; it read back the
    newest claim of every value, 7,300 claims of a first briefing at 1,000,009 claims, 0.4 s
    (bench/serve.md, eleventh round)."""
    from missionwatch.ledger.facts import read_bodies, read_heads

    if ledger not in _KEPT_IN_BACKGROUND:
        refresh(ledger)
    with ledger.engine.connect() as conn:
        heads = read_heads(
            conn,
            missions=missions,
            measures=measures,
            mission_free=mission_free,
            by_document=by_document,
            skip=skip,
            newest=_newest(missions, by_document),
        )
        wanted, stubs = _newest_of_each_series(heads, bare)
        disputed = {seq for seq, h in heads if h["conflict"]}
        claims = _claims_of(
            conn,
            _refs_of(conn, wanted, few, since, disputed, conflicts),
            few,
            since,
            disputed,
            conflicts,
            sides_few,
        )
        bodies = read_bodies(conn, wanted)
    found = [
        _stored_fact(bodies[seq], *claims[seq]) for seq in sorted(wanted) if seq in bodies and seq in claims
    ]
    found += [_bare_fact(h) for seq, h in heads if seq in stubs]
    return _latest(found)


def stored_latest_by_mission(
    ledger: Ledger,
    missions: Sequence[str],
    *,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    bare: Sequence[str] = (),
    skip: Sequence[str] = (),
    few: int | None = None,
    since: str | None = None,
    conflicts: str = "every",
    since_measures: Collection[str] | None = None,
    seq_of: dict[int, int] | None = None,
    sides_few: int | None = None,
) -> dict[str, list[Fact]]:
    """``stored_latest(missions=[m], …)`` of each mission ``m``, reading what the missions share
    (the country context's facts) once: the heads in one scan, each body and its claims once. An
    alert list read them once per mission (issue 10). ``since_measures``: the facts whose claims
    since ``since`` are read, those of these measures only (all when None; an alert list reads
    the others' from ``facts.disagree``); ``seq_of``: filled with ``id(fact)`` → its seq of
    every fact returned; ``sides_few`` as ``stored_latest``'s."""
    from missionwatch.ledger.facts import read_bodies, read_heads_by_mission

    if ledger not in _KEPT_IN_BACKGROUND:
        refresh(ledger)
    with ledger.engine.connect() as conn:
        heads = read_heads_by_mission(
            conn,
            missions,
            mission_free=mission_free,
            by_document=by_document,
            skip=skip,
            newest=_newest(missions, by_document),
        )
        picked = {m: _newest_of_each_series(heads[m], bare) for m in missions}
        every = sorted(set().union(*(wanted for wanted, _stubs in picked.values())))
        disputed = {seq for m in missions for seq, h in heads[m] if h["conflict"]}
        parts: list[tuple[list[int], str | None]] = [(every, since)]
        if since_measures is not None and since is not None:
            measure = {seq: h["measure"] for m in missions for seq, h in heads[m]}
            dated = [seq for seq in every if measure[seq] in since_measures]
            parts = [(dated, since), (sorted(set(every) - set(dated)), None)]
        claims: dict[int, tuple[list[StoredClaim], int | None, int | None]] = {}
        for seqs, after in parts:
            refs = _refs_of(conn, seqs, few, after, disputed, conflicts)
            claims.update(_claims_of(conn, refs, few, after, disputed, conflicts, sides_few))
        bodies = read_bodies(conn, every)
    out: dict[str, list[Fact]] = {}
    for m in missions:
        wanted, stubs = picked[m]
        kept = [seq for seq in sorted(wanted) if seq in bodies and seq in claims]
        found = [_stored_fact(bodies[seq], *claims[seq]) for seq in kept]
        if seq_of is not None:
            seq_of.update((id(f), seq) for f, seq in zip(found, kept, strict=True))
        found += [_bare_fact(h) for seq, h in heads[m] if seq in stubs]
        out[m] = _latest(found)
    return out


def stored_conflicts(
    ledger: Ledger,
    *,
    missions: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    bare: Sequence[str] = (),
) -> list[Conflict]:
    """``conflicts(stored_latest(…, few=0))`` — the newest fact of each series that is in
    conflict, laid out as sides with every claim's evidence — from the sides each fact keeps
    (``facts.sides``, 0013) and the sentence and document of each of its claims: no claim built
    whole, no value key, source or official outlet worked out again (a first conflicts list of
    MSS at 1,000,009 claims built 23,785 claims and ran ``conflicts`` over them, 2.1-2.9 s,
    bench/serve.md, ninth round). ``bare`` as in ``stored_latest``."""
    from missionwatch.ledger.facts import evidence_by_id, read_bodies, read_heads, read_sides

    if ledger not in _KEPT_IN_BACKGROUND:
        refresh(ledger)
    with ledger.engine.connect() as conn:
        heads = read_heads(
            conn,
            missions=missions,
            measures=None,
            mission_free=mission_free,
            by_document=by_document,
            newest=_newest(missions, by_document),
        )
        wanted, stubs = _newest_of_each_series(heads, bare)
        bodies = read_bodies(conn, wanted)
        found = {seq: _stored_fact(bodies[seq], []) for seq in sorted(wanted) if seq in bodies}
        seq_of = {id(f): seq for seq, f in found.items()}
        newest = _latest([*found.values(), *(_bare_fact(h) for seq, h in heads if seq in stubs)])
        disputed = [(f, seq_of[id(f)]) for f in newest if f.conflict and id(f) in seq_of]
        stored = read_sides(conn, [seq for _f, seq in disputed])
        read = evidence_by_id(
            conn,
            [r[0] for _sides, refs in stored.values() for r in refs if len(r) == len(REF_FIELDS) and r[0]],
        )
    out = []
    for f, seq in disputed:
        if seq not in stored or stored[seq][0] is None:
            continue  # redone since its head was read, or stored before its sides were (0013)
        (sides, internal), refs = stored[seq]
        evidence = [_evidence(r, read) for r in refs]
        out.append(laid_out(f, [tuple(side) for side in sides], internal, evidence))
    return out


def _evidence(ref: list[Any], read: dict[int, tuple[Any, ...]]) -> Evidence | None:
    """A claim's ``Evidence`` from its reference (``REF_FIELDS``, or the claim held in it) and
    what ``evidence_by_id`` read of it; None for a claim gone from the ledger."""
    from missionwatch.ledger.queries import trusted_claim

    if len(ref) > len(REF_FIELDS):
        return Evidence.of(trusted_claim(ref[len(REF_FIELDS)]))
    found = read.get(ref[0])
    if found is None:
        return None
    cid, document, published, _confidence, value, _unit, qualifier = ref
    sentence, as_of, outlet, url, title = found
    # built as ``_bare_fact`` builds a fact: ``model_construct`` was a fifth of a first conflicts
    # list (26,917 pieces of evidence for MSS at 1,000,009 claims); every field is set, in order
    evidence = _new_evidence(Evidence)
    _set(
        evidence,
        "__dict__",
        {
            "claim_id": cid,
            "sentence": sentence,
            "outlet": outlet,
            "published": published,
            "url": url,
            "title": title,
            "document_id": document,
            "as_of": as_of,
            "qualifier": qualifier,
            "value": value if isinstance(value, int | float | str) else None,
        },
    )
    _set(evidence, "__pydantic_fields_set__", _EVIDENCE_FIELDS.copy())
    _set(evidence, "__pydantic_extra__", None)
    _set(evidence, "__pydantic_private__", None)
    return evidence


_new_evidence, _set = Evidence.__new__, object.__setattr__
_EVIDENCE_FIELDS = set(Evidence.model_fields)  # every field, as ``_evidence`` sets them


def _claims_of(
    conn: Any,
    found: tuple[dict[int, list[list[Any]]], dict[int, set[int]]],
    few: int | None,
    since: str | None,
    disputed: set[int],
    conflicts: str,
    sides_few: int | None = None,
) -> dict[int, tuple[list[StoredClaim], int | None, int | None]]:
    """Each fact's claims (those ``shown`` when ``few`` is set: ``disputed`` the facts in conflict,
    ``conflicts`` what they hold besides, ``sides_few`` as ``stored_latest``'s) and, then, how
    many claims it has and, of a fact whose sides were trimmed, how many values."""
    from missionwatch.ledger.facts import resolve_refs

    refs, picked = found
    if conflicts not in CONFLICTS:
        raise ValueError(f"conflicts must be one of {CONFLICTS}, not {conflicts!r}")
    every = disputed if conflicts == "every" else set()
    keep = None if few is None else shown(few, since, every, disputed if conflicts == "sides" else set())
    counts: dict[int, int] = {}
    if keep is not None:
        keep = _picked_or(picked, keep)
        if conflicts == "sides" and sides_few is not None and few is not None:
            keep = _newest_sides(keep, shown(few, since), disputed, sides_few, counts)
    claims = resolve_refs(conn, refs, keep=keep)
    # no reference read: how many claims the fact has is not known (a fact has one at least)
    return {
        seq: (found, None if few is None else len(refs[seq]) or None, counts.get(seq))
        for seq, found in claims.items()
    }


def _newest_sides(
    keep: Callable[[int, list[list[Any]]], set[int]],
    base: Callable[[int, list[list[Any]]], set[int]],
    disputed: set[int],
    few: int,
    counts: dict[int, int],
) -> Callable[[int, list[list[Any]]], set[int]]:
    """``keep``, but of a fact in ``disputed`` only the newest claim of each of its ``few`` newest
    values as a reader says them (what ``report.briefing`` shows of a conflict) beside what
    ``base`` picks; how many such values it has goes to ``counts``. ``keep`` picks the newest claim
    of every value (value, unit, qualifier), whose texts are those of all its claims; the
    references it leaves out are None (read from ``recent``), and ``base`` sees only the others:
    they hold the newest ``few`` claims of the fact and every one since the day."""
    from missionwatch.report.format import value_text

    def trimmed(seq: int, refs: list[list[Any]]) -> set[int]:
        at = keep(seq, refs)
        if seq not in disputed:
            return at
        held = [i for i in range(len(refs)) if refs[i] is not None]
        pos = base(seq, [refs[i] for i in held])
        out = {held[i] for i in pos}
        seen: set[str] = set()
        # newest first, ties in the fact's order (``at`` is a set): as ``shown`` sorts them
        newest = sorted(
            sorted(at), key=lambda i: (refs[i][2] or "", refs[i][3], refs[i][0] or 0), reverse=True
        )
        for i in newest:
            text = value_text(*refs[i][4:7])
            if text not in seen:
                seen.add(text)
                if len(seen) <= few:
                    out.add(i)
        counts[seq] = len(seen)
        return out

    return trimmed


def _refs_of(
    conn: Any, seqs: Collection[int], few: int | None, since: str | None, conflicts: set[int], mode: str
) -> tuple[dict[int, list[list[Any]]], dict[int, set[int]]]:
    """The claim references of the facts whose claims ``_claims_of`` reads — with ``few=0`` and no
    ``since`` (a conflicts list) those in conflict only; the others' come empty (no claim, count
    unknown). With ``few``, a fact's ``recent`` references where they hold what ``shown`` picks
    (``read_shown_refs``; the positions picked beside), not all of them — of a fact in conflict
    also the newest of each value when ``mode`` is ``sides``, every claim when ``every``."""
    from missionwatch.ledger.facts import read_refs, read_shown_refs

    if few == 0 and since is None:
        return {seq: [] for seq in seqs} | read_refs(conn, [seq for seq in seqs if seq in conflicts]), {}
    if few is None:
        return read_refs(conn, seqs), {}
    return read_shown_refs(
        conn,
        seqs,
        few,
        since,
        every=conflicts if mode == "every" else (),
        sides=conflicts if mode == "sides" else (),
    )


def _picked_or(
    picked: dict[int, set[int]], keep: Callable[[int, list[list[Any]]], set[int]]
) -> Callable[[int, list[list[Any]]], set[int]]:
    """``keep``, but the positions ``read_shown_refs`` picked for the facts it read from ``recent``."""
    return lambda seq, refs: picked[seq] if seq in picked else keep(seq, refs)


def _newest_of_each_series(
    heads: list[tuple[int, dict[str, Any]]], bare: Sequence[str]
) -> tuple[set[int], set[int]]:
    """Of these heads (in storage order), the facts whose bodies ``stored_latest`` reads — the
    newest of each series and every mission total — and those it builds from their heads
    (``bare`` measures, no conflict)."""
    from missionwatch.reconcile.checks import CHECKED_AGAINST_TOTAL
    from missionwatch.reconcile.normalise import fold

    newest: dict[tuple, tuple[tuple[str, int, str], int]] = {}
    totals: list[int] = []
    for seq, h in heads:
        if h["measure"] in CHECKED_AGAINST_TOTAL and h["subject"] is None:
            totals.append(seq)
        extra = fold(str(h["best"])) if h["measure"] == "quote" else None
        series = (
            *(h[k] for k in ("mission", "measure", "subject", "resolution", "unit", "scope")),
            h["component"],
            extra,
        )
        rank = newest_rank(h["as_of_last"], h["id"])
        cur = newest.get(series)
        if cur is None or rank > cur[0]:
            newest[series] = (rank, seq)
    chosen = {seq for _rank, seq in newest.values()}
    stubs = {seq for seq, h in heads if seq in chosen and h["measure"] in bare and not h["conflict"]}
    return (chosen | set(totals)) - stubs, stubs


def _latest(found: list[Fact]) -> list[Fact]:
    from missionwatch.reconcile.facts import latest

    return latest(finish(found, Rules()))


_BARE: dict[str, Any] = {name: None for name in Fact.model_fields}


def _bare_fact(head: dict[str, Any]) -> Fact:
    """A fact of only its head (``stored_latest``'s ``bare``): no claims, no spread, no flags.
    Built as ``queries.trusted_claim`` builds claims: ``model_construct`` costs a default factory
    call through ``inspect`` per list field, for thousands of quotes per first briefing."""
    fact = Fact.__new__(Fact)
    data = {**_BARE, "values": [], "flags": [], "notes": [], "claims": [], "sources": 0, **head}
    object.__setattr__(fact, "__dict__", data)
    object.__setattr__(fact, "__pydantic_fields_set__", set(head))
    object.__setattr__(fact, "__pydantic_extra__", None)
    object.__setattr__(fact, "__pydantic_private__", None)
    return fact


def _summary_fact(summary: dict[str, Any]) -> Fact:
    """A fact of its ``summary`` (every field of the body but the claims, which are left empty),
    built as ``_bare_fact`` builds one: ``model_construct`` was a fifth of a first facts list."""
    fact = Fact.__new__(Fact)
    object.__setattr__(fact, "__dict__", {**_BARE, **summary, "claims": []})
    object.__setattr__(fact, "__pydantic_fields_set__", {*summary, "claims"})
    object.__setattr__(fact, "__pydantic_extra__", None)
    object.__setattr__(fact, "__pydantic_private__", None)
    return fact


def _slim_fact(body: dict[str, Any], refs: list[list[Any]]) -> Fact:
    """A stored fact whose claims hold their ``id`` and ``document_id`` only (``slim``)."""
    from missionwatch.ledger.queries import trusted_claim

    claims = [trusted_claim({"id": r[0], "document_id": r[1]}) for r in refs]
    return Fact.model_construct(**{**body, "claims": claims})


def _stored_fact(
    body: dict[str, Any],
    claims: list[StoredClaim] | None = None,
    count: int | None = None,
    side_count: int | None = None,
) -> Fact:
    """A fact as this module wrote it (``Fact.model_dump``), rebuilt without validating it and its
    claims again: validating every claim of every fact was most of a first facts request.
    ``claims``: its claims read already (else the body's own); ``count``: how many it has when
    those are some only. The lists the checks add to (``flags``, ``notes``) are the fact's own."""
    from missionwatch.ledger.queries import trusted_claim

    if claims is None:
        claims = [c if isinstance(c, StoredClaim) else trusted_claim(c) for c in body.get("claims", ())]
    own = {"flags": list(body.get("flags") or ()), "notes": list(body.get("notes") or ())}
    return Fact.model_construct(
        **{**body, **own, "claims": list(claims), "claim_count": count, "side_count": side_count}
    )


__all__ = [
    "claim_refs",
    "keep_in_background",
    "key_id",
    "rebuild",
    "refresh",
    "shown",
    "stored_conflicts",
    "stored_facts",
    "stored_latest",
    "stored_latest_by_mission",
    "stored_summaries",
    "stored_windows",
    "sync",
]
