"""The reconciliation gold (tests/fixtures/reconcile-gold): facts an analyst expects, held to the output.

Each article set is ingested into a fresh SQLite ledger with the default extractor and
its facts read from the ledger's materialized table, the way ``missionwatch facts`` reads them
(and checked equal to a reconciliation of every claim); every ``[[fact]]`` of the gold
must find its fact (mission, measure, subject, scope, component, unit and a window holding its
date) with the expected best value, range, qualifier, rule and flags, and no ``[[absent]]`` value
may be the best of its series. An entry marked ``blocked`` waits for the extractor: it is a
strict xfail, so the day it passes the gold has to be unblocked.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from missionwatch.cli.ingest import load_extractor, run_ingest
from missionwatch.examples import articles_dir
from missionwatch.ledger import open_ledger
from missionwatch.reconcile import Fact, reconcile
from missionwatch.reconcile.materialized import stored_facts

GOLD = Path(__file__).parent / "fixtures" / "reconcile-gold"
DEV = (Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus" / "dev").resolve()
SETS = {"dev": DEV, "demo": articles_dir()}


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((GOLD / f"{name}.toml").read_text(encoding="utf-8"))


_cache: dict[str, list[Fact]] = {}
_live: dict[str, list[Fact]] = {}


def facts_of(name: str, tmp_path_factory: pytest.TempPathFactory) -> list[Fact]:
    if name not in _cache:
        source = SETS[name]
        if not source.is_dir():
            pytest.skip(f"{source} is not there")
        path = tmp_path_factory.mktemp(f"gold-{name}") / "ledger.db"
        extract, label, warning = load_extractor()
        assert extract is not None, warning
        ledger = open_ledger(str(path))
        try:
            run_ingest(ledger, [str(source)], extract=extract, extractor_name=label)
            claims = ledger.claims()
            _cache[name] = stored_facts(ledger)  # the materialized facts, as readers see them
        finally:
            ledger.close()
        _live[name] = reconcile(claims)
    return _cache[name]


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_materialized_facts_are_those_of_a_full_reconciliation(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    stored = facts_of(name, tmp_path_factory)
    assert stored, "no facts"
    assert [f.model_dump(mode="json") for f in stored] == [f.model_dump(mode="json") for f in _live[name]]


def _within(date: str, first: str | None, last: str | None) -> bool:
    """Whether ``date`` falls in a window, each side compared at the precision both share."""
    if not first or not last:
        return False
    lo = min(len(date), len(first))
    hi = min(len(date), len(last))
    return first[:lo] <= date[:lo] and date[:hi] <= last[:hi]


def _series(facts: list[Fact], e: dict[str, Any]) -> list[Fact]:
    return [
        f
        for f in facts
        if (not e.get("mission") or f.mission == e["mission"])
        and f.measure == e["measure"]
        and (f.subject or "") == e.get("subject", "")
        and (f.scope or "") == e.get("scope", "")
        and (f.component or "") == e.get("component", "")
        and (not e.get("unit") or f.unit == e["unit"])
    ]


def check_fact(facts: list[Fact], e: dict[str, Any]) -> None:
    found = [f for f in _series(facts, e) if _within(e["date"], f.as_of_first, f.as_of_last)]
    where = f"{e.get('mission') or '*'} {e['measure']} {e.get('subject') or '-'} " + (
        f"scope={e.get('scope')} component={e.get('component')} {e['date']}"
    )
    # explicit raises, not asserts: pytest would render the facts with all their claims
    if not found:
        raise AssertionError(
            f"no fact for {where}; the series has: "
            + "; ".join(f"{f.as_of_first}..{f.as_of_last} best={f.best}" for f in _series(facts, e))
        )
    if len(found) != 1:
        raise AssertionError(f"{where}: {len(found)} facts hold that date")
    f = found[0]
    got = {"best": f.best, "low": f.low, "high": f.high, "qualifier": f.qualifier, "rule": f.decided_by}
    for field in ("best", "low", "high", "qualifier", "rule"):
        if field in e and got[field] != e[field]:
            raise AssertionError(f"{where}: {field} {got[field]!r}, gold {e[field]!r} ({got})")
    for flag in e.get("flags", []):
        if flag not in f.flags:
            raise AssertionError(f"{where}: flag {flag!r} missing from {f.flags}")
    if e.get("flags") == [] and [x for x in f.flags if x.startswith("exceeds")]:
        raise AssertionError(f"{where}: unexpected {f.flags}")


def check_absent(facts: list[Fact], e: dict[str, Any]) -> None:
    for f in _series(facts, e):
        if f.best == e["best"]:
            raise AssertionError(f"{e['measure']} {e.get('subject')}: best {f.best} ({e['why']})")


def _cases() -> list[Any]:
    cases = []
    for name in SETS:
        gold = _load(name)
        for i, e in enumerate(gold.get("fact", [])):
            marks = [pytest.mark.xfail(strict=True, reason=e["blocked"])] if e.get("blocked") else []
            cases.append(pytest.param(name, "fact", e, id=f"{name}-fact{i}-{e['measure']}", marks=marks))
        for i, e in enumerate(gold.get("absent", [])):
            cases.append(pytest.param(name, "absent", e, id=f"{name}-absent{i}-{e['measure']}"))
    return cases


@pytest.mark.parametrize(("name", "kind", "entry"), _cases())
def test_reconciliation_gold(
    name: str, kind: str, entry: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    facts = facts_of(name, tmp_path_factory)
    if kind == "fact":
        check_fact(facts, entry)
    else:
        check_absent(facts, entry)


def test_gold_files_are_well_formed() -> None:
    from missionwatch import measures

    for name in SETS:
        gold = _load(name)
        assert gold["corpus"] == name
        assert len(gold["fact"]) >= 20
        for e in gold["fact"] + gold.get("absent", []):
            assert measures.get(e["measure"]), e
            assert e.get("why"), e
        for e in gold["fact"]:
            assert "date" in e and "best" in e, e


def test_the_checker_can_fail() -> None:
    """A wrong expectation is caught (the gold is not vacuous)."""
    facts = facts_of_fixture()
    with pytest.raises(AssertionError):
        check_fact(facts, {"measure": "personnel.deployed", "subject": "", "date": "2024-09-30", "best": 1})
    with pytest.raises(AssertionError):
        check_absent(facts, {"measure": "personnel.deployed", "subject": "", "best": 410, "why": "x"})


def facts_of_fixture() -> list[Fact]:
    from missionwatch.models import StoredClaim

    c = StoredClaim(
        measure="personnel.deployed",
        mission="MSS",
        value=410,
        unit="persons",
        qualifier="approx",
        as_of="2024-09-30",
        document_id="d1",
        published="2024-09-30",
    )
    return reconcile([c])
