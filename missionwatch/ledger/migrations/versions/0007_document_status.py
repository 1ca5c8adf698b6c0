"""documents.status: why a stored document has no claims when it is not for lack of facts.

Today the one value is "language not supported" (a language without an extractor pack, see
``missionwatch/nlp/lang``); null for every document read as usual, existing ones included.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("status", sa.String(40)))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch copy of ``documents`` would trip the
    # claims' triggers and the full-text table that refer to it.
    op.execute("ALTER TABLE documents DROP COLUMN status")
