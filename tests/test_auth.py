"""Accounts on the web, on SQLite and PostgreSQL: every write route refuses anonymous requests
(401) and readers (403) and accepts editors; a session write needs its CSRF token; a reader's token
cannot write; a disabled user is locked out at the next request; logins are rate limited; a
private instance needs a login to read."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from missionwatch.accounts import Accounts
from missionwatch.config import Settings
from missionwatch.models import Claim
from missionwatch.web import service as service_module
from missionwatch.web.app import create_app
from missionwatch.web.auth import SESSION_COOKIE, safe_next
from missionwatch.web.ratelimit import LoginLimiter

ADMIN_TOKEN = "admin-token-for-auth-tests"
PASSWORDS = {"ed": "editor-pass-1", "rd": "reader-pass-1", "ad": "admin-pass-1"}
ROLES = {"ed": "editor", "rd": "reader", "ad": "admin"}
# The way in and out, and a user's own account (any role, by session); every other non-GET route
# is a write to the record.
AUTH_ROUTES = ("/login", "/logout", "/account")


def _fake_extract(doc: Any) -> list[Claim]:
    return [
        Claim(
            measure="personnel.deployed",
            mission="MSS",
            subject="Jamaica",
            value=300,
            unit="persons",
            sentence=doc.text,
            start=0,
            end=3,
        )
    ]


@pytest.fixture
def site(ledger: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(service_module, "extract_claims", _fake_extract)
    accounts = Accounts(ledger)
    for name, role in ROLES.items():
        accounts.add(name, role, PASSWORDS[name])
    return ledger


def _app(ledger: Any, **settings: Any) -> Any:
    return create_app(ledger, settings=Settings(token=ADMIN_TOKEN, **settings))


def _client(app: Any) -> TestClient:
    return TestClient(app, raise_server_exceptions=False, follow_redirects=False)


def _csrf(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def login(client: TestClient, name: str, password: str | None = None) -> TestClient:
    token = _csrf(client)
    r = client.post(
        "/login",
        data={"username": name, "password": password or PASSWORDS[name], "csrf_token": token, "next": "/"},
    )
    assert r.status_code == 303, r.text
    return client


def _token(ledger: Any, name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {Accounts(ledger).create_token(name)[1]}"}


def _leaf_routes(routes: list[Any]) -> list[Any]:
    """The routes themselves, through FastAPI's wrappers of included routers."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found.extend(_leaf_routes(inner.routes) if inner is not None else [route])
    return found


def _write_routes(app: Any) -> list[tuple[str, str]]:
    """Every (method, path) that changes something, path parameters filled with a dummy value."""
    found = []
    for route in _leaf_routes(app.routes):
        for method in sorted(getattr(route, "methods", None) or ()):
            if method in ("GET", "HEAD", "OPTIONS") or route.path.startswith(AUTH_ROUTES):
                continue
            found.append((method, re.sub(r"\{[^}]+\}", "1", route.path)))
    return found


BODY = {"text": "300 soldiers arrived.", "title": "Arrival", "outlet": "Test Wire", "published": "2024-10-01"}


def test_every_write_route_refuses_anonymous_and_readers_and_accepts_editors(site: Any) -> None:
    app = _app(site)
    routes = _write_routes(app)
    assert ("POST", "/api/v1/documents") in routes
    anonymous = _client(app)
    reader_token = _token(site, "rd")
    editor_token = _token(site, "ed")
    reader = login(_client(app), "rd")
    editor = login(_client(app), "ed")
    for method, path in routes:
        r = anonymous.request(method, path, json={})
        assert r.status_code == 401, (method, path, r.text)
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert (
            reader_token and anonymous.request(method, path, json={}, headers=reader_token).status_code == 403
        )
        token = _csrf(reader)
        r = reader.request(method, path, data={"csrf_token": token})
        assert r.status_code == 403 and "reader" in r.json()["error"]["message"], (method, path)
        r = anonymous.request(method, path, json={}, headers=editor_token)
        assert r.status_code not in (401, 403), (method, path, r.text)
        r = editor.request(method, path, data={"csrf_token": _csrf(editor)})
        assert r.status_code not in (401, 403), (method, path, r.text)


def test_editors_write_by_token_and_by_session_with_csrf(site: Any) -> None:
    app = _app(site)
    by_token = _client(app).post("/api/v1/documents", json=BODY, headers=_token(site, "ed"))
    assert by_token.status_code == 201, by_token.text
    editor = login(_client(app), "ed")
    body = {**BODY, "text": "A second text with 300 police officers."}
    assert editor.post("/api/v1/documents", json=body).status_code == 403  # no CSRF token
    wrong = editor.post("/api/v1/documents", json=body, headers={"X-CSRF-Token": "forged"})
    assert wrong.status_code == 403 and "CSRF" in wrong.json()["error"]["message"]
    ok = editor.post("/api/v1/documents", json=body, headers={"X-CSRF-Token": _csrf(editor)})
    assert ok.status_code == 201, ok.text
    admin = login(_client(app), "ad")
    third = {**BODY, "text": "A third text, 300 more."}
    assert (
        admin.post("/api/v1/documents", json=third, headers={"X-CSRF-Token": _csrf(admin)}).status_code == 201
    )


def test_the_admin_token_still_writes_and_a_wrong_token_is_refused(site: Any) -> None:
    client = _client(_app(site))
    ok = client.post("/api/v1/documents", json=BODY, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
    assert ok.status_code == 201
    for header in ("Bearer nope", "Bearer mwt_not-a-token", "Basic YTpi", "Bearer "):
        r = client.post("/api/v1/documents", json=BODY, headers={"Authorization": header})
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized", header


def test_a_disabled_user_is_locked_out_at_once(site: Any) -> None:
    app = _app(site)
    token = _token(site, "ed")
    session = login(_client(app), "ed")
    csrf = _csrf(session)
    assert session.post("/api/v1/documents", json=BODY, headers={"X-CSRF-Token": csrf}).status_code == 201
    Accounts(site).set_disabled("ed", True)  # as `missionwatch users disable ed` from another process
    again = {**BODY, "text": "Another 300."}
    assert session.post("/api/v1/documents", json=again, headers={"X-CSRF-Token": csrf}).status_code == 401
    assert _client(app).post("/api/v1/documents", json=again, headers=token).status_code == 401
    assert "Signed in" not in session.get("/login").text
    r = _client(app).post(
        "/login", data={"username": "ed", "password": PASSWORDS["ed"], "csrf_token": _csrf(session)}
    )
    assert r.status_code in (401, 403)
    Accounts(site).set_disabled("ed", False)
    assert _client(app).post("/api/v1/documents", json=again, headers=token).status_code == 201
    assert session.get("/login").text.count("Signed in") == 0  # the old session stays ended


def test_a_role_change_applies_to_the_next_request(site: Any) -> None:
    app = _app(site)
    token = _token(site, "ed")
    Accounts(site).set_role("ed", "reader")
    assert _client(app).post("/api/v1/documents", json=BODY, headers=token).status_code == 403


def test_a_new_password_ends_sessions(site: Any) -> None:
    app = _app(site)
    session = login(_client(app), "ed")
    assert "Signed in" in session.get("/login").text
    Accounts(site).set_password("ed", "another-pass-2")
    assert "Signed in" not in session.get("/login").text
    login(_client(app), "ed", "another-pass-2")


def test_login_logout_and_their_csrf(site: Any) -> None:
    app = _app(site)
    client = _client(app)
    # a login form posted without the token of the visitor's own session (login CSRF) is refused
    r = client.post("/login", data={"username": "ed", "password": PASSWORDS["ed"], "csrf_token": "x"})
    assert r.status_code == 403
    wrong = client.post("/login", data={"username": "ed", "password": "not-it", "csrf_token": _csrf(client)})
    assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    login(client, "ed")
    page = client.get("/login")
    assert "Signed in" in page.text and "<strong>ed</strong> (editor)" in page.text
    assert client.post("/logout", data={}).status_code == 403  # logout needs the token too
    out = client.post("/logout", data={"csrf_token": _csrf(client)})
    assert out.status_code == 303 and "Signed in" not in client.get("/login").text


def test_a_tampered_session_cookie_is_nobody(site: Any) -> None:
    app = _app(site)
    client = login(_client(app), "ed")
    cookie = client.cookies[SESSION_COOKIE]
    forged = _client(app)
    forged.cookies.set(SESSION_COOKIE, cookie[:-3] + ("AAA" if not cookie.endswith("AAA") else "BBB"))
    assert "Signed in" not in forged.get("/login").text


def test_login_is_rate_limited_per_user_and_per_address(site: Any) -> None:
    app = _app(site, login_attempts_per_user=3, login_attempts_per_ip=5)
    client = _client(app)
    csrf = _csrf(client)

    def attempt(name: str, password: str) -> Any:
        return client.post("/login", data={"username": name, "password": password, "csrf_token": csrf})

    for _ in range(3):
        assert attempt("ed", "guess").status_code == 401
    blocked = attempt("ed", PASSWORDS["ed"])  # even the right password: the name is locked
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert "Too many failed logins" in blocked.text
    assert attempt("ad", PASSWORDS["ad"]).status_code == 303  # another name from the same address
    client.post("/logout", data={"csrf_token": _csrf(client)})
    csrf = _csrf(client)
    for name in ("nobody-1", "nobody-2"):
        assert attempt(name, "guess").status_code == 401
    assert attempt("rd", PASSWORDS["rd"]).status_code == 429  # the address has 5 failures now


def test_the_limiter_forgets_failures_after_its_window() -> None:
    now = [1000.0]
    limiter = LoginLimiter(per_user=2, per_ip=10, window=60, clock=lambda: now[0])
    limiter.failed("ed", "10.0.0.1")
    limiter.failed("ed", "10.0.0.1")
    assert limiter.retry_after("ed", "10.0.0.2") == 60
    now[0] += 30
    assert limiter.retry_after("ed", "10.0.0.2") == 30
    now[0] += 30
    assert limiter.retry_after("ed", "10.0.0.2") is None
    limiter.failed("rd", "10.0.0.1")
    limiter.succeeded("rd")
    assert limiter.retry_after("rd", "10.0.0.3") is None
    small = LoginLimiter(per_user=1, per_ip=1, max_keys=4, clock=lambda: now[0])
    for i in range(10):
        small.failed(f"u{i}", f"ip{i}")
    assert len(small._failures) == 4  # bounded memory: the stalest keys are dropped


def test_a_private_instance_needs_a_login_to_read(site: Any) -> None:
    app = _app(site, private=True)
    anonymous = _client(app)
    for path in ("/api/v1/missions", "/api/v1/claims", "/api/v1/documents", "/alerts.atom"):
        r = anonymous.get(path)
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized", path
    page = anonymous.get("/claims?mission=MSS", headers={"Accept": "text/html"})
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Fclaims%3Fmission%3DMSS"
    assert anonymous.get("/login").status_code == 200
    assert anonymous.get("/static/web.css").status_code == 200
    reader = login(_client(app), "rd")
    assert reader.get("/api/v1/missions").status_code == 200
    assert reader.get("/claims", headers={"Accept": "text/html"}).status_code == 200
    assert anonymous.get("/api/v1/claims", headers=_token(site, "rd")).status_code == 200
    assert (
        anonymous.get("/api/v1/claims", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}).status_code == 200
    )
    public = _client(_app(site))
    assert public.get("/api/v1/missions").status_code == 200


def test_account_page_makes_and_revokes_tokens(site: Any) -> None:
    app = _app(site)
    editor = login(_client(app), "ed")
    made = editor.post("/account/tokens", data={"label": "ci", "csrf_token": _csrf(editor, "/account")})
    assert made.status_code == 201
    token = re.search(r'<code id="new-token">([^<]+)</code>', made.text).group(1)  # type: ignore[union-attr]
    auth = {"Authorization": f"Bearer {token}"}
    assert _client(app).post("/api/v1/documents", json=BODY, headers=auth).status_code == 201
    assert token not in editor.get("/account").text  # shown once
    [row] = site.accounts.tokens("ed")
    assert row.label == "ci" and row.prefix == token[:12]
    assert editor.post(f"/account/tokens/{row.id}/revoke", data={}).status_code == 403
    revoke = editor.post(f"/account/tokens/{row.id}/revoke", data={"csrf_token": _csrf(editor, "/account")})
    assert revoke.status_code == 303
    again = {**BODY, "text": "Another 300."}
    assert _client(app).post("/api/v1/documents", json=again, headers=auth).status_code == 401
    # another user's token cannot be revoked from this account
    other = Accounts(site).create_token("rd")[0]
    r = editor.post(f"/account/tokens/{other}/revoke", data={"csrf_token": _csrf(editor, "/account")})
    assert r.status_code == 404 and site.accounts.tokens("rd")[0].revoked_at is None
    # the account routes need a session: anonymous 401, a token 403 (it cannot mint tokens)
    assert _client(app).post("/account/tokens", data={}).status_code == 401
    assert _client(app).post("/account/tokens", data={}, headers=_token(site, "ed")).status_code == 403


def test_account_page_changes_the_password(site: Any) -> None:
    app = _app(site)
    editor = login(_client(app), "ed")
    other = login(_client(app), "ed")
    form = {"current": "wrong-pass", "new": "fresh-pass-9", "repeat": "fresh-pass-9"}
    bad = editor.post("/account/password", data={**form, "csrf_token": _csrf(editor, "/account")})
    assert bad.status_code == 422
    form["current"] = PASSWORDS["ed"]
    ok = editor.post("/account/password", data={**form, "csrf_token": _csrf(editor, "/account")})
    assert ok.status_code == 303
    assert "Password changed" in editor.get("/account?changed=1").text  # this session kept
    assert other.get("/account").status_code == 401  # the other session ended
    login(_client(app), "ed", "fresh-pass-9")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/claims?x=1", "/claims?x=1"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil", "/"),
        (None, "/"),
    ],
)
def test_after_login_only_local_paths(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected


def test_writing_is_off_with_no_account_and_no_token(ledger: Any) -> None:
    client = _client(create_app(ledger, settings=Settings(token=None)))
    r = client.post("/api/v1/documents", json=BODY)
    assert r.status_code == 403 and "users add" in r.json()["error"]["message"]


def test_the_session_secret_is_generated_once_and_kept(ledger: Any) -> None:
    create_app(ledger, settings=Settings())
    first = ledger.accounts.setting("session_secret")
    create_app(ledger, settings=Settings())
    assert first and len(first) >= 48 and ledger.accounts.setting("session_secret") == first


def test_a_review_form_records_the_logged_in_editor(site: Any) -> None:
    from missionwatch.web.sample import load_sample

    load_sample(site)
    claim = site.claims(limit=1)[0].id
    app = _app(site)
    form = {"action": "accept", "reason": "checked against the source"}
    assert _client(app).post(f"/claims/{claim}/review", data=form).status_code == 401
    reader = login(_client(app), "rd")
    assert (
        reader.post(f"/claims/{claim}/review", data={**form, "csrf_token": _csrf(reader)}).status_code == 403
    )
    editor = login(_client(app), "ed")
    assert editor.post(f"/claims/{claim}/review", data=form).status_code == 403  # no CSRF token
    done = editor.post(f"/claims/{claim}/review", data={**form, "csrf_token": _csrf(editor)})
    assert done.status_code == 303, done.text
    [event] = editor.get(f"/api/v1/claims/{claim}/reviews").json()["events"]
    assert event["editor"] == "ed" and event["action"] == "accept"
