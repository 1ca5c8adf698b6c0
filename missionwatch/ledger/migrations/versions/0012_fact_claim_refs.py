"""facts.refs: a fact's claims by reference; its body without them.

Why: a fact's body held every claim of its fact whole — 900 MB of a 2 GB ledger at 1,000,009
claims — and a reader that shows a few of them parsed and built them all: a first alert list
built 151,876 claims for six missions' newest facts (2.9 s, 807 MB of a server), a first
overview 1.5 s of them (bench/serve.md, eighth round). ``refs`` lists each claim, in the fact's
order, as its id, document, publication and confidence (what readers sort claims by, newest
first), with the claim itself only when the ledger cannot give it back by id (a claim a review or
the reconciler's ``prepare`` made or changed: ``ledger/facts.py``, ``fact_texts``); the body is
the fact without its claims, as ``summary`` is. Readers read by id the claims they show.

The stored facts cannot be cut apart here (which claims the ledger gives back as they are is
known when the facts are computed), so the upgrade forgets them and queues every document:
``missionwatch db upgrade`` then rebuilds them (``cli/db.py``).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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
    op.add_column("facts", sa.Column("refs", sa.Text()))
    _forget_facts()


def downgrade() -> None:
    _forget_facts()  # bodies without claims mean nothing to revision 0011
    op.execute("ALTER TABLE facts DROP COLUMN refs")
