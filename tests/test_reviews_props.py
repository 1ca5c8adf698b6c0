"""Reviews and the materialized facts (issue 11, item 3): after any mix of ingests, re-extractions,
removals and review events (rejections, corrections of value, measure, mission or date, pins,
groups, added facts, undos), the facts kept incrementally equal a rebuild and a reconciliation of
the reviewed claims on the spot — on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete
from test_materialized import PROPS, _clear, _dump, operations, run_ops

from missionwatch.errors import NotFoundError
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.ledger.reviews import ReviewError
from missionwatch.ledger.schema import ReviewRow
from missionwatch.reconcile import reconcile
from missionwatch.reconcile.materialized import rebuild, stored_facts, sync

ACTIONS = ["reject", "accept", "correct", "correct", "correct", "pin", "undo", "group", "add"]
CHANGES = st.sampled_from(
    [
        {"value": "415"},
        {"value": "2500"},
        {"measure": "personnel.target"},
        {"measure": "personnel.arrived"},
        {"mission": "GSF"},
        {"as_of": "2024-09-20"},
        {"as_of": "2024-10"},
        {"subject": "Kenya"},
        {"qualifier": "at_least"},
    ]
)


def _request(data: st.DataObject, ledger: Any) -> ReviewRequest | None:
    claims = ledger.claims()
    if not claims:
        return None
    c = data.draw(st.sampled_from(claims))
    action = data.draw(st.sampled_from(ACTIONS))
    if action == "reject":
        return ReviewRequest(action=action, claim_id=c.id, reason="wrong")
    if action == "correct":
        return ReviewRequest(action=action, claim_id=c.id, changes=data.draw(CHANGES))
    if action == "undo":
        events, _ = ledger.reviews(limit=None)
        if not events:
            return None
        return ReviewRequest(action=action, target=data.draw(st.sampled_from(events)).id)
    if action == "group":
        same = [o for o in claims if o.document_id == c.document_id and o.id != c.id]
        if not same:
            return None
        return ReviewRequest(action=action, claim_id=c.id, members=[data.draw(st.sampled_from(same)).id])
    if action == "add":
        doc = ledger.document(c.document_id)
        start = data.draw(st.integers(0, max(0, len(doc.text) - 2)))
        fields = {"measure": "personnel.deployed", "value": data.draw(st.sampled_from([400, 410, 2500]))}
        fields |= {"mission": "MSS", "as_of": data.draw(st.sampled_from([None, "2024-09-12", "2024-10-01"]))}
        return ReviewRequest(action=action, document=c.document_id, start=start, end=start + 1, fields=fields)
    return ReviewRequest(action=action, claim_id=c.id)


@PROPS
@given(ops=operations(most=6), later=operations(most=2), data=st.data())
def test_reviewed_facts_equal_a_full_reconciliation(
    ledger: Any, ops: list[tuple[Any, ...]], later: list[tuple[Any, ...]], data: st.DataObject
) -> None:
    _clear(ledger)
    with ledger.engine.begin() as conn:  # the audit log is append-only; a new example starts a new one
        conn.execute(delete(ReviewRow))
    run_ops(ledger, ops)
    for _ in range(data.draw(st.integers(1, 8))):
        request = _request(data, ledger)
        if request is None:
            continue
        editor = data.draw(st.sampled_from(["ana", "ben"]))
        with contextlib.suppress(ReviewError, NotFoundError):  # a refusal writes nothing
            ledger.review(request, editor=editor)
        if data.draw(st.booleans()):
            sync(ledger)
    run_ops(ledger, later)  # re-extraction and removal after reviews
    expected = _dump(reconcile(ledger.reviewed_claims()))
    assert _dump(stored_facts(ledger)) == expected
    rebuild(ledger)
    assert _dump(stored_facts(ledger)) == expected
