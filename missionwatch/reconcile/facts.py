"""From claims to facts: group the claims that speak of one thing, keep them all, choose a best value.

A fact is one mission, measure, normalised subject (and unit) within one as-of window: "MSS
personnel deployed, all contributors, late September 2024". Every claim about it stays beside its
rivals in ``Fact.claims``; ``best`` comes from the first rule of ``Rules.order`` that leaves a
single value, and ``decided_by`` names that rule so a reader can disagree with it.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, Field, PrivateAttr

from missionwatch.ledger.facts import newest_rank
from missionwatch.ledger.reviews import review_of
from missionwatch.models import StoredClaim
from missionwatch.reconcile.checks import check_against_totals, expiry_from_record
from missionwatch.reconcile.compare import (
    any_disagreement,
    source_components,
    value_key,
)
from missionwatch.reconcile.normalise import (
    PERSONS_DEFAULT,
    RESOLUTION_MEASURES,
    DateSpan,
    country_label,
    fold,
    kind_of,
    mission_key,
    number,
    parse_date,
    parse_tally,
    plain,
    resolution_number,
    subject_key,
)
from missionwatch.reconcile.rules import Rules
from missionwatch.reconcile.scopes import prepare, scope_key

FactValue = int | float | str | None

# Days one Council decision may span when the claims do not give its resolution number.
UNNUMBERED_WINDOW = 3

_QUALIFIER_RANK = {"exact": 0, None: 1, "approx": 2, "at_least": 3, "at_most": 3}


class Fact(BaseModel):
    """One reconciled fact: its key, the spread and best of what was claimed, and every claim."""

    # a fact in conflict, as ``build_fact`` made it: its ``value_sides`` and whether they come
    # from ``one_source`` (stored beside it: ``facts.sides``, 0013)
    _sides: tuple[list[ValueSide], bool] | None = PrivateAttr(default=None)

    id: str = Field(description="Stable id from the key and the window start")
    mission: str | None
    measure: str
    subject: str | None = Field(description="Normalised: alpha-3, category key, resolution number…")
    subject_label: str | None = Field(default=None, description="The subject as a reader would name it")
    resolution: str | None = None
    unit: str | None = None
    scope: str | None = Field(
        default=None,
        description="What the figure counts when it is not the plain stock: fund, increment, incident, "
        "period or part (docs/reconcile.md, Scopes and components)",
    )
    component: str | None = Field(
        default=None, description="The part of a total this series is (military, police, civilian, …)"
    )
    kind: str = Field(description="number, tally, date, category, status or text")
    as_of: str | None = Field(default=None, description="The date the best value describes")
    as_of_first: str | None = None
    as_of_last: str | None = None
    low: FactValue = None
    best: FactValue = None
    high: FactValue = None
    qualifier: str | None = Field(default=None, description="Qualifier of the claims behind best")
    values: list[FactValue] = Field(default_factory=list, description="Distinct values claimed")
    sources: int = Field(description="Independent sources: a cluster, a document, an outlet-day once")
    decided_by: str = Field(
        description="Rule that chose best: pinned (by a person), agreement, official, exact, later, "
        "sources, median, latest, tie or none"
    )
    conflict: bool = False
    official: bool = Field(default=False, description="Some claim comes from an official source")
    flags: list[str] = Field(
        default_factory=list,
        description="summed (a total summed from its parts), target_not_deployed (a target read as "
        "deployed, moved), exceeds_total / exceeds_older_total (a contributor above the mission "
        "total), expiry_from_record (the day from the Council record)",
    )
    notes: list[str] = Field(default_factory=list, description="What the flags mean for this fact, in words")
    reviewed: str | None = Field(
        default=None,
        description="What people decided about the best value: 'pinned by NAME', 'corrected by NAME' "
        "or 'added by NAME' (docs/review.md)",
    )
    claim_count: int | None = Field(
        default=None,
        exclude=True,
        description="How many claims the fact has when ``claims`` holds only those a page shows "
        "(``reconcile.materialized.stored_latest``'s ``few``); never written out",
    )
    side_count: int | None = Field(
        default=None,
        exclude=True,
        description="How many values (as a reader says them) a fact in conflict has when ``claims`` "
        "holds the newest claim of its newest few values only (``stored_latest``'s ``sides_few``); "
        "never written out",
    )
    claims: list[StoredClaim] = Field(default_factory=list)

    @property
    def key(self) -> tuple:
        """What makes this fact the same series as another, window aside."""
        return (
            self.mission,
            self.measure,
            self.subject,
            self.resolution,
            self.unit,
            self.scope,
            self.component,
        )


def claim_sort_key(c: StoredClaim) -> tuple:
    """A total order on claims, so facts never depend on the order claims arrived in."""
    return (c.as_of or "", c.published or "", c.document_id, c.start, c.end, _ClaimJson(c))


class _ClaimJson:
    """A claim's JSON as the last part of its sort key, encoded only when two claims tie on every
    part before it (the same span of one document): encoding every claim to sort it was a
    twentieth of a facts drain. Compares as the JSON text does."""

    __slots__ = ("_text", "claim")

    def __init__(self, claim: StoredClaim) -> None:
        self.claim = claim
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.claim.model_dump_json()
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ClaimJson) and self.text == other.text

    def __lt__(self, other: _ClaimJson) -> bool:
        return self.text < other.text

    __hash__ = None  # type: ignore[assignment]


def claim_date(c: StoredClaim) -> DateSpan | None:
    """The date a claim describes: its as_of, else the day it was published."""
    return _claim_date(c.as_of, c.published)


@lru_cache(maxsize=65536)
def _claim_date(as_of: str | None, published: str | None) -> DateSpan | None:
    """``claim_date`` of these two texts (cached: asked of each claim about ten times between
    grouping, windowing and building its fact, and ``DateSpan`` is frozen)."""
    return parse_date(as_of) or parse_date(published)


def unit_key(c: StoredClaim) -> str | None:
    """Units that compare: currencies upper-cased; persons assumed for head counts."""
    unit = (c.unit or "").strip()
    if kind_of(c.measure) != "number":
        return None
    if not unit:
        if c.measure in PERSONS_DEFAULT:
            return "persons"
        if c.measure == "gang_control":
            return "percent"
        if c.measure == "mandate.duration":
            return "months"
        return None
    if len(unit) == 3 and unit.isalpha():
        return unit.upper()
    folded = fold(unit)
    return {"person": "persons", "people": "persons", "%": "percent", "month": "months"}.get(folded, folded)


def group_key(c: StoredClaim) -> tuple:
    """The key of the fact a prepared claim belongs to (window aside)."""
    res = resolution_number(c.resolution, c.subject) if c.measure in RESOLUTION_MEASURES else None
    if c.measure == "council.penholder":
        res = resolution_number(c.value, c.resolution)
    subj = _subject_key(c.measure, c.subject, c.resolution)
    mission = mission_key(c.mission)
    if c.measure in ("council.vote", "council.adopted") and subj:
        mission = None  # one resolution is one vote, whichever mission an outlet files it under
    extra = fold(str(c.value)) if c.measure == "quote" and c.value is not None else None
    return (
        mission,
        c.measure,
        subj,
        res if c.measure not in ("council.vote", "council.adopted") else None,
        unit_key(c),
        extra,
        *scope_key(c),
    )


@lru_cache(maxsize=65536)
def _subject_key(measure: str, subject: str | None, resolution: str | None) -> str | None:
    """``subject_key`` of a claim's fields, cached: a drain keys again every claim of the documents
    around a change, and the same few subjects (countries, categories) come back."""
    return subject_key(measure, subject, resolution)


Window = tuple[str, str | None, str | None, list[StoredClaim]]


def _windows(claims: list[StoredClaim], days: int | None) -> list[list[StoredClaim]]:
    """Split claims of one key into as-of windows of at most ``days`` (anchored on the first date).

    Day-precise claims are clustered first; a month- or year-precise claim joins the overlapping
    window nearest the middle of its period (earliest on a tie) — never the most populous one, so
    that a syndicated copy cannot pull it elsewhere — or a window of its own with claims of the
    same period. Undated claims make one window.
    """
    return [w[3] for w in windows(claims, days)]


def windows(claims: list[StoredClaim], days: int | None) -> list[Window]:
    """``_windows`` with what each window is: ``("day", first, last, claims)`` for a window of
    day-precise claims (its first and last day), ``("period", first, last, claims)`` for vague
    claims of one period that overlap no such window, ``("undated", None, None, claims)``, and
    ``("all", None, None, claims)`` when the measure has no window."""
    claims = sorted(claims, key=claim_sort_key)
    if days is None:
        return [("all", None, None, claims)]
    precise: list[tuple[date, StoredClaim]] = []
    vague: list[tuple[DateSpan, StoredClaim]] = []
    undated: list[StoredClaim] = []
    for c in claims:
        span = claim_date(c)
        if span is None:
            undated.append(c)
        elif span.precision == "day":
            precise.append((span.first, c))
        else:
            vague.append((span, c))
    precise.sort(key=lambda p: p[0])  # stable: claims of one day stay in claim_sort_key's order
    groups: list[list[StoredClaim]] = []
    bounds: list[tuple[date, date]] = []
    for d, c in precise:
        if groups and (d - bounds[-1][0]).days <= days:
            groups[-1].append(c)
            bounds[-1] = (bounds[-1][0], d)
        else:
            groups.append([c])
            bounds.append((d, d))
    by_period: dict[str, list[StoredClaim]] = {}
    periods: dict[str, DateSpan] = {}
    for span, c in vague:
        overlapping = [i for i, (lo, hi) in enumerate(bounds) if lo <= span.last and hi >= span.first]
        if overlapping:
            mid = span.first + (span.last - span.first) / 2
            best = min(overlapping, key=lambda i: (_distance(mid, bounds[i]), i))
            groups[best].append(c)
        else:
            by_period.setdefault(span.text, []).append(c)
            periods[span.text] = span
    # each window's claims in ``claim_sort_key``'s order, by their place in ``claims`` (sorted so
    # above; claims that tie there are in that order in their window too), not by building every
    # claim's key again
    rank = {id(c): i for i, c in enumerate(claims)}

    def in_order(group: list[StoredClaim]) -> list[StoredClaim]:
        return sorted(group, key=lambda c: rank[id(c)])

    out: list[Window] = [
        ("day", lo.isoformat(), hi.isoformat(), in_order(g))
        for g, (lo, hi) in zip(groups, bounds, strict=True)
    ]
    out += [
        ("period", periods[k].first.isoformat(), periods[k].last.isoformat(), in_order(by_period[k]))
        for k in sorted(by_period)
    ]
    if undated:
        out.append(("undated", None, None, undated))  # already in order
    return out


def _distance(day: date, bounds: tuple[date, date]) -> int:
    """Days from ``day`` to the window ``bounds`` (0 inside it)."""
    lo, hi = bounds
    return max((lo - day).days, (day - hi).days, 0)


def _display(
    kind: str,
    key: Hashable,
    claims: Sequence[StoredClaim] = (),
    rules: Rules | None = None,
    keys: Sequence[Hashable | None] | None = None,
) -> FactValue:
    """A value key as a reader wants it: 2500 not 2500.0; 'MSS' as written, not its folded key.
    ``keys``: the claims' value keys, when the caller has them already."""
    if kind == "number" and isinstance(key, float):
        return plain(key)
    if kind in ("category", "status", "text") and claims and rules is not None:
        if keys is None:
            keys = [value_key(c, rules) for c in claims]
        written = Counter(str(c.value).strip() for c, k in zip(claims, keys, strict=True) if k == key)
        if written:
            return sorted(written.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return key  # type: ignore[return-value]


# One value a fact's claims give (``value_sides``): the value as shown, its claims' qualifiers,
# how many independent sources give it, whether one is official, and its claims' positions.
ValueSide = tuple[FactValue, list[str], int, bool, list[int]]


def value_sides(
    kind: str,
    claims: Sequence[StoredClaim],
    keys: Sequence[Hashable | None],
    comps: Sequence[int],
    official: Sequence[bool],
    rules: Rules,
) -> list[ValueSide]:
    """The values these claims give, each with what ``reconcile.conflicts`` lays out of it, in
    the order first given; ``keys``, ``comps`` and ``official`` are the claims' value keys,
    source numbers and officialness (what ``build_fact`` computes already)."""
    by_value: dict[Hashable, list[int]] = {}
    for i, k in enumerate(keys):
        if k is not None:
            by_value.setdefault(k, []).append(i)
    return [
        (
            _display(kind, k, claims, rules, keys),
            sorted({q for i in at if (q := claims[i].qualifier)}),
            len({comps[i] for i in at}),
            any(official[i] for i in at),
            at,
        )
        for k, at in by_value.items()
    ]


def one_source(sides: Sequence[ValueSide], comps: Sequence[int]) -> bool:
    """Whether every claim of these sides comes from one source (a text that contradicts itself,
    or figures misread from it)."""
    return len({comps[i] for *_rest, at in sides for i in at}) == 1


# A claim that may decide a fact's best value: the claim, its source's number
# (``source_components``), its value key and whether it comes from an official source — each
# computed once per claim: asking ``value_key`` again in every rule was nine calls a claim, a
# fifth of a rebuild's reconciliation.
_Cand = tuple[StoredClaim, int, Hashable, bool]


def _choose(cands: list[_Cand], kind: str, rules: Rules) -> tuple[Hashable | None, str, list[StoredClaim]]:
    """Apply the rules in order to the claims with a value; return the best value key, the
    deciding rule and its claims."""
    if not cands:
        return None, "none", []

    def done(cs: list[_Cand]) -> bool:
        return len({p[2] for p in cs}) == 1

    pinned = [p for p in cands if review_of(p[0]).get("pinned_by")]
    if pinned:  # a person named the official figure: it wins over every ordered rule
        cands = pinned
        if done(cands):
            return cands[0][2], "pinned", [p[0] for p in cands]

    if done(cands):
        return cands[0][2], "agreement", [p[0] for p in cands]

    steps: dict[str, Callable[[list[_Cand]], list[_Cand]]] = {
        "official": lambda cs: [p for p in cs if p[3]],
        "exact": lambda cs: _most_exact(cs, kind, rules),
        "later": _latest_statements,
        "sources": _most_sources,
    }
    for name in rules.order:
        if name == "median":
            break
        narrowed = steps[name](cands)
        if narrowed and len(narrowed) < len(cands):
            cands = narrowed
            if done(cands):
                return cands[0][2], name, [p[0] for p in cands]
    return _median(cands, kind)


def _most_exact(cands: list[_Cand], kind: str, rules: Rules) -> list[_Cand]:
    """Exact figures within the stated bounds, else approximate ones, else the bounds themselves."""
    if kind == "number":
        lows = [number(p[0].value) for p in cands if p[0].qualifier == "at_least"]
        highs = [number(p[0].value) for p in cands if p[0].qualifier == "at_most"]
        lo = max((x for x in lows if x is not None), default=None)
        hi = min((x for x in highs if x is not None), default=None)

        def within(c: StoredClaim) -> bool:
            n = number(c.value)
            return n is not None and (lo is None or n >= lo) and (hi is None or n <= hi)

        for wanted in (("exact", None), ("approx",)):
            points = [p for p in cands if p[0].qualifier in wanted and within(p[0])]
            if points:
                return points
        bounds = [p for p in cands if p[0].qualifier in ("at_least", "at_most")]
        return bounds or cands
    if kind == "tally":
        complete = [
            p for p in cands if (t := parse_tally(p[0].value, rules.council_size, p[0].attrs)) and t.complete
        ]
        cands = complete or cands
    if kind == "date":
        finest = max(len(str(p[2])) for p in cands)
        cands = [p for p in cands if len(str(p[2])) == finest]
    best_rank = min(_QUALIFIER_RANK.get(p[0].qualifier, 1) for p in cands)
    return [p for p in cands if _QUALIFIER_RANK.get(p[0].qualifier, 1) == best_rank]


def _latest_statements(cands: list[_Cand]) -> list[_Cand]:
    """Of statements about the same as-of date, keep only the latest published ones."""
    latest: dict[str, str] = {}
    for p in cands:
        c = p[0]
        if c.as_of and c.published and c.published > latest.get(c.as_of, ""):
            latest[c.as_of] = c.published
    return [p for p in cands if not (p[0].as_of and p[0].published) or p[0].published >= latest[p[0].as_of]]


def _most_sources(cands: list[_Cand]) -> list[_Cand]:
    """Keep the values stated by the most independent sources."""
    support: dict[Hashable, set[int]] = {}
    for p in cands:
        support.setdefault(p[2], set()).add(p[1])
    top = max(len(s) for s in support.values())
    winners = {k for k, s in support.items() if len(s) == top}
    return [p for p in cands if p[2] in winners]


def _median(cands: list[_Cand], kind: str) -> tuple[Hashable, str, list[StoredClaim]]:
    """The lower median of one value per (source, value) — always a value someone stated.

    Statuses take the newest statement ("latest"); values that do not order (tallies,
    categories) fall to the first in sorted order ("tie").
    """
    pairs = sorted({(p[2], p[1]) for p in cands}, key=lambda p: (str(p[0]), p[1]))
    if kind == "number":
        chosen = statistics.median_low([k for k, _ in pairs])  # type: ignore[type-var]
        how = "median"
    elif kind == "date":
        ordered = sorted((k for k, _ in pairs), key=lambda k: parse_date(k).first)  # type: ignore[union-attr]
        chosen = ordered[(len(ordered) - 1) // 2]
        how = "median"
    elif kind == "status":
        # A status moves on (willing → pledged → deployed): the newest statement stands.
        newest = max(cands, key=lambda p: (*_recency(p[0]), str(p[2])))
        chosen = newest[2]
        how = "latest"
    else:
        chosen = min((k for k, _ in pairs), key=str)
        how = "tie"
    return chosen, how, [p[0] for p in cands if p[2] == chosen]


def _recency(c: StoredClaim) -> tuple:
    span = claim_date(c)
    return (span.last if span else date.min, c.published or "")


def _label(measure: str, subj: str | None, claims: Sequence[StoredClaim]) -> str | None:
    if subj is None:
        return None
    if measure in ("council.vote", "council.adopted"):
        return f"resolution {subj}"
    if len(subj) == 3 and subj.isupper():
        return country_label(subj)
    named = Counter(str(c.subject).strip() for c in claims if c.subject)
    if not named:
        return subj
    return sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _fact_id(key: tuple, first: str | None) -> str:
    base, scoped = key[:6], tuple(k for k in key[6:] if k is not None)  # ids of unscoped facts unchanged
    raw = "|".join("" if k is None else str(k) for k in (*base, first, *scoped))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def build_fact(key: tuple, claims: list[StoredClaim], rules: Rules) -> Fact:
    """One fact from the claims of one key and window."""
    mission, measure, subj, res, unit, _extra, scope, component = key
    kind = kind_of(measure)
    comps = source_components(claims, rules)
    keys = [value_key(c, rules) for c in claims]
    official = rules.official_of(claims)
    cands: list[_Cand] = [
        (c, comp, k, o) for c, comp, k, o in zip(claims, comps, keys, official, strict=True) if k is not None
    ]
    best_key, decided_by, chosen = _choose(cands, kind, rules)
    flags = sorted({f for c in chosen for f in c.flags if f in ("summed", "target_not_deployed")})
    if chosen and decided_by == "agreement" and all("summed" in c.flags for c in chosen):
        decided_by = "components"  # the text gives only the parts: the total is their sum
    mission = fact_mission(mission, claims)
    value_keys = {k for k in keys if k is not None}
    low = high = None
    if kind == "number":
        ordered_values = sorted(value_keys)  # type: ignore[type-var]
        if ordered_values:
            low, high = plain(ordered_values[0]), plain(ordered_values[-1])  # type: ignore[arg-type]
        values: list[FactValue] = [plain(v) for v in ordered_values]  # type: ignore[arg-type]
    elif kind == "date":
        ordered = sorted(value_keys, key=lambda k: (parse_date(k).first, str(k)))  # type: ignore[union-attr]
        values = list(ordered)  # type: ignore[arg-type]
        if ordered:
            low, high = ordered[0], ordered[-1]  # type: ignore[assignment]
    else:
        values = sorted((_display(kind, k, claims, rules, keys) for k in value_keys), key=str)
    best_spans = [s for c in chosen if (s := claim_date(c))]
    as_of = max(best_spans, key=lambda s: (s.last, len(s.text))).text if best_spans else None
    first, last = date_bounds(claims)
    qualifiers = sorted({c.qualifier for c in chosen}, key=lambda q: (_QUALIFIER_RANK.get(q, 1), str(q)))
    disputed = any_disagreement(claims, rules, keys=keys)
    fact = Fact(
        id=_fact_id(key, first),
        mission=mission,
        measure=measure,
        subject=subj,
        subject_label=_label(measure, subj, claims),
        resolution=res if res else (subj if measure in ("council.vote", "council.adopted") else None),
        unit=unit,
        scope=scope,
        component=component,
        kind=kind,
        as_of=as_of,
        as_of_first=first,
        as_of_last=last,
        low=low,
        best=_display(kind, best_key, claims, rules, keys) if best_key is not None else None,
        high=high,
        qualifier=qualifiers[0] if qualifiers else None,
        values=values,
        sources=len(set(comps)),
        decided_by=decided_by,
        conflict=disputed,
        official=any(official),
        flags=flags,
        notes=_notes(flags, chosen),
        reviewed=_reviewed(decided_by, chosen),
        claims=claims,
    )
    if disputed:
        sides = value_sides(kind, claims, keys, comps, official, rules)
        fact._sides = (sides, one_source(sides, comps))
    return fact


def fact_mission(mission: str | None, claims: Sequence[StoredClaim]) -> str | None:
    """A fact's mission: its key's, else the one most of its claims name (a Council vote is
    keyed without one) — apart from ``build_fact`` so that a window's series is known before
    its fact is built (``reconcile.newest``)."""
    if mission is not None:
        return mission
    missions = Counter(m for c in claims if (m := mission_key(c.mission)))
    return sorted(missions.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if missions else None


def date_bounds(claims: Sequence[StoredClaim]) -> tuple[str | None, str | None]:
    """A fact's ``as_of_first`` and ``as_of_last`` from its claims' dates (a window's id and its
    rank as a series' newest, known before its fact is built: ``reconcile.newest``)."""
    spans = [s for c in claims if (s := claim_date(c))]
    if not spans:
        return None, None
    first = min(spans, key=lambda s: (s.first, s.text))
    last = max(spans, key=lambda s: (s.last, len(s.text)))
    return first.text, last.text


def _reviewed(decided_by: str, chosen: Sequence[StoredClaim]) -> str | None:
    """Who stands behind the best value: who pinned it, corrected it, or added it."""
    marks = [review_of(c) for c in chosen]
    for how, key in (("pinned", "pinned_by"), ("corrected", "corrected_by"), ("added", "added_by")):
        if how == "pinned" and decided_by != "pinned":
            continue
        names = sorted({str(m[key]) for m in marks if m.get(key)})
        if names:
            return f"{how} by {', '.join(names)}"
    return None


def _notes(flags: list[str], chosen: Sequence[StoredClaim]) -> list[str]:
    notes = []
    if "summed" in flags:
        parts = next((c.attrs.get("components") for c in chosen if "summed" in c.flags), None) or {}
        notes.append("the text gives only parts: " + " + ".join(f"{v} {k}" for k, v in parts.items()))
    if "target_not_deployed" in flags:
        notes.append("the sentence gives this figure as a target or design strength, not as deployed")
    return notes


def _known_by(c: StoredClaim, cutoff: str) -> bool:
    """Whether a claim was public on ``cutoff``: published by then (or, undated, about a date by then)."""
    when = c.published or c.as_of
    if not when:
        return True
    n = min(len(when), len(cutoff))
    return when[:n] <= cutoff[:n]


def reconcile(
    claims: Iterable[StoredClaim], rules: Rules | None = None, *, as_of: str | None = None
) -> list[Fact]:
    """Group claims into facts and choose each fact's best value.

    ``as_of`` keeps only what was public on that date (claims published by then), so the record
    can be read as it stood. Every kept claim lands in exactly one fact; facts come sorted by
    mission, measure, subject and date, whatever order the claims came in. Raises ValueError
    when ``as_of`` is not an ISO date.
    """
    rules = rules or Rules()
    if as_of is not None and parse_date(as_of) is None:
        raise ValueError(f"as_of must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {as_of!r}")
    kept = [c for c in claims if not (as_of and not _known_by(c, as_of))]
    groups = group(kept)
    facts: list[Fact] = []
    for key in groups:
        facts.extend(facts_of_key(key, groups[key], rules))
    return finish(facts, rules)


def group(claims: Iterable[StoredClaim]) -> dict[tuple, list[StoredClaim]]:
    """Claims prepared (scopes, components, sums) and grouped by fact key, in the order they came.

    ``prepare`` only looks at the claims of one document at a time, so grouping the claims of some
    documents gives those documents' share of every key, whatever other documents hold — which is
    what lets the ledger's materialized facts recompute one key from the documents that touch it.
    """
    groups: dict[tuple, list[StoredClaim]] = {}
    for c in prepare(claims):
        groups.setdefault(group_key(c), []).append(c)
    return groups


def window_days(key: tuple, rules: Rules) -> int | None:
    """Days one fact of this key may span (None: one fact for the whole key)."""
    measure = key[1]
    days = rules.window_for(measure)
    number_known = key[2] if measure in ("council.vote", "council.adopted") else key[3]
    if measure in RESOLUTION_MEASURES and number_known is None:
        days = UNNUMBERED_WINDOW  # "the Council renewed the mission on Monday": one vote per few days
    return days


def facts_of_key(key: tuple, claims: list[StoredClaim], rules: Rules) -> list[Fact]:
    """The facts of one key: its claims cut into as-of windows, one fact per window (no checks yet)."""
    return [build_fact(key, w[3], rules) for w in windows(claims, window_days(key, rules))]


def fact_order(f: Fact) -> tuple:
    """The order ``reconcile`` returns facts in."""
    return (
        f.mission or "",
        f.measure,
        f.subject or "",
        f.resolution or "",
        f.unit or "",
        f.scope or "",
        f.component or "",
        f.as_of_first or "",
        f.id,
    )


def finish(facts: list[Fact], rules: Rules) -> list[Fact]:
    """Sort facts and run the checks across them (``reconcile/checks.py``); modifies the facts."""
    facts.sort(key=fact_order)
    check_against_totals(facts, rules)
    expiry_from_record(facts)
    return facts


def latest(facts: Iterable[Fact]) -> list[Fact]:
    """The most recent fact of each series (mission, measure, subject, unit): where things stand —
    by ``ledger.facts.newest_rank`` (its last date's last day, the finer date, its id)."""
    newest: dict[tuple, Fact] = {}
    for f in facts:
        extra = fold(str(f.best)) if f.measure == "quote" else None
        k = (*f.key, extra)
        cur = newest.get(k)
        if cur is None or newest_rank(f.as_of_last, f.id) > newest_rank(cur.as_of_last, cur.id):
            newest[k] = f
    return sorted(
        newest.values(),
        key=lambda f: (f.mission or "", f.measure, f.subject or "", f.as_of_first or "", f.id),
    )
