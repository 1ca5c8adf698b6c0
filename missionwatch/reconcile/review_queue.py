"""The review queue: the claims a person should look at first, and why.

A claim earns points for each reason to doubt it or to care about it; the queue is every claim
nobody has reviewed yet with at least one reason, most points first:

- ``conflict`` (4): its fact's sources disagree and it is not the value chosen; the chosen side
  of a conflict gets 2;
- ``exceeds_total`` (4): a contributor's figure above the mission total of the same dates;
- ``headline`` (3): its fact is the newest of a headline series (strength, pledges, money) and its
  value is not the one the mission page shows — accepting it would move that number; 1 when it
  is the value shown;
- ``low_confidence`` (up to 3): the extractor's confidence below 0.7 ((0.7 - confidence) * 10);
- ``likely_wrong`` (up to 2.5): the claim filter's calibrated ``p_right`` below 0.5 ((0.5 - p) * 10)
  — kept, but more often wrong than right on new text (``nlp/calibration.py``).

Reviewed claims (accepted, rejected, corrected, pinned, grouped) leave the queue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, Field

from missionwatch.ledger.reviews import review_of
from missionwatch.models import StoredClaim
from missionwatch.reconcile.compare import value_key
from missionwatch.reconcile.facts import Fact, FactValue, latest
from missionwatch.reconcile.rules import Rules

HEADLINE_MEASURES = frozenset(
    {
        "personnel.deployed",
        "personnel.pledged",
        "personnel.target",
        "funding.pledged",
        "funding.contributed",
        "funding.required",
    }
)
LOW_CONFIDENCE = 0.7
LIKELY_WRONG = 0.5  # a calibrated p_right under this: more often wrong than right on blind sets
REASONS = {
    "conflict": "its sources disagree and this is not the value chosen",
    "chosen_in_conflict": "the value chosen where sources disagree",
    "exceeds_total": "larger than the mission total of the same dates",
    "headline": "would move a headline number",
    "headline_shown": "is a headline number",
    "low_confidence": "the extractor was not sure",
    "likely_wrong": "claims like it were more often wrong than right on new text",
}


class QueueItem(BaseModel):
    """One claim to review: why, how urgent, and the fact it belongs to."""

    claim: StoredClaim
    score: float = Field(description="Points: the higher, the sooner")
    reasons: list[str] = Field(description="conflict, chosen_in_conflict, exceeds_total, headline, …")
    why: list[str] = Field(description="The reasons in words")
    fact_id: str
    best: FactValue = Field(description="The fact's best value now")
    decided_by: str


def _points(c: StoredClaim, f: Fact, headline: bool, rules: Rules) -> dict[str, float]:
    out: dict[str, float] = {}
    chosen = value_key(c, rules) == value_key(c.model_copy(update={"value": f.best}), rules)
    if f.conflict:
        out["chosen_in_conflict" if chosen else "conflict"] = 2 if chosen else 4
    if "exceeds_total" in f.flags or "exceeds_older_total" in f.flags:
        out["exceeds_total"] = 4
    if headline and f.kind == "number":
        out["headline_shown" if chosen else "headline"] = 1 if chosen else 3
    if c.confidence < LOW_CONFIDENCE:
        out["low_confidence"] = round((LOW_CONFIDENCE - c.confidence) * 10, 2)
    p = c.attrs.get("p_right")
    if isinstance(p, int | float) and p < LIKELY_WRONG:
        out["likely_wrong"] = round((LIKELY_WRONG - p) * 10, 2)
    return out


def review_queue(facts: Sequence[Fact], rules: Rules | None = None) -> list[QueueItem]:
    """The unreviewed claims of these facts with at least one reason, most urgent first (then by
    claim id, so the order is stable)."""
    rules = rules or Rules()
    newest = {f.id for f in latest(f for f in facts if f.measure in HEADLINE_MEASURES)}
    items: list[QueueItem] = []
    for f in facts:
        for c in f.claims:
            if c.id is None or review_of(c):
                continue
            points = _points(c, f, f.id in newest, rules)
            if not points:
                continue
            reasons = sorted(points, key=lambda r: (-points[r], r))
            items.append(
                QueueItem(
                    claim=c,
                    score=round(sum(points.values()), 2),
                    reasons=reasons,
                    why=[REASONS[r] for r in reasons],
                    fact_id=f.id,
                    best=f.best,
                    decided_by=f.decided_by,
                )
            )
    items.sort(key=lambda i: (-i.score, i.claim.id or 0))
    return _once(items)


def _once(items: Iterable[QueueItem]) -> list[QueueItem]:
    seen: set[Any] = set()
    out = []
    for item in items:
        if item.claim.id not in seen:
            seen.add(item.claim.id)
            out.append(item)
    return out
