"""``reconcile.newest.reconcile_latest`` is ``latest(reconcile(...))`` — the same facts, field for
field and claim for claim, in the same order — while building only the windows that can be a
series' newest (and every mission total's, which the checks read): on claims written here and, by
hypothesis, on any mix of strengths (totals, contributors, parts), Council votes filed under two
missions, quotes, mandate expiries (the record's day) and money at any date.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from properties import property_settings

from missionwatch.models import Claim, Document, StoredClaim
from missionwatch.reconcile import conflicts, latest, reconcile
from missionwatch.reconcile import facts as facts_module
from missionwatch.reconcile.newest import reconcile_latest
from missionwatch.reconcile.rules import Rules

PROPERTY = property_settings(150)  # one profile for every property here
START = date(2025, 1, 1)

# (measure, mission, subject, unit, scope attrs): the series the claims may fall in
SERIES = [
    ("personnel.deployed", "MSS", None, None),
    ("personnel.deployed", "MSS", None, None),
    ("personnel.deployed", "MSS", "Kenya", None),
    ("personnel.deployed", "MSS", "Jamaica", None),
    ("personnel.deployed", "mss", "KEN", None),
    ("personnel.pledged", "MSS", None, None),
    ("personnel.pledged", "MSS", "Kenya", None),
    ("personnel.deployed", "GSF", None, None),
    ("personnel.target", "MSS", None, None),
    ("council.vote", "MSS", "2793", None),
    ("council.vote", "GSF", "2793", None),
    ("council.vote", "MSS", None, None),
    ("mandate.expiry", "MSS", None, None),
    ("mandate.expiry", "GSF", None, None),
    ("quote", None, "Garry Conille", None),
    ("killed", None, "Haiti", None),
    ("funding.contributed", "MSS", None, "USD"),
]
VALUES = {
    "personnel.deployed": st.integers(300, 1400),
    "personnel.pledged": st.sampled_from([400, 1000, 2500]),
    "personnel.target": st.sampled_from([2500, 5550]),
    "council.vote": st.sampled_from(["12-0-3", "13", "unanimous", "15-0-0"]),
    "mandate.expiry": st.sampled_from(["2025-10-02", "2025-10", "2026-10", "2024-10-02"]),
    "quote": st.sampled_from(["We need more police.", "we need more police", "The mission is working."]),
    "killed": st.integers(10, 90),
    "funding.contributed": st.sampled_from([1_000_000, 1_200_000, 80_000_000]),
}
OUTLETS = ["Wire", "Agency", "Daily", "UN Press", None]
URLS = [None, "https://press.un.org/x", "https://example.com/y"]
CUTOFFS = [None, "2025-02-01", "2025-03-15", "2025-05", "2025", "2025-06-30"]


@st.composite
def dates(draw: st.DrawFn) -> str | None:
    """A day, a month or a year within six months, or None."""
    kind = draw(st.sampled_from(["day", "day", "day", "day", "month", "year", None]))
    if kind is None:
        return None
    d = START + timedelta(days=draw(st.integers(0, 180)))
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[kind]


@st.composite
def claim_sets(draw: st.DrawFn) -> list[StoredClaim]:
    docs = []
    for i in range(draw(st.integers(1, 8))):
        founder = i == 0 or draw(st.booleans())
        docs.append(
            {
                "document_id": f"doc{i}",
                "cluster_id": f"doc{i}" if founder else f"doc{draw(st.integers(0, i - 1))}",
                "outlet": draw(st.sampled_from(OUTLETS)),
                "url": draw(st.sampled_from(URLS)),
                "published": draw(dates()),
            }
        )
    claims = []
    series = draw(st.lists(st.sampled_from(SERIES), min_size=1, max_size=4))  # a few, crowded
    for i in range(draw(st.integers(0, 24))):
        measure, mission, subject, unit = draw(st.sampled_from(series))
        claims.append(
            StoredClaim(
                id=i,
                measure=measure,
                mission=mission,
                subject=subject,
                unit=unit,
                value=draw(VALUES[measure]),
                qualifier=draw(st.sampled_from(["exact", "approx", "at_least", "at_most", None])),
                as_of=draw(dates()),
                sentence=f"Claim {i}.",
                start=i,
                end=i + 1,
                **draw(st.sampled_from(docs)),
            )
        )
    return claims


def _dumped(facts: list[facts_module.Fact]) -> list[tuple[str, object]]:
    """Every fact as JSON with the sides a conflict keeps beside it (``Fact._sides``)."""
    return [(f.model_dump_json(), f._sides) for f in facts]


@PROPERTY
@given(claims=claim_sets(), cutoff=st.sampled_from(CUTOFFS), council_days=st.sampled_from([None, 7]))
def test_the_newest_facts_of_any_claims_at_any_date_are_those_of_the_whole_reconciliation(
    claims: list[StoredClaim], cutoff: str | None, council_days: int | None
) -> None:
    # rules that cut a numbered resolution's votes into windows: a window's mission is then
    # the one most of its claims name, not its key's (which names none)
    rules = Rules(windows={**Rules().windows, "council.*": council_days})
    whole = latest(reconcile(claims, rules, as_of=cutoff))
    assert _dumped(reconcile_latest(claims, rules, as_of=cutoff)) == _dumped(whole)
    # a measure left out takes only its own facts away (the checks read within one measure)
    for gone in (("quote",), ("personnel.deployed", "council.vote")):
        kept = [f for f in whole if f.measure not in gone]
        assert _dumped(reconcile_latest(claims, rules, as_of=cutoff, leave_out=gone)) == _dumped(kept)
    # no quote is ever in conflict (what lets a conflict list leave quotes out)
    assert not [c for c in conflicts(whole, rules=rules) if c.measure == "quote"]


def _claim(i: int, measure: str, value: object, as_of: str, subject: str | None = None) -> StoredClaim:
    return StoredClaim(
        id=i,
        measure=measure,
        mission="MSS",
        subject=subject,
        value=value,
        as_of=as_of,
        published=as_of,
        sentence=f"Claim {i}.",
        document_id=f"doc{i}",
        outlet="Wire",
        start=0,
        end=1,
    )


def _written() -> list[StoredClaim]:
    """MSS's strength over six months (one window a month), Kenya's in two of them above the
    total of its date and of an older one, and the target in one window."""
    claims = [_claim(i, "personnel.deployed", 400 + 10 * i, f"2025-0{i}-10") for i in range(1, 7)]
    claims += [
        _claim(10, "personnel.deployed", 900, "2025-02-11", "Kenya"),
        _claim(11, "personnel.deployed", 950, "2025-06-25", "Kenya"),  # after June's total: the older one
        _claim(12, "personnel.target", 2500, "2025-03-01"),
    ]
    return claims


def test_a_contributors_newest_figure_is_checked_against_the_total_of_its_date_as_in_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[tuple] = []
    real = facts_module.build_fact

    def counted(key: tuple, claims: list[StoredClaim], rules: object) -> facts_module.Fact:
        built.append((key[1], key[2], claims[0].as_of))
        return real(key, claims, rules)  # type: ignore[arg-type]

    whole = latest(reconcile(_written()))
    monkeypatch.setattr("missionwatch.reconcile.newest.build_fact", counted)
    found = reconcile_latest(_written())
    assert _dumped(found) == _dumped(whole)
    kenya = next(f for f in found if f.subject == "KEN")
    assert kenya.flags == ["exceeds_older_total"]  # June's total (450) is before the 25th's window
    # every window of the mission total (the checks read them), Kenya's newest and the target's:
    # not Kenya's February window
    assert sorted(built, key=str) == sorted(
        [("personnel.deployed", None, f"2025-0{i}-10") for i in range(1, 7)]
        + [("personnel.deployed", "KEN", "2025-06-25"), ("personnel.target", None, "2025-03-01")],
        key=str,
    )


def test_a_date_that_is_not_iso_is_refused_as_the_whole_reconciliation_refuses_it() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        reconcile_latest(_written(), as_of="June")


def _stored(ledger: Any) -> None:
    """``_written``'s claims, one document each (the first with a quote), and a strength
    published after the cutoff."""
    late = _claim(20, "personnel.deployed", 470, "2025-07-10")
    for c in [*_written(), late]:
        doc = Document(
            text=f"A report written for the test, {c.id}.", source=f"r{c.id}.txt", published=c.as_of
        )
        fields = {k: v for k, v in c.model_dump().items() if k in Claim.model_fields and k != "published"}
        quote = Claim(measure="quote", value="We stay.", subject="A. Speaker", extractor="test")
        ledger.store(doc, [Claim(**fields | {"extractor": "test"}), *([quote] if c.id == 1 else [])])


def test_a_server_at_an_earlier_date_builds_only_the_newest_facts_and_shows_the_same(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from missionwatch.reconcile.materialized import sync
    from missionwatch.report.backend import Backend
    from missionwatch.report.briefing import build_briefing
    from missionwatch.report.data import mission_claims
    from missionwatch.web.service import Service

    _stored(ledger)
    sync(ledger)
    cutoff = "2025-06-30"  # before Kenya's June figure was published
    claims = mission_claims(ledger, "MSS")
    whole = latest(reconcile(claims, as_of=cutoff))
    built: list[tuple[str, str | None]] = []
    real = facts_module.build_fact

    def counted(key: tuple, claims: list[StoredClaim], rules: Any) -> facts_module.Fact:
        built.append((key[1], key[2]))
        return real(key, claims, rules)

    monkeypatch.setattr("missionwatch.reconcile.newest.build_fact", counted)
    svc = Service(ledger)
    assert svc.conflicts("MSS", cutoff) == conflicts(whole)
    # the mission total's six windows known then (the checks read them), the target and Kenya's
    # newest (June's; not February's); not the quote (never in conflict)
    newest = [("personnel.deployed", None)] * 6 + [("personnel.target", None), ("personnel.deployed", "KEN")]
    assert sorted(built, key=str) == sorted(newest, key=str)
    built.clear()
    assert [f.id for f in svc.facts(mission="MSS", as_of=cutoff, latest=True)] == [f.id for f in whole]
    assert sorted(built, key=str) == sorted([*newest, ("quote", "a speaker")], key=str)
    assert any(f.measure == "quote" for f in whole)
    # a briefing at the date: the same as with every window's fact built
    old = Backend(reconcile=lambda cs, as_of=None: latest(reconcile(cs, as_of=as_of)))
    new = build_briefing("MSS", claims, as_of=cutoff)
    assert new.model_dump(exclude={"generated_at"}) == build_briefing(
        "MSS", claims, as_of=cutoff, backend=old
    ).model_dump(exclude={"generated_at"})
    assert new.strength.total.deployed is not None


def test_the_newest_facts_at_a_date_come_from_what_the_server_keeps_of_that_date(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from missionwatch.reconcile.materialized import sync
    from missionwatch.report.data import mission_claims
    from missionwatch.web.service import Service

    _stored(ledger)
    sync(ledger)
    cutoff = "2025-06-30"
    whole = latest(reconcile(mission_claims(ledger, "MSS"), as_of=cutoff))
    svc = Service(ledger)
    svc.facts(mission="MSS", as_of=cutoff)  # every fact at the date, kept
    built: list[tuple] = []
    real = facts_module.build_fact

    def counted(key: tuple, claims: list[StoredClaim], rules: Any) -> facts_module.Fact:
        built.append(key)
        return real(key, claims, rules)

    monkeypatch.setattr("missionwatch.reconcile.newest.build_fact", counted)
    # the newest facts and the conflicts of that date: from those kept, nothing built again
    assert [f.id for f in svc.facts(mission="MSS", as_of=cutoff, latest=True)] == [f.id for f in whole]
    assert svc.conflicts("MSS", cutoff) == conflicts(whole)
    assert built == []
    # the conflicts of another date: nothing kept of it, its newest facts are built
    svc.conflicts("MSS", "2025-05-31")
    assert built


@PROPERTY
@given(
    claims=claim_sets(),
    cutoff=st.sampled_from(["2025-02-01", "2025-03-15", "2025-06-30"]),
    since=st.sampled_from([None, "2025-01-20", "2025-03-01"]),
    mission=st.sampled_from(["MSS", "GSF"]),
)
def test_a_briefing_without_the_quotes_facts_is_the_briefing_with_them(
    claims: list[StoredClaim], cutoff: str, since: str | None, mission: str
) -> None:
    from unittest import mock

    from missionwatch.report import briefing as briefing_module
    from missionwatch.report.backend import Backend

    # the facts of the claims a briefing reconciles are the whole's, less the quotes' ...
    whole = latest(reconcile(claims, as_of=cutoff))
    kept = [f for f in whole if f.measure not in briefing_module.UNREAD_FACTS]
    assert _dumped(reconcile_latest(briefing_module.fact_claims(claims), as_of=cutoff)) == _dumped(kept)
    # ... and the briefing (its *What changed* too) is the one built with every quote's fact
    new = briefing_module.build_briefing(mission, claims, as_of=cutoff, since=since)
    old_backend = Backend(reconcile=lambda cs, as_of=None: latest(reconcile(cs, as_of=as_of)))
    with mock.patch.object(briefing_module, "fact_claims", list):
        old = briefing_module.build_briefing(mission, claims, as_of=cutoff, since=since, backend=old_backend)
    assert new.model_dump(exclude={"generated_at"}) == old.model_dump(exclude={"generated_at"})


def test_a_briefing_at_a_date_reconciles_no_quote_and_still_lists_its_statements() -> None:
    from missionwatch.report.backend import Backend
    from missionwatch.report.briefing import build_briefing

    quote = _claim(30, "quote", "We stay.", "2025-04-02", "A. Speaker")
    claims = [*_written(), quote]
    given_to: list[str] = []

    def recorded(cs: list[StoredClaim], as_of: str | None = None) -> list[facts_module.Fact]:
        given_to.extend(c.measure for c in cs)
        return reconcile_latest(cs, as_of=as_of)

    brief = build_briefing(
        "MSS", claims, as_of="2025-06-30", since="2025-05-01", backend=Backend(reconcile=recorded)
    )
    assert "personnel.deployed" in given_to and "quote" not in given_to
    assert [s.quote for s in brief.statements] == ["We stay."]
