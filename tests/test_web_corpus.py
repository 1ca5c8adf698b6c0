"""End to end on the development corpus: read, extract and store the articles with the real stages,
then check that every figure on the mission pages leads to a highlighted sentence that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.web.app import create_app

TOKEN = "corpus-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
    if not corpus.is_dir():
        pytest.skip(f"development corpus not found at {corpus}")
    from missionwatch.nlp import extract_document
    from missionwatch.sources import read_inputs

    ledger = open_ledger(str(tmp_path_factory.mktemp("corpus") / "corpus.db"))
    for doc in read_inputs([str(corpus)]):
        assert not isinstance(doc, Exception), doc
        ledger.store(doc, extract_document(doc))
    return TestClient(create_app(ledger, settings=Settings(token=TOKEN)), raise_server_exceptions=False)


@pytest.mark.parametrize("mission", ["MSS", "GSF"])
def test_every_figure_link_lands_on_an_existing_anchor(client: TestClient, mission: str) -> None:
    html = client.get(f"/missions/{mission}").text
    links = set(re.findall(r'href="(/documents/[0-9a-f]+#claim-\d+)"', html))
    assert links, f"no figure links on the {mission} page"
    pages: dict[str, str] = {}
    for link in sorted(links):
        path, anchor = link.split("#")
        if path not in pages:
            r = client.get(path)
            assert r.status_code == 200, link
            pages[path] = r.text
        assert f'id="{anchor}"' in pages[path], link


def test_mss_briefing_has_mandate_and_money(client: TestClient) -> None:
    b = client.get("/api/v1/missions/MSS", params={"as_of": "2025-09-15"}).json()["briefing"]
    assert [r["number"] for r in b["mandate"]["resolutions"]][:2] == ["2699", "2751"]
    assert b["mandate"]["days_left"] == 17  # 2 October 2025, from the Council record
    assert b["money"]["total"]["required"] is not None
    for src in b["sources"]:
        assert src["sentence"] and src["link"].startswith("/documents/")


def test_post_with_the_real_extractor(client: TestClient) -> None:
    text = (
        "Published: 2025-03-01\n\nReinforcements reach the capital\n\n"
        "Some 150 police officers from Guatemala arrived in Port-au-Prince on Friday to join the "
        "Kenya-led Multinational Security Support mission."
    )
    r = client.post(
        "/api/v1/documents",
        json={"text": text, "outlet": "Test Gazette"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 201, r.text
    [stored] = r.json()["documents"]
    assert stored["claims"] >= 1
    doc = client.get(f"/api/v1/documents/{stored['document_id']}").json()
    assert doc["outlet"] == "Test Gazette" and doc["published"] == "2025-03-01"
    assert any(s["claims"] for s in doc["segments"])
