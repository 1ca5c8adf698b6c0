"""Options and helpers shared by the command modules: the database option, error printing."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

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
    help="Which extractor reads the text. `missionwatch extractors` lists them. Default: frames",
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


def check_date(option: str, value: str | None) -> str | None:
    """A date option as the ledger and the API take it (YYYY, YYYY-MM or YYYY-MM-DD, a real day),
    or one ``error:`` line and exit 2: ``--since 2025-13`` or ``--since yesterday`` never filters
    silently."""
    import re
    from datetime import date

    if value is None:
        return None
    text = value.strip()
    ok = re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?", text) is not None
    if ok and len(text) == 10:
        try:
            date.fromisoformat(text)
        except ValueError:
            ok = False
    if not ok:
        fail(f"{option}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", code=2)
    return text


def output_format(fmt: str | None, as_json: bool, allowed: tuple[str, ...], default: str) -> str:
    """The output format of a command that has ``--format/-f`` and the older ``--json`` alias."""
    if as_json:
        if fmt not in (None, "json"):
            fail(f"--json and --format {fmt} disagree; give one of them", code=2)
        return "json"
    chosen = fmt or default
    if chosen not in allowed:
        fail(f"--format: choose one of {', '.join(allowed)} (got {chosen!r})", code=2)
    return chosen


def format_option(allowed: tuple[str, ...], default: str) -> Any:
    """``--format/-f`` with these choices (the default when left out)."""
    return typer.Option(
        None,
        "--format",
        "-f",
        help=f"Output: {' or '.join(allowed)} (default {default}).",
        show_default=False,
    )


JSON_ALIAS = typer.Option(False, "--json", help="Same as --format json.", hidden=True)


def warn_line(progress: Any, line: str, style: str = "red") -> None:
    """One line on stderr: through a running Rich progress (so the bar is redrawn below it), else
    plainly. ``progress`` is a ``rich.progress.Progress`` or None."""
    if progress is not None:
        progress.console.print(line, markup=False, highlight=False, style=style)
    else:
        print(line, file=sys.stderr, flush=True)
