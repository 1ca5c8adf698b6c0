"""Alembic environment for the ledger, driven programmatically by ``ledger.migrate``.

The caller hands over an open connection (``config.attributes["connection"]``) that already holds
the writer lock, so creating or migrating a database is serialised across processes.
"""

from __future__ import annotations

from alembic import context

from missionwatch.ledger.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached through the alembic CLI
    raise RuntimeError("run migrations through `missionwatch db upgrade`, which opens the database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
