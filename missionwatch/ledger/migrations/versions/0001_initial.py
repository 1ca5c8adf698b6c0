"""Initial ledger: documents, claims, LSH bands, ingest runs and full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Static DDL for the full-text index: FTS5 over an external content table on SQLite (kept in
# step by triggers, so the index changes in the same transaction as the row), a generated
# tsvector with a GIN index on PostgreSQL. The text is capped at 500,000 characters for the
# tsvector because PostgreSQL refuses a tsvector over 1 MB.
SQLITE_FTS = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
)
POSTGRES_FTS = (
    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || left(text, 500000))) STORED",
    "CREATE INDEX ix_documents_tsv ON documents USING gin (tsv)",
)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("published", sa.String(10)),
        sa.Column("published_precision", sa.String(5)),
        sa.Column("retrieved_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("language", sa.String(20)),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("cluster_id", sa.String(64), nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("stored_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("run_id", sa.Integer),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_cluster_id", "documents", ["cluster_id"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("measure", sa.String(64), nullable=False),
        sa.Column("mission", sa.String(32)),
        sa.Column("subject", sa.Text),
        sa.Column("value", sa.JSON),
        sa.Column("value_num", sa.Float),
        sa.Column("unit", sa.String(32)),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("qualifier_cue", sa.Text),
        sa.Column("as_of", sa.String(10)),
        sa.Column("as_of_precision", sa.String(5)),
        sa.Column("resolution", sa.String(16)),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("rule", sa.Text),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("attrs", sa.JSON, nullable=False),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_measure_mission", "claims", ["measure", "mission"])
    op.create_index("ix_claims_subject", "claims", ["subject"])

    op.create_table(
        "doc_bands",
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("bucket", sa.BigInteger, primary_key=True),
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_doc_bands_document_id", "doc_bands", ["document_id"])

    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("command", sa.String(32), nullable=False),
        sa.Column("inputs", sa.JSON, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=False)),
        sa.Column("stored", sa.Integer, nullable=False),
        sa.Column("duplicates", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("errors", sa.JSON, nullable=False),
        sa.Column("extractor", sa.String(100)),
    )

    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else ():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_table("ingest_runs")
    op.drop_table("doc_bands")
    op.drop_table("claims")
    op.drop_table("documents")
