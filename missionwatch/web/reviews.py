"""Reviews on the web: the queue, a claim's review page with its forms and audit log, and the API.

Pages (server-rendered, no script; every form a plain POST that redirects back):
``/review`` (the queue) and ``/claims/{id}/review`` (the evidence sentence highlighted beside the
forms: accept, reject, correct, pin, group, add a missed fact, undo; the claim's audit log).

API: ``GET /api/v1/review/queue``, ``GET /api/v1/reviews`` (the audit log),
``GET /api/v1/claims/{id}/reviews`` (the claim, as stored and as reviewed, with its events),
``POST /api/v1/claims/{id}/reviews`` (one action on the claim) and ``POST /api/v1/reviews`` (any
action, including ``add`` and ``undo``). Every write goes through ``web.editor.current_editor``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from missionwatch.errors import MissionWatchError
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.ledger.reviews import CORRECTABLE, QUALIFIERS, ReviewEvent, review_of
from missionwatch.models import MEASURES, StoredClaim
from missionwatch.reconcile.review_queue import QueueItem, review_queue
from missionwatch.web.api import Limit, Offset, Svc, Text, next_page
from missionwatch.web.editor import current_editor
from missionwatch.web.errors import ApiError, ErrorBody
from missionwatch.web.render import render_page, twin_of
from missionwatch.web.schemas import ClaimOut, DocumentOut, Page
from missionwatch.web.service import claim_out, document_out

api_router = APIRouter(prefix="/api/v1", responses={s: {"model": ErrorBody} for s in (404, 422, 500)})
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Editor = Annotated[str, Depends(current_editor)]
ClaimId = Annotated[int, Path(ge=1, le=2**62, description="The claim's id")]


class ReviewIn(BaseModel):
    """One action on a claim (the claim is the one in the path)."""

    action: str = Field(description="accept, reject, correct, pin or group")
    reason: str | None = Field(default=None, max_length=2000, description="Why (required to reject)")
    changes: dict[str, Any] = Field(default_factory=dict, description="correct: the fields that change")
    members: list[int] = Field(default_factory=list, description="group: the other components' claim ids")
    components: list[str] = Field(default_factory=list, description="group: a name per component")
    total: dict[str, Any] = Field(default_factory=dict, description="group: the total's value, measure…")


class Evidence(BaseModel):
    """The sentence around a claim's evidence, cut where the evidence starts and ends."""

    before: str
    text: str
    after: str


class ClaimReviews(BaseModel):
    """A claim as the machine read it, as the reviews leave it, and every event on it."""

    claim: ClaimOut
    reviewed: StoredClaim | None = Field(description="The claim as reviewed; null when rejected")
    status: str = Field(description="unreviewed, accepted, rejected, corrected, pinned or grouped")
    events: list[ReviewEvent]
    document: DocumentOut
    evidence: Evidence | None = None
    siblings: list[ClaimOut] = Field(
        default_factory=list, description="The other claims of the same sentence (to group with)"
    )
    review: str = Field(description="Path of the claim's review page")


class QueueOut(QueueItem):
    review: str = Field(description="Path of the claim's review page")


def _status(reviewed: StoredClaim | None) -> str:
    if reviewed is None:
        return "rejected"
    mark = review_of(reviewed)
    for key, name in (("pinned_by", "pinned"), ("corrected_by", "corrected")):
        if mark.get(key):
            return name
    if reviewed.attrs.get("grouped"):
        return "grouped"
    return str(mark.get("status") or "unreviewed")


def _evidence(text: str, start: int, end: int) -> Evidence | None:
    if not 0 <= start < end <= len(text):
        return None
    cuts = [text.rfind(mark, 0, start) for mark in ("\n", ". ", "? ", "! ")]
    first = max((c + (1 if text[c] == "\n" else 2) for c in cuts if c >= 0), default=0)
    ends = [i for i in (text.find(m, end) for m in ("\n", ". ", "? ", "! ")) if i >= 0]
    last = min(ends) + 1 if ends else len(text)
    return Evidence(before=text[first:start], text=text[start:end], after=text[end:last].rstrip("\n"))


def claim_reviews(svc: Any, claim_id: int) -> ClaimReviews:
    claim = svc.ledger.claim(claim_id)
    try:
        reviewed: StoredClaim | None = svc.ledger.claim(claim_id, reviewed=True)
    except MissionWatchError:
        reviewed = None
    events, _ = svc.ledger.reviews(claim_id=claim_id, limit=None)
    doc = svc.ledger.document(claim.document_id)
    return ClaimReviews(
        claim=claim_out(claim),
        reviewed=reviewed,
        status=_status(reviewed),
        events=events,
        document=document_out(doc),
        evidence=_evidence(doc.text, claim.start, claim.end),
        siblings=[
            claim_out(c)
            for c in svc.ledger.claims(document_id=claim.document_id)
            if c.sentence == claim.sentence and c.id != claim.id
        ],
        review=f"/claims/{claim_id}/review",
    )


def _queue(svc: Any, mission: str | None) -> list[QueueItem]:
    from missionwatch.reconcile.materialized import stored_facts

    def make() -> list[QueueItem]:
        missions = [svc.mission(mission).code] if mission else None
        return review_queue(stored_facts(svc.ledger, missions=missions))

    return svc.cache.get(("review-queue", mission, svc.version()), make)


async def _write(svc: Any, request: ReviewRequest, editor: str) -> ReviewEvent:
    def run() -> ReviewEvent:
        try:
            return svc.ledger.review(request, editor=editor)
        except ValueError as exc:  # ReviewError: the request does not hold
            raise ApiError(422, " ".join(str(exc).split()), "bad_input") from exc
        finally:
            svc.changed()

    return await run_in_threadpool(run)


# -- API --------------------------------------------------------------------------------------
@api_router.get("/review/queue", summary="Unreviewed claims most worth a look first, with the reasons")
def queue(
    request: Request, svc: Svc, mission: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Page[QueueOut]:
    items = _queue(svc, mission or None)
    page = [QueueOut(**i.model_dump(), review=f"/claims/{i.claim.id}/review") for i in items]
    return Page(
        items=page[offset : offset + limit],
        total=len(page),
        limit=limit,
        offset=offset,
        next=next_page(request, offset, limit, len(page)),
    )


@api_router.get("/reviews", summary="The audit log: every review event, newest first")
def reviews(
    request: Request,
    svc: Svc,
    editor: Text = None,
    action: Annotated[str | None, Query(pattern=r"^(accept|reject|correct|pin|group|add|undo)$")] = None,
    document: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-f]+$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ReviewEvent]:
    events, total = svc.ledger.reviews(
        editor=editor or None, action=action, document_id=document, limit=limit, offset=offset
    )
    return Page(
        items=events, total=total, limit=limit, offset=offset, next=next_page(request, offset, limit, total)
    )


@api_router.get("/claims/{claim_id}/reviews", summary="A claim as read and as reviewed, with its audit log")
def claim_review_detail(svc: Svc, claim_id: ClaimId) -> ClaimReviews:
    return claim_reviews(svc, claim_id)


@api_router.post(
    "/claims/{claim_id}/reviews",
    status_code=201,
    summary="Review a claim: accept, reject, correct, pin or group (needs an editor)",
    responses={s: {"model": ErrorBody} for s in (400, 401, 403)},
)
async def review_claim(
    svc: Svc, claim_id: ClaimId, body: Annotated[ReviewIn, Body()], editor: Editor
) -> ReviewEvent:
    if body.action not in ("accept", "reject", "correct", "pin", "group"):
        raise ApiError(
            422, f"action {body.action!r} is not one on a claim: POST /api/v1/reviews", "bad_input"
        )
    return await _write(svc, ReviewRequest(**body.model_dump(), claim_id=claim_id), editor)


@api_router.post(
    "/reviews",
    status_code=201,
    summary="Write any review event, add (a missed fact) and undo included (needs an editor)",
    responses={s: {"model": ErrorBody} for s in (400, 401, 403)},
)
async def review_any(svc: Svc, body: Annotated[ReviewRequest, Body()], editor: Editor) -> ReviewEvent:
    return await _write(svc, body, editor)


# -- pages ------------------------------------------------------------------------------------
@page_router.get("/review")
def queue_page(
    request: Request, svc: Svc, mission: Text = None, limit: Limit = 50, offset: Offset = 0
) -> HTMLResponse:
    page = queue(request, svc, mission or None, limit, offset)
    html = render_page(
        request,
        "review_queue.html",
        {"page": page, "mission": mission or "", "missions": svc.missions()},
        twin=twin_of(request, "/api/v1/review/queue"),
    )
    return HTMLResponse(html)


def change_text(e: ReviewEvent) -> tuple[str, str]:
    """An event's before and after as a reader scans them in the audit log."""
    before, after = e.before or {}, e.after or {}

    def fields(d: dict[str, Any]) -> str:
        return ", ".join(f"{k} {v}" for k, v in d.items() if k in CORRECTABLE)

    if e.action == "correct":
        return fields(before), fields(after)
    if e.action in ("accept", "reject"):
        return str(before.get("status", "")), str(after.get("status", ""))
    if e.action == "pin":
        return "", f"pinned {after.get('value')}"
    if e.action == "group":
        parts = " + ".join(f"{v} {k}" for k, v in (after.get("parts") or {}).items())
        total = after.get("total") or {}
        return ", ".join(
            str(m.get("value")) for m in before.get("members", [])
        ), f"{parts} = {total.get('value')}"
    if e.action == "add":
        claim = after.get("claim") or {}
        return "", f"{fields(claim)}; evidence “{(claim.get('attrs') or {}).get('evidence', '')}”"
    return f"{before.get('action')} in force", f"{after.get('action')} undone"


def _claim_page(request: Request, svc: Any, claim_id: int, *, error: str | None = None) -> HTMLResponse:
    detail = claim_reviews(svc, claim_id)
    html = render_page(
        request,
        "claim_review.html",
        {
            "d": detail,
            "error": error,
            "done": request.query_params.get("done", "")[:12],
            "fields": CORRECTABLE,
            "qualifiers": QUALIFIERS,
            "measure_names": sorted(MEASURES),
            "change": change_text,
        },
        twin=f"/api/v1/claims/{claim_id}/reviews",
    )
    return HTMLResponse(html, status_code=422 if error else 200)


@page_router.get("/claims/{claim_id}/review")
def claim_page(request: Request, svc: Svc, claim_id: ClaimId) -> HTMLResponse:
    return _claim_page(request, svc, claim_id)


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]


def form_request(claim: StoredClaim, form: dict[str, str]) -> ReviewRequest:
    """A review form's fields as a request (every form of the claim page posts here)."""
    action = form.get("action", "")
    reason = form.get("reason") or None
    if action == "correct":
        changes = {k: form[k] for k in CORRECTABLE if k in form and form[k] != _shown(getattr(claim, k))}
        return ReviewRequest(action=action, claim_id=claim.id, changes=changes, reason=reason)
    if action == "group":
        try:
            members = [int(m) for m in _split(form.get("members", ""))]
        except ValueError:
            raise ApiError(422, "members: give claim ids separated by commas", "bad_input") from None
        total = {k: form[k] for k in ("value", "measure", "subject") if form.get(k)}
        return ReviewRequest(
            action=action,
            claim_id=claim.id,
            members=members,
            components=_split(form.get("components", "")),
            total=total,
            reason=reason,
        )
    if action == "add":
        fields = {k: form[k] for k in CORRECTABLE if form.get(k)}
        start = form.get("start") or None
        return ReviewRequest(
            action=action,
            document=claim.document_id,
            evidence=form.get("evidence") or None,
            start=int(start) if start and start.isdecimal() else None,
            fields=fields,
            reason=reason,
        )
    if action == "undo":
        return ReviewRequest(action=action, target=form.get("target") or None, reason=reason)
    return ReviewRequest(action=action, claim_id=claim.id, reason=reason)


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


@page_router.post("/claims/{claim_id}/review", response_model=None)
async def claim_form(
    request: Request, svc: Svc, claim_id: ClaimId, editor: Editor
) -> HTMLResponse | RedirectResponse:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    detail = await run_in_threadpool(claim_reviews, svc, claim_id)
    shown = detail.reviewed or detail.claim
    try:
        event = await _write(svc, form_request(shown, form), editor)
    except (ApiError, MissionWatchError) as exc:  # refused, or a target or document not found
        message = str(exc.detail) if isinstance(exc, ApiError) else str(exc)
        return await run_in_threadpool(lambda: _claim_page(request, svc, claim_id, error=message))
    return RedirectResponse(f"/claims/{claim_id}/review?done={event.id[:8]}", status_code=303)
