"""``facts.recent`` (migration 0015): a fact of many claims keeps its first and newest claim
references apart, and a reader that shows a few of each fact's claims (and those since a day)
takes them from there instead of parsing every reference. What it reads is what it read from the
whole references; the column written by an incremental drain is the one a rebuild writes; the
upgrade's copy of the rule writes the same references.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from sqlalchemy import text
from test_materialized import PROPS, _clear, operations, run_ops

from missionwatch.ledger import facts as lf
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import (
    rebuild,
    stored_latest,
    stored_latest_by_mission,
    stored_windows,
    sync,
)

MIGRATION = Path(lf.__file__).parent / "migrations" / "versions" / "0015_fact_recent.py"


@pytest.fixture(autouse=True)
def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few claims make a fact "of many claims" here."""
    monkeypatch.setattr(lf, "RECENT_AT", 5)
    monkeypatch.setattr(lf, "RECENT_FIRST", 3)


def _fill(led: Any) -> None:
    """Thirty documents over March and April: the mission's strength and the country's
    displacement told by each, in two values (a conflict), at confidences that tie."""
    for i in range(30):
        published = f"2025-{3 + i % 2:02d}-{1 + i % 27:02d}"
        led.store(
            Document(
                text=f"Report {i} on the mission and the displaced.", source=f"r{i}", published=published
            ),
            [
                Claim(
                    measure="personnel.deployed",
                    mission="MSS",
                    value=400 + (i % 2) * 500,
                    as_of="2025-02-28",
                    confidence=0.5 + (i % 3) / 10,
                ),
                Claim(
                    measure="displaced",
                    subject="Haiti",
                    value=300_000 + (i % 2) * 400_000,
                    as_of="2025-02-28",
                ),
                Claim(measure="personnel.deployed", mission="GSF", value=100 + i, as_of=published),
            ],
        )
    sync(led)


def _dump(facts: Any) -> Any:
    return [f.model_dump(mode="json") for f in facts]


def _reads(led: Any, few: int, since: str | None, conflicts: str) -> Any:
    args: dict[str, Any] = dict(mission_free=["displaced"], few=few, since=since, conflicts=conflicts)
    return (
        _dump(stored_latest(led, missions=["MSS"], **args)),
        {m: _dump(f) for m, f in stored_latest_by_mission(led, ["MSS", "GSF"], **args).items()},
        _dump(
            stored_windows(
                led, missions=["MSS", "GSF"], measures=["personnel.deployed"], few=few, keep=lambda _f: True
            )
        ),
    )


@pytest.mark.parametrize("values", [256, 1])  # the newest of each value kept, or not (too many)
def test_the_claims_shown_from_recent_are_those_shown_from_every_reference(
    ledger: Any, values: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lf, "RECENT_VALUES", values)
    _fill(ledger)
    with ledger.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM facts WHERE recent IS NOT NULL")).scalar_one() >= 2
    cases = [
        (few, since, mode)
        for few in (0, 1, 3, 4)
        for since in (None, "2025-04-20", "2025-01-01")
        for mode in ("none", "sides", "every")
    ]
    with_recent = {case: _reads(ledger, *case) for case in cases}
    with ledger.engine.begin() as conn:
        conn.execute(text("UPDATE facts SET recent = NULL"))
    for case in cases:
        assert with_recent[case] == _reads(ledger, *case), case


def test_a_drain_writes_the_recent_references_a_rebuild_writes(ledger: Any) -> None:
    _fill(ledger)
    ledger.replace_claims(
        ledger.documents(limit=None)[3].id, [Claim(measure="displaced", subject="Haiti", value=1)]
    )
    sync(ledger)

    def recent() -> dict[tuple[str, str], str]:
        with ledger.engine.connect() as conn:
            rows = conn.execute(text("SELECT key_id, fact_id, recent FROM facts WHERE recent IS NOT NULL"))
            return {(k, f): r for k, f, r in rows}

    drained = recent()
    assert drained
    rebuild(ledger)
    assert recent() == drained


def test_the_upgrade_writes_the_recent_references_of_the_stored_facts(ledger: Any) -> None:
    spec = importlib.util.spec_from_file_location("m0015", MIGRATION)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    _fill(ledger)
    with ledger.engine.connect() as conn:
        rows = conn.execute(text("SELECT refs, recent FROM facts")).all()
    assert any(recent for _refs, recent in rows)
    for refs, recent in rows:
        migration.RECENT_AT, migration.RECENT_FIRST = lf.RECENT_AT, lf.RECENT_FIRST
        migration.RECENT_VALUES = lf.RECENT_VALUES
        upgraded = migration._recent(json.loads(refs))
        lines = [json.loads(line) for line in (recent or "").splitlines()]
        assert [json.loads(line) for line in (upgraded or "").splitlines()] == lines


def _recent_column(led: Any) -> dict[tuple[str, str], str]:
    with led.engine.connect() as conn:
        rows = conn.execute(text("SELECT key_id, fact_id, recent FROM facts WHERE recent IS NOT NULL"))
        return {(k, f): r for k, f, r in rows}


@PROPS
@given(ops=operations(templates=2, most=14))
def test_after_any_ingests_corrections_and_removals_the_drained_recent_equals_a_rebuilds(
    ledger: Any, ops: list[tuple[Any, ...]]
) -> None:
    """The hypothesis property of ``test_materialized`` for the column: any sequence of stores,
    re-extractions and removals, drained as it goes, leaves what a rebuild writes."""
    _clear(ledger)
    run_ops(ledger, ops)
    drained = _recent_column(ledger)
    rebuild(ledger)
    assert _recent_column(ledger) == drained
