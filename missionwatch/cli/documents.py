"""``missionwatch documents | show | export | import``: look at and move what the ledger holds."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

from missionwatch.cli.common import (
    DB_OPTION,
    JSON_ALIAS,
    check_date,
    fail,
    format_option,
    output_format,
    resolve_db,
)
from missionwatch.errors import MissionWatchError


def _open(db: str | None, *, create: bool = False) -> Any:
    """The ledger at ``--db``; reads (``create=False``) refuse a SQLite file that does not exist."""
    from missionwatch.ledger import open_ledger

    try:
        return open_ledger(resolve_db(db), create=create)
    except MissionWatchError as exc:
        fail(exc)


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        print(f"error: --format: choose one of {', '.join(allowed)} (got {fmt!r})", file=sys.stderr)
        raise typer.Exit(2)


def documents_command(
    db: str | None = DB_OPTION,
    outlet: str | None = typer.Option(None, help="Only this outlet (case-insensitive)."),
    since: str | None = typer.Option(None, help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)."),
    cluster: str | None = typer.Option(None, help="Only this near-duplicate cluster (id or prefix)."),
    search: str | None = typer.Option(
        None, "--search", "-s", help="Full-text search: every word must match."
    ),
    limit: int = typer.Option(50, min=1, help="At most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """List stored documents, newest first, with their outlet, date, cluster and claim count."""
    _check_format(fmt, ("table", "json"))
    since, until = check_date("--since", since), check_date("--until", until)
    with _open(db) as ledger:
        filters = {"outlet": outlet, "since": since, "until": until, "cluster": cluster, "search": search}
        docs = ledger.documents(**filters, limit=limit, offset=offset)
        total = ledger.count_documents(**filters)
    if fmt == "json":
        rows = [d.model_dump(mode="json", exclude={"text"}) for d in docs]
        print(json.dumps({"total": total, "documents": rows}, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(docs)} of {total} documents", title_justify="left")
    for name in ("id", "published", "outlet", "title", "claims", "cluster"):
        table.add_column(name, overflow="fold")
    for d in docs:
        cluster_cell = "" if d.cluster_id == d.id else d.cluster_id[:12]
        title = d.title or d.text[:60]
        count = str(d.claim_count or 0) + (f" — {d.status} ({d.language})" if d.status else "")
        table.add_row(d.id[:12], d.published or "", d.outlet or "", title, count, cluster_cell)
    Console(width=max(100, Console().width)).print(table)


def show_command(
    doc: str = typer.Argument(..., help="Document id or a unique prefix of it (4+ hex digits)."),
    db: str | None = DB_OPTION,
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    no_text: bool = typer.Option(False, "--no-text", help="Leave the document text out."),
) -> None:
    """Show one document: its metadata, its text and every claim found in it."""
    _check_format(fmt, ("text", "json"))
    with _open(db) as ledger:
        try:
            document = ledger.document(doc)
        except MissionWatchError as exc:
            fail(exc)
        claims = ledger.claims(document_id=document.id)
        reviews = _review_marks(ledger.review_events([document.id]).get(document.id, []))
    if fmt == "json":
        data = document.model_dump(mode="json", exclude={"text"} if no_text else set())
        data["claims"] = [{**c.model_dump(mode="json"), "review": reviews.get(c.id)} for c in claims]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    fields = [
        ("id", document.id), ("title", document.title), ("outlet", document.outlet),
        ("published", document.published), ("url", document.url), ("source", document.source),
        ("language", document.language), ("status", document.status),
        ("content type", document.content_type),
        ("retrieved", document.retrieved_at.isoformat()), ("cluster", document.cluster_id),
    ]  # fmt: skip
    for name, value in fields:
        if value:
            print(f"{name + ':':<14}{value}")
    if not no_text:
        print()
        print(document.text)
    print()
    status = f" — {document.status} ({document.language})" if document.status else ""
    print(f"{len(claims)} claims{status}")
    for c in claims:
        who = " ".join(x for x in (c.mission or "", c.subject or "") if x)
        unit = f" {c.unit}" if c.unit else ""
        qual = f" ({c.qualifier})" if c.qualifier and c.qualifier != "exact" else ""
        when = f" as of {c.as_of}" if c.as_of else ""
        mark = f"  [{reviews[c.id]}]" if c.id in reviews else ""
        print(f"  #{c.id:<6} {c.measure:<20} {who:<16} {c.value}{unit}{qual}{when}{mark}")
        if c.sentence:
            print(f"  {'':<7} {'':<20} “{c.sentence[:160]}”")
    if reviews:
        print(f"\nreviews: missionwatch review log --document {document.id[:12]}")


def _review_marks(events: list[Any]) -> dict[int, str]:
    """Each reviewed claim's state, as ``review`` commands leave it: rejected, corrected, pinned…"""
    from missionwatch.ledger.reviews import claim_states

    out: dict[int, str] = {}
    for claim_id, st in claim_states(events).items():
        marks = [st.status or "", "corrected" if st.changes else "", "pinned" if st.pinned_by else ""]
        marks.append("grouped" if st.grouped else "")
        text = ", ".join(m for m in marks if m)
        if text:
            out[claim_id] = text
    return out


def export_command(
    db: str | None = DB_OPTION,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    output: str | None = typer.Option(
        None,
        "--output",
        "-o",
        help="File (jsonl; stdout when absent), directory (csv, parquet) or .zip (csv).",
    ),
    bom: bool = typer.Option(False, "--bom", help="Start CSV files with a UTF-8 byte-order mark (Excel)."),
) -> None:
    """Export every document and claim (with clusters), for backup, sharing or analysis elsewhere.

    `missionwatch import` reads the export back into another ledger losslessly.
    """
    from missionwatch.ledger.exchange import FORMATS, export_ledger

    _check_format(fmt, FORMATS)
    if fmt != "jsonl" and not output:
        print(
            f"error: --format {fmt} writes two tables: give -o DIRECTORY (or -o FILE.zip for csv)",
            file=sys.stderr,
        )
        raise typer.Exit(2)
    with _open(db) as ledger:
        try:
            docs, claims = export_ledger(ledger, fmt, output, bom=bom)
        except MissionWatchError as exc:
            fail(exc)
        except OSError as exc:
            fail(MissionWatchError(f"cannot write: {exc.strerror or exc}", input=output))
    print(
        f"exported {docs} documents and {claims} claims" + (f" to {output}" if output else ""),
        file=sys.stderr,
    )


def import_command(
    path: str = typer.Argument(
        ..., help="An export: .jsonl file (or - for stdin), csv directory or .zip, parquet directory."
    ),
    db: str | None = DB_OPTION,
    fmt: str | None = format_option(("text", "json"), "text"),
    as_json: bool = JSON_ALIAS,
) -> None:
    """Import an export made by `missionwatch export` (documents already present are skipped)."""
    from missionwatch.ledger.exchange import import_export
    from missionwatch.reconcile.materialized import refresh

    as_json = output_format(fmt, as_json, ("text", "json"), "text") == "json"
    with _open(db, create=True) as ledger:
        try:
            summary = import_export(ledger, path)
            refresh(ledger)  # the materialized facts of what came in (a rebuild for a large import)
        except MissionWatchError as exc:
            fail(exc)
    for line in summary.errors:
        print(line, file=sys.stderr)
    if as_json:
        print(json.dumps(summary.__dict__, indent=2))
    else:
        print(
            f"{summary.imported} imported, {summary.duplicates} duplicates, {summary.failed} failed, "
            f"{summary.claims} claims"
        )
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("documents")(documents_command)
    app.command("show")(show_command)
    app.command("export")(export_command)
    app.command("import")(import_command)
