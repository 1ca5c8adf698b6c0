"""One error shape for the whole web layer, and the request size limit.

Every error — an unknown route, a bad parameter, a missing token, a body too large, a bug — is
answered with the same JSON (``ErrorBody``)::

    {"error": {"status": 404, "code": "not_found", "message": "no document 'abc'", "detail": null}}

so a client needs one branch to handle them all (``tests/test_error_shape.py`` enforces it).
Browsers asking for HTML outside ``/api`` get the same fields as a small page instead.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from missionwatch.errors import InputError, LedgerError, MissionWatchError, NotFoundError

log = logging.getLogger(__name__)

STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameters",
    500: "internal_error",
    503: "unavailable",
}
DOMAIN_STATUS = {NotFoundError: 404, InputError: 422, LedgerError: 503}

CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Sent with every response: by the SecurityHeaders middleware, and by ``error_response`` itself for
# the answers made outside it (the 413 of the body limit, the 500 of Starlette's outermost handler).
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    detail: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """The one shape of every error the server returns."""

    error: ErrorDetail


class ApiError(HTTPException):
    """An HTTP error with our own code, raised by route code (401 without a token, …)."""

    def __init__(
        self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code or STATUS_CODES.get(status, "error")


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path.endswith((".json", ".atom")):
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def error_response(
    request: Request,
    status: int,
    code: str,
    message: str,
    detail: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = ErrorBody(
        error=ErrorDetail(status=status, code=code, message=" ".join(message.split()), detail=detail)
    )
    headers = {**SECURITY_HEADERS, **(headers or {})}
    if _wants_html(request):
        from missionwatch.web.render import render_page

        html = render_page(request, "error.html", {"error": body.error}, twin=None)
        return HTMLResponse(html, status_code=status, headers=headers)
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        out.append({"loc": loc, "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))})
    return out


def allowed_methods(request: Request) -> list[str]:
    """Every method the API documents at this path (Starlette's 405 names only the first route's).

    Read from the OpenAPI spec, so the ``Allow`` header and the spec cannot disagree; the HTML
    pages, which are not in the spec, only answer GET.
    """
    path = request.url.path
    methods: set[str] = set()
    for template, ops in request.app.openapi().get("paths", {}).items():
        if re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)), path):
            methods |= {m.upper() for m in ops}
    return sorted(methods or {"GET"})


def install(app: FastAPI) -> None:
    """Route every kind of failure through ``error_response``."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = getattr(exc, "code", None) or STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else STATUS_CODES.get(exc.status_code, "error")
        headers = getattr(exc, "headers", None)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; see /api/v1/docs for the routes"
        if exc.status_code == 405:
            allowed = allowed_methods(request)
            headers = {**(headers or {}), "Allow": ", ".join(allowed)}
            message = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
        return error_response(request, exc.status_code, code, message, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = _validation_detail(exc)
        first = detail[0] if detail else {"loc": [], "msg": "invalid request"}
        where = ".".join(p for p in first["loc"] if p not in ("query", "body", "path"))
        msg = str(first["msg"]).removeprefix("Value error, ")  # pydantic's prefix for a validator's
        message = f"{where}: {msg}" if where else msg
        return error_response(request, 422, "invalid_parameters", message, detail)

    @app.exception_handler(MissionWatchError)
    async def _domain(request: Request, exc: MissionWatchError) -> Response:
        status = next((s for cls, s in DOMAIN_STATUS.items() if isinstance(exc, cls)), 400)
        return error_response(request, status, exc.code, exc.one_line().removeprefix("error: "))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(
            request, 500, "internal_error", "the server failed on this request; the error is in its log"
        )


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with a 413, before reading them into memory.

    Checks the declared Content-Length and counts a streamed body as it arrives, so neither a
    lying header nor chunked encoding gets past it.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        seen = 0
        too_large = False

        async def counted() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    too_large = True
                    raise _TooLarge(413, f"request body over the limit of {self.limit} bytes", "too_large")
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:  # raised where no route handler turned it into the response already
            if too_large:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = error_response(
            request, 413, "too_large", f"request body over the limit of {self.limit} bytes"
        )
        await response(scope, receive, send)


class _TooLarge(ApiError):
    """Raised while a body streams in past the limit; the HTTP handler answers it with a 413."""
