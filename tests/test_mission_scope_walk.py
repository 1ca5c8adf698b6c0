"""A briefing's newest quotes are found by walking the documents newest first by the publication
index (``MissionScope.latest_published``), not by sorting every candidate quote of the mission:
at 1,000,009 claims SQLite sorted 111,111 quotes to keep eight (2.0 s of a 3.4 s first overview,
bench/serve.md, eighth round). The walk gives what ``newest`` gives, undated documents last.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import event

from missionwatch.ledger import mission_scope, open_ledger
from missionwatch.ledger.mission_scope import MissionScope
from missionwatch.models import Claim, Document
from missionwatch.report.data import _listed


def _fill(led: Any) -> None:
    """Forty documents over forty days, each speaking of MSS and quoting someone; four undated."""
    for i in range(40):
        published = None if i % 10 == 0 else f"2025-02-{1 + i % 28:02d}"
        led.store(
            Document(text=f"Article {i} about the mission.", source=str(i), published=published),
            [
                Claim(measure="personnel.deployed", mission="MSS", value=100 + i),
                Claim(measure="quote", subject=f"Speaker {i % 3}", value=f"We said {i}." if i % 4 else ""),
                Claim(measure="quote", subject="Other", value=f"Elsewhere {i}.", mission="GSF"),
            ],
        )


def _scope(conn: Any) -> MissionScope:
    return MissionScope(conn, "MSS", mission_free=[], by_document=["quote"])


@pytest.mark.parametrize("steps", [(200, 10), (3, 10), (2, 2)])  # documents a step, steps before sorting
def test_walking_the_quotes_gives_what_sorting_them_gives(
    db_url: str, steps: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mission_scope, "DAY_DOCUMENTS", steps[0])
    monkeypatch.setattr(mission_scope, "WALK_STEPS", steps[1])
    with open_ledger(db_url) as led:
        _fill(led)
        with led.engine.connect() as conn:
            for as_of in ("2025-02-10", "2025-02-28", "2099-01-01"):
                for limit in (1, 3, 8, 40):

                    def enough(found: list[Any], limit: int = limit) -> bool:
                        return sum(bool(c.value) for c in found) >= limit

                    walked = _scope(conn).latest_published(
                        (), as_of, enough, measures=["quote"], published_only=False
                    )
                    sorted_ = _scope(conn).newest(
                        as_of=as_of, enough=enough, measures=["quote"], published_only=False
                    )
                    assert [c.id for c in walked] == [c.id for c in sorted_], (as_of, limit)


def test_a_briefings_quotes_are_not_sorted_by_the_database(db_url: str) -> None:
    with open_ledger(db_url) as led:
        _fill(led)
        seen: list[str] = []
        with led.engine.connect() as conn:
            event.listen(conn, "before_cursor_execute", lambda *a: seen.append(str(a[2])))
            _listed(_scope(conn), "2099-01-01", [], None)
        sorting = [s for s in seen if "ORDER BY coalesce(documents.published" in s]
        assert not sorting, sorting[0]


def _late_fill(led: Any) -> None:
    """``_fill``, and an undated document about later days, and claims of other missions."""
    _fill(led)
    led.store(
        Document(text="An undated note about the mission.", source="undated", published=None),
        [
            Claim(measure="personnel.deployed", mission="MSS", value=300, as_of="2025-03-05"),
            Claim(measure="displaced", value=5000, as_of="2025-02-20"),
        ],
    )
    led.store(
        Document(text="Later, about another mission.", source="gsf", published="2025-04-01"),
        [Claim(measure="personnel.deployed", mission="GSF", value=900)],
    )


def test_claims_unknown_at_a_date_are_found_from_the_later_documents(db_url: str) -> None:
    from missionwatch.reconcile.facts import _known_by
    from missionwatch.report.briefing import known_by
    from missionwatch.report.data import PEOPLE_MEASURES, SITUATION_MEASURES, mission_claims

    with open_ledger(db_url) as led:
        _late_fill(led)
        every = mission_claims(led, "MSS")
        seen: list[str] = []
        with led.engine.connect() as conn:
            event.listen(conn, "before_cursor_execute", lambda *a: seen.append(str(a[2])))
            for as_of in ("2024-12-31", "2025-02-10", "2025-02-19", "2025-02-28", "2025-03-10", "2025-04-30"):

                def known(c: Any, when: str = as_of) -> bool:
                    return bool(known_by([c], when)) and _known_by(c, when)

                scope = MissionScope(
                    conn, "MSS", mission_free=SITUATION_MEASURES, by_document=PEOPLE_MEASURES
                )
                assert scope.unknown_by(as_of, known) == any(not known(c) for c in every), as_of
        wheres = [re.split(r"\sWHERE\s", s, maxsplit=1)[1] for s in seen if re.search(r"\sWHERE\s", s)]
        # never the scope's claims joined to their documents and filtered by date: every claim of it
        assert not [w for w in wheres if "claims.mission_key" in w and "documents.published" in w]


def test_the_claims_published_since_a_day_are_those_newest_lists(db_url: str) -> None:
    """``published_since`` (the mission's documents of those days, by their index) gives what
    ``newest`` gives with ``since`` and nothing enough, for measures filed under the mission and
    for quotes of its documents."""
    with open_ledger(db_url) as led:
        _late_fill(led)
        with led.engine.connect() as conn:
            for measures in (["personnel.deployed"], ["quote"], ["quote", "personnel.deployed"]):
                for since, as_of in (
                    ("2025-02-10", "2025-02-20"),
                    ("2025-01-01", "2099-01-01"),
                    ("2025-02-28", "2025-03-01"),
                    ("2024-12-01", "2025"),  # a year or a month, as the API allows
                    ("2025-01-01", "2025-02"),
                ):
                    listed = _scope(conn).newest(
                        as_of=as_of, measures=measures, since=since, enough=lambda _found: False
                    )
                    found = _scope(conn).published_since(measures, since, as_of)
                    assert [c.id for c in found] == [c.id for c in listed], (measures, since, as_of)
                    assert found or since in ("2025-02-28", "2024-12-01", "2025-01-01")
