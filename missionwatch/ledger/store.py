"""The ``Ledger``: the one object through which documents and claims are stored and read.

Durability rule: a document, its claims, its LSH bands and its full-text entry are written in
ONE transaction (``store``), so a process killed at any instant leaves either all of them or none.
The document id is the sha256 of its normalised text and is unique, and the existence check runs
inside the writer lock, so an exact duplicate is never stored twice, even by two processes at once:
the later one sees ``duplicate``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from missionwatch.errors import LedgerError, NotFoundError
from missionwatch.ledger import clusters as mh
from missionwatch.ledger import facts as lf
from missionwatch.ledger import queries as q
from missionwatch.ledger import review_log as rl
from missionwatch.ledger import tallies as tl
from missionwatch.ledger.accounts import AccountStore
from missionwatch.ledger.engine import ensure_schema, make_engine, redact, sqlite_file, writer
from missionwatch.ledger.records import IngestRun, SearchHit, StoredDocument, StoreResult
from missionwatch.ledger.reviews import ReviewEvent
from missionwatch.ledger.schema import ClaimRow, DocBandRow, DocumentRow, ReviewRow, RunRow
from missionwatch.models import Claim, Document, StoredClaim

T = TypeVar("T")

MAX_CANDIDATES = 10  # the true near-copy shares the most bands; more only costs signature reads
MAX_RUN_ERRORS = 1000

# Documents sharing any LSH band, most shared first. A fixed statement (the same text for every
# document, only bound values change) of point lookups ORed together: SQLite plans a row-value
# IN list as a full scan, and building the expression per document costs more than the query.
_CANDIDATES = text(
    "SELECT document_id, count(*) AS shared FROM doc_bands WHERE "
    + " OR ".join(f"(band = :b{i} AND bucket = :h{i})" for i in range(mh.BANDS))
    + " GROUP BY document_id ORDER BY shared DESC, document_id LIMIT :n"
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Ledger:
    """A MissionWatch database (SQLite or PostgreSQL) at the current schema."""

    def __init__(self, engine: Engine, *, near_duplicate_threshold: float = 0.8) -> None:
        self.engine = engine
        self.threshold = near_duplicate_threshold

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return redact(self.engine.url.render_as_string(hide_password=False))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def store(
        self,
        doc: Document,
        claims: Sequence[Claim] = (),
        *,
        run_id: int | None = None,
        cluster_id: str | None = None,
        stored_at: datetime | None = None,
    ) -> StoreResult:
        """Store a document and its claims in one transaction, or report it as a duplicate.

        ``cluster_id`` forces the cluster (imports keep the exported one); otherwise the
        document joins the cluster of its most similar stored near-duplicate, or starts its own.
        """
        sig = mh.signature(doc.text)
        try:
            with writer(self.engine) as conn:
                existing = conn.execute(
                    select(DocumentRow.cluster_id).where(DocumentRow.id == doc.id)
                ).first()
                if existing is not None:
                    return StoreResult(status="duplicate", document_id=doc.id, cluster_id=existing[0])
                claim_rows = [_claim_values(doc.id, i, c, doc.published) for i, c in enumerate(claims)]
                cluster = self._insert(conn, doc, sig, run_id, cluster_id, stored_at)
                if claim_rows:
                    conn.execute(insert(ClaimRow), claim_rows)
        except IntegrityError:
            # Only reachable if another writer slipped past the lock (e.g. a foreign tool).
            found = self._cluster_of(doc.id)
            if found is None:
                raise
            return StoreResult(status="duplicate", document_id=doc.id, cluster_id=found)
        except DBAPIError as exc:
            raise LedgerError(f"cannot write to the ledger: {exc.orig}", input=doc.source) from exc
        return StoreResult(status="stored", document_id=doc.id, cluster_id=cluster, claims=len(claims))

    def store_many(
        self,
        items: Sequence[tuple[Document, Sequence[Claim]]],
        *,
        run_id: int | None = None,
        signatures: Sequence[Any] | None = None,
    ) -> list[StoreResult]:
        """``store`` for a batch, in order, in ONE transaction: what a backfill's single writer uses.

        Each document is stored exactly as ``store`` would (same duplicate check, same cluster
        from the documents before it, this batch's included), but the claims of the whole batch go
        in one multi-row insert and the batch commits once. ``signatures`` (MinHash, one per item)
        may be computed elsewhere, e.g. on the workers that extracted the claims. A crash loses the
        batch in flight, never part of a document.
        """
        sigs = list(signatures) if signatures is not None else [mh.signature(d.text) for d, _c in items]
        results: list[StoreResult] = []
        try:
            with writer(self.engine) as conn:
                ids = list({d.id: None for d, _c in items})
                rows = conn.execute(
                    select(DocumentRow.id, DocumentRow.cluster_id).where(DocumentRow.id.in_(ids))
                ).all()
                known: dict[str, str] = {row.id: row.cluster_id for row in rows}
                # one look at the review log for the whole batch instead of one per document
                reviewed = set(
                    conn.execute(
                        select(ReviewRow.document_id).where(ReviewRow.document_id.in_(ids)).distinct()
                    ).scalars()
                )
                claim_rows: list[dict[str, Any]] = []
                for (doc, claims), sig in zip(items, sigs, strict=True):
                    if doc.id in known:
                        results.append(
                            StoreResult(status="duplicate", document_id=doc.id, cluster_id=known[doc.id])
                        )
                        continue
                    cluster = self._insert(conn, doc, sig, run_id, None, None, reviewed=doc.id in reviewed)
                    known[doc.id] = cluster
                    claim_rows.extend(
                        _claim_values(doc.id, i, c, doc.published) for i, c in enumerate(claims)
                    )
                    results.append(
                        StoreResult(
                            status="stored", document_id=doc.id, cluster_id=cluster, claims=len(claims)
                        )
                    )
                if claim_rows:
                    conn.execute(insert(ClaimRow), claim_rows)
        except IntegrityError:  # a foreign writer slipped past the lock: redo one by one
            return [self.store(doc, claims, run_id=run_id) for doc, claims in items]
        except DBAPIError as exc:
            raise LedgerError(f"cannot write to the ledger: {exc.orig}") from exc
        return results

    def _insert(
        self,
        conn: Any,
        doc: Document,
        sig: Any,
        run_id: int | None,
        cluster_id: str | None,
        stored_at: datetime | None,
        *,
        reviewed: bool | None = None,
    ) -> str:
        """Insert a document known to be new, with its bands; returns its cluster. ``reviewed``:
        whether the review log has events on it, when the caller already knows."""
        keys = mh.bands(sig)
        cluster = cluster_id or self._find_cluster(conn, sig, keys) or doc.id
        conn.execute(
            insert(DocumentRow),
            {
                "id": doc.id,
                "url": doc.url,
                "title": doc.title,
                "outlet": doc.outlet,
                "published": doc.published,
                "published_precision": doc.published_precision,
                "retrieved_at": q.to_naive_utc(doc.retrieved_at),
                "language": doc.language,
                "status": doc.status,
                "content_type": doc.content_type,
                "text": doc.text,
                "source": doc.source,
                "cluster_id": cluster,
                "meta": doc.meta,
                "minhash": mh.to_bytes(sig),
                "stored_at": q.to_naive_utc(stored_at) if stored_at else _now(),
                "run_id": run_id,
            },
        )
        conn.execute(insert(DocBandRow), [{"band": b, "bucket": h, "document_id": doc.id} for b, h in keys])
        if reviewed is None or reviewed:  # a document stored again: its reviews apply again
            rl.queue_if_reviewed(conn, doc.id)
        return cluster

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are stored: a backfill skips them before paying for their extraction."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                found.update(conn.execute(select(DocumentRow.id).where(DocumentRow.id.in_(chunk))).scalars())
        return found

    def _find_cluster(self, conn: Any, sig: Any, keys: list[tuple[int, int]]) -> str | None:
        """Cluster of the most similar stored document at or above the threshold, if any."""
        params: dict[str, Any] = {"n": MAX_CANDIDATES}
        for band, bucket in keys:
            params[f"b{band}"], params[f"h{band}"] = band, bucket
        candidates = conn.execute(_CANDIDATES, params).all()
        if not candidates:
            return None
        rows = conn.execute(
            select(DocumentRow.seq, DocumentRow.cluster_id, DocumentRow.minhash).where(
                DocumentRow.id.in_([c.document_id for c in candidates])
            )
        ).all()
        best: tuple[float, int, str] | None = None
        for row in rows:
            if not row.minhash:
                continue
            score = mh.jaccard(sig, mh.from_bytes(row.minhash))
            if score >= self.threshold and (best is None or (score, -row.seq) > (best[0], -best[1])):
                best = (score, row.seq, row.cluster_id)
        return best[2] if best else None

    def _cluster_of(self, document_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(DocumentRow.cluster_id).where(DocumentRow.id == document_id)).scalar()

    def replace_claims(self, ref: str, claims: Sequence[Claim]) -> int:
        """Swap a stored document's claims for new ones (re-extraction) in one transaction.

        Returns how many claims were stored; NotFoundError when the document is not there.
        """
        with writer(self.engine) as conn:
            doc_id = q.resolve_document_id(conn, ref)
            published = conn.execute(select(DocumentRow.published).where(DocumentRow.id == doc_id)).scalar()
            conn.execute(delete(ClaimRow).where(ClaimRow.document_id == doc_id))
            if claims:
                conn.execute(
                    insert(ClaimRow), [_claim_values(doc_id, i, c, published) for i, c in enumerate(claims)]
                )
        return len(claims)

    def delete_document(self, ref: str) -> str:
        """Remove a document with its claims and bands (one transaction); returns its id."""
        with writer(self.engine) as conn:
            doc_id = q.resolve_document_id(conn, ref)
            conn.execute(delete(ClaimRow).where(ClaimRow.document_id == doc_id))
            conn.execute(delete(DocBandRow).where(DocBandRow.document_id == doc_id))
            conn.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
            rl.queue_if_reviewed(conn, doc_id)  # the facts it added or grouped leave with it
        return doc_id

    # -- accounts (ledger/accounts.py; hashing in missionwatch/accounts.py) --------------------
    @property
    def accounts(self) -> AccountStore:
        """Users, API tokens and instance settings."""
        return AccountStore(self.engine)

    # -- materialized facts (ledger/facts.py; computed by reconcile/materialized.py) ----------
    def facts_pending(self) -> int:
        """How many documents have claims that changed since their facts were computed."""
        with self.engine.connect() as conn:
            return lf.pending(conn)

    def maintain_facts(self, work: Callable[[lf.FactStore], T]) -> T:
        """Run ``work`` on the fact tables inside one write transaction (the writer lock held)."""
        with writer(self.engine) as conn:
            return work(lf.FactStore(conn))

    def fact_rows(
        self,
        *,
        missions: Sequence[str] | None = None,
        measures: Sequence[str] | None = None,
        mission_free: Sequence[str] = (),
        by_document: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Materialized facts as stored (``reconcile.Fact`` JSON before the cross-fact checks)."""
        with self.engine.connect() as conn:
            return lf.read_facts(
                conn, missions=missions, measures=measures, mission_free=mission_free, by_document=by_document
            )

    # -- reviews (ledger/reviews.py, ledger/review_log.py) ------------------------------------
    def review(self, request: rl.ReviewRequest, *, editor: str, at: datetime | None = None) -> ReviewEvent:
        """Write one review event (checked against the claim as it stands) in one transaction, with
        the document queued for its facts. ReviewError (a ValueError) when the request does not
        hold, NotFoundError for a claim, document or event that is not there."""
        try:
            with writer(self.engine) as conn:
                return rl.write(conn, request, editor, at)
        except DBAPIError as exc:
            raise LedgerError(f"cannot write the review: {exc.orig}") from exc

    def import_review(self, event: ReviewEvent) -> bool:
        """Store an exported event as it is; False when it is there already."""
        with writer(self.engine) as conn:
            return rl.insert_event(conn, event)

    def reviews(
        self,
        *,
        claim_id: int | None = None,
        document_id: str | None = None,
        editor: str | None = None,
        action: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> tuple[list[ReviewEvent], int]:
        """The audit log, newest first, and how many events match: of one claim (the events on it,
        groups it is in, and their undos), one document, editor or action."""
        with self.engine.connect() as conn:
            if document_id:
                document_id = q.resolve_document_id(conn, document_id)
            return rl.log(
                conn,
                claim_id=claim_id,
                document_id=document_id,
                editor=editor,
                action=action,
                limit=limit,
                offset=offset,
            )

    def count_reviews(self) -> int:
        """How many review events the log holds (part of the web cache's ledger version)."""
        with self.engine.connect() as conn:
            return rl.count(conn)

    def review_events(self, documents: Sequence[str]) -> dict[str, list[ReviewEvent]]:
        """Each document's events in order of writing, claims resolved, undone ones marked."""
        with self.engine.connect() as conn:
            return rl.events_of(conn, documents)

    def review_records(self) -> dict[str, list[dict[str, Any]]]:
        """Every event as exported, by document (export)."""
        with self.engine.connect() as conn:
            return rl.all_events(conn)

    def claim(self, claim_id: int, *, reviewed: bool = False) -> StoredClaim:
        """One claim by row id, as stored (or as the reviews leave it; NotFoundError when rejected)."""
        with self.engine.connect() as conn:
            found = q.claim_rows(conn, q.claims_select([ClaimRow.id == claim_id]))
            if not found:
                raise NotFoundError(f"no claim {claim_id}", input=str(claim_id))
            if reviewed:
                kept = rl.reviewed_claims(conn, found, [found[0].document_id], lambda c: c.id == claim_id)
                if not kept:
                    raise NotFoundError(f"claim {claim_id} is rejected by review", input=str(claim_id))
                return kept[0]
        return found[0]

    # -- runs ------------------------------------------------------------------------------
    def start_run(
        self, inputs: Sequence[str], *, command: str = "ingest", extractor: str | None = None
    ) -> int:
        """Record the start of a run; an interrupted run keeps ``finished_at`` empty."""
        with writer(self.engine) as conn:
            result = conn.execute(
                insert(RunRow).returning(RunRow.id),
                {
                    "command": command,
                    "inputs": list(inputs),
                    "started_at": _now(),
                    "stored": 0,
                    "duplicates": 0,
                    "failed": 0,
                    "claims": 0,
                    "errors": [],
                    "extractor": extractor,
                },
            )
            return int(result.scalar_one())

    def finish_run(
        self, run_id: int, *, stored: int, duplicates: int, failed: int, claims: int, errors: Sequence[str]
    ) -> None:
        with writer(self.engine) as conn:
            conn.execute(
                update(RunRow)
                .where(RunRow.id == run_id)
                .values(
                    finished_at=_now(),
                    stored=stored,
                    duplicates=duplicates,
                    failed=failed,
                    claims=claims,
                    errors=list(errors)[:MAX_RUN_ERRORS],
                )
            )

    def runs(self, limit: int = 50) -> list[IngestRun]:
        """The most recent runs first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(*RunRow.__table__.c).order_by(RunRow.id.desc()).limit(limit)).all()
        return [
            IngestRun(
                id=r.id,
                command=r.command,
                inputs=r.inputs or [],
                started_at=q.utc(r.started_at) or datetime.now(UTC),  # never null in the schema
                finished_at=q.utc(r.finished_at),
                stored=r.stored,
                duplicates=r.duplicates,
                failed=r.failed,
                claims=r.claims,
                errors=r.errors or [],
                extractor=r.extractor,
            )
            for r in rows
        ]

    # -- reading ---------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(DocumentRow.seq).where(DocumentRow.id == document_id)).first() is not None
            )

    def document(self, ref: str) -> StoredDocument:
        """The document with this id or unique id prefix; NotFoundError otherwise."""
        with self.engine.connect() as conn:
            doc_id = q.resolve_document_id(conn, ref)
            row = conn.execute(select(*DocumentRow.__table__.c).where(DocumentRow.id == doc_id)).one()
            count = conn.execute(
                select(func.count()).select_from(ClaimRow).where(ClaimRow.document_id == doc_id)
            ).scalar_one()
        return q.document_from_row(row, count)

    def documents(
        self,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        cluster: str | None = None,
        search: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
        after: str | None = None,
    ) -> list[StoredDocument]:
        """Documents, newest publication first, filtered; ``search`` is a full-text word query;
        ``after`` (keyset paging): only those listed after the document of that id, so a deep page
        skips nothing (``NotFoundError`` when that document is not stored)."""
        # A correlated count per returned row (index on claims.document_id), not a GROUP BY over
        # every claim: listing the ten newest documents must not scan a million claims.
        n_claims = (
            select(func.count())
            .select_from(ClaimRow)
            .where(ClaimRow.document_id == DocumentRow.id)
            .correlate(DocumentRow)
            .scalar_subquery()
            .label("n")
        )
        with self.engine.connect() as conn:
            where = q.document_filters(
                conn, outlet=outlet, since=since, until=until, cluster=cluster, search=search
            )
            if after is not None:
                where.append(q.listed_after(conn, after))
            stmt = (
                select(*DocumentRow.__table__.c, n_claims)
                .where(*where)
                # NULLS LAST (not "published IS NULL" first) lets SQLite walk ix_documents_published
                # backwards instead of sorting every document.
                .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.seq.desc())
                .offset(offset)
            )
            if limit is not None:
                stmt = stmt.limit(limit)
            return [q.document_from_row(r, r.n or 0) for r in conn.execute(stmt)]

    def count_documents(self, **filters: Any) -> int:
        with self.engine.connect() as conn:
            where = q.document_filters(conn, **filters)
            return int(conn.execute(select(func.count()).select_from(DocumentRow).where(*where)).scalar_one())

    def claims(
        self,
        *,
        mission: str | None = None,
        measure: str | None = None,
        subject: str | None = None,
        since: str | None = None,
        until: str | None = None,
        document_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        after: int | None = None,
    ) -> list[StoredClaim]:
        """Claims with their documents' provenance, in storage order; ``after`` (keyset paging):
        only those stored after the claim of that id, so a deep page skips nothing."""
        where = q.claim_filters(
            mission=mission,
            measure=measure,
            subject=subject,
            since=since,
            until=until,
            document_id=document_id,
            dialect=self.dialect,
        )
        if after is not None:
            where.append(ClaimRow.id > after)
        stmt = q.claims_query(where, limit=limit, offset=offset)
        with self.engine.connect() as conn:
            return q.claim_rows(conn, stmt)

    def reviewed_claims(
        self,
        *,
        mission: str | None = None,
        measure: str | None = None,
        subject: str | None = None,
        since: str | None = None,
        until: str | None = None,
        document_id: str | None = None,
        public_by: str | None = None,
        unfiled: bool = False,
        speaking_of: str | None = None,
    ) -> list[StoredClaim]:
        """``claims`` as the reviews leave them (``ledger/reviews.py``), for reconciliation: rejected
        claims out, corrections applied, claims people added or grouped in (after the others), the
        filters applied to the corrected values. ``public_by`` (a date): the stored claims of
        documents published after it are not read (``queries.public_by``: claims that
        ``reconcile(..., as_of=public_by)`` drops whatever they say); the reviewed documents'
        claims are all kept, for ``reconcile`` to judge.

        ``unfiled``: only the claims that name no mission; ``speaking_of`` (a mission): only those
        of the documents that file some claim under it — both judged on the claims as reviewed,
        and the same list, in the same order, as the whole read filtered so (``not c.mission``;
        ``c.document_id`` among the documents of ``reviewed_claims(mission=speaking_of)``), but
        asked of the database for every document with no review, so that the claims left out are
        never built (``report.data.mission_claims``: 459,173 claims built for 265,647 kept at
        1,000,009 claims, bench/serve.md, twenty-fifth round)."""
        filters: dict[str, Any] = dict(mission=mission, measure=measure, subject=subject)
        filters.update(since=since, until=until, document_id=document_id)
        with self.engine.connect() as conn:
            where = q.claim_filters(**filters, dialect=self.dialect)
            if public_by:
                where.append(q.public_by(public_by, self.dialect))
            if unfiled:
                where.append(q.unfiled())
            if speaking_of:
                where.append(q.speaking_of(speaking_of, self.dialect))
            found = q.claim_rows(conn, q.claims_query(where))
            docs = [document_id] if document_id else None
            matcher = q.claim_matcher(**filters)
            if not unfiled and not speaking_of:
                return rl.reviewed_claims(conn, found, docs, matcher)
            reviewed = rl.reviewed_set(conn, docs)
            # a reviewed document speaks of the mission if some claim of it, as reviewed, is filed
            # under it (its stored claims, which the database probes, may say otherwise)
            filing = q.claim_matcher(mission=speaking_of)
            speaking = {c.document_id for c in reviewed[1] if filing(c)} if speaking_of else set()

            def keep(c: StoredClaim) -> bool:
                return (
                    matcher(c)
                    and (not unfiled or not c.mission)
                    and (not speaking_of or c.document_id in speaking)
                )

            return rl.merge(found, reviewed, keep)

    def count_claims(
        self,
        *,
        mission: str | None = None,
        measure: str | None = None,
        subject: str | None = None,
        since: str | None = None,
        until: str | None = None,
        document_id: str | None = None,
    ) -> int:
        """How many claim rows match (as stored: reviews not applied). Every claim, or a mission's,
        from the tallies the triggers keep (``ledger/tallies.py``): the server counts the ledger
        for its version every few seconds, and an alert list asked each mission of the knowledge
        base."""
        if not any((measure, subject, since, until, document_id)):
            with self.engine.connect() as conn:
                return tl.claims_filed(conn, mission.upper()) if mission else tl.total_claims(conn)
        where = q.claim_filters(
            mission=mission,
            measure=measure,
            subject=subject,
            since=since,
            until=until,
            document_id=document_id,
            dialect=self.dialect,
        )
        stmt = q.claims_count(where)
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def missions_with_claims(self) -> set[str]:
        """The mission keys (upper case) some claim is filed under, from the tallies."""
        with self.engine.connect() as conn:
            return tl.missions_with_claims(conn)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts (every word must match)."""
        with self.engine.connect() as conn:
            return q.search(conn, query, limit)

    def stats(self) -> dict[str, Any]:
        """Counts for summaries: documents, claims, clusters, clusters with copies, claims by measure."""
        with self.engine.connect() as conn:
            docs = conn.execute(select(func.count()).select_from(DocumentRow)).scalar_one()
            claims = conn.execute(select(func.count()).select_from(ClaimRow)).scalar_one()
            sizes = conn.execute(
                select(DocumentRow.cluster_id, func.count()).group_by(DocumentRow.cluster_id)
            ).all()
            by_measure = conn.execute(
                select(ClaimRow.measure, func.count()).group_by(ClaimRow.measure).order_by(ClaimRow.measure)
            ).all()
        return {
            "documents": int(docs),
            "claims": int(claims),
            "clusters": len(sizes),
            "clusters_with_copies": sum(1 for _, n in sizes if n > 1),
            "claims_by_measure": {m: int(n) for m, n in by_measure},
        }

    def clusters(self, min_size: int = 2) -> list[list[StoredDocument]]:
        """Clusters of at least ``min_size`` documents, largest first, each oldest document first."""
        with self.engine.connect() as conn:
            ids = (
                conn.execute(
                    select(DocumentRow.cluster_id)
                    .group_by(DocumentRow.cluster_id)
                    .having(func.count() >= min_size)
                    .order_by(func.count().desc(), DocumentRow.cluster_id)
                )
                .scalars()
                .all()
            )
            out = []
            for cid in ids:
                rows = conn.execute(
                    select(*DocumentRow.__table__.c)
                    .where(DocumentRow.cluster_id == cid)
                    .order_by(DocumentRow.seq)
                ).all()
                out.append([q.document_from_row(r) for r in rows])
        return out

    def iter_documents(self, batch: int = 500) -> Iterator[tuple[StoredDocument, list[Claim]]]:
        """Every document with its claims, in storage order, a batch at a time (for export)."""
        last = 0
        fields = q.CLAIM_FIELDS
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(*DocumentRow.__table__.c)
                    .where(DocumentRow.seq > last)
                    .order_by(DocumentRow.seq)
                    .limit(batch)
                ).all()
                if not rows:
                    return
                by_doc: dict[str, list[Claim]] = {r.id: [] for r in rows}
                claim_rows = conn.execute(
                    select(*ClaimRow.__table__.c)
                    .where(ClaimRow.document_id.in_(list(by_doc)))
                    .order_by(ClaimRow.document_id, ClaimRow.seq)
                ).all()
            for c in claim_rows:
                data = {name: getattr(c, name) for name in fields}
                data["flags"] = data["flags"] or []
                data["attrs"] = data["attrs"] or {}
                by_doc[c.document_id].append(Claim(**data))
            for r in rows:
                yield q.document_from_row(r), by_doc[r.id]
            last = rows[-1].seq


def _claim_values(document_id: str, seq: int, claim: Claim, published: str | None) -> dict[str, Any]:
    """A claim row: the claim, its place in the document and the filter keys (``q.claim_keys``)."""
    values = claim.model_dump()
    values.update(document_id=document_id, seq=seq, value_num=q.numeric(claim.value))
    values.update(q.claim_keys(claim.mission, claim.subject, claim.as_of, published))
    return values


NO_LEDGER = "no ledger here — run missionwatch ingest or missionwatch demo first"


def open_ledger(
    db: str | None = None, *, near_duplicate_threshold: float | None = None, create: bool = True
) -> Ledger:
    """Open (creating at the current schema if new) the ledger at a path or URL.

    A path means SQLite (default ``./missionwatch.db``); ``postgresql+psycopg://…`` or any
    SQLAlchemy URL means that database. Raises LedgerError when it cannot be opened or is at an
    older schema (run ``missionwatch db upgrade``).

    ``create=False`` is for readers: a SQLite file that does not exist is an error (``NO_LEDGER``)
    rather than a new empty ledger, so a mistyped ``--db`` on a read is reported instead of leaving
    an empty file behind.
    """
    from missionwatch.config import get_settings

    settings = get_settings()
    target = db or settings.db
    if not create:
        path = sqlite_file(target)
        if path is not None and not path.exists():
            raise LedgerError(NO_LEDGER, input=target)
    engine = make_engine(target)
    try:
        ensure_schema(engine)
    except Exception:
        engine.dispose()
        raise
    threshold = (
        settings.near_duplicate_threshold if near_duplicate_threshold is None else near_duplicate_threshold
    )
    return Ledger(engine, near_duplicate_threshold=threshold)
