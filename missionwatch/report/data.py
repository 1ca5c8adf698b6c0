"""Reading what a report needs from the ledger: one mission's claims and the country context.

Humanitarian figures (displacement, people in need, killings) are usually stated about the
country rather than the mission, so they are stored with no mission; a mission's briefing reads
them beside the mission's own claims.
"""

from __future__ import annotations

from typing import Any

from missionwatch import measures
from missionwatch.models import StoredClaim
from missionwatch.report.backend import Backend
from missionwatch.report.briefing import SITUATION_MEASURES

PEOPLE_MEASURES = measures.names(group="people")


def mission_claims(ledger: Any, code: str) -> list[StoredClaim]:
    """The mission's claims, the situation claims that name no mission, and the quotes and roles
    (naming no mission) of the documents that speak of it."""
    claims = list(ledger.claims(mission=code))
    for measure in SITUATION_MEASURES:
        claims.extend(c for c in ledger.claims(measure=measure) if not c.mission)
    # quotes and roles rarely name the mission: take those of the documents that speak of it
    documents = {c.document_id for c in claims if c.mission}
    for measure in PEOPLE_MEASURES:
        claims.extend(
            c for c in ledger.claims(measure=measure) if not c.mission and c.document_id in documents
        )
    return claims


def claims_by_mission(ledger: Any, backend: Backend) -> dict[str, list[StoredClaim]]:
    """Every known mission that has claims, with its claims (for alerts across missions)."""
    out = {}
    for m in backend.mission_list():
        if ledger.count_claims(mission=m.code):
            out[m.code] = mission_claims(ledger, m.code)
    return out
