"""watch: per-source state, entries already stored, alert notices and their deliveries.

See ``missionwatch/ledger/watch_schema.py`` for what each table is for.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("last_fetch_at", sa.DateTime(timezone=False)),
        sa.Column("last_success_at", sa.DateTime(timezone=False)),
        sa.Column("last_status", sa.String(16)),
        sa.Column("validators", sa.JSON, nullable=False),
        sa.Column("cursor", sa.JSON, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("next_due", sa.DateTime(timezone=False)),
        sa.Column("polls", sa.Integer, nullable=False),
        sa.Column("stored", sa.Integer, nullable=False),
    )
    op.create_table(
        "watch_entries",
        sa.Column("source", sa.String(200), primary_key=True),
        sa.Column("key", sa.String(2000), primary_key=True),
        sa.Column("document_id", sa.String(64)),
        sa.Column("seen_at", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_table(
        "alert_notices",
        sa.Column("rule", sa.String(200), primary_key=True),
        sa.Column("alert_id", sa.String(64), primary_key=True),
        sa.Column("series", sa.String(64)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=False)),
    )
    op.create_index("ix_alert_notices_series", "alert_notices", ["rule", "series"])
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rule", sa.String(200), nullable=False),
        sa.Column("alert_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("detail", sa.Text),
        sa.Column("at", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_index("ix_alert_deliveries_alert", "alert_deliveries", ["rule", "alert_id"])


def downgrade() -> None:
    op.drop_table("alert_deliveries")
    op.drop_table("alert_notices")
    op.drop_table("watch_entries")
    op.drop_table("watch_sources")
