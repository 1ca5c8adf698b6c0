"""``missionwatch serve``: the web dashboard and JSON API, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import sys

import typer

from missionwatch.cli.common import DB_OPTION, fail, resolve_db
from missionwatch.errors import MissionWatchError


def serve_command(
    host: str = typer.Option("127.0.0.1", help="Address to bind. Only this machine by default."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on (0: any free port)."),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        max=64,
        help="Worker processes (each with its own caches and connections; more serve more clients "
        "at once on a machine with more cores).",
    ),
    db: str | None = DB_OPTION,
    max_body: int = typer.Option(
        2 * 1024 * 1024, "--max-body", min=1024, help="Largest request body accepted, in bytes (larger: 413)."
    ),
    private: bool | None = typer.Option(
        None,
        "--private/--public",
        help="Private: every page and API read needs a login or a token (MISSIONWATCH_PRIVATE). "
        "Default: public reads.",
        show_default=False,
    ),
) -> None:
    """Serve the dashboard (/), the JSON API (/api/v1, reference at /api/v1/docs) and /alerts.atom.

    Editors write (log in at /login, or send their API token as `Authorization: Bearer mwt_…`);
    accounts are made with `missionwatch users add`. MISSIONWATCH_TOKEN, when set, is one more
    bearer token, with the admin role, for scripts.
    """
    from missionwatch.config import get_settings
    from missionwatch.extras import require

    settings = get_settings()
    if private is not None:
        settings = settings.model_copy(update={"private": private})
    try:
        require("web", "missionwatch serve")
        from missionwatch.web.app import create_app

        app = create_app(resolve_db(db), settings=settings, max_body_bytes=max_body)
    except MissionWatchError as exc:
        fail(exc)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {host}: reachable from other machines", file=sys.stderr)
    accounts = app.state.service.ledger.accounts.count_users()
    if accounts or settings.token:
        writes = f"by editors ({accounts} account{'s' * (accounts != 1)}"
        writes += ", admin token set)" if settings.token else ")"
    else:
        writes = "off (add an account with `missionwatch users add`, or set MISSIONWATCH_TOKEN)"
    reads = "private: log in to read" if settings.private else "public"
    print(f"MissionWatch on http://{host}:{port}/ — reads {reads}; writes {writes}", file=sys.stderr)
    from missionwatch.web.server import serve

    serve(app, host=host, port=port, workers=workers, db=resolve_db(db), settings=settings, max_body=max_body)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
