"""Opening a database: SQLite file or URL, connection settings, writer locking and migrations.

SQLite is tuned for one writer at a time and many readers (WAL journal, busy timeout, foreign
keys on). Writers begin with ``BEGIN IMMEDIATE`` so that two processes never both hold a read
snapshot and then race to write (that race is what produces "database is locked" in WAL mode:
SQLite refuses to wait on it). On PostgreSQL writers take one transaction-scoped advisory lock,
which gives the same order-of-arrival semantics for de-duplication and clustering.

Migrations are Alembic scripts shipped inside the package (``ledger/migrations``) and run
programmatically on a connection that already holds the writer lock, so two processes opening a
new database at once create it once.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from missionwatch.errors import LedgerError

BUSY_TIMEOUT_S = 60
# Any constant works; it only has to be the same in every MissionWatch process.
PG_WRITER_LOCK = 0x4D57_4C45  # "MWLE"
MIGRATIONS = "missionwatch.ledger:migrations"


def database_url(db: str) -> str:
    """A file path becomes a SQLite URL; ``postgresql://`` gets the psycopg 3 driver; URLs pass."""
    if "://" not in db and not db.startswith("sqlite:"):
        return "sqlite:///" + str(Path(db).expanduser().resolve())
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def sqlite_file(db: str) -> Path | None:
    """The file a SQLite path or URL names, or None for another database or an in-memory one."""
    try:
        parsed = make_url(database_url(db))
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def redact(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


class Serialized(str):
    """JSON text written to a JSON column as it is: ``json_dumps`` does not encode it again."""


def json_dumps(value: Any) -> str:
    """How a JSON column's value is written: ``json.dumps``, except text already encoded
    (``Serialized``: a fact body, encoded once with its summary, ``ledger.facts.fact_texts``)."""
    return str(value) if isinstance(value, Serialized) else json.dumps(value)


def make_engine(db: str) -> Engine:
    """An engine for a path or URL, with the SQLite connection settings applied on every connect."""
    url = database_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise LedgerError(f"not a database path or URL: {exc}", input=db) from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            parent = Path(database).parent
            if not parent.is_dir():
                raise LedgerError(f"directory {parent} does not exist", input=db)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S}, json_serializer=json_dumps)
        _tune_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        from missionwatch.extras import load

        load("psycopg", "pg", "a PostgreSQL ledger")
    try:
        return create_engine(url, pool_pre_ping=True, json_serializer=json_dumps)
    except Exception as exc:  # a missing driver, a malformed option
        raise LedgerError(f"cannot use this database URL: {exc}", input=redact(url)) from exc


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so that BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        _wal(cursor)
        # NORMAL is safe against a killed process in WAL mode; only power loss can lose the
        # last commits (never corrupt the file).
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("mw_writer") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def _wal(cursor: Any) -> None:
    """Switch a file to WAL once. The switch needs the file to itself and SQLite answers "database is
    locked" at once, without waiting, while another process holds it (two ingests racing to create a
    new ledger), so the switch is retried for as long as a write would wait."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextlib.contextmanager
def writer(engine: Engine) -> Iterator[Connection]:
    """A connection inside a write transaction holding the database's writer lock; commits on exit."""
    with engine.connect() as conn:
        conn.execution_options(mw_writer=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITER_LOCK})
            yield conn


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    cfg.attributes["connection"] = conn
    return cfg


@cache
def head_revision() -> str:
    """The schema revision this version of MissionWatch writes (read from the migration scripts
    once a process: every ``open_ledger`` asks, and loading the scripts took ~0.1 s a time)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, *, upgrade: bool = False) -> tuple[str | None, str]:
    """Create a new database at the current schema; with ``upgrade``, migrate an old one.

    Returns (revision before, revision after). Raises LedgerError for a database of another
    program, one newer than this MissionWatch, or an old one when ``upgrade`` is false.
    """
    head = head_revision()
    try:
        with writer(engine) as conn:
            before = current_revision(conn)
            if before == head:
                return before, head
            if before is None and inspect(conn).has_table("documents"):
                raise LedgerError("database has a documents table but no MissionWatch schema version")
            if before is not None and not upgrade:
                raise LedgerError(
                    f"database schema is at revision {before}, this MissionWatch needs {head}: "
                    "run `missionwatch db upgrade`"
                )
            from alembic import command

            try:
                command.upgrade(_alembic_config(conn), "head")
            except Exception as exc:  # an unknown (newer) revision, a failed DDL statement
                raise LedgerError(f"cannot migrate the database: {exc}") from exc
            return before, head
    except DBAPIError as exc:
        raise LedgerError(f"cannot open the database: {exc.orig}") from exc
