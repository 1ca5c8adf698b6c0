"""Conflict alerts (``report.alerts``): one for each claim published since the date that disagrees
with its fact's best (numbers within 1 % agree; words compared as written, case aside), each
message naming both values — and what the fact gives every alert worked out once per fact, not
once per claim (120,859 conflict alerts since 2024-01-01 at 1,000,009 claims, bench/serve.md,
sixteenth round)."""

from __future__ import annotations

from typing import Any

import pytest

from missionwatch.config import Settings
from missionwatch.models import StoredClaim
from missionwatch.report import alerts
from missionwatch.report.backend import Backend, FactView
from missionwatch.report.format import value_text


def _claim(i: int, value: Any, published: str | None) -> StoredClaim:
    return StoredClaim(
        id=i,
        document_id=f"{i:064x}",
        measure="personnel.deployed",
        mission="MSS",
        value=value,
        sentence=f"Report {i} says {value}.",
        start=3 * i,
        end=3 * i + 2,
        published=published,
        outlet=f"Outlet {i}" if i % 2 else None,
    )


def _fact() -> FactView:
    values = [500, 503, 520, 480, 700, 500.4, "about five hundred", 520, 10]
    days = [None, "2025-01-01", "2025-02-01", "2025-03-01", "2025-03-02", "2025-03-03", "2025-04-01"]
    days += ["2024-12-31", "2025-05-05"]
    return FactView(
        measure="personnel.deployed",
        mission="MSS",
        subject=None,
        best=500,
        qualifier="approx",
        decided_by="latest",
        claims=[_claim(i, v, d) for i, (v, d) in enumerate(zip(values, days, strict=True))],
    )


def _alerts(fact: FactView, since: str) -> list[alerts.Alert]:
    found = alerts.mission_alerts(
        "MSS",
        [],
        settings=Settings(),
        since=since,
        as_of="2025-06-30",
        backend=Backend(),
        stored=lambda _code, _claims, _when: [fact],
    )
    return [a for a in found if a.kind == "conflict"]


def test_a_conflict_alert_for_each_new_claim_that_disagrees() -> None:
    fact = _fact()
    found = _alerts(fact, "2025-01-01")
    # 503 and 500.4 agree within 1 %; 480 (4 %) does not; 520 of 2024-12-31 is before the date
    assert [a.sources[0].sentence for a in found] == [
        "Report 2 says 520.",
        "Report 3 says 480.",
        "Report 4 says 700.",
        "Report 6 says about five hundred.",
        "Report 8 says 10.",
    ]
    best = value_text(500, None, "approx")
    for a, c in zip(found, [fact.claims[i] for i in (2, 3, 4, 6, 8)], strict=True):
        said = value_text(c.value, c.unit, c.qualifier)
        assert a.id == alerts._id("conflict", "MSS", c.id, c.document_id, c.start, c.measure)
        assert a.date == c.published
        assert a.title == f"MSS: {alerts.label('personnel.deployed')} — new claim {said} vs best {best}"
        assert a.message == (
            f"{c.outlet or 'A source'} ({c.published}) says {said}; the current best estimate is "
            f"{best} (decided by latest)."
        )
        assert a.sources[0].model_dump() == alerts._source(c).model_dump()
        assert a.model_dump() == alerts.Alert.model_validate(a.model_dump()).model_dump()


def test_the_best_is_read_once_per_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    fact = _fact()
    calls: list[Any] = []
    real = alerts.value_text

    def counted(value: Any, *rest: Any) -> str:
        calls.append(value)
        return real(value, *rest)

    monkeypatch.setattr(alerts, "value_text", counted)
    found = _alerts(fact, "2025-01-01")
    assert len(found) == 5
    assert calls.count(500) == 1  # the best's text, once (twice an alert before)
    assert len(calls) == 1 + len(found)  # and each alerted claim's once
