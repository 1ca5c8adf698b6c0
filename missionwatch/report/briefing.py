"""The one-page briefing on a mission: where it stands, with every number tied to its sources.

``build_briefing`` turns the claims of one mission into a ``Briefing`` — mandate, strength, money,
situation, what changed, statements and open conflicts — and numbers every source it cites, so the
Markdown and HTML forms and the web overview all show the same figures with the same footnotes.
The model is plain Pydantic: the web layer serves it as the JSON twin of the page as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel, Field

from missionwatch import measures
from missionwatch.errors import InputError, NotFoundError
from missionwatch.models import StoredClaim
from missionwatch.reconcile.normalise import resolution_number, subject_key
from missionwatch.report.backend import Backend, FactView, as_number, fact_view
from missionwatch.report.format import parse_date, percent, range_text, value_text

SITUATION_MEASURES = measures.names(group="situation")
STRENGTH_MEASURES = ("personnel.deployed", "personnel.target", "personnel.pledged")
MONEY_MEASURES = measures.names(group="funding")
MAX_REFS = 6  # footnotes shown per figure; the rest are counted in ``more``
LATEST_LIMIT = 8  # figures in *Latest reports*
STATEMENT_LIMIT = 8  # quotes in *Statements*


class Source(BaseModel):
    """A footnote: the sentence that states a figure and where it was published."""

    n: int
    claim_id: int | None = None
    document_id: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    sentence: str = ""
    link: str = Field(description="Path of the document view, anchored at the claim's sentence")


class Figure(BaseModel):
    """One reconciled number as shown: best value, its range when sources disagree, its footnotes."""

    measure: str
    subject: str | None = None
    value: Any = None
    low: Any = None
    high: Any = None
    unit: str | None = None
    qualifier: str | None = None
    as_of: str | None = None
    text: str
    range: str | None = None
    conflict: bool = False
    decided_by: str | None = None
    refs: list[int] = Field(default_factory=list)
    more: int = 0
    link: str | None = None
    derived: bool = Field(default=False, description="Summed from the rows rather than stated")
    reviewed: str | None = Field(default=None, description="'corrected by NAME', 'pinned by NAME'…")


class Resolution(BaseModel):
    number: str
    date: str | None = None
    tally: str | None = None
    votes: dict[str, str] = Field(default_factory=dict)
    expiry: str | None = None
    summary: str | None = None
    refs: list[int] = Field(default_factory=list)
    source_url: str | None = Field(default=None, description="The Council record the row rests on")
    source_title: str | None = None


class Mandate(BaseModel):
    resolutions: list[Resolution] = Field(default_factory=list)
    expiry: Figure | None = None
    days_left: int | None = Field(default=None, description="None once the mission was succeeded")
    succeeded_by: str | None = Field(default=None, description="The successor's code, once it has started")
    succeeded_by_name: str | None = None
    succeeded_on: str | None = Field(default=None, description="The day the successor started")


PERSONNEL_CATEGORIES = frozenset(
    {
        "military",
        "police",
        "formed police units",
        "corrections",
        "civilian",
        "military observers and staff officers",
        "uniformed",
    }
)


class StrengthRow(BaseModel):
    subject: str | None
    category: bool = Field(default=False, description="A kind of personnel rather than a contributor")
    deployed: Figure | None = None
    target: Figure | None = None
    pledged: Figure | None = None
    pct_of_target: float | None = None


class TrendPoint(BaseModel):
    date: str
    value: float
    ref: int
    link: str


class Strength(BaseModel):
    total: StrengthRow
    rows: list[StrengthRow] = Field(default_factory=list)
    trend: list[TrendPoint] = Field(default_factory=list)


class MoneyRow(BaseModel):
    subject: str | None
    pledged: Figure | None = None
    contributed: Figure | None = None
    required: Figure | None = None
    withheld: Figure | None = None


class Money(BaseModel):
    total: MoneyRow
    rows: list[MoneyRow] = Field(default_factory=list)
    pct_contributed: float | None = None


class Change(BaseModel):
    measure: str
    subject: str | None = None
    before: Figure | None = None
    after: Figure


class Statement(BaseModel):
    speaker: str | None
    role: str | None = None
    quote: str
    published: str | None = None
    ref: int
    link: str


class Conflict(BaseModel):
    measure: str
    subject: str | None = None
    best: Figure
    claims: list[Figure] = Field(default_factory=list)
    more: int = Field(default=0, description="Further values the sources give, not shown here")


class Briefing(BaseModel):
    mission: str
    mission_name: str
    as_of: str
    since: str | None = None
    generated_at: str
    mandate: Mandate
    strength: Strength
    money: Money
    situation: list[Figure] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    latest: list[Figure] = Field(default_factory=list, description="The newest claims, newest first")
    conflicts: list[Conflict] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    claim_count: int = 0

    def figures(self) -> Iterator[Figure]:
        """Every figure the briefing shows, in every section."""
        yield from (f for f in [self.mandate.expiry] if f is not None)
        for row in [self.strength.total, *self.strength.rows]:
            yield from (f for f in (row.deployed, row.target, row.pledged) if f is not None)
        for mrow in [self.money.total, *self.money.rows]:
            yield from (f for f in (mrow.pledged, mrow.contributed, mrow.required, mrow.withheld) if f)
        yield from self.situation
        for change in self.changes:
            yield from (f for f in (change.before, change.after) if f is not None)
        yield from self.latest
        for con in self.conflicts:
            yield con.best
            yield from con.claims

    def footnoted(self) -> set[int]:
        """The source numbers a footnote mark cites (figures, resolutions, statements). The trend's
        points cite theirs through their links only: a page may list those sources elsewhere."""
        cited = {n for f in self.figures() for n in f.refs}
        cited.update(n for r in self.mandate.resolutions for n in r.refs)
        cited.update(st.ref for st in self.statements)
        return cited


def claim_link(claim: StoredClaim) -> str:
    """Where a figure leads: the document view, scrolled to the claim's highlighted sentence."""
    anchor = f"#claim-{claim.id}" if claim.id is not None else ""
    return f"/documents/{claim.document_id}{anchor}"


class Notes:
    """Numbers sources in order of first citation, one number per claim (the briefing cites the
    trend's points last, so the sources a footnote mark cites come first)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[Any, ...], Source] = {}

    def ref(self, claim: StoredClaim) -> int:
        key = (
            (claim.id,)
            if claim.id is not None
            else (claim.document_id, claim.start, claim.end, claim.measure)
        )
        found = self._by_key.get(key)
        if found is None:
            found = Source(
                n=len(self._by_key) + 1,
                claim_id=claim.id,
                document_id=claim.document_id,
                outlet=claim.outlet,
                published=claim.published,
                url=claim.url,
                title=claim.title,
                sentence=claim.sentence,
                link=claim_link(claim),
            )
            self._by_key[key] = found
        return found.n

    def sources(self) -> list[Source]:
        return sorted(self._by_key.values(), key=lambda s: s.n)


def _newest_first(claims: Iterable[StoredClaim]) -> list[StoredClaim]:
    return sorted(claims, key=lambda c: (c.published or "", c.confidence, c.id or 0), reverse=True)


def figure(fact: FactView, notes: Notes) -> Figure:
    cited = _newest_first(fact.claims)
    refs = [notes.ref(c) for c in cited[:MAX_REFS]]
    return Figure(
        measure=fact.measure,
        subject=fact.display,
        value=fact.best,
        low=fact.low,
        high=fact.high,
        unit=fact.unit,
        qualifier=fact.qualifier,
        as_of=fact.as_of,
        text=value_text(fact.best, fact.unit, fact.qualifier),
        range=range_text(fact.low, fact.high, fact.unit),
        conflict=fact.conflict,
        decided_by=fact.decided_by,
        reviewed=fact.reviewed,
        refs=refs,
        more=max(0, (len(cited) if fact.claim_count is None else fact.claim_count) - MAX_REFS),
        link=claim_link(cited[0]) if cited else None,
    )


def claim_figure(claim: StoredClaim, notes: Notes) -> Figure:
    """A single claim shown as a figure (in conflicts, every side is one)."""
    return Figure(
        measure=claim.measure,
        subject=claim.subject,
        value=claim.value,
        unit=claim.unit,
        qualifier=claim.qualifier,
        as_of=claim.as_of,
        text=value_text(claim.value, claim.unit, claim.qualifier),
        refs=[notes.ref(claim)],
        link=claim_link(claim),
    )


def _summed(measure: str, figures: list[Figure]) -> Figure | None:
    """A total from per-subject rows when no source states one: only rows in the commonest unit."""
    nums = [(f, n) for f in figures if (n := as_number(f.value)) is not None]
    if not nums:
        return None
    units: defaultdict[str | None, int] = defaultdict(int)
    for f, _ in nums:
        units[f.unit] += 1
    unit = max(units, key=lambda u: units[u])
    chosen = [(f, n) for f, n in nums if f.unit == unit]
    total = sum(n for _, n in chosen)
    refs = sorted({r for f, _ in chosen for r in f.refs})
    return Figure(
        measure=measure,
        value=total,
        unit=unit,
        text=value_text(total, unit),
        refs=refs,
        derived=True,
        link=chosen[0][0].link,
    )


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def known_by(claims: Iterable[StoredClaim], when: str) -> list[StoredClaim]:
    """The claims published on or before ``when`` (undated documents count as always known)."""
    return [c for c in claims if not c.published or c.published[:10] <= when]


# Measures whose facts a briefing never reads: its *Statements* list quotes from their claims, and
# a quote's fact is never in conflict (its key is its folded words: ``tests/test_newest.py``) — yet
# quotes were 12,916 of the 14,177 facts built for a page at 2026-06-30 at 1,000,009 claims. Nor
# roles: a statement's role is the newest role claim of its speaker (``_statements``), a role
# evolves (a status: ``compare.claims_disagree`` never puts it in conflict) and no table reads one
# — a page at a date later reports follow read and reconciled 18,556 role claims of MSS at
# 1,000,009 claims for none of it (bench/serve.md, thirty-third round).
UNREAD_FACTS = frozenset({"quote", "role"})


def fact_claims(claims: Iterable[StoredClaim]) -> list[StoredClaim]:
    """The claims whose facts a briefing reads (not ``UNREAD_FACTS``'): a fact is built from the
    claims of its own measure only, so the others' facts come out the same without them."""
    return [c for c in claims if c.measure not in UNREAD_FACTS]


# Scopes that stand for the measure in a briefing's tables (the fund's money is the mission's money;
# a period toll is the toll); increments, single incidents, parts and components never do.
_TABLE_SCOPES = (None, "fund", "period")


class _Index:
    def __init__(self, facts: list[FactView], mission: str) -> None:
        self.by_key: dict[tuple[str, str | None], FactView] = {}
        for f in facts:
            if f.mission not in (mission, None) or f.component or f.scope not in _TABLE_SCOPES:
                continue
            cur = self.by_key.get((f.measure, f.subject))
            if cur is not None:
                # a mission-specific fact beats a country-context one with the same key
                if f.mission is None and cur.mission is not None:
                    continue
                # of two scopes, the newer figure; on the same date, the plain one
                if (cur.mission is None) == (f.mission is None) and (f.as_of or "", f.scope is None) < (
                    cur.as_of or "",
                    cur.scope is None,
                ):
                    continue
            self.by_key[(f.measure, f.subject)] = f

    def get(self, measure: str, subject: str | None) -> FactView | None:
        return self.by_key.get((measure, subject))

    def of(self, measures: Iterable[str]) -> list[FactView]:
        wanted = set(measures)
        return [f for (m, _), f in self.by_key.items() if m in wanted]


def _strength(index: _Index, notes: Notes) -> Strength:
    rows: dict[str | None, StrengthRow] = {}
    for fact in index.of(STRENGTH_MEASURES):
        category = (fact.subject or "").lower() in PERSONNEL_CATEGORIES
        row = rows.setdefault(fact.subject, StrengthRow(subject=fact.display, category=category))
        setattr(row, fact.measure.split(".")[1], figure(fact, notes))
    total = rows.pop(None, StrengthRow(subject=None))
    # contributors first, most deployed first; then the personnel categories
    ordered = sorted(
        rows.values(),
        key=lambda r: (r.category, -(as_number(r.deployed.value) or 0) if r.deployed else 0, str(r.subject)),
    )
    for row in [total, *ordered]:
        if row.deployed and row.target:
            row.pct_of_target = percent(as_number(row.deployed.value), as_number(row.target.value))
    if total.deployed is None:  # contributors only: categories split the same people another way
        total.deployed = _summed(
            "personnel.deployed", [r.deployed for r in ordered if r.deployed and not r.category]
        )
        if total.deployed and total.target:
            total.pct_of_target = percent(as_number(total.deployed.value), as_number(total.target.value))
    return Strength(total=total, rows=ordered)


def on_trend(fact: Any) -> bool:
    """Whether a fact (a ``reconcile.Fact`` or a ``FactView``) is a point of the strength trend: the
    mission's deployed total in one as-of window (no contributor, part or increment), as a
    timeline's mission-wide series (``reconcile.timeline.points``)."""
    return (
        fact.measure == "personnel.deployed"
        and fact.subject is None
        and not fact.component
        and fact.scope != "increment"
        and as_number(fact.best) is not None
        and bool(fact.as_of)
    )


def on_trend_key(key: tuple) -> bool:
    """Whether a fact key's windows (``reconcile.facts.group_key``) can be points of the strength
    trend (``on_trend``): the deployed total's, of no contributor, component or increment."""
    _mission, measure, subject, _res, _unit, _extra, scope, component = key
    return measure == "personnel.deployed" and subject is None and not component and scope != "increment"


def trend_facts(claims: list[StoredClaim]) -> list[FactView]:
    """The strength trend's facts reconciled from these claims (every as-of window, not only the
    newest): what the ledger stores for them (``report.data.briefing_inputs`` reads those)."""
    from missionwatch.reconcile import reconcile

    deployed = [c for c in claims if c.measure in ("personnel.deployed", "personnel.target")]
    return [fact_view(f) for f in reconcile(deployed) if on_trend(f)]


def _trend(facts: list[FactView], notes: Notes) -> list[TrendPoint]:
    """Deployed over time from the reconciled windows of the mission's total (``on_trend``), one
    point a day — the median best if several meet on a day, so one outlier cannot bend the line
    — citing the newest claim of its fact. It was drawn from every deployed claim of the mission
    (56,844 read and built for a first overview at 1,000,009 claims: bench/serve.md)."""
    by_date: dict[str, list[FactView]] = defaultdict(list)
    for f in facts:
        if on_trend(f) and f.claims:
            by_date[str(f.as_of)[:10]].append(f)
    trend = []
    for when in sorted(by_date):
        group = sorted(by_date[when], key=lambda f: as_number(f.best) or 0)
        chosen = group[(len(group) - 1) // 2]
        cited = _newest_first(chosen.claims)[0]
        trend.append(
            TrendPoint(
                date=when,
                value=as_number(chosen.best) or 0.0,
                ref=notes.ref(cited),
                link=claim_link(cited),
            )
        )
    return trend


def _money(index: _Index, notes: Notes) -> Money:
    rows: dict[str | None, MoneyRow] = {}
    for fact in index.of(MONEY_MEASURES):
        row = rows.setdefault(fact.subject, MoneyRow(subject=fact.display))
        setattr(row, fact.measure.split(".")[1], figure(fact, notes))
    total = rows.pop(None, MoneyRow(subject=None))
    ordered = sorted(rows.values(), key=lambda r: str(r.subject))
    for name in ("pledged", "contributed", "withheld"):
        if getattr(total, name) is None:
            setattr(
                total,
                name,
                _summed(f"funding.{name}", [getattr(r, name) for r in ordered if getattr(r, name)]),
            )
    pct = None
    if total.contributed and total.required and total.contributed.unit == total.required.unit:
        pct = percent(as_number(total.contributed.value), as_number(total.required.value))
    return Money(total=total, rows=ordered, pct_contributed=pct)


def resolution_key(number: str) -> str:
    """The subject of the fact a resolution's votes are filed in (``normalise.subject_key``): a
    vote cites resolution "2699" whether its text says "resolution 2699", "Resolution 2699" or
    "S/RES/2699 (2023)" — and what a briefing cites is what the stored facts hold."""
    return resolution_number(number) or number


def _mandate(
    index: _Index, resolutions: list[Any], claims: list[StoredClaim], notes: Notes, as_of: str
) -> Mandate:
    votes_by_res: dict[str | None, list[StoredClaim]] = defaultdict(list)
    for c in claims:
        if c.measure in ("council.vote", "council.adopted"):
            votes_by_res[subject_key(c.measure, c.subject, c.resolution)].append(c)
    out = []
    for r in resolutions:
        if r.date and r.date[:10] > as_of:
            continue  # adopted after the briefing's date: not known then
        cited = _newest_first(votes_by_res.get(resolution_key(r.number), []))[:MAX_REFS]
        out.append(
            Resolution(
                number=r.number,
                date=r.date,
                tally=r.tally,
                votes=r.votes,
                expiry=r.expiry,
                summary=r.summary,
                refs=[notes.ref(c) for c in cited],
                source_url=r.source_url,
                source_title=r.source_title,
            )
        )
    expiry_fact = index.get("mandate.expiry", None)
    expiry = figure(expiry_fact, notes) if expiry_fact else None
    if expiry is None:
        dated = [r for r in out if r.expiry]
        if dated:
            last = max(dated, key=lambda r: r.expiry or "")
            expiry = Figure(
                measure="mandate.expiry",
                value=last.expiry,
                text=str(last.expiry),
                refs=last.refs,
                derived=True,
                decided_by=f"resolution {last.number}",
            )
    days_left = None
    if expiry is not None:
        end_text = str(expiry.value)
        if len(end_text) < 10:  # "2025-10": the Council record has the day
            end_text = next(
                (r.expiry for r in reversed(out) if r.expiry and r.expiry.startswith(end_text)), end_text
            )
        end, now = parse_date(end_text), parse_date(as_of)
        if end and now:
            days_left = (end - now).days
    return Mandate(resolutions=out, expiry=expiry, days_left=days_left)


def _statements(claims: list[StoredClaim], notes: Notes, limit: int = STATEMENT_LIMIT) -> list[Statement]:
    # a speaker's role is the newest of the fact of their name (``normalise.subject_key``: folded)
    roles: dict[str, str] = {}
    for c in _newest_first(c for c in claims if c.measure == "role"):
        name = subject_key("role", c.subject)
        if name and c.value and name not in roles:
            roles[name] = str(c.value)
    out = []
    for c in _newest_first(c for c in claims if c.measure == "quote" and c.value)[:limit]:
        out.append(
            Statement(
                speaker=c.subject,
                role=roles.get(subject_key("role", c.subject) or ""),
                quote=str(c.value),
                published=c.published,
                ref=notes.ref(c),
                link=claim_link(c),
            )
        )
    return out


LATEST_SKIP = {"quote", "role", "contributor", "donor", "mission.lead", "council.member_vote"}


def _latest(claims: list[StoredClaim], notes: Notes, limit: int = LATEST_LIMIT) -> list[Figure]:
    """The newest figures reported, one per measure and subject: what the news said last."""
    out: list[Figure] = []
    seen: set[tuple[str, str | None]] = set()
    for c in _newest_first(c for c in claims if c.measure not in LATEST_SKIP and c.published):
        if (c.measure, c.subject) in seen:
            continue
        seen.add((c.measure, c.subject))
        fig = claim_figure(c, notes)
        fig.as_of = c.as_of or c.published
        out.append(fig)
        if len(out) == limit:
            break
    return out


def _conflicts(index: _Index, notes: Notes) -> list[Conflict]:
    out = []
    for fact in index.by_key.values():
        if not fact.conflict:
            continue
        seen: set[str] = set()
        sides = []
        for c in _newest_first(fact.claims):
            text = value_text(c.value, c.unit, c.qualifier)
            if text not in seen:
                seen.add(text)
                sides.append(c)
        # only the sides shown are numbered: a source no mark cites would be a footnote to nothing
        shown = [claim_figure(c, notes) for c in sides[:MAX_REFS]]
        out.append(
            Conflict(
                measure=fact.measure,
                subject=fact.display,
                best=figure(fact, notes),
                claims=shown,
                more=(len(sides) if fact.side_count is None else fact.side_count) - len(shown),
            )
        )
    return sorted(out, key=lambda c: (c.measure, str(c.subject)))


def _changes(before: _Index, after: _Index, notes: Notes) -> list[Change]:
    interesting = (*STRENGTH_MEASURES, *MONEY_MEASURES, *SITUATION_MEASURES, "mandate.expiry")
    out = []
    for key, fact in after.by_key.items():
        if key[0] not in interesting:
            continue
        old = before.by_key.get(key)
        if old is not None and str(old.best) == str(fact.best):
            continue
        out.append(
            Change(
                measure=fact.measure,
                subject=fact.display,
                before=figure(old, notes) if old else None,
                after=figure(fact, notes),
            )
        )
    return sorted(out, key=lambda c: (c.measure, str(c.subject)))


def build_briefing(
    mission: str,
    claims: list[StoredClaim],
    *,
    as_of: str | None = None,
    since: str | None = None,
    backend: Backend | None = None,
    facts: list[FactView] | None = None,
    claim_count: int | None = None,
    lists: bool = True,
    trend: list[FactView] | None = None,
) -> Briefing:
    """The briefing of ``mission`` from its claims (and the country-context claims with no mission).

    ``as_of`` hides documents published later; ``since`` fills *What changed* by comparing the
    facts known then with the facts known at ``as_of``. Raises ``NotFoundError`` for an unknown
    mission. ``facts`` and ``claim_count``, when given, stand for reconciling and counting the
    claims: ``claims`` then need only hold what the page lists beside its facts
    (``report.data.briefing_inputs``). ``lists=False`` leaves out what a status check never
    reads (statements, latest reports, conflicts: ``report.alerts``). ``trend``: the strength
    trend's facts read already (the stored windows, ``report.data.briefing_inputs``); otherwise
    reconciled from the claims (``trend_facts``).
    """
    backend = backend or Backend()
    found = backend.mission(mission)
    if found is None:
        raise NotFoundError(f"no mission called {mission!r}; try `missionwatch kb missions`", input=mission)
    as_of = (as_of or today())[:10]
    if parse_date(as_of) is None or (since and parse_date(since) is None):
        raise InputError("dates must be written YYYY-MM-DD", input=f"{as_of} / {since}")
    known = known_by(claims, as_of)
    notes = Notes()
    index = _Index(facts if facts is not None else backend.facts(fact_claims(known), as_of=as_of), found.code)
    mandate = _mandate(index, backend.resolution_list(found.code), known, notes, as_of)
    successor = backend.mission(found.successor) if found.successor else None
    if successor is not None and successor.start and successor.start[:10] <= as_of:
        # superseded (MSS → GSF by resolution 2793): its clock stops, its page points on
        mandate.succeeded_by, mandate.succeeded_by_name = successor.code, successor.name
        mandate.succeeded_on, mandate.days_left = successor.start[:10], None
    strength = _strength(index, notes)
    money = _money(index, notes)
    situation = sorted(
        (figure(f, notes) for f in index.of(SITUATION_MEASURES)), key=lambda f: (f.measure, str(f.subject))
    )
    changes: list[Change] = []
    if since:
        before = _Index(backend.facts(fact_claims(known_by(claims, since)), as_of=since), found.code)
        changes = _changes(before, index, notes)
    statements = _statements(known, notes) if lists else []
    latest = _latest(known, notes) if lists else []
    conflicts = _conflicts(index, notes) if lists else []
    strength.trend = _trend(trend if trend is not None else trend_facts(known), notes)
    return Briefing(
        mission=found.code,
        mission_name=found.name,
        as_of=as_of,
        since=since,
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        mandate=mandate,
        strength=strength,
        money=money,
        situation=situation,
        changes=changes,
        statements=statements,
        latest=latest,
        conflicts=conflicts,
        sources=notes.sources(),
        claim_count=len(known) if claim_count is None else claim_count,
    )


def as_date(text: str) -> date:
    """Parse a YYYY-MM-DD option, for the CLI and the web layer."""
    return date.fromisoformat(text)
