"""The HTML pages. Each one calls the API function of its JSON twin and renders what it returns,
so the page and ``/api/v1/…`` can never disagree.

Pages: missions (``/``), mission overview and its page of sources, claims table with filters,
documents, document view with every claim's evidence highlighted and anchored (``#claim-<id>``),
conflicts side by side, search, alerts (and ``/alerts.atom``), and the API reference.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from missionwatch.report.alerts import atom_chunks
from missionwatch.web import api
from missionwatch.web.api import DateParam, Limit, Offset, Svc, Text
from missionwatch.web.render import render_page, twin_of

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _page(request: Request, template: str, twin: str, **context: object) -> HTMLResponse:
    return HTMLResponse(render_page(request, template, context, twin=twin_of(request, twin)))


@router.get("/")
def index(request: Request, svc: Svc) -> HTMLResponse:
    missions = api.missions(svc)
    recent = svc.ledger.documents(limit=10)
    return _page(request, "index.html", "/api/v1/missions", missions=missions, recent=recent)


@router.get("/missions/{code}")
def mission(
    request: Request,
    svc: Svc,
    code: Annotated[str, Path(max_length=40)],
    as_of: DateParam = None,
    since: DateParam = None,
) -> HTMLResponse:
    brief = svc.briefing(code, as_of, since)

    def render() -> bytes:
        # the footnotes its marks cite; the trend's points link to their sentences, and their
        # sources (hundreds over a long series) are listed on the overview's page of sources
        cited = brief.footnoted()
        context = {
            "b": brief,
            "charts": svc.overview_svgs(brief),
            "footnotes": [s for s in brief.sources if s.n in cited],
            "all_sources": _sources_path(brief.mission, request),
        }
        twin = twin_of(request, f"/api/v1/missions/{brief.mission}")
        return render_page(request, "mission.html", context, twin=twin).encode()

    # kept encoded, sent as it is: gzipped, eight clients of one process on this machine waited
    # longer for it (bench/serve.md, sixth round)
    return HTMLResponse(svc.rendered("mission.html", brief, render))


def _sources_path(code: str, request: Request) -> str:
    """The overview's page of sources, for the same day and comparison as the overview."""
    query = urlencode({k: v for k in ("as_of", "since") if (v := request.query_params.get(k))})
    return f"/missions/{code}/sources" + (f"?{query}" if query else "")


@router.get("/missions/{code}/sources")
def mission_sources(
    request: Request,
    svc: Svc,
    code: Annotated[str, Path(max_length=40)],
    as_of: DateParam = None,
    since: DateParam = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> HTMLResponse:
    """Every source of a mission's overview, numbered as its footnotes, a page at a time; each
    source a trend point cites says which point."""
    brief = svc.briefing(code, as_of, since)

    def render() -> bytes:
        total = len(brief.sources)
        context = {
            "b": brief,
            "page": {"offset": offset, "limit": limit, "total": total, "next": offset + limit < total},
            "shown": brief.sources[offset : offset + limit],
            "points": {p.ref: p.date for p in brief.strength.trend},
            "cited": brief.footnoted(),
        }
        twin = twin_of(request, f"/api/v1/missions/{brief.mission}")
        return render_page(request, "mission_sources.html", context, twin=twin).encode()

    # kept encoded with the briefing, as the overview is: 200 footnotes took 5 ms of a server's CPU
    # to render, the page kept 1 ms (100,007 claims, bench/serve.md, seventh round)
    return HTMLResponse(svc.rendered(f"mission_sources.html?{request.url.query}", brief, render))


@router.get("/claims")
def claims(
    request: Request,
    svc: Svc,
    mission: Text = None,
    measure: Text = None,
    subject: Text = None,
    since: DateParam = None,
    until: DateParam = None,
    document: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-f]*$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    found = dict(
        mission=mission or None,
        measure=measure or None,
        subject=subject or None,
        since=since,
        until=until,
        document_id=document or None,
    )
    page = api.claims_page(request, svc, found, limit, offset)
    filters = dict(
        mission=mission or "",
        measure=measure or "",
        subject=subject or "",
        since=since or "",
        until=until or "",
        document=document or "",
    )
    return _page(
        request, "claims.html", "/api/v1/claims", page=page, filters=filters, missions=svc.missions()
    )


@router.get("/documents")
def documents(
    request: Request,
    svc: Svc,
    q: Text = None,
    outlet: Text = None,
    since: DateParam = None,
    until: DateParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    page = api.documents(request, svc, q, outlet, since, until, limit, offset)
    return _page(request, "documents.html", "/api/v1/documents", page=page, q=q or "")


@router.get("/documents/{document_id}")
def document(request: Request, svc: Svc, document_id: Annotated[str, Path(max_length=64)]) -> HTMLResponse:
    doc = api.document(svc, document_id)
    return _page(
        request, "document.html", f"/api/v1/documents/{doc.id}", doc=doc, by_id={c.id: c for c in doc.claims}
    )


@router.get("/conflicts")
def conflicts(
    request: Request,
    svc: Svc,
    mission: Text = None,
    as_of: DateParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    page = api.conflicts_page(request, svc, mission or None, as_of, limit, offset)
    return _page(
        request,
        "conflicts.html",
        "/api/v1/conflicts",
        page=page,
        mission=mission or "",
        missions=svc.missions(),
    )


@router.get("/search")
def search(request: Request, svc: Svc, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    result = api.search(svc, q, 20)
    return _page(request, "search.html", "/api/v1/search", result=result)


@router.get("/alerts")
def alerts(
    request: Request,
    svc: Svc,
    since: DateParam = None,
    as_of: DateParam = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> HTMLResponse:
    page = api.alerts_page(request, svc, since, as_of, limit, offset)
    return _page(request, "alerts.html", "/api/v1/alerts", page=page)


@router.get("/alerts.atom", response_class=Response)
def alerts_atom(request: Request, svc: Svc, since: DateParam = None, as_of: DateParam = None) -> Response:
    """The alert list as an Atom feed, sent as it is made (``Service.alerts_feed``): a list since
    an early date is 120,859 entries at 1,000,009 claims (bench/serve.md, eighteenth round)."""
    base = str(request.base_url).rstrip("/")
    media = "application/atom+xml; charset=utf-8"
    key = ("atom", base, tuple(sorted(request.query_params.multi_items())), date.today(), svc.version())
    body = svc.responses.get_many([key]).get(key)
    if body is not None:
        return Response(body, media_type=media)
    found, newest = svc.alerts_feed(since, as_of)
    if not isinstance(found, list):
        return StreamingResponse(atom_chunks(found, base_url=base, updated=newest), media_type=media)
    # a short list, kept: its feed kept too, as an API page's JSON is (a warm feed written and
    # streamed again on every request: p50 20 ms at 8 clients, bench/serve.md, eighteenth round)
    body = b"".join(atom_chunks(found, base_url=base, updated=newest))
    svc.responses.put_many({key: body})
    return Response(body, media_type=media)


@router.get("/api/v1/docs")
def api_docs(request: Request) -> HTMLResponse:
    """The API reference drawn from the OpenAPI spec on the server (Swagger UI would need a CDN)."""
    spec = request.app.openapi()
    return _page(request, "api_docs.html", "/api/v1/openapi.json", spec=spec)
