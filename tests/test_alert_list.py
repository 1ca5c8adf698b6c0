"""Keyset pages, CSV and the Atom feed of the alert list built only where they show
(``report.data.AlertList``; issue 10, eighteenth round) are those of the whole list
(``compute_alerts`` over ``alert_inputs``, what ``Service.alerts`` makes): the same alerts in the
same order, a cursor found where the whole list has it, and the same bytes over HTTP — a keyset
page and its ``next`` (``api.page_of`` over the whole list), a CSV page, and the feed the
ElementTree serialisation of the whole list wrote before (``_old_atom``, kept here).

The ledgers are made of reports written for these tests: several missions' strength and money on
neighbouring days, a toll that names no mission (each mission lists its conflicts), a
month-precise date, a claim a review corrected (its fact holds it whole) — and, by hypothesis,
any mix of them.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.requests import Request

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import sync
from missionwatch.report.alerts import Alert, AlertSource, compute_alerts, to_atom
from missionwatch.report.backend import Backend
from missionwatch.report.briefing import today
from missionwatch.report.data import AlertList, alert_inputs
from missionwatch.web.api import Page, page_of
from missionwatch.web.app import create_app
from missionwatch.web.service import Service

AS_OF, SINCE = "2099-01-01", "2025-01-01"
# (measure, mission, subject, unit): series a few reports disagree on
SERIES = [
    ("personnel.deployed", "MSS", None, None),
    ("personnel.deployed", "MSS", "Kenya", None),
    ("personnel.deployed", "BINUH", None, None),
    ("killed", None, "Haiti", None),
    ("funding.contributed", "MSS", None, "USD"),
]
VALUES = [400, 410, 900, 1200, 21_000_000]


def _report(ledger: Any, i: int, published: str, series: int, value: int) -> None:
    measure, mission, subject, unit = SERIES[series]
    ledger.store(
        Document(
            text=f"Report {i}: the figure was {value} on 1 March, said the desk.",
            source=f"report-{i}",
            published=published,
        ),
        [
            Claim(
                measure=measure,
                mission=mission,
                subject=subject,
                value=value,
                unit=unit,
                as_of="2025-03-01",
                confidence=0.9,
            )
        ],
    )


def _fill(ledger: Any, reports: list[tuple[str, int, int]], correct: bool = True) -> None:
    for i, (published, series, value) in enumerate(reports):
        _report(ledger, i, published, series, value)
    if correct:  # a claim a review changed: its fact holds it whole in its references
        found = ledger.claims(measure="personnel.deployed")
        if found:
            ledger.review(
                ReviewRequest(action="correct", claim_id=found[0].id, changes={"value": 777}), editor="ann"
            )
    sync(ledger)


def _whole(ledger: Any, since: str | None = SINCE, as_of: str = AS_OF) -> list[Alert]:
    from missionwatch.report.alerts import default_since

    claims, stored = alert_inputs(ledger, Backend(), as_of, (since or default_since(as_of))[:10])
    return compute_alerts(
        claims, settings=Settings(), since=since, as_of=as_of, backend=Backend(), stored=stored
    )


def _dump(alerts: Any) -> list[dict[str, Any]]:
    return [a.model_dump() for a in alerts]


def _same_as_whole(ledger: Any, whole: list[Alert], since: str | None = SINCE) -> None:
    """``AlertList`` against the whole list: its total, newest day, every alert in order, where
    each id stands, and pages from anywhere."""
    listed = AlertList(ledger, Backend(), Settings(), since, AS_OF)
    assert listed.total == len(whole)
    assert listed.newest == max((a.date for a in whole), default=None)
    assert _dump(listed.alerts(strict=True)) == _dump(whole)
    first: dict[str, int] = {}
    for i, a in enumerate(whole):
        first.setdefault(a.id, i)
    for alert_id, at in first.items():
        assert listed.index(alert_id) == at, alert_id
    assert listed.index("0000000000000000") is None
    # a list whose walk is remembered answers any cursor in any order: deepest first, then the rest
    again = AlertList(ledger, Backend(), Settings(), since, AS_OF)
    for alert_id, at in [*reversed(first.items()), *first.items()]:
        assert again.index(alert_id) == at, alert_id
    for start in sorted({0, 1, len(whole) // 2, max(0, len(whole) - 1), len(whole)}):
        assert _dump(listed.page(start, 3)) == _dump(whole[start : start + 3])


REPORTS = [
    ("2025-03-02", 0, 410),
    ("2025-03-02", 1, 900),
    ("2025-03-03", 0, 1200),
    ("2025-03-03", 3, 400),
    ("2025-03", 0, 900),
    ("2025-03-05", 2, 410),
    ("2025-03-05", 4, 21_000_000),
    ("2025-03-06", 4, 400),
    ("2025-03-07", 3, 1200),
    ("2025-03-07", 0, 400),
    ("2025-03-08", 1, 410),
    ("2025-03-09", 0, 410),
    ("2025-03-09", 3, 900),
    ("2025-03-10", 0, 900),
]


@pytest.fixture
def filled(db_url: str) -> Iterator[Any]:
    with open_ledger(db_url) as ledger:
        _fill(ledger, REPORTS)
        yield ledger


def test_the_alert_list_day_by_day_is_the_whole_list(filled: Any) -> None:
    whole = _whole(filled)
    assert sum(a.kind == "conflict" for a in whole) >= 8, [a.title for a in whole]
    assert {a.mission for a in whole if a.kind == "conflict"} >= {"MSS", "BINUH"}
    _same_as_whole(filled, whole)
    _same_as_whole(filled, _whole(filled, "2025-03-07"), "2025-03-07")


def _old_atom(alerts: list[Alert], *, base_url: str) -> bytes:
    """The feed as ``report.alerts.to_atom`` wrote it before it was written in pieces."""
    atom = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", atom)
    base = base_url.rstrip("/")
    feed = ET.Element(f"{{{atom}}}feed")
    ET.SubElement(feed, f"{{{atom}}}title").text = "MissionWatch alerts"
    ET.SubElement(feed, f"{{{atom}}}id").text = "urn:missionwatch:alerts"
    stamp = max((a.date for a in alerts), default=today())
    ET.SubElement(feed, f"{{{atom}}}updated").text = f"{stamp[:10]}T00:00:00Z"
    ET.SubElement(feed, f"{{{atom}}}link", rel="self", href=f"{base}/alerts.atom")
    author = ET.SubElement(feed, f"{{{atom}}}author")
    ET.SubElement(author, f"{{{atom}}}name").text = "MissionWatch"
    for a in alerts:
        entry = ET.SubElement(feed, f"{{{atom}}}entry")
        ET.SubElement(entry, f"{{{atom}}}id").text = f"urn:missionwatch:alert:{a.id}"
        ET.SubElement(entry, f"{{{atom}}}title").text = a.title
        ET.SubElement(entry, f"{{{atom}}}updated").text = f"{a.date[:10]}T00:00:00Z"
        ET.SubElement(entry, f"{{{atom}}}link", rel="alternate", href=f"{base}{a.link}")
        ET.SubElement(entry, f"{{{atom}}}category", term=a.kind)
        summary = a.message + "".join(
            f"\n— {s.outlet or 'source'} {s.published or ''}: {s.sentence}" for s in a.sources
        )
        ET.SubElement(entry, f"{{{atom}}}summary", type="text").text = summary
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _request(query: str) -> Request:
    return Request(
        {
            "type": "http",
            "method": "GET",
            "scheme": "http",
            "server": ("testserver", 80),
            "path": "/api/v1/alerts",
            "root_path": "",
            "query_string": query.encode(),
            "headers": [],
        }
    )


def test_keyset_pages_csv_and_the_feed_are_those_of_the_whole_list(
    filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over HTTP, with ``Service.alerts`` (the whole list) never called: every keyset page of a
    walk and from every alert, its CSV, the offset CSV and the Atom feed are the bytes the whole
    list gives — through the old paths, ``page_of`` and the ElementTree feed."""
    from urllib.parse import urlencode

    whole = _whole(filled)

    def never(*_args: Any, **_kw: Any) -> Any:
        raise AssertionError("the whole alert list was made")

    monkeypatch.setattr(Service, "alerts", never)
    client = TestClient(create_app(filled, settings=Settings()))
    base = {"since": SINCE, "as_of": AS_OF}
    for limit in (1, 3, 100):
        for after in ["", *[a.id for a in whole], "no-such-alert"]:
            params = {**base, "limit": str(limit), "after": after}
            got = client.get("/api/v1/alerts", params=params)
            query = urlencode(params)
            if after == "no-such-alert":
                assert got.status_code == 404 and "start again" in got.json()["error"]["message"]
                continue
            chosen, following = page_of(_request(query), whole, limit, 0, after, lambda a: str(a.id))
            expected = Page[Alert](items=chosen, total=len(whole), limit=limit, offset=0, next=following)
            assert got.content == expected.model_dump_json().encode(), (limit, after)
            csv = client.get("/api/v1/alerts", params={**params, "format": "csv"})
            assert csv.text.count("\n") == len(chosen) + 1
    # the offset CSV: pages of the whole list
    for offset in (0, 2, len(whole) - 1):
        got = client.get(
            "/api/v1/alerts", params={**base, "limit": "2", "offset": str(offset), "format": "csv"}
        )
        ids = [line.split(",", 1)[0] for line in got.text.splitlines()[1:]]
        assert ids == [a.id for a in whole[offset : offset + 2]]
    feed = client.get("/alerts.atom", params=base)
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert feed.content == _old_atom(whole, base_url="http://testserver")
    assert feed.content == to_atom(whole, base_url="http://testserver")


def test_the_bodies_are_those_served_from_the_list_kept(filled: Any) -> None:
    """A server that keeps the whole list (made once by ``Service.alerts``) and one that never
    made it give the same bytes for keyset pages, CSV and the feed."""
    made = TestClient(create_app(filled, settings=Settings()))
    kept = create_app(filled, settings=Settings())
    kept.state.service.alerts(SINCE, AS_OF)
    old = TestClient(kept)
    whole = _whole(filled)
    base = {"since": SINCE, "as_of": AS_OF}
    for params in (
        {**base, "after": whole[3].id, "limit": "4"},
        {**base, "after": whole[-2].id},
        {**base, "after": "", "limit": "2", "format": "csv"},
        {**base, "after": whole[1].id, "limit": "2", "format": "csv"},
    ):
        assert (
            made.get("/api/v1/alerts", params=params).content
            == old.get("/api/v1/alerts", params=params).content
        )
    assert made.get("/alerts.atom", params=base).content == old.get("/alerts.atom", params=base).content


def test_a_keyset_page_builds_the_conflicts_of_its_days_only(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirty days of reports disagree with the mission's strength: a page of three after the
    tenth alert builds the conflicts of its days, not thirty (the days before it are walked by
    their claims' ids)."""
    from missionwatch.report import alerts

    with open_ledger(db_url) as ledger:
        _fill(ledger, [(f"2025-04-{1 + i:02d}", 0, 900 if i == 29 else 400 + i) for i in range(30)], False)
        whole = _whole(ledger)
        assert sum(a.kind == "conflict" for a in whole) == 29
        built: list[int] = []
        real = alerts.conflict_alerts

        def counted(*args: Any) -> Any:
            found = real(*args)
            built.append(len(found))
            return found

        monkeypatch.setattr(alerts, "conflict_alerts", counted)
        svc = Service(ledger, settings=Settings(), backend=Backend())
        found = svc.alerts_after(SINCE, AS_OF, whole[9].id, 3)
        assert found is not None
        items, total, start = found
        assert (_dump(items), total, start) == (_dump(whole[10:13]), len(whole), 10)
        assert sum(built) <= 3
        assert svc.alerts_after(SINCE, AS_OF, "no-such-alert", 3) is None


def test_the_feed_at_a_date_some_claims_follow_is_the_whole_list(filled: Any) -> None:
    """At a date before some claims the stored facts do not answer: the feed and a keyset page
    are made from the whole list, as before."""
    client = TestClient(create_app(filled, settings=Settings()))
    params = {"since": "2025-03-01", "as_of": "2025-03-06"}
    whole = _whole(filled, "2025-03-01", "2025-03-06")
    assert whole, "the comparison needs alerts"
    assert client.get("/alerts.atom", params=params).content == _old_atom(whole, base_url="http://testserver")
    page = client.get("/api/v1/alerts", params={**params, "after": whole[0].id, "limit": "2"}).json()
    assert [a["id"] for a in page["items"]] == [a.id for a in whole[1:3]]


DAYS = [f"2025-03-{d:02d}" for d in range(1, 12)] + ["2025-03", "2025-02-28", "2024-12-31"]


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    reports=st.lists(
        st.tuples(st.sampled_from(DAYS), st.integers(0, len(SERIES) - 1), st.sampled_from(VALUES)),
        min_size=1,
        max_size=18,
    ),
    correct=st.booleans(),
    since=st.sampled_from([SINCE, "2025-03-05", "2025-03", None]),
)
def test_any_ledger_lists_its_alerts_day_by_day_as_a_whole(
    reports: list[tuple[str, int, int]], correct: bool, since: str | None
) -> None:
    with tempfile.TemporaryDirectory() as tmp, open_ledger(str(Path(tmp) / "ledger.db")) as ledger:
        _fill(ledger, reports, correct)
        _same_as_whole(ledger, _whole(ledger, since), since)


@pytest.mark.parametrize("kept", [0, 5000])
def test_a_feed_streamed_or_kept_is_the_whole_list_and_a_warm_one_is_not_made_again(
    filled: Any, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    """A feed longer than ``FEED_KEPT`` is streamed a run of days at a time; a shorter one is made
    whole and kept for the ledger's version, so a second feed (and a keyset page) is not made
    again; a longer one's plan is kept for the version (nineteenth round), so it is not made
    again either. Either way the bytes are the whole list's; a CSV page is kept as its JSON is."""
    from missionwatch.web import service

    monkeypatch.setattr(service, "FEED_KEPT", kept)
    made: list[int] = []
    real = AlertList.__init__

    def counted(self: Any, *args: Any) -> None:
        made.append(1)
        real(self, *args)

    monkeypatch.setattr(AlertList, "__init__", counted)
    fed: list[int] = []
    feed = Service.alerts_feed

    def feeding(self: Any, *args: Any) -> Any:
        fed.append(1)
        return feed(self, *args)

    monkeypatch.setattr(Service, "alerts_feed", feeding)
    whole = _whole(filled)
    client = TestClient(create_app(filled, settings=Settings()))
    base = {"since": SINCE, "as_of": AS_OF}
    for _ in range(2):
        assert client.get("/alerts.atom", params=base).content == _old_atom(
            whole, base_url="http://testserver"
        )
    assert len(made) == 1  # a streamed feed's plan is kept for the version (``Service.alert_list``)
    assert len(fed) == (2 if kept == 0 else 1)  # a kept feed's body is kept too
    page = client.get("/api/v1/alerts", params={**base, "after": whole[2].id, "limit": "3"}).json()
    assert [a["id"] for a in page["items"]] == [a.id for a in whole[3:6]]
    assert len(made) == 1
    csv = [client.get("/api/v1/alerts", params={**base, "limit": "3", "format": "csv"}) for _ in range(2)]
    assert csv[0].content == csv[1].content and csv[0].headers["content-type"].startswith("text/csv")
    assert [line.split(",", 1)[0] for line in csv[0].text.splitlines()[1:]] == [a.id for a in whole[:3]]
    assert len(made) == 1


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from('&<>"\r\n\t\ud800é —'), max_size=30
)


@settings(max_examples=300, deadline=None, database=None)
@given(
    alerts=st.lists(
        st.builds(
            Alert,
            id=st.text("0123456789abcdef", min_size=1, max_size=16),
            kind=st.sampled_from(["conflict", "council_vote", "mandate_expiring"]),
            mission=st.just("MSS"),
            date=st.sampled_from(["2025-03-01", "2025-03", "2024-12-31"]),
            title=_TEXT,
            message=_TEXT,
            link=_TEXT.map(lambda t: "/claims/" + t),
            sources=st.lists(
                st.builds(
                    AlertSource,
                    outlet=st.none() | _TEXT,
                    published=st.none() | _TEXT,
                    sentence=_TEXT,
                    link=st.just("/x"),
                ),
                max_size=2,
            ),
        ),
        max_size=6,
    ),
    base=st.sampled_from(["http://testserver", "http://h:8000/mw/", 'http://a&b"c']),
    every=st.integers(1, 4),
)
def test_the_feed_written_in_pieces_is_the_feed_elementtree_writes(
    alerts: list[Alert], base: str, every: int
) -> None:
    """Any alerts' text — markup, quotes, line breaks in a link, a lone surrogate, empty titles —
    is written as ElementTree wrote the whole feed, in pieces of any size."""
    from missionwatch.report.alerts import atom_chunks

    expected = _old_atom(alerts, base_url=base)
    stamp = max((a.date for a in alerts), default=today())
    assert b"".join(atom_chunks(alerts, base_url=base, updated=stamp, every=every)) == expected
    assert to_atom(alerts, base_url=base) == expected


def test_an_alert_list_at_an_earlier_date_holds_one_missions_inputs_at_a_time(
    filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a date some claims follow every mission's claims are read and reconciled: the missions
    are taken in turn and each one's claims and facts let go before the next's are made (the
    same alerts as the whole list's)."""
    import gc
    import weakref

    from missionwatch.report import data

    as_of, since = "2025-03-06", "2025-03-01"
    whole = _whole(filled, since, as_of)
    made: list[weakref.ref[Any]] = []
    alive: list[int] = []
    real = data.briefing_inputs

    def tracked(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        made.append(weakref.ref(found))
        return found

    monkeypatch.setattr(data, "briefing_inputs", tracked)
    claims, stored = alert_inputs(filled, Backend(), as_of, since)

    def watched(code: str, found: Any, when: str) -> Any:
        gc.collect()
        alive.append(sum(r() is not None for r in made))
        return stored(code, found, when)

    again = compute_alerts(
        claims, settings=Settings(), since=since, as_of=as_of, backend=Backend(), stored=watched
    )
    assert _dump(again) == _dump(whole)
    assert len(made) >= 2 and alive and max(alive) == 1, (len(made), alive)


def _walk(client: TestClient, params: dict[str, str]) -> list[bytes]:
    """Every keyset page of a walk by its ``next`` links, from the start."""
    from urllib.parse import urlsplit

    bodies = [client.get("/api/v1/alerts", params={**params, "after": ""}).content]
    while True:
        following = json.loads(bodies[-1])["next"]
        if not following:
            return bodies
        split = urlsplit(following)
        bodies.append(client.get(f"{split.path}?{split.query}").content)


def _old_walk(whole: list[Alert], params: dict[str, str]) -> list[bytes]:
    """The same walk's bodies as ``page_of`` gives them over the whole list."""
    from urllib.parse import urlencode

    bodies, after = [], ""
    limit = int(params["limit"])
    while True:
        query = urlencode({**params, "after": after})
        chosen, following = page_of(_request(query), whole, limit, 0, after, lambda a: str(a.id))
        page = Page[Alert](items=chosen, total=len(whole), limit=limit, offset=0, next=following)
        bodies.append(page.model_dump_json().encode())
        if not following:
            return bodies
        after = chosen[-1].id


def test_a_keyset_walk_makes_the_plan_once_and_a_change_of_the_facts_makes_it_again(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A walk over every keyset page of a list (and its offset pages, CSV and feed) makes the
    list's plan once for the ledger's version, and each body is the whole list's as ``page_of``
    pages it. Then a report that changes the mission's best (so other claims disagree and some
    agree), and later a review that corrects a claim: the next walk makes the plan again and its
    bodies are those of the new whole list — a plan kept past its version would serve the old."""
    from missionwatch.web import service

    made: list[int] = []
    real = AlertList.__init__

    def counted(self: AlertList, *args: Any, **kw: Any) -> None:
        made.append(1)
        real(self, *args, **kw)

    monkeypatch.setattr(AlertList, "__init__", counted)
    monkeypatch.setattr(service, "FEED_KEPT", 0)  # the feed streamed from the plan too
    with open_ledger(db_url) as ledger:
        _fill(ledger, REPORTS)
        app = create_app(ledger, settings=Settings())
        app.state.service.version_ttl = 0  # another process's writes seen at once
        client = TestClient(app)
        params = {"since": SINCE, "as_of": AS_OF, "limit": "2"}
        seen: list[list[bytes]] = []
        for step in ("stored", "a report", "a review"):
            if step == "a report":  # many more reports of the mission's strength at 410
                for i in range(6):
                    _report(ledger, 100 + i, f"2025-03-{11 + i:02d}", 0, 410)
                sync(ledger)
            elif step == "a review":
                found = ledger.claims(measure="personnel.deployed", mission="MSS")
                ledger.review(
                    ReviewRequest(action="correct", claim_id=found[-1].id, changes={"value": 12_345}),
                    editor="ann",
                )
                sync(ledger)
            whole = _whole(ledger)
            made.clear()
            bodies = _walk(client, params)
            assert bodies == _old_walk(whole, params), step
            assert len(bodies) >= 5, step
            for offset in (0, 3, len(whole) - 1):
                got = client.get("/api/v1/alerts", params={**params, "offset": str(offset)}).json()
                assert [a["id"] for a in got["items"]] == [a.id for a in whole[offset : offset + 2]]
            csv = client.get("/api/v1/alerts", params={**params, "after": whole[2].id, "format": "csv"})
            assert [line.split(",", 1)[0] for line in csv.text.splitlines()[1:]] == [a.id for a in whole[3:5]]
            feed = client.get("/alerts.atom", params={"since": SINCE, "as_of": AS_OF})
            assert feed.content == _old_atom(whole, base_url="http://testserver"), step
            assert len(made) == 1, (step, len(made))
            seen.append(bodies)
        assert seen[0] != seen[1] != seen[2]


def test_the_plans_kept_are_bounded_and_one_the_facts_do_not_answer_is_kept_as_none(
    filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At most ``PLANS`` plans are kept, the least recently used let go; a date some claims
    follow (``NotStored``) is kept as None for its version and served from the whole list."""
    from missionwatch.web import service

    monkeypatch.setattr(service, "PLANS", 2)
    svc = Service(filled, settings=Settings(), backend=Backend())
    version = svc.version()
    for since in ("2025-03-01", "2025-03-05", "2025-03-07"):
        assert svc.alert_list(since, AS_OF, version) is not None
    assert len(svc.plans.data) == 2 and ("2025-03-01", AS_OF) not in svc.plans.data
    assert svc.alert_list("2025-03-01", "2025-03-06", version) is None
    whole = _whole(filled, "2025-03-01", "2025-03-06")
    found = svc.alerts_after("2025-03-01", "2025-03-06", whole[0].id, 2)
    assert found is not None and [a.id for a in found[0]] == [a.id for a in whole[1:3]]
