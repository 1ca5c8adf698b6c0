"""facts.claims_mark: which claims a fact was built from, as a short hash.

Why: a drain recomputes every as-of window in the range a change can move, and about half of
those windows come out exactly as stored — the neighbours of the window that took the new claim
(bench/serve.md, fifth round). A window's fact depends only on its key, its window and its claims;
with ``claims_mark`` (a hash of its claims' documents and ids, ``reconcile/materialized.py``) a
drain keeps a stored window whose claims are the same and none of whose documents changed,
instead of building, encoding and writing it again. Facts stored before this revision have no
mark and are recomputed as before, so the upgrade fills nothing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("claims_mark", sa.String(40)))


def downgrade() -> None:
    op.execute("ALTER TABLE facts DROP COLUMN claims_mark")
