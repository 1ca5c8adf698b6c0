"""unfiled_counts: how many claims of each measure a document files under no mission.

Why: a briefing counts, besides its mission's claims (``claim_counts``, 0014), the quotes and roles
naming no mission of the documents that speak of the mission: at 1,000,009 claims the last part
of the scope's count, 150-200 ms on PostgreSQL, a probe of ``mission_documents`` for each of the
ledger's unfiled quotes and roles (bench/serve.md, eleventh round). With this tally it is a sum
over the mission's documents.

Triggers on ``claims`` keep it in the transaction of each change, as 0014's tallies; the upgrade
counts the claims there.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _sqlite_add(row: str) -> str:
    return (
        "INSERT INTO unfiled_counts (document_id, measure, claims) "
        f"SELECT {row}.document_id, {row}.measure, 1 WHERE coalesce({row}.mission_key, '') = '' "
        "ON CONFLICT (document_id, measure) DO UPDATE SET claims = claims + 1; "
    )


def _sqlite_remove(row: str) -> str:
    """As 0014's: an upsert of -1 (the keys of a row written without them come by an UPDATE that
    may run before the insert is counted), the row dropped at zero."""
    return (
        "INSERT INTO unfiled_counts (document_id, measure, claims) "
        f"SELECT {row}.document_id, {row}.measure, -1 WHERE coalesce({row}.mission_key, '') = '' "
        "ON CONFLICT (document_id, measure) DO UPDATE SET claims = claims - 1; "
        "DELETE FROM unfiled_counts "
        f"WHERE document_id = {row}.document_id AND measure = {row}.measure AND claims = 0; "
    )


SQLITE_TRIGGERS = (
    f"CREATE TRIGGER claims_unfiled_ai AFTER INSERT ON claims BEGIN {_sqlite_add('new')}END",
    f"CREATE TRIGGER claims_unfiled_ad AFTER DELETE ON claims BEGIN {_sqlite_remove('old')}END",
    "CREATE TRIGGER claims_unfiled_au AFTER UPDATE OF mission_key, measure, document_id ON claims "
    f"BEGIN {_sqlite_remove('old')}{_sqlite_add('new')}END",
)
POSTGRES_TRIGGERS = (
    "CREATE FUNCTION claims_unfiled() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP <> 'INSERT' AND coalesce(OLD.mission_key, '') = '' THEN "
    "UPDATE unfiled_counts SET claims = claims - 1 "
    "WHERE document_id = OLD.document_id AND measure = OLD.measure; "
    "DELETE FROM unfiled_counts "
    "WHERE document_id = OLD.document_id AND measure = OLD.measure AND claims <= 0; "
    "END IF; "
    "IF TG_OP <> 'DELETE' AND coalesce(NEW.mission_key, '') = '' THEN "
    "INSERT INTO unfiled_counts (document_id, measure, claims) VALUES (NEW.document_id, NEW.measure, 1) "
    "ON CONFLICT (document_id, measure) DO UPDATE SET claims = unfiled_counts.claims + 1; "
    "END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER claims_unfiled_aid AFTER INSERT OR DELETE ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claims_unfiled()",
    "CREATE TRIGGER claims_unfiled_au AFTER UPDATE OF mission_key, measure, document_id ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claims_unfiled()",
)

COUNT = (
    "INSERT INTO unfiled_counts (document_id, measure, claims) "
    "SELECT document_id, measure, count(*) FROM claims "
    "WHERE mission_key IS NULL OR mission_key = '' GROUP BY document_id, measure"
)


def upgrade() -> None:
    op.create_table(
        "unfiled_counts",
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("measure", sa.String(64), primary_key=True),
        sa.Column("claims", sa.Integer, nullable=False),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)
    op.execute(COUNT)
    if postgres:
        op.execute("ANALYZE unfiled_counts")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS claims_unfiled_aid ON claims")
        op.execute("DROP TRIGGER IF EXISTS claims_unfiled_au ON claims")
        op.execute("DROP FUNCTION IF EXISTS claims_unfiled()")
    else:
        for name in ("claims_unfiled_ai", "claims_unfiled_ad", "claims_unfiled_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("unfiled_counts")
