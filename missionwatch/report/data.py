"""Reading what a report needs from the ledger: one mission's claims and the country context.

Humanitarian figures (displacement, people in need, killings) are usually stated about the
country rather than the mission, so they are stored with no mission; a mission's briefing reads
them beside the mission's own claims.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from missionwatch import measures
from missionwatch.ledger.facts import REF_FIELDS
from missionwatch.models import StoredClaim
from missionwatch.report.alerts import NOT_FIGURES, Alert
from missionwatch.report.alerts import SOURCES as ALERT_SOURCES
from missionwatch.report.backend import Backend, FactView, fact_view
from missionwatch.report.briefing import (
    LATEST_LIMIT,
    LATEST_SKIP,
    MAX_REFS,
    SITUATION_MEASURES,
    UNREAD_FACTS,
)

PEOPLE_MEASURES = measures.names(group="people")
# the claims of a stored fact a briefing or an alert shows (``materialized.shown``): a figure's
# footnotes (``briefing.MAX_REFS``, newest first) and an alert's first three sources
SHOWN = max(MAX_REFS, 3)


def unfiled_claims(ledger: Any) -> dict[str, list[StoredClaim]]:
    """The claims that name no mission of the measures every mission's claims take some of
    (``SITUATION_MEASURES`` all, ``PEOPLE_MEASURES`` those of its documents), by measure."""
    return {
        measure: ledger.reviewed_claims(measure=measure, unfiled=True)
        for measure in [*SITUATION_MEASURES, *PEOPLE_MEASURES]
    }


def mission_claims(
    ledger: Any,
    code: str,
    unfiled: dict[str, list[StoredClaim]] | None = None,
    *,
    public_by: str | None = None,
) -> list[StoredClaim]:
    """The mission's claims, the situation claims that name no mission, and the quotes and roles
    (naming no mission) of the documents that speak of it — as the reviews leave them.
    ``unfiled``: ``unfiled_claims`` read already (an alert list reads them once for every
    mission, not once a mission). ``public_by``: without the stored claims of the documents
    published after that date (``Ledger.reviewed_claims``), for ``reconcile`` at that date only
    (a document's quotes and roles go with its mission claims: one publication date).
    Without ``unfiled``, the database leaves out the claims filed under other missions and the
    quotes and roles of documents that do not speak of the mission (``Ledger.reviewed_claims``'
    ``unfiled`` and ``speaking_of``): they are never built, and the list is the one filtering
    every claim of those measures here gave (``tests/test_mission_claims_sql.py``)."""
    claims = list(ledger.reviewed_claims(mission=code, public_by=public_by))

    def of(measure: str, speaking_of: str | None = None) -> list[StoredClaim]:
        if unfiled is not None:
            return unfiled[measure]
        return ledger.reviewed_claims(
            measure=measure, public_by=public_by, unfiled=True, speaking_of=speaking_of
        )

    for measure in SITUATION_MEASURES:
        claims.extend(of(measure))
    # quotes and roles rarely name the mission: take those of the documents that speak of it (the
    # ledger builds no other)
    documents = {c.document_id for c in claims if c.mission}
    for measure in PEOPLE_MEASURES:
        claims.extend(c for c in of(measure, code) if c.document_id in documents)
    return claims


def stored_mission_facts(
    ledger: Any, code: str, measures: list[str] | None = None, *, slim: bool = False
) -> list[Any]:
    """The materialized facts a briefing of the mission reads: those of ``mission_claims``'s claims
    (``reconcile.materialized``; nothing is reconciled here; ``slim``: see ``stored_facts``)."""
    from missionwatch.reconcile.materialized import stored_facts

    return stored_facts(
        ledger,
        missions=[code],
        measures=measures,
        mission_free=SITUATION_MEASURES,
        by_document=PEOPLE_MEASURES,
        slim=slim,
    )


def covers(claims: list[StoredClaim], as_of: str | None) -> bool:
    """Whether every claim was public by ``as_of`` (so the record as it stood then is the record now,
    and the materialized facts answer for it)."""
    from missionwatch.reconcile.facts import _known_by
    from missionwatch.report.briefing import known_by, today

    when = (as_of or today())[:10]
    return len(known_by(claims, when)) == len(claims) and all(_known_by(c, when) for c in claims)


def briefing_facts(
    ledger: Any, code: str, claims: list[StoredClaim], as_of: str | None
) -> list[FactView] | None:
    """The newest stored fact of each series for a briefing at ``as_of``, or None when some claim was
    published after it (then the briefing reconciles the claims known then) — its Council votes
    the mission's own (``earlier.own_votes``: a vote's stored fact holds every report's)."""
    from missionwatch.reconcile import latest
    from missionwatch.reconcile.earlier import own_votes
    from missionwatch.report.briefing import today

    if not covers(claims, as_of):
        return None
    when = (as_of or today())[:10]
    return [fact_view(f) for f in own_votes(ledger, code, when, latest(stored_mission_facts(ledger, code)))]


def stored_trend(ledger: Any, code: str) -> list[FactView]:
    """The strength trend's facts of the mission as stored (``briefing.on_trend``: every as-of
    window of its deployed total), each with the newest of its claims, read by id — not every
    deployed claim of the mission (56,844 at 1,000,009 claims, 1.1 s of a first overview)."""
    from missionwatch.reconcile.materialized import stored_windows
    from missionwatch.report.briefing import on_trend

    found = stored_windows(
        ledger, missions=[code], measures=["personnel.deployed"], few=1, keep=on_trend, totals=True
    )
    return [fact_view(f) for f in found]


def claims_by_mission(ledger: Any, backend: Backend) -> dict[str, list[StoredClaim]]:
    """Every known mission that has claims, with its claims (for alerts across missions)."""
    out = {}
    filed = ledger.missions_with_claims()
    for m in backend.mission_list():
        if m.code.upper() in filed:
            out[m.code] = mission_claims(ledger, m.code)
    return out


class NotStored(LookupError):
    """The stored facts do not answer (a claim published after the date, a queue not drained)."""


@dataclass
class BriefingInputs:
    """What ``build_briefing`` needs of the ledger for one mission and date: claims, and the facts
    and claim count standing for reconciling and counting them (None: from ``claims``)."""

    claims: list[StoredClaim]
    facts: list[FactView] | None = None
    claim_count: int | None = None
    trend: list[FactView] | None = None  # the strength trend's facts (None: from ``claims``)


def _listed(scope: Any, when: str, resolutions: list[str], votes_since: str | None) -> list[StoredClaim]:
    """The claims a briefing lists beside its facts (a superset: see ``MissionScope.newest``): the
    newest of each Council resolution's votes (its footnotes), the newest
    quotes with their speakers' roles, the newest claims of ``LATEST_LIMIT`` series, and the
    Council votes published since ``votes_since`` (for alerts)."""
    from missionwatch.reconcile.normalise import subject_key
    from missionwatch.report.briefing import MAX_REFS, STATEMENT_LIMIT, resolution_key

    # the newest of each resolution's votes and of each speaker's roles, from the facts they are
    # filed in (``briefing._mandate`` and ``briefing._statements`` group them so)
    out = scope.newest_of_each(
        COUNCIL_DECISIONS,
        {resolution_key(r) for r in resolutions},
        MAX_REFS,
        subject_key=subject_key,
        as_of=when,
    )
    quotes = scope.latest_published(
        (),
        when,
        lambda found: sum(bool(c.value) for c in found) >= STATEMENT_LIMIT,
        measures=["quote"],
        published_only=False,
    )
    speakers = {subject_key("role", c.subject) for c in quotes if c.subject}
    # a speaker's role: the newest role claim about them that has a value (briefing._statements)
    out += quotes + scope.newest_of_each(
        ["role"], speakers - {None}, 1, subject_key=subject_key, valued=True, as_of=when
    )
    out += scope.latest_published(
        sorted(LATEST_SKIP), when, lambda found: len({(c.measure, c.subject) for c in found}) >= LATEST_LIMIT
    )
    return out + _votes(scope, when, votes_since)


COUNCIL_DECISIONS = ("council.vote", "council.adopted")


def _votes(scope: Any, when: str, since: str | None) -> list[StoredClaim]:
    """The Council votes published since ``since`` (None: none), which alerts list."""
    if since is None:
        return []
    return scope.published_since(["council.vote"], since, when)


def _first_votes(scope: Any, when: str, since: str | None) -> list[StoredClaim]:
    """Of ``_votes``, what an alert list reads: the first vote of each resolution (``report.alerts``
    raises one alert per resolution, and a briefing's alerts look at its mandate's expiry, not at
    the votes it cites) — ``MissionScope.first_of_each_since``."""
    if since is None:
        return []
    return scope.first_of_each_since("council.vote", since, when)


def briefing_inputs(
    ledger: Any,
    code: str,
    as_of: str | None,
    since: str | None = None,
    *,
    backend: Backend | None = None,
    votes_since: str | None = None,
    for_alerts: bool = False,
    latest_facts: Callable[[str], list[Any]] | None = None,
    unfiled: Callable[[], dict[str, list[StoredClaim]]] | None = None,
    stored_only: bool = False,
    earlier: Callable[[str], tuple[list[Any], list[StoredClaim]]] | None = None,
) -> BriefingInputs:
    """A briefing's inputs read from the materialized facts and a few indexed claim queries,
    never a mission's claims at once — when every claim was public by ``as_of`` and no ``since``
    comparison is asked for; otherwise the claims (``mission_claims``) as before, reconciled or not
    by ``briefing_facts``. The same briefing either way (``tests/test_briefing_inputs.py``).
    ``votes_since`` adds the Council votes published since then (what alerts list);
    ``for_alerts`` reads only what ``report.alerts`` looks at: no claims besides those votes, no
    count, no facts of the measures alerts never read (``alerts.NOT_FIGURES``) — a briefing built
    from such inputs is right in its mandate, strength and money only, and its facts hold the
    claims alerts cite (``alerts.SOURCES`` first ones) and those since ``votes_since``, not the
    six a page shows (7,571 claims read by id for a first alert list at 1,000,009 claims,
    bench/serve.md, fifteenth round). ``latest_facts``: the
    ``stored_latest`` of a mission read already, its own Council votes taken
    (``earlier.own_votes_by_mission``; ``alert_inputs`` reads every mission's at once);
    ``unfiled``: ``unfiled_claims``, read once for every mission of an alert list that reads
    its missions' claims (an ``as_of`` before some claim: each mission read them again, 2,667,109
    claims read for six missions at 1,000,009 claims, bench/serve.md, sixteenth round);
    ``stored_only``: raise ``NotStored`` rather than read the claims. ``earlier`` (with
    ``for_alerts``): at a date some claim follows, the mission's newest facts as they stood then
    (``reconcile.earlier.latest_at``) rather than every claim of it reconciled. A page at such a
    date (no ``since``, not ``for_alerts``) still reads the claims, but takes its facts from the
    stored ones with the later documents' windows recomputed (``late_facts``)."""
    from missionwatch.ledger.mission_scope import MissionScope
    from missionwatch.reconcile.earlier import own_votes
    from missionwatch.reconcile.facts import _known_by
    from missionwatch.reconcile.materialized import no_collections, stored_latest
    from missionwatch.report.briefing import known_by, today

    when = (as_of or today())[:10]
    if since is None:
        numbers = [r.number for r in (backend or Backend()).resolution_list(code)]
        with ledger.engine.connect() as conn:
            scope = MissionScope(conn, code, mission_free=SITUATION_MEASURES, by_document=PEOPLE_MEASURES)
            late = scope.unknown_by(when, lambda c: bool(known_by([c], when)) and _known_by(c, when))
            if not late and for_alerts:
                claims, count = scope.in_order(_first_votes(scope, when, votes_since)), None
            elif not late:  # every claim is known by then: count them all
                claims = scope.in_order(_listed(scope, when, numbers, votes_since))
                count = scope.count()
            elif for_alerts and earlier is not None and not stored_only:
                facts, votes = earlier(code)  # the first vote known then of each resolution
                return BriefingInputs(votes, [fact_view(f) for f in facts])
            elif not for_alerts and not stored_only:  # a page at a date some claim follows
                claims = scope.in_order(_listed(scope, when, numbers, votes_since))
                count = scope.count(as_of=when)
        if late and not for_alerts and not stored_only:
            late_trend: list[FactView] = []
            # tens of thousands of claims built and dropped, none in a cycle: the young generation
            # collected six times over them was 0.14-0.17 s of a first MSS briefing at 1,000,009
            # claims (bench/serve.md, thirty-ninth round); cycles are collected once it is back on
            with no_collections():
                facts_then = late_facts(
                    ledger, code, recounted_claims(ledger, code, when), when, trend=late_trend
                )
            return BriefingInputs(claims, facts_then, count, late_trend)
        if not late:
            found = (
                latest_facts(code)
                if latest_facts is not None
                else own_votes(  # the mission's own Council votes, as reconciling its claims gives
                    ledger,
                    code,
                    when,
                    stored_latest(
                        ledger,
                        missions=[code],
                        mission_free=SITUATION_MEASURES,
                        by_document=PEOPLE_MEASURES,
                        bare=() if for_alerts else PEOPLE_MEASURES,
                        skip=sorted(NOT_FIGURES) if for_alerts else (),
                        few=ALERT_SOURCES if for_alerts else SHOWN,
                        since=votes_since if for_alerts else None,
                        conflicts="none" if for_alerts else "sides",
                        sides_few=MAX_REFS,  # the sides a conflict shows; the rest counted
                    ),
                )
            )
            trend = None if for_alerts else stored_trend(ledger, code)
            return BriefingInputs(claims, [fact_view(f) for f in found], count, trend)
    if stored_only:
        raise NotStored(f"{code}: some claim was published after {when}")
    claims = mission_claims(ledger, code, unfiled() if unfiled is not None else None)
    return BriefingInputs(claims, briefing_facts(ledger, code, claims, as_of))


# The measures whose newest facts a page at a date some claim follows reconciles from their claims:
# a contributor's figure is checked against its mission's totals of every date
# (``checks.check_against_totals``), and a stored fact's flags are those of the totals stored,
# later ones included; and the people measures read by document whose facts a briefing reads
# (none: ``briefing.UNREAD_FACTS``; ``latest_at`` recomputes only the keys of the mission and of
# the situation measures: a role's stored fact would hold the later documents' claims). Not the
# target: it is checked against nothing, and a deployed figure read as one (``scopes.prepare``)
# joins its keys but no target claim joins a deployed key — its facts are ``latest_at``'s, which
# prepares a target key from its family's claims (bench/serve.md, thirtieth round).
RECOUNTED_AT_A_DATE = (
    "personnel.deployed",
    "personnel.pledged",
    *(m for m in PEOPLE_MEASURES if m not in UNREAD_FACTS),
)
# built from the claims recounted (a deployed figure read as a target) but taken from ``latest_at``
FROM_STORED_AT_A_DATE = ("personnel.target",)


def recounted_claims(ledger: Any, code: str, when: str) -> list[StoredClaim]:
    """Of ``mission_claims(ledger, code)``, those of ``RECOUNTED_AT_A_DATE`` (each measure's and
    part's in its order), less (some of) the claims of the documents published after ``when``
    (``reviewed_claims``' ``public_by``): the mission's strength claims (and the people claims of
    its documents a briefing would read the facts of: none), not every claim of the mission and of
    its country's context."""
    people = [m for m in PEOPLE_MEASURES if m in RECOUNTED_AT_A_DATE]
    claims = _strength_claims(ledger, code, when)
    # the people measures' claims filed under the mission (a review may file a role there), then
    # those of its documents that name no mission — across measures not in ``mission_claims``'
    # order, but a fact's claims are all of one measure and one part, each read in its order
    for measure in people:
        claims += ledger.reviewed_claims(mission=code, measure=measure, public_by=when)
    for measure in people:
        claims += ledger.reviewed_claims(measure=measure, public_by=when, unfiled=True, speaking_of=code)
    return claims


def _strength_claims(ledger: Any, code: str, when: str) -> list[StoredClaim]:
    """``ledger.reviewed_claims(mission=code, measure="personnel.*", public_by=when)`` of the
    recounted measures only, in its order: the database leaves the mission's other personnel
    claims out (arrivals and targets, half of those read for MSS at 1,000,009 claims, built only
    to be dropped: bench/serve.md, thirtieth round); the reviewed documents' claims are judged
    as reviewed, as ``reviewed_claims`` judges them."""
    from missionwatch.ledger import queries as q
    from missionwatch.ledger import review_log as rl
    from missionwatch.ledger.schema import ClaimRow

    wanted = sorted(m for m in RECOUNTED_AT_A_DATE if m.startswith("personnel."))
    where = [
        *q.claim_filters(mission=code, dialect=ledger.dialect),
        ClaimRow.measure.in_(wanted),
        q.public_by(when, ledger.dialect),
    ]
    filed = q.claim_matcher(mission=code)
    with ledger.engine.connect() as conn:
        found = q.claim_rows(conn, q.claims_query(where))
        return rl.reviewed_claims(conn, found, None, lambda c: filed(c) and c.measure in wanted)


def late_facts(
    ledger: Any, code: str, claims: list[StoredClaim], when: str, *, trend: list[FactView] | None = None
) -> list[FactView]:
    """The newest facts a briefing of ``code`` reads at ``when``, a date some of its claims follow:
    what ``build_briefing`` reconciled from every claim known then
    (``backend.facts(fact_claims(known))``), the same facts in the same order — of every measure
    but ``RECOUNTED_AT_A_DATE`` from the stored facts with only the windows the later documents
    change recomputed (``reconcile.earlier.latest_at``, holding what a page shows of each); of
    those, their ``claims`` known then reconciled (``reconcile_latest``; ``claims``:
    ``recounted_claims``, or ``mission_claims``). Quotes' and roles' facts are left out, as
    ``briefing.fact_claims`` leaves them (``tests/test_late_briefing.py``). ``trend``: filled with
    the strength trend's facts (``briefing.trend_facts`` of the claims known then), the deployed
    total's windows built by the same reconciliation — not a second one of every deployed and
    target claim (16 % of a first briefing at 1,000,009 claims, bench/serve.md, twenty-eighth
    round) — unless an undated document's claim about a later day is among them: the trend keeps
    it (``briefing.known_by``), ``as_of`` does not (``facts._known_by``)."""
    from missionwatch.reconcile import latest
    from missionwatch.reconcile.earlier import latest_at
    from missionwatch.reconcile.facts import Fact, _known_by
    from missionwatch.reconcile.newest import reconcile_latest
    from missionwatch.report.briefing import fact_claims, known_by, on_trend, on_trend_key, trend_facts

    stored = latest_at(
        ledger,
        [code],
        when,
        mission_free=SITUATION_MEASURES,
        by_document=PEOPLE_MEASURES,
        skip=sorted({*UNREAD_FACTS, *RECOUNTED_AT_A_DATE}),
        few=SHOWN,
        since=None,
        conflicts="sides",
        sides_few=MAX_REFS,
        whole=True,
    )[code]
    known = known_by(claims, when)
    recounted = fact_claims(c for c in known if c.measure in RECOUNTED_AT_A_DATE)
    built: list[Fact] = []
    wanted = on_trend_key if trend is not None else None
    newest = reconcile_latest(
        recounted, as_of=when, leave_out=FROM_STORED_AT_A_DATE, every_window=wanted, built=built
    )
    if trend is not None:
        deployed = [c for c in known if c.measure in TREND_MEASURES]
        if all(_known_by(c, when) for c in deployed):
            trend.extend(fact_view(f) for f in built if on_trend(f))
        else:
            trend.extend(trend_facts(deployed))
    return [fact_view(f) for f in latest([*stored, *newest])]


# the measures whose claims the strength trend is reconciled from (``briefing.trend_facts``)
TREND_MEASURES = ("personnel.deployed", "personnel.target")


def _alerts_newest(
    ledger: Any, codes: list[str], since: str | None, as_of: str, **more: Any
) -> dict[str, list[Any]]:
    """Every mission's newest stored facts as alerts read them — what an alert cites and every claim
    since ``since``, no conflict's sides — each mission with its own Council votes."""
    from missionwatch.reconcile.earlier import own_votes_by_mission
    from missionwatch.reconcile.materialized import stored_latest_by_mission

    stored = stored_latest_by_mission(
        ledger,
        codes,
        mission_free=SITUATION_MEASURES,
        by_document=PEOPLE_MEASURES,
        skip=sorted(NOT_FIGURES),
        few=ALERT_SOURCES,
        since=since,
        conflicts="none",
        **more,
    )
    return own_votes_by_mission(ledger, stored, as_of)


def alert_inputs(
    ledger: Any, backend: Backend, as_of: str, since: str, *, bounded: bool = True
) -> tuple[Mapping[str, list[StoredClaim]], Callable[[str, list[StoredClaim], str], list[FactView] | None]]:
    """``compute_alerts``' claims by mission and stored facts at ``as_of``, for alerts since
    ``since``, from ``briefing_inputs`` of every mission that has claims, made a mission at a
    time as ``compute_alerts`` asks (``_OneAtATime``) — their newest facts read for all of them
    at once, the first time one needs them. At a date some claim follows, those facts are the
    stored ones with only the windows the later claims change recomputed, for every mission at
    once (``reconcile.earlier.latest_at``; ``bounded=False``: every claim of each mission read
    and reconciled, as before: 65–73 s of CPU at 1,000,009 claims, bench/serve.md, eighteenth
    round)."""
    from missionwatch.reconcile.earlier import latest_at

    filed = ledger.missions_with_claims()  # one read of the tallies, not a count per mission
    codes = [m.code for m in backend.mission_list() if m.code.upper() in filed]
    newest: dict[str, list[Any]] = {}

    def latest_facts(code: str) -> list[Any]:
        if not newest:
            newest.update(_alerts_newest(ledger, codes, since, as_of[:10]))
        return newest[code]

    shared: list[dict[str, list[StoredClaim]]] = []

    def unfiled() -> dict[str, list[StoredClaim]]:
        if not shared:
            shared.append(unfiled_claims(ledger))
        return shared[0]

    at: dict[str, list[Any]] = {}
    votes: dict[str, list[StoredClaim]] = {}

    def earlier(code: str) -> tuple[list[Any], list[StoredClaim]]:
        if not at:
            at.update(
                latest_at(
                    ledger,
                    codes,
                    as_of[:10],
                    mission_free=SITUATION_MEASURES,
                    by_document=PEOPLE_MEASURES,
                    skip=sorted(NOT_FIGURES),
                    few=ALERT_SOURCES,
                    since=since,
                    votes_of=votes,
                )
            )
        return at[code], votes[code]

    inputs = _OneAtATime(
        codes,
        lambda code: briefing_inputs(
            ledger,
            code,
            as_of,
            backend=backend,
            votes_since=since,
            for_alerts=True,
            latest_facts=latest_facts,
            unfiled=unfiled,
            earlier=earlier if bounded else None,
        ),
    )
    return inputs, lambda code, _claims, _when: inputs.of(code).facts


class _OneAtATime(Mapping[str, list[StoredClaim]]):
    """``alert_inputs``' claims by mission, each mission's inputs made when its claims are asked
    for and dropped when another mission's are: ``compute_alerts`` takes the missions in turn,
    so at a date some claims follow one mission's claims and reconciled facts are held at a
    time, not every mission's (a peak of 4.1 GB for six missions at 1,000,009 claims,
    bench/serve.md, sixteenth round)."""

    def __init__(self, codes: list[str], make: Callable[[str], BriefingInputs]) -> None:
        self.codes, self.make = codes, make
        self.code: str | None = None
        self.inputs: BriefingInputs | None = None

    def of(self, code: str) -> BriefingInputs:
        if code not in self.codes:
            raise KeyError(code)
        if self.code != code or self.inputs is None:
            self.code, self.inputs = None, None  # the last mission's let go before the next is made
            self.inputs, self.code = self.make(code), code
        return self.inputs

    def __getitem__(self, code: str) -> list[StoredClaim]:
        return self.of(code).claims

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)


def alert_page(
    ledger: Any, backend: Backend, settings: Any, since: str | None, as_of: str, offset: int, limit: int
) -> tuple[list[Alert], int]:
    """A page of ``compute_alerts`` over ``alert_inputs`` (``offset``, ``limit``) and how many
    alerts the whole list holds — the same page and total — with only the page's ``conflict``
    alerts built (``AlertList``). Raises ``NotStored`` when the stored facts do not answer."""
    found = AlertList(ledger, backend, settings, since, as_of)
    return found.page(offset, limit), found.total


class AlertList:
    """``compute_alerts`` over ``alert_inputs`` — the same alerts in the same order — built only
    where asked: the claims since ``since`` that disagree with the newest fact of their series are
    read as the marks each fact keeps (``facts.disagree``, 0018; ``ledger.facts.disagreement``)
    and counted by day; the other alerts (a few per mission, and the conflicts of ``UNMARKED``
    measures) are made as before. ``page`` builds the conflicts of the days an offset's page
    spans, ``index`` finds an alert by its id from the ids of the conflicts of the days before
    it (their claims' id, document, start and measure, not the claims: a keyset page), and
    ``alerts`` yields the whole list day by day (a feed streamed). An alert list since
    2024-01-01 at 1,000,009 claims is 120,859 alerts, nearly all of them conflicts
    (bench/serve.md, sixteenth to eighteenth rounds). Raises ``NotStored`` when the stored facts
    do not answer for ``as_of`` (a claim published after it) or documents wait for their facts
    (the list is then ``compute_alerts``'s whole)."""

    def __init__(self, ledger: Any, backend: Backend, settings: Any, since: str | None, as_of: str) -> None:
        from missionwatch.ledger.facts import UNMARKED, pending, read_disagreements
        from missionwatch.report.alerts import compute_alerts, default_since

        self.ledger = ledger
        as_of = as_of[:10]
        self.as_of = as_of
        self.since = new_since = (since or default_since(as_of))[:10]
        filed = ledger.missions_with_claims()
        codes = [m.code for m in backend.mission_list() if m.code.upper() in filed]
        newest: dict[str, list[Any]] = {}
        seq_of: dict[int, int] = {}

        def latest_facts(code: str) -> list[Any]:
            if not newest:
                # a mission's own Council votes reconciled are no stored fact: not marked, their
                # conflicts built from their claims
                newest.update(
                    _alerts_newest(
                        ledger,
                        codes,
                        new_since,
                        as_of,
                        since_measures=UNMARKED,  # the others' claims since then: ``facts.disagree``
                        seq_of=seq_of,
                    )
                )
            return newest[code]

        inputs = {
            code: briefing_inputs(
                ledger,
                code,
                as_of,
                backend=backend,
                votes_since=new_since,
                for_alerts=True,
                latest_facts=latest_facts,
                stored_only=True,
            )
            for code in codes
        }
        # the facts whose conflicts are read from their marks: those ``alerts`` looks at, of a
        # measure marked, each with its seq (in the order ``briefing_inputs`` made their views)
        marked: dict[int, tuple[str, int, FactView]] = {}
        for code, found in inputs.items():
            for fact, view in zip(newest.get(code, ()), found.facts or (), strict=True):
                seq = seq_of.get(id(fact))
                if (
                    seq is not None
                    and view.measure not in NOT_FIGURES
                    and view.measure not in UNMARKED
                    and view.mission in (code, None)
                ):
                    marked[id(view)] = (code, seq, view)
        with ledger.engine.connect() as conn:
            if pending(conn):
                raise NotStored("documents wait for their facts")
            self.lines = read_disagreements(conn, {seq for _code, seq, _view in marked.values()}, new_since)
        # how many alerts each day holds, from the lines' heads: a fact's claims are parsed only
        # for the days asked for
        self.listing: dict[int, list[str]] = {}  # seq → the missions whose lists hold its conflicts
        self.views: dict[tuple[str, int], FactView] = {}
        for code, seq, view in marked.values():
            self.views[(code, seq)] = view
            if seq in self.lines:
                self.listing.setdefault(seq, []).append(code)
        self._by_day: dict[str, list[tuple[int, str]]] | None = None  # ``_entries``' lines by day
        self._whole: dict[int, dict[int, StoredClaim]] = {}  # ``_held``: the claims held in refs
        # ``index``: where each id walked so far first stands, and how far the walk has gone (a
        # list kept for a ledger version is walked once for every cursor, not once per page)
        self._lock = threading.RLock()  # a kept list is shared by request threads
        self._first: dict[str, int] = {}
        self._walk: Iterator[list[str]] | None = None
        self._walked = 0  # alerts walked
        self._walk_done = False
        self.per_day: Counter[str] = Counter()
        for seq, codes_of in self.listing.items():
            for line in self.lines[seq]:
                day, count, _rest = line.split(" ", 2)
                self.per_day[day] += int(count) * len(codes_of)
        others = compute_alerts(
            {code: i.claims for code, i in inputs.items()},
            settings=settings,
            since=since,
            as_of=as_of,
            backend=backend,
            stored=lambda code, _claims, _when: inputs[code].facts,
            listed_elsewhere=lambda view: id(view) in marked,
        )
        self.others_by_day: dict[str, list[Alert]] = {}
        for a in others:
            self.others_by_day.setdefault(a.date, []).append(a)
        self.total = len(others) + sum(self.per_day.values())
        # the days that hold an alert, newest first
        self.days = sorted(
            {d for d, n in self.per_day.items() if n} | self.others_by_day.keys(), reverse=True
        )

    def count(self, day: str) -> int:
        return len(self.others_by_day.get(day, ())) + self.per_day.get(day, 0)

    @property
    def newest(self) -> str | None:
        """The newest alert's date (None: no alert)."""
        return self.days[0] if self.days else None

    def _entries(self, day: str) -> list[tuple[int, list[tuple[int, int | None]]]]:
        """Of each marked fact with claims of ``day``, its seq and their (position, claim id)."""
        from missionwatch.ledger.facts import disagreement_entries

        with self._lock:
            if self._by_day is None:  # each line filed under its day once: not every fact's lines per day
                by_day: dict[str, list[tuple[int, str]]] = {}
                for seq in self.listing:
                    for line in self.lines[seq]:
                        # a day of a month-precise publication ("2025-03") is its own
                        by_day.setdefault(line[: line.index(" ")], []).append((seq, line))
                self._by_day = by_day
        return [(seq, disagreement_entries(line)[1]) for seq, line in self._by_day.get(day, ())]

    def _held(self, conn: Any, seqs: set[int]) -> dict[int, dict[int, StoredClaim]]:
        """Of these facts, the claims their references hold whole (a review changed them), by
        position — each fact's references parsed once for the list, not once per run of days."""
        from missionwatch.ledger.facts import read_refs
        from missionwatch.ledger.queries import trusted_claim

        with self._lock:
            missing = seqs - self._whole.keys()
            if missing:
                for seq, refs in read_refs(conn, missing).items():
                    self._whole[seq] = {
                        pos: trusted_claim(ref[len(REF_FIELDS)])
                        for pos, ref in enumerate(refs)
                        if len(ref) > len(REF_FIELDS)
                    }
                for seq in missing - self._whole.keys():
                    self._whole[seq] = {}
        return self._whole

    def _read_plan(
        self, days: list[str]
    ) -> tuple[dict[str, list[tuple[int, list[tuple[int, int | None]]]]], list[int], set[int]]:
        """What these days' conflicts need read: their entries by day, the stored claims' ids, and
        the facts whose claims are held inline (no id)."""
        found = {day: self._entries(day) if day in self.per_day else [] for day in days}
        ids = [
            cid
            for entries in found.values()
            for _seq, pairs in entries
            for _pos, cid in pairs
            if cid is not None
        ]
        inline = {
            seq for entries in found.values() for seq, pairs in entries if any(c is None for _p, c in pairs)
        }
        return found, ids, inline

    def built(self, days: list[str], *, strict: bool = True) -> dict[str, list[Alert]]:
        """The alerts of these days, each day's sorted as ``compute_alerts`` sorts: the others and
        the conflicts built from their claims, read at once. ``strict``: a claim gone or a mark
        that its fact's claims no longer bear out (the ledger changed since the marks were read)
        raises ``NotStored``; else the alerts are those of the claims as read."""
        from missionwatch.ledger.facts import claims_by_id
        from missionwatch.report.alerts import conflict_alerts

        found, ids, inline = self._read_plan(days)
        with self.ledger.engine.connect() as conn:
            claims = claims_by_id(conn, ids) if ids else {}
            whole = self._held(conn, inline) if inline else {}
        out: dict[str, list[Alert]] = {}
        for day in days:
            made_of_day: list[Alert] = list(self.others_by_day.get(day, ()))
            for seq, pairs in found[day]:
                listed: list[StoredClaim] = []
                for pos, cid in pairs:
                    claim = whole.get(seq, {}).get(pos) if cid is None else claims.get(cid)
                    if claim is None:
                        if strict:
                            raise NotStored("a claim gone since its fact was stored")
                        continue
                    listed.append(claim)
                for code in self.listing[seq]:
                    made = conflict_alerts(code, self.views[(code, seq)], self.since, self.as_of, listed)
                    if len(made) != len(listed) and strict:
                        raise NotStored("a fact's marks and its claims differ")
                    made_of_day += made
            out[day] = sorted(made_of_day, key=lambda a: (a.date, a.kind, a.id), reverse=True)
        return out

    def page(self, offset: int, limit: int) -> list[Alert]:
        """The alerts ``offset`` to ``offset + limit`` of the list: only the days they span built."""
        page: list[Alert] = []
        at, stop = 0, offset + limit
        for day in self.days:
            if at >= stop:
                break
            n = self.count(day)
            if at + n > offset:
                listed = self.built([day])[day]
                page += listed[max(0, offset - at) : stop - at]
            at += n
        return page

    def _batches(self, size: int = 2000) -> Iterator[list[str]]:
        """The days newest first, in runs of about ``size`` alerts (what is read at once)."""
        run: list[str] = []
        n = 0
        for day in self.days:
            run.append(day)
            n += self.count(day)
            if n >= size:
                yield run
                run, n = [], 0
        if run:
            yield run

    def alerts(self, *, strict: bool = False) -> Iterator[Alert]:
        """Every alert of the list in its order, built a run of days at a time (a feed streamed:
        not the whole list held; not ``strict`` by default, since what is sent is sent)."""
        for run in self._batches():
            made = self.built(run, strict=strict)
            for day in run:
                yield from made[day]

    def conflict_ids(self, days: list[str]) -> dict[str, list[str]]:
        """The ids of the conflict alerts of these days, from their claims' id, document, start
        and measure (``alerts.conflict_id``) — not the claims built — by day."""
        from missionwatch.ledger.facts import claim_keys
        from missionwatch.report.alerts import conflict_id

        found, ids, inline = self._read_plan(days)
        with self.ledger.engine.connect() as conn:
            keys = claim_keys(conn, ids) if ids else {}
            whole = self._held(conn, inline) if inline else {}
        out: dict[str, list[str]] = {}
        for day in days:
            listed: list[str] = []
            for seq, pairs in found[day]:
                for pos, cid in pairs:
                    key: tuple[int | None, str, int, str] | None
                    if cid is None:
                        c = whole.get(seq, {}).get(pos)
                        key = None if c is None else (c.id, c.document_id, c.start, c.measure)
                    else:
                        key = keys.get(cid)
                    if key is not None:
                        listed += [conflict_id(code, *key) for code in self.listing[seq]]
            out[day] = listed
        return out

    def index(self, alert_id: str) -> int | None:
        """Where the first alert of this id stands in the list (None: not listed), from the ids of
        the alerts of the days up to its own, a run of days at a time. Every id walked is
        remembered with its place and the walk goes on from where it stopped: a keyset walk over
        a list kept for a ledger version (``Service.alert_list``) reads each day's ids once."""
        with self._lock:
            while alert_id not in self._first and not self._walk_done:
                if self._walk is None:
                    self._walk = self._batches(5000)
                run = next(self._walk, None)
                if run is None:
                    self._walk_done = True
                    break
                conflicts = self.conflict_ids(run)
                for day in run:
                    keys = [(a.kind, a.id) for a in self.others_by_day.get(day, ())]
                    keys += [("conflict", i) for i in conflicts[day]]
                    # the place of the first of equal keys in the day's order (newest first)
                    place: dict[tuple[str, str], int] = {}
                    for i, k in enumerate(sorted(keys, reverse=True)):
                        place.setdefault(k, i)
                    for k in keys:  # the first key of an id in the day's listing, as before
                        self._first.setdefault(k[1], self._walked + place[k])
                    self._walked += len(keys)
            return self._first.get(alert_id)
