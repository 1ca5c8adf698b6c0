"""Materialized facts: the reconciled facts kept in the ledger, and the queue that keeps them fresh.

Why: reconciliation ran on every read over all of a mission's claims (35 s for the first overview
at a million claims, issue 10). The facts are now computed when claims change and read from a
table.

- ``facts``: one row per fact, the ``reconcile.Fact`` as JSON (before the cross-fact checks, which
  readers apply), with ``mission`` and ``measure`` to select by and ``missions`` (``|MSS|GSF|``:
  every mission its claims are filed under) and ``doc_missions`` (every mission the documents
  of its claims speak of: a quote naming no mission belongs to the missions of its document).
- ``fact_keys``: (key, document) pairs — which documents hold claims of which fact key — with the
  key's measure and window length, and the first and last day of that document's claims of the
  key (and whether some are undated), so that a change recomputes only the windows it can move,
  reading only the claims of its measure and dates.
- ``facts.window``/``window_first``/``window_last``: which as-of window of its key a fact is
  (``day``, ``period``, ``undated`` or ``all``) and its bounds.
- ``facts_queue``: documents whose claims changed. Triggers on ``claims`` fill it in the same
  transaction as the change; ``missionwatch.reconcile.materialized.sync`` drains it.

The upgrade queues every document that has claims; ``missionwatch db upgrade`` then rebuilds the
facts (``missionwatch.reconcile.materialized.rebuild``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    "CREATE TRIGGER claims_facts_ai AFTER INSERT ON claims BEGIN "
    "INSERT OR IGNORE INTO facts_queue (document_id) VALUES (new.document_id); END",
    "CREATE TRIGGER claims_facts_ad AFTER DELETE ON claims BEGIN "
    "INSERT OR IGNORE INTO facts_queue (document_id) VALUES (old.document_id); END",
    "CREATE TRIGGER claims_facts_au AFTER UPDATE ON claims BEGIN "
    "INSERT OR IGNORE INTO facts_queue (document_id) VALUES (old.document_id); "
    "INSERT OR IGNORE INTO facts_queue (document_id) VALUES (new.document_id); END",
)
POSTGRES_TRIGGERS = (
    "CREATE FUNCTION claims_facts_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP <> 'DELETE' THEN INSERT INTO facts_queue (document_id) VALUES (NEW.document_id) "
    "ON CONFLICT DO NOTHING; END IF; "
    "IF TG_OP <> 'INSERT' THEN INSERT INTO facts_queue (document_id) VALUES (OLD.document_id) "
    "ON CONFLICT DO NOTHING; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER claims_facts_aiud AFTER INSERT OR UPDATE OR DELETE ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claims_facts_enqueue()",
)


def upgrade() -> None:
    op.create_table("facts_queue", sa.Column("document_id", sa.String(64), primary_key=True))
    op.create_table(
        "fact_keys",
        sa.Column("key_id", sa.String(40), primary_key=True),
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("measure", sa.String(64), nullable=False),
        sa.Column("days", sa.Integer),
        sa.Column("first", sa.String(10)),
        sa.Column("last", sa.String(10)),
        sa.Column("undated", sa.Boolean, nullable=False),
    )
    op.create_index("ix_fact_keys_document_id", "fact_keys", ["document_id"])
    op.create_table(
        "facts",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key_id", sa.String(40), nullable=False),
        sa.Column("fact_id", sa.String(12), nullable=False),
        sa.Column("mission", sa.String(32)),
        sa.Column("measure", sa.String(64), nullable=False),
        sa.Column("missions", sa.Text, nullable=False),
        sa.Column("doc_missions", sa.Text, nullable=False),
        sa.Column("window", sa.String(8), nullable=False),
        sa.Column("window_first", sa.String(10)),
        sa.Column("window_last", sa.String(10)),
        sa.Column("body", sa.JSON, nullable=False),
    )
    op.create_index("ix_facts_key_id", "facts", ["key_id"])
    op.create_index("ix_facts_mission_measure", "facts", ["mission", "measure"])
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO facts_queue (document_id) SELECT DISTINCT document_id FROM claims")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS claims_facts_aiud ON claims")
        op.execute("DROP FUNCTION IF EXISTS claims_facts_enqueue()")
    else:
        for name in ("claims_facts_ai", "claims_facts_ad", "claims_facts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("facts")
    op.drop_table("fact_keys")
    op.drop_table("facts_queue")
