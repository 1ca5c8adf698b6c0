"""Claim tallies: the claims of each mission and measure, and the documents of each mission.

Why: a first briefing at 1,000,009 claims counted its mission's claims in the claims table (the
scope's count, 0.59 s on PostgreSQL) and walked the documents newest first probing each for a
claim filed under the mission (the quotes' walk: the 33,213 newest documents of the synthetic
ledger speak of GSF, 0.87 s for MSS); an alert list counted the claims of every mission of the
knowledge base, one count each (101 statements) to find those that have claims (bench/serve.md,
tenth round). Both are tallies the ledger can keep as claims come and go:

- ``claim_counts``: (mission key, measure) → how many claims, the mission key ``''`` for the
  claims filed under none (a zero count may stay);
- ``mission_documents``: (mission key, document) → how many of the document's claims are filed
  under the mission, with the document's publication date (an index by mission and date: a
  mission's documents newest first). No row for claims filed under no mission.

Triggers on ``claims`` keep both in the same transaction as the change (an insert, a removal, a
change of a claim's mission, measure or document), whoever writes the claims, as the facts'
queue is kept (0003). The upgrade counts the claims already there.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _sqlite_add(row: str) -> str:
    """SQLite statements counting claim ``row`` (``new``) in."""
    return (
        "INSERT INTO claim_counts (mission_key, measure, claims) "
        f"VALUES (coalesce({row}.mission_key, ''), {row}.measure, 1) "
        "ON CONFLICT (mission_key, measure) DO UPDATE SET claims = claims + 1; "
        "INSERT INTO mission_documents (mission_key, document_id, published, claims) "
        f"SELECT {row}.mission_key, {row}.document_id, "
        f"(SELECT published FROM documents WHERE documents.id = {row}.document_id), 1 "
        f"WHERE coalesce({row}.mission_key, '') <> '' "
        "ON CONFLICT (mission_key, document_id) DO UPDATE SET claims = claims + 1; "
    )


def _sqlite_remove(row: str) -> str:
    """SQLite statements counting claim ``row`` (``old``) out. The count is an upsert of -1: on
    SQLite a row inserted without its keys gets them from another trigger's UPDATE (0002), which
    may run before the insert is counted."""
    return (
        "INSERT INTO claim_counts (mission_key, measure, claims) "
        f"VALUES (coalesce({row}.mission_key, ''), {row}.measure, -1) "
        "ON CONFLICT (mission_key, measure) DO UPDATE SET claims = claims - 1; "
        "UPDATE mission_documents SET claims = claims - 1 "
        f"WHERE mission_key = {row}.mission_key AND document_id = {row}.document_id; "
        "DELETE FROM mission_documents "
        f"WHERE mission_key = {row}.mission_key AND document_id = {row}.document_id AND claims <= 0; "
    )


SQLITE_TRIGGERS = (
    f"CREATE TRIGGER claims_tally_ai AFTER INSERT ON claims BEGIN {_sqlite_add('new')}END",
    f"CREATE TRIGGER claims_tally_ad AFTER DELETE ON claims BEGIN {_sqlite_remove('old')}END",
    "CREATE TRIGGER claims_tally_au AFTER UPDATE OF mission_key, measure, document_id ON claims "
    f"BEGIN {_sqlite_remove('old')}{_sqlite_add('new')}END",
)
POSTGRES_TRIGGERS = (
    "CREATE FUNCTION claims_tally() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP <> 'INSERT' THEN "
    "INSERT INTO claim_counts (mission_key, measure, claims) "
    "VALUES (coalesce(OLD.mission_key, ''), OLD.measure, -1) "
    "ON CONFLICT (mission_key, measure) DO UPDATE SET claims = claim_counts.claims - 1; "
    "IF coalesce(OLD.mission_key, '') <> '' THEN "
    "UPDATE mission_documents SET claims = claims - 1 "
    "WHERE mission_key = OLD.mission_key AND document_id = OLD.document_id; "
    "DELETE FROM mission_documents "
    "WHERE mission_key = OLD.mission_key AND document_id = OLD.document_id AND claims <= 0; "
    "END IF; END IF; "
    "IF TG_OP <> 'DELETE' THEN "
    "INSERT INTO claim_counts (mission_key, measure, claims) "
    "VALUES (coalesce(NEW.mission_key, ''), NEW.measure, 1) "
    "ON CONFLICT (mission_key, measure) DO UPDATE SET claims = claim_counts.claims + 1; "
    "IF coalesce(NEW.mission_key, '') <> '' THEN "
    "INSERT INTO mission_documents (mission_key, document_id, published, claims) "
    "VALUES (NEW.mission_key, NEW.document_id, "
    "(SELECT published FROM documents WHERE documents.id = NEW.document_id), 1) "
    "ON CONFLICT (mission_key, document_id) DO UPDATE SET claims = mission_documents.claims + 1; "
    "END IF; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER claims_tally_aid AFTER INSERT OR DELETE ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claims_tally()",
    "CREATE TRIGGER claims_tally_au AFTER UPDATE OF mission_key, measure, document_id ON claims "
    "FOR EACH ROW EXECUTE FUNCTION claims_tally()",
)

# the tallies of the claims in the ledger, counted whole (the upgrade; ``ledger.facts.recount``)
COUNT = (
    "INSERT INTO claim_counts (mission_key, measure, claims) "
    "SELECT coalesce(mission_key, ''), measure, count(*) FROM claims "
    "GROUP BY coalesce(mission_key, ''), measure",
    "INSERT INTO mission_documents (mission_key, document_id, published, claims) "
    "SELECT claims.mission_key, claims.document_id, documents.published, count(*) "
    "FROM claims JOIN documents ON documents.id = claims.document_id "
    "WHERE claims.mission_key IS NOT NULL AND claims.mission_key <> '' "
    "GROUP BY claims.mission_key, claims.document_id, documents.published",
)


def upgrade() -> None:
    op.create_table(
        "claim_counts",
        sa.Column("mission_key", sa.String(32), primary_key=True),
        sa.Column("measure", sa.String(64), primary_key=True),
        sa.Column("claims", sa.Integer, nullable=False),
    )
    op.create_table(
        "mission_documents",
        sa.Column("mission_key", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("published", sa.String(10)),
        sa.Column("claims", sa.Integer, nullable=False),
    )
    op.create_index("ix_mission_documents_published", "mission_documents", ["mission_key", "published"])
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)
    for statement in COUNT:
        op.execute(statement)
    if postgres:  # the planner's statistics of the new tables, not an empty table's
        op.execute("ANALYZE claim_counts, mission_documents")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS claims_tally_aid ON claims")
        op.execute("DROP TRIGGER IF EXISTS claims_tally_au ON claims")
        op.execute("DROP FUNCTION IF EXISTS claims_tally()")
    else:
        for name in ("claims_tally_ai", "claims_tally_ad", "claims_tally_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("mission_documents")
    op.drop_table("claim_counts")
