"""Claims of documents published after a date are not read for a reconciliation at that date.

``Ledger.reviewed_claims(public_by=...)`` leaves out the stored claims of the documents published
after the date (``queries.public_by``) and keeps the undated documents' and the reviewed ones'
for ``reconcile`` to judge; the facts and conflicts a server gives at an earlier date are the same
as a reconciliation of every claim at that date. Documents and sentences written for this test.
"""

from __future__ import annotations

from typing import Any

from missionwatch import reconcile as rec
from missionwatch.ledger.review_log import ReviewRequest
from missionwatch.models import Claim, Document
from missionwatch.report.data import mission_claims
from missionwatch.web.service import Service

CUTOFF = "2025-03-31"


def _claim(measure: str, value: Any, as_of: str | None, mission: str | None = "MSS", **kw: Any) -> Claim:
    return Claim(
        measure=measure,
        mission=mission,
        value=value,
        as_of=as_of,
        sentence=kw.pop("sentence", f"The figure was {value}."),
        extractor="test",
        **kw,
    )


# (name, published, claims): before the cutoff, on its day, in its month without a
# day, in the next month, a year later, and undated
DOCS: list[tuple[str, str | None, list[Claim]]] = [
    ("early", "2025-03-02", [_claim("personnel.deployed", 400, "2025-03-01")]),
    ("same-day", "2025-03-31", [_claim("personnel.deployed", 430, "2025-03-30")]),
    ("other-count", "2025-03-31", [_claim("personnel.deployed", 300, "2025-03-30")]),
    ("month", "2025-03", [_claim("personnel.deployed", 990, "2025-03-15")]),
    (
        "late",
        "2025-04-02",
        [
            _claim("personnel.deployed", 777, "2025-03-31"),
            _claim("quote", "We are staying.", None, mission=None, subject="A. Speaker"),
        ],
    ),
    ("much-later", "2026-01-10", [_claim("displaced", 5000, "2025-03-20", mission=None)]),
    ("undated-early", None, [_claim("personnel.deployed", 410, "2025-03-10")]),
    ("undated-late", None, [_claim("personnel.deployed", 888, "2025-04-20")]),
    ("reviewed-late", "2025-05-01", [_claim("personnel.deployed", 555, "2025-03-29")]),
    (
        "quoted",
        "2025-03-05",
        [_claim("quote", "The road is open.", None, mission=None, subject="B. Officer")],
    ),
]


def _fill(ledger: Any) -> None:
    for name, published, claims in DOCS:
        doc = Document(
            text=f"A report written for the test, {name}.", source=f"{name}.txt", published=published
        )
        ledger.store(doc, claims)
    late = [c for c in ledger.claims(mission="MSS") if c.value == 555]
    ledger.review(ReviewRequest(action="correct", claim_id=late[0].id, changes={"value": 556}), editor="ann")


def _values(claims: list[Any]) -> list[Any]:
    return sorted(str(c.value) for c in claims)


def test_reviewed_claims_leave_out_documents_published_after_the_date(ledger: Any) -> None:
    _fill(ledger)
    every = ledger.reviewed_claims()
    read = ledger.reviewed_claims(public_by=CUTOFF)
    # the late and much-later documents' stored claims are not read; the undated documents'
    # (their dates decide) and the reviewed one's (as the review leaves it) are
    assert _values(read) == _values([c for c in every if c.value not in (777, "We are staying.", 5000)])
    assert "556" in _values(read) and "990" in _values(read) and "430" in _values(read)
    # a superset of what a reconciliation at that date keeps, in the same order
    kept = [c for c in every if rec.facts._known_by(c, CUTOFF)]
    assert [c.id for c in read if rec.facts._known_by(c, CUTOFF)] == [c.id for c in kept]
    # a month-precise cutoff and a year
    assert _values(ledger.reviewed_claims(public_by="2025-03")) == _values(read)
    assert "777" in _values(ledger.reviewed_claims(public_by="2025"))
    assert "5000" not in _values(ledger.reviewed_claims(public_by="2025"))


def test_mission_claims_at_a_date_reconcile_as_all_of_them(ledger: Any) -> None:
    _fill(ledger)
    whole = mission_claims(ledger, "MSS")
    read = mission_claims(ledger, "MSS", public_by=CUTOFF)
    assert len(read) < len(whole)
    assert rec.reconcile(read, as_of=CUTOFF) == rec.reconcile(whole, as_of=CUTOFF)


def test_facts_and_conflicts_at_an_earlier_date_are_those_of_every_claim(ledger: Any) -> None:
    from missionwatch.reconcile.materialized import sync

    _fill(ledger)
    sync(ledger)
    svc = Service(ledger)
    for mission in ("MSS", None):
        claims = mission_claims(ledger, "MSS") if mission else ledger.reviewed_claims()
        expected = rec.reconcile(claims, as_of=CUTOFF)
        assert svc._facts(mission, None, CUTOFF) == expected
        assert svc.conflicts(mission, CUTOFF) == rec.conflicts(rec.latest(expected))
    assert svc.timeline("MSS", "personnel.deployed", as_of=CUTOFF) == rec.timeline(
        mission_claims(ledger, "MSS"), "MSS", "personnel.deployed", as_of=CUTOFF
    )
    # the deployed figures known on the cutoff disagree (430 and 300 of 30 March): a conflict
    assert any(c.measure == "personnel.deployed" for c in svc.conflicts("MSS", CUTOFF))
