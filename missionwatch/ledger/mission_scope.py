"""The claims a mission's briefing reads, asked of the database a few at a time.

A briefing used to load every claim of its mission (and of the country context) to count them,
draw a trend and list the newest: at 100,000 claims a mission's share was 28,000 claims read
and built per first view (issue 10). ``MissionScope`` answers the same questions with indexed
queries — a count, the claims of a few measures, the newest claims until enough series are seen —
over exactly the claims ``report.data.mission_claims`` lists:

- the claims filed under the mission;
- the claims of ``mission_free`` measures that name no mission (the country's displacement, …);
- the claims of ``by_document`` measures that name no mission, from documents that file some
  claim under the mission (quotes and roles rarely name it).

Reviewed documents (``ledger/reviews.py``) are few: their claims are read as the reviews leave
them, in Python, and the database answers for every other document.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Text, and_, bindparam, cast, func, or_, select, text

from missionwatch.ledger import queries as q
from missionwatch.ledger import review_log as rl
from missionwatch.ledger import tallies as tl
from missionwatch.ledger.schema import ClaimRow, DocumentRow, MissionDocumentRow
from missionwatch.models import StoredClaim

FETCH = 200  # rows per round trip while looking for the newest claims
DAY_DOCUMENTS = 200  # documents per step of ``MissionScope.latest_published``
WALK_STEPS = 10  # steps ``latest_published`` walks before it lets the database sort the scope
FIRST_PAGE = 50  # claims of each fact ``newest_of_each`` reads first (a speaker's newest roles are
# mostly in other missions' documents)


def _day_after(day: str) -> str:
    """The ISO day after ``day`` (its first ten characters): ``published < _day_after(as_of)``
    is ``substr(published, 1, 10) <= as_of`` (``_known_sql``) in a form the publication index
    serves. A year or a month ("2030", "2030-05", as the API allows) is followed by its "-": a
    day of that period sorts after it, as it sorts after the period in ``_known_sql``."""
    if len(day[:10]) < 10:
        return f"{day[:10]}-"
    return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()


def _known(published: str | None, as_of: str | None) -> bool:
    """``report.briefing.known_by`` for one claim: published by ``as_of`` (or undated)."""
    return as_of is None or not published or published[:10] <= as_of


class MissionScope:
    """One mission's claims, on one connection (a consistent read for one briefing)."""

    def __init__(
        self, conn: Connection, code: str, *, mission_free: Sequence[str], by_document: Sequence[str]
    ) -> None:
        self.conn, self.code = conn, code.upper()
        self.mission_free, self.by_document = list(mission_free), list(by_document)
        docs, claims = rl.reviewed_set(conn, None)
        self.reviewed_docs = docs
        # the reviewed documents' claims in the scope, in mission_claims' order within each part
        filed = [c for c in claims if q.claim_keys(c.mission, None, None, None)["mission_key"] == self.code]
        speaking = {c.document_id for c in filed}
        self.reviewed: list[StoredClaim] = [
            *filed,
            *(c for c in claims if not c.mission and c.measure in self.mission_free),
            *(
                c
                for c in claims
                if not c.mission and c.measure in self.by_document and c.document_id in speaking
            ),
        ]

    # -- SQL side: every document that has no review ------------------------------------------------
    def _parts(self, measures: Sequence[str] | None = None) -> list[Any]:
        """The three parts of the scope (disjoint), each of ``measures`` when given, each a
        condition an index serves."""
        wanted = None if measures is None else set(measures)

        def of(names: Sequence[str]) -> list[str]:
            return sorted(names if wanted is None else wanted.intersection(names))

        no_mission = q.unfiled()
        speaking = self._speaking()
        parts: list[Any] = [
            ClaimRow.mission_key == self.code
            if wanted is None
            else and_(ClaimRow.mission_key == self.code, ClaimRow.measure.in_(sorted(wanted)))
        ]
        if of(self.mission_free):
            parts.append(and_(no_mission, ClaimRow.measure.in_(of(self.mission_free))))
        if of(self.by_document):
            parts.append(
                and_(
                    no_mission,
                    ClaimRow.measure.in_(of(self.by_document)),
                    speaking,
                )
            )
        return parts

    def _speaking(self) -> Any:
        """The claim's document files some claim under the mission: a probe of the mission's
        documents kept beside the claims (``mission_documents``, 0014). It was the claims' own
        index: SQLite made ``IN (SELECT document_id FROM claims …)`` a temporary index of the
        mission's claims, and PostgreSQL, which cannot make it a semi-join inside the scope's OR,
        probed the claims' document index for each candidate (an uncorrelated subquery there
        scanned the mission's claims once per candidate: over 10 minutes for the MSS quotes at
        1,000,009 claims)."""
        return q.speaking_of(self.code, self.conn.dialect.name)

    def _where(self, measures: Sequence[str] | None = None, part: Any = None) -> list[Any]:
        where: list[Any] = [or_(*self._parts(measures)) if part is None else part]
        if self.reviewed_docs:
            where.append(ClaimRow.document_id.not_in(sorted(self.reviewed_docs)))
        return where

    @staticmethod
    def _known_sql(as_of: str | None) -> list[Any]:
        if as_of is None:
            return []
        published = DocumentRow.published
        return [or_(published.is_(None), published == "", func.substr(published, 1, 10) <= as_of)]

    def count(self, as_of: str | None = None) -> int:
        """How many claims the scope holds, from the tallies the triggers keep (``claim_counts``,
        0014; ``unfiled_counts``, 0016): the claims filed under the mission, those of the
        ``mission_free`` measures and the ``by_document`` ones of the mission's documents —
        counting them was an index range of 270,000 rows for MSS at 1,000,009 claims and a probe
        of each unfiled quote and role; the reviewed documents' claims as the reviews leave
        them. ``as_of``: of those, the ones known by then (``report.briefing.known_by``: published
        by then, or undated) — the tallies less the scope's claims of the documents published
        later (found by the publication index), counted from the same tallies by document
        (``tallies.scope_in_documents``): reading every claim of those documents to decide its
        scope took 0.4 s for MSS today at 1,000,009 claims, 3.6 s at 2024-01-01 (bench/serve.md,
        thirty-fifth round)."""
        n = self._count_all()
        if as_of is None:
            return n
        later = [
            str(d)
            for d in self.conn.execute(
                select(DocumentRow.id).where(
                    DocumentRow.published > as_of, func.substr(DocumentRow.published, 1, 10) > as_of
                )
            ).scalars()
            if d not in self.reviewed_docs
        ]
        n -= tl.scope_in_documents(self.conn, self.code, later, self.mission_free, self.by_document)
        return n - sum(not _known(c.published, as_of) for c in self.reviewed)

    def _count_all(self) -> int:
        n = tl.claims_filed(self.conn, self.code)
        if self.mission_free:
            n += tl.claims_filed(self.conn, "", self.mission_free)
        if self.by_document:
            n += tl.unfiled_in_documents_of(self.conn, self.code, self.by_document)
        if self.reviewed_docs:  # the reviewed documents' rows, counted by the tallies: taken out
            reviewed = ClaimRow.document_id.in_(sorted(self.reviewed_docs))
            n -= sum(self._count(and_(p, reviewed)) for p in self._parts())
        return n + len(self.reviewed)

    def _count(self, where: Any) -> int:
        return int(self.conn.execute(select(func.count()).select_from(ClaimRow).where(where)).scalar_one())

    def unknown_by(self, as_of: str, known: Callable[[StoredClaim], bool]) -> bool:
        """Whether some claim of the scope fails ``known`` at ``as_of``: the claims published (or,
        undated, about a date) after ``as_of`` — a superset of the ones that can fail — are found
        from the documents published after it (by the publication index) and the undated ones,
        500 documents at a time, their claims' scope decided here (``_in_scope``), and ``known``
        decides. The database used to pick them among every claim of the scope joined to its
        document (SQLite: 273,863 claims for MSS at 1,000,009 claims, 2.5-3.3 s, when as_of was
        before the newest document)."""
        published = DocumentRow.published
        undated_late = (  # undated documents with a claim about a later date: few
            select(ClaimRow.document_id)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(or_(published.is_(None), published == ""), ClaimRow.as_of > as_of)
            .distinct()
        )
        for dated, stmt in ((True, select(DocumentRow.id).where(published > as_of)), (False, undated_late)):
            ids = [str(d) for d in self.conn.execute(stmt).scalars() if d not in self.reviewed_docs]
            for start in range(0, len(ids), 500):
                rows = self._in_scope(ids[start : start + 500], ClaimRow.as_of)
                late = [cid for cid, _doc, _conf, day in rows if dated or (day or "") > as_of]
                for at in range(0, len(late), FETCH):
                    found = q.claim_rows(self.conn, q.claims_select([ClaimRow.id.in_(late[at : at + FETCH])]))
                    if any(not known(c) for c in found):
                        return True
        return any(not known(c) for c in self.reviewed)

    def _in_scope(self, documents: Sequence[str], extra: Any) -> list[tuple[int, str, float, Any]]:
        """(id, document, confidence, ``extra`` column) of the claims of these documents that are
        in the scope, decided here from each claim's mission and measure and its document's other
        claims — one read of the claims' document index, where the scope's three parts in SQL
        made the database read every claim of the scope."""
        light: list[Any] = []
        for start in range(0, len(documents), 500):
            light += self.conn.execute(
                select(
                    ClaimRow.id,
                    ClaimRow.document_id,
                    ClaimRow.mission_key,
                    ClaimRow.measure,
                    ClaimRow.confidence,
                    extra,
                ).where(ClaimRow.document_id.in_(documents[start : start + 500]))
            )
        speaking = {d for _i, d, mission, *_rest in light if mission == self.code}
        free, people = set(self.mission_free), set(self.by_document)
        return [
            (cid, doc, confidence, value)
            for cid, doc, mission, measure, confidence, value in light
            if mission == self.code
            or (not mission and (measure in free or (measure in people and doc in speaking)))
        ]

    def newest(
        self,
        *,
        as_of: str | None,
        enough: Callable[[list[StoredClaim]], bool],
        measures: Sequence[str] | None = None,
        skip: Sequence[str] = (),
        subjects: Sequence[str] | None = None,
        subject_has: str | None = None,
        since: str | None = None,
        published_only: bool = True,
    ) -> list[StoredClaim]:
        """The scope's newest published claims (by publication, confidence, id: as
        ``report.briefing`` orders them) of ``measures`` (all when None) outside ``skip``, of these
        raw ``subjects`` (or whose subject holds ``subject_has``), known by ``as_of`` and published
        on or after ``since``, until ``enough`` of the list is true — then every reviewed claim of
        those measures, so that what ``enough`` looks for among the newest is in the list whatever
        the reviews changed.

        ``published_only=False`` takes undated documents' claims too, after all the others (as
        ``report.briefing`` sorts a missing date)."""
        published = DocumentRow.published
        where = [*self._where(measures), *self._known_sql(as_of)]
        if published_only:
            where += [published.is_not(None), published != ""]
        if skip:
            where.append(ClaimRow.measure.not_in(sorted(skip)))
        if subjects is not None:
            where.append(ClaimRow.subject.in_(sorted(subjects)))
        if subject_has is not None:
            where.append(ClaimRow.subject.contains(subject_has, autoescape=True))
        if since is not None:
            where.append(published >= since)
        order: Any = func.coalesce(published, "")
        if self.conn.dialect.name == "postgresql":
            order = order.collate("C")
        ids = (
            select(ClaimRow.id)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(*where)
            .order_by(order.desc(), ClaimRow.confidence.desc(), ClaimRow.id.desc())
        )
        out: list[StoredClaim] = []
        for c in _stream(self.conn, ids):
            out.append(c)
            if enough(out):
                break
        return self._with_reviewed(out, measures, skip, published_only, as_of)

    def latest_published(
        self,
        skip: Sequence[str],
        as_of: str,
        enough: Callable[[list[StoredClaim]], bool],
        *,
        measures: Sequence[str] | None = None,
        published_only: bool = True,
    ) -> list[StoredClaim]:
        """``newest`` (of ``measures``, all when None, outside ``skip``) for a selection whose
        newest claims are among the newest documents: the documents are walked newest first by the
        publication index, the days of the next ``DAY_DOCUMENTS`` documents at a time (whole days,
        so the order across steps is the order within them), and their claims sorted here —
        instead of sorting the whole scope (the MSS quotes at 1,000,009 claims: 111,111 candidates
        sorted to keep eight, 2.0 s). After ``WALK_STEPS`` steps without enough (a mission the
        newest documents seldom speak of), ``newest`` sorts the scope after all.
        ``published_only=False``: undated documents' claims follow every dated one, as there."""
        published, document, upper = DocumentRow.published, DocumentRow.id, None
        mine: list[Any] = []
        wanted = None if measures is None else set(measures)
        if wanted is not None and not wanted & set(self.mission_free):
            # only the mission's documents hold such claims (filed under it, or quotes and roles of
            # the documents speaking of it): walk those, by their index (``mission_documents``,
            # 0014) — the newest documents of a ledger may all speak of the mission's successor
            # (MSS's quotes at 1,000,009 claims: 33,213 documents probed, 0.87 s on PostgreSQL)
            published, document = MissionDocumentRow.published, MissionDocumentRow.document_id
            mine = [MissionDocumentRow.mission_key == self.code]
        # known by ``as_of`` (``_known_sql``; the bound the index serves alone would take a month
        # of publication, "2025-03", as known on 2025-02-28)
        known = func.substr(published, 1, 10) <= as_of
        dated = and_(*mine, published.is_not(None), published != "", published < _day_after(as_of), known)
        out: list[StoredClaim] = []
        for _step in range(WALK_STEPS):
            step = select(published).where(dated, *([published < upper] if upper else []))
            lower = self.conn.execute(step.order_by(published.desc()).offset(DAY_DOCUMENTS).limit(1)).scalar()
            span = [dated, *([published >= lower] if lower else []), *([published < upper] if upper else [])]
            days = {d: str(p) for d, p in self.conn.execute(select(document, published).where(*span))}
            for c in self._claims_sorted(days, set(skip), wanted):
                out.append(c)
                if enough(out):
                    return self._with_reviewed(out, measures, skip, published_only, as_of)
            if lower is None:  # every dated document walked
                break
            upper = lower
        else:
            return self.newest(
                as_of=as_of, enough=enough, measures=measures, skip=skip, published_only=published_only
            )
        if not published_only:
            walked = list(out)
            out += self._undated(measures, skip, lambda found: enough([*walked, *found]))
        return self._with_reviewed(out, measures, skip, published_only, as_of)

    def published_since(self, measures: Sequence[str], since: str, as_of: str) -> list[StoredClaim]:
        """``newest(as_of=as_of, measures=measures, since=since, enough=never)`` — every claim of
        the scope of these measures published from ``since`` to ``as_of``, newest first — for
        measures only the mission's documents hold (none ``mission_free``): those documents of
        the days asked for, from their index (``mission_documents``, 0014), and their claims
        sorted here. The database found them among every claim of the measures filed under the
        mission (18,042 Council votes for MSS at 1,000,009 claims, 50 ms on SQLite, for each
        mission of an alert list)."""
        if set(measures) & set(self.mission_free):
            return self.newest(as_of=as_of, measures=measures, since=since, enough=lambda _found: False)
        md = MissionDocumentRow
        days = {
            str(d): str(p)
            for d, p in self.conn.execute(
                select(md.document_id, md.published).where(
                    md.mission_key == self.code, md.published >= since, md.published < _day_after(as_of)
                )
            )
        }
        found = list(self._claims_sorted(days, set(), set(measures)))
        return self._with_reviewed(found, measures, (), True, as_of)

    def first_of_each_since(self, measure: str, since: str, as_of: str) -> list[StoredClaim]:
        """Of ``published_since([measure], since, as_of)``, the claim of lowest id of each raw
        (subject, mission), and the reviewed documents' claims as there — what an alert list
        reads of the Council votes (``report.alerts`` raises one alert per resolution, from the
        first vote in ``in_order``, which orders a mission's filed claims by id). Every vote since
        an early date was read whole before (6,068 for MSS since 2024-01-01 at 1,000,009 claims).
        One grouped query over the measure's claims filed under the mission (its index), each
        joined to its document's row in ``mission_documents`` for the day."""
        if measure in self.mission_free or measure in self.by_document:
            found = self.published_since([measure], since, as_of)
            first: dict[tuple[str | None, str | None], StoredClaim] = {}
            for c in found:
                if c.id is not None:
                    key = (c.subject, c.mission)
                    if key not in first or (first[key].id or 0) > c.id:
                        first[key] = c
            return [*first.values(), *(c for c in found if c.id is None)]
        md = MissionDocumentRow
        where = [
            ClaimRow.mission_key == self.code,
            ClaimRow.measure == measure,
            md.published >= since,
            md.published < _day_after(as_of),
        ]
        if self.reviewed_docs:
            where.append(ClaimRow.document_id.not_in(sorted(self.reviewed_docs)))
        ids: Any = (
            select(func.min(ClaimRow.id))
            .join(md, and_(md.mission_key == ClaimRow.mission_key, md.document_id == ClaimRow.document_id))
            .where(*where)
            .group_by(ClaimRow.subject, ClaimRow.mission)
        )
        if self.conn.dialect.name == "sqlite" and self._votes_first(measure, since, as_of):
            ids = self._votes_first_sql(measure, since, as_of)
        chosen = sorted(int(i) for i in self.conn.execute(ids).scalars())
        out: list[StoredClaim] = []
        for start in range(0, len(chosen), FETCH):
            out += q.claim_rows(self.conn, q.claims_select([ClaimRow.id.in_(chosen[start : start + FETCH])]))
        return self._with_reviewed(out, [measure], (), True, as_of)

    def _votes_first(self, measure: str, since: str, as_of: str) -> bool:
        """Whether ``first_of_each_since`` should walk the measure's claims filed under the mission
        and look each one's document up, rather than walk the mission's documents of the days and
        read all their claims — SQLite's choice whatever the days: at 1,000,009 claims, since
        2024-01-01, 11,409 documents of MSS and every claim of theirs against 9,021 votes (224-331
        ms against 65-80 ms for each mission); since a month ago, no document against 9,021 votes
        (2 ms against 15-47 ms). A document's claims cost some four times a vote looked up."""
        md = MissionDocumentRow
        documents = self.conn.execute(
            select(func.count())
            .select_from(md)
            .where(md.mission_key == self.code, md.published >= since, md.published < _day_after(as_of))
        ).scalar_one()
        return 4 * int(documents) > tl.claims_filed(self.conn, self.code, [measure])

    def _votes_first_sql(self, measure: str, since: str, as_of: str) -> Any:
        """``first_of_each_since``'s query with the claims walked first (SQLite's ``CROSS JOIN``
        keeps that order)."""
        skip = sorted(self.reviewed_docs)
        sql = (
            "SELECT min(c.id) FROM claims AS c CROSS JOIN mission_documents AS md"
            " ON md.mission_key = c.mission_key AND md.document_id = c.document_id"
            " WHERE c.mission_key = :code AND c.measure = :measure"
            " AND md.published >= :since AND md.published < :until"
            + (" AND c.document_id NOT IN :skip" if skip else "")
            + " GROUP BY c.subject, c.mission"
        )
        stmt = text(sql).bindparams(code=self.code, measure=measure, since=since, until=_day_after(as_of))
        return stmt.bindparams(bindparam("skip", skip, expanding=True)) if skip else stmt

    def _undated(
        self, measures: Sequence[str] | None, skip: Sequence[str], enough: Callable[[list[StoredClaim]], bool]
    ) -> list[StoredClaim]:
        """The scope's claims of undated documents (as ``newest`` orders them: by confidence, id)
        until ``enough``."""
        published = DocumentRow.published
        where = [*self._where(measures), or_(published.is_(None), published == "")]
        if skip:
            where.append(ClaimRow.measure.not_in(sorted(skip)))
        ids = (
            select(ClaimRow.id)
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(*where)
            .order_by(ClaimRow.confidence.desc(), ClaimRow.id.desc())
        )
        out: list[StoredClaim] = []
        for c in _stream(self.conn, ids):
            out.append(c)
            if enough(out):
                break
        return out

    def _claims_sorted(
        self, days: dict[str, str], skip: set[str], wanted: set[str] | None = None
    ) -> Iterator[StoredClaim]:
        """The scope's claims of these documents (id → publication) of ``wanted`` measures (all
        when None) outside ``skip``, newest first, read a page at a time."""
        docs = [d for d in days if d not in self.reviewed_docs]
        rows = [
            (days[doc], confidence, cid)
            for cid, doc, confidence, measure in self._in_scope(docs, ClaimRow.measure)
            if measure not in skip and (wanted is None or measure in wanted)
        ]
        ids = [cid for _p, _c, cid in sorted(rows, reverse=True)]
        for start in range(0, len(ids), FETCH):
            chunk = ids[start : start + FETCH]
            found = {c.id: c for c in q.claim_rows(self.conn, q.claims_select([ClaimRow.id.in_(chunk)]))}
            yield from (found[i] for i in chunk)

    def _with_reviewed(
        self,
        out: list[StoredClaim],
        measures: Sequence[str] | None,
        skip: Sequence[str],
        published_only: bool,
        as_of: str | None,
    ) -> list[StoredClaim]:
        wanted = None if measures is None else set(measures)
        extra = [
            c
            for c in self.reviewed
            if (wanted is None or c.measure in wanted)
            and c.measure not in skip
            and (c.published or not published_only)
            and _known(c.published, as_of)
        ]
        return [*out, *extra]

    def newest_of_each(
        self,
        measures: Sequence[str],
        subjects: Collection[str],
        limit: int,
        *,
        subject_key: Callable[[str, str | None, str | None], str | None],
        valued: bool = False,
        as_of: str | None = None,
    ) -> list[StoredClaim]:
        """The newest ``limit`` claims of ``measures`` (by publication, confidence, id; undated
        last) filed in the fact of each of these ``subjects`` — of those with a value when
        ``valued``; ``as_of``: of those known by then (``_known``) — with every reviewed claim of
        those measures. ``subject_key(measure, subject,
        resolution)`` is the reconciler's: the subject of the fact a claim is filed in (the ledger
        does not reconcile), for measures the reconciler files under their own measure.

        The stored facts of those subjects hold their claims by reference, with the dates and
        confidences they are sorted by (``ledger/facts.py``): the newest of each are read by id
        until ``limit`` are in the scope. Listing every vote on the mission's resolutions by its
        subject text was the largest part of a first overview at 1,000,009 claims (2.2 s,
        bench/serve.md, ninth round), the roles of five speakers 0.6 s. While some document waits
        for its facts (``facts_queue``), the scope's claims of ``measures`` are listed instead."""
        wanted = set(subjects)
        reviewed = [c for c in self.reviewed if c.measure in set(measures)]
        if not wanted:
            return reviewed
        found = self._newest_by_fact(measures, wanted, limit, subject_key, valued, as_of)
        if found is None:
            found = self._newest_by_listing(measures, wanted, limit, subject_key, valued, as_of)
        return [*found, *reviewed]

    def _newest_by_fact(
        self,
        measures: Sequence[str],
        wanted: set[str],
        limit: int,
        subject_key: Callable[[str, str | None, str | None], str | None],
        valued: bool,
        as_of: str | None = None,
    ) -> list[StoredClaim] | None:
        """``newest_of_each`` from the stored facts' references (None while documents wait): of a
        fact with thousands of claims (a resolution's votes) its newest references first
        (``read_newest_refs``: its ``recent`` column), the rest read only for a subject whose
        newest are not enough — every reference of every fact was parsed to sort them (20,293
        candidates for a first MSS overview at 1,000,009 claims, bench/serve.md, fifteenth round)."""
        from missionwatch.ledger.facts import newest_key, pending, read_heads, read_newest_refs, read_refs

        if pending(self.conn):
            return None
        heads = read_heads(
            self.conn,
            missions=[self.code],
            measures=measures,
            mission_free=self.mission_free,
            by_document=self.by_document,
        )
        subject_of = {seq: head["subject"] for seq, head in heads if head["subject"] in wanted}
        candidates: dict[str, dict[int, tuple[str, float, int]]] = {}

        def add(subject: str, refs: list[list[Any]]) -> None:
            for cid, document, published, confidence, *_rest in refs:
                if (
                    cid is not None
                    and document not in self.reviewed_docs  # reviewed: self.reviewed
                    and _known(published, as_of)
                ):
                    candidates.setdefault(subject, {})[int(cid)] = (published or "", confidence, cid)

        # of a subject with facts read in part, the newest reference where the first of them
        # stops: every candidate newer than that is in its order where all references would put it
        partial: dict[str, list[int]] = {}
        cut: dict[str, tuple[str, float, int]] = {}
        for seq, (refs, complete) in sorted(read_newest_refs(self.conn, subject_of).items()):
            add(subject_of[seq], refs)
            if not complete:
                subject = subject_of[seq]
                partial.setdefault(subject, []).append(seq)
                if refs:
                    cut[subject] = max(cut.get(subject, newest_key(refs[-1])), newest_key(refs[-1]))
        kinds = set(measures)
        order: dict[str, list[int]] = {}
        exact: dict[str, int] = {}

        def rank(subject: str) -> None:
            ranked = sorted(candidates.get(subject, {}).values(), reverse=True)
            order[subject] = [cid for _p, _c, cid in ranked]
            if subject not in partial:
                exact[subject] = len(ranked)
            else:
                bound = cut.get(subject)
                exact[subject] = 0 if bound is None else sum(1 for r in ranked if r >= bound)

        for subject in [*candidates, *(s for s in partial if s not in candidates)]:
            rank(subject)
        kept: dict[str, list[StoredClaim]] = {subject: [] for subject in order}
        start, step = 0, max(4 * limit, FIRST_PAGE)
        # a page of each subject still short, all read at once: a round trip or two per page
        while short := [s for s in order if len(kept[s]) < limit and (start < len(order[s]) or s in partial)]:
            beyond = [s for s in short if s in partial and start + step > exact[s]]
            if beyond:  # a page past the newest references read: the rest of those facts
                rest = read_refs(self.conn, [seq for s in beyond for seq in partial[s]])
                for s in beyond:
                    for seq in partial.pop(s):
                        add(s, rest.get(seq, []))
                    rank(s)
                short = [s for s in short if start < len(order[s])]
            page = {cid: s for s in short for cid in order[s][start : start + step]}
            for c in self._scope_of(list(page)):
                subject = page[c.id or 0]
                if (
                    len(kept[subject]) < limit
                    and c.measure in kinds
                    and (c.value or not valued)
                    and subject_key(c.measure, c.subject, c.resolution) == subject
                ):
                    kept[subject].append(c)
            start, step = start + step, step * 4
        return [c for found in kept.values() for c in found]

    def _scope_of(self, ids: Sequence[int]) -> list[StoredClaim]:
        """The claims of these ids that are in the scope, in the order given: a fact holds the
        claims every mission files on its subject (a resolution), and a person's role in every
        document."""
        read = {
            c.id: c for c in q.claim_rows(self.conn, q.claims_select([q.among(self.conn, ClaimRow.id, ids)]))
        }
        claims = [read[i] for i in ids if i in read]
        free, people = set(self.mission_free), set(self.by_document)
        asked = sorted({c.document_id for c in claims if not c.mission and c.measure in people})
        # which of those documents file a claim under the mission: their rows of the mission's
        # documents (``mission_documents``, 0014, kept by triggers), probed by its primary key.
        # Every claim's mission of those documents was read instead, 27,765 rows for the roles of
        # a first MSS overview at 1,000,009 claims (bench/serve.md, fifteenth round)
        md = MissionDocumentRow
        speaking = (
            set(
                self.conn.execute(
                    select(md.document_id).where(
                        md.mission_key == self.code, q.among(self.conn, md.document_id, asked)
                    )
                ).scalars()
            )
            if asked
            else set()
        )
        return [
            c
            for c in claims
            if (c.mission and c.mission.upper() == self.code)
            or (not c.mission and (c.measure in free or (c.measure in people and c.document_id in speaking)))
        ]

    def _newest_by_listing(
        self,
        measures: Sequence[str],
        wanted: set[str],
        limit: int,
        subject_key: Callable[[str, str | None, str | None], str | None],
        valued: bool,
        as_of: str | None = None,
    ) -> list[StoredClaim]:
        """``newest_of_each`` from the ids, dates and subjects of every claim of ``measures`` in
        the scope (known by ``as_of``), the claims chosen read."""
        light = (
            select(
                ClaimRow.id,
                ClaimRow.measure,
                ClaimRow.subject,
                ClaimRow.resolution,
                DocumentRow.published,
                ClaimRow.confidence,
                cast(ClaimRow.value, Text),
            )
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(*self._where(measures), *self._known_sql(as_of))
        )
        by_subject: dict[str, list[tuple[str, float, int]]] = {}
        for cid, measure, subject, resolution, published, confidence, value in self.conn.execute(light):
            name = subject_key(measure, subject, resolution)
            if name in wanted and (not valued or q.json_value(value)):
                by_subject.setdefault(name, []).append((published or "", confidence, cid))
        chosen = sorted(
            cid for rows in by_subject.values() for _p, _c, cid in sorted(rows, reverse=True)[:limit]
        )
        found = []
        for start in range(0, len(chosen), 500):
            found += q.claim_rows(self.conn, q.claims_select([ClaimRow.id.in_(chosen[start : start + 500])]))
        return found

    def in_order(self, claims: list[StoredClaim]) -> list[StoredClaim]:
        """These claims of the scope, each once, in the order ``report.data.mission_claims`` lists
        them: filed under the mission, then each ``mission_free`` measure, then each
        ``by_document`` measure; by claim id within a part, claims people made last."""
        made = {id(c): i for i, c in enumerate(self.reviewed) if c.id is None}
        rank = {m: i for i, m in enumerate([*self.mission_free, *self.by_document])}

        def key(c: StoredClaim) -> tuple[int, bool, int]:
            part = 0 if c.mission else 1 + rank.get(c.measure, len(rank))
            return (part, c.id is None, c.id if c.id is not None else made.get(id(c), 0))

        unique: dict[Any, StoredClaim] = {}
        for c in claims:
            unique.setdefault(c.id if c.id is not None else ("made", id(c)), c)
        return sorted(unique.values(), key=key)


def _stream(conn: Connection, ids: Any) -> Iterator[StoredClaim]:
    """The claims whose ids ``ids`` selects, in its order, read a page at a time (a caller stops
    when it has enough): the database sorts ids, not whole rows."""
    offset = 0
    while True:
        page = list(conn.execute(ids.limit(FETCH).offset(offset)).scalars())
        found = {c.id: c for c in q.claim_rows(conn, q.claims_select([ClaimRow.id.in_(page)]))}
        yield from (found[i] for i in page)
        if len(page) < FETCH:
            return
        offset += FETCH


__all__ = ["MissionScope"]
