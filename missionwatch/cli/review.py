"""``missionwatch review``: the review queue and the actions on claims, with their audit log.

Every action writes one event beside the machine's claim (never over it); ``undo`` writes another.
Reconciliation reads the reviewed record, so ``missionwatch facts`` shows the result at once.
"""

from __future__ import annotations

import getpass
import json
import os
from typing import Any

import typer

from missionwatch.cli.common import DB_OPTION, fail, format_option, output_format, resolve_db
from missionwatch.errors import MissionWatchError

review_app = typer.Typer(
    help=(
        "Analysts correct the record: the queue of claims to look at first, and accept, reject, "
        "correct, pin, group, add and undo — each an event in an append-only audit log.\n\n"
        "Start with `missionwatch review list`, look at a claim with `missionwatch show DOCUMENT`, "
        "then act on it by its claim id, e.g. `missionwatch review reject 42 --reason 'a target, "
        "not deployed'`. `missionwatch review log` shows who did what, when and why; `missionwatch "
        "review undo EVENT` takes an event back."
    ),
    no_args_is_help=True,
)

EDITOR_OPTION = typer.Option(
    None,
    "--editor",
    envvar="MISSIONWATCH_EDITOR",
    help="Who is reviewing (recorded in the audit log). Default: your login name.",
    show_default=False,
)
REASON_OPTION = typer.Option(None, "--reason", "-r", help="Why (kept in the audit log).")
FORMAT = format_option(("text", "json"), "text")


def _editor(editor: str | None) -> str:
    if editor:
        return editor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or "cli"


def _open(db: str | None, *, create: bool = False) -> Any:
    from missionwatch.ledger import open_ledger

    try:
        return open_ledger(resolve_db(db), create=create)
    except MissionWatchError as exc:
        fail(exc)


def _write(db: str | None, fmt: str | None, editor: str | None, **request: Any) -> None:
    """Write one event, bring the facts up to date, print the event."""
    from missionwatch.ledger.review_log import ReviewRequest
    from missionwatch.reconcile.materialized import refresh

    as_json = output_format(fmt, False, ("text", "json"), "text") == "json"
    ledger = _open(db)
    with ledger:
        try:
            event = ledger.review(ReviewRequest(**request), editor=_editor(editor))
            refresh(ledger)
        except ValueError as exc:  # ReviewError: the request does not hold
            fail(" ".join(str(exc).split()))
        except MissionWatchError as exc:
            fail(exc)
    if as_json:
        print(event.model_dump_json(indent=2))
    else:
        print(describe(event.model_dump(mode="json")))


def describe(e: dict[str, Any]) -> str:
    """One line of the audit log."""
    after, before = e.get("after") or {}, e.get("before") or {}
    on = f"claim {e['claim_id']}" if e.get("claim_id") is not None else f"document {e['document_id'][:12]}"
    what = e["action"]
    if what == "correct":
        what += " " + ", ".join(f"{k} {before.get(k)!r} → {v!r}" for k, v in after.items())
    elif what == "group":
        parts = " + ".join(f"{v} {k}" for k, v in (after.get("parts") or {}).items())
        what += f" {parts} = {(after.get('total') or {}).get('value')}"
    elif what == "add":
        claim = after.get("claim") or {}
        what += f" {claim.get('measure')} {claim.get('subject') or ''} {claim.get('value')!r}".replace(
            "  ", " "
        )
    elif what == "pin":
        what += f" {after.get('value')!r}"
    elif what == "undo":
        what += f" {str(e.get('target'))[:8]} ({before.get('action')})"
    line = f"{e['id'][:8]}  {str(e['at'])[:19].replace('T', ' ')}  {e['editor']}  {what}  on {on}"
    if e.get("reason"):
        line += f"  — {e['reason']}"
    if e.get("undone"):
        line += "  [undone]"
    return line


@review_app.command("list")
def list_command(
    mission: str | None = typer.Option(
        None, "--mission", "-m", help="Only this mission's claims (MSS, GSF…)."
    ),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="How many claims to show."),
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """The review queue: unreviewed claims most worth a look first — in conflict, above the mission
    total, moving a headline number, or read with low confidence — each with its reasons."""
    from missionwatch.reconcile.materialized import stored_facts
    from missionwatch.reconcile.review_queue import review_queue

    as_json = output_format(fmt, False, ("text", "json"), "text") == "json"
    ledger = _open(db)
    with ledger:
        try:
            facts = stored_facts(ledger, missions=[mission.upper()] if mission else None)
        except MissionWatchError as exc:
            fail(exc)
    items = review_queue(facts)
    if as_json:
        page = [i.model_dump(mode="json") for i in items[:limit]]
        print(json.dumps({"items": page, "total": len(items)}, indent=2, ensure_ascii=False))
        return
    if not items:
        print("nothing to review")
        return
    for item in items[:limit]:
        c = item.claim
        subject = f" {c.subject}" if c.subject else ""
        print(
            f"claim {c.id:>6}  score {item.score:>4}  {c.mission or '-'} {c.measure}{subject} = {c.value!r}"
            f"  (fact best {item.best!r}, {item.decided_by})"
        )
        print(f"              why: {'; '.join(item.why)}")
        print(f"              {c.outlet or '?'} {c.published or ''}: {c.sentence[:160]}")
    if len(items) > limit:
        print(f"… {len(items) - limit} more (--limit)")


@review_app.command("accept")
def accept_command(
    claim: int = typer.Argument(..., help="Claim id (from review list, show, or the claims page)."),
    reason: str | None = REASON_OPTION,
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """The claim is right as read: it leaves the queue (and a rejected claim comes back)."""
    _write(db, fmt, editor, action="accept", claim_id=claim, reason=reason)


@review_app.command("reject")
def reject_command(
    claim: int = typer.Argument(..., help="Claim id."),
    reason: str = typer.Option(..., "--reason", "-r", help="Why the claim is wrong (required)."),
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """The claim is wrong: it leaves every fact (the machine's claim stays stored, marked)."""
    _write(db, fmt, editor, action="reject", claim_id=claim, reason=reason)


@review_app.command("correct")
def correct_command(
    claim: int = typer.Argument(..., help="Claim id."),
    value: str | None = typer.Option(None, "--value", help="The right value (200, 1,500, 2.5 or text)."),
    unit: str | None = typer.Option(None, "--unit", help="persons, USD, percent…"),
    qualifier: str | None = typer.Option(None, "--qualifier", help="exact, approx, at_least or at_most."),
    subject: str | None = typer.Option(None, "--subject", help="Who or what the figure is about."),
    measure: str | None = typer.Option(None, "--measure", help="personnel.pledged, funding.required…"),
    mission: str | None = typer.Option(None, "--mission", help="MSS, GSF…"),
    as_of: str | None = typer.Option(None, "--as-of", help="The date the figure describes (YYYY-MM-DD)."),
    reason: str | None = REASON_OPTION,
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """Replace what the machine read with what the text says; give only the fields that change.
    An empty value (--subject '') clears a field. The machine's value is kept in the audit log."""
    given = dict(value=value, unit=unit, qualifier=qualifier, subject=subject, measure=measure)
    given.update(mission=mission, as_of=as_of)
    changes = {k: v for k, v in given.items() if v is not None}
    if not changes:
        options = "--value, --unit, --qualifier, --subject, --measure, --mission, --as-of"
        fail(f"correct: give at least one of {options}", 2)
    _write(db, fmt, editor, action="correct", claim_id=claim, changes=changes, reason=reason)


@review_app.command("pin")
def pin_command(
    claim: int = typer.Argument(..., help="Claim id."),
    reason: str | None = REASON_OPTION,
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """This claim's value is the official figure: it wins its fact over the ordered rules, and the
    fact says "pinned by …"."""
    _write(db, fmt, editor, action="pin", claim_id=claim, reason=reason)


@review_app.command("group")
def group_command(
    claim: int = typer.Argument(..., help="The first component's claim id."),
    member: list[int] = typer.Option(..., "--member", help="Another component's claim id (repeat)."),
    component: list[str] = typer.Option(
        [], "--component", "-c", help="A name per component, the claim's first (military, police…)."
    ),
    total: str | None = typer.Option(None, "--total", help="The total, when it is not the sum."),
    measure: str | None = typer.Option(None, "--measure", help="The total's measure (default: the claim's)."),
    subject: str | None = typer.Option(None, "--subject", help="The total's subject (default: the claim's)."),
    reason: str | None = REASON_OPTION,
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """These claims of one sentence are parts of one total ("170 soldiers and 30 police" = 200
    pledged): the total enters the record, the parts stay as its components.

    Example: `missionwatch review group 78 --member 79 -c military -c police`."""
    given = {"value": total, "measure": measure, "subject": subject}
    fields = {k: v for k, v in given.items() if v is not None}
    _write(
        db, fmt, editor, action="group", claim_id=claim, members=member, components=component,
        total=fields, reason=reason,
    )  # fmt: skip


@review_app.command("add")
def add_command(
    document: str = typer.Option(..., "--document", "-d", help="Document id (or 4+ first hex digits)."),
    start: int = typer.Option(..., "--start", min=0, help="Where the evidence starts in the text (offset)."),
    end: int = typer.Option(..., "--end", min=0, help="Where it ends (offset, exclusive)."),
    measure: str = typer.Option(..., "--measure", help="personnel.deployed, funding.pledged…"),
    value: str = typer.Option(..., "--value", help="The figure (or text) the evidence states."),
    mission: str | None = typer.Option(None, "--mission"),
    subject: str | None = typer.Option(None, "--subject"),
    unit: str | None = typer.Option(None, "--unit"),
    qualifier: str | None = typer.Option(None, "--qualifier"),
    as_of: str | None = typer.Option(None, "--as-of"),
    reason: str | None = REASON_OPTION,
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """Add a fact the extractor missed, with its evidence: the span --start..--end of the stored
    text (`missionwatch show DOCUMENT --format json` gives the text; offsets count characters)."""
    fields = dict(measure=measure, value=value, mission=mission, subject=subject, unit=unit)
    fields.update(qualifier=qualifier, as_of=as_of)
    _write(
        db, fmt, editor, action="add", document=document, start=start, end=end,
        fields={k: v for k, v in fields.items() if v is not None}, reason=reason,
    )  # fmt: skip


@review_app.command("undo")
def undo_command(
    event: str = typer.Argument(..., help="The event id, or its first 6+ digits (from review log)."),
    reason: str | None = REASON_OPTION,
    editor: str | None = EDITOR_OPTION,
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """Take an event back (a new event; the log keeps both). Undoing an undo restores the event."""
    _write(db, fmt, editor, action="undo", target=event, reason=reason)


@review_app.command("log")
def log_command(
    claim: int | None = typer.Option(None, "--claim", help="Only the events on this claim."),
    document: str | None = typer.Option(None, "--document", "-d", help="Only this document's events."),
    editor: str | None = typer.Option(None, "--editor", help="Only this person's events."),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    fmt: str | None = FORMAT,
    db: str | None = DB_OPTION,
) -> None:
    """The audit log, newest first: who, when, what (before → after) and why."""
    as_json = output_format(fmt, False, ("text", "json"), "text") == "json"
    ledger = _open(db)
    with ledger:
        try:
            events, total = ledger.reviews(claim_id=claim, document_id=document, editor=editor, limit=limit)
        except MissionWatchError as exc:
            fail(exc)
    rows = [e.model_dump(mode="json") for e in events]
    if as_json:
        print(json.dumps({"items": rows, "total": total}, indent=2, ensure_ascii=False))
        return
    if not rows:
        print("no review events")
    for row in rows:
        print(describe(row))


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
