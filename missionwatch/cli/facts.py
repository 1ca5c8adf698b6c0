"""Commands ``facts``, ``timeline`` and ``conflicts``: the reconciled record, read from the ledger.

Each loads the mission's claims through the ledger, calls ``missionwatch.reconcile`` and prints
a Rich table, JSON or CSV. The library does the work; this module only parses and formats.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from missionwatch.cli.common import DB_OPTION, fail, resolve_db
from missionwatch.errors import MissionWatchError, NotFoundError
from missionwatch.models import StoredClaim
from missionwatch.suggest import check_measures

if TYPE_CHECKING:
    from missionwatch.reconcile import Fact, Rules


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


FORMAT_OPTION = typer.Option(
    Format.table, "--format", "-f", help="Output: table, json, csv or xlsx (a workbook; needs -o FILE.xlsx)."
)
OUTPUT_OPTION = typer.Option(
    None,
    "--output",
    "-o",
    help="Write to this file instead of stdout (required for xlsx).",
    dir_okay=False,
    show_default=False,
)
BOM_OPTION = typer.Option(False, "--bom", help="Start CSV with a UTF-8 byte-order mark, for Excel.")
RULES_OPTION = typer.Option(
    None,
    "--rules",
    help="TOML or JSON file overriding the reconciliation rules.",
    exists=False,
    dir_okay=False,
    show_default=False,
)
SUCCESSOR_OPTION = typer.Option(
    False, "--include-successor", help="Follow the mission into its successor (MSS → GSF)."
)


def resolve_mission(text: str) -> str:
    """The mission code a user means ("mss", "Gang Suppression Force" → code), or NotFoundError
    naming the closest known missions."""
    from missionwatch.reconcile.normalise import known_missions, mission_aliases

    codes = known_missions()
    wanted = text.strip()
    if wanted.upper() in codes:
        return wanted.upper()
    try:
        from missionwatch.kb.missions import lookup

        found = lookup(wanted)
        if found is not None:
            return found.code
    except ImportError:  # no knowledge base installed: codes only
        pass
    from rapidfuzz import fuzz, process

    aliases = mission_aliases()
    matches = process.extract(wanted.casefold(), list(aliases), scorer=fuzz.ratio, limit=8, score_cutoff=50)
    close: list[str] = []
    for alias, _score, _ in matches:
        code = aliases[alias]
        if code not in close:
            close.append(code)
    hint = f" — did you mean {', '.join(close[:3])}?" if close else f" — known missions: {', '.join(codes)}"
    raise NotFoundError(f"unknown mission {text!r}{hint}")


def load_claims(
    db: str | None,
    missions: Sequence[str] | None,
    measures: Sequence[str] | None = None,
    *,
    mission_free: Iterable[str] = (),
) -> list[StoredClaim]:
    """Claims of these missions (all missions when None; and, for ``mission_free`` measures, claims
    of no mission) from the ledger.

    A database file that does not exist is an error (``no ledger here``), and is not created by
    reading it.
    """
    from missionwatch.ledger import open_ledger

    ledger = open_ledger(resolve_db(db), create=False)
    out: dict[Any, StoredClaim] = {}

    def add(items: Iterable[StoredClaim]) -> None:
        for c in items:
            out.setdefault(c.id if c.id is not None else id(c), c)

    try:
        for code in missions if missions is not None else [None]:
            if measures:
                for m in measures:
                    add(ledger.reviewed_claims(mission=code, measure=m))
            else:
                add(ledger.reviewed_claims(mission=code))
        for m in mission_free:
            add(c for c in ledger.reviewed_claims(measure=m) if not c.mission)
    finally:
        ledger.close()
    return list(out.values())


def stored(db: str | None, **selection: Any) -> list[Fact]:
    """Materialized facts from the ledger (``reconcile.materialized.stored_facts``), brought up to
    date first if claims changed since they were computed."""
    from missionwatch.ledger import open_ledger
    from missionwatch.reconcile.materialized import stored_facts

    with open_ledger(resolve_db(db), create=False) as ledger:
        return stored_facts(ledger, **selection)


def _no_claims(
    db: str | None,
    missions: Sequence[str],
    measures: Sequence[str] | None,
    fmt: Format,
    header: Sequence[str],
    out: Output,
) -> None:
    """Say why nothing was found: an empty ledger, a mission without claims, or a measure the
    mission has no claims of; then print the empty result in the asked format."""
    from missionwatch.ledger import open_ledger

    with open_ledger(resolve_db(db), create=False) as ledger:
        if ledger.count_claims() == 0:
            reason = f"no claims in {ledger.url} yet — run missionwatch ingest (or missionwatch demo) first"
        elif measures and any(ledger.count_claims(mission=m) for m in missions if m != "(any)"):
            reason = f"no {', '.join(measures)} claims for mission {' or '.join(missions)}"
        else:
            reason = f"no claims for mission {' or '.join(missions)} — run missionwatch ingest first"
    print(reason, file=sys.stderr)
    _emit([], fmt, header, title="", out=out)


def _check_date(option: str, value: str | None) -> None:
    """Refuse a date the record cannot be cut at, as one line."""
    from missionwatch.reconcile.normalise import parse_date

    if value is not None and parse_date(value) is None:
        fail(f"{option}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _load_rules(path: Path | None) -> Rules:
    from missionwatch.reconcile import Rules, load_rules

    return load_rules(path) if path else Rules()


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


class Output:
    """Where and how a command writes: ``-o FILE`` (else stdout), a BOM before CSV, and the
    extra sheets of an XLSX workbook (the facts' evidence)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        bom: bool = False,
        sheets: dict[str, tuple[Sequence[str], Sequence[dict[str, Any]]]] | None = None,
    ) -> None:
        self.path, self.bom, self.sheets = path, bom, sheets or {}


def _check_output(fmt: Format, output: Path | None) -> None:
    if fmt is Format.xlsx and output is None:
        fail("--format xlsx writes a workbook: give -o FILE.xlsx", code=2)


def _emit(
    rows: list[dict[str, Any]],
    fmt: Format,
    header: Sequence[str],
    *,
    title: str,
    json_rows: list[dict[str, Any]] | None = None,
    table_columns: Sequence[tuple[str, str]] | None = None,
    out: Output | None = None,
) -> None:
    """Print rows as a Rich table (``table_columns``: key and label, a narrower choice than the CSV
    ``header``), JSON (``json_rows`` if given, richer than the rows), CSV or an XLSX workbook."""
    from missionwatch.report.tables import write_xlsx

    out = out or Output()
    if fmt is Format.xlsx:
        assert out.path is not None
        try:
            write_xlsx(out.path, {title.split(":")[0] or "rows": (header, rows), **out.sheets})
        except OSError as exc:
            fail(MissionWatchError(f"cannot write: {exc.strerror or exc}", input=str(out.path)))
        print(f"wrote {out.path}", file=sys.stderr)
        return
    if fmt in (Format.json, Format.csv) and out.path is not None:
        try:
            with open(out.path, "w", encoding="utf-8", newline="") as fh:
                _emit_text(rows, fmt, header, json_rows, fh, out.bom)
        except OSError as exc:
            fail(MissionWatchError(f"cannot write: {exc.strerror or exc}", input=str(out.path)))
        print(f"wrote {out.path}", file=sys.stderr)
        return
    if fmt in (Format.json, Format.csv):
        _emit_text(rows, fmt, header, json_rows, sys.stdout, out.bom)
        return
    _emit_table(rows, header, title, table_columns)


def _emit_text(
    rows: list[dict[str, Any]],
    fmt: Format,
    header: Sequence[str],
    json_rows: list[dict[str, Any]] | None,
    fh: Any,
    bom: bool,
) -> None:
    from missionwatch.report.tables import write_csv

    if fmt is Format.json:
        data = json_rows if json_rows is not None else rows
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        write_csv(rows, header, out=fh, bom=bom)


def _emit_table(
    rows: list[dict[str, Any]],
    header: Sequence[str],
    title: str,
    table_columns: Sequence[tuple[str, str]] | None,
) -> None:
    if not rows:
        return
    columns = table_columns or [(k, k) for k in header]
    table = Table(title=title or None, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for key, label in columns:
        wrapped = key in WRAPPED
        table.add_column(
            label,
            overflow="fold",
            no_wrap=not wrapped,
            min_width=WRAPPED.get(key),
            justify="right" if key in NUMERIC_COLUMNS else "left",
        )
    for row in rows:
        table.add_row(*(_fmt(row.get(k)) for k, _ in columns))
    Console().print(table)


NUMERIC_COLUMNS = frozenset({"low", "best", "high", "sources", "claims", "value", "best_shown", "range"})
# Columns that may wrap, with the width they keep however narrow the terminal.
WRAPPED = {"subject": 8, "sentence": 12, "url": 8, "outlet": 6, "measure": 10, "best_shown": 6}


FACT_HEADER = (
    "mission",
    "measure",
    "subject",
    "as_of",
    "low",
    "best",
    "high",
    "unit",
    "qualifier",
    "sources",
    "claims",
    "decided_by",
    "conflict",
    "reviewed",
)


# Table columns (key, label): narrow enough for an 80-column terminal; CSV and JSON carry all.
FACT_COLUMNS = (
    ("measure", "measure"),
    ("as_of", "as of"),
    ("subject", "subject"),
    ("best_shown", "best"),
    ("range", "range"),
    ("sources", "src"),
    ("rule_shown", "rule"),
    ("flag", "!"),
)
QUALIFIER_SIGN = {"approx": "~", "at_least": "≥", "at_most": "≤"}


def _shown(best: Any, qualifier: str | None, unit: str | None) -> str:
    """'~400', '≤2,500', '300,000,000 USD': the best value as a reader scans it."""
    text = QUALIFIER_SIGN.get(qualifier or "", "") + _fmt(best)
    return f"{text} {unit}" if unit and unit != "persons" and best is not None else text


def _range(low: Any, high: Any) -> str:
    return "" if low is None or low == high else f"{_fmt(low)}–{_fmt(high)}"


def _narrow(
    mission_column: tuple[str, str], *columns: tuple[str, str], several: bool
) -> list[tuple[str, str]]:
    """The table columns, with the mission column only when several missions are shown."""
    return [mission_column, *columns] if several else list(columns)


# Marks in the table's last column beside the conflict sign (the JSON carries flags and notes).
FLAG_SIGNS = {"summed": "Σ", "exceeds_total": "↑", "exceeds_older_total": "↑", "expiry_from_record": "§"}


def _subject_shown(f: Fact) -> str | None:
    """'Jamaica (military)', 'HTI (incident)': the subject with its scope and component."""
    extra = ", ".join(x for x in (f.scope, f.component) if x)
    name = f.subject_label or f.subject
    if not extra:
        return name
    return f"{name} ({extra})" if name else f"({extra})"


def _fact_row(f: Fact) -> dict[str, Any]:
    best = _best_claim(f)
    signs = "".join(dict.fromkeys(FLAG_SIGNS[x] for x in f.flags if x in FLAG_SIGNS))
    return {
        "id": f.id,
        "mission": f.mission,
        "measure": f.measure,
        "subject": _subject_shown(f),
        "as_of": f.as_of,
        "low": f.low,
        "best": f.best,
        "high": f.high,
        "unit": f.unit,
        "qualifier": f.qualifier,
        "sources": f.sources,
        "claims": len(f.claims),
        "decided_by": f.decided_by,
        "reviewed": f.reviewed,
        "rule_shown": f.reviewed or f.decided_by,
        "conflict": f.conflict,
        "flag": ("⚠" if f.conflict else "") + signs,
        "best_shown": _shown(f.best, f.qualifier, f.unit),
        "range": _range(f.low, f.high),
        "sentence": best.sentence if best else None,
        "url": best.url if best else None,
    }


EVIDENCE_HEADER = (
    "fact_id",
    "mission",
    "measure",
    "subject",
    "value",
    "unit",
    "qualifier",
    "as_of",
    "best",
    "outlet",
    "published",
    "url",
    "sentence",
    "document_id",
    "claim_id",
)


def _best_claim(f: Fact) -> StoredClaim | None:
    """The first claim that states the fact's best value (else its first claim)."""
    return next((c for c in f.claims if c.value == f.best), f.claims[0] if f.claims else None)


def _evidence_rows(f: Fact) -> list[dict[str, Any]]:
    return [
        {
            "fact_id": f.id,
            "mission": f.mission,
            "measure": f.measure,
            "subject": f.subject_label or f.subject,
            "value": c.value,
            "unit": c.unit,
            "qualifier": c.qualifier,
            "as_of": c.as_of or c.published,
            "best": c.value == f.best,
            "outlet": c.outlet,
            "published": c.published,
            "url": c.url,
            "sentence": c.sentence,
            "document_id": c.document_id,
            "claim_id": c.id,
        }
        for c in f.claims
    ]


def _fact_json(f: Fact) -> dict[str, Any]:
    data = f.model_dump(mode="json", exclude={"claims"})
    data["claims"] = [
        {
            "id": c.id,
            "value": c.value,
            "qualifier": c.qualifier,
            "as_of": c.as_of,
            "sentence": c.sentence,
            "outlet": c.outlet,
            "published": c.published,
            "url": c.url,
            "document_id": c.document_id,
        }
        for c in f.claims
    ]
    return data


def facts_command(
    mission: str = typer.Argument(..., help="Mission code or name: MSS, GSF, BINUH…"),
    measure: str | None = typer.Option(
        None, "--measure", "-m", help="Only this measure, family (personnel.*) or name (strength)."
    ),
    as_of: str | None = typer.Option(None, "--as-of", help="The record as it stood on this date."),
    latest_only: bool = typer.Option(False, "--latest", help="Only the newest fact of each series."),
    include_successor: bool = SUCCESSOR_OPTION,
    rules_file: Path | None = RULES_OPTION,
    fmt: Format = FORMAT_OPTION,
    output: Path | None = OUTPUT_OPTION,
    bom: bool = BOM_OPTION,
    db: str | None = DB_OPTION,
) -> None:
    """Reconciled facts of a mission: every figure with its low, best and high, sources and rule.

    `-f xlsx -o facts.xlsx` writes a workbook: the facts (with the sentence and URL of the best
    value's first source) and every piece of evidence (outlet, date, URL, sentence) behind them.
    """
    from missionwatch.reconcile import latest, reconcile
    from missionwatch.reconcile.timeline import MISSION_FREE, expand_measures, fold_missions

    _check_output(fmt, output)
    _check_date("--as-of", as_of)
    try:
        check_measures(measure)
        code = resolve_mission(mission)
        rules = _load_rules(rules_file)
        missions = fold_missions(code, include_successor)
        measures = _ledger_measures(measure)
        mission_free = [m for m in (measures or []) if m in MISSION_FREE]
        if as_of is None and rules_file is None:  # the materialized facts: nothing to reconcile
            facts = stored(db, missions=missions, measures=measures, mission_free=mission_free)
        else:
            claims = load_claims(db, missions, measures, mission_free=mission_free)
            if measure and not measure.endswith(".*"):
                wanted = set(expand_measures(measure))
                claims = [c for c in claims if c.measure in wanted]
            facts = reconcile(claims, rules, as_of=as_of) if claims else []
    except MissionWatchError as exc:
        fail(exc)
    out = Output(output, bom=bom)
    if not facts:
        _no_claims(db, missions, measures, fmt, FACT_HEADER, out)
        return
    if latest_only:
        facts = latest(facts)
    header: Sequence[str] = FACT_HEADER
    if fmt is Format.xlsx:
        header = (*FACT_HEADER, "sentence", "url", "id")
        out.sheets = {"Evidence": (EVIDENCE_HEADER, [row for f in facts for row in _evidence_rows(f)])}
    _emit(
        [_fact_row(f) for f in facts],
        fmt,
        header,
        title=f"Facts: {' → '.join(missions)}",
        json_rows=[_fact_json(f) for f in facts],
        out=out,
        table_columns=_narrow(("mission", "mission"), *FACT_COLUMNS, several=len(missions) > 1),
    )


def _ledger_measures(measure: str | None) -> list[str] | None:
    """What to ask the ledger for: a family glob as is, a name expanded to its measures."""
    if not measure:
        return None
    if measure.endswith(".*"):
        return [measure]
    from missionwatch.reconcile.timeline import expand_measures

    return expand_measures(measure)


POINT_HEADER = (
    "date",
    "mission",
    "measure",
    "subject",
    "low",
    "best",
    "high",
    "unit",
    "qualifier",
    "sources",
    "claims",
    "decided_by",
    "conflict",
)


def timeline_command(
    mission: str = typer.Argument(..., help="Mission code or name: MSS, GSF…"),
    measure: str = typer.Argument(
        ...,
        help="A measure (personnel.deployed), several with commas, or a "
        "family: strength, personnel, money, humanitarian.",
    ),
    by: str | None = typer.Option(None, "--by", help="'subject': a series per contributor, donor, place."),
    as_of: str | None = typer.Option(None, "--as-of", help="The record as it stood on this date."),
    include_successor: bool = SUCCESSOR_OPTION,
    rules_file: Path | None = RULES_OPTION,
    fmt: Format = FORMAT_OPTION,
    output: Path | None = OUTPUT_OPTION,
    bom: bool = BOM_OPTION,
    db: str | None = DB_OPTION,
) -> None:
    """A measure of a mission over time: one reconciled point per window, with spread and sources."""
    from missionwatch.reconcile import timeline
    from missionwatch.reconcile.timeline import MISSION_FREE, expand_measures, fold_missions, points

    _check_output(fmt, output)
    out = Output(output, bom=bom)
    if by not in (None, "subject"):
        fail(f"--by: {by!r} is not a grouping; use --by subject")
    _check_date("--as-of", as_of)
    try:
        check_measures(measure)
        code = resolve_mission(mission)
        rules = _load_rules(rules_file)
        missions = fold_missions(code, include_successor)
        measures = expand_measures(measure)
        mission_free = [m for m in measures if m in MISSION_FREE]
        if as_of is None and rules_file is None:  # the materialized facts: nothing to reconcile
            found = stored(db, missions=missions, measures=measures, mission_free=mission_free)
            pts, nothing = points(found, by=by), not found
        else:
            claims = load_claims(db, missions, measures, mission_free=mission_free)
            pts = timeline(
                claims, code, measures, by=by, rules=rules, include_successor=include_successor, as_of=as_of
            )
            nothing = not claims
    except MissionWatchError as exc:
        fail(exc)
    if nothing:
        _no_claims(db, missions, measures, fmt, POINT_HEADER, out)
        return
    rows = [
        {
            **p.model_dump(mode="json"),
            "subject": p.subject_label or p.subject,
            "conflict": p.conflict,
            "flag": "⚠" if p.conflict else "",
            "best_shown": _shown(p.best, p.qualifier, p.unit),
            "range": _range(p.low, p.high),
        }
        for p in pts
    ]
    _emit(
        rows,
        fmt,
        POINT_HEADER,
        title=f"Timeline: {' → '.join(missions)} {', '.join(measures)}",
        json_rows=[p.model_dump(mode="json") for p in pts],
        out=out,
        table_columns=_narrow(
            ("mission", "mission"),
            ("date", "date"),
            *FACT_COLUMNS[:1],
            *FACT_COLUMNS[2:],
            several=len(missions) > 1,
        ),
    )


CONFLICT_HEADER = (
    "mission",
    "measure",
    "subject",
    "as_of",
    "value",
    "qualifier",
    "sources",
    "official",
    "best",
    "decided_by",
    "internal",
    "outlet",
    "published",
    "sentence",
    "url",
    "fact_id",
)


def conflicts_command(
    mission: str | None = typer.Argument(None, help="Mission code or name; all missions when left out."),
    measure: str | None = typer.Option(None, "--measure", "-m", help="Only this measure or family."),
    tolerance: float | None = typer.Option(
        None, "--tolerance", help="Relative difference allowed (default 0.05)."
    ),
    include_successor: bool = SUCCESSOR_OPTION,
    rules_file: Path | None = RULES_OPTION,
    fmt: Format = FORMAT_OPTION,
    output: Path | None = OUTPUT_OPTION,
    bom: bool = BOM_OPTION,
    db: str | None = DB_OPTION,
) -> None:
    """Where sources disagree: every side of each conflict with its sentence, outlet, date and link."""
    from missionwatch.reconcile import conflicts, reconcile
    from missionwatch.reconcile.timeline import expand_measures, fold_missions

    _check_output(fmt, output)
    out = Output(output, bom=bom)
    if tolerance is not None and tolerance < 0:
        fail("--tolerance must be 0 or more")
    try:
        check_measures(measure)
        missions = fold_missions(resolve_mission(mission), include_successor) if mission else None
        rules = _load_rules(rules_file)
        measures = _ledger_measures(measure)
        if rules_file is None:  # the materialized facts: nothing to reconcile
            facts = stored(db, missions=missions, measures=measures)
        else:
            claims = load_claims(db, missions, measures)
            if measure and not measure.endswith(".*"):
                wanted = set(expand_measures(measure))
                claims = [c for c in claims if c.measure in wanted]
            facts = reconcile(claims, rules) if claims else []
    except MissionWatchError as exc:
        fail(exc)
    if not facts:
        _no_claims(db, missions or ["(any)"], measures, fmt, CONFLICT_HEADER, out)
        return
    found = conflicts(facts, tolerance=tolerance, rules=rules)
    rows: list[dict[str, Any]] = []
    for k in found:
        for side in k.sides:
            for ev in side.evidence:
                rows.append(
                    {
                        "mission": k.mission,
                        "measure": k.measure,
                        "subject": k.subject_label or k.subject,
                        "as_of": k.as_of,
                        "value": side.value,
                        "qualifier": ev.qualifier,
                        "sources": side.sources,
                        "official": "yes" if side.official else "",
                        "best": "◀ best" if side.is_best else "",
                        "decided_by": k.decided_by,
                        "internal": k.internal,
                        "fact_id": k.fact_id,
                        "outlet": ev.outlet,
                        "published": ev.published,
                        "sentence": ev.sentence,
                        "url": ev.url,
                    }
                )
    if fmt is not Format.table:
        _emit(
            rows,
            fmt,
            CONFLICT_HEADER,
            title="Conflicts",
            json_rows=[k.model_dump(mode="json") for k in found],
            out=out,
        )
        return
    if not found:
        print("no conflicts", file=sys.stderr)
    for k in found:
        spread = f", spread {k.spread:.0%}" if k.spread is not None else ""
        subject = (k.subject_label or k.subject or "(total)") + (" · within one source" if k.internal else "")
        title = (
            f"{k.mission or ''} {k.measure} {subject} · {k.as_of or ''} · "
            f"best {_fmt(k.best)} by {k.decided_by}{spread}"
        )
        side_rows = [r for r in rows if r["fact_id"] == k.fact_id]
        _emit(side_rows, fmt, SIDE_HEADER, title=title)


SIDE_HEADER = ("value", "qualifier", "official", "best", "outlet", "published", "sentence")


def register(app: typer.Typer) -> None:
    """Add ``facts``, ``timeline`` and ``conflicts`` to the ``missionwatch`` command."""
    app.command("facts")(facts_command)
    app.command("timeline")(timeline_command)
    app.command("conflicts")(conflicts_command)
