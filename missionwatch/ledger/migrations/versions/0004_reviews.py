"""Review events: what analysts accepted, rejected, corrected, pinned, grouped, added or undid.

Why: a wrong figure could only be fixed by editing the article and re-ingesting. Reviews are
events beside the machine's claims (append-only; undo is another event), read by reconciliation
(``ledger/reviews.py``, docs/review.md).

- ``reviews``: ``seq`` (order of writing), ``id`` (stable event id, kept by export/import),
  ``at``, ``editor``, ``action``, ``document_id`` + ``claim_seq`` (the claim's place in its
  document), ``claim_sig`` (its measure, value and span hashed), ``target`` (the event an undo
  undoes), ``reason``, ``before``/``after`` (JSON).
- No foreign key to ``documents``: the audit log outlives a deleted document.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        sa.Column("at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("editor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("claim_seq", sa.Integer),
        sa.Column("claim_sig", sa.String(40)),
        sa.Column("target", sa.String(32)),
        sa.Column("reason", sa.Text),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
    )
    op.create_index("ix_reviews_document_claim", "reviews", ["document_id", "claim_seq"])


def downgrade() -> None:
    op.drop_index("ix_reviews_document_claim", table_name="reviews")
    op.drop_table("reviews")
