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
