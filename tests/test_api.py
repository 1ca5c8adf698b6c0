"""The JSON API on SQLite and PostgreSQL: lists, filters, pagination, details, the guarded write."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.models import Claim
from missionwatch.web import service as service_module
from missionwatch.web.app import create_app
from missionwatch.web.sample import HOSTILE, load_sample

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def sample(ledger: Any) -> tuple[TestClient, list[str]]:
    ids = load_sample(ledger)
    app = create_app(ledger, settings=Settings(token=TOKEN), max_body_bytes=64 * 1024)
    return TestClient(app, raise_server_exceptions=False), ids


@pytest.fixture
def client(sample: tuple[TestClient, list[str]]) -> TestClient:
    return sample[0]


@pytest.fixture(scope="module")
def lite(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, list[str]]:
    """One SQLite-backed client for the tests that do not depend on the database."""
    from missionwatch.ledger import open_ledger

    ledger = open_ledger(str(tmp_path_factory.mktemp("api") / "api.db"))
    ids = load_sample(ledger)
    return TestClient(create_app(ledger, settings=Settings(token=TOKEN)), raise_server_exceptions=False), ids


def test_missions_list_links_each_page_and_twin(client: TestClient) -> None:
    missions = client.get("/api/v1/missions").json()
    mss = next(m for m in missions if m["code"] == "MSS")
    assert mss["html"] == "/missions/MSS" and mss["api"] == "/api/v1/missions/MSS"


def test_mission_overview_is_the_briefing_with_chart_specs(client: TestClient) -> None:
    body = client.get("/api/v1/missions/MSS", params={"as_of": "2024-09-15"}).json()
    b = body["briefing"]
    assert b["mission"] == "MSS" and b["as_of"] == "2024-09-15"
    assert b["mandate"]["days_left"] == 17
    assert b["strength"]["total"]["target"]["value"] == 11500
    assert b["money"]["total"]["required"]["text"] == "USD 600 million"
    assert {"strength", "trend", "money"} <= set(body["charts"])
    assert body["charts"]["strength"]["$schema"].startswith("https://vega.github.io/schema/vega-lite")
    assert client.get("/api/v1/missions/NOPE").status_code == 404


def test_the_json_overview_sends_the_chart_specs_without_drawing_them(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The specs are those the page draws; drawing them (80 ms a chart) is the page's work."""
    from missionwatch.report import charts

    drawn: list[Any] = []
    monkeypatch.setattr(charts, "svg", lambda spec: drawn.append(spec))
    body = client.get("/api/v1/missions/MSS", params={"as_of": "2024-09-15"}).json()
    assert set(body["charts"]) == {"strength", "trend", "money"} and not drawn
    assert client.get("/missions/MSS", params={"as_of": "2024-09-15"}).status_code == 200
    assert [json.loads(json.dumps(spec, default=str)) for spec in drawn] == list(body["charts"].values())


def test_claims_filter_and_paginate(client: TestClient) -> None:
    page = client.get("/api/v1/claims", params={"mission": "MSS", "measure": "personnel.deployed"}).json()
    assert page["total"] == 4 and {c["measure"] for c in page["items"]} == {"personnel.deployed"}
    first = client.get("/api/v1/claims", params={"limit": 3}).json()
    assert first["total"] == 11 and len(first["items"]) == 3 and first["offset"] == 0
    assert "offset=3" in first["next"]
    second = client.get(first["next"]).json()
    assert {c["id"] for c in second["items"]}.isdisjoint({c["id"] for c in first["items"]})
    last = client.get("/api/v1/claims", params={"limit": 3, "offset": 9}).json()
    assert len(last["items"]) == 2 and last["next"] is None
    family = client.get("/api/v1/claims", params={"measure": "funding.*"}).json()
    assert family["total"] == 2
    dated = client.get("/api/v1/claims", params={"since": "2024-09-02", "until": "2024-09-30"}).json()
    assert {c["as_of"] or c["published"] for c in dated["items"]} <= {"2024-09-05", "2024-09-10"}
    assert client.get("/api/v1/claims", params={"subject": "kenya"}).json()["total"] == 1


def test_claims_of_one_document_link_to_their_anchor(sample: tuple[TestClient, list[str]]) -> None:
    client, ids = sample
    page = client.get("/api/v1/claims", params={"document": ids[2]}).json()
    assert page["total"] == 5
    for c in page["items"]:
        assert c["link"] == f"/documents/{ids[2]}#claim-{c['id']}"


def test_document_detail_has_text_claims_and_highlight_segments(sample: tuple[TestClient, list[str]]) -> None:
    client, ids = sample
    doc = client.get(f"/api/v1/documents/{ids[2]}").json()
    assert doc["outlet"] == "Island Wire" and len(doc["claims"]) == 5
    marked = [s for s in doc["segments"] if s["claims"]]
    assert len(marked) == 5
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]
    for seg in marked:
        [cid] = seg["claims"]
        c = next(c for c in doc["claims"] if c["id"] == cid)
        assert doc["text"][c["start"] : c["end"]] == seg["text"]


def test_documents_full_text_search(client: TestClient) -> None:  # FTS differs per database
    hits = client.get("/api/v1/documents", params={"q": "displaced"}).json()
    assert hits["total"] == 1 and hits["items"][0]["outlet"] == "Relief Notes"
    assert client.get("/api/v1/documents").json()["total"] == 4
    found = client.get("/api/v1/search", params={"q": "police contingent"}).json()
    assert [h["outlet"] for h in found["hits"]] == ["Harbour Times"]


def test_facts_conflicts_timelines(client: TestClient) -> None:
    facts = client.get(
        "/api/v1/facts", params={"mission": "MSS", "measure": "personnel.deployed", "latest": True}
    ).json()
    total = next(f for f in facts["items"] if f["subject"] is None)
    assert total["claim_ids"] and total["links"][0].startswith("/documents/")
    conflicts = client.get("/api/v1/conflicts", params={"mission": "MSS"}).json()
    assert any(c["measure"] == "personnel.deployed" and len(c["sides"]) >= 2 for c in conflicts["items"])
    tl = client.get("/api/v1/timelines", params={"mission": "MSS", "measure": "personnel.deployed"}).json()
    assert [p["date"] for p in tl["items"]] == sorted(p["date"] for p in tl["items"])
    assert client.get("/api/v1/timelines", params={"mission": "MSS", "by": "country"}).status_code == 422


def test_resolutions_and_votes(lite: tuple[TestClient, list[str]]) -> None:
    client = lite[0]
    res = client.get("/api/v1/resolutions", params={"mission": "MSS"}).json()
    numbers = [r["number"] for r in res["items"]]
    assert "2699" in numbers
    one = client.get("/api/v1/resolutions/2699").json()
    assert one["tally"] == "13-0-2" and one["votes"]["China"] == "abstain"
    assert client.get("/api/v1/resolutions/1").status_code == 404


def test_alerts_json_and_atom(client: TestClient) -> None:
    alerts = client.get("/api/v1/alerts", params={"as_of": "2024-09-15", "since": "2024-08-01"}).json()
    kinds = {a["kind"] for a in alerts["items"]}
    assert {"mandate_expiring", "deployed_low", "funding_low", "conflict"} <= kinds
    feed = client.get("/alerts.atom", params={"as_of": "2024-09-15", "since": "2024-08-01"})
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert feed.text.count("<entry>") == alerts["total"]


def _fake_extract(doc: Any) -> list[Claim]:
    at = doc.text.find("300")
    return (
        [
            Claim(
                measure="personnel.deployed",
                mission="MSS",
                subject="Jamaica",
                value=300,
                unit="persons",
                sentence=doc.text,
                start=max(at, 0),
                end=max(at, 0) + 3,
            )
        ]
        if at >= 0
        else []
    )


def test_post_needs_the_bearer_token(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "extract_claims", _fake_extract)
    body = {
        "text": "Jamaica sent 300 soldiers.",
        "title": "Troops",
        "outlet": "Test Wire",
        "published": "2024-10-01",
    }
    assert client.post("/api/v1/documents", json=body).status_code == 401
    wrong = client.post("/api/v1/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    ok = client.post("/api/v1/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201, ok.text
    [stored] = ok.json()["documents"]
    assert stored["status"] == "stored" and stored["claims"] == 1
    doc = client.get(stored["html"].replace("/documents/", "/api/v1/documents/")).json()
    assert doc["title"] == "Troops" and doc["claims"][0]["subject"] == "Jamaica"
    again = client.post("/api/v1/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["documents"][0]["status"] == "duplicate"


def test_post_validates_like_the_cli(lite: tuple[TestClient, list[str]]) -> None:
    client = lite[0]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    both = client.post("/api/v1/documents", json={"text": "x", "url": "https://example.org"}, headers=auth)
    assert both.status_code == 422 and "exactly one" in both.json()["error"]["message"]
    blank = client.post("/api/v1/documents", json={"text": "   "}, headers=auth)
    assert blank.status_code == 422


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/x", "http://10.0.0.1/a", "http://localhost/", "file:///etc/passwd", "http://[::1]/"],
)
def test_url_ingest_keeps_the_private_address_guard(lite: tuple[TestClient, list[str]], url: str) -> None:
    client = lite[0]
    r = client.post("/api/v1/documents", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "bad_input"
    assert "\n" not in r.json()["error"]["message"]


def test_writing_is_off_without_a_configured_token(lite: tuple[TestClient, list[str]]) -> None:
    ledger = lite[0].app.state.service.ledger
    client = TestClient(create_app(ledger, settings=Settings(token=None)))
    r = client.post("/api/v1/documents", json={"text": "Some text."}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_hostile_text_is_returned_as_data(lite: tuple[TestClient, list[str]]) -> None:
    client, ids = lite
    doc = client.get(f"/api/v1/documents/{ids[3]}").json()
    assert HOSTILE in doc["title"]  # JSON carries it verbatim; the HTML views escape it
    assert client.get(f"/api/v1/documents/{ids[3]}").headers["content-type"] == "application/json"
