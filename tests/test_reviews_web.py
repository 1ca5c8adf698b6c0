"""Reviews on the web and the command line (issue 11, items 2 and 4): the API, the server-rendered
forms (no script), the queue, and the development corpus's Jamaica pledge grouped into its 200
total, shown with "corrected by" in `facts` and on the mission page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.web.app import create_app

TOKEN = "review-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, dev_corpus: Path) -> str:
    """The development corpus read, extracted and stored with the real stages, once."""
    from missionwatch.nlp import extract_document
    from missionwatch.sources import read_inputs

    db = str(tmp_path_factory.mktemp("reviews") / "corpus.db")
    with open_ledger(db) as ledger:
        for doc in read_inputs([str(dev_corpus)]):
            assert not isinstance(doc, Exception), doc
            ledger.store(doc, extract_document(doc))
    return db


def _copy(db: str, tmp_path: Path) -> str:
    import shutil

    target = tmp_path / "copy.db"
    shutil.copy(db, target)
    return str(target)


def jamaica_parts(ledger: Any) -> tuple[int, int]:
    """The claims of "170 soldiers and 30 police officers" (the Jamaica pledge)."""
    found = {
        c.value: c.id
        for c in ledger.claims(measure="personnel.pledged")
        if "170 soldiers and 30 police" in c.sentence and c.value in (170, 30)
    }
    assert set(found) == {170, 30}, found
    return found[170], found[30]


def jamaica_total(facts: list[Any]) -> Any:
    (total,) = [f for f in facts if f["subject"] == "JAM" and f.get("component") is None and f["best"] == 200]
    return total


def test_group_the_jamaica_pledge_in_the_browser_forms(corpus_db: str, tmp_path: Path) -> None:
    db = _copy(corpus_db, tmp_path)
    client = TestClient(create_app(db, settings=Settings(token=TOKEN)), raise_server_exceptions=False)
    with open_ledger(db) as ledger:
        soldiers, police = jamaica_parts(ledger)

    page = client.get(f"/claims/{soldiers}/review")
    assert page.status_code == 200
    assert re.search(r"<mark class=\"evidence\">[^<]*170 soldiers</mark>", page.text)
    assert "<script" not in page.text and 'method="post"' in page.text
    assert f'href="/api/v1/claims/{soldiers}/reviews"' in page.text  # the JSON twin

    form = {
        "action": "group",
        "members": str(police),
        "components": "military, police",
        "reason": "one pledge",
    }
    assert client.post(f"/claims/{soldiers}/review", data=form).status_code == 401  # nobody
    done = client.post(f"/claims/{soldiers}/review", data=form, headers=AUTH, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith(f"/claims/{soldiers}/review?done=")

    mission = client.get("/missions/MSS").text
    # the instance's MISSIONWATCH_TOKEN writes as an admin, recorded as "(admin token)"
    assert re.search(r">200</a> <small class=\"reviewed\">\(corrected by \(admin token\)\)</small>", mission)
    facts = client.get("/api/v1/facts", params={"mission": "MSS", "measure": "personnel.pledged"}).json()
    assert jamaica_total(facts["items"])["reviewed"] == "corrected by (admin token)"

    detail = client.get(f"/api/v1/claims/{soldiers}/reviews").json()
    assert detail["status"] == "grouped"
    (event,) = detail["events"]
    assert event["editor"] == "(admin token)" and event["reason"] == "one pledge"
    assert (
        event["after"]["parts"] == {"military": 170, "police": 30} and event["after"]["total"]["value"] == 200
    )
    log = client.get("/api/v1/reviews").json()
    assert log["total"] == 1 and log["items"][0]["id"] == event["id"]

    undo = {"action": "undo", "target": event["id"]}
    assert (
        client.post(f"/claims/{soldiers}/review", data=undo, headers=AUTH, follow_redirects=False).status_code
        == 303
    )
    again = client.post(f"/claims/{soldiers}/review", data=undo, headers=AUTH)
    assert again.status_code == 422 and "undone already" in again.text and 'role="alert"' in again.text
    # the mission page is redone in the background (the previous briefing is served meanwhile);
    # the facts are recomputed at once
    facts = client.get("/api/v1/facts", params={"mission": "MSS", "measure": "personnel.pledged"}).json()
    assert not any(f["reviewed"] for f in facts["items"])


def test_group_the_jamaica_pledge_on_the_command_line(cli, corpus_db: str, tmp_path: Path) -> None:
    db = _copy(corpus_db, tmp_path)
    with open_ledger(db) as ledger:
        soldiers, police = jamaica_parts(ledger)
    queue = cli("review", "list", "--db", db, "--format", "json", "-n", "5")
    assert queue.exit_code == 0 and json.loads(queue.stdout)["items"][0]["reasons"]
    done = cli("review", "group", str(soldiers), "--member", str(police), "-c", "military", "-c", "police",
               "--editor", "ana", "--db", db)  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "group 170 military + 30 police = 200" in done.stdout
    facts = cli("facts", "MSS", "-m", "personnel.pledged", "--db", db, "--format", "json")
    assert jamaica_total(json.loads(facts.stdout))["reviewed"] == "corrected by ana"
    table = cli("facts", "MSS", "-m", "personnel.pledged", "--db", db)
    assert (
        "corrected by ana" in table.stdout.replace("\n", " ").replace("  ", " ")
        or "corrected" in table.stdout
    )
    with open_ledger(db) as ledger:
        document = ledger.claim(soldiers).document_id
    shown = cli("show", document[:8], "--db", db, "--no-text")
    assert f"#{soldiers:<6}" in shown.stdout and "[grouped]" in shown.stdout
    as_json = json.loads(cli("show", document[:8], "--db", db, "-f", "json").stdout)
    assert {c["id"]: c["review"] for c in as_json["claims"]}[police] == "grouped"
    log = cli("review", "log", "--claim", str(soldiers), "--db", db)
    assert log.exit_code == 0 and "ana" in log.stdout and "group" in log.stdout
    bad = cli("review", "reject", str(soldiers), "--reason", " ", "--db", db)
    assert bad.exit_code == 1 and bad.stderr.startswith("error: ") and "\n" not in bad.stderr.strip()


def test_help_teaches(cli) -> None:
    top = cli("review", "--help")
    assert top.exit_code == 0
    for command in ("list", "accept", "reject", "correct", "pin", "group", "add", "undo", "log"):
        assert command in top.stdout
        assert cli("review", command, "--help").exit_code == 0
    assert "missionwatch review group 78 --member 79" in cli("review", "group", "--help").stdout


# -- the API on SQLite and PostgreSQL -----------------------------------------------------------
@pytest.fixture
def api(ledger) -> tuple[TestClient, dict[str, Any]]:
    from test_reviews import fill

    ids = fill(ledger)
    return TestClient(create_app(ledger, settings=Settings(token=TOKEN)), raise_server_exceptions=False), ids


def test_write_routes_refuse_anonymous_and_accept_the_token(api) -> None:
    client, ids = api
    body = {"action": "reject", "reason": "a count of another day"}
    path = f"/api/v1/claims/{ids['460']}/reviews"
    assert client.post(path, json=body).status_code == 401
    assert client.post(path, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/v1/reviews", json={"action": "undo", "target": "abcdef"}).status_code == 401
    assert client.post(f"/claims/{ids['460']}/review", data=body).status_code == 401
    created = client.post(path, json=body, headers=AUTH)
    assert created.status_code == 201 and created.json()["action"] == "reject"
    wrong = {"action": "correct", "changes": {"qualifier": "roughly"}}
    bad = client.post(f"/api/v1/claims/{ids['410']}/reviews", json=wrong, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_input"
    assert "qualifier" in bad.json()["error"]["message"]
    assert client.post("/api/v1/claims/999999/reviews", json=body, headers=AUTH).status_code == 404
    add = {
        "action": "add",
        "document": ids["d2"],
        "evidence": "on the ground",
        "fields": {"measure": "personnel.arrived", "value": 460, "mission": "MSS"},
    }
    assert client.post("/api/v1/reviews", json=add, headers=AUTH).status_code == 201
    log = client.get("/api/v1/reviews", params={"action": "add"}).json()
    assert log["total"] == 1 and log["items"][0]["after"]["claim"]["start"] >= 0


def test_writing_is_off_without_a_configured_token(ledger) -> None:
    from test_reviews import fill

    ids = fill(ledger)
    client = TestClient(create_app(ledger, settings=Settings()), raise_server_exceptions=False)
    r = client.post(f"/api/v1/claims/{ids['410']}/reviews", json={"action": "accept"}, headers=AUTH)
    assert r.status_code == 403


def test_queue_page_and_twin(api) -> None:
    client, ids = api
    page = client.get("/review")
    assert page.status_code == 200 and "<script" not in page.text
    assert (
        f'href="/claims/{ids["460"]}/review"' in page.text
        or f'href="/claims/{ids["410"]}/review"' in page.text
    )
    twin = client.get("/api/v1/review/queue").json()
    assert twin["total"] >= 2 and twin["items"][0]["review"].startswith("/claims/")
    assert client.get("/review", params={"mission": "NOPE"}).status_code == 404
    client.post(f"/api/v1/claims/{ids['410']}/reviews", json={"action": "accept"}, headers=AUTH)
    after = client.get("/api/v1/review/queue").json()["items"]
    assert ids["410"] not in {i["claim"]["id"] for i in after}
