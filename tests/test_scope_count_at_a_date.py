"""A briefing's claim count at a date (``MissionScope.count(as_of=…)``) is the number of the
mission's claims (``report.data.mission_claims``) known then, and it comes from the tallies: the
later documents' claims are counted by document (``tallies.scope_in_documents``), none read —
reading them was 0.3-0.9 s for MSS today at 1,000,009 claims (bench/serve.md, thirty-fifth round).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import event

from missionwatch.ledger import open_ledger
from missionwatch.ledger.mission_scope import MissionScope
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.models import Claim, Document
from missionwatch.report.briefing import SITUATION_MEASURES, known_by
from missionwatch.report.data import PEOPLE_MEASURES, mission_claims

DATES = ["2024-12-31", "2025-01-02", "2025-02", "2025-02-15", "2025-03-04", "2025-12-31"]
READS_CLAIMS = re.compile(r"\b(FROM|JOIN)\s+claims\b", re.IGNORECASE)


def _store(led: Any) -> None:
    """MSS's and GSF's figures, the situation's, quotes and roles naming no mission in documents
    speaking of MSS and in others, over four dates and an undated document."""
    for i, published in enumerate(["2025-01-02", "2025-02-03", "2025-02", "2025-03-04", None] * 3):
        mission = ["MSS", "mss", "GSF"][i % 3]
        led.store(
            Document(text=f"Report {i}: the mission, a quote.", source=f"s{i}", published=published),
            [
                Claim(measure="personnel.deployed", mission=mission, value=100 + i),
                Claim(measure="personnel.deployed", mission=mission, value=200 + i),
                Claim(measure="displaced", subject="Haiti", value=1000 + i),
                Claim(measure="quote", subject="A. Speaker", value=f"We are here {i}."),
                Claim(measure="role", subject="A. Speaker", value="commander"),
            ],
        )


def _expected(led: Any, code: str, as_of: str | None) -> int:
    claims = mission_claims(led, code)
    return len(claims if as_of is None else known_by(claims, as_of))


def _counts(led: Any, code: str) -> tuple[list[int], list[str]]:
    """The count at each date and the statements run for the dated counts."""
    run: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        run.append(statement)

    with led.engine.connect() as conn:
        scope = MissionScope(conn, code, mission_free=SITUATION_MEASURES, by_document=PEOPLE_MEASURES)
        event.listen(conn, "before_cursor_execute", seen)
        counts = [scope.count(as_of=d) for d in DATES]
        event.remove(conn, "before_cursor_execute", seen)
        return [*counts, scope.count()], run


@pytest.mark.parametrize("reviewed", [False, True])
@pytest.mark.parametrize("code", ["MSS", "GSF"])
def test_the_count_at_a_date_is_the_known_claims_counted_from_the_tallies(db_url, code, reviewed):
    with open_ledger(db_url) as led:
        _store(led)
        if reviewed:  # a claim moved to the other mission, and a late quote rejected
            figure = next(c for c in led.claims(measure="personnel.deployed") if c.published == "2025-03-04")
            led.review(
                ReviewRequest(action="correct", claim_id=figure.id, changes={"mission": "GSF"}), editor="ann"
            )
            quote = next(c for c in led.claims(measure="quote") if c.published == "2025-02")
            led.review(ReviewRequest(action="reject", claim_id=quote.id, reason="not said"), editor="ann")
        counts, run = _counts(led, code)
        assert counts == [_expected(led, code, d) for d in [*DATES, None]]
        assert len(set(counts)) == 5  # undated; then each of the four publications
        if not reviewed:  # the reviewed documents' rows are taken out of the tallies by reading them
            assert run and not [s for s in run if READS_CLAIMS.search(s)]
