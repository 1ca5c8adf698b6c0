"""Conflicts: facts whose claims disagree beyond a tolerance, with each side's evidence.

A conflict is not an error to hide but a finding to show: "the MSS had 382 officers" beside "about
430", each with its sentence, outlet, date and link, so a reader can judge which to trust.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, Field

from missionwatch.models import StoredClaim
from missionwatch.reconcile.compare import any_disagreement, source_components, value_key
from missionwatch.reconcile.facts import Fact, FactValue, ValueSide, one_source, value_sides
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
        keys = [value_key(c, rules) for c in f.claims]
        if not any_disagreement(f.claims, rules, tolerance, keys=keys):
            continue
        comps = source_components(f.claims, rules)
        sides = value_sides(f.kind, f.claims, keys, comps, rules.official_of(f.claims), rules)
        internal = one_source(sides, comps)
        out.append(laid_out(f, sides, internal, [Evidence.of(c) for c in f.claims]))
    return out


def laid_out(
    f: Fact, sides: Sequence[ValueSide], internal: bool, evidence: Sequence[Evidence | None]
) -> Conflict:
    """The conflict of fact ``f`` from its ``value_sides``, whether they all come from one source
    (``one_source``) and the evidence of each of its claims
    (by position; None: a claim no longer in the ledger, left out) — computed here, or stored
    beside the fact when it was computed (``facts.sides``, 0013) and read with its claims'
    evidence (``materialized.stored_conflicts``). ``is_best`` is the fact's best as it is now:
    the checks across facts may set it after (``checks.expiry_from_record``)."""
    shown = []
    for value, qualifiers, sources, official, at in sides:
        shown.append(
            Side(
                value=value,
                qualifiers=list(qualifiers),
                sources=sources,
                official=official,
                is_best=value == f.best,
                evidence=[e for i in at if (e := evidence[i]) is not None],
            )
        )
    shown.sort(key=lambda s: _side_order(f.kind, s.value))
    spread = None
    low, high = f.low, f.high
    if f.kind == "number" and isinstance(low, int | float) and isinstance(high, int | float) and high:
        spread = round((high - low) / abs(high), 4)
    return Conflict(
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
        sides=shown,
        internal=internal,
    )
