"""A briefing at a date some claims follow ("today" on a ledger holding later reports) takes its
newest facts from the stored ones, with only the windows the later documents change recomputed
(``report.data.late_facts``; issue 10, twenty-seventh round) — and is the briefing every claim
known then reconciled gives (``build_briefing`` with the backend's reconciliation, the path before
this round): on SQLite and PostgreSQL, after ingests, corrections, rejections and removals, by a
hypothesis property and written cases. Documents and sentences written for this test.
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from properties import property_settings
from sqlalchemy import delete

from missionwatch.errors import NotFoundError
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.ledger.reviews import ReviewError
from missionwatch.ledger.schema import ReviewRow
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import sync
from missionwatch.report import data
from missionwatch.report.backend import Backend
from missionwatch.report.briefing import build_briefing, fact_claims, known_by, trend_facts
from missionwatch.report.data import PEOPLE_MEASURES, briefing_inputs, late_facts, mission_claims

PROPS = property_settings(30, fixtures=True)

# (measure, mission, subject, unit)
SERIES = [
    ("personnel.deployed", "MSS", None, None),
    ("personnel.deployed", "MSS", "KEN", None),
    ("personnel.pledged", "MSS", None, None),
    ("personnel.pledged", "MSS", "KEN", None),
    ("personnel.target", "MSS", None, None),
    ("personnel.deployed", "GSF", None, None),
    ("killed", None, "Haiti", None),
    ("displaced", None, "Haiti", None),
    ("funding.contributed", "MSS", None, "USD"),
    ("mandate.expiry", "MSS", None, None),
    ("quote", None, "A. Speaker", None),
    ("role", None, "A. Speaker", None),
    ("council.vote", "MSS", "resolution 2699", None),
    ("personnel.deployed", "MSS", None, None),  # framed as a design strength: read as a target
]
FRAMED = len(SERIES) - 1
VALUES = [400, 410, 900, 1200]
TEXTS = {
    "mandate.expiry": ["2025-10-02", "2026-10", "2025-10"],
    "quote": ["We will hold the line.", "The line holds.", "We will hold the line."],
    "role": ["commander", "spokesperson", "commander"],
    "council.vote": ["13-0-2", "12-1-2", "13-0-2"],
}
AS_OF = ["2025-01-05", "2025-01-20", "2025-02-03", "2025-02", "2025-03-01", "2025-03-14", "2025", None]
PUBLISHED = [
    "2025-01-06",
    "2025-01-21",
    "2025-02-04",
    "2025-02-20",
    "2025-03-02",
    "2025-03-15",
    "2025-03",
    None,
]
CUTOFFS = ["2025-01-10", "2025-02-04", "2025-02-28", "2025-03-10"]  # "2025-03": after 2025-02-28
CODES = ("MSS", "GSF")
ALL_KNOWN = "2025-12-31"  # after every date drawn


def _claim(series: int, value: int, as_of: str | None) -> Claim:
    measure, mission, subject, unit = SERIES[series]
    said: Any = TEXTS[measure][value % 3] if measure in TEXTS else VALUES[value]
    sentence = f"The force is well short of the {said} it was designed for." if series == FRAMED else ""
    return Claim(
        measure=measure,
        mission=mission,
        subject=subject,
        value=said,
        unit=unit,
        as_of=as_of,
        sentence=sentence,
        confidence=0.9,
    )


def _clear(ledger: Any) -> None:
    for d in list(ledger.documents(limit=None)):
        ledger.delete_document(d.id)
    with ledger.engine.begin() as conn:  # the audit log is append-only; a new example starts a new one
        conn.execute(delete(ReviewRow))


def _store(ledger: Any, reports: list[tuple[str | None, list[tuple[int, int, str | None]]]]) -> None:
    for i, (published, claims) in enumerate(reports):
        doc = Document(
            text=f"Report {i}: figures of the week, said the desk. " * 3,
            source=f"r{i}.txt",
            published=published,
        )
        ledger.store(doc, [_claim(*c) for c in claims])


def _act(ledger: Any, kind: str, pick: int, extra: Any) -> None:
    claims = ledger.claims()
    if not claims:
        return
    c = claims[pick % len(claims)]
    if kind == "remove":
        ledger.delete_document(c.document_id)
        return
    if kind == "correct":
        request = ReviewRequest(action="correct", claim_id=c.id, changes=extra)
    else:
        request = ReviewRequest(action="reject", claim_id=c.id, reason="wrong")
    with contextlib.suppress(ReviewError, NotFoundError):  # a refusal writes nothing
        ledger.review(request, editor="ann")


def _dump(model: Any) -> Any:
    return model.model_dump(exclude={"generated_at"})


def _old(ledger: Any, code: str, as_of: str) -> Any:
    """The briefing from every claim known then, reconciled (the backend's ``reconcile``)."""
    return build_briefing(code, mission_claims(ledger, code), as_of=as_of)


def _new(ledger: Any, code: str, as_of: str) -> Any:
    found = briefing_inputs(ledger, code, as_of)
    return build_briefing(
        code, found.claims, as_of=as_of, facts=found.facts, claim_count=found.claim_count, trend=found.trend
    )


def _view(f: Any) -> tuple[Any, ...]:
    """What a page reads of a fact but its claims (which stored facts hold only as shown)."""
    count = f.claim_count if f.claim_count is not None else len(f.claims)
    return (
        f.mission, f.measure, f.subject, f.best, f.low, f.high, f.unit, f.qualifier, f.as_of, f.conflict,
        f.decided_by, f.scope, f.component, f.flags, f.notes, count,
    )  # fmt: skip


def _check(ledger: Any) -> None:
    sync(ledger)
    for code in CODES:
        # a briefing reads no quote's or role's fact (``briefing.UNREAD_FACTS``): the facts of
        # every claim, theirs included, give the briefing that leaves them out (``_old``)
        claims = mission_claims(ledger, code)
        for as_of in (*CUTOFFS, ALL_KNOWN):
            every = Backend().facts(known_by(claims, as_of), as_of=as_of)
            brief = build_briefing(code, claims, as_of=as_of, facts=every)
            assert _dump(brief) == _dump(_old(ledger, code, as_of)), (code, as_of)
        # every claim known (the stored path): the stored facts hold every mission's roles and
        # every report's Council votes, the page those of the mission's documents and its own
        # votes (bench/serve.md, thirty-first and thirty-second rounds)
        assert _dump(_new(ledger, code, ALL_KNOWN)) == _dump(_old(ledger, code, ALL_KNOWN)), code
        # the ledger does not change here: a second read gives the same claims in the same order,
        # and every date below reads those (a read per date made this test the suite's slowest)
        assert _ids(mission_claims(ledger, code)) == _ids(claims), code
        for cutoff in CUTOFFS:
            known = known_by(claims, cutoff)
            if len(known) == len(claims):
                continue  # not a date some claim follows: the stored path of round 8 on
            whole = Backend().facts(fact_claims(known), as_of=cutoff)
            trend: list[Any] = []
            got = late_facts(ledger, code, claims, cutoff, trend=trend)
            # the strength trend, from the same reconciliation: every window of the deployed total
            assert trend == trend_facts(known), (code, cutoff)
            people = set(PEOPLE_MEASURES)  # stored bare (their claims and body not read)
            assert [(f.measure, f.mission, f.subject, f.best) for f in got] == [
                (f.measure, f.mission, f.subject, f.best) for f in whole
            ], (code, cutoff)
            assert [_view(f) for f in got if f.measure not in people] == [
                _view(f) for f in whole if f.measure not in people
            ], (code, cutoff)
            # the claims recounted, read by measure, are those of every claim of the mission (in
            # its order within a measure and a part: filed under the mission, or naming none)
            recounted = known_by(data.recounted_claims(ledger, code, cutoff), cutoff)
            for measure in data.RECOUNTED_AT_A_DATE:
                for filed in (True, False):
                    assert _ids(
                        c for c in recounted if c.measure == measure and bool(c.mission) == filed
                    ) == _ids(c for c in known if c.measure == measure and bool(c.mission) == filed), (
                        code,
                        cutoff,
                        measure,
                    )
            assert _dump(_new(ledger, code, cutoff)) == _dump(_old(ledger, code, cutoff)), (code, cutoff)


def _people(brief: Any) -> tuple[list[Any], list[Any]]:
    """What a page shows of people: its statements (speaker, role, words; not their footnote
    numbers, which the facts before them move) and any conflict of a people measure."""
    said = [(s.speaker, s.role, s.quote, s.published, s.link) for s in brief.statements]
    return said, [_dump(c) for c in brief.conflicts if c.measure in PEOPLE_MEASURES]


def _ids(claims: Any) -> list[Any]:
    return [(c.id, c.measure, c.value, c.mission, c.document_id) for c in claims]


# -- written cases ----------------------------------------------------------------------------
REPORTS = [
    ("2025-01-06", [(0, 0, "2025-01-05"), (1, 1, "2025-01-05"), (6, 2, None), (10, 0, None), (11, 0, None)]),
    ("2025-01-21", [(0, 1, "2025-01-20"), (2, 2, "2025-01-20"), (3, 1, None), (8, 3, None), (9, 1, None)]),
    ("2025-02-04", [(0, 2, "2025-02-03"), (0, 3, "2025-02"), (6, 3, "2025-02-03"), (12, 0, None)]),
    # a report of earlier days
    ("2025-02-20", [(0, 0, "2025-01-20"), (1, 3, "2025-02-03"), (4, 3, None), (7, 1, None)]),
    ("2025-03-02", [(0, 1, "2025-03-01"), (1, 2, "2025-03-01"), (5, 0, "2025-03-01"), (10, 1, None)]),
    ("2025-03-03", [(11, 1, None), (3, 3, "2025-03")]),
    ("2025-03-15", [(0, 3, "2025-03-14"), (6, 0, "2025-03-14"), (12, 1, None), (9, 2, None)]),
]  # fmt: skip


def test_a_briefing_at_a_date_later_reports_follow_is_that_of_every_claim_known_then(ledger: Any) -> None:
    _store(ledger, REPORTS)
    # the facts ``_check`` gives a briefing beside the ones it reads: a role's and a quote's
    every = Backend().facts(mission_claims(ledger, "MSS"), as_of=ALL_KNOWN)
    assert set(PEOPLE_MEASURES) <= {f.measure for f in every}
    _check(ledger)


def test_it_reconciles_only_the_claims_of_the_checked_measures(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(ledger, REPORTS)
    sync(ledger)
    recounted: list[set[str]] = []
    real = data.late_facts

    def spy(*args: Any, **kwargs: Any) -> Any:
        import missionwatch.reconcile.newest as newest

        inner = newest.reconcile_latest

        def counted(claims: Any, *a: Any, **k: Any) -> Any:
            recounted.append({c.measure for c in claims})
            return inner(claims, *a, **k)

        monkeypatch.setattr(newest, "reconcile_latest", counted)
        try:
            return real(*args, **kwargs)
        finally:
            monkeypatch.setattr(newest, "reconcile_latest", inner)

    monkeypatch.setattr(data, "late_facts", spy)
    brief = _new(ledger, "MSS", "2025-02-10")
    # the checked measures only; the toll, money and expiry from the stored facts, and no role:
    # a briefing reads no role fact (``briefing.UNREAD_FACTS``; bench/serve.md, thirty-third round)
    assert len(recounted) == 1 and recounted[0] <= set(data.RECOUNTED_AT_A_DATE), recounted
    assert {"personnel.deployed", "personnel.pledged"} <= recounted[0]
    assert "role" not in recounted[0]
    assert "personnel.target" not in recounted[0]  # the target's facts are the stored ones
    assert _dump(brief) == _dump(_old(ledger, "MSS", "2025-02-10"))


def test_corrections_rejections_and_a_removal(ledger: Any) -> None:
    _store(ledger, REPORTS)
    by_value = {(c.measure, c.subject, c.value): c for c in ledger.claims()}
    late_kenya = by_value[("personnel.deployed", "KEN", 1200)]
    ledger.review(
        ReviewRequest(action="correct", claim_id=late_kenya.id, changes={"value": 5000}), editor="ann"
    )
    killed = by_value[("killed", "Haiti", 1200)]
    ledger.review(ReviewRequest(action="reject", claim_id=killed.id, reason="wrong"), editor="ann")
    _check(ledger)
    ledger.delete_document(by_value[("personnel.deployed", None, 1200)].document_id)
    _check(ledger)


def test_conflicts_beyond_the_claims_shown_roles_filed_by_a_review_and_a_month_of_publication(
    ledger: Any,
) -> None:
    """A toll in conflict whose middle value is in neither its first nor its last six claims, once
    recomputed (a later report of its day) and once as stored (displacement, no later report); a
    role a review files under the mission; a report published in a month after the date with a
    quote, beside eight quotes known then."""
    pattern = [400, 400, 400, 400, 400, 400, 900, 1200, 1200, 1200, 1200, 1200, 1200]
    for i, value in enumerate(pattern):
        claims = [
            Claim(measure=m, subject="Haiti", value=value, as_of="2025-01-05", confidence=0.9)
            for m in ("killed", "displaced")
        ]
        claims += [
            Claim(
                measure="personnel.deployed", mission="MSS", value=400 + i, as_of="2025-01-05", confidence=0.9
            ),
            Claim(
                measure="quote",
                subject=f"Speaker {i}",
                value=f"Words number {i} of the week.",
                confidence=0.9,
            ),
            Claim(measure="role", subject=f"Speaker {i}", value="spokesperson", confidence=0.9),
        ]
        text = f"Report {i}: figures of the week, said the desk. " * 3
        ledger.store(Document(text=text, source=f"r{i}.txt", published=f"2025-01-{6 + i:02d}"), claims)
    late = [
        Claim(measure="killed", subject="Haiti", value=410, as_of="2025-01-05", confidence=0.9),
        Claim(measure="personnel.deployed", mission="MSS", value=405, as_of="2025-02-01", confidence=0.9),
        Claim(measure="quote", subject="Speaker L", value="Later words of the month.", confidence=0.9),
    ]
    text = "A later report: figures of the month, said the desk. " * 3
    ledger.store(Document(text=text, source="late.txt", published="2025-03"), late)
    role = next(c for c in ledger.claims(measure="role") if c.subject == "Speaker 3")
    ledger.review(ReviewRequest(action="correct", claim_id=role.id, changes={"mission": "MSS"}), editor="ann")
    _check(ledger)
    brief = _new(ledger, "MSS", "2025-02-28")
    assert {c.measure for c in brief.conflicts} >= {"killed", "displaced"}
    assert len(brief.statements) == 8


def _deployed(value: int, as_of: str, scope: str | None = None) -> Claim:
    attrs = {"scope": scope} if scope else {}
    return Claim(
        measure="personnel.deployed", mission="MSS", value=value, as_of=as_of, attrs=attrs, confidence=0.9
    )


def _trend_points(ledger: Any, reports: list[tuple[str | None, list[Claim]]]) -> list[tuple[str, float]]:
    for i, (published, claims) in enumerate(reports):
        text = f"Report {i}: figures of the week, said the desk. " * 3
        ledger.store(Document(text=text, source=f"t{i}.txt", published=published), claims)
    _check(ledger)
    return [(p.date, p.value) for p in _new(ledger, "MSS", "2025-02-04").strength.trend]


def test_the_trend_at_a_date_later_reports_follow_holds_every_window_of_a_scoped_total(ledger: Any) -> None:
    """The strength trend at a date later reports follow comes from the windows the checked
    measures' reconciliation builds (``late_facts``' ``trend``): a deployed total with a scope
    other than an increment is on the trend, each of its windows, not only its newest."""
    points = _trend_points(
        ledger,
        [
            ("2025-01-06", [_deployed(400, "2025-01-05"), _deployed(100, "2025-01-05", "part")]),
            ("2025-01-21", [_deployed(410, "2025-01-20"), _deployed(110, "2025-01-20", "part")]),
            ("2025-03-15", [_deployed(1200, "2025-03-14"), _deployed(120, "2025-03-14", "part")]),
        ],
    )
    assert points == [("2025-01-05", 100), ("2025-01-20", 110)], points


def test_the_trend_at_a_date_holds_an_undated_report_of_a_later_day(ledger: Any) -> None:
    """An undated report of a day after the date is on the trend (``briefing.known_by`` keeps it;
    a reconciliation ``as_of`` the date does not, so the trend is then reconciled apart)."""
    points = _trend_points(
        ledger,
        [
            ("2025-01-06", [_deployed(400, "2025-01-05")]),
            (None, [_deployed(900, "2025-03-14")]),
            ("2025-03-15", [_deployed(1200, "2025-03-14")]),
        ],
    )
    assert points == [("2025-01-05", 400), ("2025-03-14", 900)], points


def test_the_facts_at_a_date_are_built_with_the_cyclic_collector_off(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claims recounted and the facts of a briefing at a date later reports follow are built
    with no automatic cyclic collection (``materialized.no_collections``: six young collections
    over those claims were 0.14-0.17 s of a first MSS briefing at 1,000,009 claims,
    bench/serve.md, thirty-ninth round), and the collector is on again after; the briefing is
    still that of every claim known then."""
    import gc

    _store(ledger, REPORTS)
    sync(ledger)
    seen: list[tuple[str, bool]] = []
    for name in ("late_facts", "recounted_claims"):
        real = getattr(data, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            seen.append((_name, gc.isenabled()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(data, name, spy)
    assert gc.isenabled()
    brief = _new(ledger, "MSS", "2025-02-10")
    assert sorted(seen) == [("late_facts", False), ("recounted_claims", False)]
    assert gc.isenabled()
    assert _dump(brief) == _dump(_old(ledger, "MSS", "2025-02-10"))


def test_the_recounted_claims_leave_the_missions_other_personnel_claims_unbuilt(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recounted claims are read by measure (``data._strength_claims``): the mission's other
    personnel claims (arrivals) are not built, but in a reviewed document, where a correction
    can move a claim into the measures recounted or out of them (bench/serve.md, thirtieth
    round); the briefing is still that of every claim known then."""
    from missionwatch.ledger import queries

    def arrived(value: int, as_of: str) -> Claim:
        return Claim(measure="personnel.arrived", mission="MSS", value=value, as_of=as_of, confidence=0.9)

    early = [("2025-01-06", "2025-01-05"), ("2025-01-21", "2025-01-20"), ("2025-02-04", "2025-02-03")]
    for i, (published, as_of) in enumerate(early):
        claims = [_deployed(400 + i, as_of), arrived(50 + i, as_of), _claim(2, i, as_of)]
        text = f"Report {i}: figures of the week, said the desk. " * 3
        ledger.store(Document(text=text, source=f"a{i}.txt", published=published), claims)
    late = [_deployed(1200, "2025-03-14"), arrived(70, "2025-03-14")]
    text = "A later report of the month, said the desk. " * 3
    ledger.store(Document(text=text, source="late.txt", published="2025-03-15"), late)
    first = sorted(ledger.claims(measure="personnel.arrived"), key=lambda c: c.id)[0]
    moved = next(c for c in ledger.claims(measure="personnel.deployed") if c.value == 401)
    for claim, measure in ((first, "personnel.deployed"), (moved, "personnel.arrived")):
        request = ReviewRequest(action="correct", claim_id=claim.id, changes={"measure": measure})
        ledger.review(request, editor="ann")
    _check(ledger)
    built: list[tuple[str, str]] = []
    real = queries.claim_from_mapping

    def counted(row: Any) -> Any:
        c = real(row)
        built.append((c.measure, c.document_id))
        return c

    monkeypatch.setattr(queries, "claim_from_mapping", counted)
    recounted = data.recounted_claims(ledger, "MSS", "2025-02-04")
    monkeypatch.undo()
    reviewed = {first.document_id, moved.document_id}
    assert {doc for measure, doc in built if measure == "personnel.arrived"} <= reviewed
    # the correction into the deployed measure is read, the one out of it is not
    assert {c.measure for c in recounted} <= set(data.RECOUNTED_AT_A_DATE)
    assert {(c.measure, c.value) for c in recounted} >= {("personnel.deployed", 50)}
    assert ("personnel.deployed", 401) not in {(c.measure, c.value) for c in recounted}
    assert _dump(_new(ledger, "MSS", "2025-02-04")) == _dump(_old(ledger, "MSS", "2025-02-04"))


def test_a_deployed_figure_read_as_a_target_at_a_date_later_reports_follow(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The target's facts at such a date are the stored ones with the windows later reports change
    recomputed (``latest_at``), not reconciled from the claims recounted: a deployed figure framed
    as a design strength joins the target's keys (``scopes.prepare``), early and in a later report
    of an earlier day, beside targets stated as such (bench/serve.md, thirtieth round)."""

    def framed(value: int, as_of: str) -> Claim:
        sentence = f"The force is well short of the {value} it was designed for."
        return Claim(
            measure="personnel.deployed",
            mission="MSS",
            value=value,
            as_of=as_of,
            sentence=sentence,
            confidence=0.9,
        )

    def target(value: int, as_of: str) -> Claim:
        return Claim(measure="personnel.target", mission="MSS", value=value, as_of=as_of, confidence=0.9)

    reports = [
        (
            "2025-01-06",
            [_deployed(400, "2025-01-05"), framed(2500, "2025-01-05"), target(2500, "2025-01-05")],
        ),
        ("2025-01-21", [_deployed(410, "2025-01-20"), framed(2600, "2025-01-20")]),
        ("2025-02-04", [target(2600, "2025-01-20"), framed(2700, "2025-02-03")]),
        # later reports: one of an earlier day (a target in conflict with the one stored then)
        ("2025-02-20", [framed(3000, "2025-01-20"), _deployed(420, "2025-02-19")]),
        ("2025-03-15", [target(3100, "2025-03-14"), framed(3100, "2025-03-14")]),
    ]
    for i, (published, claims) in enumerate(reports):
        text = f"Report {i}: figures of the week, said the desk. " * 3
        ledger.store(Document(text=text, source=f"g{i}.txt", published=published), claims)
    _check(ledger)
    import missionwatch.reconcile.newest as newest

    built: list[str] = []
    real = newest.build_fact

    def counted(key: Any, *args: Any, **kwargs: Any) -> Any:
        built.append(key[1])
        return real(key, *args, **kwargs)

    monkeypatch.setattr(newest, "build_fact", counted)
    brief = _new(ledger, "MSS", "2025-02-10")
    monkeypatch.undo()
    assert "personnel.deployed" in built and "personnel.target" not in built, built
    target = brief.strength.total.target
    assert target is not None and target.high == 2700, target  # a deployed figure read as a target
    assert _dump(brief) == _dump(_old(ledger, "MSS", "2025-02-10"))


def test_a_persons_role_in_another_missions_reports_is_not_their_role_here(ledger: Any) -> None:
    """A speaker called a commander in MSS's report and a spokesperson in a later one of GSF's:
    each mission's page gives the role its own documents give (``mission_claims``: the roles of
    the documents that speak of it), when every claim is known by the date (the stored path) and
    at a date a later report follows (``late_facts``) alike — though the stored role fact holds
    both documents' claims (bench/serve.md, thirty-first round): a role is text, never in
    conflict, and no table reads it, so the page shows it only beside a quote, from the claims
    of the mission's documents (``MissionScope._scope_of``)."""

    def said(mission: str, value: int, words: str, role: str) -> list[Claim]:
        return [
            Claim(
                measure="personnel.deployed", mission=mission, value=value, as_of="2025-01-05", confidence=0.9
            ),
            Claim(measure="quote", subject="A. Speaker", value=words, confidence=0.9),
            Claim(measure="role", subject="A. Speaker", value=role, confidence=0.9),
        ]

    def roles(code: str, as_of: str) -> list[tuple[str | None, str | None]]:
        brief = _new(ledger, code, as_of)
        assert _dump(brief) == _dump(_old(ledger, code, as_of)), (code, as_of)
        assert "role" not in {c.measure for c in brief.conflicts}
        return [(s.role, s.quote) for s in brief.statements]

    def text(i: int) -> str:
        return f"Report {i}: figures of the week, said the desk. " * 3

    ledger.store(
        Document(text=text(0), source="m.txt", published="2025-01-06"),
        said("MSS", 400, "We will hold the line.", "commander"),
    )
    ledger.store(
        Document(text=text(1), source="g.txt", published="2025-01-21"),
        said("GSF", 900, "The line holds.", "spokesperson"),
    )
    sync(ledger)
    for late in (False, True):
        if late:  # a later report of MSS: the date is one later reports follow
            later = Document(text=text(2), source="l.txt", published="2025-03-15")
            ledger.store(later, [_deployed(1200, "2025-03-14")])
            sync(ledger)
        assert data.covers(mission_claims(ledger, "MSS"), "2025-02-10") != late
        assert roles("MSS", "2025-02-10") == [("commander", "We will hold the line.")]
        assert roles("GSF", "2025-02-10") == [("spokesperson", "The line holds.")]
    _check(ledger)


def _vote_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (mission, measure) of every read of a mission's Council votes (``earlier._votes_known``)."""
    from missionwatch.reconcile import earlier

    asked: list[tuple[str, str]] = []
    real = earlier._votes_known

    def counted(led: Any, code: str, measure: str, cutoff: str) -> Any:
        asked.append((code, measure))
        return real(led, code, measure, cutoff)

    monkeypatch.setattr(earlier, "_votes_known", counted)
    return asked


def test_a_missions_council_votes_none_of_which_came_later_are_its_stored_facts(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MSS's votes all published by the date, later reports holding none: its stored vote facts
    stand, its votes neither read nor reconciled (``earlier._clean_votes``); once a later report
    holds a vote of the resolution, they are."""
    _store(ledger, [*REPORTS[:-1], ("2025-03-15", [(0, 3, "2025-03-14"), (6, 0, "2025-03-14")])])
    sync(ledger)
    asked = _vote_reads(monkeypatch)
    brief = _new(ledger, "MSS", "2025-03-10")
    assert _dump(brief) == _dump(_old(ledger, "MSS", "2025-03-10"))
    assert any(r.refs for r in brief.mandate.resolutions) and not asked, asked
    text = "A later report: the Council's vote, said the desk. " * 3
    ledger.store(Document(text=text, source="vote.txt", published="2025-03-20"), [_claim(12, 1, None)])
    sync(ledger)
    assert _dump(_new(ledger, "MSS", "2025-03-10")) == _dump(_old(ledger, "MSS", "2025-03-10"))
    assert ("MSS", "council.vote") in asked, asked


@pytest.mark.parametrize("held_by", ["no mission", "another mission", "a review"])
def test_a_vote_key_another_claim_holds_is_reconciled_from_the_missions_votes(
    ledger: Any, monkeypatch: pytest.MonkeyPatch, held_by: str
) -> None:
    """MSS's votes all published by the date, but their resolution's key held by a vote naming
    no mission, one filed under GSF, or one a review corrected: its stored fact is not MSS's
    votes known then (``_clean_votes``), which are read and reconciled."""
    _store(ledger, [*REPORTS[:-1], ("2025-03-15", [(0, 3, "2025-03-14"), (6, 0, "2025-03-14")])])
    vote = _claim(12, 1, None).model_copy(update={"mission": {"no mission": None}.get(held_by, "GSF")})
    if held_by == "a review":
        mine = next(c for c in ledger.claims(measure="council.vote"))
        ledger.review(
            ReviewRequest(action="correct", claim_id=mine.id, changes={"value": "12-1-2"}), editor="ann"
        )
    else:
        text = "Another report: the Council's vote, said the desk. " * 3
        ledger.store(Document(text=text, source="vote.txt", published="2025-02-05"), [vote])
    asked = _vote_reads(monkeypatch)
    _check(ledger)
    asked.clear()  # at the last date every vote is known, the later report holding none
    assert _dump(_new(ledger, "MSS", "2025-03-10")) == _dump(_old(ledger, "MSS", "2025-03-10"))
    assert ("MSS", "council.vote") in asked, asked


@pytest.mark.parametrize("filed", ["GSF", None])
def test_a_vote_of_the_resolution_filed_elsewhere_is_no_conflict_on_the_stored_path(
    ledger: Any, filed: str | None
) -> None:
    """Every claim known by the date (the stored path): a vote of MSS's resolution 2699 filed under
    GSF, or naming no mission, is in the resolution's stored fact beside MSS's, but neither
    mission's reconciliation puts the two in conflict (``mission_claims``: a mission's own votes);
    the page takes the mission's own votes (``earlier.own_votes``; bench/serve.md, thirty-second
    round)."""
    _store(ledger, REPORTS[:-1])
    vote = _claim(12, 1, None).model_copy(update={"mission": filed})
    text = "Another report: the Council's vote, said the desk. " * 3
    ledger.store(Document(text=text, source="vote.txt", published="2025-02-05"), [vote])
    sync(ledger)
    for code in CODES:
        brief = _new(ledger, code, ALL_KNOWN)
        assert "council.vote" not in {c.measure for c in brief.conflicts}, code
        assert _dump(brief) == _dump(_old(ledger, code, ALL_KNOWN)), code


@pytest.mark.parametrize("filed", ["GSF", None])
def test_a_vote_filed_elsewhere_is_no_alert_nor_a_since_conflict_on_the_stored_path(
    ledger: Any, filed: str | None
) -> None:
    """The case above for the other readers of the stored facts on the stored path: the alert list
    (``alert_inputs``, ``alert_page``: the stored vote fact put the other report's vote in
    conflict with the mission's, a ``conflict`` alert), a page with a ``since`` comparison and the
    watch rules (``briefing_facts``) — each the mission's own votes, as the reconciliation of each
    mission's claims gives (bench/serve.md, thirty-third round)."""
    from missionwatch.config import Settings
    from missionwatch.report.alerts import compute_alerts

    _store(ledger, REPORTS[:-1])
    vote = _claim(12, 1, None).model_copy(update={"mission": filed})
    text = "Another report: the Council's vote, said the desk. " * 3
    ledger.store(Document(text=text, source="vote.txt", published="2025-02-05"), [vote])
    sync(ledger)
    settings, backend, since = Settings(), Backend(), "2025-01-01"
    whole = compute_alerts(
        data.claims_by_mission(ledger, backend),
        settings=settings,
        since=since,
        as_of=ALL_KNOWN,
        backend=backend,
    )
    claims, facts = data.alert_inputs(ledger, backend, ALL_KNOWN, since)
    listed = compute_alerts(
        claims, settings=settings, since=since, as_of=ALL_KNOWN, backend=backend, stored=facts
    )
    page, total = data.alert_page(ledger, backend, settings, since, ALL_KNOWN, 0, 100)
    stored = compute_alerts(
        data.claims_by_mission(ledger, backend),
        settings=settings,
        since=since,
        as_of=ALL_KNOWN,
        backend=backend,
        stored=lambda code, c, when: data.briefing_facts(ledger, code, c, when),
    )
    assert any(a.kind == "council_vote" for a in whole)
    assert not [a.title for a in listed if a.kind == "conflict" and "vote" in a.title.lower()]
    for got in (listed, page, stored):
        assert [a.model_dump() for a in got] == [a.model_dump() for a in whole]
    assert total == len(whole)
    for code in CODES:
        found = briefing_inputs(ledger, code, ALL_KNOWN, "2025-01-10")
        brief = build_briefing(code, found.claims, as_of=ALL_KNOWN, since="2025-01-10", facts=found.facts)
        assert found.facts is not None, "the stored facts answer"
        old = build_briefing(code, mission_claims(ledger, code), as_of=ALL_KNOWN, since="2025-01-10")
        assert _dump(brief) == _dump(old), code


# -- the property -----------------------------------------------------------------------------
CHANGES = [
    {"value": 5000},
    {"value": 300},
    {"mission": "GSF"},
    {"mission": ""},
    {"as_of": "2025-03-01"},
    {"measure": "personnel.target"},
]
# a report of GSF giving the speaker a role: its date, the role, where it comes among the reports
ROLE_ELSEWHERE = (st.sampled_from(PUBLISHED), st.integers(0, 2), st.integers(0, 8))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """1–8 reports of 1–4 claims (any series, value and date), then up to four corrections,
    rejections and removals of documents; and up to two reports of GSF giving the speaker a role."""
    reports = draw(
        st.lists(
            st.tuples(
                st.sampled_from(PUBLISHED),
                st.lists(
                    st.tuples(
                        st.integers(0, len(SERIES) - 1),
                        st.integers(0, len(VALUES) - 1),
                        st.sampled_from(AS_OF),
                    ),
                    min_size=1,
                    max_size=4,
                ),
            ),
            min_size=1,
            max_size=8,
        )
    )
    actions = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["correct", "correct", "reject", "remove"]))
        actions.append((kind, draw(st.integers(0, 40)), draw(st.sampled_from(CHANGES))))
    # GSF's reports of the speaker's role, some other than any MSS's reports give (thirty-first round)
    for published, role, at in draw(st.lists(st.tuples(*ROLE_ELSEWHERE), max_size=2)):
        reports.insert(at % (len(reports) + 1), (published, [(5, 0, "2025-01-05"), (11, role, None)]))
    return reports, actions


@PROPS
@given(drawn=histories())
def test_any_history_at_any_date_gives_the_briefing_of_every_claim_known_then(
    ledger: Any, drawn: tuple[list[Any], list[tuple[Any, ...]]]
) -> None:
    _clear(ledger)
    reports, actions = drawn
    note(f"reports={reports!r} actions={actions!r}")
    _store(ledger, reports)
    for kind, pick, extra in actions:
        _act(ledger, kind, pick, extra)
    _check(ledger)
