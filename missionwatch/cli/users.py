"""``missionwatch users add | list | disable | enable | passwd | role | token``: the accounts of
an instance (``missionwatch.accounts``). Passwords are read from a hidden prompt, or from stdin
with ``--password-stdin`` — never from the command line, where other users and the shell's
history would see them."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

from missionwatch.cli.common import DB_OPTION, fail, format_option, output_format, resolve_db
from missionwatch.errors import MissionWatchError

users_app = typer.Typer(
    help=(
        "Accounts of the web dashboard and API. Roles: **reader** (reads a private instance), "
        "**editor** (also writes: documents, reviews), **admin** (also manages accounts).\n\n"
        "Start with `missionwatch users add NAME --role admin`, then log in at /login of "
        "`missionwatch serve`. An API token (`missionwatch users token NAME`) lets a script act with "
        "its user's role: `Authorization: Bearer mwt_…`."
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

NAME_ARG = typer.Argument(..., help="User name: letters, digits, '.', '_' or '-' (stored lower-case).")
PASSWORD_STDIN = typer.Option(
    False,
    "--password-stdin",
    help="Read the password from the first line of stdin (for scripts) instead of a hidden prompt.",
)


def _ledger(db: str | None, *, create: bool = False) -> Any:
    from missionwatch.extras import require
    from missionwatch.ledger import open_ledger

    try:
        require("web", "accounts")
        return open_ledger(resolve_db(db), create=create)
    except MissionWatchError as exc:
        fail(exc)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            fail("--password-stdin: stdin is empty; send the password on its first line", code=2)
        return line.rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def _user_json(u: Any) -> dict[str, Any]:
    return {
        "name": u.name,
        "role": u.role,
        "disabled": u.disabled,
        "created_at": u.created_at.isoformat(),
        "updated_at": u.updated_at.isoformat(),
    }


@users_app.command("add")
def add_command(
    name: str = NAME_ARG,
    role: str = typer.Option("editor", "--role", "-r", help="reader, editor or admin."),
    password_stdin: bool = PASSWORD_STDIN,
    db: str | None = DB_OPTION,
) -> None:
    """Create an account (asks for its password twice, hidden; at least 8 characters)."""
    from missionwatch.accounts import Accounts, check_name, check_role

    try:
        check_name(name), check_role(role)
    except MissionWatchError as exc:
        fail(exc, code=2)
    password = _password(password_stdin)
    with _ledger(db, create=True) as ledger:
        try:
            user = Accounts(ledger).add(name, role, password)
        except MissionWatchError as exc:
            fail(exc)
    print(f"added {user.name} ({user.role})")


@users_app.command("list")
def list_command(
    db: str | None = DB_OPTION,
    fmt: str | None = format_option(("text", "json"), "text"),
) -> None:
    """Every account: name, role, and whether it is disabled."""
    chosen = output_format(fmt, False, ("text", "json"), "text")
    with _ledger(db) as ledger:
        users = ledger.accounts.users()
    if chosen == "json":
        print(json.dumps([_user_json(u) for u in users], indent=2))
        return
    if not users:
        print("no accounts yet: missionwatch users add NAME --role admin")
        return
    for u in users:
        state = "disabled" if u.disabled else "active"
        print(f"{u.name:<24} {u.role:<7} {state:<9} since {u.created_at:%Y-%m-%d}")


def _set_disabled(name: str, disabled: bool, db: str | None) -> None:
    from missionwatch.accounts import Accounts

    with _ledger(db) as ledger:
        try:
            user = Accounts(ledger).set_disabled(name, disabled)
        except MissionWatchError as exc:
            fail(exc)
    print(f"{user.name}: {'disabled' if user.disabled else 'enabled'}")


@users_app.command("disable")
def disable_command(name: str = NAME_ARG, db: str | None = DB_OPTION) -> None:
    """Lock an account out at once: its sessions end and its tokens stop working on the next
    request (nothing is deleted; `enable` lets it in again, with its tokens but no old session)."""
    _set_disabled(name, True, db)


@users_app.command("enable")
def enable_command(name: str = NAME_ARG, db: str | None = DB_OPTION) -> None:
    """Let a disabled account log in again."""
    _set_disabled(name, False, db)


@users_app.command("passwd")
def passwd_command(
    name: str = NAME_ARG, password_stdin: bool = PASSWORD_STDIN, db: str | None = DB_OPTION
) -> None:
    """Set a new password (hidden prompt, twice). Every session of the user ends."""
    from missionwatch.accounts import Accounts

    password = _password(password_stdin)
    with _ledger(db) as ledger:
        try:
            user = Accounts(ledger).set_password(name, password)
        except MissionWatchError as exc:
            fail(exc)
    print(f"{user.name}: password changed; its sessions ended")


@users_app.command("role")
def role_command(
    name: str = NAME_ARG,
    role: str = typer.Argument(..., help="reader, editor or admin."),
    db: str | None = DB_OPTION,
) -> None:
    """Change an account's role (its sessions and tokens act with the new role at once)."""
    from missionwatch.accounts import Accounts

    with _ledger(db) as ledger:
        try:
            user = Accounts(ledger).set_role(name, role)
        except MissionWatchError as exc:
            fail(exc)
    print(f"{user.name}: {user.role}")


@users_app.command("token")
def token_command(
    name: str = NAME_ARG,
    label: str | None = typer.Option(None, "--label", "-l", help="What the new token is for."),
    list_: bool = typer.Option(False, "--list", help="List the user's tokens instead of making one."),
    revoke: int | None = typer.Option(None, "--revoke", metavar="ID", help="Revoke the token with this id."),
    db: str | None = DB_OPTION,
    fmt: str | None = format_option(("text", "json"), "text"),
) -> None:
    """Make an API token for a user and print it ONCE (only its hash is kept); it acts with the
    user's role. `--list` shows the user's tokens (id, first characters, label, state);
    `--revoke ID` ends one at once.

    Example: `curl -H "Authorization: Bearer mwt_…" -d '{"text": "…"}' -H 'content-type:
    application/json' http://127.0.0.1:8000/api/v1/documents`
    """
    from missionwatch.accounts import Accounts, check_name

    chosen = output_format(fmt, False, ("text", "json"), "text")
    if list_ and revoke is not None:
        fail("--list and --revoke: give one of them", code=2)
    with _ledger(db) as ledger:
        try:
            folded = check_name(name)
            ledger.accounts.user(folded)
            if list_:
                tokens = ledger.accounts.tokens(folded)
            elif revoke is not None:
                tokens = [ledger.accounts.revoke_token(revoke, folded)]
            else:
                token_id, token = Accounts(ledger).create_token(folded, label)
        except MissionWatchError as exc:
            fail(exc)
    if list_ or revoke is not None:
        rows = [
            {
                "id": t.id,
                "user": t.user,
                "prefix": t.prefix,
                "label": t.label,
                "created_at": t.created_at.isoformat(),
                "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
            }
            for t in tokens
        ]
        if chosen == "json":
            print(json.dumps(rows, indent=2))
        elif not rows:
            print(f"{folded} has no tokens: missionwatch users token {folded} makes one")
        else:
            for r in rows:
                state = f"revoked {r['revoked_at']}" if r["revoked_at"] else "live"
                print(f"{r['id']:>4}  {r['prefix']}…  {state:<28} {r['label'] or ''}")
        return
    if chosen == "json":
        print(json.dumps({"id": token_id, "user": folded, "token": token}))
        return
    print(token)
    print(f"token {token_id} for {folded}: copy it now, it is not shown again", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
