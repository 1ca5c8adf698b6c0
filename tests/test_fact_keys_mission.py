"""The mission of each fact key beside the documents holding it (``fact_keys.mission``, 0020).

A briefing at an earlier date reads the late documents' keys of its own mission and the
situation's by it (``reconcile.earlier.latest_at``), so it must be the key's mission — its facts'
— in every row: as a drain writes it after each ingest, correction or removal, as a rebuild
writes it, and as the upgrade fills it in an existing ledger.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from missionwatch.models import Claim, Document
from missionwatch.reconcile import materialized as mat
from missionwatch.reconcile.materialized import rebuild


def _claims(day: str, value: int) -> list[Claim]:
    """One report's claims: two missions' figures, the situation's, a resolution's vote, a
    mission's vote of no resolution, a role and a quote naming no mission."""

    def claim(measure: str, mission: str | None, subject: str | None, v: Any, **kw: Any) -> Claim:
        return Claim(measure=measure, mission=mission, subject=subject, value=v, as_of=day, **kw)

    return [
        claim("personnel.deployed", "MSS", "KEN", value),
        claim("personnel.deployed", "GSF", None, value + 100),
        claim("displaced", None, "HTI", value * 1000),
        claim("council.vote", "MSS", None, "12-0-3", resolution="2793"),
        claim("council.vote", "GSF", None, "13-0-2"),
        claim("role", None, "A. Speaker", "force commander"),
        claim("quote", None, "A. Speaker", f"We have {value} officers."),
    ]


def _report(name: str, day: str, value: int) -> tuple[Document, list[Claim]]:
    return Document(text=f"A report {name}.", source=f"{name}.txt", published=day), _claims(day, value)


def rows(ledger: Any) -> list[tuple[str, str, str | None]]:
    with ledger.engine.connect() as conn:
        found = conn.execute(text("SELECT key_id, document_id, mission FROM fact_keys"))
        return sorted((str(k), str(d), m) for k, d, m in found)


def facts_mission(ledger: Any) -> tuple[dict[str, str | None], set[str]]:
    """Each key's facts' mission, and the keys of the Council's votes."""
    with ledger.engine.connect() as conn:
        found = conn.execute(text("SELECT DISTINCT key_id, mission, measure FROM facts")).all()
    votes = {str(k) for k, _m, measure in found if measure in ("council.vote", "council.adopted")}
    return {str(k): m for k, m, _measure in found}, votes


def _check(ledger: Any) -> list[tuple[str, str, str | None]]:
    """Every key's rows name its facts' mission (a vote's none: its facts name the mission most of
    their claims do), and a rebuild writes the same rows."""
    found = rows(ledger)
    mission_of, votes = facts_mission(ledger)
    assert found and {k for k, _d, _m in found} == set(mission_of)
    assert [(k, d, None if k in votes else mission_of[k]) for k, d, _m in found] == found
    assert {m for _k, _d, m in found} >= {"MSS", "GSF", None} and votes
    assert {mission_of[k] for k in votes} >= {"MSS", "GSF"}
    rebuild(ledger)
    assert rows(ledger) == found
    return found


def test_a_drain_writes_each_key_s_mission_after_ingests_corrections_and_removals(ledger: Any) -> None:
    refs = [
        ledger.store(*_report(n, d, v)).document_id
        for n, d, v in [("a", "2025-01-06", 400), ("b", "2025-01-25", 410)]
    ]
    mat.sync(ledger)
    _check(ledger)
    ledger.store(*_report("c", "2025-02-10", 420))
    ledger.replace_claims(refs[0], _claims("2025-01-05", 390)[:3])
    mat.sync(ledger)
    _check(ledger)
    ledger.delete_document(refs[1])
    mat.sync(ledger)
    _check(ledger)


def test_the_upgrade_fills_each_key_s_mission_from_its_facts(ledger: Any) -> None:
    from alembic import command

    from missionwatch.ledger.engine import _alembic_config, writer

    for name, day, value in [("a", "2025-01-06", 400), ("b", "2025-01-25", 410), ("c", "2025-02-10", 420)]:
        ledger.store(*_report(name, day, value))
    mat.sync(ledger)
    now = rows(ledger)
    with writer(ledger.engine) as conn:
        command.downgrade(_alembic_config(conn), "0019")
    with ledger.engine.connect() as conn:
        columns = [r[0] for r in conn.execute(text("SELECT * FROM fact_keys")).cursor.description]
    assert "mission" not in columns
    with writer(ledger.engine) as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert rows(ledger) == now
    assert _check(ledger) == now
