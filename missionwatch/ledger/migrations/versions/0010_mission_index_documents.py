"""ix_claims_mission_measure_date also holds each claim's document.

Why: a briefing's scope includes the quotes and roles, naming no mission, of the documents that
file some claim under the mission (``ledger/mission_scope.py``: ``document_id IN (SELECT
document_id FROM claims WHERE mission_key = ?)``). That sub-select read every claim row of the
mission from the table to find its document — 13,264 rows for MSS at 100,007 claims, in each of
the three statements of a first overview that ask for those parts (the count, the newest quotes,
the speakers' roles): about 0.1 s of it (issue 10). With ``document_id`` last in the index the
sub-select is an index-only scan (the three statements 104 → 36 ms); lists filtered by mission and
measure read the same index as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NAME = "ix_claims_mission_measure_date"


def upgrade() -> None:
    op.drop_index(NAME, table_name="claims")
    op.create_index(NAME, "claims", ["mission_key", "measure", "date_key", "document_id"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="claims")
    op.create_index(NAME, "claims", ["mission_key", "measure", "date_key"])
