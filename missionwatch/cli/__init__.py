"""The ``missionwatch`` command: a thin layer that parses options, calls the library, prints.

Each stage registers its commands from its own module (``cli/ingest.py``, ``cli/extract.py``…) so
the commands of one stage can change without touching another's. A module that fails to import
(an optional part missing) is reported, not fatal, so the rest of the CLI still works.
"""

from __future__ import annotations

import importlib
import sys

import typer

app = typer.Typer(
    name="missionwatch",
    help=(
        "MissionWatch reads news and official reports about a multinational security mission, "
        "extracts every figure that matters with the sentence that states it, reconciles the "
        "disagreements and tells where the mission stands.\n\n"
        "Start with `missionwatch demo`, then `missionwatch --help` of any command."
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

# Stage modules, in the order their commands appear in --help. Each defines ``register(app)``.
COMMAND_MODULES = (
    "demo",
    "ingest",
    "backfill",
    "watch",
    "extract",
    "documents",
    "db",
    "kb",
    "council",
    "facts",
    "review",
    "report",
    "serve",
    "users",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"missionwatch.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"missionwatch.cli.{name}":
                continue  # that stage has no commands yet
            print(f"warning: commands of {name!r} unavailable: {exc}", file=sys.stderr)
            continue
        module.register(app)


def _print_version(value: bool) -> None:
    if value:
        from missionwatch import __version__

        typer.echo(f"missionwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """The root of every command (its only option is --version)."""


_register_all()


def main() -> None:
    app()
