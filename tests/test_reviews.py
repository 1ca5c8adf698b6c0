"""Reviews (issue 11, items 1-4): actions beside the machine's claims, the audit log, reconciliation
that honours them (materialized and on the spot), the queue, and durability of one event.

Ledger tests run on SQLite and PostgreSQL (the ``ledger`` fixture)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from missionwatch.errors import NotFoundError
from missionwatch.ledger import open_ledger
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.ledger.reviews import ReviewError, ReviewEvent
from missionwatch.ledger.schema import ReviewRow
from missionwatch.models import Claim, Document
from missionwatch.reconcile import reconcile
from missionwatch.reconcile.materialized import rebuild, stored_facts
from missionwatch.reconcile.review_queue import review_queue

PLEDGE = "The premier said the promised contingent - 170 soldiers and 30 police officers - would come."
ARRIVED = "By Friday some 410 officers of the mission had arrived in the capital, officials said."
OTHER = "A second count put the mission at 460 officers on the ground by Friday."


def _claim(text_: str, figure: str, **kw: Any) -> Claim:
    start = text_.index(figure)
    return Claim(
        sentence=text_, start=start, end=start + len(figure), extractor="t", extractor_version="1", **kw
    )


def act(ledger: Any, editor: str, **request: Any) -> ReviewEvent:
    """Write one review event."""
    return ledger.review(ReviewRequest(**request), editor=editor)


def fill(ledger: Any) -> dict[str, Any]:
    """Two documents: a pledge in parts, two deployed figures that disagree. Returns claim ids."""
    d1 = Document(text=f"Pledges\n\n{PLEDGE} {ARRIVED}", source="a.txt", outlet="AP", published="2024-09-12")
    d2 = Document(text=f"Count\n\n{OTHER}", source="b.txt", outlet="Gazette", published="2024-09-13")
    common: dict[str, Any] = dict(mission="MSS", as_of="2024-09-12")
    jam = dict(common, subject="JAM")
    ledger.store(
        d1,
        [
            _claim(d1.text, "170 soldiers", measure="personnel.pledged", value=170, **jam),
            _claim(d1.text, "30 police officers", measure="personnel.pledged", value=30, **jam),
            _claim(d1.text, "410 officers", measure="personnel.deployed", value=410, qualifier="approx",
                   confidence=0.5, **common),
        ],
    )  # fmt: skip
    ledger.store(d2, [_claim(d2.text, "460 officers", measure="personnel.deployed", value=460, **common)])
    ids = {c.value: c.id for c in ledger.claims()}
    return {
        "soldiers": ids[170],
        "police": ids[30],
        "410": ids[410],
        "460": ids[460],
        "d1": d1.id,
        "d2": d2.id,
    }


def facts_of(ledger: Any, measure: str) -> list[Any]:
    return [f for f in stored_facts(ledger, missions=["MSS"], measures=[measure])]


def same_as_full_reconciliation(ledger: Any) -> None:
    """The materialized facts (incremental) equal a rebuild and an on-the-spot reconciliation of the
    reviewed claims."""
    incremental = [f.model_dump() for f in stored_facts(ledger)]
    spot = [f.model_dump() for f in reconcile(ledger.reviewed_claims())]
    rebuild(ledger)
    rebuilt = [f.model_dump() for f in stored_facts(ledger)]
    assert incremental == rebuilt == spot


def test_reject_correct_pin_undo(ledger) -> None:
    ids = fill(ledger)
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.conflict and deployed.best in (410, 460)

    with pytest.raises(ReviewError, match="needs a reason"):
        act(ledger, "ana", action="reject", claim_id=ids["460"])
    reject = ledger.review(
        ReviewRequest(action="reject", claim_id=ids["460"], reason="a count of another day"), editor="ana"
    )
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.best == 410 and len(deployed.claims) == 1 and not deployed.conflict
    same_as_full_reconciliation(ledger)

    fix = ledger.review(
        ReviewRequest(action="correct", claim_id=ids["410"], changes={"value": "415", "qualifier": "exact"}),
        editor="ben",
    )
    assert fix.before == {"value": 410, "qualifier": "approx"} and fix.after == {
        "value": 415,
        "qualifier": "exact",
    }
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.best == 415 and deployed.reviewed == "corrected by ben"
    assert {c.value for c in ledger.claims()} == {170, 30, 410, 460}  # the machine's claims untouched
    with pytest.raises(ReviewError, match="already says so"):
        ledger.review(
            ReviewRequest(action="correct", claim_id=ids["410"], changes={"value": 415}), editor="ben"
        )

    act(ledger, "ana", action="undo", target=reject.id)
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.values == [415, 460] and deployed.conflict
    pin = ledger.review(
        ReviewRequest(action="pin", claim_id=ids["460"], reason="official count"), editor="cy"
    )
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.best == 460 and deployed.decided_by == "pinned" and deployed.reviewed == "pinned by cy"
    same_as_full_reconciliation(ledger)

    act(ledger, "cy", action="undo", target=pin.id[:8])
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.decided_by != "pinned"
    with pytest.raises(ReviewError, match="undone already"):
        act(ledger, "cy", action="undo", target=pin.id)

    log, total = ledger.reviews()
    assert total == 5 and [e.action for e in log] == ["undo", "pin", "undo", "correct", "reject"]
    assert [e.undone for e in log] == [False, True, False, False, True]
    on_460, _ = ledger.reviews(claim_id=ids["460"])
    assert {e.action for e in on_460} == {"reject", "undo", "pin"}
    same_as_full_reconciliation(ledger)


def test_group_components_into_a_total(ledger) -> None:
    ids = fill(ledger)
    by_component = {f.component: f for f in facts_of(ledger, "personnel.pledged")}
    assert (
        by_component[None].best == 200 and by_component[None].decided_by == "components"
    )  # the machine's sum

    with pytest.raises(ReviewError, match="another document"):
        ledger.review(
            ReviewRequest(action="group", claim_id=ids["soldiers"], members=[ids["460"]]), editor="a"
        )
    event = ledger.review(
        ReviewRequest(
            action="group",
            claim_id=ids["soldiers"],
            members=[ids["police"]],
            components=["military", "police"],
        ),
        editor="ana",
    )
    assert event.after and event.after["parts"] == {"military": 170, "police": 30}
    by_component = {f.component: f for f in facts_of(ledger, "personnel.pledged")}
    total = by_component[None]
    assert total.best == 200 and total.reviewed == "corrected by ana"
    assert [c.extractor for c in total.claims] == ["review"]
    assert by_component["military"].best == 170 and by_component["police"].best == 30
    same_as_full_reconciliation(ledger)


def test_add_a_missed_fact_with_its_evidence(ledger) -> None:
    ids = fill(ledger)
    doc = ledger.document(str(ids["d2"]))
    with pytest.raises(ReviewError, match="not inside the document text"):
        ledger.review(
            ReviewRequest(action="add", document=doc.id, start=5, end=len(doc.text) + 1,
                          fields={"measure": "personnel.deployed", "value": 1}),
            editor="ana",
        )  # fmt: skip
    with pytest.raises(ReviewError, match="not a known measure"):
        ledger.review(
            ReviewRequest(
                action="add", document=doc.id, evidence="460 officers", fields={"measure": "x", "value": 1}
            ),
            editor="ana",
        )
    with pytest.raises(NotFoundError):
        ledger.review(
            ReviewRequest(
                action="add", document="ffff", start=0, end=1, fields={"measure": "killed", "value": 1}
            ),
            editor="ana",
        )
    event = ledger.review(
        ReviewRequest(
            action="add",
            document=doc.id[:8],
            evidence="on the ground",
            fields={"measure": "personnel.arrived", "value": "460", "mission": "mss", "as_of": "2024-09-13"},
        ),
        editor="ana",
    )
    claim = event.after["claim"] if event.after else {}
    assert doc.text[claim["start"] : claim["end"]] == "on the ground" and claim["mission"] == "MSS"
    (arrived,) = facts_of(ledger, "personnel.arrived")
    assert (
        arrived.best == 460 and arrived.reviewed == "added by ana" and arrived.claims[0].extractor == "review"
    )
    assert arrived.claims[0].sentence == OTHER
    same_as_full_reconciliation(ledger)


def test_a_correction_moves_the_claim_to_its_new_key(ledger) -> None:
    ids = fill(ledger)
    facts_of(ledger, "personnel.deployed")  # materialize
    ledger.review(
        ReviewRequest(action="correct", claim_id=ids["460"], changes={"measure": "personnel.arrived"}),
        editor="a",
    )
    (deployed,) = facts_of(ledger, "personnel.deployed")
    assert deployed.values == [410]  # the old key was recomputed
    (arrived,) = facts_of(ledger, "personnel.arrived")
    assert arrived.best == 460 and arrived.reviewed == "corrected by a"
    assert [c.value for c in ledger.reviewed_claims(measure="personnel.arrived")] == [460]
    same_as_full_reconciliation(ledger)


def test_queue_puts_conflicts_and_doubt_first_and_drops_reviewed(ledger) -> None:
    ids = fill(ledger)
    queue = review_queue(stored_facts(ledger))
    first = queue[0]
    assert first.claim.id in (ids["410"], ids["460"]) and "conflict" in first.reasons
    assert any("low_confidence" in i.reasons for i in queue if i.claim.id == ids["410"])
    act(ledger, "ana", action="accept", claim_id=ids["410"])
    act(ledger, "ana", action="accept", claim_id=ids["460"])
    assert {i.claim.id for i in review_queue(stored_facts(ledger))}.isdisjoint({ids["410"], ids["460"]})


def test_claims_the_filter_doubts_but_kept_are_queued_as_likely_wrong(ledger) -> None:
    doc = Document(text=f"Pledges\n\n{PLEDGE}", source="c.txt", outlet="AP", published="2024-09-12")
    common: dict[str, Any] = dict(mission="MSS", as_of="2024-09-12", measure="personnel.pledged")
    ledger.store(
        doc,
        [
            _claim(doc.text, "170 soldiers", value=170, subject="JAM", attrs={"p_right": 0.3}, **common),
            _claim(doc.text, "30 police officers", value=30, subject="BHS", attrs={"p_right": 0.6}, **common),
        ],
    )
    queued = {i.claim.value: i for i in review_queue(stored_facts(ledger))}
    doubted = queued[170]
    assert doubted.reasons[0] == "likely_wrong" and doubted.score >= 2.0
    assert any("more often wrong than right" in w for w in doubted.why)
    assert 30 not in queued or "likely_wrong" not in queued[30].reasons


def test_a_re_extracted_claim_no_longer_carries_its_review(ledger) -> None:
    ids = fill(ledger)
    act(ledger, "ana", action="reject", claim_id=ids["460"], reason="wrong")
    doc = ledger.document(str(ids["d2"]))
    ledger.replace_claims(doc.id, [_claim(doc.text, "460 officers", measure="personnel.deployed", value=461,
                                          mission="MSS", as_of="2024-09-12")])  # fmt: skip
    assert 461 in facts_of(ledger, "personnel.deployed")[0].values  # the event names what it rejected
    (event,), _ = ledger.reviews(document_id=doc.id)
    assert event.claim_id is None


# -- durability ---------------------------------------------------------------------------------
WRITER = """
import sys
from missionwatch.ledger import open_ledger
from missionwatch.ledger.review_log import ReviewRequest
ledger = open_ledger(sys.argv[1])
claim = int(sys.argv[2])
for i in range(100000):
    try:
        e = ledger.review(ReviewRequest(action="accept", claim_id=claim, reason=f"round {i}"), editor="loop")
    except ValueError:  # accepted already: reject it
        e = ledger.review(ReviewRequest(action="reject", claim_id=claim, reason=f"round {i}"), editor="loop")
    print(e.id, flush=True)
"""


def _kill_mid_writes(db: str, claim_id: int, tmp_path: Path, after: float) -> list[str]:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen(
        [sys.executable, str(script), db, str(claim_id)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert proc.stdout is not None
    printed = [proc.stdout.readline().strip()]  # at least one event committed
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    return printed + [line for line in out.split() if line]


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_sigkill_mid_write_leaves_whole_events(new_db, tmp_path, kind) -> None:
    db = new_db(kind)
    with open_ledger(db) as ledger:
        ids = fill(ledger)
    committed: set[str] = set()
    for kills, after in enumerate((0.05, 0.17, 0.31), 1):
        committed |= set(_kill_mid_writes(db, ids["410"], tmp_path, after))
        with open_ledger(db) as ledger:
            with ledger.engine.connect() as conn:
                if kind == "sqlite":
                    assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                rows = conn.execute(select(ReviewRow.__table__)).all()
                queued = conn.execute(text("SELECT count(*) FROM facts_queue")).scalar()
            stored = {r.id for r in rows}
            # everything the writer saw committed is there; at most one more a kill (committed, not printed)
            assert committed <= stored and len(stored - committed) <= kills
            for r in rows:  # every row a whole event
                event = ReviewEvent.model_validate({**r._mapping, "at": r.at})
                assert event.editor == "loop" and event.after and event.before and event.claim_sig
            assert queued is not None
            events, total = ledger.reviews(limit=None)
            assert total == len(rows) == len(events)
            (deployed,) = facts_of(ledger, "personnel.deployed")  # the queue drains
            status = "accepted" if events[0].action == "accept" else "rejected"
            assert (410 in deployed.values) == (status == "accepted")
            with ledger.engine.connect() as conn:
                assert conn.execute(select(func.count()).select_from(ReviewRow)).scalar() == total


def test_facts_people_added_come_and_go_with_their_document(ledger) -> None:
    doc = Document(text="A note that the extractor read nothing in: 75 officers left.", source="n.txt")
    ledger.store(doc)  # no claims of its own
    fields = {"measure": "personnel.returned", "value": 75, "mission": "MSS", "as_of": "2024-09-20"}
    act(ledger, "ana", action="add", document=doc.id, evidence="75 officers left", fields=fields)
    assert [f.best for f in facts_of(ledger, "personnel.returned")] == [75]
    ledger.delete_document(doc.id)
    assert facts_of(ledger, "personnel.returned") == [] == ledger.reviewed_claims()
    ledger.store(doc)  # stored again: its review applies again
    assert [f.best for f in facts_of(ledger, "personnel.returned")] == [75]
    same_as_full_reconciliation(ledger)
