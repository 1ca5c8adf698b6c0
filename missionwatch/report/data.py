"""Reading what a report needs from the ledger: one mission's claims and the country context.

Humanitarian figures (displacement, people in need, killings) are usually stated about the
country rather than the mission, so they are stored with no mission; a mission's briefing reads
them beside the mission's own claims.
"""

from __future__ import annotations

from typing import Any

from missionwatch import measures
from missionwatch.models import StoredClaim
from missionwatch.report.backend import Backend, FactView, fact_view
from missionwatch.report.briefing import SITUATION_MEASURES

PEOPLE_MEASURES = measures.names(group="people")


def mission_claims(ledger: Any, code: str) -> list[StoredClaim]:
    """The mission's claims, the situation claims that name no mission, and the quotes and roles
    (naming no mission) of the documents that speak of it — as the reviews leave them."""
    claims = list(ledger.reviewed_claims(mission=code))
    for measure in SITUATION_MEASURES:
        claims.extend(c for c in ledger.reviewed_claims(measure=measure) if not c.mission)
    # quotes and roles rarely name the mission: take those of the documents that speak of it
    documents = {c.document_id for c in claims if c.mission}
    for measure in PEOPLE_MEASURES:
        claims.extend(
            c for c in ledger.reviewed_claims(measure=measure) if not c.mission and c.document_id in documents
        )
    return claims


def stored_mission_facts(ledger: Any, code: str, measures: list[str] | None = None) -> list[Any]:
    """The materialized facts a briefing of the mission reads: those of ``mission_claims``'s claims
    (``reconcile.materialized``; nothing is reconciled here)."""
    from missionwatch.reconcile.materialized import stored_facts

    return stored_facts(
        ledger,
        missions=[code],
        measures=measures,
        mission_free=SITUATION_MEASURES,
        by_document=PEOPLE_MEASURES,
    )


def covers(claims: list[StoredClaim], as_of: str | None) -> bool:
    """Whether every claim was public by ``as_of`` (so the record as it stood then is the record now,
    and the materialized facts answer for it)."""
    from missionwatch.reconcile.facts import _known_by
    from missionwatch.report.briefing import known_by, today

    when = (as_of or today())[:10]
    return len(known_by(claims, when)) == len(claims) and all(_known_by(c, when) for c in claims)


def briefing_facts(
    ledger: Any, code: str, claims: list[StoredClaim], as_of: str | None
) -> list[FactView] | None:
    """The newest stored fact of each series for a briefing at ``as_of``, or None when some claim was
    published after it (then the briefing reconciles the claims known then)."""
    from missionwatch.reconcile import latest

    if not covers(claims, as_of):
        return None
    return [fact_view(f) for f in latest(stored_mission_facts(ledger, code))]


def claims_by_mission(ledger: Any, backend: Backend) -> dict[str, list[StoredClaim]]:
    """Every known mission that has claims, with its claims (for alerts across missions)."""
    out = {}
    for m in backend.mission_list():
        if ledger.count_claims(mission=m.code):
            out[m.code] = mission_claims(ledger, m.code)
    return out
