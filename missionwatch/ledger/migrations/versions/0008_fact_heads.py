"""facts.head: what tells a fact's series and recency apart, beside its body.

Why: a briefing reads where things stand — the newest fact of each series — and a fact's body
holds every one of its claims (a Council vote or ``mission.lead`` fact, thousands). Choosing the
newest fact by reading fields out of each body made the database parse every body of the mission
on a first overview (issue 10). ``head`` is a short JSON array of the body's ``id``, ``mission``,
``measure``, ``subject``, ``resolution``, ``unit``, ``scope``, ``component``, ``as_of_last``,
``best`` and ``conflict`` (``ledger/facts.py``, ``HEAD_FIELDS``), written with the body; the
upgrade fills it from the bodies already stored.

On SQLite a row's columns after a long body are reached through the body's overflow pages, so
reading ``head`` from the table would still read every body: ``ix_facts_heads`` covers what a
mission's heads are selected by and ``head`` itself, and is scanned instead of the table (raw DDL,
SQLite only: PostgreSQL keeps long bodies out of line already, and its index rows have a size
limit a long quote's head could pass).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COVERING = "ix_facts_heads"  # SQLite: a mission's fact heads without the bodies (see above)
# the same order as ledger/facts.py HEAD_FIELDS (a migration does not import the code it serves)
FIELDS = (
    "id", "mission", "measure", "subject", "resolution", "unit", "scope", "component", "as_of_last",
    "best", "conflict",
)  # fmt: skip


def upgrade() -> None:
    op.add_column("facts", sa.Column("head", sa.Text()))
    if op.get_bind().dialect.name == "sqlite":  # several paths: one JSON array
        paths = ", ".join(f"'$.{k}'" for k in FIELDS)
        op.execute(f"UPDATE facts SET head = json_extract(body, {paths})")
        op.execute(f"CREATE INDEX {COVERING} ON facts (measure, mission, missions, doc_missions, seq, head)")
    else:
        parts = ", ".join(f"body -> '{k}'" for k in FIELDS)
        op.execute(f"UPDATE facts SET head = json_build_array({parts})::text")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {COVERING}")
    op.execute("ALTER TABLE facts DROP COLUMN head")
