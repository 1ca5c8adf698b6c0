"""``missionwatch backfill``: ``ingest`` for archives, extraction spread over worker processes or a
Ray cluster (``missionwatch.backfill``). Options, progress and the summary live here."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from typing import Any

import typer

from missionwatch.backfill import FACTS_EVERY
from missionwatch.cli.common import (
    DB_OPTION,
    EXTRACTOR_OPTION,
    JSON_ALIAS,
    fail,
    format_option,
    output_format,
    resolve_db,
    warn_line,
)
from missionwatch.errors import InputError, MissionWatchError

ENGINE_HELP = (
    "Where extraction runs: `local`, a process pool on this machine; `ray`, Ray tasks on a local "
    "Ray instance or, with --address, a running cluster (needs the 'ray' extra)."
)


class _Progress:
    """A Rich bar on a terminal (documents, stored, claims, failures, docs/s); one stderr line per
    failure either way."""

    def __init__(self, *, rich: bool) -> None:
        self._progress: Any = None
        self._started = time.perf_counter()
        if rich:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("backfill"),
                BarColumn(bar_width=None),
                TextColumn("{task.completed} documents"),
                TextColumn("{task.fields[stored]} stored"),
                TextColumn("{task.fields[claims]} claims"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TextColumn("{task.fields[rate]:.1f} docs/s"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
            )
            self._task = self._progress.add_task(
                "backfill", total=None, stored=0, claims=0, failed=0, rate=0.0
            )
            self._progress.start()

    def update(self, summary: Any) -> None:
        if self._progress is None:
            return
        rate = summary.read / max(time.perf_counter() - self._started, 1e-9)
        self._progress.update(
            self._task,
            completed=summary.read,
            stored=summary.stored,
            claims=summary.claims,
            failed=summary.failed,
            rate=rate,
        )

    def error(self, error: MissionWatchError) -> None:
        warn_line(self._progress, error.one_line())

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def backfill_command(
    inputs: list[str] = typer.Argument(
        ...,
        help="Files and directories: .txt/.md/.html/.pdf, .jsonl, .parquet (rows with a `text` column) "
        "and .warc/.warc.gz archives (each HTML, text or PDF capture), as `ingest` reads them.",
        show_default=False,
    ),
    engine: str = typer.Option("local", "--engine", "-e", help=ENGINE_HELP),
    workers: int | None = typer.Option(
        None, "--workers", "-w", min=1, help="Blocks extracted at once [default: the CPUs available]."
    ),
    address: str | None = typer.Option(
        None, "--address", help="A running Ray cluster, e.g. `ray://head:10001` or `auto` (--engine ray)."
    ),
    batch: int = typer.Option(
        64, "--batch", "-b", min=1, help="Documents per block: one task for a worker, one transaction."
    ),
    facts_every: int = typer.Option(
        FACTS_EVERY,
        "--facts-every",
        min=0,
        help="Stored documents between two updates of the materialized facts; 0 (the default): once, "
        "at the end. Each update redoes every fact the new documents touch, so its cost grows with "
        "the ledger; readers see the facts of the last update meanwhile.",
    ),
    db: str | None = DB_OPTION,
    no_extract: bool = typer.Option(False, "--no-extract", help="Store documents without extracting claims."),
    extractor: str | None = EXTRACTOR_OPTION,
    fmt: str | None = format_option(("text", "json"), "text"),
    as_json: bool = JSON_ALIAS,
) -> None:
    """Ingest an archive with extraction spread over workers; the same ledger `ingest` builds.

    The driver reads the inputs in blocks of --batch documents, skips documents the ledger already
    holds (by content hash), has the workers extract the rest, and stores each block in input
    order through one writer, one transaction per block. Killed at any moment, it loses at most
    the blocks in flight: run the same command again to finish without duplicates.

    Exit status: 0 when every input was stored or skipped as a duplicate, 1 when any failed (the
    others are still stored), 2 for usage errors.

    Examples:

        missionwatch backfill archive/*.jsonl --workers 2
        missionwatch backfill cc-news.warc.gz --engine ray --address auto --db postgresql://…
    """
    from missionwatch.backfill import ENGINES, default_workers, open_engine, run_backfill
    from missionwatch.cli.ingest import load_extractor
    from missionwatch.extras import require
    from missionwatch.ledger import open_ledger

    as_json = output_format(fmt, as_json, ("text", "json"), "text") == "json"
    try:
        if engine not in ENGINES:
            raise InputError(
                f"unknown engine (choose one of: {', '.join(ENGINES)})", input=f"--engine {engine}"
            )
        if engine == "ray":
            require("ray", "missionwatch backfill --engine ray")
        elif address:
            raise InputError("--address names a Ray cluster: use it with --engine ray", input=address)
        extract, label, warning = (None, None, None) if no_extract else load_extractor(extractor)
    except MissionWatchError as exc:
        fail(exc)
    name = ""
    if extract is not None:
        import missionwatch.nlp as nlp

        name = nlp.resolve(extractor).name
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        ledger = open_ledger(resolve_db(db))
    except MissionWatchError as exc:
        fail(exc)
    started = time.perf_counter()
    try:
        pool = open_engine(engine, workers or default_workers(), name, address)
    except MissionWatchError as exc:
        ledger.close()
        fail(exc)
    except Exception as exc:  # Ray cannot reach the cluster, the pool cannot start
        ledger.close()
        fail(f"--engine {engine}: cannot start ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})")
    startup = time.perf_counter() - started
    progress = _Progress(rich=sys.stderr.isatty() and not as_json)
    try:
        summary = run_backfill(
            ledger,
            inputs,
            pool,
            engine_name=engine,
            batch=batch,
            extractor=name,
            extractor_label=label,
            on_progress=progress.update,
            on_error=progress.error,
            facts_every=facts_every,
        )
    except KeyboardInterrupt:
        progress.stop()
        print("error: interrupted; run the same command again to finish", file=sys.stderr)
        raise typer.Exit(130) from None
    except Exception as exc:  # a worker died (out of memory, killed), the cluster went away
        progress.stop()
        reason = " ".join(str(exc).split())[:300] or type(exc).__name__
        print(
            f"error: --engine {engine}: {type(exc).__name__}: {reason}; what was stored is kept: "
            "run the same command again to finish",
            file=sys.stderr,
        )
        raise typer.Exit(1) from None
    finally:
        progress.stop()
        pool.close()
        ledger.close()
    summary.startup_seconds = startup
    if as_json:
        data = asdict(summary)
        data["docs_per_second"] = round(summary.docs_per_second, 2)
        for key, value in data.items():
            if key.endswith("seconds"):
                data[key] = round(value, 3)
        print(json.dumps(data, indent=2))
    else:
        failures = ", ".join(
            f"{n} {reason}" for reason, n in sorted(summary.failures.items(), key=lambda x: -x[1])
        )
        print(
            f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.failed} failed"
            + (f" ({failures})" if failures else "")
            + f", {summary.claims} claims in {summary.seconds:.1f}s ({summary.docs_per_second:.1f} docs/s, "
            f"{summary.engine} × {summary.workers}; read {summary.read_seconds:.1f}s, extract "
            f"{summary.extract_seconds:.1f}s on workers, write {summary.write_seconds:.1f}s "
            f"(facts {summary.facts_seconds:.1f}s); "
            f"workers started in {startup:.1f}s) → {summary.db}"
        )
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("backfill")(backfill_command)
