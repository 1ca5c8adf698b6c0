"""The ledger's side of reviews: writing one event in one transaction, reading the log, and the
reviewed claims reconciliation reads (``ledger/reviews.py`` says what each action means).

Writing takes the writer lock, reads the document's events, checks the request against the claim
as it stands after them, and inserts one ``reviews`` row together with the document's entry in
``facts_queue`` — so the facts of the keys the claim had and the keys it has now are recomputed by
the next ``sync``, and a process killed at any instant leaves the event whole or absent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Connection, func, insert, select

from missionwatch.errors import NotFoundError
from missionwatch.ledger import queries as q
from missionwatch.ledger.reviews import (
    ACTIONS,
    CORRECTABLE,
    DOC_KEYS,
    MAX_EDITOR,
    MAX_REASON,
    ReviewError,
    ReviewEvent,
    active,
    apply_reviews,
    check_text,
    claim_fields,
    claim_sig,
    clean_changes,
    evidence_sentence,
    new_event_id,
    parse_value,
    review_of,
)
from missionwatch.ledger.schema import ClaimRow, DocumentRow, FactsQueueRow, ReviewRow
from missionwatch.models import StoredClaim

CHUNK = 500


class ReviewRequest(BaseModel):
    """What a person asks for; the ledger fills in who, when, before and after."""

    action: str = Field(description="accept, reject, correct, pin, group, add or undo")
    claim_id: int | None = Field(default=None, description="The claim reviewed (all actions but add, undo)")
    reason: str | None = Field(default=None, max_length=MAX_REASON, description="Why (required to reject)")
    changes: dict[str, Any] = Field(
        default_factory=dict,
        description="correct: new value, unit, qualifier, subject, measure, mission, as_of",
    )
    members: list[int] = Field(default_factory=list, description="group: the other claims of the total")
    components: list[str] = Field(
        default_factory=list, description="group: a name for each member (claim first), e.g. military, police"
    )
    total: dict[str, Any] = Field(
        default_factory=dict, description="group: the total's value, measure, subject… (default: the sum)"
    )
    document: str | None = Field(default=None, max_length=64, description="add: the document id")
    start: int | None = Field(default=None, ge=0, description="add: where the evidence starts in the text")
    end: int | None = Field(default=None, ge=0, description="add: where it ends")
    evidence: str | None = Field(
        default=None,
        max_length=5000,
        description="add: the evidence words as they stand in the text (instead of start and end; "
        "they must occur there exactly once, or once at or after start)",
    )
    fields: dict[str, Any] = Field(
        default_factory=dict, description="add: measure, value and optionally mission, subject, unit…"
    )
    target: str | None = Field(default=None, max_length=32, description="undo: the event id (or a prefix)")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- reading ----------------------------------------------------------------------------------
def _event(row: Any) -> ReviewEvent:
    return ReviewEvent(
        id=row.id,
        seq=row.seq,
        at=q.utc(row.at) or datetime.now(UTC),
        editor=row.editor,
        action=row.action,
        document_id=row.document_id,
        claim_seq=row.claim_seq,
        claim_sig=row.claim_sig,
        target=row.target,
        reason=row.reason,
        before=row.before,
        after=row.after,
    )


def _chunks(items: Iterable[str]) -> Iterable[list[str]]:
    batch = sorted(set(items))
    for i in range(0, len(batch), CHUNK):
        yield batch[i : i + CHUNK]


def reviewed_documents(conn: Connection, documents: Iterable[str] | None = None) -> set[str]:
    """The documents (of these, or all) that have review events."""
    stmt = select(ReviewRow.document_id).distinct()
    if documents is None:
        return set(conn.execute(stmt).scalars())
    out: set[str] = set()
    for batch in _chunks(documents):
        out |= set(conn.execute(stmt.where(ReviewRow.document_id.in_(batch))).scalars())
    return out


def events_of(conn: Connection, documents: Iterable[str]) -> dict[str, list[ReviewEvent]]:
    """Each document's events in order of writing, claims resolved to current row ids and undone
    events marked."""
    by_doc: dict[str, list[ReviewEvent]] = {}
    for batch in _chunks(documents):
        rows = conn.execute(
            select(*ReviewRow.__table__.c).where(ReviewRow.document_id.in_(batch)).order_by(ReviewRow.seq)
        )
        for row in rows:
            by_doc.setdefault(row.document_id, []).append(_event(row))
    if not by_doc:
        return by_doc
    places: dict[tuple[str, int], tuple[int, str]] = {}
    for batch in _chunks(by_doc):
        rows = conn.execute(
            select(
                ClaimRow.document_id, ClaimRow.seq, ClaimRow.id, ClaimRow.measure, ClaimRow.value,
                ClaimRow.start, ClaimRow.end,
            ).where(ClaimRow.document_id.in_(batch))
        )  # fmt: skip
        for r in rows:
            places[(r.document_id, r.seq)] = (r.id, claim_sig(r.measure, r.value, r.start, r.end))
    for events in by_doc.values():
        for e in events:
            e.claim_id = _resolve(places, e.document_id, e.claim_seq, e.claim_sig)
            if e.action == "group" and e.after:
                sigs = e.after.get("member_sigs") or []
                e.member_ids = [
                    _resolve(places, e.document_id, s, sigs[i] if i < len(sigs) else None)
                    for i, s in enumerate(e.after.get("members") or [])
                ]
        active(events)
    return by_doc


def _resolve(
    places: dict[tuple[str, int], tuple[int, str]], document_id: str, seq: int | None, sig: str | None
) -> int | None:
    if seq is None:
        return None
    found = places.get((document_id, seq))
    if found is None or (sig is not None and found[1] != sig):
        return None  # the claim is gone, or re-extraction put another claim in its place
    return found[0]


def document_meta(conn: Connection, documents: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    cols = [getattr(DocumentRow, k) for k in DOC_KEYS]
    for batch in _chunks(documents):
        for row in conn.execute(select(DocumentRow.id, *cols).where(DocumentRow.id.in_(batch))):
            out[row.id] = {k: getattr(row, k) for k in DOC_KEYS}
    return out


def reviewed_claims(
    conn: Connection,
    machine: Sequence[StoredClaim],
    documents: Iterable[str] | None,
    keep: Callable[[StoredClaim], bool],
) -> list[StoredClaim]:
    """``machine`` (claims as stored, some selection) with the reviews applied: the claims of the
    reviewed documents among ``documents`` (all when None) are replaced by every reviewed claim of
    those documents that ``keep`` accepts — so a correction that moves a claim into the selection
    (another measure, mission, date) brings it in. Claims people made come after, in event order."""
    return merge(machine, reviewed_set(conn, documents), keep)


ReviewedSet = tuple[set[str], list[StoredClaim]]


def reviewed_set(conn: Connection, documents: Iterable[str] | None) -> ReviewedSet:
    """The reviewed documents (of these, or all) that exist, and every claim of theirs as the
    reviews leave them: the stored ones by claim id, then the ones people made, in event order."""
    docs = reviewed_documents(conn, documents)
    if not docs:
        return set(), []
    meta = document_meta(conn, docs)
    docs = set(meta)  # the events of a deleted document apply to nothing
    if not docs:
        return set(), []
    events = events_of(conn, docs)
    kept: list[StoredClaim] = []
    made: list[StoredClaim] = []
    for batch in _chunks(docs):
        stored = q.claim_rows(conn, q.claims_select([ClaimRow.document_id.in_(batch)]).order_by(ClaimRow.id))
        by_doc: dict[str, list[StoredClaim]] = {}
        for c in stored:
            by_doc.setdefault(c.document_id, []).append(c)
        for doc in batch:
            for c in apply_reviews(by_doc.get(doc, []), events.get(doc, []), meta):
                (kept if c.id is not None else made).append(c)
    return docs, kept + made


def merge(
    machine: Sequence[StoredClaim], reviewed: ReviewedSet, keep: Callable[[StoredClaim], bool]
) -> list[StoredClaim]:
    """``machine`` with the claims of the reviewed documents replaced by their reviewed claims
    that ``keep`` accepts (stored claims in claim id order, then the ones people made)."""
    docs, claims = reviewed
    if not docs:
        return list(machine)
    out = [c for c in machine if c.document_id not in docs]
    out += [c for c in claims if c.id is not None and keep(c)]
    out.sort(key=lambda c: c.id or 0)
    return out + [c for c in claims if c.id is None and keep(c)]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(ReviewRow)).scalar_one())


def log(
    conn: Connection,
    *,
    claim_id: int | None = None,
    document_id: str | None = None,
    editor: str | None = None,
    action: str | None = None,
    limit: int | None = 100,
    offset: int = 0,
) -> tuple[list[ReviewEvent], int]:
    """Events, newest first, with the total count; of one claim, document, editor or action."""
    where: list[Any] = []
    if claim_id is not None:
        row = conn.execute(select(ClaimRow.document_id, ClaimRow.seq).where(ClaimRow.id == claim_id)).first()
        if row is None:
            raise NotFoundError(f"no claim {claim_id}", input=str(claim_id))
        doc_events = events_of(conn, [row.document_id]).get(row.document_id, [])
        mine = [e for e in doc_events if e.claim_id == claim_id or claim_id in (e.member_ids or [])]
        undo_of = {e.id for e in mine}
        mine += [e for e in doc_events if e.action == "undo" and e.target in undo_of and e not in mine]
        mine.sort(key=lambda e: e.seq or 0, reverse=True)
        return mine[offset : offset + limit if limit is not None else None], len(mine)
    if document_id:
        where.append(ReviewRow.document_id == document_id)
    if editor:
        where.append(ReviewRow.editor == editor)
    if action:
        where.append(ReviewRow.action == action)
    total = int(conn.execute(select(func.count()).select_from(ReviewRow).where(*where)).scalar_one())
    stmt = select(ReviewRow.id, ReviewRow.document_id).where(*where).order_by(ReviewRow.seq.desc())
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    page = conn.execute(stmt).all()
    events = events_of(conn, {r.document_id for r in page})
    by_id = {e.id: e for evs in events.values() for e in evs}
    return [by_id[r.id] for r in page], total


def all_events(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Every event as exported, by document, each document's in order of writing."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute(select(*ReviewRow.__table__.c).order_by(ReviewRow.seq)):
        out.setdefault(row.document_id, []).append(export_record(_event(row)))
    return out


EXPORT_FIELDS = (
    "id", "at", "editor", "action", "document_id", "claim_seq", "claim_sig", "target", "reason",
    "before", "after",
)  # fmt: skip


def export_record(e: ReviewEvent) -> dict[str, Any]:
    data = e.model_dump(include=set(EXPORT_FIELDS))
    data["at"] = e.at.isoformat()
    return {k: data[k] for k in EXPORT_FIELDS}


# -- writing ----------------------------------------------------------------------------------
def _enqueue(conn: Connection, document_id: str) -> None:
    queued = conn.execute(select(FactsQueueRow.document_id).where(FactsQueueRow.document_id == document_id))
    if queued.first() is None:
        conn.execute(insert(FactsQueueRow), {"document_id": document_id})


def queue_if_reviewed(conn: Connection, document_id: str) -> None:
    """Queue a stored or deleted document's facts when it has review events: the claims they add
    come and go with the document, and the claims trigger does not fire for a document without
    claims of its own."""
    if conn.execute(select(ReviewRow.seq).where(ReviewRow.document_id == document_id).limit(1)).first():
        _enqueue(conn, document_id)


def insert_event(conn: Connection, e: ReviewEvent) -> bool:
    """Insert one event as it is (an import); False when an event with its id is there already."""
    if conn.execute(select(ReviewRow.seq).where(ReviewRow.id == e.id)).first() is not None:
        return False
    values = export_record(e)
    values["at"] = q.to_naive_utc(e.at)
    conn.execute(insert(ReviewRow), values)
    _enqueue(conn, e.document_id)
    return True


def _claim(conn: Connection, claim_id: int | None) -> tuple[StoredClaim, int]:
    if claim_id is None:
        raise ReviewError("this action needs a claim id")
    stmt = q.claims_select([ClaimRow.id == claim_id]).add_columns(ClaimRow.seq.label("claim_seq"))
    row = conn.execute(stmt).first()
    if row is None:
        raise NotFoundError(f"no claim {claim_id}", input=str(claim_id))
    return q.claim_from_row(row), int(row.claim_seq)


def _current(conn: Connection, claim: StoredClaim, events: list[ReviewEvent]) -> StoredClaim | None:
    """The claim as the events in force leave it (None when rejected)."""
    meta = document_meta(conn, [claim.document_id])
    found = [c for c in apply_reviews([claim], events, meta) if c.id == claim.id]
    return found[0] if found else None


def write(conn: Connection, req: ReviewRequest, editor: str, at: datetime | None = None) -> ReviewEvent:
    """Check a request against the claim as it stands and write its event (caller holds the lock)."""
    who = check_text(editor, "editor", MAX_EDITOR)
    if not who:
        raise ReviewError("a review needs an editor (who made it)")
    reason = check_text(req.reason, "reason", MAX_REASON)
    base: dict[str, Any] = {"id": new_event_id(), "at": q.to_naive_utc(at or _now()), "editor": who}
    if req.action == "add":
        fields = _add(conn, req)
        base.update(action="add", document_id=fields.pop("document_id"), after={"claim": fields})
    elif req.action == "undo":
        base.update(_undo(conn, req))
    elif req.action in ("accept", "reject", "correct", "pin", "group"):
        claim, seq = _claim(conn, req.claim_id)
        events = events_of(conn, [claim.document_id]).get(claim.document_id, [])
        now = _current(conn, claim, events)
        sig = claim_sig(claim.measure, claim.value, claim.start, claim.end)
        base.update(action=req.action, document_id=claim.document_id, claim_seq=seq, claim_sig=sig)
        status = review_of(now).get("status") if now is not None else "rejected"
        if req.action == "accept":
            if status == "accepted":
                raise ReviewError(f"claim {req.claim_id} is accepted already")
            base.update(before={"status": status or "unreviewed"}, after={"status": "accepted"})
        elif now is None:
            raise ReviewError(f"claim {req.claim_id} is rejected: accept it (or undo the rejection) first")
        elif req.action == "reject":
            if not reason:
                raise ReviewError("a rejection needs a reason (why the claim is wrong)")
            base.update(before={"status": status or "unreviewed"}, after={"status": "rejected"})
        elif req.action == "correct":
            changes = clean_changes(req.changes)
            changes = {k: v for k, v in changes.items() if getattr(now, k) != v}
            if not changes:
                raise ReviewError(f"nothing to correct: claim {req.claim_id} already says so")
            base.update(before={k: getattr(now, k) for k in changes}, after=changes)
        elif req.action == "pin":
            if review_of(now).get("pinned_by"):
                raise ReviewError(f"claim {req.claim_id} is pinned already")
            base.update(
                before={"pinned": False, "value": now.value}, after={"pinned": True, "value": now.value}
            )
        else:
            base.update(_group(conn, req, now, seq, events))
    else:
        raise ReviewError(f"unknown action {req.action!r} (choose {', '.join(ACTIONS)})")
    base["reason"] = reason
    event = ReviewEvent(**{**base, "at": q.utc(base["at"])})
    values = {**base}
    conn.execute(insert(ReviewRow), values)
    _enqueue(conn, event.document_id)
    row = conn.execute(select(ReviewRow.seq).where(ReviewRow.id == event.id)).scalar_one()
    event.seq = int(row)
    event.claim_id = req.claim_id if req.action not in ("add", "undo") else None
    if req.action == "group":
        event.member_ids = [req.claim_id, *req.members]
    return event


def _group(
    conn: Connection, req: ReviewRequest, first: StoredClaim, seq: int, events: list[ReviewEvent]
) -> dict[str, Any]:
    ids = [req.claim_id, *req.members]
    if len(ids) < 2 or len(set(ids)) != len(ids):
        raise ReviewError("a group needs at least two different claims (the claim and --member …)")
    members: list[tuple[StoredClaim, StoredClaim, int]] = [(first, first, seq)]
    for member_id in req.members:
        machine, mseq = _claim(conn, member_id)
        if machine.document_id != first.document_id:
            raise ReviewError(f"claim {member_id} is in another document: a group is read from one text")
        now = _current(conn, machine, events)
        if now is None:
            raise ReviewError(f"claim {member_id} is rejected")
        members.append((machine, now, mseq))
    values = [parse_value(now.value) for _, now, _ in members]
    if any(not isinstance(v, int | float) for v in values):
        raise ReviewError("every member of a group must be a number")
    names = list(req.components) or [
        str((now.attrs or {}).get("component") or f"part {i + 1}") for i, (_, now, _) in enumerate(members)
    ]
    if len(names) != len(members):
        raise ReviewError(f"give one component name per claim ({len(members)}), not {len(names)}")
    if len(set(names)) != len(names):
        raise ReviewError("component names must differ")
    total_fields = clean_changes({k: v for k, v in req.total.items() if k in CORRECTABLE})
    unknown = sorted(set(req.total) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"total: unknown field {', '.join(unknown)}")
    summed = _plain(sum(v for v in values if isinstance(v, int | float)))
    total = {**claim_fields(first), "value": summed, **total_fields}
    if not isinstance(total["value"], int | float):
        raise ReviewError("the total must be a number")
    quals = {now.qualifier for _, now, _ in members}
    total.setdefault("qualifier", None)
    if "qualifier" not in total_fields:
        total["qualifier"] = next(iter(quals)) if len(quals) == 1 else "approx"
    total.update(
        sentence=first.sentence,
        start=min(m.start for m, _, _ in members),
        end=max(m.end for m, _, _ in members),
    )
    return {
        "action": "group",
        "before": {
            "members": [
                {"claim": s, "value": now.value, "component": (now.attrs or {}).get("component")}
                for _, now, s in members
            ]
        },
        "after": {
            "members": [s for _, _, s in members],
            "member_sigs": [claim_sig(m.measure, m.value, m.start, m.end) for m, _, _ in members],
            "components": names,
            "parts": {name: v for name, v in zip(names, values, strict=True)},
            "total": total,
        },
    }


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _add(conn: Connection, req: ReviewRequest) -> dict[str, Any]:
    if not req.document:
        raise ReviewError("add needs the document (--document ID)")
    doc_id = q.resolve_document_id(conn, req.document)
    text = conn.execute(select(DocumentRow.text).where(DocumentRow.id == doc_id)).scalar_one()
    start, end = req.start, req.end
    if req.evidence and req.evidence.strip() and end is None:
        start, end = _locate(text, req.evidence.strip(), start)
    if start is None or end is None:
        raise ReviewError("add needs the evidence span: --start and --end (offsets in the document text)")
    if not 0 <= start < end <= len(text):
        raise ReviewError(f"evidence {start}-{end} is not inside the document text (0-{len(text)})")
    if not text[start:end].strip():
        raise ReviewError(f"evidence {start}-{end} is blank")
    fields = clean_changes({k: v for k, v in req.fields.items()})
    if not fields.get("measure"):
        raise ReviewError("add needs a measure")
    if fields.get("value") is None:
        raise ReviewError("add needs a value")
    return {
        "document_id": doc_id,
        **{k: fields.get(k) for k in CORRECTABLE},
        "sentence": evidence_sentence(text, start, end),
        "start": start,
        "end": end,
        "attrs": {"evidence": text[start:end]},
    }


def _locate(text: str, words: str, after: int | None) -> tuple[int, int]:
    """Where the evidence words stand in the text: once, or first at or after ``after``."""
    at = text.find(words, after or 0)
    if at < 0:
        raise ReviewError("the evidence is not in the document text (copy it exactly as it stands)")
    if after is None and text.find(words, at + 1) >= 0:
        raise ReviewError("the evidence occurs more than once in the text: give more words, or its start")
    return at, at + len(words)


def _undo(conn: Connection, req: ReviewRequest) -> dict[str, Any]:
    ref = (req.target or "").strip().lower()
    if len(ref) < 6:
        raise ReviewError("undo needs the event id (6 or more of its first digits, from review log)")
    stmt = select(ReviewRow.id, ReviewRow.document_id).where(ReviewRow.id.startswith(ref, autoescape=True))
    rows = conn.execute(stmt.limit(2)).all()
    if not rows:
        raise NotFoundError("no such review event", input=ref)
    if len(rows) > 1:
        raise ReviewError(f"event prefix {ref} matches more than one event; give more digits")
    target_id, doc = rows[0]
    events = events_of(conn, [doc]).get(doc, [])
    target = next(e for e in events if e.id == target_id)
    if target.undone:
        raise ReviewError(f"event {target_id[:8]} is undone already")
    return {
        "action": "undo",
        "document_id": doc,
        "claim_seq": target.claim_seq,
        "claim_sig": target.claim_sig,
        "target": target_id,
        "before": {"action": target.action, "in_force": True},
        "after": {"action": target.action, "in_force": False},
    }


__all__ = ["ReviewRequest", "events_of", "log", "reviewed_claims", "write"]
