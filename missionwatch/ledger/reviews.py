"""Review events: what people decided about the machine's claims, and the record they give.

A review never changes a claim row. It is an event beside it (table ``reviews``, migration 0004),
written once and never updated; undo is one more event. ``apply_reviews`` turns the machine's
claims and the events into the reviewed record reconciliation reads:

- ``reject``: the claim leaves the record (a reason is required);
- ``accept``: the claim stays as read, marked accepted (a later accept undoes a reject);
- ``correct``: some of value, unit, qualifier, subject, measure, mission and as-of replace the
  machine's (kept in ``attrs["review"]["machine"]``);
- ``pin``: the claim's value is the official figure — it wins over the ordered rules;
- ``group``: claims of one document are the components of a total (170 soldiers + 30 police =
  200 pledged): the total enters as a claim of kind ``review`` and the members stay as components;
- ``add``: a fact the extractor missed, with its evidence span in the document's text, enters as a
  claim of kind ``review``;
- ``undo``: the named event stops applying (undoing an undo applies it again).

Claims are named by document and place (``claim_seq``) because claim row ids change on import;
``claim_sig`` ties an event to what the claim said, so an event whose claim was re-extracted into
something else is ignored (``stale``) rather than applied to the wrong figure.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from missionwatch.models import MEASURES, Claim, StoredClaim, date_precision

Action = Literal["accept", "reject", "correct", "pin", "group", "add", "undo"]
ACTIONS: tuple[str, ...] = ("accept", "reject", "correct", "pin", "group", "add", "undo")
CORRECTABLE: tuple[str, ...] = ("value", "unit", "qualifier", "subject", "measure", "mission", "as_of")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
REVIEW_EXTRACTOR = "review"  # the ``extractor`` of claims people added or totals they grouped
MAX_REASON = 2000
MAX_EDITOR = 100


class ReviewError(ValueError):
    """A review that cannot be written: the message names what is wrong, in one line."""


class ReviewEvent(BaseModel):
    """One event of the audit log: who, when, what, before/after, why."""

    id: str = Field(description="Stable event id (32 hex digits)")
    seq: int | None = Field(default=None, description="Order of writing in this ledger")
    at: datetime
    editor: str
    action: Action
    document_id: str
    claim_seq: int | None = Field(default=None, description="The claim's place in its document")
    claim_sig: str | None = None
    target: str | None = Field(default=None, description="The event an undo undoes")
    reason: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    claim_id: int | None = Field(
        default=None, description="The claim's current row id (None when it is gone or re-extracted)"
    )
    member_ids: list[int | None] | None = Field(
        default=None, description="A group's member claims' current row ids (reads only)"
    )
    undone: bool = Field(default=False, description="Undone by a later event (reads only)")


# -- naming claims ----------------------------------------------------------------------------
def claim_sig(measure: str, value: Any, start: int, end: int) -> str:
    """What a claim said, hashed: its measure, value and evidence span."""
    raw = json.dumps([measure, str(value), start, end], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def new_event_id() -> str:
    return uuid.uuid4().hex


# -- checking what a person typed -------------------------------------------------------------
def _date(value: Any, name: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    if date_precision(text) is None:
        raise ReviewError(f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    if len(text) == 10:
        try:
            datetime.strptime(text, "%Y-%m-%d")
        except ValueError:
            raise ReviewError(f"{name}: {text} is not a day of the calendar") from None
    return text


def parse_value(value: Any) -> int | float | str | None:
    """A value as typed ('200', '1,500', '2.5', 'Kenya') → 200, 1500, 2.5, 'Kenya'."""
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    text = str(value).strip()
    if not text:
        return None
    plain = text.replace(",", "").replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"-?\d+", plain):
        return int(plain)
    if re.fullmatch(r"-?\d+\.\d+", plain):
        return float(plain)
    return text


def clean_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a correction, checked: known names, a known measure and qualifier, real dates.

    An empty text means "no value" (None); fields left out are not part of the correction.
    """
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(unknown)} (choose from {', '.join(CORRECTABLE)})")
    out: dict[str, Any] = {}
    for name in CORRECTABLE:
        if name not in changes:
            continue
        raw = changes[name]
        if name == "value":
            out[name] = parse_value(raw)
        elif name == "as_of":
            out[name] = _date(raw, "as_of")
        else:
            text = None if raw is None else str(raw).strip() or None
            if text is not None and len(text) > 200:
                raise ReviewError(f"{name}: longer than 200 characters")
            if name == "measure" and text not in MEASURES:
                raise ReviewError(f"measure: {text!r} is not a known measure (missionwatch kb measures)")
            if name == "qualifier" and text is not None and text not in QUALIFIERS:
                raise ReviewError(f"qualifier: choose one of {', '.join(QUALIFIERS)}, not {text!r}")
            if name == "mission" and text is not None:
                text = text.upper()
            out[name] = text
    return out


def check_text(value: str | None, name: str, limit: int) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    if len(text) > limit:
        raise ReviewError(f"{name}: longer than {limit} characters")
    return text or None


def evidence_sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a span of the document's text, for an added fact's evidence."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "? ", "! ")))
    first = 0 if left < 0 else left + (1 if text[left] == "\n" else 2)
    ends = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "? ", "! "))) if i >= 0]
    last = min(ends) + 1 if ends else len(text)
    if last < len(text) and text[last - 1] == "\n":
        last -= 1
    return text[first:last].strip()


# -- from events to the reviewed record -------------------------------------------------------
@dataclass
class ClaimReview:
    """Where the events leave one claim."""

    status: str | None = None  # accepted | rejected
    status_by: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    machine: dict[str, Any] = field(default_factory=dict)
    corrected_by: str | None = None
    pinned_by: str | None = None
    grouped: str | None = None  # the group event the claim is a member of
    component: str | None = None
    events: list[str] = field(default_factory=list)

    def touched(self) -> bool:
        return bool(self.status or self.changes or self.pinned_by or self.grouped)


def active(events: Sequence[ReviewEvent]) -> list[ReviewEvent]:
    """The events still in force, in order of writing: every undone event left out (an undo of an
    undo puts its target back). Marks ``undone`` on the events given."""
    cancelled: set[str] = set()
    for e in events:  # in order of writing
        if e.action == "undo" and e.target:
            target = next((t for t in events if t.id == e.target), None)
            if target is not None and target.action == "undo" and target.target:
                cancelled.discard(target.target)
                cancelled.add(target.id)
            else:
                cancelled.add(e.target)
    for e in events:
        e.undone = e.id in cancelled
    return [e for e in events if e.id not in cancelled and e.action != "undo"]


def claim_states(events: Sequence[ReviewEvent]) -> dict[int, ClaimReview]:
    """Each reviewed claim (by current row id) and where the events in force leave it."""
    states: dict[int, ClaimReview] = {}
    for e in active(events):
        if e.action == "add":
            continue
        after = e.after or {}
        if e.action == "group":
            for member_id, component in zip(e.member_ids or [], after.get("components") or [], strict=False):
                if member_id is not None:
                    st = states.setdefault(member_id, ClaimReview())
                    st.grouped, st.component = e.id, component
                    st.events.append(e.id)
            continue
        if e.claim_id is None:
            continue
        st = states.setdefault(e.claim_id, ClaimReview())
        st.events.append(e.id)
        if e.action in ("accept", "reject"):
            st.status, st.status_by = ("accepted" if e.action == "accept" else "rejected"), e.editor
        elif e.action == "correct":
            for name, value in after.items():
                if name in CORRECTABLE:
                    st.changes[name] = value
            for name, value in (e.before or {}).items():
                st.machine.setdefault(name, value)
            st.corrected_by = e.editor
        elif e.action == "pin":
            st.pinned_by = e.editor
    return states


def _review_attrs(c: StoredClaim, **info: Any) -> dict[str, Any]:
    attrs = dict(c.attrs or {})
    attrs["review"] = {**(attrs.get("review") or {}), **{k: v for k, v in info.items() if v is not None}}
    return attrs


def _corrected(c: StoredClaim, st: ClaimReview) -> StoredClaim:
    update: dict[str, Any] = dict(st.changes)
    if "as_of" in update:
        update["as_of_precision"] = date_precision(update["as_of"])
    attrs = _review_attrs(
        c,
        status=st.status,
        corrected_by=st.corrected_by,
        pinned_by=st.pinned_by,
        machine={k: getattr(c, k) for k in st.changes} or None,
        events=st.events,
    )
    if st.grouped:
        attrs["grouped"] = st.grouped
        if st.component:
            attrs["component"] = st.component
    update["attrs"] = attrs
    return c.model_copy(update=update)


def _new_claim(template: Mapping[str, Any], fields: Mapping[str, Any], **extra: Any) -> StoredClaim:
    data = {k: v for k, v in fields.items() if k in Claim.model_fields}
    data.update(extra)
    data.setdefault("as_of_precision", date_precision(data.get("as_of")))
    return StoredClaim(**{**template, **data})


def apply_reviews(
    claims: Iterable[StoredClaim],
    events: Sequence[ReviewEvent],
    documents: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[StoredClaim]:
    """The reviewed record: the machine's claims with the events in force applied (see the module
    docstring), then the claims people added and the totals they grouped, in event order.

    ``events`` are those of the documents of ``claims``, in order of writing, with ``claim_id``
    (and a group's ``member_ids``) resolved to current row ids; ``documents`` gives each
    document's ``cluster_id``, ``published``, ``outlet``, ``url`` and ``title`` for new claims.
    Claims are copies; the objects given are never modified.
    """
    if not events:
        return list(claims)
    states = claim_states(events)
    out: list[StoredClaim] = []
    for c in claims:
        st = states.get(c.id) if c.id is not None else None
        if st is None or not st.touched():
            out.append(c)
        elif st.status != "rejected":
            out.append(_corrected(c, st))
    documents = documents or {}
    for e in active(events):
        if e.action not in ("add", "group") or not e.after:
            continue
        if e.action == "group" and not any(m is not None for m in e.member_ids or []):
            continue  # every member is gone (re-extracted): the total no longer stands on anything
        meta = documents.get(e.document_id) or {}
        template = {"document_id": e.document_id, **{k: meta.get(k) for k in DOC_KEYS}}
        how = "added_by" if e.action == "add" else "corrected_by"
        fields = e.after["claim"] if e.action == "add" else e.after["total"]
        extra: dict[str, Any] = {
            "id": None,
            "extractor": REVIEW_EXTRACTOR,
            "extractor_version": "1",
            "confidence": 1.0,
            "rule": "added by review" if e.action == "add" else "group of components",
        }
        attrs = dict(fields.get("attrs") or {})
        attrs["review"] = {how: e.editor, "events": [e.id]}
        if e.action == "group":
            attrs["components"] = e.after.get("parts") or {}
        extra["attrs"] = attrs
        out.append(_new_claim(template, fields, **extra))
    return out


DOC_KEYS = ("cluster_id", "published", "outlet", "url", "title")


def review_of(c: Claim) -> dict[str, Any]:
    """The review marks a reviewed claim carries (empty for a claim nobody reviewed)."""
    found = (c.attrs or {}).get("review")
    return found if isinstance(found, dict) else {}


def claim_fields(c: Claim) -> dict[str, Any]:
    """The correctable fields of a claim, as the audit log records them."""
    return {name: getattr(c, name) for name in CORRECTABLE}
