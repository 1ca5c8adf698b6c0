"""A briefing's conflict table shows the newest claim of each of a conflict's newest few values
and counts the rest (``briefing._conflicts``). ``stored_latest(…, conflicts="sides",
sides_few=N)`` reads back only those claims and says how many values there are
(``Fact.side_count``) instead of the newest claim of every value: the briefing built from it is
the one built from every side, whether the fact's references come from ``recent`` (0015) or
whole, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from missionwatch.ledger import facts as lf
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import stored_latest, sync
from missionwatch.report.backend import fact_view
from missionwatch.report.briefing import MAX_REFS, build_briefing
from missionwatch.report.format import value_text

# eleven readings of the strength, as a reader says them: 1,000 and 1,000.0 are one ("1,000"),
# "about 1,000" another; nine more figures — more values than the table shows (MAX_REFS)
VALUES: list[tuple[Any, str | None]] = [
    (1000, None),
    (1000.0, None),
    (1000, "approx"),
    *[(1100 + 50 * k, None) for k in range(9)],
]


@pytest.fixture(autouse=True)
def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few claims make a fact "of many claims" here (its ``recent`` kept)."""
    monkeypatch.setattr(lf, "RECENT_AT", 5)
    monkeypatch.setattr(lf, "RECENT_FIRST", 3)


def _fill(led: Any) -> None:
    """Forty-eight documents over three months, each telling the strength in one of ``VALUES``
    (a conflict of eleven values), at confidences that tie, and a figure of no conflict."""
    for i in range(48):
        value, qualifier = VALUES[(i * 5) % len(VALUES)]
        published = f"2025-{3 + i % 3:02d}-{1 + i % 28:02d}"
        led.store(
            Document(text=f"Bulletin {i} on the mission's strength.", source=f"b{i}", published=published),
            [
                Claim(
                    measure="personnel.deployed",
                    mission="MSS",
                    value=value,
                    qualifier=qualifier,
                    as_of="2025-02-28",
                    confidence=0.5 + (i % 3) / 10,
                ),
                Claim(measure="personnel.pledged", mission="MSS", subject="KEN", value=400, as_of=published),
            ],
        )
    sync(led)


def _briefing(facts: list[Any]) -> Any:
    brief = build_briefing("MSS", [], as_of="2025-12-31", facts=[fact_view(f) for f in facts], claim_count=96)
    return brief.model_dump(mode="json", exclude={"generated_at"})


def _read(led: Any, few: int, sides_few: int | None) -> list[Any]:
    return stored_latest(led, missions=["MSS"], few=few, conflicts="sides", sides_few=sides_few)


@pytest.mark.parametrize("recent", [True, False])
@pytest.mark.parametrize("few", [MAX_REFS, 3])
def test_a_briefing_from_the_newest_sides_is_the_one_from_every_side(
    ledger: Any, recent: bool, few: int
) -> None:
    _fill(ledger)
    if not recent:
        with ledger.engine.begin() as conn:
            conn.execute(text("UPDATE facts SET recent = NULL"))
    every = _read(ledger, few, None)
    trimmed = _read(ledger, few, MAX_REFS)
    (disputed,) = [f for f in every if f.conflict]
    (kept,) = [f for f in trimmed if f.conflict]
    texts = {value_text(c.value, c.unit, c.qualifier) for c in _read(ledger, 10_000, None)[0].claims}
    assert len(texts) == len(VALUES) - 1  # 1,000 and 1,000.0 read alike
    assert kept.side_count == len(texts) and disputed.side_count is None
    assert len(kept.claims) < len(disputed.claims)  # fewer claims read back
    assert _briefing(trimmed) == _briefing(every)
    (conflict,) = _briefing(trimmed)["conflicts"]
    assert len(conflict["claims"]) == MAX_REFS and conflict["more"] == len(texts) - MAX_REFS


def test_a_conflict_of_few_values_keeps_every_side(ledger: Any) -> None:
    for i, value in enumerate([500, 700, 500, 700, 900]):
        ledger.store(
            Document(text=f"Note {i}.", source=f"n{i}", published=f"2025-05-0{i + 1}"),
            [Claim(measure="personnel.deployed", mission="MSS", value=value, as_of="2025-04-30")],
        )
    sync(ledger)
    (fact,) = [f for f in _read(ledger, MAX_REFS, MAX_REFS) if f.conflict]
    assert fact.side_count == 3
    assert _briefing(_read(ledger, MAX_REFS, MAX_REFS)) == _briefing(_read(ledger, MAX_REFS, None))
