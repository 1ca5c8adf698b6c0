"""What ``watch`` remembers between runs, and the alerts it has pushed: reads and writes of the
``watch_schema`` tables. Every write is its own short transaction under the writer lock, so a
process killed at any instant leaves a consistent state (see docs/watch.md, *Crash safety*).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from missionwatch.ledger.engine import writer
from missionwatch.ledger.watch_schema import (
    AlertDeliveryRow,
    AlertNoticeRow,
    WatchEntryRow,
    WatchSourceRow,
)

SOURCES = WatchSourceRow.__table__
MAX_KEY = 500  # longer entry keys are kept as a prefix plus their hash (an index limit)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _key(key: str) -> str:
    if len(key) <= MAX_KEY:
        return key
    return key[: MAX_KEY - 65] + "#" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class SourceState:
    """One source's row, with the number of entries stored from it."""

    name: str
    kind: str
    last_fetch_at: datetime | None = None
    last_success_at: datetime | None = None
    last_status: str | None = None
    validators: dict[str, Any] = field(default_factory=dict)
    cursor: dict[str, Any] = field(default_factory=dict)
    failures: int = 0
    last_error: str | None = None
    next_due: datetime | None = None
    polls: int = 0
    stored: int = 0
    entries: int = 0

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in self.__dict__.items():
            out[name] = value.isoformat(timespec="seconds") + "Z" if isinstance(value, datetime) else value
        return out


_COLUMNS = (
    "last_fetch_at",
    "last_success_at",
    "last_status",
    "validators",
    "cursor",
    "failures",
    "last_error",
    "next_due",
    "polls",
    "stored",
)


class WatchStore:
    """The watch tables of one ledger (``WatchStore(ledger.engine)``)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    # -- sources ----------------------------------------------------------------------------
    def states(self) -> list[SourceState]:
        counts = select(WatchEntryRow.source, func.count().label("n")).group_by(WatchEntryRow.source)
        with self.engine.connect() as conn:
            entries = {row.source: row.n for row in conn.execute(counts)}
            rows = conn.execute(select(SOURCES).order_by(SOURCES.c.name)).mappings().all()
        return [self._state(row, entries.get(row["name"], 0)) for row in rows]

    def state(self, name: str, kind: str) -> SourceState:
        """The source's state (a fresh one, not yet written, for a source never polled)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(SOURCES).where(SOURCES.c.name == name)).mappings().first()
            if row is None:
                return SourceState(name=name, kind=kind)
            n = conn.execute(select(func.count()).where(WatchEntryRow.source == name)).scalar_one()
        return self._state(row, n)

    @staticmethod
    def _state(row: Any, entries: int) -> SourceState:
        values = {c: row[c] for c in _COLUMNS}
        return SourceState(name=row["name"], kind=row["kind"], entries=entries, **values)

    def save(self, state: SourceState) -> None:
        values = {c: getattr(state, c) for c in _COLUMNS}
        with writer(self.engine) as conn:
            done = conn.execute(
                update(WatchSourceRow)
                .where(WatchSourceRow.name == state.name)
                .values(kind=state.kind, **values)
            )
            if not done.rowcount:
                conn.execute(insert(WatchSourceRow).values(name=state.name, kind=state.kind, **values))

    # -- entries ----------------------------------------------------------------------------
    def seen(self, source: str, key: str) -> bool:
        query = select(WatchEntryRow.key).where(
            WatchEntryRow.source == source, WatchEntryRow.key == _key(key)
        )
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def mark_seen(self, source: str, key: str, document_id: str | None) -> None:
        with writer(self.engine) as conn:
            if conn.execute(
                select(WatchEntryRow.key).where(
                    WatchEntryRow.source == source, WatchEntryRow.key == _key(key)
                )
            ).first():
                return
            conn.execute(
                insert(WatchEntryRow).values(
                    source=source, key=_key(key), document_id=document_id, seen_at=now()
                )
            )

    # -- alert notices ----------------------------------------------------------------------
    def notice_exists(self, rule: str, alert_id: str) -> bool:
        query = select(AlertNoticeRow.alert_id).where(
            AlertNoticeRow.rule == rule, AlertNoticeRow.alert_id == alert_id
        )
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def series_known(self, rule: str, series: str) -> bool:
        query = select(AlertNoticeRow.alert_id).where(
            AlertNoticeRow.rule == rule, AlertNoticeRow.series == series
        )
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def add_notice(
        self,
        rule: str,
        alert_id: str,
        *,
        kind: str,
        title: str,
        body: dict[str, Any],
        series: str | None = None,
        delivered: bool = False,
    ) -> bool:
        """Record an alert; False when the rule had already fired it (another process did first)."""
        with writer(self.engine) as conn:
            exists = conn.execute(
                select(AlertNoticeRow.alert_id).where(
                    AlertNoticeRow.rule == rule, AlertNoticeRow.alert_id == alert_id
                )
            ).first()
            if exists:
                return False
            stamp = now()
            conn.execute(
                insert(AlertNoticeRow).values(
                    rule=rule,
                    alert_id=alert_id,
                    series=series,
                    kind=kind,
                    title=title,
                    body=body,
                    created_at=stamp,
                    delivered_at=stamp if delivered else None,
                )
            )
            return True

    def undelivered(self) -> list[Any]:
        """Notices recorded but not (fully) delivered: a crash or a failed channel; retried next run."""
        query = (
            select(AlertNoticeRow.__table__)
            .where(AlertNoticeRow.delivered_at.is_(None))
            .order_by(AlertNoticeRow.created_at)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).all())

    def mark_delivered(self, rule: str, alert_id: str) -> None:
        with writer(self.engine) as conn:
            conn.execute(
                update(AlertNoticeRow)
                .where(AlertNoticeRow.rule == rule, AlertNoticeRow.alert_id == alert_id)
                .values(delivered_at=now())
            )

    def log_delivery(
        self,
        rule: str,
        alert_id: str,
        *,
        channel: str,
        target: str,
        status: str,
        attempts: int,
        detail: str | None,
    ) -> None:
        with writer(self.engine) as conn:
            conn.execute(
                insert(AlertDeliveryRow).values(
                    rule=rule,
                    alert_id=alert_id,
                    channel=channel,
                    target=target,
                    status=status,
                    attempts=attempts,
                    detail=detail,
                    at=now(),
                )
            )

    def delivered_to(self, rule: str, alert_id: str) -> set[tuple[str, str]]:
        """(channel, target) pairs that already took this alert (so a retry skips them)."""
        query = select(AlertDeliveryRow.channel, AlertDeliveryRow.target).where(
            AlertDeliveryRow.rule == rule,
            AlertDeliveryRow.alert_id == alert_id,
            AlertDeliveryRow.status == "sent",
        )
        with self.engine.connect() as conn:
            return {(r.channel, r.target) for r in conn.execute(query)}

    def deliveries(self, limit: int = 100) -> list[dict[str, Any]]:
        query = select(AlertDeliveryRow.__table__).order_by(AlertDeliveryRow.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            rows: Iterable[Any] = conn.execute(query).all()
            return [
                {
                    "rule": r.rule,
                    "alert_id": r.alert_id,
                    "channel": r.channel,
                    "target": r.target,
                    "status": r.status,
                    "attempts": r.attempts,
                    "detail": r.detail,
                    "at": r.at.isoformat(timespec="seconds") + "Z",
                }
                for r in rows
            ]
