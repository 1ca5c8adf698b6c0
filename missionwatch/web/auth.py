"""Who is asking, and may they: sessions, API tokens, roles, CSRF and the private instance.

A request is made by (first match wins):

1. ``Authorization: Bearer <token>`` — the instance's ``MISSIONWATCH_TOKEN`` (an admin, named
   ``(admin token)``) or a user's API token (that user's role). A bearer token that matches
   nothing is a 401, never a silent anonymous request.
2. the signed session cookie set by ``/login`` — the user it names, if that user still exists,
   is not disabled and has not had its sessions ended (password changed, disabled) since.
3. nobody.

The user is read from the ledger on every request that needs it, and remembered for that request
only, so disabling an account locks it out at once, in every process.

Writes through a session need the session's CSRF token (form field ``csrf_token`` or header
``X-CSRF-Token``); writes with a bearer token do not (a browser never sends one on its own).
Routes declare what they need with ``Depends(require("editor"))``; ``create_app`` puts every
read behind ``readable``, which asks for a login only on a private instance.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from missionwatch.accounts import ADMIN_TOKEN_NAME, Accounts, Principal
from missionwatch.web.errors import ApiError, error_response

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
SESSION_COOKIE = "mw_session"
SECRET_SETTING = "session_secret"
_UNSET = object()


class LoginRequired(ApiError):
    """401: nobody is logged in. A browser asking for a page is sent to the login form instead."""

    def __init__(self, message: str = "log in (/login) or send a bearer token") -> None:
        super().__init__(401, message, "unauthorized", headers={"WWW-Authenticate": "Bearer"})


def _bad_token() -> ApiError:
    return ApiError(
        401,
        "the bearer token is not valid: unknown, revoked, or its user is disabled",
        "unauthorized",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _accounts(request: Request) -> Accounts:
    return Accounts(request.app.state.service.ledger)


def _session(request: Request) -> dict:
    session = request.scope.get("session")
    return session if isinstance(session, dict) else {}


def _authenticate(request: Request) -> Principal | None:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, given = header.partition(" ")
        given = given.strip()
        if scheme.lower() != "bearer" or not given:
            raise _bad_token()
        admin = request.app.state.service.settings.token
        if admin and hmac.compare_digest(given.encode(), admin.encode()):
            return Principal(ADMIN_TOKEN_NAME, "admin", "token")
        user = _accounts(request).user_for_token(given)
        if user is None:
            raise _bad_token()
        return Principal(user.name, user.role, "token", user.id)
    session = _session(request)
    uid = session.get("uid")
    if not isinstance(uid, int):
        return None
    user = _accounts(request).store.user_by_id(uid)
    if user is None or user.disabled or user.session_epoch != session.get("epoch"):
        session.pop("uid", None)
        session.pop("epoch", None)
        return None
    return Principal(user.name, user.role, "session", user.id)


def principal(request: Request) -> Principal | None:
    """Who made this request (see the module docstring), looked up once per request."""
    found = getattr(request.state, "mw_principal", _UNSET)
    if found is _UNSET:
        found = _authenticate(request)
        request.state.mw_principal = found
    return found  # type: ignore[return-value]


def log_in(request: Request, user_id: int, epoch: int) -> None:
    """Start a session for a user (a fresh CSRF token too: nothing from before the login is kept)."""
    session = _session(request)
    session.clear()
    session.update(uid=user_id, epoch=epoch, csrf=secrets.token_urlsafe(32))
    request.state.mw_principal = _UNSET


def log_out(request: Request) -> None:
    _session(request).clear()


def csrf_token(request: Request) -> str:
    """This session's CSRF token (created on first use); forms send it back as ``csrf_token``."""
    session = request.scope.get("session")
    if not isinstance(session, dict):
        return ""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_input(request: Request) -> Markup:
    """The hidden field every form must carry (``{{ csrf_input(request) }}`` in a template)."""
    return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, csrf_token(request))


def csrf_matches(request: Request, given: object) -> bool:
    expected = _session(request).get("csrf")
    return (
        isinstance(expected, str)
        and isinstance(given, str)
        and hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode())
    )


CSRF_FAILED = "missing or stale CSRF token: reload the form and send it again"


async def check_csrf(request: Request) -> None:
    """403 unless the request carries this session's CSRF token (header, or form field)."""
    given: object = request.headers.get(CSRF_HEADER)
    content_type = request.headers.get("content-type", "")
    if given is None and content_type.startswith(FORM_TYPES):
        given = (await request.form()).get(CSRF_FIELD)
    if not csrf_matches(request, given):
        raise ApiError(403, CSRF_FAILED, "forbidden")


def _writes_possible(request: Request) -> bool:
    return bool(request.app.state.service.settings.token) or _accounts(request).store.count_users() > 0


def require(role: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the request's principal, if it has ``role`` or above; else 401 (nobody) or
    403 (a lower role, or a session write without its CSRF token)."""

    def look_up(request: Request) -> Principal | None:
        if role != "reader" and not _writes_possible(request):
            raise ApiError(
                403,
                "writing is disabled: add an account (missionwatch users add) or start the server "
                "with MISSIONWATCH_TOKEN set",
                "forbidden",
            )
        return principal(request)

    async def dependency(request: Request) -> Principal:
        who = await run_in_threadpool(look_up, request)  # database reads: off the event loop
        if who is None:
            raise LoginRequired()
        if not who.can(role):
            raise ApiError(403, f"{who.name} is a {who.role}; this needs the {role} role", "forbidden")
        if who.via == "session" and request.method not in SAFE_METHODS:
            await check_csrf(request)
        return who

    dependency.__name__ = f"require_{role}"
    return dependency


require_reader = require("reader")
require_editor = require("editor")
require_admin = require("admin")


async def readable(request: Request) -> None:
    """Every page and API read: open to all, or to readers and above on a private instance."""
    if request.app.state.service.settings.private:
        await require_reader(request)


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this site only (never ``//host`` or a URL)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def session_secret(settings_secret: str | None, ledger: object) -> str:
    """The secret that signs session cookies: configured, else generated once and kept in the
    ledger (so sessions survive a restart and every process of the instance agrees)."""
    if settings_secret:
        return settings_secret
    try:
        return ledger.accounts.setting_or_create(  # type: ignore[attr-defined]
            SECRET_SETTING, secrets.token_urlsafe(48)
        )
    except Exception as exc:  # a read-only ledger: sessions last as long as this process
        log.warning("cannot keep a session secret in the ledger (%s); sessions end with this process", exc)
        return secrets.token_urlsafe(48)


def install(app: FastAPI, secret: str, *, max_age: int, https_only: bool) -> None:
    """Signed-cookie sessions, and the login redirect for browsers."""
    from starlette.middleware.sessions import SessionMiddleware

    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=max_age,
        same_site="lax",
        https_only=https_only,
    )

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        wants_page = (
            request.method in ("GET", "HEAD")
            and not request.url.path.startswith("/api/")
            and "text/html" in request.headers.get("accept", "")
        )
        if wants_page:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        return error_response(request, 401, exc.code, str(exc.detail), headers=dict(exc.headers or {}))
