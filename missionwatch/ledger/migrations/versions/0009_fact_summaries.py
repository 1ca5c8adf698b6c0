"""facts.summary: a fact's body without its claims, beside the body.

Why: ``/api/v1/facts`` lists every fact of a mission (to count, sort and page them) but shows
each fact's claims by id and link only, and those only for the page's fifty facts. Its first
request parsed every fact body of the mission, nine tenths of each its claims (at 100,007 claims,
7,552 bodies of about 5 kB: most of the 0.65 s it took; issue 10). ``summary`` is the body's JSON
without ``claims`` (``ledger/facts.py``, ``summary_of``), written with the body; the upgrade fills
it from the bodies already stored.

On SQLite a column after a long body is reached through the body's overflow pages (see 0008), so
``ix_facts_summaries`` covers what a mission's facts are selected by and ``summary`` itself
(raw DDL, SQLite only, as ``ix_facts_heads``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COVERING = "ix_facts_summaries"  # SQLite: a mission's fact summaries without the bodies (see above)


def upgrade() -> None:
    op.add_column("facts", sa.Column("summary", sa.Text()))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE facts SET summary = json_remove(body, '$.claims')")
        op.execute(
            f"CREATE INDEX {COVERING} ON facts (measure, mission, missions, doc_missions, seq, summary)"
        )
    else:
        op.execute("UPDATE facts SET summary = (body::jsonb - 'claims')::text")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {COVERING}")
    op.execute("ALTER TABLE facts DROP COLUMN summary")
