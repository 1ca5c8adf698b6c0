"""``missionwatch brief MISSION`` and ``missionwatch alerts``: where a mission stands, what to worry about."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from missionwatch.cli.common import DB_OPTION, fail, resolve_db
from missionwatch.errors import InputError, MissionWatchError

if TYPE_CHECKING:
    from missionwatch.report.alerts import Alert


def _date_option(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        fail(InputError("write the date as YYYY-MM-DD", input=f"{name} {value}"), code=2)


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        print(f"error: --format: choose one of {', '.join(allowed)} (got {fmt!r})", file=sys.stderr)
        raise typer.Exit(2)


def brief_command(
    mission: str = typer.Argument(..., help="Mission code or name: MSS, GSF, 'Gang Suppression Force'…"),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Brief as things stood on this date (YYYY-MM-DD)."
    ),
    since: str | None = typer.Option(
        None, "--since", help="Fill 'What changed' since this date (YYYY-MM-DD)."
    ),
    fmt: str = typer.Option(
        "md", "--format", "-f", help="md (Markdown), html (one page with charts) or json."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    db: str | None = DB_OPTION,
) -> None:
    """One page on a mission: mandate, strength, money, situation, changes, statements, conflicts.

    Every number carries footnotes to its sources (outlet, date, URL and the sentence).
    """
    _check_format(fmt, ("md", "html", "json"))
    as_of_s, since_s = _date_option(as_of, "--as-of"), _date_option(since, "--since")
    from missionwatch.ledger import open_ledger
    from missionwatch.report import build_briefing, to_html, to_markdown
    from missionwatch.report.data import briefing_inputs

    try:
        from missionwatch.report.backend import Backend

        backend = Backend()
        found = backend.mission(mission)
        if found is None:
            raise InputError("no such mission; `missionwatch kb missions` lists them", input=mission)
        with open_ledger(resolve_db(db), create=False) as ledger:
            got = briefing_inputs(ledger, found.code, as_of_s, since_s, backend=backend)
        brief = build_briefing(
            found.code,
            got.claims,
            as_of=as_of_s,
            since=since_s,
            backend=backend,
            facts=got.facts,
            claim_count=got.claim_count,
            trend=got.trend,
        )
    except MissionWatchError as exc:
        fail(exc)
    if fmt == "md":
        text = to_markdown(brief)
    elif fmt == "html":
        from missionwatch.extras import MissingExtraError, installed

        if not installed("charts"):
            print(
                f"warning: {MissingExtraError('drawing the charts', 'charts').reason}; the page has none",
                file=sys.stderr,
            )
        text = to_html(brief)
    else:
        text = brief.model_dump_json(indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def alerts_command(
    since: str | None = typer.Option(
        None, "--since", help="New claims and votes since (default: 30 days before --as-of)."
    ),
    as_of: str | None = typer.Option(None, "--as-of", help="Check as of this date (default: today)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    exit_code: bool = typer.Option(
        False,
        "--exit-code",
        help="Exit 1 when an alert is new (not shown by an earlier --exit-code run), else 0; for cron. "
        "The alerts shown are remembered in the ledger.",
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Alerts: mandate expiring, deployed or funding below threshold, new conflicting claims, Council votes.

    Thresholds come from MISSIONWATCH_ALERT_MANDATE_DAYS, MISSIONWATCH_ALERT_DEPLOYED_PCT and
    MISSIONWATCH_ALERT_FUNDING_PCT. Exit code 0 with or without alerts, unless --exit-code: then 1
    when some alert is new since the last --exit-code run (`missionwatch alerts --exit-code || mail …`
    in cron). Push alerts by webhook and email are `missionwatch watch`'s (docs/watch.md).
    """
    _check_format(fmt, ("text", "json"))
    since_s, as_of_s = _date_option(since, "--since"), _date_option(as_of, "--as-of")
    from missionwatch.config import get_settings
    from missionwatch.ledger import open_ledger
    from missionwatch.report import compute_alerts, to_text
    from missionwatch.report.alerts import default_since
    from missionwatch.report.backend import Backend
    from missionwatch.report.briefing import today
    from missionwatch.report.data import alert_inputs

    try:
        backend = Backend()
        with open_ledger(resolve_db(db), create=False) as ledger:
            when = (as_of_s or today())[:10]
            by_mission, stored = alert_inputs(ledger, backend, when, (since_s or default_since(when))[:10])
            alerts = compute_alerts(
                by_mission, settings=get_settings(), since=since_s, as_of=when, backend=backend, stored=stored
            )
            new = _remember(ledger, alerts) if exit_code else 0
    except MissionWatchError as exc:
        fail(exc)
    if fmt == "json":
        print(json.dumps([a.model_dump(mode="json") for a in alerts], indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(to_text(alerts))
    if exit_code and new:
        print(f"{new} new alert{'s' if new != 1 else ''}", file=sys.stderr)
        raise typer.Exit(1)


CLI_RULE = "cli:alerts"  # the notices of `alerts --exit-code`, beside the rules of sources files


def _remember(ledger: Any, alerts: list[Alert]) -> int:
    """Record each alert as shown; the number that were not shown before."""
    from missionwatch.ledger.watch import WatchStore

    store = WatchStore(ledger.engine)
    return sum(
        store.add_notice(
            CLI_RULE, a.id, kind=a.kind, title=a.title, body=a.model_dump(mode="json"), delivered=True
        )
        for a in alerts
    )


def register(app: typer.Typer) -> None:
    app.command("brief")(brief_command)
    app.command("alerts")(alerts_command)
