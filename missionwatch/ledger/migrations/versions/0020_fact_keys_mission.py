"""fact_keys.mission: the mission of each fact key, beside the documents that hold it.

Why: a briefing at a date earlier than some reports (``reconcile.earlier.latest_at``) first reads
the fact keys of every document published after the date — 71,567 rows at 1,000,009 claims and
today's date, whichever mission they belong to — to find the few of its own mission and of the
situation (bench/serve.md, thirty-third and thirty-fourth rounds). With the key's mission in the
row, and in the index by document, it reads those alone from the index.

The upgrade fills the column from the facts of each key (a fact's mission is its key's, as the
code writes the column), but a Council vote's or adoption's, which has none; a key with no fact
stored keeps NULL, which readers treat as possibly any mission's. The index by document gains the
mission and the measure. The downgrade drops both.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# a Council vote's or adoption's key has none (its facts take the mission most of their claims
# name, window by window: ``reconcile.materialized._spans``)
FILL = (
    "UPDATE fact_keys SET mission = "
    "(SELECT facts.mission FROM facts WHERE facts.key_id = fact_keys.key_id LIMIT 1) "
    "WHERE measure NOT IN ('council.vote', 'council.adopted')"
)


def upgrade() -> None:
    op.add_column("fact_keys", sa.Column("mission", sa.String(32)))
    op.execute(FILL)
    op.drop_index("ix_fact_keys_document_id", table_name="fact_keys")
    op.create_index("ix_fact_keys_document_id", "fact_keys", ["document_id", "mission", "measure"])


def downgrade() -> None:
    op.drop_index("ix_fact_keys_document_id", table_name="fact_keys")
    op.create_index("ix_fact_keys_document_id", "fact_keys", ["document_id"])
    op.execute("ALTER TABLE fact_keys DROP COLUMN mission")
