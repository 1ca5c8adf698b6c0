"""The overview lists the footnotes its marks cite; every source of it is on its own paged page.

A series of deployed totals, one a month, makes a trend whose points no figure cites; then
outlets that disagree on one day make a conflict with more values than a row shows: the two
places where an overview used to number sources that no footnote mark pointed at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.models import Claim, Document
from missionwatch.report.briefing import MAX_REFS, Briefing
from missionwatch.report.render import to_markdown
from missionwatch.web.app import create_app
from missionwatch.web.sample import load_sample

MONTHS = 10
DISAGREEING = MAX_REFS + 3  # outlets giving each its own total on one day
AS_OF = "2024-12-31"


def total(count: int, day: str, outlet: str) -> tuple[Document, list[Claim]]:
    text = f"Mission strength report\n\nThe mission counted {count:,} personnel on the ground this week."
    evidence = f"counted {count:,} personnel"
    start = text.index(evidence)
    doc = Document(
        text=text,
        source=f"test:{outlet}-{day}",
        title="Mission strength report",
        outlet=outlet,
        published=day,
        url=f"https://example.org/{outlet}/{day}",
    )
    claim = Claim(
        measure="personnel.deployed",
        mission="MSS",
        value=count,
        unit="persons",
        qualifier="exact",
        as_of=day,
        sentence=text.split("\n\n")[1],
        start=start,
        end=start + len(evidence),
        extractor="test",
        extractor_version="1",
    )
    return doc, [claim]


def monthly_totals() -> list[tuple[Document, list[Claim]]]:
    return [total(500 + 37 * m, f"2024-{m:02d}-03", "Strength Monthly") for m in range(1, MONTHS + 1)]


def disagreeing_totals() -> list[tuple[Document, list[Claim]]]:
    return [total(1000 + 350 * i, "2024-11-05", f"Outlet {i}") for i in range(DISAGREEING)]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    ledger = open_ledger(str(Path(tmp_path_factory.mktemp("overview-sources")) / "web.db"))
    load_sample(ledger)
    for doc, claims in monthly_totals() + disagreeing_totals():
        ledger.store(doc, claims)
    return TestClient(create_app(ledger, settings=Settings()))


def cited(html: str) -> set[int]:
    return {int(n) for n in re.findall(r'href="#source-(\d+)"', html)}


def listed(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<li id="source-(\d+)" value="\1">', html)]


def test_overview_lists_exactly_the_footnotes_its_marks_cite(client: TestClient) -> None:
    html = client.get("/missions/MSS", params={"as_of": AS_OF}).text
    brief = client.get("/api/v1/missions/MSS", params={"as_of": AS_OF}).json()["briefing"]
    shown = listed(html)
    assert set(shown) == cited(html)  # no footnote to nothing, no mark without its footnote
    assert shown == list(range(1, len(shown) + 1))  # the trend's sources are numbered last
    trend_only = {p["ref"] for p in brief["strength"]["trend"]} - set(shown)
    assert len(trend_only) >= MONTHS - 1  # the months before the newest: no figure cites them
    assert {s["n"] for s in brief["sources"]} == set(shown) | trend_only
    more = re.search(r'<p class="more-sources">(.*?)</p>', html, re.S)
    assert more and f"cite {len(trend_only)} sources more" in more.group(1)
    assert f'href="/missions/MSS/sources?as_of={AS_OF}"' in more.group(1)


def test_a_conflict_numbers_only_the_values_it_shows(client: TestClient) -> None:
    brief = client.get("/api/v1/missions/MSS", params={"as_of": AS_OF}).json()["briefing"]
    [row] = [c for c in brief["conflicts"] if c["measure"] == "personnel.deployed" and not c["subject"]]
    assert len(row["claims"]) == MAX_REFS
    assert row["more"] == DISAGREEING - MAX_REFS
    numbers = {s["n"] for s in brief["sources"]}
    assert all(n in numbers for f in row["claims"] for n in f["refs"])
    html = client.get("/missions/MSS", params={"as_of": AS_OF}).text
    link = f'<a class="more-sides" href="/conflicts?mission=MSS&amp;as_of={AS_OF}">+{row["more"]} more</a>'
    assert link in html
    page = client.get(f"/conflicts?mission=MSS&as_of={AS_OF}").text
    for i in range(DISAGREEING):  # each value the row leaves out is on the conflicts page
        assert f"{1000 + 350 * i:,}" in page


def test_sources_page_lists_every_source_in_pages(client: TestClient) -> None:
    brief = client.get("/api/v1/missions/MSS", params={"as_of": AS_OF}).json()["briefing"]
    numbers = [s["n"] for s in brief["sources"]]
    points = {p["ref"]: p["date"] for p in brief["strength"]["trend"]}
    seen: list[int] = []
    offset = 0
    while True:
        r = client.get("/missions/MSS/sources", params={"as_of": AS_OF, "limit": 4, "offset": offset})
        assert r.status_code == 200
        page = listed(r.text)
        assert len(page) <= 4
        for n in page:
            item = re.search(rf'<li id="source-{n}" .*?</li>', r.text, re.S)
            assert item is not None
            if n in points:
                assert f"point of the trend chart, {points[n]}" in item.group(0)
            else:
                assert "point of the trend chart" not in item.group(0)
        seen += page
        if 'rel="next"' not in r.text:
            break
        offset += 4
    assert seen == numbers
    first = client.get("/missions/MSS/sources", params={"as_of": AS_OF}).text
    assert f'href="/missions/MSS?as_of={AS_OF}"' in first  # back to the overview of the same day
    assert 'type="application/json" href="/api/v1/missions/MSS?' in first  # its JSON twin


def test_sources_page_of_an_unknown_mission_is_not_found(client: TestClient) -> None:
    assert client.get("/missions/NOPE/sources").status_code == 404


def test_markdown_cites_every_footnote_it_defines(client: TestClient) -> None:
    data = client.get("/api/v1/missions/MSS", params={"as_of": AS_OF}).json()["briefing"]
    md = to_markdown(Briefing.model_validate(data))
    defined = {int(n) for n in re.findall(r"^\[\^(\d+)\]:", md, re.M)}
    marks = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", md)}
    assert defined == marks == {s["n"] for s in data["sources"]}
    assert f"; +{DISAGREEING - MAX_REFS} more" in md
