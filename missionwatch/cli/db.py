"""``missionwatch db upgrade | info``: migrate a ledger and see what it holds."""

from __future__ import annotations

import json

import typer

from missionwatch.cli.common import DB_OPTION, JSON_ALIAS, fail, format_option, output_format, resolve_db
from missionwatch.errors import MissionWatchError

db_app = typer.Typer(help="The ledger database: migrate it, describe it.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade_command(db: str | None = DB_OPTION) -> None:
    """Create the database if new, or migrate an older one to this version's schema."""
    from missionwatch.ledger.engine import ensure_schema, make_engine, redact

    try:
        engine = make_engine(resolve_db(db))
        try:
            before, after = ensure_schema(engine, upgrade=True)
        finally:
            engine.dispose()
    except MissionWatchError as exc:
        fail(exc)
    where = redact(str(engine.url))
    if before == after:
        print(f"{where}: already at revision {after}")
    else:
        print(f"{where}: {before or 'new database'} → revision {after}")
    _facts_up_to_date(db, rebuild_all=False)


def _facts_up_to_date(db: str | None, *, rebuild_all: bool, workers: int = 1) -> None:
    """Bring the materialized facts up to date: all of them, or those of the queued documents (a
    queue longer than ``materialized.REBUILD_AT`` — a migrated or bulk-loaded ledger — is rebuilt)."""
    import time

    from missionwatch.ledger import open_ledger
    from missionwatch.reconcile.materialized import REBUILD_AT, rebuild, sync

    started = time.perf_counter()
    try:
        with open_ledger(resolve_db(db)) as ledger:
            waiting = ledger.facts_pending()
            if not (rebuild_all or waiting):
                return
            if rebuild_all or waiting > REBUILD_AT:
                count = rebuild(ledger, workers=workers)
                print(f"facts: {count} rebuilt from every claim in {time.perf_counter() - started:.1f} s")
            else:
                done = sync(ledger)
                took = time.perf_counter() - started
                print(f"facts: those of {done} changed documents recomputed in {took:.1f} s")
    except MissionWatchError as exc:
        fail(exc)


@db_app.command("rebuild-facts")
def rebuild_facts_command(
    db: str | None = DB_OPTION,
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        max=64,
        help="Processes reconciling measure families side by side (from 50,000 claims); worth it "
        "only on idle cores.",
    ),
) -> None:
    """Recompute every materialized fact from the claims (after a bulk load that bypassed the ledger,
    or to check the incremental ones: the result must be the same)."""
    from missionwatch.ledger.engine import sqlite_file

    path = sqlite_file(resolve_db(db))
    if path is not None and not path.exists():
        from missionwatch.ledger.store import NO_LEDGER

        fail(f"{resolve_db(db)}: {NO_LEDGER}")
    _facts_up_to_date(db, rebuild_all=True, workers=workers)


@db_app.command("info")
def info_command(
    db: str | None = DB_OPTION,
    fmt: str | None = format_option(("text", "json"), "text"),
    as_json: bool = JSON_ALIAS,
) -> None:
    """Schema revision, counts of documents, claims and clusters, and the latest runs."""
    as_json = output_format(fmt, as_json, ("text", "json"), "text") == "json"
    from missionwatch.ledger import open_ledger
    from missionwatch.ledger.engine import current_revision

    try:
        ledger = open_ledger(resolve_db(db), create=False)
    except MissionWatchError as exc:
        fail(exc)
    with ledger:
        with ledger.engine.connect() as conn:
            revision = current_revision(conn)
        stats = ledger.stats()
        runs = ledger.runs(limit=5)
    info = {"database": ledger.url, "dialect": ledger.dialect, "revision": revision, **stats,
            "runs": [r.model_dump(mode="json", exclude={"errors"}) for r in runs]}  # fmt: skip
    if as_json:
        print(json.dumps(info, indent=2))
        return
    print(f"database:  {info['database']} ({info['dialect']}, schema revision {revision})")
    print(f"documents: {stats['documents']}")
    print(f"claims:    {stats['claims']}")
    print(f"clusters:  {stats['clusters']} ({stats['clusters_with_copies']} with near-copies)")
    for run in runs:
        state = "finished" if run.finished_at else "interrupted or running"
        print(
            f"run {run.id}: {run.command} {run.started_at:%Y-%m-%d %H:%M} {state}: {run.stored} stored, "
            f"{run.duplicates} duplicates, {run.failed} failed, {run.claims} claims"
        )


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
