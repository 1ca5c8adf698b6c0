"""Options and helpers shared by the command modules: the database option, error printing."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from missionwatch.errors import MissionWatchError

DB_OPTION = typer.Option(
    None,
    "--db",
    envvar="MISSIONWATCH_DB",
    help="SQLite file path or database URL (postgresql+psycopg://…). Default: ./missionwatch.db",
    show_default=False,
)

EXTRACTOR_OPTION = typer.Option(
    None,
    "--extractor",
    "-x",
    envvar="MISSIONWATCH_EXTRACTOR",
    help="Which extractor reads the text. "
    "`missionwatch extractors` lists them. Default: rules",
    show_default=False,
)


def resolve_db(db: str | None) -> str:
    if db:
        return db
    from missionwatch.config import get_settings

    return get_settings().db


def fail(error: MissionWatchError | str, code: int = 1) -> NoReturn:
    """Print one ``error: …`` line on stderr and exit with ``code``."""
    line = error.one_line() if isinstance(error, MissionWatchError) else f"error: {error}"
    print(line, file=sys.stderr)
    raise typer.Exit(code)
