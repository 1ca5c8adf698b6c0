"""Claim filter keys: normalised mission, subject and date stored on each claim, and indexes on them.

Why: ``Ledger.claims`` filtered on ``upper(mission)``, ``lower(subject)`` and
``coalesce(as_of, documents.published)``, which no index serves, so a filtered list at a million
claims scanned and sorted the table (0.15-0.65 s on SQLite). The keys are computed once, at write
time, and the composite indexes match the filters, so every filter is an index range scan.

- ``mission_key`` = mission upper-cased, ``subject_key`` = subject lower-cased,
  ``date_key`` = ``coalesce(as_of, documents.published)`` (ISO text at its own precision).
- Indexes ``(mission_key, measure, date_key)``, ``(measure, date_key)``, ``(subject_key)``;
  ``(document_id)`` stays; ``(measure, mission)`` and ``(subject)`` go (no query uses them now).
- A trigger fills the keys of a row inserted without them (another tool writing the tables
  directly, e.g. the serve benchmark's loader), so such a row is never invisible to the filters.
  The ledger itself computes them in Python, so the trigger does no work for its own rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_INDEXES = (
    ("ix_claims_mission_measure_date", ["mission_key", "measure", "date_key"]),
    ("ix_claims_measure_date", ["measure", "date_key"]),
    ("ix_claims_subject_key", ["subject_key"]),
)
OLD_INDEXES = (
    ("ix_claims_measure_mission", ["measure", "mission"]),
    ("ix_claims_subject", ["subject"]),
)

# SQLite cannot change NEW in a BEFORE trigger: an AFTER trigger updates the row, and only when a
# key is missing (the WHEN clause), so rows written by the ledger cost nothing extra.
SQLITE_TRIGGER = (
    "CREATE TRIGGER claims_keys_ai AFTER INSERT ON claims "
    "WHEN (new.mission IS NOT NULL AND new.mission_key IS NULL) "
    "OR (new.subject IS NOT NULL AND new.subject_key IS NULL) OR new.date_key IS NULL "
    "BEGIN UPDATE claims SET "
    "mission_key = coalesce(new.mission_key, upper(new.mission)), "
    "subject_key = coalesce(new.subject_key, lower(new.subject)), "
    "date_key = coalesce(new.date_key, new.as_of, "
    "(SELECT published FROM documents WHERE documents.id = new.document_id)) "
    "WHERE id = new.id; END"
)
POSTGRES_TRIGGER = (
    "CREATE FUNCTION claims_fill_keys() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.mission_key IS NULL THEN NEW.mission_key := upper(NEW.mission); END IF; "
    "IF NEW.subject_key IS NULL THEN NEW.subject_key := lower(NEW.subject); END IF; "
    "IF NEW.date_key IS NULL THEN NEW.date_key := coalesce(NEW.as_of, "
    "(SELECT published FROM documents WHERE documents.id = NEW.document_id)); END IF; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER claims_keys_bi BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION claims_fill_keys()",
)

BACKFILL = (
    "UPDATE claims SET mission_key = {upper}(mission), subject_key = {lower}(subject), "
    "date_key = coalesce(as_of, (SELECT published FROM documents WHERE documents.id = claims.document_id))"
)


def _py_case(fn: Any) -> Any:
    return lambda value: fn(value) if isinstance(value, str) else value


def upgrade() -> None:
    op.add_column("claims", sa.Column("mission_key", sa.String(32)))
    op.add_column("claims", sa.Column("subject_key", sa.Text))
    op.add_column("claims", sa.Column("date_key", sa.String(10)))

    bind = op.get_bind()
    dialect = bind.dialect.name
    if dialect == "sqlite":
        # SQLite's upper()/lower() only fold ASCII; the ledger folds with Python's str methods, so
        # the backfill uses the same functions and old rows get the keys new rows would.
        raw: Any = bind.connection.driver_connection
        raw.create_function("mw_upper", 1, _py_case(str.upper), deterministic=True)
        raw.create_function("mw_lower", 1, _py_case(str.lower), deterministic=True)
        op.execute(BACKFILL.format(upper="mw_upper", lower="mw_lower"))
    else:
        op.execute(BACKFILL.format(upper="upper", lower="lower"))

    for name, _cols in OLD_INDEXES:
        op.drop_index(name, table_name="claims")
    for name, cols in NEW_INDEXES:
        op.create_index(name, "claims", cols)

    if dialect == "sqlite":
        op.execute(SQLITE_TRIGGER)
    elif dialect == "postgresql":
        for statement in POSTGRES_TRIGGER:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS claims_keys_ai")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS claims_keys_bi ON claims")
        op.execute("DROP FUNCTION IF EXISTS claims_fill_keys()")
    for name, _cols in NEW_INDEXES:
        op.drop_index(name, table_name="claims")
    for name, cols in OLD_INDEXES:
        op.create_index(name, "claims", cols)
    for column in ("date_key", "subject_key", "mission_key"):
        op.drop_column("claims", column)
