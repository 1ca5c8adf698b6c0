"""Who is making a review: the one dependency every review write route and form calls.

An editor or an admin (``web/auth.py``): a logged-in user — whose form or request must carry the
session's CSRF token —, a user's API token, or the instance's ``MISSIONWATCH_TOKEN`` (recorded as
``(admin token)``). Nobody: 401; a reader, or a session write without its CSRF token: 403. The
user is read from the ledger on every request, so a disabled account is refused at once.
"""

from __future__ import annotations

from fastapi import Request

from missionwatch.web.auth import require_editor


async def current_editor(request: Request) -> str:
    """The name recorded in the audit log: the user's name, or ``(admin token)``."""
    return (await require_editor(request)).name
