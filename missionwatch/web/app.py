"""The FastAPI application: ``create_app(db)`` for tests and ``missionwatch serve``.

Readable by anyone, or only after a login on a private instance; writable by editors (sessions,
API tokens) and by the instance's admin token (``web/auth.py``); request bodies capped (``max_body_bytes``);
every error in one JSON shape (``web/errors.py``); static files (CSS) shipped as package data, so
nothing is loaded from a CDN and the pages work offline.
"""

from __future__ import annotations

from importlib import resources

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from missionwatch import __version__
from missionwatch.config import Settings
from missionwatch.ledger import Ledger, open_ledger
from missionwatch.report.backend import Backend
from missionwatch.web import auth, errors
from missionwatch.web.errors import CSP, SECURITY_HEADERS
from missionwatch.web.ratelimit import LoginLimiter
from missionwatch.web.service import Service

DEFAULT_BODY_LIMIT = 2 * 1024 * 1024  # a long article is ~100 kB; 2 MB leaves room and no more
__all__ = ["CSP", "DEFAULT_BODY_LIMIT", "SecurityHeaders", "create_app"]


class SecurityHeaders:
    """Defence in depth behind the escaping: no page may run a script or load from elsewhere.

    Plain ASGI (not ``BaseHTTPMiddleware``) so that request bodies stream through untouched and the
    body limit's 413 is not turned into a 400.
    """

    HEADERS: tuple[tuple[bytes, bytes], ...] = tuple(
        (name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {bytes(name).lower() for name, _ in message.get("headers", [])}
                missing = [h for h in self.HEADERS if h[0] not in present]
                message = {**message, "headers": [*message.get("headers", []), *missing]}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    db: str | Ledger | None = None,
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    max_body_bytes: int = DEFAULT_BODY_LIMIT,
    version_ttl: float = 2.0,
) -> FastAPI:
    """The app over the ledger at ``db`` (a path, a URL, or an open ``Ledger``).

    ``version_ttl``: seconds a ledger count is trusted before the caches look again (see
    ``Service.version``); 0 for always fresh.
    """
    settings = settings or Settings()
    # Read-only by default: a missing SQLite file is an error, not a new empty ledger — unless a
    # token enables writing through the API, when an empty ledger is a fine place to start.
    ledger = (
        db if isinstance(db, Ledger) else open_ledger(db or settings.db, create=settings.token is not None)
    )
    app = FastAPI(
        title="MissionWatch",
        version=__version__,
        description="A sourced, queryable record of multinational security missions: every figure "
        "with the sentence that states it. Writes need an editor's session or API token, or the "
        "instance's admin token (Authorization: Bearer).",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; /api/v1/docs is drawn on the server
        redoc_url=None,
    )
    app.state.service = Service(ledger, settings, backend, version_ttl=version_ttl)
    app.state.login_limiter = LoginLimiter(
        per_user=settings.login_attempts_per_user,
        per_ip=settings.login_attempts_per_ip,
        window=settings.login_window_seconds,
    )
    errors.install(app)
    auth.install(
        app,
        auth.session_secret(settings.secret_key, ledger),
        max_age=int(settings.session_days * 86400),
        https_only=settings.cookie_secure,
    )

    app.add_middleware(errors.BodyLimit, limit=max_body_bytes)
    app.add_middleware(SecurityHeaders)  # added last: outermost, so the body limit's 413 has them too
    from missionwatch.web import api, login, pages, reviews

    # Every read is open, or needs a login on a private instance; writes declare their role.
    readable = [Depends(auth.readable)]
    app.include_router(api.router, dependencies=readable)
    app.include_router(pages.router, dependencies=readable)
    app.include_router(reviews.api_router, dependencies=readable)
    app.include_router(reviews.page_router, dependencies=readable)
    app.include_router(login.router)
    static = resources.files("missionwatch.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
