"""A briefing's newest Council decisions and speakers' roles come from the stored facts they are
filed in (``MissionScope.newest_of_each``): each fact's references, newest first, read by id until
enough are in the mission's scope — not every vote on the mission's resolutions listed by its
subject text (2.2 s of a first overview at 1,000,009 claims, bench/serve.md, ninth round).

The facts' way, the listing's way (taken while documents wait for their facts) and the rule
written out here over every claim give the same claims: a resolution's votes however the text
names it, never another mission's vote on it, a role only from a document that speaks of the
mission, and none without a value when a value is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from missionwatch.ledger import facts as ledger_facts
from missionwatch.ledger import mission_scope, open_ledger
from missionwatch.ledger.mission_scope import MissionScope
from missionwatch.models import Claim, Document, StoredClaim
from missionwatch.reconcile.materialized import sync
from missionwatch.reconcile.normalise import subject_key
from missionwatch.report.briefing import resolution_key

VOTES = ("resolution 2699", "Resolution 2699", "S/RES/2751 (2024)", "2751", None)
PEOPLE = ("Marie Baptiste", "marie baptiste", "Peter Kamau")


def _fill(led: Any, start: int, count: int) -> None:
    """Documents over two months: MSS's votes named five ways (one by its resolution field only),
    GSF's votes on the same resolutions (newer: the same facts), roles in documents that speak of
    MSS and in newer ones that speak of GSF only, some roles without a value."""
    for i in range(start, start + count):
        published = None if i % 9 == 0 else f"2025-{3 + i % 2:02d}-{1 + i % 28:02d}"
        mission = "GSF" if i % 4 == 3 else "MSS"
        subject = VOTES[i % len(VOTES)]
        led.store(
            Document(text=f"Council article {i}.", source=f"c{i}", published=published),
            [
                Claim(
                    measure="council.vote",
                    mission=mission,
                    subject=subject,
                    resolution="2751" if subject is None else None,
                    value="15-0-0",
                    confidence=0.5 + (i % 5) / 10,
                ),
                Claim(measure="council.adopted", mission=mission, subject=subject or "2699", value=published),
                Claim(measure="personnel.deployed", mission=mission, value=100 + i),
                Claim(
                    measure="role",
                    subject=PEOPLE[i % len(PEOPLE)],
                    value="" if i % 5 == 0 else f"spokesperson {i}",
                ),
            ],
        )


def _in_scope(c: StoredClaim, speaking: set[str]) -> bool:
    return (c.mission or "").upper() == "MSS" or (not c.mission and c.document_id in speaking)


def _expected(led: Any, measures: set[str], subjects: set[str], limit: int, valued: bool) -> list[int]:
    """The newest ``limit`` of each subject's claims in the scope, from every claim."""
    every = led.claims()
    speaking = {c.document_id for c in every if (c.mission or "").upper() == "MSS"}
    by_subject: dict[str | None, list[StoredClaim]] = {}
    for c in every:
        if c.measure in measures and _in_scope(c, speaking) and (c.value or not valued):
            by_subject.setdefault(subject_key(c.measure, c.subject, c.resolution), []).append(c)
    chosen = []
    for name in subjects:
        found = sorted(
            by_subject.get(name, []), key=lambda c: (c.published or "", c.confidence, c.id), reverse=True
        )
        chosen += [c.id or 0 for c in found[:limit]]
    return sorted(chosen)


def _newest(led: Any, measures: list[str], subjects: set[str], limit: int, valued: bool) -> list[int]:
    with led.engine.connect() as conn:
        scope = MissionScope(conn, "MSS", mission_free=[], by_document=["role"])
        found = scope.newest_of_each(measures, subjects, limit, subject_key=subject_key, valued=valued)
    return sorted(c.id or 0 for c in found)


ASKED = [
    (["council.vote", "council.adopted"], {"2699", "2751", "2793"}, 6, False),
    (["council.vote"], {"2751"}, 1, False),
    (["role"], {"marie baptiste", "peter kamau", "nobody"}, 1, True),
    (["role"], {"marie baptiste"}, 3, False),
]


@pytest.mark.parametrize("first_page", [1, 50])  # claims of a fact read first, then four times more
@pytest.mark.parametrize("asked", ASKED)
@pytest.mark.parametrize("recent_at", [3, 20, 64])  # a fact of more claims keeps its newest apart
def test_the_newest_of_each_fact_are_those_of_every_claim(
    db_url: str, asked: tuple[Any, ...], first_page: int, recent_at: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    measures, subjects, limit, valued = asked
    monkeypatch.setattr(mission_scope, "FIRST_PAGE", first_page)
    monkeypatch.setattr(ledger_facts, "RECENT_AT", recent_at)
    with open_ledger(db_url) as led:
        _fill(led, 0, 60)
        sync(led)
        expected = _expected(led, set(measures), subjects, limit, valued)
        assert expected, "the case asks for some claims"
        assert _newest(led, measures, subjects, limit, valued) == expected
        with monkeypatch.context() as m:  # the listing's way gives the same
            m.setattr(ledger_facts, "pending", lambda _conn: 1)
            assert _newest(led, measures, subjects, limit, valued) == expected
        _fill(led, 60, 8)  # queued, not yet in the facts: listed instead
        assert _newest(led, measures, subjects, limit, valued) == _expected(
            led, set(measures), subjects, limit, valued
        )


def test_the_newest_come_from_the_facts_references_not_a_listing(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_ledger(db_url) as led:
        _fill(led, 0, 40)
        sync(led)

        def no_listing(*_args: Any) -> list[StoredClaim]:
            raise AssertionError("listed every claim of the measures")

        monkeypatch.setattr(MissionScope, "_newest_by_listing", no_listing)
        assert _newest(led, ["council.vote"], {"2699"}, 2, False)


def test_a_briefing_cites_a_resolution_as_its_fact_is_filed() -> None:
    """``briefing._mandate`` groups votes as the reconciler files them: 'Resolution 2699' and
    'S/RES/2699 (2023)' are votes on 2699 (the subject text stripped of 'resolution' missed them)."""
    for text in ("resolution 2699", "Resolution 2699", "S/RES/2699 (2023)", "2699"):
        assert subject_key("council.vote", text, None) == resolution_key("2699")
    assert subject_key("council.vote", None, "2699") == resolution_key("2699")


@contextmanager
def _statements(led: Any) -> Iterator[list[str]]:
    """The SQL the ledger's engine runs inside the block, each on one line."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(led.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(led.engine, "before_cursor_execute", record)


def test_a_role_s_document_is_found_speaking_by_its_row_of_the_mission_s_documents(db_url: str) -> None:
    """Which documents of the roles read speak of the mission is a probe of ``mission_documents``
    (0014) by its key, not every claim of those documents read with its mission (27,765 rows for a
    first MSS overview at 1,000,009 claims, bench/serve.md, fifteenth round) — the same roles."""
    with open_ledger(db_url) as led:
        _fill(led, 0, 40)
        sync(led)
        with _statements(led) as statements:
            found = _newest(led, ["role"], {"marie baptiste", "peter kamau"}, 3, True)
        assert found == _expected(led, {"role"}, {"marie baptiste", "peter kamau"}, 3, True)
        # the claims' missions of the roles' documents are not read
        assert not [s for s in statements if s.startswith("SELECT claims.document_id, claims.mission_key")]
        assert any("FROM mission_documents" in s for s in statements)


def test_a_fact_s_newest_references_are_read_before_all_of_them(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of a fact with a ``recent`` column (more than ``RECENT_AT`` claims) the newest references
    it keeps are read first: where they hold enough of the mission's claims, its whole ``refs``
    is not read (every reference of a resolution's votes was parsed, bench/serve.md, fifteenth
    round); where they do not, it is, and the claims are those of every claim."""
    monkeypatch.setattr(ledger_facts, "RECENT_AT", 10)
    monkeypatch.setattr(mission_scope, "FIRST_PAGE", 1)
    with open_ledger(db_url) as led:
        _fill(led, 0, 60)
        sync(led)
        with _statements(led) as statements:
            few = _newest(led, ["council.vote"], {"2699", "2751"}, 1, False)
        read_few = [s for s in statements if s.startswith("SELECT facts.seq, facts.refs")]
        with _statements(led) as statements:
            many = _newest(led, ["council.vote"], {"2699", "2751"}, 9, False)
        read_many = [s for s in statements if s.startswith("SELECT facts.seq, facts.refs")]
        assert few == _expected(led, {"council.vote"}, {"2699", "2751"}, 1, False)
        assert many == _expected(led, {"council.vote"}, {"2699", "2751"}, 9, False)
        assert not read_few
        assert read_many
