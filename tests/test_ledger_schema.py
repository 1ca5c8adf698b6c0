"""The migrations build exactly the schema the models describe; old and foreign databases are refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from missionwatch.errors import LedgerError
from missionwatch.ledger import open_ledger
from missionwatch.ledger.engine import head_revision
from missionwatch.ledger.schema import Base

# Full-text search objects are created by raw DDL in the migration and are not in the models; so
# are SQLite's covering indexes of fact heads and summaries (migrations 0008, 0009) and the index
# of facts by series (0017) and by their newest disagreeing claim (0018): covering on SQLite,
# plain on PostgreSQL.
FTS_OBJECTS = (
    "documents_fts", "ix_documents_tsv", "tsv", "ix_facts_heads", "ix_facts_summaries", "ix_facts_series",
    "ix_facts_disagree",
)  # fmt: skip


def _names(diff: object) -> str:
    return repr(diff)


def test_migrated_schema_matches_the_models(ledger):
    with ledger.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    diffs = [d for d in diffs if not any(name in _names(d) for name in FTS_OBJECTS)]
    assert diffs == []


def test_new_database_is_stamped_at_head(ledger):
    with ledger.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_db_upgrade_command(cli, tmp_path):
    db = str(tmp_path / "u.db")
    first = cli("db", "upgrade", "--db", db)
    assert first.exit_code == 0 and "new database" in first.stdout
    again = cli("db", "upgrade", "--db", db)
    assert again.exit_code == 0 and "already at revision" in again.stdout
    info = cli("db", "info", "--db", db, "--json")
    assert info.exit_code == 0 and '"documents": 0' in info.stdout


def test_older_schema_is_refused_until_upgraded(cli, tmp_path):
    db = tmp_path / "old.db"
    open_ledger(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    with pytest.raises(LedgerError, match="db upgrade"):
        open_ledger(str(db))
    res = cli("documents", "--db", str(db))
    assert res.exit_code == 1 and res.stderr.startswith("error: ") and "db upgrade" in res.stderr
    # An unknown revision cannot be migrated: one clear line, not a traceback.
    res = cli("db", "upgrade", "--db", str(db))
    assert res.exit_code == 1 and res.stderr.startswith("error: ")


def test_foreign_database_is_refused(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (x int)")
    with pytest.raises(LedgerError, match="no MissionWatch schema"):
        open_ledger(str(db))


def test_schema_creation_is_one_transaction(db_url):
    """A process killed while creating a database leaves it empty, so the next run starts over."""
    from alembic import command
    from sqlalchemy import inspect

    from missionwatch.ledger.engine import _alembic_config, make_engine, writer

    engine = make_engine(db_url)
    try:
        with pytest.raises(RuntimeError), writer(engine) as conn:
            command.upgrade(_alembic_config(conn), "head")
            raise RuntimeError("killed here")
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    with open_ledger(db_url) as led:
        assert led.count_documents() == 0
