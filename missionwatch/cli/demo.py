"""``missionwatch demo``: build a ledger from the example articles and show what it found.

The examples (``missionwatch/examples/articles``) are short news-style articles about the MSS,
the Gang Suppression Force and BINUH, 2023–2026, written for MissionWatch from the figures of the
public reports each names in its ``Source-basis`` header. They include a syndicated near-copy
(to show clustering) and reports that disagree (200 or 400 Kenyans in the first contingent,
$68 million received or more; $13.3 million or $15 million frozen), so reconciliation has
something to show.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from missionwatch.cli.common import JSON_ALIAS, fail, format_option, output_format
from missionwatch.errors import MissionWatchError

DEFAULT_DB = "missionwatch-demo.db"


def _reset_sqlite(path: Path) -> None:
    """Remove a previous demo database (and its WAL files) so every run starts clean."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def _facts_summary(ledger: Any) -> dict[str, int] | None:
    """Facts and conflicts, when the reconcile stage is installed (it is above the ledger)."""
    try:
        from missionwatch.reconcile import conflicts, reconcile
    except ImportError:
        return None
    try:
        facts = reconcile(ledger.reviewed_claims())
        return {"facts": len(facts), "conflicts": len(conflicts(facts))}
    except Exception as exc:  # a later stage's failure must not spoil the demo of this one
        print(f"warning: reconciliation failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return None


def demo_command(
    db: str = typer.Option(
        DEFAULT_DB,
        "--db",
        help="Where to build the demo ledger (a SQLite file, recreated each run, or a URL).",
    ),
    no_extract: bool = typer.Option(
        False, "--no-extract", help="Store the articles without extracting claims."
    ),
    fmt: str | None = format_option(("text", "json"), "text"),
    as_json: bool = JSON_ALIAS,
) -> None:
    """Build a demo ledger from the bundled example articles and show what MissionWatch found."""
    as_json = output_format(fmt, as_json, ("text", "json"), "text") == "json"
    from missionwatch.cli.ingest import load_extractor, run_ingest
    from missionwatch.examples import articles_dir
    from missionwatch.ledger import open_ledger

    source = articles_dir()
    if "://" not in db:
        _reset_sqlite(Path(db))
    try:
        ledger = open_ledger(db)
    except MissionWatchError as exc:
        fail(exc)
    extract, name, warning = (None, None, None) if no_extract else load_extractor()
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    with ledger:
        summary = run_ingest(ledger, [str(source)], extract=extract, extractor_name=name)
        for line in summary.errors:
            print(line, file=sys.stderr)
        stats = ledger.stats()
        clusters = ledger.clusters(min_size=2)
        facts = _facts_summary(ledger)
        first_doc = next(iter(ledger.documents(limit=1)), None)
    result = {
        "db": db,
        "articles": str(source),
        "stored": summary.stored,
        "failed": summary.failed,
        "extractor": summary.extractor,
        **stats,
        "near_copies": [[d.title or d.source for d in group] for group in clusters],
        **(facts or {}),
    }
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print(result, db, first_doc.id[:12] if first_doc else None)
    if summary.failed:
        raise typer.Exit(1)


def _print(result: dict[str, Any], db: str, example_id: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(100, Console().width))
    console.print(f"[bold]MissionWatch demo[/bold]: {result['stored']} articles → {db}")
    extractor = result["extractor"] or "none (documents stored without claims)"
    console.print(f"extractor: {extractor}")
    console.print(
        f"documents: {result['documents']}   claims: {result['claims']}   clusters: {result['clusters']} "
        f"({result['clusters_with_copies']} with near-copies)"
    )
    if "facts" in result:
        console.print(f"facts: {result['facts']}   conflicts between sources: {result['conflicts']}")
    if result["claims_by_measure"]:
        table = Table(title="claims by measure", title_justify="left")
        table.add_column("measure")
        table.add_column("claims", justify="right")
        for measure, n in result["claims_by_measure"].items():
            table.add_row(measure, str(n))
        console.print(table)
    for group in result["near_copies"]:
        console.print("near-copies grouped in one cluster:")
        for title in group:
            console.print(f"  • {title}", markup=False)
    quoted = f'"{db}"' if " " in db else db
    console.print("\nopen it:")
    console.print(f"  missionwatch documents --db {quoted}", markup=False)
    if example_id:
        console.print(f"  missionwatch show {example_id} --db {quoted}", markup=False)
    console.print(f"  missionwatch facts MSS --db {quoted}", markup=False)
    console.print(f"  missionwatch brief MSS --db {quoted}", markup=False)
    console.print(f"  missionwatch serve --db {quoted}", markup=False)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
