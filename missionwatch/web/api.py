"""The JSON API under ``/api/v1``: read-only lists and details, paginated, plus one guarded write.

Reads take their filters as query parameters (validated by FastAPI; a bad one is a 422 in the
one error shape). ``POST /api/v1/documents`` stores a document for an editor or an admin: a
session (with its CSRF token), a user's API token, or the instance's ``MISSIONWATCH_TOKEN``
(``web/auth.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import AfterValidator, BaseModel

from missionwatch.accounts import Principal
from missionwatch.errors import NotFoundError
from missionwatch.reconcile import Conflict, TimelinePoint
from missionwatch.report.alerts import Alert
from missionwatch.web.auth import require_editor
from missionwatch.web.errors import ErrorBody
from missionwatch.web.schemas import (
    MAX_LIMIT,
    ClaimOut,
    DocumentDetail,
    DocumentOut,
    FactOut,
    IngestIn,
    IngestOut,
    MissionOut,
    Overview,
    Page,
    ResolutionOut,
    SearchOut,
)
from missionwatch.web.service import Service, claim_out, document_out, give_back_memory

DATE = r"^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
ERRORS: dict[int | str, dict[str, Any]] = {status: {"model": ErrorBody} for status in (404, 422, 500)}

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Items to skip")]
After = Annotated[
    int | None,
    Query(
        ge=0,
        le=2**62,
        description="Keyset paging: items after this id (start with 0; `next` then carries the last id "
        "of the page, so a deep page costs what the first does)",
    ),
]


Cursor = Annotated[
    str | None,
    Query(
        max_length=200,
        description="Keyset paging: items after the one of this id (empty: from the start; `next` "
        "then carries the last id of the page, so a deep page costs what the first does)",
    ),
]


# What the spec promises, exactly: a real day of 1900–2099 (leap days of leap years only), so a
# client generating from the spec never sends a date the server refuses.
DATE_EXACT = (
    r"^(?:(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?"
    r"|(?:19|20)\d\d-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
    r"|(?:0[13578]|1[02])-31)"
    r"|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26]))-02-29)$"
)


def real_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists: 2024-02-30 is refused (422), not a 500."""
    if value is None:
        return None
    if not re.fullmatch(DATE, value):
        raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value} is not a day of the calendar") from None
    return value


DateParam = Annotated[
    str | None,
    Query(
        max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD", json_schema_extra={"pattern": DATE_EXACT}
    ),
    AfterValidator(real_date),
]
Text = Annotated[str | None, Query(max_length=200)]

router = APIRouter(prefix="/api/v1", responses=ERRORS)


CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/csv": {"schema": {"type": "string"}}},
        "description": "The page; as CSV with ?format=csv or Accept: text/csv",
    }
}
Fmt = Annotated[
    str | None,
    Query(
        alias="format",
        pattern=r"^(json|csv)$",
        description="csv for a spreadsheet (or send Accept: text/csv)",
    ),
]


def wants_csv(request: Request, fmt: str | None) -> bool:
    """``?format=csv``, or ``Accept: text/csv`` on an API path without ``?format=json``."""
    if fmt is not None:
        return fmt == "csv"
    return request.url.path.startswith("/api/") and "text/csv" in request.headers.get("accept", "")


def csv_response(
    request: Request, items: list[Any], name: str, model: type[BaseModel] | None = None
) -> Response:
    """The items of a list as CSV (one row each; nested values as JSON), for a spreadsheet; the
    columns are the item model's fields, so an empty list still has its header."""
    from fastapi.encoders import jsonable_encoder

    from missionwatch.report.tables import csv_text

    header = list(model.model_fields) if model is not None else None
    return Response(
        csv_text(jsonable_encoder(items), header),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{name}.csv"', "Vary": "Accept"},
    )


def service(request: Request) -> Service:
    return request.app.state.service


Svc = Annotated[Service, Depends(service)]


def next_page(request: Request, offset: int, limit: int, total: int) -> str | None:
    if offset + limit >= total:
        return None
    params = dict(request.query_params)
    params["offset"] = str(offset + limit)
    params["limit"] = str(limit)
    return f"{request.url.path}?{urlencode(params)}"


def next_after(request: Request, last: int | str | None) -> str | None:
    """The keyset ``next`` link: the same query, after the last item's id (None: no more)."""
    if last is None:
        return None
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    params["after"] = str(last)
    return f"{request.url.path}?{urlencode(params)}"


def cached_json(request: Request, svc: Service, make: Callable[[], BaseModel]) -> Response:
    """A page's JSON body, kept per URL (path and query), day and ledger version: a warm facts,
    conflicts, timelines or alerts page was validated against its model and serialised again on
    every request, a few milliseconds each that eight clients queued behind on one worker
    (bench/serve.md, fifth round). A write changes the version, so no body outlives its data."""
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())), date.today(), svc.version())
    body = svc.responses.get_many([key]).get(key)
    if body is None:
        body = make().model_dump_json().encode()
        svc.responses.put_many({key: body})
        give_back_memory()  # the page's models, built and dropped
    return Response(body, media_type="application/json")


def cached_csv(request: Request, svc: Service, make: Callable[[], list[Alert]]) -> Response:
    """An alert page as CSV (``csv_response``), its body kept as ``cached_json`` keeps a page's
    JSON: a warm CSV page was encoded again on every request."""
    key = (
        "csv",
        request.url.path,
        tuple(sorted(request.query_params.multi_items())),
        date.today(),
        svc.version(),
    )
    body = svc.responses.get_many([key]).get(key)
    if body is None:
        body = csv_response(request, make(), "alerts", Alert).body
        svc.responses.put_many({key: body})
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="alerts.csv"', "Vary": "Accept"},
    )


def page_of(
    request: Request, items: list, limit: int, offset: int, after: str | None, key: Callable[[Any], str]
) -> tuple[list, str | None]:
    """The page of a list computed in full and its ``next`` link: by ``offset``, or by keyset
    (``after``: the items following the one whose ``key`` it is; empty, from the start). A cursor
    whose item is no longer listed (the ledger changed it) is a 404 asking to start again."""
    if after is None:
        return items[offset : offset + limit], next_page(request, offset, limit, len(items))
    start = 0
    if after:
        at = next((i for i, item in enumerate(items) if key(item) == after), None)
        if at is None:
            raise NotFoundError(f"no item {after!r} in this list any more: start again", input=after)
        start = at + 1
    page = items[start : start + limit]
    more = start + limit < len(items) and bool(page)
    return page, next_after(request, key(page[-1]) if more else None)


def paginate(
    request: Request,
    items: list,
    limit: int,
    offset: int,
    fmt: str | None = None,
    name: str = "items",
    model: type[BaseModel] | None = None,
    after: str | None = None,
    key: Callable[[Any], str] = lambda item: str(item.id),
) -> Any:
    """A page of a list computed in full (facts, conflicts, alerts are derived, not stored); as CSV
    when asked (``?format=csv`` or ``Accept: text/csv``)."""
    page, following = page_of(request, items, limit, offset, after, key)
    if wants_csv(request, fmt):
        return csv_response(request, page, name, model)
    return Page(items=page, total=len(items), limit=limit, offset=offset, next=following)


@router.get("/missions", summary="Missions in the knowledge base")
def missions(svc: Svc) -> list[MissionOut]:
    return svc.missions()


@router.get(
    "/missions/{code}", summary="A mission's overview: its briefing and chart specs", response_model=Overview
)
def mission(
    svc: Svc, code: Annotated[str, Path(max_length=40)], as_of: DateParam = None, since: DateParam = None
) -> Response:
    # the serialised overview is cached: a big briefing costs more to validate than to look up
    brief = svc.briefing(code, as_of, since)
    body = svc.rendered(
        "overview.json",
        brief,
        lambda: (
            Overview(
                briefing=brief,
                charts=svc.overview_specs(brief),
            )
            .model_dump_json()
            .encode()
        ),
    )
    return Response(body, media_type="application/json")


@router.get(
    "/claims",
    summary="Claims, filtered by mission, measure, subject, dates and document",
    response_model=Page[ClaimOut],
    responses=CSV_RESPONSE,
)
def claims(
    request: Request,
    svc: Svc,
    mission: Text = None,
    measure: Annotated[
        str | None, Query(max_length=60, description="exact, or a family: personnel.*")
    ] = None,
    subject: Text = None,
    since: DateParam = None,
    until: DateParam = None,
    document: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-f]+$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    after: After = None,
    fmt: Fmt = None,
) -> Page[ClaimOut] | Response:
    filters = dict(
        mission=mission, measure=measure, subject=subject, since=since, until=until, document_id=document
    )
    if wants_csv(request, fmt):
        return csv_response(
            request, claims_page(request, svc, filters, limit, offset, after).items, "claims", ClaimOut
        )
    return cached_json(request, svc, lambda: claims_page(request, svc, filters, limit, offset, after))


def claims_page(
    request: Request, svc: Service, filters: dict[str, Any], limit: int, offset: int, after: int | None = None
) -> Page[ClaimOut]:
    """A page of ``/claims`` (the API's and the HTML page's). The API keeps its JSON per URL and
    ledger version (``cached_json``): a warm list ran its query and serialised fifty claims on every
    request, 3-5 ms that eight clients queued behind on one worker (bench/serve.md, sixth round)."""
    total = svc.count("claims", filters, svc.ledger.count_claims)
    found = svc.ledger.claims(**filters, limit=limit, offset=offset, after=after)
    items = [claim_out(c) for c in found]
    if after is None:
        following = next_page(request, offset, limit, total)
    else:  # keyset: the next page starts after this page's last claim
        following = next_after(request, found[-1].id if len(found) == limit else None)
    return Page(items=items, total=total, limit=limit, offset=offset, next=following)


@router.get(
    "/documents",
    summary="Documents, newest first, with full-text search (q)",
    response_model=Page[DocumentOut],
    responses=CSV_RESPONSE,
)
def documents(
    request: Request,
    svc: Svc,
    q: Text = None,
    outlet: Text = None,
    since: DateParam = None,
    until: DateParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
    after: Cursor = None,
    fmt: Fmt = None,
) -> Page[DocumentOut] | Response:
    filters = dict(outlet=outlet, since=since, until=until, search=q or None)
    total = svc.count("documents", filters, svc.ledger.count_documents)
    found = svc.ledger.documents(**filters, limit=limit, offset=offset, after=after or None)
    items = [document_out(d) for d in found]
    if wants_csv(request, fmt):
        return csv_response(request, items, "documents", DocumentOut)
    if after is None:
        following = next_page(request, offset, limit, total)
    else:  # keyset: the next page starts after this page's last document
        following = next_after(request, found[-1].id if len(found) == limit else None)
    return Page(items=items, total=total, limit=limit, offset=offset, next=following)


@router.get("/documents/{document_id}", summary="One document with its text, claims and highlighted runs")
def document(svc: Svc, document_id: Annotated[str, Path(max_length=64)]) -> DocumentDetail:
    return svc.document(document_id)


@router.post(
    "/documents",
    status_code=201,
    summary="Store a document (text or URL); needs an editor (session or bearer token)",
    responses={s: {"model": ErrorBody} for s in (400, 401, 403, 413)},
)
async def ingest(
    svc: Svc, body: Annotated[IngestIn, Body()], _who: Annotated[Principal, Depends(require_editor)]
) -> IngestOut:
    from missionwatch.sources.base import check_encodable

    for field, value in body.model_dump().items():  # a lone surrogate is bad input (422), not a 500
        check_encodable(value, "api", field)
    results = await run_in_threadpool(svc.ingest, body)
    return IngestOut(documents=results)


@router.get(
    "/facts",
    summary="Reconciled facts (best, low, high, sources, decided_by, conflict)",
    response_model=Page[FactOut],
    responses=CSV_RESPONSE,
)
def facts(
    request: Request,
    svc: Svc,
    mission: Text = None,
    measure: Text = None,
    subject: Text = None,
    as_of: DateParam = None,
    latest: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
    after: Cursor = None,
    fmt: Fmt = None,
) -> Page[FactOut] | Response:
    def listed() -> tuple[int, list[FactOut], str | None]:
        return svc.facts_page(
            mission=mission,
            measure=measure,
            subject=subject,
            as_of=as_of,
            latest=latest,
            page=lambda found: page_of(request, found, limit, offset, after, lambda f: str(f.id)),
        )

    if wants_csv(request, fmt):
        return csv_response(request, listed()[1], "facts", FactOut)

    def make() -> Page[FactOut]:
        total, items, following = listed()
        return Page[FactOut](items=items, total=total, limit=limit, offset=offset, next=following)

    return cached_json(request, svc, make)


@router.get(
    "/conflicts",
    summary="Facts whose sources disagree, side by side with their evidence",
    response_model=Page[dict],
    responses=CSV_RESPONSE,
)
def conflicts(
    request: Request,
    svc: Svc,
    mission: Text = None,
    as_of: DateParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
    after: Cursor = None,
    fmt: Fmt = None,
) -> Page[dict] | Response:
    if wants_csv(request, fmt):
        return csv_response(
            request,
            conflicts_page(request, svc, mission, as_of, limit, offset, after).items,
            "conflicts",
            Conflict,
        )
    return cached_json(
        request, svc, lambda: conflicts_page(request, svc, mission, as_of, limit, offset, after)
    )


def conflicts_page(
    request: Request,
    svc: Service,
    mission: str | None,
    as_of: str | None,
    limit: int,
    offset: int,
    after: str | None = None,
) -> Page[dict]:
    """A page of ``/conflicts`` (the API's and the HTML page's)."""
    found = svc.conflicts(mission, as_of)  # cached per ledger version
    chosen, following = page_of(request, found, limit, offset, after, lambda c: c.fact_id)
    page = [c.model_dump() for c in chosen]  # only this page is dumped
    return Page[dict](items=page, total=len(found), limit=limit, offset=offset, next=following)


@router.get(
    "/timelines",
    summary="A measure of a mission over time (by=subject for one series each)",
    response_model=Page[dict],
    responses=CSV_RESPONSE,
)
def timelines(
    request: Request,
    svc: Svc,
    mission: Annotated[str, Query(max_length=40)],
    measure: Annotated[str, Query(max_length=60)] = "personnel.deployed",
    by: Annotated[str | None, Query(pattern=r"^subject$")] = None,
    as_of: DateParam = None,
    limit: Limit = 500,
    offset: Offset = 0,
    after: Cursor = None,
    fmt: Fmt = None,
) -> Page[dict] | Response:
    def make() -> Page[dict]:
        points = svc.timeline(mission, measure, by, as_of)  # cached per ledger version
        chosen, following = page_of(request, points, limit, offset, after, lambda p: p.fact_id)
        page = [p.model_dump() for p in chosen]  # only this page is dumped
        return Page[dict](items=page, total=len(points), limit=limit, offset=offset, next=following)

    if wants_csv(request, fmt):
        return csv_response(request, make().items, "timeline", TimelinePoint)
    return cached_json(request, svc, make)


@router.get(
    "/resolutions",
    summary="Council resolutions with date, tally, member votes and expiry",
    response_model=Page[ResolutionOut],
    responses=CSV_RESPONSE,
)
def resolutions(
    request: Request,
    svc: Svc,
    mission: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
    after: Cursor = None,
    fmt: Fmt = None,
) -> Page[ResolutionOut] | Response:
    found = svc.resolutions(mission)
    return paginate(
        request, found, limit, offset, fmt, "resolutions", ResolutionOut, after, lambda r: r.number
    )


@router.get("/resolutions/{number}", summary="One resolution and how each member voted")
def resolution(svc: Svc, number: Annotated[str, Path(max_length=10)]) -> ResolutionOut:
    return svc.resolution(number)


@router.get(
    "/alerts",
    summary="Alerts: mandate expiring, low strength or funding, conflicts, Council votes",
    response_model=Page[Alert],
    responses=CSV_RESPONSE,
)
def alerts(
    request: Request,
    svc: Svc,
    since: DateParam = None,
    as_of: DateParam = None,
    limit: Limit = 100,
    offset: Offset = 0,
    after: Cursor = None,
    fmt: Fmt = None,
) -> Page[Alert] | Response:
    if wants_csv(request, fmt):
        return cached_csv(
            request, svc, lambda: alerts_page(request, svc, since, as_of, limit, offset, after).items
        )
    return cached_json(request, svc, lambda: alerts_page(request, svc, since, as_of, limit, offset, after))


def alerts_page(
    request: Request,
    svc: Service,
    since: str | None,
    as_of: str | None,
    limit: int,
    offset: int,
    after: str | None = None,
) -> Page[Alert]:
    """A page of ``/alerts`` (the API's, its CSV and the HTML page's): by offset
    (``Service.alerts_page``) or by keyset (``Service.alerts_after``), only the page's alerts built
    — the page and ``next`` of the whole list (``page_of``)."""
    if after is None:
        items, total = svc.alerts_page(since, as_of, offset, limit)
        following = next_page(request, offset, limit, total)
        return Page[Alert](items=items, total=total, limit=limit, offset=offset, next=following)
    found = svc.alerts_after(since, as_of, after, limit)
    if found is None:
        raise NotFoundError(f"no item {after!r} in this list any more: start again", input=after)
    chosen, total, start = found
    more = start + limit < total and bool(chosen)
    following = next_after(request, chosen[-1].id if more else None)
    return Page[Alert](items=chosen, total=total, limit=limit, offset=offset, next=following)


@router.get("/search", summary="Full-text search over titles and texts (every word must match)")
def search(
    svc: Svc, q: Annotated[str, Query(max_length=200)] = "", limit: Annotated[int, Query(ge=1, le=100)] = 20
) -> SearchOut:
    if not q.strip():
        return SearchOut(query=q, hits=[])
    return SearchOut(
        query=q,
        hits=[
            h.model_dump() | {"html": f"/documents/{h.document_id}"}
            for h in svc.ledger.search(q, limit=limit)
        ],
    )
