"""The ledger's side of materialized facts: the queue of changed documents, which documents hold
which fact keys, and the fact rows themselves (migration 0003).

The ledger does not reconcile (``reconcile/`` sits above it): it stores what
``missionwatch.reconcile.materialized`` computes and hands it the claims it asks for. Every method
of ``FactStore`` runs on the one connection of a write transaction (``Ledger.maintain_facts``), so
recomputed facts, the key index and the drained queue entries commit together or not at all.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import operator
from calendar import monthrange
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar, cast

from pydantic import BaseModel
from sqlalchemy import Connection, Table, case, delete, func, insert, or_, select

from missionwatch.ledger import queries as q
from missionwatch.ledger import review_log as rl
from missionwatch.ledger.schema import ClaimRow, DocumentRow, FactKeyRow, FactMarkRow, FactRow, FactsQueueRow
from missionwatch.models import StoredClaim


class KeySpan(NamedTuple):
    """One document's share of a fact key: the key, its measure and window length (days), the
    first and last day of the document's dated claims in it, whether some are undated, and the
    key's mission (as its facts have it)."""

    key_id: str
    measure: str
    days: int | None
    first: str | None
    last: str | None
    undated: bool
    mission: str | None


class StoredWindow(NamedTuple):
    """A stored fact of a key with windows: its row, its window (kind, first and last day) and
    the mark of the claims it was built from (None before revision 0011)."""

    seq: int
    window: str
    first: str | None
    last: str | None
    claims_mark: str | None


# A claim, or its row and its document's provenance, not yet built into one.
ClaimRecord = StoredClaim | tuple[Sequence[Any], Sequence[Any]]


_DOCUMENT, _MEASURE = q.CLAIM_COLUMNS.index("document_id"), q.CLAIM_COLUMNS.index("measure")
_ID = q.CLAIM_COLUMNS.index("id")

T = TypeVar("T")
CHUNK = 500  # ids per IN list (SQLite allows 32,766 bound values; PostgreSQL more)


def _chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _of_measures(measures: Sequence[str] | None) -> Callable[[StoredClaim], bool]:
    wanted = None if measures is None else set(measures)
    return lambda c: wanted is None or c.measure in wanted


def pending(conn: Connection) -> int:
    """How many documents wait for their facts to be recomputed."""
    return int(conn.execute(select(func.count()).select_from(FactsQueueRow)).scalar_one())


class FactStore:
    """Reads and writes of fact maintenance, on one connection inside the writer lock."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._reviewed: rl.ReviewedSet | None = None  # every reviewed document's claims, read once
        self._provenance: dict[str, tuple[Any, ...]] = {}  # documents' columns a claim carries
        self._every_document = False
        self._missions: dict[str, set[str]] | None = None  # every document's, once a rebuild asks
        # the claims built here from their rows, unchanged (``id()`` → the claim, held so that the
        # id is not another object's): a fact refers to such a claim by id (``fact_texts``)
        self._as_read: dict[int, StoredClaim] = {}
        # the series whose facts were written or deleted since their marks were last set, and the
        # facts deleted (``mark_newest``)
        self._touched: set[str] = set()
        self._gone: set[int] = set()

    def _read(self, claims: list[StoredClaim]) -> list[StoredClaim]:
        self._as_read.update((id(c), c) for c in claims)
        return claims

    def as_read(self, claim: StoredClaim) -> bool:
        """Whether ``claim`` is a claim this store built from its row, unchanged since — one the
        ledger gives back by its id (not one a review or ``scopes.prepare`` made)."""
        return self._as_read.get(id(claim)) is claim

    def forget_read(self) -> None:
        """Let go of the claims built so far (a rebuild, between two measure families)."""
        self._as_read.clear()

    def built(self, record: ClaimRecord) -> StoredClaim:
        """The claim of a ``claim_records`` record, remembered when built from its row
        (``as_read``)."""
        if isinstance(record, StoredClaim):
            return record
        claim = q.claim_from_parts(*record)
        self._as_read[id(claim)] = claim
        return claim

    def _with_provenance(self, stmt: Any) -> list[tuple[Sequence[Any], Sequence[Any]]]:
        """The rows of a ``q.claim_columns_select``, each with its document's provenance
        (``q.claim_from_parts`` builds the claim), each document's read once per transaction (not
        joined to each claim)."""
        rows = self.conn.execute(stmt).all()
        if not self._every_document:
            unknown = {row[_DOCUMENT] for row in rows} - self._provenance.keys()
            if unknown:
                self._provenance.update(q.document_provenance(self.conn, sorted(unknown)))
        provenance = self._provenance
        return [(row, provenance[row[_DOCUMENT]]) for row in rows]

    @contextmanager
    def page_cache(self, kib: int) -> Iterator[None]:
        """SQLite's page cache at ``kib`` KiB on this connection for a while, then as it was. Its
        default, 2 MiB, is a sliver of a ledger whose every claim a rebuild reads and whose fact
        tables it rewrites: pages went back and forth through the operating system (a rebuild of
        100,007 claims spent 0.8 s in the kernel, 0.4 s with 256 MiB). Other databases: nothing."""
        if self.conn.dialect.name != "sqlite":
            yield
            return
        before = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        self.conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
        try:
            yield
        finally:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {before}")

    @contextmanager
    def keys_indexed_after(self) -> Iterator[None]:
        """SQLite: the key spans' index by document dropped while a rebuild writes every span and
        built once they are in, in the same transaction — one sort instead of a million inserts at
        random places in it (938,434 spans: 6.1 -> 3.8 s of CPU). Other databases: nothing (a
        dropped index would lock the table against readers until the rebuild commits)."""
        if self.conn.dialect.name != "sqlite":
            yield
            return
        indexes = list(cast(Table, FactKeyRow.__table__).indexes)
        for index in indexes:
            index.drop(self.conn)
        yield  # an error rolls the whole transaction back, the dropped index with it
        for index in indexes:
            index.create(self.conn)

    def queued(self, limit: int | None = None) -> list[str]:
        stmt = select(FactsQueueRow.document_id).order_by(FactsQueueRow.document_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.conn.execute(stmt).scalars())

    def dequeue(self, documents: Sequence[str]) -> None:
        for batch in _chunks(documents):
            self.conn.execute(delete(FactsQueueRow).where(FactsQueueRow.document_id.in_(batch)))

    def keys_of(self, documents: Sequence[str]) -> list[KeySpan]:
        """The fact keys the documents held when their facts were last computed, with each
        document's dates in each key."""
        out: list[KeySpan] = []
        cols = (FactKeyRow.key_id, FactKeyRow.measure, FactKeyRow.days, FactKeyRow.first, FactKeyRow.last)
        for batch in _chunks(documents):
            rows = self.conn.execute(
                select(*cols, FactKeyRow.undated, FactKeyRow.mission).where(FactKeyRow.document_id.in_(batch))
            ).all()
            out.extend(KeySpan(*row) for row in rows)
        return out

    def key_index(self, key_ids: Sequence[str]) -> dict[str, list[tuple[str, str | None, str | None, bool]]]:
        """For each key, every document holding it with the first and last day of its claims of the
        key and whether some are undated (one query for a whole batch of keys)."""
        out: dict[str, list[tuple[str, str | None, str | None, bool]]] = {k: [] for k in key_ids}
        cols = (
            FactKeyRow.key_id,
            FactKeyRow.document_id,
            FactKeyRow.first,
            FactKeyRow.last,
            FactKeyRow.undated,
        )
        for batch in _chunks(key_ids):
            for kid, document_id, first, last, undated in self.conn.execute(
                select(*cols).where(FactKeyRow.key_id.in_(batch))
            ).all():
                out[kid].append((document_id, first, last, bool(undated)))
        return out

    def windows_of(self, key_ids: Sequence[str]) -> dict[str, list[StoredWindow]]:
        """For each key, its facts that have a window."""
        out: dict[str, list[StoredWindow]] = {k: [] for k in key_ids}
        cols = (
            FactRow.seq,
            FactRow.key_id,
            FactRow.window,
            FactRow.window_first,
            FactRow.window_last,
            FactRow.claims_mark,
        )
        for batch in _chunks(key_ids):
            for seq, kid, window, first, last, mark in self.conn.execute(
                select(*cols).where(FactRow.key_id.in_(batch), FactRow.window != "all")
            ).all():
                out[kid].append(StoredWindow(int(seq), str(window), first, last, mark))
        return out

    def delete_facts(self, seqs: Iterable[int]) -> None:
        for batch in _chunks(sorted(seqs)):
            self._deleted(delete(FactRow).where(FactRow.seq.in_(batch)))

    def _deleted(self, stmt: Any) -> None:
        """Run a DELETE of facts, noting their series and seqs for ``mark_newest``."""
        for seq, series in self.conn.execute(stmt.returning(FactRow.seq, FactRow.series)).all():
            self._gone.add(int(seq))
            if series is not None:
                self._touched.add(series)

    def whole_fact_claims(self, key_ids: Sequence[str]) -> dict[str, list[StoredClaim]]:
        """The claims of the one fact of each of these keys that have no windows (as the fact
        holds them: prepared, with their provenance; ``resolve_refs``), a claim gone from the
        ledger since left out."""
        found: dict[str, list[list[Any]]] = {}
        for batch in _chunks(key_ids):
            rows = self.conn.execute(
                select(FactRow.key_id, FactRow.refs).where(FactRow.key_id.in_(batch), FactRow.window == "all")
            )
            found.update(parsed_refs(rows))
        return resolve_refs(self.conn, found, loaded=self._as_read)

    def documents_of(self, key_ids: Iterable[str]) -> dict[str, tuple[str, set[str]]]:
        """For each key, its measure and the documents holding claims of it."""
        out: dict[str, tuple[str, set[str]]] = {}
        for batch in _chunks(key_ids):
            rows = self.conn.execute(
                select(FactKeyRow.key_id, FactKeyRow.measure, FactKeyRow.document_id).where(
                    FactKeyRow.key_id.in_(batch)
                )
            ).all()
            for key_id, measure, document_id in rows:
                out.setdefault(key_id, (measure, set()))[1].add(document_id)
        return out

    def claims_of(self, documents: Iterable[str], measures: Sequence[str] | None = None) -> list[StoredClaim]:
        """The reviewed claims of these documents (of these measures), with their provenance, in
        storage (claim id) order, claims people made last."""
        out: list[StoredClaim] = []
        documents = sorted(set(documents))
        for batch in _chunks(documents):
            where: list[Any] = [ClaimRow.document_id.in_(batch)]
            if measures is not None:
                where.append(ClaimRow.measure.in_(list(measures)))
            out.extend(
                self._read(
                    [q.claim_from_parts(*r) for r in self._with_provenance(q.claim_columns_select(where))]
                )
            )
        out.sort(key=lambda c: c.id or 0)
        return rl.reviewed_claims(self.conn, out, documents, _of_measures(measures))

    def claim_records(
        self, documents: Iterable[str], measures: Collection[str] | None = None
    ) -> list[tuple[str, str, ClaimRecord]]:
        """(document, measure, record) of every reviewed claim of these documents (of these
        measures), in no set order; a record becomes the claim through ``FactStore.built`` — only when asked
        for: a drain reads the documents around a change whole but needs about half their claims
        (bench/serve.md, fifth round), and building a claim from its row was most of reading it."""
        documents = sorted(set(documents))
        out: list[tuple[str, str, ClaimRecord]] = []
        for batch in _chunks(documents):
            where: list[Any] = [ClaimRow.document_id.in_(batch)]
            if measures is not None:
                # ``measure || ''``: SQLite then reads the documents' index, not the measures'
                where.append((ClaimRow.measure + "").in_(sorted(measures)))
            rows = self._with_provenance(q.claim_columns_select(where))
            out.extend((row[_DOCUMENT], row[_MEASURE], (row, provenance)) for row, provenance in rows)
        reviewed, claims = rl.reviewed_set(self.conn, documents)
        if reviewed:
            out = [r for r in out if r[0] not in reviewed]
            wanted = [c for c in claims if measures is None or c.measure in measures]
            out += [(c.document_id, c.measure, c) for c in wanted]
        return out

    def claims_by_measure(self, measures: Sequence[str]) -> list[StoredClaim]:
        """Every reviewed claim of these measures, in storage order (a rebuild reads one family at
        a time). The rows are put in order here, not by ``ORDER BY id``: SQLite reads them through
        the measures' index and sorted whole rows in a temporary tree, two fifths of the query."""
        stmt = q.claim_columns_select([ClaimRow.measure.in_(list(measures))])
        if self._reviewed is None:  # a rebuild asks once per measure family, in one transaction
            self._reviewed = rl.reviewed_set(self.conn, None)
        if not self._every_document:  # every document is needed: read them all at once
            self._provenance, self._every_document = q.document_provenance(self.conn, None), True
        rows = self._with_provenance(stmt)
        rows.sort(key=lambda r: r[0][_ID])
        claims = self._read([q.claim_from_parts(*r) for r in rows])
        return rl.merge(claims, self._reviewed, _of_measures(measures))

    def document_missions(self, documents: Iterable[str] | None = None) -> dict[str, set[str]]:
        """Documents (these, or all) with the missions their claims are filed under (as the claim
        filters key them). Once a rebuild has read every document (``claims_by_measure``), every
        document's, read once from the claims' mission index: each family's documents asked for
        in lists of 500 were a twentieth of a rebuild at a million claims."""
        if self._every_document:
            if self._missions is None:
                self._missions = {}
                stmt = select(ClaimRow.document_id, ClaimRow.mission_key)
                found = self.conn.execute(stmt.where(ClaimRow.mission_key.is_not(None)))
                for part in found.partitions(20_000):  # rows fetched in blocks, not one call each
                    for document_id, mission in part:
                        self._missions.setdefault(document_id, set()).add(str(mission))
            return self._missions
        out: dict[str, set[str]] = {}
        stmt = select(ClaimRow.document_id, ClaimRow.mission_key).where(ClaimRow.mission_key.is_not(None))
        batches = [None] if documents is None else list(_chunks(sorted(set(documents))))
        for batch in batches:
            query = stmt if batch is None else stmt.where(ClaimRow.document_id.in_(batch))
            for document_id, mission in self.conn.execute(query.distinct()).all():
                out.setdefault(document_id, set()).add(str(mission))
        return out

    def claim_count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(ClaimRow)).scalar_one())

    def measures(self) -> list[str]:
        """Every measure of a claim, stored or as corrected or added by review."""
        found = set(self.conn.execute(select(ClaimRow.measure).distinct()).scalars())
        if self._reviewed is None:
            self._reviewed = rl.reviewed_set(self.conn, None)
        found |= {c.measure for c in self._reviewed[1]}
        return sorted(found)

    def set_keys(self, documents: Sequence[str], spans: Iterable[tuple[str, KeySpan]]) -> None:
        """Replace the keys recorded for these documents with (document, key span) pairs (a
        document without claims has none)."""
        for batch in _chunks(documents):
            self.conn.execute(delete(FactKeyRow).where(FactKeyRow.document_id.in_(batch)))
        self.add_keys(spans)

    def add_keys(self, spans: Iterable[tuple[str, KeySpan]]) -> None:
        """Record (document, key span) pairs, handed to the driver as they are (plain strings,
        numbers and flags): SQLAlchemy's processing of each row's parameters was two fifths of
        writing the 100,007 spans of a rebuild."""
        columns = ("document_id", *KeySpan._fields)
        # in the primary key's order: a rebuild's million spans went into its index at random
        # places (12.8 -> 6.4 s of CPU for 938,434 spans)
        rows = sorted(((d, *s) for d, s in spans), key=lambda r: (r[1], r[0]))
        if self.conn.dialect.name == "postgresql":
            # one COPY stream, in this transaction: the driver's executemany is a statement per
            # span for the server (200,000 spans: 4.3 -> 1.4 s, 1.4 -> 0.2 s of CPU here)
            dbapi = self.conn.connection.driver_connection
            assert dbapi is not None
            with (
                dbapi.cursor() as cursor,
                cursor.copy(f"COPY {FactKeyRow.__tablename__} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
            return
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        sql = (
            f"INSERT INTO {FactKeyRow.__tablename__} ({', '.join(columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})"
        )
        for i in range(0, len(rows), 5000):
            self.conn.exec_driver_sql(sql, rows[i : i + 5000])

    def replace_facts(self, key_ids: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
        """Drop the facts of these keys and write ``rows`` (key_id, fact_id, mission, measure,
        missions, body) in their place."""
        for batch in _chunks(key_ids):
            self._deleted(delete(FactRow).where(FactRow.key_id.in_(batch)))
        self.add_facts(rows)

    def add_facts(self, rows: Sequence[dict[str, Any]]) -> None:
        self._touched.update(row["series"] for row in rows)
        for i in range(0, len(rows), 2000):
            self.conn.execute(insert(FactRow), list(rows[i : i + 2000]))

    def clear(self) -> None:
        """Forget every fact, mark, key and queued document (a rebuild starts here)."""
        for table in (FactRow, FactMarkRow, FactKeyRow, FactsQueueRow):
            self.conn.execute(delete(table))
        self._touched.clear()
        self._gone.clear()

    def mark_newest(
        self, totals: Collection[str], by_document: Collection[str], *, every: bool = False
    ) -> None:
        """Set the marks (``fact_marks``, 0017) of the series whose facts were written or deleted
        since the last call — of every fact with ``every`` (a rebuild, after ``clear``) — from
        their facts as stored now (``newest_marks``)."""
        cols = (
            FactRow.seq, FactRow.series, FactRow.mission, FactRow.measure, FactRow.missions,
            FactRow.doc_missions, FactRow.rank,
        )  # fmt: skip
        rows: list[Any] = []
        before: set[tuple[str, int]] = set()
        if every:
            rows = list(self.conn.execute(select(*cols)).all())
        else:
            for names in _chunks(sorted(self._touched)):
                rows += self.conn.execute(select(*cols).where(FactRow.series.in_(names))).all()
                mates = select(FactRow.seq).where(FactRow.series.in_(names))
                found = select(FactMarkRow.scope, FactMarkRow.seq).where(FactMarkRow.seq.in_(mates))
                before.update((scope, int(seq)) for scope, seq in self.conn.execute(found).all())
            # a deleted fact's marks go; its seq may be a new fact's now (SQLite reuses the highest)
            before = {(scope, seq) for scope, seq in before if seq not in self._gone}
            for seqs in _chunks(sorted(self._gone)):
                self.conn.execute(delete(FactMarkRow).where(FactMarkRow.seq.in_(seqs)))
        # only the marks that changed are written: most facts of a series keep theirs
        marks = set(newest_marks(rows, totals, by_document))
        for pairs in _chunks(sorted(before - marks)):
            unmarked = [(FactMarkRow.scope == scope) & (FactMarkRow.seq == seq) for scope, seq in pairs]
            self.conn.execute(delete(FactMarkRow).where(or_(*unmarked)))
        added = sorted(marks - before)
        if added:
            mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
            sql = f"INSERT INTO {FactMarkRow.__tablename__} (scope, seq) VALUES ({mark}, {mark})"
            for i in range(0, len(added), 5000):
                self.conn.exec_driver_sql(sql, added[i : i + 5000])
        self._touched.clear()
        self._gone.clear()


def _scope(
    *,
    missions: Sequence[str] | None,
    measures: Sequence[str] | None,
    mission_free: Sequence[str],
    by_document: Sequence[str],
) -> list[Any]:
    """The WHERE clauses of ``read_facts`` (see there)."""
    where: list[Any] = []
    if missions is not None:
        scope: list[Any] = [FactRow.mission.in_(list(missions))]
        scope += [FactRow.missions.contains(f"|{m}|", autoescape=True) for m in missions]
        if mission_free:
            scope.append(FactRow.mission.is_(None) & FactRow.measure.in_(list(mission_free)))
        if by_document:
            scope += [
                FactRow.mission.is_(None)
                & FactRow.measure.in_(list(by_document))
                & FactRow.doc_missions.contains(f"|{m}|", autoescape=True)
                for m in missions
            ]
        where.append(or_(*scope))
    if measures is not None:
        exact = [m for m in measures if not m.endswith(".*")]
        families = [m[:-1] for m in measures if m.endswith(".*")]
        where.append(
            or_(
                FactRow.measure.in_(exact),
                *(FactRow.measure.startswith(p, autoescape=True) for p in families),
            )
        )
    return where


def read_facts(
    conn: Connection,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Fact bodies: of these missions (any mission a fact's claims are filed under; all when None),
    of these measures (all when None; ``family.*`` a prefix), those of ``mission_free`` measures
    that name no mission, and those of ``by_document`` measures that name no mission and come from
    documents that speak of one of the missions. Each body holds its fact's claims again
    (``resolve_refs``)."""
    where = _scope(missions=missions, measures=measures, mission_free=mission_free, by_document=by_document)
    rows = conn.execute(
        select(FactRow.seq, FactRow.body, FactRow.refs).order_by(FactRow.seq).where(*where)
    ).all()
    claims = resolve_refs(conn, parsed_refs((seq, refs) for seq, _body, refs in rows))
    return [{**body, "claims": claims[seq]} for seq, body, _refs in rows]


def iter_facts(
    conn: Connection,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
) -> Iterator[tuple[dict[str, Any], list[list[Any]]]]:
    """The bodies ``read_facts`` selects, without their claims, each with its claim references
    (``parsed_refs``), one at a time (a server-side cursor where the database has one), so a
    caller that keeps a little of each never holds them all."""
    where = _scope(missions=missions, measures=measures, mission_free=mission_free, by_document=by_document)
    stmt = select(FactRow.body, FactRow.refs).order_by(FactRow.seq).where(*where)
    for body, refs in conn.execution_options(stream_results=True, yield_per=200).execute(stmt):
        yield body, json.loads(refs or "[]")


# What tells one fact's series and recency apart (``reconcile.latest``: a quote's series is its
# text, its ``best``), and whether it is a conflict: the ``head`` column (migration 0008), a JSON
# array written beside the body, so that choosing the newest fact of each series parses no body.
HEAD_FIELDS = (
    "id", "mission", "measure", "subject", "resolution", "unit", "scope", "component", "as_of_last",
    "best", "conflict",
)  # fmt: skip


# A fact's series (``reconcile.latest``): its key without the quote text, with a quote's text
# folded — the ``series`` column (0017) is the sha1 of these fields, as ``series_of`` encodes them.
SERIES_FIELDS = ("mission", "measure", "subject", "resolution", "unit", "scope", "component")


def series_of(values: Sequence[Any], fold_quote: Callable[[str], str]) -> str:
    """The ``series`` column of a fact whose ``SERIES_FIELDS`` and ``best`` are ``values`` (in
    that order); ``fold_quote``: how a quote's text is folded (``reconcile.normalise.fold``)."""
    *fields, best = values
    extra = fold_quote(str(best)) if fields[1] == "quote" else None
    return hashlib.sha1(_ENCODE([*fields, extra]).encode("utf-8")).hexdigest()


_PRECISION = {10: 3, 7: 2, 4: 1}  # a day, a month, a year (the length of their ISO texts)


@lru_cache(maxsize=65536)
def _last_day(as_of_last: str) -> tuple[str, int]:
    """The last day a fact's last date covers and how fine that date is (``newest_rank``)."""
    text = as_of_last.strip()[:10]
    try:
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            return f"{text}-{monthrange(year, month)[1]:02d}", 2
        if len(text) == 4:
            return f"{int(text):04d}-12-31", 1
    except ValueError:
        pass
    return text, _PRECISION.get(len(text), 0)


def newest_rank(as_of_last: str | None, fact_id: str) -> tuple[str, int, str]:
    """What the newest fact of a series is chosen by — the one rule of ``reconcile.latest``, the
    marks (``newest_marks``), ``stored_latest``'s heads and an earlier date's windows
    (``reconcile/earlier.py``): the last day its last date covers (a month by its last day, a
    year by 31 December), on the same last day the finer date (a day, then a month, then a year),
    then the fact's id; an undated fact ranks before every dated one. (Before the twenty-second
    round of issue 10 the dates were ranked as texts, so a window ending on 'January' counted
    as older than one ending on 5 January.)"""
    if not as_of_last:
        return "", 0, fact_id
    day, precision = _last_day(as_of_last)
    return day, precision, fact_id


def rank_of(as_of_last: str | None, fact_id: str, subject: Any) -> str:
    """The ``rank`` column (0017): what the newest of a series is chosen by (``as_of_last`` and the
    fact's id, ranked by ``newest_rank``) and whether it names no subject (a mission total when
    of ``totals``), apart by tabs (a day and a hex id hold none)."""
    return f"{as_of_last or ''}\t{fact_id}\t{'' if subject is None else 's'}"


def _bars_of(text: str | None) -> list[str]:
    return [m for m in (text or "").split("|") if m]


def newest_marks(
    rows: Iterable[Sequence[Any]],
    totals: Collection[str],
    by_document: Collection[str],
    rank: Callable[[str | None, str], Any] = newest_rank,
) -> list[tuple[str, int]]:
    """The marks (scope, seq) of these facts — (seq, series, mission, measure, missions,
    doc_missions, rank) rows holding every fact of their series: in each scope a fact belongs to,
    the newest of its series there (``rank``, by ``newest_rank``; ties to the lowest seq, as a
    reader that walks the facts in storage order keeps the first), and every mission total (a
    measure of ``totals`` naming no subject: ``checks.check_against_totals`` reads every window of those).

    A fact belongs to the scope ``''`` (all facts), to its mission, to the missions its claims
    are filed under and, naming no mission and of a ``by_document`` measure, to the missions of
    its documents. A reader of one mission's facts (``read_heads`` with ``newest``) then needs
    only those marked for the mission or for ``''``: the newest of a series among all facts is
    the newest among those a mission selects whenever the mission selects it, and where a mission
    selects some of a series only (another mission's facts filed under it, quotes and roles of its
    documents) those are the facts that belong to its scope. ``rank``: the order of a series
    (``newest_rank``; migration 0019's downgrade gives 0017's, the texts)."""
    best: dict[tuple[str, str], tuple[Any, int]] = {}
    out: set[tuple[str, int]] = set()
    for seq, series, mission, measure, missions, doc_missions, column in sorted(rows, key=lambda r: r[0]):
        last, fact_id, subject = column.split("\t")
        no_subject = not subject
        scopes = {"", *_bars_of(missions)}
        if mission is not None:
            scopes.add(mission)
        elif measure in by_document:
            scopes.update(_bars_of(doc_missions))
        if no_subject and measure in totals:
            out.update((scope, seq) for scope in scopes)
        at = rank(last or None, fact_id)
        for scope in scopes:
            cur = best.get((series, scope))
            if cur is None or at > cur[0]:
                best[(series, scope)] = (at, seq)
    out.update((scope, seq) for (_series, scope), (_at, seq) in best.items())
    return sorted(out)


def _parse_all(texts: Sequence[str | None], empty: str) -> list[Any]:
    """Many short JSON texts parsed as one array (``empty`` for a missing one): thousands of
    ``json.loads`` calls on short texts cost about twice as much."""
    return list(json.loads("[" + ",".join(t or empty for t in texts) + "]"))


def _marked(missions: Sequence[str] | None) -> Any:
    """The facts marked (``fact_marks``) for these missions or for all (all: None)."""
    scopes = ["", *missions] if missions is not None else [""]
    return FactRow.seq.in_(select(FactMarkRow.seq).where(FactMarkRow.scope.in_(scopes)))


def read_heads(
    conn: Connection,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    skip: Sequence[str] = (),
    newest: bool = False,
) -> list[tuple[int, dict[str, Any]]]:
    """(seq, head) of the facts ``read_facts`` selects, in the same order, but of the measures
    outside ``skip``: each head holds ``HEAD_FIELDS`` of the body, never its claims. ``newest``:
    only those marked for the missions or for all (``newest_marks``): the newest of each series
    and the mission totals are among them — with the ``by_document`` measures the marks were set
    with."""
    where = _scope(missions=missions, measures=measures, mission_free=mission_free, by_document=by_document)
    if skip:
        where.append(FactRow.measure.not_in(sorted(skip)))
    if newest:
        where.append(_marked(missions))
    # no ORDER BY: SQLite then scans ix_facts_heads instead of the table and its bodies (0008)
    rows = sorted(
        (int(seq), head) for seq, head in conn.execute(select(FactRow.seq, FactRow.head).where(*where)).all()
    )
    parsed = _parse_all([head for _seq, head in rows], "[]")
    return [
        (seq, dict(zip(HEAD_FIELDS, found, strict=True)))
        for (seq, _head), found in zip(rows, parsed, strict=True)
    ]


def read_heads_by_mission(
    conn: Connection,
    missions: Sequence[str],
    *,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    skip: Sequence[str] = (),
    newest: bool = False,
) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    """``read_heads(missions=[m], …)`` of each mission ``m``, from one scan: the facts of
    ``mission_free`` measures belong to every mission, and reading them once per mission was
    most of what an alert list read (six missions, one country context). ``newest``: as
    ``read_heads``'s, those marked for any of the missions or for all (a mission's list may then
    hold a fact marked for another only, which is never the newest of its series there)."""
    where = _scope(missions=missions, measures=None, mission_free=mission_free, by_document=by_document)
    if skip:
        where.append(FactRow.measure.not_in(sorted(skip)))
    if newest:
        where.append(_marked(missions))
    cols = (FactRow.seq, FactRow.missions, FactRow.doc_missions, FactRow.head)
    rows = sorted(
        (int(seq), filed, docs, head)
        for seq, filed, docs, head in conn.execute(select(*cols).where(*where)).all()
    )
    parsed = _parse_all([head for *_rest, head in rows], "[]")
    free, people = set(mission_free), set(by_document)
    out: dict[str, list[tuple[int, dict[str, Any]]]] = {m: [] for m in missions}
    for (seq, filed, docs, _head), found in zip(rows, parsed, strict=True):
        head = dict(zip(HEAD_FIELDS, found, strict=True))
        mission, measure = head["mission"], head["measure"]
        for m in missions:  # _scope's conditions, one mission at a time
            bars = f"|{m}|"
            if (
                mission == m
                or bars in filed
                or (mission is None and (measure in free or (measure in people and bars in docs)))
            ):
                out[m].append((seq, head))
    return out


# a claim reference's (``fact_texts``): what readers sort claims by, newest first, and tell the
# values of a fact in conflict apart by, before they read any claim
REF_FIELDS = ("id", "document_id", "published", "confidence", "value", "unit", "qualifier")


def fact_texts(fact: BaseModel, as_read: Callable[[StoredClaim], bool]) -> tuple[str, str, str]:
    """The ``head`` (0008), ``summary`` (0009: every field but the claims, also written as the
    body) and ``refs`` (0012) columns of a fact (a ``reconcile.Fact``). The summary is pydantic's
    own encoding of the model: building the JSON-mode dict and encoding it with ``json`` took
    three times as long (bench/serve.md, fifth round). The head's fields are plain values.

    ``refs`` holds each claim of the fact, in its order, as a reference: its ``REF_FIELDS`` (what
    a reader sorts claims by, newest first, and tells a conflict's sides apart by, without
    reading them), followed — unless ``as_read``
    says the ledger gives the claim back by its id — by the claim itself (a claim a review or
    ``scopes.prepare`` made or changed). Bodies that held every claim whole were 900 MB of a
    2 GB ledger at 1,000,009 claims, and a first alert list built 151,876 claims from them for six
    missions' newest facts (bench/serve.md, eighth round)."""
    return fact_columns(fact, as_read)[:3]


# ``json.dumps(…, ensure_ascii=False)`` builds a new encoder for every call: a rebuild encodes
# each claim's reference, a million of them at 1,000,009 claims
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_HEAD_OF = operator.attrgetter(*HEAD_FIELDS)


def fact_columns(fact: BaseModel, as_read: Callable[[StoredClaim], bool]) -> tuple[str, str, str, str | None]:
    """``fact_texts`` and the ``recent`` column (0015, ``recent_text``)."""
    head = _ENCODE(_HEAD_OF(fact))
    summary = fact.model_dump_json(exclude={"claims"})
    claims = list(getattr(fact, "claims", ()))
    texts = [_ref_text(c, as_read(c)) for c in claims]
    return head, summary, f"[{','.join(texts)}]", recent_text(claims, texts)


RECENT_AT = 64  # a fact of more claims keeps its newest apart (``recent``, 0015)
RECENT_FIRST = 8  # ... and its first ones (a page shows ``report.data.SHOWN`` = 6 of each)
RECENT_VALUES = 256  # ... and the newest of each value, when it has no more values than this


def newest_key(ref: Sequence[Any]) -> tuple[str, float, int]:
    """A claim reference's place newest first (publication, confidence, id), as
    ``report.briefing`` cites claims."""
    return (ref[2] or "", ref[3], ref[0] or 0)


def _value_key(claim: StoredClaim) -> tuple[Any, ...]:
    """What tells a claim's value apart as ``materialized.shown`` does (the JSON of its value,
    unit and qualifier), without encoding it: two floats by their repr (as JSON writes them), a
    list or mapping by its JSON."""
    value = claim.value
    kind = _KINDS.get(type(value))
    if kind is None:  # a list, a mapping, a subclass: as JSON writes it
        return ("json", json.dumps(value, sort_keys=True), claim.unit, claim.qualifier)
    return (kind, repr(value) if kind == "float" else value, claim.unit, claim.qualifier)


_KINDS = {str: "str", int: "int", bool: "bool", float: "float", type(None): "null"}
_PLAIN = (str, type(None))


def ref_value_key(ref: Sequence[Any]) -> tuple[Any, ...]:
    """What tells a claim reference's value apart (its value, unit and qualifier, ``REF_FIELDS``
    4 to 6) as their JSON does (``json.dumps(ref[4:7], sort_keys=True)``), without encoding it —
    as ``_value_key`` does for a claim: a briefing's first read of a mission's conflicts encoded
    14,286 of them (bench/serve.md, fourteenth round)."""
    value, unit, qualifier = ref[4], ref[5], ref[6]
    kind = _KINDS.get(type(value))
    if kind is None or type(unit) not in _PLAIN or type(qualifier) not in _PLAIN:
        return ("json", json.dumps(list(ref[4:7]), sort_keys=True))
    return (kind, repr(value) if kind == "float" else value, unit, qualifier)


def recent_text(claims: Sequence[StoredClaim], texts: Sequence[str]) -> str | None:
    """The ``recent`` column of a fact of more than ``RECENT_AT`` claims (None for fewer: a reader
    parses all its ``refs``): lines of JSON, the first ``[n, [its first RECENT_FIRST references],
    positions, newest]`` — ``positions`` those of the newest claim of each value (value, unit,
    qualifier; None when it has more than ``RECENT_VALUES`` values) — then its ``newest``
    (``RECENT_AT``) newest references (``newest_key``, ties in the fact's order), then those of
    ``positions`` not among them, each ``[position, *reference]``. A page shows a fact's first
    and newest few claims, those since a day (alerts) and, of a conflict, the newest of each
    value: of the facts with thousands of claims it parsed every reference to pick them — 23 MB
    of JSON for a first alert list at 1,000,009 claims, 0.34 s (bench/serve.md, eleventh round)
    — where these lines hold them (``read_shown_refs``)."""
    n = len(texts)
    if n <= RECENT_AT:
        return None
    keys = [(c.published or "", c.confidence, c.id or 0) for c in claims]
    newest = heapq.nlargest(RECENT_AT, range(n), key=keys.__getitem__)  # = sorted(…)[:RECENT_AT]
    best: dict[tuple[Any, ...], int] = {}
    for i, c in enumerate(claims):  # the newest of each value, ties to the first (as sorted)
        value = _value_key(c)
        if keys[i] > keys[best.setdefault(value, i)]:
            best[value] = i
    values = sorted(best.values()) if len(best) <= RECENT_VALUES else None
    extra = sorted(set(values or ()) - set(newest))
    first = f"[{n},[{','.join(texts[:RECENT_FIRST])}],{json.dumps(values)},{len(newest)}]"
    return "\n".join([first, *(f"[{i},{texts[i][1:]}" for i in [*newest, *extra])])


def read_shown_refs(
    conn: Connection,
    seqs: Iterable[int],
    few: int,
    since: str | None,
    *,
    every: Collection[int] = (),
    sides: Collection[int] = (),
) -> tuple[dict[int, list[Any]], dict[int, set[int]]]:
    """The claim references of these facts that ``materialized.shown(few, since, every, sides)``
    picks: a fact with a ``recent`` column that holds them all gives only those (the others
    ``None`` in its list, which has the fact's length), with their positions; every other fact,
    and those of ``every``, its whole ``refs``. Returns (references by seq, the positions picked
    by seq for those read from ``recent``)."""
    out: dict[int, list[Any]] = {}
    picked: dict[int, set[int]] = {}
    short: list[int] = []
    refs_unless_recent = case((FactRow.recent.is_(None), FactRow.refs), else_=None)
    for batch in _chunks(sorted(set(seqs))):
        stmt = select(FactRow.seq, FactRow.recent, refs_unless_recent).where(FactRow.seq.in_(batch))
        rows = conn.execute(stmt).all()
        full = [(seq, refs) for seq, recent, refs in rows if recent is None]
        out.update(parsed_refs(full))
        for seq, recent, _refs in rows:
            if recent is None:
                continue
            found = (
                None if seq in every or few > RECENT_FIRST else _from_recent(recent, few, since, seq in sides)
            )
            if found is None:
                short.append(seq)
            else:
                out[seq], picked[seq] = found
    out.update(read_refs(conn, short))
    return out, picked


def _from_recent(text: str, few: int, since: str | None, sides: bool) -> tuple[list[Any], set[int]] | None:
    """``read_shown_refs`` of one ``recent`` text: None when its lines do not hold every
    reference asked for (more since ``since`` than it keeps, more values than it keeps)."""
    lines = text.split("\n")
    n, first, values, newest = json.loads(lines[0])
    if sides and values is None:
        return None
    refs: list[Any] = [None] * n
    at = set(range(min(few, n)))
    for i in at:
        refs[i] = first[i]
    # with ``sides`` every line is read: parsed as one array, not a line at a time (twice)
    every = _parse_all(lines[1:], "null") if sides else None
    for taken, line in enumerate(lines[1 : newest + 1]):
        pos, *ref = json.loads(line) if every is None else every[taken]
        if taken >= few and (since is None or (ref[2] or "")[:10] < since):
            break
        refs[pos] = ref
        at.add(pos)
    else:
        if newest < n:  # every newest line taken: more may follow that are not kept
            return None
    if every is not None:
        wanted = set(values) - at
        for pos, *ref in every:
            if pos in wanted:
                refs[pos] = ref
        at.update(values)
    return refs, at


_REF_OF = operator.attrgetter(*REF_FIELDS)  # a tuple, which JSON writes as the list it was


def _ref_text(claim: StoredClaim, as_read: bool) -> str:
    ref = _ENCODE(_REF_OF(claim))
    return ref if as_read and claim.id is not None else f"{ref[:-1]},{claim.model_dump_json()}]"


K = TypeVar("K")


def parsed_refs(rows: Iterable[Sequence[Any]]) -> dict[Any, list[list[Any]]]:
    """(key, refs text) rows → each key's claim references (``fact_texts``), parsed together."""
    found = [(row[0], row[1]) for row in rows]
    parsed = _parse_all([text for _key, text in found], "[]")
    return {key: refs for (key, _text), refs in zip(found, parsed, strict=True)}


def claims_by_id(conn: Connection, ids: Iterable[int]) -> dict[int, StoredClaim]:
    """The stored claims of these ids, with their provenance, built without validating them again
    (as a rebuild builds them: ``q.claim_from_parts``)."""
    out: dict[int, StoredClaim] = {}
    for batch in _chunks(sorted(set(ids)), 5000):
        rows = conn.execute(q.claim_columns_select([q.among(conn, ClaimRow.id, batch)])).all()
        provenance = q.document_provenance(conn, sorted({row[_DOCUMENT] for row in rows}))
        out.update(
            (int(row[_ID]), claim)
            for row, claim in zip(rows, q.claims_from_parts(rows, provenance), strict=True)
        )
    return out


def claim_keys(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[int, str, int, str]]:
    """Of the stored claims of these ids, what names each in an alert's id (``report.alerts.
    conflict_id``): (id, document, start, measure) — four columns, not the claims built (a keyset
    page of alerts finds its cursor among a list's conflicts so)."""
    out: dict[int, tuple[int, str, int, str]] = {}
    cols = (ClaimRow.id, ClaimRow.document_id, ClaimRow.start, ClaimRow.measure)
    for batch in _chunks(sorted(set(ids)), 5000):
        for cid, document, start, measure in conn.execute(
            select(*cols).where(q.among(conn, ClaimRow.id, batch))
        ).all():
            out[int(cid)] = (int(cid), document, int(start), measure)
    return out


def resolve_refs(
    conn: Connection,
    refs: dict[K, list[list[Any]]],
    *,
    keep: Callable[[K, list[list[Any]]], Collection[int]] | None = None,
    loaded: dict[int, StoredClaim] | None = None,
) -> dict[K, list[StoredClaim]]:
    """Each fact's claims from its references (``fact_texts``), in the fact's order: those held
    in the reference built as they are, the others read by id (``claims_by_id``) — of the
    references whose positions ``keep(key, refs)`` gives (all when None). A claim gone from the
    ledger since the fact was computed (its document is queued) is left out. ``loaded``: where the
    claims read by id are remembered (``FactStore.as_read``)."""
    chosen = {key: (range(len(r)) if keep is None else sorted(keep(key, r))) for key, r in refs.items()}
    wanted = [
        refs[key][i][0] for key, at in chosen.items() for i in at if len(refs[key][i]) == len(REF_FIELDS)
    ]
    found = claims_by_id(conn, wanted) if wanted else {}
    if loaded is not None:
        loaded.update((id(c), c) for c in found.values())
    out: dict[K, list[StoredClaim]] = {}
    for key, at in chosen.items():
        claims: list[StoredClaim] = []
        for i in at:
            ref = refs[key][i]
            if len(ref) > len(REF_FIELDS):
                claims.append(q.trusted_claim(ref[len(REF_FIELDS)]))
            elif (claim := found.get(ref[0])) is not None:
                claims.append(claim)
        out[key] = claims
    return out


def read_summaries(
    conn: Connection,
    *,
    missions: Sequence[str] | None = None,
    measures: Sequence[str] | None = None,
    mission_free: Sequence[str] = (),
    by_document: Sequence[str] = (),
    marked: bool = False,
) -> list[tuple[int, int, dict[str, Any]]]:
    """(seq, mark, summary) of the facts ``read_facts`` selects, in the same order: each fact's
    body without its claims, read from SQLite's covering index ``ix_facts_summaries`` (0009), and
    a mark of that text (``read_claim_refs`` checks the fact is still stored so). ``marked``: of
    those only the ones marked for the missions or for all (``newest_marks``) — every window of a
    mission total is."""
    where = _scope(missions=missions, measures=measures, mission_free=mission_free, by_document=by_document)
    if marked:
        where.append(_marked(missions))
    # no ORDER BY: SQLite then scans ix_facts_summaries instead of the table and its bodies
    rows = sorted(
        (int(seq), text) for seq, text in conn.execute(select(FactRow.seq, FactRow.summary).where(*where))
    )
    parsed = _parse_all([text for _seq, text in rows], "null")
    return [(seq, hash(text), found) for (seq, text), found in zip(rows, parsed, strict=True)]


def read_claim_refs(conn: Connection, facts: dict[int, int]) -> dict[int, list[tuple[int | None, str]]]:
    """For each of these facts (seq → the mark ``read_summaries`` gave), its claims as (claim id,
    document id), in the fact's order — of those still stored as they were read: a fact redone
    since has another seq, or its seq holds another fact (SQLite reuses the highest), and is left
    out."""
    out: dict[int, list[tuple[int | None, str]]] = {}
    cols = (FactRow.seq, FactRow.summary, FactRow.refs)
    for batch in _chunks(sorted(facts)):
        rows = [(s, refs) for s, summary, refs in conn.execute(select(*cols).where(FactRow.seq.in_(batch)))
                if facts[int(s)] == hash(summary)]  # fmt: skip
        for seq, refs in parsed_refs(rows).items():
            out[int(seq)] = [(r[0], r[1]) for r in refs]
    return out


def read_bodies(conn: Connection, seqs: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The bodies of these facts (without their claims) by seq, those still stored."""
    out: dict[int, dict[str, Any]] = {}
    for batch in _chunks(sorted(set(seqs))):
        out.update(
            (int(s), b)
            for s, b in conn.execute(select(FactRow.seq, FactRow.body).where(FactRow.seq.in_(batch)))
        )
    return out


def read_sides(conn: Connection, seqs: Iterable[int]) -> dict[int, tuple[Any, list[list[Any]]]]:
    """The ``sides`` (0013, parsed; None for a fact not in conflict) and claim references of
    these facts, by seq."""
    out: dict[int, tuple[Any, list[list[Any]]]] = {}
    for batch in _chunks(sorted(set(seqs))):
        rows = list(
            conn.execute(select(FactRow.seq, FactRow.sides, FactRow.refs).where(FactRow.seq.in_(batch)))
        )
        sides = _parse_all([text for _seq, text, _refs in rows], "null")
        refs = _parse_all([text for _seq, _sides, text in rows], "[]")
        out.update((int(row[0]), (side, ref)) for row, side, ref in zip(rows, sides, refs, strict=True))
    return out


# what a conflict shows of a claim besides its reference (``reconcile.conflicts.Evidence``)
EVIDENCE_FIELDS = ("sentence", "as_of", "outlet", "url", "title")


def evidence_by_id(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[Any, ...]]:
    """``EVIDENCE_FIELDS`` of these claims, by id: their sentence and date, and their document's
    outlet, URL and title — not the claims built whole (``claims_by_id``: 0.9 s of a first
    conflicts list at 1,000,009 claims, bench/serve.md, tenth round)."""
    out: dict[int, tuple[Any, ...]] = {}
    for batch in _chunks(sorted(set(ids)), 5000):
        rows = conn.execute(
            select(ClaimRow.id, ClaimRow.document_id, ClaimRow.sentence, ClaimRow.as_of).where(
                q.among(conn, ClaimRow.id, batch)
            )
        ).all()
        documents = sorted({row[1] for row in rows})
        cols = (DocumentRow.id, DocumentRow.outlet, DocumentRow.url, DocumentRow.title)
        provenance: dict[str, tuple[Any, ...]] = {}
        for part in _chunks(documents, 5000):
            provenance.update(
                (row[0], tuple(row[1:]))
                for row in conn.execute(select(*cols).where(q.among(conn, DocumentRow.id, part))).all()
            )
        out.update((int(cid), (sentence, as_of, *provenance[doc])) for cid, doc, sentence, as_of in rows)
    return out


def read_newest_refs(conn: Connection, seqs: Iterable[int]) -> dict[int, tuple[list[list[Any]], bool]]:
    """Each of these facts' claim references, by seq, with whether they are all of them: of a fact
    with a ``recent`` column (more than ``RECENT_AT`` claims) its ``RECENT_AT`` newest, newest
    first (``newest_key``, ties in the fact's order), and False; of the others every reference, in
    the fact's order, and True. Every reference a fact leaves out is older than the last one given
    (``MissionScope.newest_of_each`` reads the rest only when those are not enough)."""
    out: dict[int, tuple[list[list[Any]], bool]] = {}
    whole: list[int] = []
    for batch in _chunks(sorted(set(seqs))):
        for seq, recent in conn.execute(
            select(FactRow.seq, FactRow.recent).where(FactRow.seq.in_(batch))
        ).all():
            if recent is None:
                whole.append(int(seq))
                continue
            lines = recent.split("\n")
            n, _first, _values, newest = json.loads(lines[0])
            out[int(seq)] = ([line[1:] for line in _parse_all(lines[1 : newest + 1], "null")], newest >= n)
    out.update((seq, (refs, True)) for seq, refs in read_refs(conn, whole).items())
    return out


def read_refs(conn: Connection, seqs: Iterable[int]) -> dict[int, list[list[Any]]]:
    """The claim references (``fact_texts``) of these facts, by seq."""
    out: dict[int, list[list[Any]]] = {}
    for batch in _chunks(sorted(set(seqs))):
        out.update(parsed_refs(conn.execute(select(FactRow.seq, FactRow.refs).where(FactRow.seq.in_(batch)))))
    return out


# -- claims that disagree with their fact's best (0018) ----------------------------------------

# The measures whose facts keep no ``disagree`` marks: those no conflict alert is raised on
# (``report.alerts.NOT_FIGURES``) and a mission's expiry, whose best a reader may take from the
# Council's record after the fact is stored (``checks.expiry_from_record``): an alert list works
# those out from the fact as it reads it.
UNMARKED = frozenset(
    {"quote", "role", "contributor", "donor", "mission.lead", "council.penholder", "mandate.expiry"}
)


def as_number(value: Any) -> float | None:
    """A stored value as a number ("1,200" -> 1200.0); None for a flag, a date, a tally or text. The
    one reading of a best as a number: the report's (``report.backend``) and the marks' here."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def differs(value: Any, number: float | None, said: str) -> bool:
    """Whether a claim's value disagrees with a best whose number is ``number`` and whose text,
    stripped and lower-cased, is ``said`` — ``report.alerts.disagrees`` (numbers within 1 %
    agree)."""
    a = as_number(value)
    if a is not None and number is not None:
        return abs(a - number) > 0.01 * max(abs(a), abs(number), 1.0)
    return str(value).strip().lower() != said


_HASHED = frozenset({str, int, float, bool, type(None)})  # values ``disagreement`` compares once


def disagreement(
    measure: str, best: Any, claims: Sequence[StoredClaim], as_read: Callable[[StoredClaim], bool]
) -> tuple[str | None, str | None]:
    """The ``disagree`` and ``disagree_last`` columns (0018) of a fact: its claims that disagree
    with its best (``differs``) and were published, a line for each day (the first ten characters
    of ``published``), newest first — ``day count position:id,position:id…``, the claim id left
    out for a claim held whole in ``refs`` (not ``as_read``) — and the newest such day; (None,
    None) when there is none or the measure is ``UNMARKED``. A conflict alert is one of these
    claims of the newest fact of a series (``report.alerts``): an alert list since a day counts
    them from the lines' heads and reads the claims of the days of its page only
    (``report.data.alert_page``). Each distinct value is compared once (a fact's claims say a few
    values many times)."""
    if measure in UNMARKED:
        return None, None
    number, said = as_number(best), str(best).strip().lower()
    seen: dict[tuple[type, Any], bool] = {}
    days: dict[str, list[str]] = {}
    for pos, c in enumerate(claims):
        published = c.published
        if not published:
            continue
        value = c.value
        kind = type(value)
        if kind in _HASHED:
            off = seen.get((kind, value))
            if off is None:
                off = seen[(kind, value)] = differs(value, number, said)
        else:  # a list or a mapping
            off = differs(value, number, said)
        if off:
            cid = c.id if c.id is not None and as_read(c) else ""
            days.setdefault(published[:10], []).append(f"{pos}:{cid}")
    if not days:
        return None, None
    order = sorted(days, reverse=True)
    return "\n".join(f"{d} {len(days[d])} {','.join(days[d])}" for d in order), order[0]


def disagreement_entries(line: str) -> tuple[str, list[tuple[int, int | None]]]:
    """A ``disagreement`` line's day and its (position, claim id or None) pairs."""
    day, _n, pairs = line.split(" ", 2)
    out: list[tuple[int, int | None]] = []
    for pair in pairs.split(","):
        pos, cid = pair.split(":")
        out.append((int(pos), int(cid) if cid else None))
    return day, out


def read_disagreements(conn: Connection, seqs: Collection[int], since: str) -> dict[int, list[str]]:
    """Of these facts, by seq, their ``disagreement`` lines of the days on or after ``since`` (a
    fact without any left out): the facts with one since then found by ``disagree_last`` (SQLite:
    from the covering index ``ix_facts_disagree``, not the rows and their claims)."""
    out: dict[int, list[str]] = {}
    stmt = select(FactRow.seq, FactRow.disagree).where(FactRow.disagree_last >= since)
    for seq, text in conn.execute(stmt).all():
        if int(seq) in seqs and text:
            lines = text.split("\n")
            if lines[-1] < since:  # the lines are newest first
                lines = list(itertools.takewhile(lambda line: line >= since, lines))
            out[int(seq)] = lines
    return out
