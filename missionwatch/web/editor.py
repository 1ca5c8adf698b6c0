"""Who is making a review: the one dependency every review write route and form calls.

For now a review is written with the instance's write token (``MISSIONWATCH_TOKEN``, sent as
``Authorization: Bearer …``) and recorded as by ``admin``. The accounts work (issue 11, item 5)
replaces this body with the signed-in user, their role and the form's CSRF token; the review
routes do not change.
"""

from __future__ import annotations

import hmac

from fastapi import Request

from missionwatch.web.errors import ApiError


def current_editor(request: Request) -> str:
    """The name recorded in the audit log; 401 without the right bearer token, 403 when the server
    was started without one (writing is off)."""
    expected = request.app.state.service.settings.token
    if not expected:
        raise ApiError(403, "writing is disabled: start the server with MISSIONWATCH_TOKEN set", "forbidden")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(
            401,
            "a valid bearer token is required to review",
            "unauthorized",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return "admin"
