"""Logging in and out, and a user's own account page (password, API tokens). Server-rendered
forms that work without JavaScript, each with its CSRF token; see ``web/auth.py``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from missionwatch.accounts import MAX_PASSWORD, Accounts, Principal
from missionwatch.errors import InputError
from missionwatch.web.auth import (
    CSRF_FAILED,
    csrf_matches,
    log_in,
    log_out,
    principal,
    require_reader,
    safe_next,
)
from missionwatch.web.errors import ApiError
from missionwatch.web.render import render_page

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

FormText = Annotated[str, Form(max_length=200)]
Password = Annotated[str, Form(max_length=MAX_PASSWORD + 1)]
CsrfField = Annotated[str, Form(max_length=200)]
Reader = Annotated[Principal, Depends(require_reader)]


def _page(
    request: Request,
    template: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **context: object,
) -> HTMLResponse:
    return HTMLResponse(
        render_page(request, template, context, twin=None), status_code=status, headers=headers
    )


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/login")
def login_form(request: Request, next: Annotated[str | None, Query(max_length=2000)] = None) -> HTMLResponse:
    return _page(request, "login.html", who=principal(request), next=safe_next(next), error=None)


@router.post("/login")
async def login(
    request: Request,
    username: FormText = "",
    password: Password = "",
    csrf_token: CsrfField = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    if not csrf_matches(request, csrf_token):
        raise ApiError(403, CSRF_FAILED, "forbidden")
    name = username.strip().lower()[:64]
    limiter = request.app.state.login_limiter
    wait = limiter.retry_after(name, _client(request))
    if wait is not None:
        minutes = max(1, round(wait / 60))
        return _page(
            request,
            "login.html",
            429,
            {"Retry-After": str(max(1, int(wait)))},
            who=None,
            next=safe_next(next),
            error=f"Too many failed logins. Try again in about {minutes} minute{'s' * (minutes != 1)}.",
        )
    accounts = Accounts(request.app.state.service.ledger)
    user = await run_in_threadpool(accounts.login, username, password)  # argon2: ~0.1 s of CPU
    if user is None:
        limiter.failed(name, _client(request))
        return _page(
            request, "login.html", 401, who=None, next=safe_next(next), error="Wrong name or password."
        )
    limiter.succeeded(name)
    log_in(request, user.id, user.session_epoch)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token: CsrfField = "") -> Response:
    if not csrf_matches(request, csrf_token):
        raise ApiError(403, CSRF_FAILED, "forbidden")
    log_out(request)
    return RedirectResponse("/login", status_code=303)


def _account(who: Principal) -> str:
    """The name of a logged-in user: a token may not mint tokens or change its user's password."""
    if who.via != "session":
        raise ApiError(403, "log in to manage an account: a bearer token cannot", "forbidden")
    return who.name


def _account_page(
    request: Request,
    who: Principal,
    status: int = 200,
    *,
    new_token: str | None = None,
    message: str | None = None,
) -> HTMLResponse:
    tokens = request.app.state.service.ledger.accounts.tokens(_account(who))
    return _page(
        request, "account.html", status, who=who, tokens=tokens, new_token=new_token, message=message
    )


@router.get("/account")
def account(request: Request, who: Reader, changed: bool = False) -> HTMLResponse:
    return _account_page(request, who, message="Password changed." if changed else None)


@router.post("/account/tokens")
def create_token(request: Request, who: Reader, label: FormText = "") -> HTMLResponse:
    accounts = Accounts(request.app.state.service.ledger)
    _, token = accounts.create_token(_account(who), label.strip() or None)
    return _account_page(request, who, 201, new_token=token)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, who: Reader, token_id: Annotated[int, Path(ge=1, le=2**31)]) -> Response:
    request.app.state.service.ledger.accounts.revoke_token(token_id, _account(who))
    return RedirectResponse("/account", status_code=303)


@router.post("/account/password")
def change_password(
    request: Request, who: Reader, current: Password = "", new: Password = "", repeat: Password = ""
) -> Response:
    accounts = Accounts(request.app.state.service.ledger)
    if accounts.login(_account(who), current) is None:
        return _account_page(request, who, 422, message="The current password is wrong.")
    if new != repeat:
        return _account_page(request, who, 422, message="The two new passwords differ.")
    try:
        user = accounts.set_password(who.name, new)
    except InputError as exc:
        return _account_page(request, who, 422, message=exc.reason.capitalize() + ".")
    log_in(request, user.id, user.session_epoch)  # the change ended every session; keep this one
    return RedirectResponse("/account?changed=1", status_code=303)
