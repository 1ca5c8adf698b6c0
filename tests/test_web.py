"""The HTML pages: each has a JSON twin, untrusted text is escaped everywhere, figures lead to sentences."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.web.app import create_app
from missionwatch.web.sample import HOSTILE, load_sample


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, list[str]]:
    ledger = open_ledger(str(Path(tmp_path_factory.mktemp("web")) / "web.db"))
    ids = load_sample(ledger)
    return TestClient(create_app(ledger, settings=Settings()), raise_server_exceptions=False), ids


def pages(ids: list[str]) -> list[str]:
    return [
        "/",
        "/missions/MSS?as_of=2024-09-15&since=2024-08-01",
        "/claims",
        "/claims?mission=MSS&measure=quote",
        "/documents",
        "/documents?q=Kenya",
        f"/documents/{ids[3]}",
        f"/documents/{ids[2]}",
        "/conflicts",
        "/conflicts?mission=MSS",
        "/search?q=commander",
        "/search",
        "/alerts?as_of=2024-09-15",
        "/api/v1/docs",
    ]


class Elements(HTMLParser):
    """Collects the tags of a page: script elements, event-handler attributes, links, ids."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.handlers: list[str] = []
        self.hrefs: list[str] = []
        self.ids: list[str] = []
        self.alternate: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        self.handlers += [k for k in a if k.startswith("on")]
        if a.get("href"):
            self.hrefs.append(a["href"] or "")
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "link" and a.get("rel") == "alternate" and a.get("type") == "application/json":
            self.alternate = a.get("href")


def parse(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    return p


def test_every_page_has_a_json_twin_with_the_same_data(site: tuple[TestClient, list[str]]) -> None:
    client, ids = site
    for path in pages(ids):
        page = client.get(path)
        assert page.status_code == 200, (path, page.text[:300])
        assert page.headers["content-type"].startswith("text/html")
        twin = parse(page.text).alternate
        assert twin and twin.startswith("/api/v1/"), path
        data = client.get(twin)
        assert data.status_code == 200, (path, twin)
        assert data.headers["content-type"].startswith("application/json"), twin
    overview = client.get("/api/v1/missions/MSS?as_of=2024-09-15&since=2024-08-01").json()["briefing"]
    html = client.get("/missions/MSS?as_of=2024-09-15&since=2024-08-01").text
    assert overview["strength"]["total"]["target"]["text"] in html
    assert f"{overview['mandate']['days_left']} days left" in html


def test_untrusted_text_is_escaped_on_every_page(site: tuple[TestClient, list[str]]) -> None:
    client, ids = site
    for path in pages(ids):
        html = client.get(path).text
        tags = parse(html)
        assert tags.scripts == 0, path  # the pages run no script at all, ours or theirs
        assert not tags.handlers, (path, tags.handlers)
        assert not any(h.lower().startswith("javascript:") for h in tags.hrefs), path
    doc = client.get(f"/documents/{ids[3]}").text
    assert "&lt;script&gt;alert(&#39;mw&#39;)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=alert(2)&gt;" in doc
    assert "&lt;b&gt;now&lt;/b&gt;" in doc  # a quote's markup is shown, not applied
    assert HOSTILE not in doc


def test_document_view_anchors_every_claim_in_a_highlight(site: tuple[TestClient, list[str]]) -> None:
    client, ids = site
    data = client.get(f"/api/v1/documents/{ids[2]}").json()
    html = client.get(f"/documents/{ids[2]}").text
    for c in data["claims"]:
        m = re.search(rf'<mark class="claim" id="claim-{c["id"]}"[^>]*>(.*?)</mark>', html, re.S)
        assert m, c["id"]
        evidence = data["text"][c["start"] : c["end"]]
        assert m.group(1).replace("&#39;", "'").replace("&amp;", "&") == evidence


def test_overlapping_evidence_keeps_an_anchor_for_each_claim() -> None:
    from missionwatch.models import StoredClaim
    from missionwatch.web.service import segments

    text = "Kenya sent 400 officers and 200 more."
    claims = [
        StoredClaim(id=1, document_id="d", measure="personnel.deployed", start=0, end=20),
        StoredClaim(id=2, document_id="d", measure="contributor", start=0, end=5),
        StoredClaim(id=3, document_id="d", measure="personnel.pledged", start=27, end=36),
        StoredClaim(id=4, document_id="d", measure="quote", start=500, end=600, sentence="and 200 more"),
    ]
    segs = segments(text, claims)
    assert "".join(s.text for s in segs) == text
    assert [s.claims for s in segs if s.claims] == [[2, 1], [4, 3]]  # 4 found by its sentence


def test_mission_figures_link_to_their_sentences(site: tuple[TestClient, list[str]]) -> None:
    client, _ = site
    html = client.get("/missions/MSS?as_of=2024-09-15").text
    links = re.findall(r'<a class="fig" href="(/documents/[0-9a-f]+#claim-\d+)"', html)
    assert len(links) >= 5
    for link in links[:5]:
        path, anchor = link.split("#")
        assert f'id="{anchor}"' in client.get(path).text
    assert html.count("<svg") >= 3  # strength, trend and money charts drawn on the server
    assert re.search(r'<a [^>]*href="/documents/[0-9a-f]+#claim-\d+"', html.split('id="chart-trend"')[1])


def test_claims_table_filters(site: tuple[TestClient, list[str]]) -> None:
    client, _ = site
    html = client.get("/claims?measure=quote").text
    assert "1 found" in html and "Jane Doe" in html and "Kenya deployed" not in html
    assert '<option value="quote" selected>' in html
    paged = client.get("/claims?limit=4").text
    assert 'rel="next"' in paged and "offset=4" in paged


def test_conflicts_side_by_side(site: tuple[TestClient, list[str]]) -> None:
    client, _ = site
    html = client.get("/conflicts?mission=MSS").text
    assert 'class="side"' in html and "Island Wire" in html and "Daily &lt;script&gt;" in html
    assert html.count('<span class="badge best">best</span>') >= 1


def test_api_reference_lists_every_route(site: tuple[TestClient, list[str]]) -> None:
    client, _ = site
    spec = client.get("/api/v1/openapi.json").json()
    html = client.get("/api/v1/docs").text
    for path in spec["paths"]:
        assert path in html
    for required in (
        "/api/v1/missions",
        "/api/v1/facts",
        "/api/v1/claims",
        "/api/v1/documents",
        "/api/v1/timelines",
        "/api/v1/conflicts",
        "/api/v1/resolutions",
        "/api/v1/alerts",
    ):
        assert required in spec["paths"]


def test_no_page_loads_anything_from_elsewhere(site: tuple[TestClient, list[str]]) -> None:
    client, ids = site
    for path in pages(ids):
        html = client.get(path).text
        assert not re.search(r'<(link|img|script)[^>]+(src|href)="(https?:)?//', html), path


class CountingLedger:
    """Just enough of a Ledger for Service.version: counts that an outside writer can change."""

    def __init__(self) -> None:
        self.docs = 1
        self.calls = 0

    def count_documents(self) -> int:
        self.calls += 1
        return self.docs

    def count_claims(self) -> int:
        return self.docs * 10

    def count_reviews(self) -> int:
        return self.docs * 100

    def facts_pending(self) -> int:
        return 0


def test_ledger_version_is_recounted_once_in_the_background() -> None:
    import time

    from missionwatch.web.service import Service

    ledger = CountingLedger()
    svc = Service(ledger, Settings(), version_ttl=0.05)  # type: ignore[arg-type]
    assert svc.version() == (1, 10, 100)
    ledger.docs = 2  # another process stored a document
    assert svc.version() == (1, 10, 100)  # trusted until the TTL passes
    time.sleep(0.06)
    calls = ledger.calls
    burst = [svc.version() for _ in range(20)]  # after expiry: at most one recount is started
    assert ledger.calls - calls <= 1 and (1, 10, 100) in burst
    deadline = time.monotonic() + 5
    while svc.version() != (2, 20, 200) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert svc.version() == (2, 20, 200)
    ledger.docs = 3
    svc.changed()  # this server wrote: seen at once
    assert svc.version() == (3, 30, 300)


def test_after_an_ingest_the_previous_briefing_is_served_while_redone(tmp_path: Path) -> None:
    import time

    from missionwatch.models import Claim, Document
    from missionwatch.web.service import Service

    ledger = open_ledger(str(tmp_path / "fresh.db"))
    load_sample(ledger)
    svc = Service(ledger, Settings(), version_ttl=0)
    before = svc.briefing("MSS", "2024-09-15")
    text = "Extra report: 2,600 personnel deployed."
    ledger.store(
        Document(text=text, source="t", published="2024-09-12"),
        [
            Claim(
                measure="personnel.deployed",
                mission="MSS",
                value=2600,
                unit="persons",
                sentence=text,
                start=14,
                end=19,
            )
        ],
    )
    served = svc.briefing("MSS", "2024-09-15")  # at once: the previous briefing
    assert served.claim_count == before.claim_count
    deadline = time.monotonic() + 30
    while svc.briefing("MSS", "2024-09-15").claim_count == before.claim_count:
        assert time.monotonic() < deadline, "the briefing was never recomputed"
        time.sleep(0.05)
    assert svc.briefing("MSS", "2024-09-15").claim_count == before.claim_count + 1


def test_pages_forbid_scripts_and_foreign_loads(site: tuple[TestClient, list[str]]) -> None:
    client, ids = site
    for path in (f"/documents/{ids[3]}", "/missions/MSS", "/api/v1/claims", "/nope"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'none'" in csp and "default-src 'self'" in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"


def test_a_server_warms_before_it_listens_and_makes_the_collector_cheap(tmp_path: Path) -> None:
    """``web.server.warm``: the knowledge base read, templates compiled, charts drawn once, and
    everything alive then frozen out of the cycle collector, whose young generation is then
    collected every 10,000 allocations (a first alert list spent 40 % of its CPU in it)."""
    import gc

    from missionwatch.report.backend import Backend
    from missionwatch.web import server

    app = create_app(str(tmp_path / "w.db"), settings=Settings(token="t" * 32))
    read: list[str] = []

    class Counting(Backend):
        def resolution_list(self, mission: str) -> list:  # type: ignore[type-arg]
            read.append(mission)
            return super().resolution_list(mission)

    app.state.service.backend = Counting()
    threshold = gc.get_threshold()
    try:
        server.warm(app)
        assert gc.get_threshold() == server.GC_THRESHOLD
        assert gc.get_freeze_count() > 0
        assert "MSS" in read and len(read) == len(Backend().mission_list())
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_api_pages_are_kept_serialised_per_url_and_ledger_version(tmp_path: Path) -> None:
    """A warm facts, conflicts, timelines, alerts or claims page is the body kept for its URL and
    the ledger version (the same bytes as computed), a CSV twin is not taken from it, and a write
    (a new version) is seen at once."""
    import json

    from missionwatch.models import Claim, Document

    ledger = open_ledger(str(tmp_path / "cached.db"))
    load_sample(ledger)
    app = create_app(ledger, settings=Settings())
    client = TestClient(app)
    svc = app.state.service
    svc.version_ttl = 0  # recount on every request: this test writes from outside the server
    urls = [
        "/api/v1/facts?mission=MSS&limit=5",
        "/api/v1/conflicts?mission=MSS",
        "/api/v1/timelines?mission=MSS",
        "/api/v1/alerts?as_of=2025-01-01",
        "/api/v1/claims?mission=MSS&measure=personnel.deployed&limit=5",
    ]
    first = {u: client.get(u) for u in urls}
    assert all(
        r.status_code == 200 and r.headers["content-type"] == "application/json" for r in first.values()
    )
    assert len(svc.responses.data) == len(urls)
    assert {u: client.get(u).content for u in urls} == {u: r.content for u, r in first.items()}
    assert client.get(urls[0] + "&format=csv").headers["content-type"].startswith("text/csv")
    total = json.loads(first[urls[0]].content)["total"]
    text = "Extra report: 2,600 personnel deployed in Kenya."
    ledger.store(
        Document(text=text, source="t", published="2024-09-12"),
        [
            Claim(
                measure="personnel.deployed",
                mission="MSS",
                subject="Kenya",
                value=2600,
                unit="persons",
                as_of="2031-01-05",
                sentence=text,
                start=14,
                end=19,
            )
        ],
    )
    assert json.loads(client.get(urls[0]).content)["total"] == total + 1
    claims = json.loads(client.get(urls[-1]).content)
    assert claims["total"] == json.loads(first[urls[-1]].content)["total"] + 1
    assert client.get(urls[-1] + "&format=csv").headers["content-type"].startswith("text/csv")
