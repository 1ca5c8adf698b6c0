"""Timelines: one measure of one mission over time, from its facts — strength against target,
money pledged against paid, displacement — with the spread and sources of every point.

A point is a reconciled fact, so a week with four reports of the force's strength is one point
with its low, best and high, not four. ``family`` names (``strength``, ``money``,
``humanitarian``) put the series that belong together side by side.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel

from missionwatch import measures
from missionwatch.models import StoredClaim
from missionwatch.reconcile.facts import Fact, FactValue, reconcile
from missionwatch.reconcile.normalise import mission_key, successors
from missionwatch.reconcile.rules import Rules

FAMILIES: dict[str, tuple[str, ...]] = {
    "strength": ("personnel.deployed", "personnel.target"),
    "personnel": measures.names(group="personnel"),
    "money": measures.names(group="funding"),
    "funding": measures.names(group="funding"),
    "humanitarian": ("displaced", "people_in_need"),
}

# Humanitarian figures are about the country, not the mission: a mission's timeline takes them
# whether the claim names a mission or not.
MISSION_FREE = frozenset(measures.names(mission_free=True))


class TimelinePoint(BaseModel):
    """One point of a series: a date and the reconciled value there."""

    date: str | None
    mission: str | None
    measure: str
    subject: str | None
    subject_label: str | None = None
    unit: str | None = None
    scope: str | None = None
    component: str | None = None
    low: FactValue = None
    best: FactValue = None
    high: FactValue = None
    qualifier: str | None = None
    sources: int
    claims: int
    conflict: bool
    decided_by: str
    fact_id: str

    @property
    def series(self) -> str:
        """The line this point is on: measure, subject when there is one, scope and component."""
        name = (
            self.measure if self.subject is None else f"{self.measure} · {self.subject_label or self.subject}"
        )
        extra = ", ".join(x for x in (self.scope, self.component) if x)
        return f"{name} ({extra})" if extra else name


def expand_measures(measure: str | Sequence[str]) -> list[str]:
    """A measure, a comma-separated list or a family name → the measures it stands for."""
    names = [m.strip() for m in measure.split(",")] if isinstance(measure, str) else list(measure)
    out: list[str] = []
    for name in names:
        for m in FAMILIES.get(name, (name,)):
            if m and m not in out:
                out.append(m)
    return out


def fold_missions(mission: str, include_successor: bool = False) -> list[str]:
    """The mission code, and its successors (MSS → GSF) when asked."""
    code = mission_key(mission) or mission
    return [code, *successors(code)] if include_successor else [code]


def timeline(
    claims: Iterable[StoredClaim],
    mission: str,
    measure: str | Sequence[str],
    by: str | None = None,
    *,
    rules: Rules | None = None,
    include_successor: bool = False,
    as_of: str | None = None,
) -> list[TimelinePoint]:
    """Points (date, low/best/high, subject, sources) of ``measure`` for ``mission`` over time.

    ``by=None`` gives the mission-wide series (claims without a subject); ``by="subject"`` gives
    one series per subject (contributor, donor, place) beside the total. With
    ``include_successor`` the successor mission's facts follow on the same timeline.
    """
    if by not in (None, "subject"):
        raise ValueError(f"by must be None or 'subject', not {by!r}")
    missions = set(fold_missions(mission, include_successor))
    measures = set(expand_measures(measure))
    wanted = [
        c
        for c in claims
        if c.measure in measures
        and (mission_key(c.mission) in missions or (c.measure in MISSION_FREE and not c.mission))
    ]
    facts = reconcile(wanted, rules, as_of=as_of)
    return points(facts, by=by)


def points(facts: Iterable[Fact], by: str | None = None) -> list[TimelinePoint]:
    """Timeline points from facts already reconciled (totals only unless ``by='subject'``).

    A mission-wide series leaves out components and increments (parts of, and additions to, the
    total); scoped series (fund money, incident and period tolls) are lines of their own.
    """
    out = [
        TimelinePoint(
            date=f.as_of,
            mission=f.mission,
            measure=f.measure,
            subject=f.subject,
            subject_label=f.subject_label,
            unit=f.unit,
            scope=f.scope,
            component=f.component,
            low=f.low,
            best=f.best,
            high=f.high,
            qualifier=f.qualifier,
            sources=f.sources,
            claims=len(f.claims),
            conflict=f.conflict,
            decided_by=f.decided_by,
            fact_id=f.id,
        )
        for f in facts
        if by == "subject"
        or ((f.subject is None or f.measure in MISSION_FREE) and not f.component and f.scope != "increment")
    ]
    out.sort(
        key=lambda p: (
            p.measure,
            p.subject or "",
            p.unit or "",
            p.scope or "",
            p.component or "",
            p.date or "",
            p.fact_id,
        )
    )
    return out
