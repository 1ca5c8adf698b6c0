"""A briefing's strength trend is drawn from the stored as-of windows of the mission's deployed
total (the timeline's points), each citing the newest claim of its fact, read by id — not from
every deployed claim of the mission (56,844 read and built for a first overview at 1,000,009
claims, bench/serve.md, eighth round).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from missionwatch.ledger import open_ledger
from missionwatch.ledger import queries as q
from missionwatch.ledger.mission_scope import MissionScope
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import sync
from missionwatch.report.briefing import build_briefing
from missionwatch.report.data import briefing_inputs, mission_claims, stored_trend


def _fill(led: Any) -> None:
    """Ten reports a month for six months of MSS's strength, and a contributor's figure."""
    for month in range(1, 7):
        for i in range(10):
            day = f"2025-0{month}-{10 + i}"
            led.store(
                Document(text=f"Report {month}-{i}.", source=f"{month}-{i}", published=day),
                [
                    Claim(measure="personnel.deployed", mission="MSS", value=400 + 10 * month + i % 3,
                          as_of=day, sentence="officers"),
                    Claim(measure="personnel.deployed", mission="MSS", subject="Kenya", value=300,
                          as_of=day, sentence="Kenyan officers"),
                ],
            )  # fmt: skip


def test_the_trend_is_the_stored_windows_citing_one_claim_each(db_url: str, monkeypatch: Any) -> None:
    with open_ledger(db_url) as led:
        _fill(led)
        sync(led)
        monkeypatch.setattr(MissionScope, "claims", None, raising=False)  # the old way: every deployed claim
        found = briefing_inputs(led, "MSS", "2099-01-01")
        built: list[Any] = []
        real: Callable[[dict[str, Any]], Any] = q.trusted_claim
        monkeypatch.setattr(q, "trusted_claim", lambda data: built.append(data) or real(data))
        trend = stored_trend(led, "MSS")
        monkeypatch.undo()
        assert trend and [t.claims for t in trend] == [t.claims for t in found.trend or ()]
        assert len(built) <= 2 * len(trend) < 60  # its first and newest claim a window, no more
        new = build_briefing("MSS", found.claims, as_of="2099-01-01", facts=found.facts, trend=found.trend)
        old = build_briefing("MSS", mission_claims(led, "MSS"), as_of="2099-01-01", facts=found.facts)
        assert len(new.strength.trend) >= 6  # a point a window at least, one a day at most
        assert [p.model_dump() for p in new.strength.trend] == [p.model_dump() for p in old.strength.trend]
        assert all(p.link.startswith("/documents/") and "#claim-" in p.link for p in new.strength.trend)
