"""``missionwatch extract`` (claims of one article, printed, not stored) and ``missionwatch eval``
(the extractor scored against a directory of gold files)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from missionwatch.cli.common import EXTRACTOR_OPTION, fail
from missionwatch.errors import InputError, MissionWatchError


def _documents(source: str, published: str | None):
    from missionwatch.sources import read_inputs

    for item in read_inputs([source]):
        if not isinstance(item, InputError) and published:
            item.published = published
            item.published_precision = None
            item.model_post_init(None)
        yield item


def extract_command(
    source: str = typer.Argument(
        ..., help="An article file (with a `Key: value` header), a directory, or - for stdin."
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD); beats the header."
    ),
    fmt: str = typer.Option(
        "jsonl", "--format", "-f", help="jsonl (one claim a line, what the scorer reads) or table."
    ),
    extractor: str | None = EXTRACTOR_OPTION,
) -> None:
    """Print the claims the extractor finds in an article, without storing them.

    Example: `missionwatch extract ../shared/corpus/dev/00-seed-mss-renewal.txt --format table`
    """
    if fmt not in ("jsonl", "table"):
        fail(InputError("must be jsonl or table", input=f"--format {fmt}"))
    from missionwatch.nlp import extract_document, resolve

    try:
        name = resolve(extractor).name
    except MissionWatchError as exc:
        fail(exc)
    failed = 0
    for doc in _documents(source, published):
        if isinstance(doc, InputError):
            print(doc.one_line(), file=sys.stderr)
            failed += 1
            continue
        from missionwatch.cli.ingest import document_warnings

        for line in document_warnings(doc):
            print(line, file=sys.stderr)
        try:
            claims = extract_document(doc, extractor=name)
        except MissionWatchError as exc:
            exc.input = exc.input or doc.source
            print(exc.one_line(), file=sys.stderr)
            failed += 1
            continue
        if fmt == "jsonl":
            for c in claims:
                print(json.dumps(c.model_dump(mode="json", exclude_defaults=False), ensure_ascii=False))
        else:
            _print_table(claims)
    if failed:
        raise typer.Exit(1)


def _print_table(claims: list) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("measure", "mission", "subject", "value", "unit", "qualifier", "as_of", "conf")
    for c in claims:
        value = str(c.value)
        table.add_row(
            c.measure,
            c.mission or "",
            c.subject or "",
            value if len(value) < 60 else value[:57] + "…",
            c.unit or "",
            c.qualifier or "",
            c.as_of or "",
            f"{c.confidence:.2f}",
        )
    Console(width=160).print(table)


def eval_command(
    gold_dir: Path = typer.Argument(
        ..., help="Directory of NN-slug.txt articles with NN-slug.gold.json beside them."
    ),
    strict: bool = typer.Option(False, "--strict", help="Also require qualifier and as_of to agree."),
    show_misses: bool = typer.Option(False, "--show-misses", help="List missed gold facts and extra claims."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    extractor: str | None = EXTRACTOR_OPTION,
) -> None:
    """Score the extractor on a gold corpus: P/R/F1 per measure and micro-averaged (last line).

    Example: `missionwatch eval ../shared/corpus/dev --show-misses`
    """
    if fmt not in ("table", "json"):
        fail(InputError("must be table or json", input=f"--format {fmt}"))
    from functools import partial

    from missionwatch.nlp import resolve
    from missionwatch.nlp.evaluate import evaluate, extract_file, format_misses, format_table

    try:
        spec = resolve(extractor)
        report = evaluate(gold_dir, strict=strict, extractor=partial(extract_file, extractor=spec.name))
    except MissionWatchError as exc:
        fail(exc)
    if fmt == "json":
        data = {"extractor": spec.label, **report.as_dict()}
        if show_misses:
            data["misses"] = [{"document": n, **g} for n, g in report.misses]
            data["extras"] = [{"document": n, **c} for n, c in report.extras]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if show_misses and (report.misses or report.extras):
        print(format_misses(report))
    print(f"extractor: {spec.label}")
    print(format_table(report))


def extractors_command() -> None:
    """List the extractors `--extractor` can name, with their versions; the default is marked.

    Example: `missionwatch eval ../shared/corpus/dev --extractor frames`
    """
    from missionwatch.nlp import EXTRACTORS, resolve

    default = resolve(None).name
    for e in EXTRACTORS.values():
        mark = "*" if e.name == default else " "
        aliases = f" (alias {', '.join(e.aliases)})" if e.aliases else ""
        print(f"{mark} {e.name:8} {e.label:26} {e.summary}{aliases}")


def register(app: typer.Typer) -> None:
    """Add `extract` and `eval` to the CLI."""
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
    app.command("extractors")(extractors_command)
