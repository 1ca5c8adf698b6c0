"""Briefings and alerts read from the materialized facts and a few claim queries
(``report.data.briefing_inputs``) are the briefings and alerts built from all of a mission's
claims (``mission_claims`` + ``briefing_facts``, the path the web server took before issue 10).

Both gold article sets (the shared development corpus and the bundled demo) are extracted once,
copied into a fresh SQLite and PostgreSQL ledger, reviewed a little (a correction, a rejection, a
claim people added: the reviewed documents take the Python side of ``MissionScope``), and every
mission's briefing and the alert list are compared field by field at several dates.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from missionwatch.cli.ingest import load_extractor, run_ingest
from missionwatch.config import Settings
from missionwatch.examples import articles_dir
from missionwatch.ledger import open_ledger
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.models import Claim
from missionwatch.reconcile.materialized import sync
from missionwatch.report.alerts import compute_alerts
from missionwatch.report.backend import Backend
from missionwatch.report.briefing import build_briefing
from missionwatch.report.data import (
    NotStored,
    alert_inputs,
    alert_page,
    briefing_facts,
    briefing_inputs,
    claims_by_mission,
    mission_claims,
)

DEV = (Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus" / "dev").resolve()
SETS = {"dev": DEV, "demo": articles_dir()}
DATES = ("2099-01-01", None, "2024-10-01")  # after everything, today, and a date some claims follow

_extracted: dict[str, list[tuple[Any, list[Claim]]]] = {}


def _documents(name: str, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, list[Claim]]]:
    """The set's documents with their extracted claims (extracted once per session)."""
    if name not in _extracted:
        source = SETS[name]
        if not source.is_dir():
            pytest.skip(f"{source} is not there")
        extract, label, warning = load_extractor()
        assert extract is not None, warning
        ledger = open_ledger(str(tmp_path_factory.mktemp(f"inputs-{name}") / "ledger.db"))
        try:
            run_ingest(ledger, [str(source)], extract=extract, extractor_name=label)
            _extracted[name] = list(ledger.iter_documents())
        finally:
            ledger.close()
    return _extracted[name]


def _fill(ledger: Any, name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    for doc, claims in _documents(name, tmp_path_factory):
        ledger.store(doc, claims, cluster_id=doc.cluster_id)
    _review(ledger)
    sync(ledger)


_filled: dict[tuple[str, str], str] = {}  # (set, "sqlite" | "postgres") -> a filled ledger to copy


@pytest.fixture(scope="session")
def _pg_templates(_pg: Any) -> Iterator[list[str]]:
    """The PostgreSQL databases filled once a session, dropped at its end."""
    made: list[str] = []
    yield made
    if made:
        from conftest import _admin_sql

        _admin_sql(str(_pg.admin()), *(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in made))


def _copy_filled(
    name: str, db_url: str, tmp_path_factory: pytest.TempPathFactory, pg: Any, templates: list[str]
) -> None:
    """Make ``db_url`` (a fresh database) a copy of the set's ledger as stored, reviewed and synced:
    filled once a session for each set and database (``_fill``, 1-4 s a time), copied for each
    test (SQLite's backup API; PostgreSQL's ``CREATE DATABASE … TEMPLATE``), so every test still
    gets a ledger of its own that no other test has touched."""
    kind = "sqlite" if "://" not in db_url else "postgres"
    key = (name, kind)
    if key not in _filled:
        if kind == "sqlite":
            source = str(tmp_path_factory.mktemp(f"filled-{name}") / "ledger.db")
        else:
            template = f"mw_filled_{name}_{uuid.uuid4().hex[:8]}"
            source = make_url(db_url).set(database=template).render_as_string(hide_password=False)
            from conftest import _admin_sql

            _admin_sql(str(pg.admin()), f'CREATE DATABASE "{template}"')
            templates.append(template)
        ledger = open_ledger(source)
        try:
            _fill(ledger, name, tmp_path_factory)
        finally:
            ledger.close()
        _filled[key] = source
    source = _filled[key]
    if kind == "sqlite":
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(db_url)) as dst,
        ):
            src.backup(dst)
        return
    from conftest import _admin_sql

    target, template = make_url(db_url).database, make_url(source).database
    _admin_sql(
        str(pg.admin()), f'DROP DATABASE "{target}"', f'CREATE DATABASE "{target}" TEMPLATE "{template}"'
    )


@pytest.fixture(params=sorted(SETS))
def filled(
    request: pytest.FixtureRequest,
    db_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    _pg: Any,
    _pg_templates: list[str],
) -> Iterator[Any]:
    _copy_filled(request.param, db_url, tmp_path_factory, _pg, _pg_templates)
    ledger = open_ledger(db_url)
    yield ledger
    ledger.close()


def _review(ledger: Any) -> None:
    """A correction, a rejection and an added claim, on documents that speak of a mission."""
    claims = [c for c in ledger.claims() if c.mission]
    by_measure: dict[str, Any] = {}
    for c in claims:
        by_measure.setdefault(c.measure, c)
    if "personnel.deployed" in by_measure:
        c = by_measure["personnel.deployed"]
        ledger.review(ReviewRequest(action="correct", claim_id=c.id, changes={"value": 999}), editor="ann")
    quotes = [c for c in ledger.claims(measure="quote")]
    if quotes:
        ledger.review(ReviewRequest(action="reject", claim_id=quotes[0].id, reason="not said"), editor="ann")
    first = claims[0]
    word = ledger.document(first.document_id).text.split()[0]
    ledger.review(
        ReviewRequest(
            action="add",
            document=first.document_id,
            start=0,
            end=len(word),
            fields={"measure": "personnel.deployed", "value": 123, "mission": first.mission},
        ),
        editor="ann",
    )


def _missions(ledger: Any) -> list[str]:
    return [m.code for m in Backend().mission_list() if ledger.count_claims(mission=m.code)]


def _dump(model: Any) -> Any:
    return model.model_dump(exclude={"generated_at"})


def test_briefings_from_stored_facts_are_the_briefings_from_every_claim(filled: Any) -> None:
    stored = trends = 0
    for code in _missions(filled):
        for as_of in DATES:
            claims = mission_claims(filled, code)
            old = build_briefing(code, claims, as_of=as_of, facts=briefing_facts(filled, code, claims, as_of))
            found = briefing_inputs(filled, code, as_of)
            new = build_briefing(
                code,
                found.claims,
                as_of=as_of,
                facts=found.facts,
                claim_count=found.claim_count,
                trend=found.trend,
            )
            assert _dump(new) == _dump(old), (code, as_of)
            trends += bool(found.trend) and bool(new.strength.trend)
            stored += found.facts is not None and len(found.claims) < len(claims)
    assert stored, "no briefing took the stored path"
    assert trends, "no briefing drew its trend from the stored windows"


def test_a_since_comparison_still_reads_every_claim(filled: Any) -> None:
    code = _missions(filled)[0]
    claims = mission_claims(filled, code)
    old = build_briefing(code, claims, as_of="2099-01-01", since="2024-10-01")
    found = briefing_inputs(filled, code, "2099-01-01", "2024-10-01")
    assert found.claim_count is None
    new = build_briefing(code, found.claims, as_of="2099-01-01", since="2024-10-01", facts=found.facts)
    assert _dump(new) == _dump(old)


@pytest.mark.parametrize(("as_of", "since"), [("2099-01-01", "2020-01-01"), ("2025-06-30", "2025-01-01")])
def test_alerts_from_stored_facts_are_the_alerts_from_every_claim(
    filled: Any, as_of: str, since: str
) -> None:
    settings, backend = Settings(), Backend()
    stored: Callable[..., Any] = lambda code, claims, when: briefing_facts(filled, code, claims, when)  # noqa: E731
    old = compute_alerts(
        claims_by_mission(filled, backend), settings=settings, since=since, as_of=as_of, stored=stored
    )
    claims, facts = alert_inputs(filled, backend, as_of, since)
    new = compute_alerts(claims, settings=settings, since=since, as_of=as_of, stored=facts)
    assert [a.model_dump() for a in new] == [a.model_dump() for a in old]
    assert old, "the comparison needs some alerts"


def test_an_alert_list_reads_the_claims_alerts_cite_and_those_since(db_url: str) -> None:
    """Of each fact an alert list holds the claims an alert cites (its first ``alerts.SOURCES``),
    its newest as many and those published since its date — not the six first and six newest a
    page shows (7,571 claims read by id for a first alert list at 1,000,009 claims,
    bench/serve.md, fifteenth round)."""
    from missionwatch.models import Document
    from missionwatch.report.alerts import SOURCES

    with open_ledger(db_url) as ledger:
        for i in range(16):
            ledger.store(
                Document(
                    text=f"The mission has {500 + i} personnel.",
                    source=f"p{i}",
                    published=f"2025-03-{1 + i:02d}",
                ),
                [
                    Claim(
                        measure="personnel.deployed",
                        mission="MSS",
                        value=500,
                        as_of="2025-02-28",
                        confidence=0.8,
                    )
                ],
            )
        sync(ledger)
        since = "2025-03-14"  # three claims since
        claims, facts = alert_inputs(ledger, Backend(), "2099-01-01", since)
        held = [
            f for f in facts("MSS", claims["MSS"], "") if f.measure == "personnel.deployed" and not f.subject
        ]
        assert held and held[0].claim_count == 16
        got = sorted(c.published or "" for c in held[0].claims)
        assert len(got) == 2 * SOURCES  # its first three, and its newest three: those since
        assert [p for p in got if p >= since] == ["2025-03-14", "2025-03-15", "2025-03-16"]


def test_facts_conflicts_and_timelines_read_slim_are_those_read_whole(filled: Any) -> None:
    """What the API's facts, conflicts and timelines read since issue 10 item 2 (claims kept by
    id and document only; conflicts from the newest facts alone) is what they read before."""
    from missionwatch.reconcile import conflicts, latest
    from missionwatch.reconcile.materialized import stored_conflicts, stored_facts, stored_latest
    from missionwatch.reconcile.timeline import points
    from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES, stored_mission_facts
    from missionwatch.web.service import _fact_out

    def same_facts(slim: list[Any], whole: list[Any]) -> None:
        assert [_fact_out(f) for f in slim] == [_fact_out(f) for f in whole]

    same_facts(stored_facts(filled, slim=True), stored_facts(filled))
    assert conflicts(stored_latest(filled, bare=PEOPLE_MEASURES)) == conflicts(latest(stored_facts(filled)))
    for code in _missions(filled):
        slim, whole = stored_mission_facts(filled, code, slim=True), stored_mission_facts(filled, code)
        same_facts(slim, whole)
        for by in (None, "subject"):
            assert points(slim, by=by) == points(whole, by=by)
        newest = stored_latest(
            filled,
            missions=[code],
            mission_free=SITUATION_MEASURES,
            by_document=PEOPLE_MEASURES,
            bare=PEOPLE_MEASURES,
        )
        assert conflicts(newest) == conflicts(latest(whole))
        assert stored_conflicts(
            filled,
            missions=[code],
            mission_free=SITUATION_MEASURES,
            by_document=PEOPLE_MEASURES,
            bare=PEOPLE_MEASURES,
        ) == conflicts(latest(whole))
    assert stored_conflicts(filled, bare=PEOPLE_MEASURES) == conflicts(latest(stored_facts(filled)))


def test_facts_selected_from_their_summaries_are_the_stored_facts(filled: Any) -> None:
    """The API's facts list picks its facts from their summaries (migration 0009: no claims) and
    reads the claims of the page's facts afterwards: the same facts, order, checks and claims as
    the stored facts read whole, for the whole ledger and each mission's scope."""
    from missionwatch.reconcile.materialized import claim_refs, stored_facts, stored_summaries
    from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES
    from missionwatch.web.service import _fact_out

    scopes: list[dict[str, Any]] = [{}, {"measures": ["personnel.deployed", "mandate.expiry"]}]
    scopes += [
        {"missions": [code], "mission_free": SITUATION_MEASURES, "by_document": PEOPLE_MEASURES}
        for code in _missions(filled)
    ]
    for scope in scopes:
        whole = stored_facts(filled, **scope)
        light, stored_at = stored_summaries(filled, **scope)
        assert whole and not any(f.claims for f in light)
        claims = claim_refs(filled, stored_at.values())
        assert [_fact_out(f, claims[stored_at[id(f)][0]]) for f in light] == [_fact_out(f) for f in whole]
        # every field, the checks' flags and notes included (FactOut shows neither)
        assert [f.model_dump(exclude={"claims"}) for f in light] == [
            f.model_dump(exclude={"claims"}) for f in whole
        ]


@pytest.mark.parametrize(
    "bare, skip", [((), ()), (("quote", "role"), ()), ((), ("quote", "role", "mission.lead"))]
)
def test_newest_facts_of_every_mission_at_once_are_those_of_each(filled: Any, bare: Any, skip: Any) -> None:
    """What an alert list reads for all missions in one go (heads in one scan, shared bodies once)
    is ``stored_latest`` of each mission — field by field, checks included, and no fact of one
    mission altered by the checks of another's (they share bodies)."""
    from missionwatch.reconcile.materialized import stored_latest, stored_latest_by_mission
    from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES

    codes = _missions(filled)
    scope = {"mission_free": SITUATION_MEASURES, "by_document": PEOPLE_MEASURES, "bare": bare, "skip": skip}
    together = stored_latest_by_mission(filled, codes, **scope)
    assert sorted(together) == sorted(codes)
    for code in codes:
        alone = stored_latest(filled, missions=[code], **scope)
        assert alone
        assert [f.model_dump() for f in together[code]] == [f.model_dump() for f in alone]


def test_a_facts_page_selected_before_a_drain_redid_its_facts_is_selected_again(filled: Any) -> None:
    """The facts list keeps its selection per ledger version and reads the page's claims later; a
    drain that redoes the facts in between (the version is refreshed after it) must not give a
    page with another fact's claims or none: the page is selected again, as a new server sees it."""
    from missionwatch.reconcile.materialized import rebuild
    from missionwatch.web.service import Service

    code = _missions(filled)[0]
    service = Service(filled, version_ttl=3600)  # the version is not looked at again meanwhile
    first = service.facts(mission=code)
    rebuild(filled)  # every fact stored again, under new seqs (some reused)
    again = service.facts(mission=code)
    assert again == Service(filled).facts(mission=code) == first


def test_a_warm_facts_page_reads_no_fact_body(filled: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a page of the facts list has been listed, listing it again (same ledger version) takes
    its facts' claims from the service, not from their bodies in the ledger."""
    from missionwatch.web import service as web_service

    code = _missions(filled)[0]
    svc = web_service.Service(filled, version_ttl=3600)

    def page(found: list[Any]) -> tuple[list[Any], None]:
        return found[:50], None

    first = svc.facts_page(mission=code, page=page)

    def no_bodies(*_args: Any) -> Any:
        raise AssertionError("a fact body was read for a page listed already")

    monkeypatch.setattr(web_service, "claim_refs", no_bodies)
    assert svc.facts_page(mission=code, page=page) == first


def test_an_alert_list_reads_the_first_vote_of_each_resolution(db_url: str) -> None:
    """An alert list raises one alert per resolution, from its first vote (by claim id): it reads
    that one of each resolution's votes since its date, not every vote (6,068 for MSS since 2024-01-01
    at 1,000,009 claims, bench/serve.md, sixteenth round) — and the alerts are those of every
    claim."""
    from missionwatch.models import Document

    settings, backend = Settings(), Backend()
    with open_ledger(db_url) as ledger:
        for i in range(8):
            ledger.store(
                Document(
                    text=f"The Council voted {13 - i % 2}-0 on resolution 2699, report {i}.",
                    source=f"v{i}",
                    published=f"2025-04-{1 + i:02d}",
                ),
                [
                    Claim(
                        measure="council.vote",
                        mission="MSS",
                        subject=f"resolution {2699 + i % 2}",
                        value=f"{13 - i % 2}-0",
                        confidence=0.9,
                    )
                ],
            )
        sync(ledger)
        as_of, since = "2099-01-01", "2025-04-03"
        claims, facts = alert_inputs(ledger, backend, as_of, since)
        votes = [c for c in claims["MSS"] if c.measure == "council.vote"]
        assert sorted((c.subject, c.published) for c in votes) == [
            ("resolution 2699", "2025-04-03"),
            ("resolution 2700", "2025-04-04"),
        ]
        new = compute_alerts(claims, settings=settings, since=since, as_of=as_of, stored=facts)
        stored: Callable[..., Any] = lambda code, c, when: briefing_facts(ledger, code, c, when)  # noqa: E731
        old = compute_alerts(
            claims_by_mission(ledger, backend), settings=settings, since=since, as_of=as_of, stored=stored
        )
        assert [a.model_dump() for a in new] == [a.model_dump() for a in old]
        assert any(a.kind == "council_vote" for a in new)


def test_an_alert_list_reads_the_claims_of_no_mission_once(
    filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An alert list at a date some claims follow reads each mission's claims; the claims that
    name no mission (the situation's, the quotes' and roles') are read once for all of them, not
    once a mission (2,667,109 claims read for six missions at 1,000,009 claims, bench/serve.md,
    sixteenth round) — and the alerts are those of every claim."""
    from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES

    settings, backend = Settings(), Backend()
    as_of, since = "2024-10-01", "2024-01-01"
    stored: Callable[..., Any] = lambda code, claims, when: briefing_facts(filled, code, claims, when)  # noqa: E731
    old = compute_alerts(
        claims_by_mission(filled, backend), settings=settings, since=since, as_of=as_of, stored=stored
    )
    read: list[str | None] = []
    real = filled.reviewed_claims

    def counted(*args: Any, **kwargs: Any) -> Any:
        read.append(kwargs.get("measure"))
        return real(*args, **kwargs)

    monkeypatch.setattr(filled, "reviewed_claims", counted)
    claims, facts = alert_inputs(filled, backend, as_of, since)
    assert len(claims) > 1, "the comparison needs missions read whole"
    for measure in [*SITUATION_MEASURES, *PEOPLE_MEASURES]:
        assert read.count(measure) <= 1, measure
    new = compute_alerts(claims, settings=settings, since=since, as_of=as_of, stored=facts)
    assert [a.model_dump() for a in new] == [a.model_dump() for a in old]


@pytest.mark.parametrize(("as_of", "since"), [("2099-01-01", "2020-01-01"), ("2099-01-01", None)])
def test_a_page_of_alerts_is_the_page_of_the_whole_list(filled: Any, as_of: str, since: str | None) -> None:
    """``alert_page`` — the conflicts counted from the marks the ledger keeps (``facts.disagree``,
    0018) and only those of the page's days built — gives every page and the total of the whole
    list (a claim a review corrected among them: it is held whole in its fact's references)."""
    settings, backend = Settings(), Backend()
    claims, facts = alert_inputs(filled, backend, as_of, since or "2098-12-02")
    whole = compute_alerts(claims, settings=settings, since=since, as_of=as_of, stored=facts)
    assert any(a.kind == "conflict" for a in whole) or since is None, "the comparison needs conflicts"
    with filled.engine.connect() as conn:
        marks = [t for (t,) in conn.execute(text("SELECT disagree FROM facts WHERE disagree IS NOT NULL"))]
    assert any(re.search(r":(,|\n|$)", t) for t in marks), "no mark of a claim held whole"
    for limit in (1, 7, 100):
        for offset in sorted(
            {0, 1, limit, 3 * limit, len(whole) // 2, max(0, len(whole) - 2), len(whole) + 5}
        ):
            page, total = alert_page(filled, backend, settings, since, as_of, offset, limit)
            assert total == len(whole)
            assert [a.model_dump() for a in page] == [a.model_dump() for a in whole[offset : offset + limit]]


def test_an_alert_page_at_a_date_some_claims_follow_is_not_stored(
    filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a date before some claims the stored facts do not answer: ``alert_page`` says so before
    reading any mission's claims (the service then lists the whole, as before)."""
    from missionwatch.report import data

    def unread(*_args: Any) -> Any:
        raise AssertionError("a mission's claims were read")

    monkeypatch.setattr(data, "mission_claims", unread)
    with pytest.raises(NotStored):
        alert_page(filled, Backend(), Settings(), "2024-01-01", "2024-10-01", 0, 10)


def test_a_page_of_alerts_builds_the_conflicts_of_its_days_only(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirty reports on thirty days disagree with the mission's strength: the first page of five
    builds the conflict alerts of its five days, not thirty — the others are counted from the
    marks (``facts.disagree``) — and the page and the total are those of the whole list, through
    the service too (``Service.alerts_page``)."""
    from missionwatch.models import Document
    from missionwatch.report import alerts
    from missionwatch.web.service import Service

    settings, backend = Settings(), Backend()
    with open_ledger(db_url) as ledger:
        for i in range(31):
            value = 900 if i in (0, 30) else 400 + i  # the newest report gives the best
            ledger.store(
                Document(
                    text=f"Report {i}: the mission had {value} officers on 1 March.",
                    source=f"r{i}",
                    published=f"2025-03-{1 + i:02d}",
                ),
                [Claim(measure="personnel.deployed", mission="MSS", value=value, as_of="2025-03-01")],
            )
        sync(ledger)
        as_of, since = "2099-01-01", "2025-01-01"
        claims, facts = alert_inputs(ledger, backend, as_of, since)
        whole = compute_alerts(claims, settings=settings, since=since, as_of=as_of, stored=facts)
        conflicts = [a for a in whole if a.kind == "conflict"]
        assert len(conflicts) == 29, [a.title for a in whole]
        built: list[int] = []
        real = alerts.conflict_alerts

        def counted(*args: Any) -> Any:
            found = real(*args)
            built.append(len(found))
            return found

        monkeypatch.setattr(alerts, "conflict_alerts", counted)
        page, total = alert_page(ledger, backend, settings, since, as_of, 0, 5)
        assert (total, [a.model_dump() for a in page]) == (len(whole), [a.model_dump() for a in whole[:5]])
        assert sum(built) <= 5
        svc = Service(ledger, settings=settings, backend=backend)
        items, total = svc.alerts_page(since, as_of, 10, 5)
        assert (total, [a.model_dump() for a in items]) == (
            len(whole),
            [a.model_dump() for a in whole[10:15]],
        )


def test_the_first_vote_of_each_resolution_either_way_round(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``first_of_each_since`` walks the votes and looks their documents up, or walks the documents
    of the days (SQLite: by how many of each there are; the first was 3-4 times faster since
    2024-01-01 at 1,000,009 claims, the second since a month ago): the same votes either way,
    a reviewed document's as the review leaves them."""
    from missionwatch.ledger.mission_scope import MissionScope
    from missionwatch.models import Document
    from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES

    with open_ledger(db_url) as ledger:
        for i in range(12):
            ledger.store(
                Document(
                    text=f"The Council voted {13 - i % 3}-0 on resolution {2699 + i % 3}, report {i}.",
                    source=f"w{i}",
                    published=f"2025-04-{1 + i:02d}",
                ),
                [
                    Claim(
                        measure="council.vote",
                        mission="MSS",
                        subject=f"resolution {2699 + i % 3}",
                        value=f"{13 - i % 3}-0",
                        confidence=0.9,
                    )
                ],
            )
        vote = next(c for c in ledger.claims(measure="council.vote") if c.published == "2025-04-05")
        ledger.review(
            ReviewRequest(action="correct", claim_id=vote.id, changes={"value": "14-0"}), editor="ann"
        )
        found = {}
        for first in (True, False):
            monkeypatch.setattr(MissionScope, "_votes_first", lambda *_args, first=first: first)
            with ledger.engine.connect() as conn:
                scope = MissionScope(
                    conn, "MSS", mission_free=SITUATION_MEASURES, by_document=PEOPLE_MEASURES
                )
                votes = scope.first_of_each_since("council.vote", "2025-04-04", "2099-01-01")
                found[first] = sorted((c.id or 0, c.subject, c.value, c.published) for c in votes)
        assert found[True] == found[False]
        assert ("resolution 2700", "14-0") in [(s, v) for _id, s, v, _p in found[True]]
        assert sorted(p for *_rest, p in found[True])[0] >= "2025-04-04"


def test_a_page_of_alerts_tells_a_month_from_its_days(db_url: str) -> None:
    """A report published in a month ("2025-03") and others on days of it disagree with the best:
    each page is the whole list's (the month's mark is not taken for its days')."""
    from missionwatch.models import Document

    settings, backend = Settings(), Backend()
    with open_ledger(db_url) as ledger:
        for i, published in enumerate(["2025-03", "2025-03-15", "2025-03-01", "2025-03", "2025-04-02"]):
            value = 900 if published == "2025-04-02" else 400 + 20 * i
            ledger.store(
                Document(
                    text=f"Report {i}: {value} officers on 1 March.", source=f"m{i}", published=published
                ),
                [Claim(measure="personnel.deployed", mission="MSS", value=value, as_of="2025-03-01")],
            )
        sync(ledger)
        as_of, since = "2099-01-01", "2025-01-01"
        claims, facts = alert_inputs(ledger, backend, as_of, since)
        whole = compute_alerts(claims, settings=settings, since=since, as_of=as_of, stored=facts)
        assert sum(a.kind == "conflict" for a in whole) == 4
        for offset in range(len(whole) + 1):
            page, total = alert_page(ledger, backend, settings, since, as_of, offset, 1)
            assert (total, [a.model_dump() for a in page]) == (
                len(whole),
                [a.model_dump() for a in whole[offset : offset + 1]],
            )
