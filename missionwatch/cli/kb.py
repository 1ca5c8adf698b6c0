"""``missionwatch kb …``: what the knowledge base knows about missions, the Council and officials."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from missionwatch.cli.common import fail
from missionwatch.errors import InputError, MissionWatchError, NotFoundError

kb_app = typer.Typer(
    help="The knowledge base: missions, Security Council members and resolutions, officials, countries.",
    no_args_is_help=True,
)


class Format(StrEnum):
    table = "table"
    json = "json"


FORMAT_OPTION = typer.Option(Format.table, "--format", "-f", help="table (Rich) or json.")


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _console() -> Console:
    return Console(soft_wrap=False)


def _source_cell(source: Any, *, url: bool = False) -> str:
    """Outlet and date in tables (URLs are in --format json and in the resolution view)."""
    return f"{source.outlet}, {source.date}" + (f"\n{source.url}" if url else "")


_KIND_LABELS = {
    "un_peace_operation": "UN PKO",
    "un_political": "UN political",
    "un_support": "UN support",
    "un_authorised": "UN-authorised",
    "au": "AU",
    "regional": "regional",
    "eu": "EU",
    "nato": "NATO",
    "ad_hoc": "ad hoc",
    "other": "other",
}


@kb_app.command("missions")
def missions_command(
    fmt: Format = FORMAT_OPTION,
    active: bool = typer.Option(False, "--active", help="Only missions with no recorded end."),
    kind: str | None = typer.Option(
        None, "--kind", help="un_peace_operation (un_pko), un_political (un_spm), au, eu, nato, regional, …"
    ),
) -> None:
    """Every mission: code, name, kind, lead and host, authorising resolutions, dates."""
    from missionwatch.kb import missions

    kind = missions.KIND_SYNONYMS.get(kind, kind) if kind else kind
    if kind is not None and kind not in _KIND_LABELS:
        fail(InputError(f"no mission kind {kind!r}; use one of {', '.join(_KIND_LABELS)}", input=kind))
    found = [
        m for m in missions.all_missions() if (not active or m.active) and (kind is None or m.kind == kind)
    ]
    if fmt is Format.json:
        _print_json([m.model_dump(mode="json") for m in found])
        return
    table = Table(title=f"Missions ({len(found)}; resolutions and successors in --format json)")
    table.add_column("Code", no_wrap=True)
    table.add_column("Name", overflow="fold", ratio=1)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Lead/host", no_wrap=True)
    table.add_column("Start", no_wrap=True)
    table.add_column("End", no_wrap=True)
    for m in found:
        where = f"{m.lead}→{m.host}" if m.lead else (m.host or "")
        table.add_row(m.code, m.name, _KIND_LABELS.get(m.kind, m.kind), where, m.start or "", m.end or "")
    _console().print(table)


@kb_app.command("council")
def council_command(year: int = typer.Argument(..., help="e.g. 2025"), fmt: Format = FORMAT_OPTION) -> None:
    """The fifteen members of the Security Council in YEAR."""
    from missionwatch.kb import council

    try:
        members = council.members(year)
    except MissionWatchError as exc:
        fail(exc)
    if fmt is Format.json:
        _print_json({"year": year, "members": [m.model_dump(mode="json") for m in members]})
        return
    table = Table(title=f"Security Council {year}")
    for col in ("Code", "Member", "Seat", "Term", "Source"):
        table.add_column(col, overflow="fold")
    for m in members:
        seat = "permanent" if m.permanent else "elected"
        term = f"{m.term[0]}-{m.term[1]}" if m.term else ""
        table.add_row(m.alpha3, m.name, seat, term, _source_cell(m.source))
    _console().print(table)


@kb_app.command("resolution")
def resolution_command(
    number: str = typer.Argument(..., help="e.g. 2699 or S/RES/2699(2023)"), fmt: Format = FORMAT_OPTION
) -> None:
    """One resolution: date, mission, tally, how each member voted, penholders, mandate."""
    from missionwatch.kb import council

    res = council.resolution(number)
    if res is None:
        numbers = [r.number for r in council.resolutions()]
        known = ", ".join(numbers[-8:])
        fail(
            NotFoundError(
                f"resolution {number} is not in the knowledge base ({len(numbers)} known; latest: {known})",
                input=number,
            )
        )
    if fmt is Format.json:
        _print_json(
            res.model_dump(mode="json")
            | {"symbol": res.symbol, "tally_text": str(res.tally) if res.tally else None}
        )
        return
    table = Table(title=f"Resolution {res.symbol}", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    table.add_row("adopted", res.date + (f" (meeting {res.meeting})" if res.meeting else ""))
    table.add_row("mission", ", ".join((res.mission, *res.also_missions)))
    table.add_row("subject", res.subject or "")
    table.add_row("tally", str(res.tally) if res.tally else "not recorded")
    for label, vote in (("against", "no"), ("abstained", "abstain"), ("absent", "absent")):
        codes = res.voted(vote)  # type: ignore[arg-type]
        if codes:
            table.add_row(label, ", ".join(council.council_name(c) for c in codes))
    if res.votes and len(res.votes) == council.COUNCIL_SIZE:
        table.add_row("in favour", ", ".join(council.council_name(c) for c in res.voted("yes")))
    table.add_row("penholders", ", ".join(council.council_name(c) for c in res.penholders))
    if res.duration_months is not None:
        table.add_row("duration", f"{res.duration_months:g} months")
    if res.expiry:
        table.add_row("expires", res.expiry)
    for key, value in res.ceiling.items():
        table.add_row(f"ceiling ({key})", f"{value:,}")
    for mis in res.misreports:
        table.add_row("misreported as", f"{mis.value}: {mis.note} ({mis.source.outlet})")
    if res.note:
        table.add_row("note", res.note)
    table.add_row("source", _source_cell(res.source, url=True))
    _console().print(table)


@kb_app.command("resolutions")
def resolutions_command(
    mission: str | None = typer.Option(None, "--mission", "-m", help="Code, name or alias, e.g. MSS"),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Resolutions the KB records, in date order."""
    from missionwatch.kb import council

    try:
        found = council.resolutions(mission)
    except MissionWatchError as exc:
        fail(exc)
    if fmt is Format.json:
        _print_json([r.model_dump(mode="json", exclude={"votes"}) for r in found])
        return
    table = Table(title="Security Council resolutions")
    for col in ("Number", "Date", "Mission", "Tally", "Penholders", "Expires"):
        table.add_column(col)
    for r in found:
        table.add_row(
            r.number,
            r.date,
            r.mission,
            str(r.tally) if r.tally else "",
            ", ".join(r.penholders),
            r.expiry or "",
        )
    _console().print(table)


@kb_app.command("country")
def country_command(text: str = typer.Argument(..., help='e.g. "Kenyan", "U.S.", "Nairobi"')) -> None:
    """Resolve a country as written (name, demonym, short form, capital) to its alpha-3 code."""
    from missionwatch.kb import countries

    code = countries.to_alpha3(text)
    if code is None:
        from missionwatch.suggest import country_hint

        hint = country_hint(text)
        fail(NotFoundError(f"not a country the knowledge base knows: {text!r}{hint}", input=text))
    print(f"{code}\t{countries.country_name(code)}")


@kb_app.command("person")
def person_command(
    name: str = typer.Argument(..., help='e.g. "William Ruto" or "Ruto"'), fmt: Format = FORMAT_OPTION
) -> None:
    """An official and the roles the sources give them."""
    from missionwatch.kb import people

    person = people.lookup(name)
    if person is None:
        fail(NotFoundError(f"no person called {name!r} in the knowledge base", input=name))
    if fmt is Format.json:
        _print_json(person.model_dump(mode="json"))
        return
    table = Table(title=person.name)
    for col in ("Role", "From", "To", "Seen", "Source"):
        table.add_column(col, overflow="fold")
    for role in person.roles:
        table.add_row(
            role.title, role.start or "", role.end or "", role.attested or "", _source_cell(role.source)
        )
    _console().print(table)


@kb_app.command("import-votes")
def import_votes_command(
    file: Path = typer.Argument(
        ..., help="A CSV in the UN Digital Library's Security Council Voting Data format"
    ),
    kb_dir: Path | None = typer.Option(
        None,
        "--kb-dir",
        help="Overlay directory (default: $MISSIONWATCH_KB_DIR or ~/.local/share/missionwatch/kb)",
    ),
    version: str | None = typer.Option(
        None, "--version", help="Dataset version date to cite (default: from the file name, e.g. 2025_7_21_…)"
    ),
    since: str | None = typer.Option(
        None, "--since", help="Only resolutions adopted on or after this ISO date"
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Report what would change; write nothing."),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """Merge a voting CSV's resolutions and member votes into the KB overlay.

    Each resolution goes under the mission the KB already files it under, else the mission its
    description names; resolutions on no KB mission are skipped. Bad rows are reported as
    FILE:LINE: reason and the rest go on (exit 1 when there were any). Importing the same file
    again changes nothing.
    """
    import sys

    from missionwatch.kb.importer import import_votes

    if not file.is_file():
        fail(InputError(f"no such file: {file}", input=str(file)))
    try:
        report = import_votes(file, kb_dir=kb_dir, version=version, since=since, dry_run=dry_run)
    except (OSError, UnicodeDecodeError) as exc:
        fail(InputError(f"cannot read {file}: {exc}", input=str(file)))
    for err in report.errors:
        print(err, file=sys.stderr)
    if fmt is Format.json:
        _print_json(
            {
                "file": str(file),
                "rows": report.rows,
                "written": report.written,
                "added": [c.__dict__ for c in report.added],
                "changed": [c.__dict__ for c in report.changed],
                "unchanged": report.unchanged,
                "skipped": [c.__dict__ for c in report.skipped],
                "errors": [str(e) for e in report.errors],
            }
        )
    else:
        console = _console()
        title = f"import-votes {file.name}: {report.rows} rows, {report.resolutions} resolutions"
        summary = Table(title=title)
        for col in ("", "count", "resolutions"):
            summary.add_column(col, overflow="fold")

        def cell(items: list[str]) -> str:
            return ", ".join(items[:12]) + (f" … (+{len(items) - 12})" if len(items) > 12 else "")

        summary.add_row(
            "added", str(len(report.added)), cell([f"{c.number} {c.mission}" for c in report.added])
        )
        summary.add_row(
            "changed", str(len(report.changed)), cell([f"{c.number} ({c.what})" for c in report.changed])
        )
        summary.add_row("unchanged", str(len(report.unchanged)), cell(report.unchanged))
        summary.add_row(
            "skipped", str(len(report.skipped)), cell([f"{c.number}: {c.what}" for c in report.skipped])
        )
        summary.add_row("bad rows", str(len(report.errors)), "see the lines above" if report.errors else "")
        console.print(summary)
        if dry_run:
            console.print("dry run: nothing written")
        elif report.written:
            console.print(f"overlay: {report.written}")
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(kb_app, name="kb")
