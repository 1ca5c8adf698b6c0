"""The tables of ``watch`` and push alerts (migration ``*_watch``), on the ledger's declarative base.

- ``watch_sources``: one row per source name of a sources file — when it was last fetched and how
  it went, the validators of its conditional GETs (``{url: {"etag", "last_modified"}}``), the
  connector's cursor, consecutive failures, the last error and when it is next due.
- ``watch_entries``: (source, entry key) pairs already stored, so a feed's old entries are never
  fetched again; written after the document, so a crash in between only costs a duplicate check.
- ``alert_notices``: each alert a rule has fired (rule, alert id), so it fires once per change;
  ``series`` groups the notices of one watched figure (a ``change`` rule's baseline).
- ``alert_deliveries``: every webhook POST and email sent or failed, with attempts and detail.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from missionwatch.ledger.schema import Base


class WatchSourceRow(Base):
    __tablename__ = "watch_sources"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64), nullable=False)
    last_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    last_status: Mapped[str | None] = mapped_column(String(16))
    validators: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    cursor: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_due: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    polls: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    stored: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class WatchEntryRow(Base):
    __tablename__ = "watch_entries"

    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    key: Mapped[str] = mapped_column(String(2000), primary_key=True)
    document_id: Mapped[str | None] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)


class AlertNoticeRow(Base):
    __tablename__ = "alert_notices"

    rule: Mapped[str] = mapped_column(String(200), primary_key=True)
    alert_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    series: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))

    __table_args__ = (Index("ix_alert_notices_series", "rule", "series"),)


class AlertDeliveryRow(Base):
    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule: Mapped[str] = mapped_column(String(200), nullable=False)
    alert_id: Mapped[str] = mapped_column(String(64), nullable=False)
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    target: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False)
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)

    __table_args__ = (Index("ix_alert_deliveries_alert", "rule", "alert_id"),)
