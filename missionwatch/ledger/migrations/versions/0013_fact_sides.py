"""facts.sides: a fact in conflict keeps the values its claims give, laid out as sides.

Why: the conflicts list shows every claim of every fact in conflict as a side's evidence, and
worked the sides out on each first request from the claims read back by id: at 1,000,009 claims
23,785 claims built whole for MSS and ``reconcile.conflicts`` run over them again (value keys,
independent sources, official outlets: 2.1-2.9 s, bench/serve.md, ninth round), where
``build_fact`` had computed all of it when it stored the fact. ``sides`` is a JSON array
``[sides, one_source]`` (``reconcile.facts.value_sides``: each side's value, qualifiers, sources,
officialness and its claims' positions in ``refs``); NULL for a fact not in conflict. A reader
reads only the sentence and document of each claim it shows.

Which facts are in conflict and how their claims fall into sides is known when the facts are
computed, so the upgrade forgets them and queues every document, as 0012 did:
``missionwatch db upgrade`` then rebuilds them (``cli/db.py``).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


QUEUE_EVERY_DOCUMENT = (
    "INSERT INTO facts_queue (document_id) SELECT id FROM documents"
    " WHERE id NOT IN (SELECT document_id FROM facts_queue)"
)


def _forget_facts() -> None:
    """No facts, every document queued: the next ``db upgrade`` or read rebuilds them."""
    op.execute("DELETE FROM facts")
    op.execute("DELETE FROM fact_keys")
    op.execute(QUEUE_EVERY_DOCUMENT)


def upgrade() -> None:
    op.add_column("facts", sa.Column("sides", sa.Text()))
    _forget_facts()


def downgrade() -> None:
    _forget_facts()  # facts in conflict without their sides would be shown with none
    op.execute("ALTER TABLE facts DROP COLUMN sides")
