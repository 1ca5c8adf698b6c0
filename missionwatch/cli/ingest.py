"""``missionwatch ingest``: read inputs, drop exact duplicates, extract claims, store each document.

The orchestration (``run_ingest``) lives here, at the top of the stack, because it is the one
place that ties sources, the extractor and the ledger together; ``demo`` and tests call it too.
Each document is stored with its claims in one ledger transaction, so killing the process at
any moment loses at most the document in flight, and running the same command again finishes
the job without duplicates.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import typer

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
from missionwatch.models import Claim, Document, RunSummary

Extractor = Callable[[Document], list[Claim]]


@dataclass
class IngestSummary(RunSummary):
    """What one ingest run did; ``--json`` prints it."""

    # languages of the stored documents no pack reads (stored with status "language not supported")
    unsupported: dict[str, int] = field(default_factory=dict)


def load_extractor(name: str | None = None) -> tuple[Extractor | None, str | None, str | None]:
    """(extract function, "name version", warning) for the extractor called ``name`` (default: the
    configured one). Imported lazily so that ingest still stores documents when nlp cannot load;
    an unknown name raises InputError."""
    try:
        import missionwatch.nlp as nlp
    except Exception as exc:
        return None, None, f"extractor unavailable ({type(exc).__name__}: {exc}); storing documents only"
    spec = nlp.resolve(name)

    def extract(doc: Document) -> list[Claim]:
        return nlp.extract_document(doc, extractor=spec.name)

    return extract, spec.label, None


FACTS_EVERY = 500  # stored documents between two updates of the materialized facts (one drain batch)


def run_ingest(
    ledger: Any,
    inputs: Sequence[str],
    *,
    extract: Extractor | None = None,
    extractor_name: str | None = None,
    allow_private: bool = False,
    on_document: Callable[[str, Document, Any], None] | None = None,
    on_error: Callable[[MissionWatchError], None] | None = None,
    documents: Iterable[Document | InputError] | None = None,
    facts_every: int | None = FACTS_EVERY,
) -> IngestSummary:
    """Ingest ``inputs`` into ``ledger`` and return the summary; never raises for a bad input.

    ``on_document(status, doc, result)`` is called per document (status stored|duplicate),
    ``on_error(error)`` per failed input. ``documents`` replaces reading ``inputs`` (tests,
    API bodies); the inputs are still recorded in the run. The materialized facts are brought up
    to date every ``facts_every`` stored documents and at the end (``reconcile.materialized.sync``;
    None leaves the queue to the next reader).
    """
    from missionwatch.reconcile.materialized import sync
    from missionwatch.sources import read_inputs

    summary = IngestSummary(db=ledger.url, extractor=extractor_name if extract else None)
    started = time.perf_counter()
    summary.run_id = ledger.start_run(list(inputs), extractor=summary.extractor)

    def failed(error: MissionWatchError) -> None:
        summary.failed += 1
        summary.errors.append(error.one_line())
        if on_error:
            on_error(error)

    stream = documents if documents is not None else read_inputs(inputs, allow_private=allow_private)
    try:
        for item in stream:
            summary.read += 1
            if isinstance(item, MissionWatchError):
                failed(item)
                continue
            doc = item
            # Skip a known document before paying for its extraction; without extraction the
            # check inside ``store`` (under the writer lock) is enough and saves a round trip.
            if extract is not None and ledger.has_document(doc.id):
                summary.duplicates += 1
                if on_document:
                    on_document("duplicate", doc, None)
                continue
            claims: list[Claim] = []
            if extract is not None:
                try:
                    claims = extract(doc)
                except Exception as exc:  # one document's extractor failure must not end the batch
                    failed(
                        MissionWatchError(
                            f"extraction failed ({type(exc).__name__}: {exc})", input=doc.source
                        )
                    )
                    continue
            try:
                result = ledger.store(doc, claims, run_id=summary.run_id)
            except MissionWatchError as exc:
                failed(exc if exc.input else MissionWatchError(exc.reason, input=doc.source))
                continue
            if result.status == "stored":
                summary.stored += 1
                summary.claims += result.claims
                if doc.status:
                    lang = doc.language or "unknown"
                    summary.unsupported[lang] = summary.unsupported.get(lang, 0) + 1
                if facts_every and summary.stored % facts_every == 0:
                    sync(ledger)
            else:
                summary.duplicates += 1
            if on_document:
                on_document(result.status, doc, result)
        if facts_every:
            sync(ledger)
    finally:
        summary.seconds = time.perf_counter() - started
        ledger.finish_run(
            summary.run_id,
            stored=summary.stored,
            duplicates=summary.duplicates,
            failed=summary.failed,
            claims=summary.claims,
            errors=summary.errors,
        )
    return summary


def unsupported_line(languages: dict[str, int]) -> str | None:
    """One line for the documents stored without claims because no pack reads their language."""
    if not languages:
        return None
    from missionwatch.nlp.lang import LANGUAGES, UNSUPPORTED

    n = sum(languages.values())
    which = ", ".join(f"{lang} ({count})" for lang, count in sorted(languages.items()))
    read = ", ".join(LANGUAGES)
    return f"{n} stored without claims, {UNSUPPORTED}: {which}; the extractor reads {read}"


def document_warnings(doc: Document) -> list[str]:
    """``warning: SOURCE: reason`` for each thing a reader had to guess or repair in ``doc``."""
    found = doc.meta.get("warnings") if isinstance(doc.meta, dict) else None
    return [f"warning: {doc.source}: {w}" for w in found or [] if isinstance(w, str)]


class _Progress:
    """Rich progress on a terminal (documents, docs/s, errors); plain lines otherwise."""

    def __init__(self, *, rich: bool, quiet: bool) -> None:
        self.quiet = quiet
        self.rich = rich and not quiet
        self.count = 0
        self.errors = 0
        self.started = time.perf_counter()
        self._progress: Any = None
        if self.rich:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} documents"),
                TextColumn("{task.fields[rate]:.1f} docs/s"),
                TextColumn("[red]{task.fields[errors]} errors"),
                TextColumn("{task.fields[last]}", style="dim"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._progress.add_task("ingest", total=None, rate=0.0, errors=0, last="")
            self._progress.start()

    def _advance(self, last: str) -> None:
        if self._progress is None:
            return
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self._progress.update(
            self._task, advance=1, rate=self.count / elapsed, errors=self.errors, last=last[-60:]
        )

    def document(self, status: str, doc: Document, result: Any) -> None:
        self.count += 1
        if not self.rich and not self.quiet:
            claims = f"{result.claims} claims" if result is not None and status == "stored" else "-"
            if doc.status and status == "stored":
                claims = f"{doc.status} ({doc.language})"
            print(f"{status:<9} {doc.id[:12]}  {claims:<10} {doc.source}", flush=True)
        for line in document_warnings(doc):  # e.g. "not UTF-8: decoded as Windows-1252"
            warn_line(self._progress, line, style="yellow")
        self._advance(doc.source)

    def error(self, error: MissionWatchError) -> None:
        self.count += 1
        self.errors += 1
        warn_line(self._progress, error.one_line())
        self._advance(error.input or "")

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def ingest_command(
    inputs: list[str] = typer.Argument(
        ...,
        help="Files, directories, `-` for stdin, URLs, feed URLs, or connectors written KIND:key=value&… "
        "(reliefweb, un-press, undl-votes, fts, gdelt; see docs/connectors.md), e.g. "
        "'fts:plan=1185' or 'reliefweb:country=HTI&theme=Peacekeeping and Peacebuilding'.",
        show_default=False,
    ),
    db: str | None = DB_OPTION,
    no_extract: bool = typer.Option(False, "--no-extract", help="Store documents without extracting claims."),
    extractor: str | None = EXTRACTOR_OPTION,
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Allow URLs that resolve to private or loopback addresses."
    ),
    fmt: str | None = format_option(("text", "json"), "text"),
    as_json: bool = JSON_ALIAS,
) -> None:
    """Read documents, skip exact duplicates, extract claims and store each document with its claims.

    Exit status: 0 when every input was stored or skipped as a duplicate, 1 when any failed (the
    others are still stored), 2 for usage errors.
    """
    from missionwatch.ledger import open_ledger

    as_json = output_format(fmt, as_json, ("text", "json"), "text") == "json"
    try:
        ledger = open_ledger(resolve_db(db))
    except MissionWatchError as exc:
        fail(exc)
    try:
        extract, name, warning = (None, None, None) if no_extract else load_extractor(extractor)
    except MissionWatchError as exc:
        fail(exc)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    progress = _Progress(rich=sys.stderr.isatty() and sys.stdout.isatty(), quiet=as_json)
    try:
        summary = run_ingest(
            ledger,
            inputs,
            extract=extract,
            extractor_name=name,
            allow_private=allow_private,
            on_document=progress.document,
            on_error=progress.error,
        )
    except KeyboardInterrupt:
        progress.stop()
        print("error: interrupted; run the same command again to finish", file=sys.stderr)
        raise typer.Exit(130) from None
    finally:
        progress.stop()
        ledger.close()
    if as_json:
        data = asdict(summary)
        data["docs_per_second"] = round(summary.docs_per_second, 2)
        data["seconds"] = round(summary.seconds, 3)
        print(json.dumps(data, indent=2))
    else:
        print(
            f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.failed} failed, "
            f"{summary.claims} claims in {summary.seconds:.1f}s ({summary.docs_per_second:.1f} docs/s) "
            f"→ {summary.db}"
        )
        if line := unsupported_line(summary.unsupported):
            print(line)
    if summary.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
