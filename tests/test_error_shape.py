"""Every error the server returns has ONE JSON shape: {"error": {status, code, message, detail}}."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.web.app import create_app
from missionwatch.web.sample import load_sample

TOKEN = "shape-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    ledger = open_ledger(str(Path(tmp_path_factory.mktemp("shape")) / "shape.db"))
    load_sample(ledger)
    app = create_app(ledger, settings=Settings(token=TOKEN), max_body_bytes=4096)

    @app.get("/api/v1/_boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("secret internals must not leak")

    return TestClient(app, raise_server_exceptions=False)


def assert_shape(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message", "detail"}
    assert err["status"] == status
    assert isinstance(err["code"], str) and err["code"]
    assert isinstance(err["message"], str) and err["message"] and "\n" not in err["message"]
    assert err["detail"] is None or isinstance(err["detail"], list)
    return err


AUTH = {"Authorization": f"Bearer {TOKEN}"}

CASES = [
    ("GET", "/api/v1/nothing-here", {}, None, 404, "not_found"),
    ("GET", "/no/such/page", {"accept": "application/json"}, None, 404, "not_found"),
    ("GET", "/api/v1/documents/ffffffffffff", {}, None, 404, "not_found"),
    ("GET", "/api/v1/missions/NOPE", {}, None, 404, "not_found"),
    ("GET", "/api/v1/claims?limit=100000", {}, None, 422, "invalid_parameters"),
    ("GET", "/api/v1/claims?since=yesterday", {}, None, 422, "invalid_parameters"),
    ("GET", "/api/v1/facts?as_of=2024-1", {}, None, 422, "invalid_parameters"),
    ("POST", "/api/v1/documents", {}, {"text": "x"}, 401, "unauthorized"),
    ("POST", "/api/v1/documents", AUTH, {"nothing": 1}, 422, "invalid_parameters"),
    ("POST", "/api/v1/documents", AUTH, {"text": "x" * 10_000}, 413, "too_large"),
    ("DELETE", "/api/v1/claims", {}, None, 405, "method_not_allowed"),
    ("GET", "/api/v1/_boom", {}, None, 500, "internal_error"),
]


@pytest.mark.parametrize(
    ("method", "path", "headers", "body", "status", "code"), CASES, ids=[f"{c[4]}-{c[1]}" for c in CASES]
)
def test_every_error_has_one_shape(client: TestClient, method, path, headers, body, status, code) -> None:
    response = client.request(method, path, headers=headers, json=body)
    err = assert_shape(response, status)
    assert err["code"] == code


def test_validation_errors_say_which_parameter(client: TestClient) -> None:
    err = assert_shape(client.get("/api/v1/claims?limit=0"), 422)
    assert err["message"].startswith("limit:")
    assert err["detail"][0]["loc"] == ["query", "limit"]


def test_a_streamed_body_over_the_limit_is_refused(client: TestClient) -> None:
    def chunks():
        for _ in range(10):
            yield b"x" * 1000

    response = client.post(
        "/api/v1/documents", content=chunks(), headers={**AUTH, "content-type": "application/json"}
    )
    assert_shape(response, 413)


def test_internal_errors_do_not_leak(client: TestClient) -> None:
    response = client.get("/api/v1/_boom")
    assert "secret internals" not in response.text


def test_browsers_get_the_same_error_as_a_page(client: TestClient) -> None:
    response = client.get("/documents/ffffffffffff", headers={"accept": "text/html"})
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "not_found" in response.text
    # the API never answers HTML, whatever the browser asks for
    api = client.get("/api/v1/documents/ffffffffffff", headers={"accept": "text/html"})
    assert_shape(api, 404)
