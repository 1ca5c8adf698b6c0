"""Conflicts: facts whose claims disagree beyond a tolerance, with each side's evidence.

A conflict is not an error to hide but a finding to show: "the MSS had 382 officers" beside "about
430", each with its sentence, outlet, date and link, so a reader can judge which to trust.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, Field

from missionwatch.models import StoredClaim
from missionwatch.reconcile.compare import any_disagreement, source_components, value_key
from missionwatch.reconcile.facts import Fact, FactValue, _display
from missionwatch.reconcile.normalise import parse_date
from missionwatch.reconcile.rules import Rules


class Evidence(BaseModel):
    """Where one claim was stated: the sentence and the document it stands in."""

    claim_id: int | None = None
    sentence: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    document_id: str
    as_of: str | None = None
    qualifier: str | None = None
    value: FactValue = None

    @classmethod
    def of(cls, c: StoredClaim) -> Evidence:
        value = c.value if isinstance(c.value, int | float | str) else None
        return cls(
            claim_id=c.id,
            sentence=c.sentence,
            outlet=c.outlet,
            published=c.published,
            url=c.url,
            title=c.title,
            document_id=c.document_id,
            as_of=c.as_of,
            qualifier=c.qualifier,
            value=value,
        )


class Side(BaseModel):
    """One value claimed, with every claim that states it."""

    value: FactValue
    qualifiers: list[str] = Field(default_factory=list)
    sources: int
    official: bool = False
    is_best: bool = False
    evidence: list[Evidence]


class Conflict(BaseModel):
    """A fact whose claims disagree, laid out side by side."""

    fact_id: str
    mission: str | None
    measure: str
    subject: str | None
    subject_label: str | None = None
    unit: str | None = None
    as_of: str | None = None
    low: FactValue = None
    best: FactValue = None
    high: FactValue = None
    decided_by: str
    spread: float | None = Field(default=None, description="(high - low) / high for numbers")
    internal: bool = Field(
        default=False,
        description="Every side comes from one source: a text that "
        "contradicts itself, or figures misread from it",
    )
    sides: list[Side]


def _side_order(kind: str, value: FactValue) -> tuple:
    if kind == "number" and isinstance(value, int | float):
        return (0, float(value), "")
    if kind == "date" and isinstance(value, str) and (d := parse_date(value)):
        return (0, d.first.toordinal(), value)
    return (1, 0, str(value))


def conflicts(
    facts: Iterable[Fact], tolerance: float | None = None, rules: Rules | None = None
) -> list[Conflict]:
    """The facts whose claims disagree beyond ``tolerance`` (default: the rules' 5 %).

    Numbers: relative difference, widened for each approximate side, bounds only one way.
    Tallies: any part both give differs ("unanimous" is 15-0-0). Dates: different months.
    """
    rules = rules or Rules()
    out: list[Conflict] = []
    for f in facts:
        if not any_disagreement(f.claims, rules, tolerance):
            continue
        comps = source_components(f.claims, rules)
        by_value: dict[object, list[tuple[StoredClaim, int]]] = {}
        for c, comp in zip(f.claims, comps, strict=True):
            k = value_key(c, rules)
            if k is not None:
                by_value.setdefault(k, []).append((c, comp))
        sides = []
        for k, items in by_value.items():
            value = _display(f.kind, k, f.claims, rules)
            sides.append(
                Side(
                    value=value,
                    qualifiers=sorted({c.qualifier for c, _ in items if c.qualifier}),
                    sources=len({comp for _, comp in items}),
                    official=any(
                        rules.is_official(url=c.url, outlet=c.outlet, attrs=c.attrs) for c, _ in items
                    ),
                    is_best=value == f.best,
                    evidence=[Evidence.of(c) for c, _ in items],
                )
            )
        sides.sort(key=lambda s: _side_order(f.kind, s.value))
        spread = None
        low, high = f.low, f.high
        if f.kind == "number" and isinstance(low, int | float) and isinstance(high, int | float) and high:
            spread = round((high - low) / abs(high), 4)
        out.append(
            Conflict(
                fact_id=f.id,
                mission=f.mission,
                measure=f.measure,
                subject=f.subject,
                subject_label=f.subject_label,
                unit=f.unit,
                as_of=f.as_of,
                low=f.low,
                best=f.best,
                high=f.high,
                decided_by=f.decided_by,
                spread=spread,
                sides=sides,
                internal=len({comp for items in by_value.values() for _, comp in items}) == 1,
            )
        )
    return out
