"""Keyset pagination of ``/api/v1/claims`` (``after``), beside the offset pages it does not replace."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.web.app import create_app
from missionwatch.web.sample import load_sample


def _walk(client: TestClient, url: str, params: dict[str, Any]) -> list[int]:
    ids: list[int] = []
    page = client.get(url, params=params).json()
    while True:
        ids += [c["id"] for c in page["items"]]
        if page["next"] is None:
            return ids
        assert "offset=" not in page["next"]
        page = client.get(page["next"]).json()


def test_following_after_links_gives_what_offset_pages_give(ledger: Any) -> None:
    load_sample(ledger)
    client = TestClient(create_app(ledger, settings=Settings()), raise_server_exceptions=False)
    for filters in ({}, {"mission": "MSS"}, {"measure": "personnel.*"}):
        everything = [
            c["id"] for c in client.get("/api/v1/claims", params={**filters, "limit": 500}).json()["items"]
        ]
        assert len(everything) >= 2
        for limit in (1, 2, 3):
            assert _walk(client, "/api/v1/claims", {**filters, "limit": limit, "after": 0}) == everything
        middle = everything[len(everything) // 2]
        tail = client.get("/api/v1/claims", params={**filters, "after": middle, "limit": 500}).json()
        assert [c["id"] for c in tail["items"]] == [i for i in everything if i > middle]
        assert tail["total"] == len(everything)  # the total counts the whole filtered list
    assert client.get("/api/v1/claims", params={"after": -1}).status_code == 422


# Every other list of /api/v1: (path, query, the field that is an item's key in the cursor).
LISTS = [
    ("/api/v1/documents", {}, "id"),
    ("/api/v1/documents", {"since": "2024-09-01"}, "id"),
    ("/api/v1/facts", {"mission": "MSS"}, "id"),
    ("/api/v1/facts", {"mission": "MSS", "latest": "true"}, "id"),
    ("/api/v1/conflicts", {}, "fact_id"),
    ("/api/v1/timelines", {"mission": "MSS", "measure": "personnel.deployed"}, "fact_id"),
    ("/api/v1/resolutions", {}, "number"),
    ("/api/v1/alerts", {"as_of": "2025-06-30", "since": "2024-01-01"}, "id"),
]


def _walk_keys(client: TestClient, url: str, params: dict[str, Any], field: str) -> list[Any]:
    keys: list[Any] = []
    page = client.get(url, params=params).json()
    while True:
        keys += [item[field] for item in page["items"]]
        if page["next"] is None:
            return keys
        assert "offset=" not in page["next"] and "after=" in page["next"]
        page = client.get(page["next"]).json()


def test_every_list_pages_by_key_as_it_pages_by_offset(ledger: Any) -> None:
    load_sample(ledger)
    client = TestClient(create_app(ledger, settings=Settings()), raise_server_exceptions=False)
    for url, params, field in LISTS:
        whole = client.get(url, params={**params, "limit": 500}).json()
        everything = [item[field] for item in whole["items"]]
        assert everything, url
        for limit in (1, 2, 5):
            assert _walk_keys(client, url, {**params, "limit": limit, "after": ""}, field) == everything, url
        middle = everything[len(everything) // 2]
        tail = client.get(url, params={**params, "after": middle, "limit": 500}).json()
        assert [item[field] for item in tail["items"]] == everything[everything.index(middle) + 1 :], url
        assert tail["total"] == whole["total"], url
        gone = client.get(url, params={**params, "after": "no-such-item"})
        assert gone.status_code == 404 and "start again" in gone.json()["error"]["message"], url
