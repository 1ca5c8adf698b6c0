"""``missionwatch watch`` and ``missionwatch sources``: follow a sources file, show each source's state."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any

import typer

from missionwatch.cli.common import (
    DB_OPTION,
    EXTRACTOR_OPTION,
    fail,
    format_option,
    output_format,
    resolve_db,
)
from missionwatch.errors import MissionWatchError

SOURCES_OPTION = typer.Option(
    ...,
    "--sources",
    "-s",
    envvar="MISSIONWATCH_SOURCES",
    help="The sources file (TOML): [[source]] tables, [[alert]] rules, [notify] channels. See docs/watch.md.",
    show_default=False,
)


def _poll_line(p: Any) -> str:
    if p.status == "failed":
        return f"{p.source:<24} failed      {p.error}"
    if p.status == "not_modified":
        return f"{p.source:<24} unchanged   (304 Not Modified)"
    extra = f", {p.failed} failed" if p.failed else ""
    counts = f"{p.stored} stored, {p.seen} seen before, {p.duplicates} duplicates{extra}"
    return f"{p.source:<24} ok          {counts}"


def watch_command(
    sources: str = SOURCES_OPTION,
    once: bool = typer.Option(
        False, "--once", help="One pass over the due sources, then exit (cron, systemd timers)."
    ),
    force: bool = typer.Option(False, "--all", help="Poll every source now, due or not."),
    db: str | None = DB_OPTION,
    no_extract: bool = typer.Option(False, "--no-extract", help="Store documents without extracting claims."),
    extractor: str | None = EXTRACTOR_OPTION,
    no_alerts: bool = typer.Option(False, "--no-alerts", help="Poll only; do not evaluate or push alerts."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Allow sources on private or loopback addresses (an intranet, tests)."
    ),
    fmt: str | None = format_option(("text", "json"), "text"),
) -> None:
    """Follow the sources of a sources file: each polled at its own interval, only new entries stored.

    Each source's state (last fetch, ETag/Last-Modified, entries seen, failures, next due time) is
    kept in the ledger, so a run killed at any moment loses nothing and the next run resumes. Requests
    are conditional (a 304 costs nothing), retried with backoff on 429/5xx/connection errors, at most
    one per second per host, behind the private-address guard. After each pass the file's alert rules
    are evaluated and each new alert pushed once by webhook and email.

    Without --once the process runs until stopped (SIGTERM or Ctrl-C). Exit status of --once: 0 when
    every polled source succeeded, 1 when one failed (`missionwatch sources` shows why), 2 for a bad
    sources file.
    """
    from missionwatch.config import get_settings
    from missionwatch.ledger import open_ledger
    from missionwatch.sources.registry import load_kinds
    from missionwatch.watch import loop, watchfile

    as_json = output_format(fmt, False, ("text", "json"), "text") == "json"
    try:
        wf = watchfile.load(sources)
    except MissionWatchError as exc:
        fail(exc, code=2)
    for line in load_kinds():
        print(f"warning: {line}", file=sys.stderr)
    from missionwatch.sources.registry import build

    try:
        for spec in wf.sources:
            build(spec)  # options checked now, not at the first poll
    except MissionWatchError as exc:
        fail(exc, code=2)
    extract, name = None, None
    if not no_extract:
        from missionwatch.cli.ingest import load_extractor

        try:
            extract, name, warning = load_extractor(extractor)
        except MissionWatchError as exc:
            fail(exc, code=2)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
    try:
        ledger = open_ledger(resolve_db(db))
    except MissionWatchError as exc:
        fail(exc)

    def on_poll(p: Any) -> None:
        if not as_json:
            print(_poll_line(p), flush=True)
        for line in p.errors:
            print(line, file=sys.stderr, flush=True)

    kwargs: dict[str, Any] = {
        "settings": get_settings(),
        "allow_private": allow_private,
        "extract": extract,
        "extractor_name": name,
        "on_poll": on_poll,
        "deliver": not no_alerts,
    }
    try:
        if once:
            result = loop.run_pass(ledger, wf, force=force, **kwargs)
            for alert in result.alerts:
                for line in alert.get("errors", []):
                    print(line, file=sys.stderr)
                if alert.get("title") and not as_json:
                    print(f"alert  {alert['title']}  {alert['link']}")
            if as_json:
                print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
            if result.failed:
                raise typer.Exit(1)
            return
        print(
            f"watching {len(wf.sources)} sources from {sources} → {ledger.url} (Ctrl-C to stop)",
            file=sys.stderr,
        )
        if force:
            loop.run_pass(ledger, wf, force=True, **kwargs)
        loop.run_forever(ledger, lambda: watchfile.load(sources), **kwargs)
    except KeyboardInterrupt:
        print("stopped; the next run resumes where this one ended", file=sys.stderr)
        raise typer.Exit(130) from None
    finally:
        ledger.close()


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def sources_command(
    sources: str | None = typer.Option(
        None,
        "--sources",
        "-s",
        envvar="MISSIONWATCH_SOURCES",
        help="Also list this file's sources that were never polled.",
        show_default=False,
    ),
    db: str | None = DB_OPTION,
    fmt: str | None = format_option(("table", "json"), "table"),
) -> None:
    """Each watched source's state: last fetch, status, entries stored, failures, next due, last error."""
    from missionwatch.ledger import open_ledger
    from missionwatch.ledger.watch import SourceState, WatchStore

    chosen = output_format(fmt, False, ("table", "json"), "table")
    try:
        with open_ledger(resolve_db(db), create=False) as ledger:
            states = WatchStore(ledger.engine).states()
        if sources:
            from missionwatch.watch import watchfile

            known = {s.name for s in states}
            states += [
                SourceState(name=s.name, kind=s.kind)
                for s in watchfile.load(sources).sources
                if s.name not in known
            ]
    except MissionWatchError as exc:
        fail(exc)
    if chosen == "json":
        print(json.dumps([s.as_json() for s in states], indent=2, ensure_ascii=False))
        return
    if not states:
        print("No sources watched yet: run `missionwatch watch --sources FILE --once`.")
        return
    print(
        f"{'source':<24} {'kind':<10} {'status':<12} {'last fetch':<16} {'next due':<16} "
        f"{'fails':>5} {'entries':>7}  last error"
    )
    for s in states:
        print(
            f"{s.name:<24} {s.kind:<10} {s.last_status or 'never':<12} {_when(s.last_fetch_at):<16} "
            f"{_when(s.next_due):<16} {s.failures:>5} {s.entries:>7}  {s.last_error or ''}"
        )


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)
    app.command("sources")(sources_command)
