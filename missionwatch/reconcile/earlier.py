"""The newest fact of each series of some missions as it stood at an earlier date, from the stored
facts and the claims of only the windows that date can change.

At a date before some claims were published, a mission's facts are the reconciliation of the
claims known then. Reconciling all of them (``report.data.briefing_inputs`` before: every claim of
every mission read and reconciled, 65–73 s of CPU and 2.5 GB at 1,000,009 claims, bench/serve.md,
eighteenth round) is not needed: a key none of whose documents was published after the date has
the facts stored for it, and a key that has such documents keeps its stored windows up to the
last one that starts on or before the first day those documents speak of. Windows are cut
greedily from the first day on (``facts.windows``), so the days before that window cut the same
windows without the late claims; a document whose days in the key run across that start (a
month- or year-precise claim overlapping windows on both sides) moves it back to the window
before, or further each time (``_further``), until none does. Only the claims of the documents
from that start on are read and windowed again (and the undated ones, when a late document has
undated claims in the key).

What readers of the newest facts need (``report.alerts``) is then the newest fact of each series:
a window recomputed if there is a dated one, else the newest stored window kept. The Council's
votes and adoptions are one fact per resolution whichever mission files them, so a mission's
own are reconciled whole (a few thousand claims) — unless its stored facts are its own then
(``_clean_votes``: no key of its votes holds a late, unfiled, other mission's or reviewed
claim). The result equals ``latest(reconcile(...))`` of the mission's claims known then, for
what the alerts read of it — their best values, the claims since a date and the first cited
(hypothesis: ``tests/test_earlier_facts.py``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from missionwatch.ledger.facts import newest_rank
from missionwatch.models import StoredClaim
from missionwatch.reconcile.facts import (
    Fact,
    _claim_date,
    _known_by,
    build_fact,
    claim_date,
    finish,
    group,
    latest,
    reconcile,
    window_days,
    windows,
)
from missionwatch.reconcile.normalise import RESOLUTION_MEASURES, DateSpan, mission_key
from missionwatch.reconcile.rules import Rules

if TYPE_CHECKING:
    from missionwatch.ledger.store import Ledger

# one vote of a resolution is one fact whichever mission files it: a mission's own, reconciled
RECOUNTED = ("council.vote", "council.adopted")
_AFTER = "9999-99-99"  # a start after every day: no dated window to recompute


def known(c: StoredClaim, cutoff: str) -> bool:
    """Whether a claim counts at ``cutoff`` as ``report.alerts.mission_alerts`` reads it:
    published by then (``briefing.known_by``) and public then (``facts._known_by``)."""
    return (not c.published or c.published[:10] <= cutoff) and _known_by(c, cutoff)


def _last_start(starts: list[str], day: str) -> str | None:
    """The last of these sorted window starts on or before ``day`` (None: none)."""
    found = [s for s in starts if s <= day]
    return found[-1] if found else None


def _tail(
    key: tuple | None,
    claims: list[StoredClaim],
    start: str | None,
    late_undated: bool,
    prior: list[tuple[str, str]],
    rules: Rules,
) -> tuple[Fact | None, bool] | str:
    """Of one key's claims known then (those of the documents read for it), the newest fact of
    the windows from ``start`` on (None: every window; ``_AFTER``: only the undated, when
    ``late_undated``) and whether some month- or year-precise claim runs across ``start``. Such
    a claim joins the window nearest its middle among those it overlaps, ``prior`` (the stored
    windows before ``start``: first and last day) among them, which ``windows`` is given as two
    stand-in claims each: when one joins a window before ``start``, the first day of the earliest
    such window is returned instead (the key is then done again from there)."""
    if key is None:
        return None, False
    tail: list[StoredClaim] = []
    across: list[StoredClaim] = []
    for c in claims:
        span = claim_date(c)
        if span is None:
            if start is None or late_undated:
                tail.append(c)
        elif start is None or span.first.isoformat() >= start:
            tail.append(c)
        elif start != _AFTER and span.last.isoformat() >= start:
            across.append(c)
    if not tail and not across:
        return None, False
    stand_ins: set[int] = set()
    if across:
        for first, last in prior:
            for day in {first, last}:
                stand_in = across[0].model_copy(
                    update={"id": None, "document_id": "", "as_of": day, "published": None}
                )
                stand_ins.add(id(stand_in))
                tail.append(stand_in)
        tail += across
    found = []
    back: str | None = None
    for w in windows(tail, window_days(key, rules)):
        mine = [c for c in w[3] if id(c) not in stand_ins]
        if len(mine) < len(w[3]):
            if mine and w[1] is not None and (back is None or w[1] < back):
                back = w[1]  # a claim across the start joins a window before it
            continue
        found.append(mine)
    if back is not None:
        return back
    return _newest(key, found, rules), bool(across)


def _first_votes(code: str, votes: list[StoredClaim], since: str | None) -> list[StoredClaim]:
    """Of a mission's Council votes known then (in the ledger's order), the first of each
    resolution published since ``since``: the one ``report.alerts`` raises its alert on."""
    seen: set[str] = set()
    out: list[StoredClaim] = []
    for c in votes:
        if c.measure != "council.vote" or (c.published or "")[:10] < (since or ""):
            continue
        number = (c.subject or "").replace("resolution", "").strip()
        if number not in seen and c.mission in (code, None):
            seen.add(number)
            out.append(c)
    return out


def _votes_known(ledger: Ledger, code: str, measure: str, cutoff: str) -> list[StoredClaim]:
    """``ledger.reviewed_claims(mission=code, measure=measure)`` known at ``cutoff``, the claims of
    the documents published after it left in the database (a fifth of a mission's votes at
    1,000,009 claims and a date of 2026-06-30)."""
    from missionwatch.ledger import queries as q
    from missionwatch.ledger import review_log as rl
    from missionwatch.ledger.mission_scope import _day_after
    from missionwatch.ledger.schema import DocumentRow

    where = q.claim_filters(mission=code, measure=measure, dialect=ledger.dialect)
    early = or_(DocumentRow.published.is_(None), DocumentRow.published < _day_after(cutoff))
    with ledger.engine.connect() as conn:
        found = q.claim_rows(conn, q.claims_query([*where, early]))
        reviewed = rl.reviewed_claims(conn, found, None, q.claim_matcher(mission=code, measure=measure))
    return [c for c in reviewed if known(c, cutoff)]


def _further(back: str, starts: list[str], steps: int) -> str:
    """Where a key is done again when a claim across its start joins the window starting on
    ``back``: ``steps`` stored day windows before the last one starting on or before it (``back``
    itself at 0). A gang's share of a city, month-precise, had such a claim at every window's
    start at 1,000,009 claims: going back one window at a time read and windowed the key 22 times
    (0.3–0.4 s of a briefing), doubling the steps 6 times (bench/serve.md, thirty-sixth round).
    Any earlier stored start is as good a start: the windows before it are still the stored ones,
    and ``_tail`` checks the claims across it the same way."""
    at = bisect_right(starts, back) - 1
    if steps <= 0 or at < 0:
        return back
    return min(back, starts[max(0, at - steps)])


def _within(days_of: list[tuple[str, str, int]], first: str, last: str) -> tuple[str, str, int] | None:
    """The stored day window but the last (first day, last day, seq) these days fall strictly
    inside (None: none)."""
    # day windows of a key are apart and sorted: only the last one starting before ``first``
    at = bisect_left(days_of, (first,)) - 1
    if 0 <= at < len(days_of) - 1 and last < days_of[at][1]:
        return days_of[at]
    return None


def _held_days(conn: Any, kid: str, days: list[str], cutoff: str) -> set[str]:
    """Of these days, those a document published by ``cutoff`` holds a claim of the key of (a
    document whose days in the key are that day alone: a day-precise claim)."""
    from missionwatch.ledger.schema import DocumentRow, FactKeyRow

    return {
        str(day)
        for day in conn.execute(
            select(FactKeyRow.first)
            .join(DocumentRow, DocumentRow.id == FactKeyRow.document_id)
            .where(
                FactKeyRow.key_id == kid,
                FactKeyRow.first.in_(days),
                FactKeyRow.last == FactKeyRow.first,
                DocumentRow.published <= cutoff,
            )
            .distinct()
        ).scalars()
    }


def _late_days(conn: Any, documents: set[str]) -> dict[str, list[tuple[str, str | None, DateSpan]]]:
    """Of these documents (those unreviewed), the measure, mission (as a fact key has it) and
    dates of each claim (``claim_date`` of its row: its as_of, else its document's day), read from
    the claims' columns without building them; of a reviewed document nothing (its claims as
    reviewed may differ)."""
    from missionwatch.ledger.review_log import reviewed_documents
    from missionwatch.ledger.schema import ClaimRow, DocumentRow

    docs = sorted(documents - reviewed_documents(conn, documents))
    out: dict[str, list[tuple[str, str | None, DateSpan]]] = {doc: [] for doc in docs}
    for at in range(0, len(docs), 500):
        for doc, measure, mission, as_of, published in conn.execute(
            select(
                ClaimRow.document_id,
                ClaimRow.measure,
                ClaimRow.mission,
                ClaimRow.as_of,
                DocumentRow.published,
            )
            .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
            .where(ClaimRow.document_id.in_(docs[at : at + 500]))
        ):
            span = _claim_date(as_of, published)
            if span is not None:
                out[str(doc)].append((str(measure), mission_key(mission), span))
    return out


def _holders(conn: Any, kid: str, start: str | None, undated: bool) -> list[str]:
    """The documents holding claims of a key dated from ``start`` on (or running across it; None:
    every one; and, ``undated``, those holding undated claims of it) — not every holder of the
    key, which for a country's displacement figures is most documents of the ledger."""
    from missionwatch.ledger.schema import FactKeyRow

    where: list[Any] = [FactKeyRow.key_id == kid]
    if start is not None:
        dated = FactKeyRow.last >= start
        where.append(or_(dated, FactKeyRow.undated.is_(True)) if undated else dated)
    return [str(d) for d in conn.execute(select(FactKeyRow.document_id).where(*where)).scalars()]


def _trimmed(fact: Fact, few: int | None, since: str | None) -> Fact:
    """The fact holding only what alerts read of its claims (as ``stored_latest``'s ``few`` and
    ``since`` hold them): its first ``few`` and those published since ``since``."""
    if few is None:
        return fact
    keep = [c for i, c in enumerate(fact.claims) if i < few or (since and (c.published or "")[:10] >= since)]
    if len(keep) == len(fact.claims):
        return fact
    return fact.model_copy(update={"claims": keep, "claim_count": len(fact.claims)})


def _newest(key: tuple, found: list[list[StoredClaim]], rules: Rules) -> Fact | None:
    """The fact ``latest`` would keep of the facts of these windows of one key — the first by
    ``newest_rank`` (the latest last day, the finer date, the highest id) — built alone
    (``build_fact``'s dates and id)."""
    from missionwatch.reconcile.facts import _fact_id

    best: tuple[tuple[str, int, str], list[StoredClaim]] | None = None
    for claims in found:
        spans = [s for c in claims if (s := claim_date(c))]
        first = min(spans, key=lambda s: (s.first, s.text)).text if spans else None
        last = max(spans, key=lambda s: (s.last, len(s.text))).text if spans else None
        rank = newest_rank(last, _fact_id(key, first))
        if best is None or rank > best[0]:
            best = (rank, claims)
    return None if best is None else build_fact(key, best[1], rules)


def _mine(code: str | None, mission_free: Sequence[str]) -> Any:
    """Which claims a mission's briefing reads of a document (``report.data.mission_claims``):
    its own, or (``code`` None) those naming no mission of the situation measures."""
    if code is None:
        free = set(mission_free)
        return lambda c: not c.mission and c.measure in free
    upper = code.upper()
    return lambda c: (c.mission or "").upper() == upper


def latest_at(
    ledger: Ledger,
    missions: Sequence[str],
    cutoff: str,
    *,
    mission_free: Sequence[str],
    by_document: Sequence[str],
    skip: Sequence[str],
    few: int | None,
    since: str | None,
    rules: Rules | None = None,
    votes_of: dict[str, list[StoredClaim]] | None = None,
    bare: Sequence[str] = (),
    conflicts: str = "none",
    sides_few: int | None = None,
    whole: bool = False,
) -> dict[str, list[Fact]]:
    """Of each mission, ``latest`` of the facts of its claims known at ``cutoff`` (a day), of the
    measures outside ``skip``: the stored newest facts of the keys no late document holds
    (``stored_latest_by_mission`` with ``few`` and ``since``), the windows a late document can
    change recomputed, the Council votes stored or reconciled (``_clean_votes``; a briefing's too,
    ``since`` None, bench/serve.md, twenty-eighth round). ``votes_of``: filled
    with each mission's first Council vote known then of each resolution since ``since``.
    ``bare``, ``conflicts``, ``sides_few``: what the stored facts hold, as ``stored_latest``'s
    (alerts: no conflict's sides); ``whole``: the facts recomputed keep every claim (a page lays
    out a conflict's sides from them) rather than ``few``."""
    from missionwatch.ledger.facts import FactStore, read_bodies
    from missionwatch.ledger.schema import DocumentRow, FactKeyRow, FactRow
    from missionwatch.reconcile.materialized import (
        _claims_of,
        _refs_of,
        _stored_fact,
        family,
        key_id,
        stored_latest,
        stored_latest_by_mission,
    )

    rules = rules or Rules()
    cutoff = cutoff[:10]
    skipped = sorted({*skip, *RECOUNTED})
    seq_of: dict[int, int] = {}
    stored = stored_latest_by_mission(
        ledger,
        missions,
        mission_free=mission_free,
        by_document=by_document,
        bare=bare,
        skip=skipped,
        few=few,
        since=since,
        conflicts=conflicts,
        sides_few=sides_few,
        seq_of=seq_of,
    )
    trim = (lambda f: f) if whole else (lambda f: _trimmed(f, few, since))
    with ledger.engine.connect() as conn:
        store = FactStore(conn)
        # the keys the documents published after the date (or undated) hold: the first day of
        # their claims in each, and whether some are undated
        late_first: dict[str, str | None] = {}
        late_spans: dict[str, list[tuple[str, str, str]]] = {}
        late_undated: dict[str, bool] = {}
        late_docs: set[str] = set()
        # (the Council votes' keys among them too: those ``_clean_votes`` finds late)
        late_votes: set[str] = set()
        # read as they come, not held as a list; only the keys of these missions and those of no
        # mission (the situation's, the Council's votes and adoptions, a key whose facts were not
        # stored when 0020 filled the column): 71,567 -> 29,771 rows for MSS at 1,000,009 claims
        rows = conn.execute(
            select(
                FactKeyRow.key_id,
                FactKeyRow.document_id,
                FactKeyRow.first,
                FactKeyRow.last,
                FactKeyRow.undated,
                DocumentRow.published,
                FactKeyRow.measure,
            )
            .join(DocumentRow, DocumentRow.id == FactKeyRow.document_id)
            .where(
                or_(DocumentRow.published > cutoff, DocumentRow.published.is_(None)),
                FactKeyRow.measure.not_in(sorted(set(skipped) - set(RECOUNTED))),
                or_(FactKeyRow.mission.in_(sorted(set(missions))), FactKeyRow.mission.is_(None)),
            )
        )
        for kid, doc, first, last, undated, published, measure in rows:
            if measure in RECOUNTED:
                late_votes.add(str(kid))
                continue
            if published is not None:
                late_docs.add(doc)
            if first is not None:
                late_spans.setdefault(kid, []).append((str(first), str(last or first), str(doc)))
            have = late_first.get(kid)
            if first is not None and (have is None or first < have):
                late_first[kid] = first
            else:
                late_first.setdefault(kid, have)
            late_undated[kid] = late_undated.get(kid, False) or bool(undated)
        # which of those keys are the missions' (or every mission's: the situation's)
        free = set(mission_free)
        touched: dict[str, tuple[str, str | None]] = {}
        kids = sorted(late_first)
        for at in range(0, len(kids), 500):
            for kid, measure, mission in conn.execute(
                select(FactRow.key_id, FactRow.measure, FactRow.mission)
                .where(FactRow.key_id.in_(kids[at : at + 500]), FactRow.measure.not_in(skipped))
                .distinct()
            ).all():
                if mission in missions or (mission is None and measure in free):
                    touched[kid] = (measure, mission)
        found_windows = store.windows_of(sorted(touched))
        # each touched key: from which day its windows are recomputed (None: all), from the claims
        # of which documents; a key whose month- or year-precise claims running across that day
        # join a window before it is done whole, in a second pass
        recomputed: dict[tuple[str | None, str], Fact] = {}
        kept: dict[tuple[str | None, str], list[int]] = {}
        start_of: dict[str, str | None] = {}
        inside: dict[str, dict[int, str]] = {}  # a key's windows a late document falls inside: their start
        windowed = {
            kid: sorted((str(w.first), str(w.last), w.seq) for w in found_windows[kid] if w.window == "day")
            for kid, (measure, _mission) in touched.items()
            if rules.window_for(measure) is not None and measure not in RESOLUTION_MEASURES
        }
        # the days of the claims of the late documents about days up to the date (``_late_days``)
        spoken = _late_days(
            conn,
            {
                doc
                for kid in windowed
                for first, last, doc in late_spans.get(kid, ())
                if first <= cutoff and _within(windowed[kid], first, last) is None
            },
        )
        for kid, (measure, owner) in touched.items():
            if kid not in windowed:
                start_of[kid] = None  # one fact for the whole key (or windows keyed on a resolution)
                continue
            days_of = windowed[kid]
            starts = [first for first, _last, _seq in days_of]
            # a late claim strictly inside a stored window but the last, or month- or year-precise
            # (it joins a window, never bounds one), changes that window's claims only — not its
            # bounds, so neither the windows cut after it nor where a vague claim joins: not where
            # the start goes, unless that window turns out the newest at the date (then again from
            # it); a day claim on a window's first or last day moves the start to that window
            firsts = []
            related = set(family(measure))
            on_bound: dict[str, list[tuple[str, str, int]]] = {}
            for first, last, doc in late_spans.get(kid, ()):
                within = _within(days_of, first, last)
                if within is not None:
                    inside.setdefault(kid, {})[within[2]] = within[0]
                    continue
                said = spoken.get(doc) if first <= cutoff else None
                if said is None:  # not read (about later days, or reviewed): its first day
                    firsts.append(first)
                    continue
                for m, filed, span in said:
                    if m not in related or filed != owner:
                        continue
                    lo, hi = span.first.isoformat(), span.last.isoformat()
                    if span.precision != "day":
                        joined = [w for w in days_of if w[0] <= hi and lo <= w[1]]
                        for w in joined:  # the window it joined is one of these
                            inside.setdefault(kid, {})[w[2]] = w[0]
                        if not joined:
                            firsts.append(lo)  # a period window of its own
                        continue
                    within = _within(days_of, lo, hi)
                    if within is not None:
                        inside.setdefault(kid, {})[within[2]] = within[0]
                        continue
                    bounded = [w for w in days_of[:-1] if lo in (w[0], w[1])]
                    if bounded:  # a window's first or last day: see below whether a known claim holds it
                        on_bound.setdefault(lo, []).append(bounded[0])
                    else:
                        firsts.append(lo)
            # a window's first or last day that a claim known then holds too stays its bound
            held = _held_days(conn, kid, sorted(on_bound), cutoff) if on_bound else set()
            for day, hit in on_bound.items():
                for w in hit:
                    if day in held:
                        inside.setdefault(kid, {})[w[2]] = w[0]
                    else:
                        firsts.append(day)
            on_bound.clear()
            start_of[kid] = _AFTER if not firsts else _last_start(starts, min(firsts))
        todo = dict(touched)
        chosen: dict[str | None, list[int]] = {}
        # a key done again from an earlier start: the documents read for it, its key and its
        # claims known then among them (claims are prepared a document at a time and windows
        # sorted in a total order, so reading only the documents not read yet gives the same)
        read_for: dict[str, tuple[set[str], tuple | None, list[StoredClaim]]] = {}
        went_back: Counter[str] = Counter()  # how many times a key went back to a window before its start
        while todo:
            again: dict[str, tuple[str, str | None]] = {}
            needed: dict[tuple[str | None, tuple[str, ...]], set[str]] = {}
            for kid, (measure, mission) in todo.items():
                start = start_of[kid]
                redo = start is None or late_undated[kid]
                seen = read_for[kid][0] if kid in read_for else set()
                needed.setdefault((mission, family(measure)), set()).update(
                    doc
                    for doc in _holders(conn, kid, start, redo)
                    if doc not in late_docs and doc not in seen
                )
            # the claims of those documents, a mission's (or the situation's) and a measure
            # family's at a time, prepared and grouped as a whole reconciliation groups them
            for (mission, fam), docs in sorted(needed.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
                mine = _mine(mission, mission_free)
                claims = [c for c in store.claims_of(docs, fam) if mine(c)] if docs else []
                store.forget_read()  # the store holds every claim it built: not needed here
                grouped = {key_id(key): (key, cs) for key, cs in group(claims).items()}
                for kid, (measure, owner) in todo.items():
                    if owner != mission or family(measure) != fam:
                        continue
                    start = start_of[kid]
                    key, cs = grouped.get(kid, (None, []))
                    cs = [c for c in cs if known(c, cutoff)]
                    read = docs
                    if kid in read_for:  # a key done again: its claims of the documents read before
                        seen, key_before, cs_before = read_for.pop(kid)
                        cs = [*cs_before, *(c for c in cs if c.document_id not in seen)]
                        key, read = key or key_before, seen | docs
                    prior = sorted(
                        (str(w.first), str(w.last))
                        for w in found_windows.get(kid, ())
                        if w.window == "day" and start is not None and str(w.first) < start
                    )
                    tail = _tail(key, cs, start, late_undated[kid], prior, rules)
                    if isinstance(tail, str):  # again from the window a claim across the start joins
                        # or further back, twice as far each time the key goes back (``_further``)
                        start_of[kid] = _further(
                            tail, [w[0] for w in windowed.get(kid, ())], 2 ** went_back[kid] - 1
                        )
                        went_back[kid] += 1
                        again[kid] = (measure, owner)
                        read_for[kid] = (read, key, cs)
                        continue
                    newest, straddled = tail
                    if start is not None and not (newest is not None and newest.as_of_last) and straddled:
                        # no dated window recomputed, and a kept one may hold a claim running
                        # across the start: again from the last window before it
                        start_of[kid] = prior[-1][0] if start != _AFTER and prior else None
                        again[kid] = (measure, owner)
                        read_for[kid] = (read, key, cs)
                        continue
                    recomputed.pop((mission, kid), None)
                    kept.pop((mission, kid), None)
                    if newest is not None:
                        recomputed[mission, kid] = trim(newest)
                    if start is None:
                        continue
                    # the newest stored window kept (a dated one before the start, else undated)
                    # is ranked against the one recomputed as ``latest`` ranks them
                    # (``newest_rank``): a kept window's claims begin before the start, but one
                    # may end on a month or a year whose last day is later than a day recomputed
                    kept[mission, kid] = [
                        w.seq
                        for w in found_windows[kid]
                        if (w.window == "day" and str(w.first) < start)
                        or (w.window == "period" and w.last is not None and str(w.last) < start)
                        or (w.window == "undated" and not late_undated[kid])
                    ]
            todo = again
            if todo:
                continue
            # the newest stored window kept of each key; one a late document falls inside is
            # done again from its start
            heads = _heads(conn, sorted({seq for seqs in kept.values() for seq in seqs}))
            chosen = {}
            for (mission, kid), seqs in kept.items():
                ranked = [(heads[seq][1], seq) for seq in seqs if seq in heads]
                if not ranked:
                    continue
                rank, seq = max(ranked)
                redone = recomputed.get((mission, kid))
                if (
                    redone is not None
                    and redone.as_of_last
                    and newest_rank(redone.as_of_last, "")[0] > rank[0]
                ):
                    # the window recomputed ends on a later day than every kept one as stored, and
                    # a late claim leaves a kept window's last day where it is or earlier
                    continue
                start = start_of[kid]
                # a window a late claim changes may end as late as the newest (its last day
                # stays or comes earlier without the claim; its id may change): again from there
                backs = [
                    first
                    for changed, first in inside.get(kid, {}).items()
                    if changed in heads and heads[changed][1][0] >= rank[0] and changed in seqs
                ]
                back = min(backs) if backs else None
                if back is not None and (start is None or back < start):
                    start_of[kid] = back
                    todo[kid] = touched[kid]
                if redone is not None and redone.as_of_last:
                    if newest_rank(redone.as_of_last, redone.id) > rank:
                        continue  # the window recomputed ranks first, as ``latest`` ranks them
                    recomputed.pop((mission, kid))  # the kept one does
                chosen.setdefault(mission, []).append(seq)
        # the missions whose Council votes' stored facts are theirs at the date, and of those the
        # first vote of each resolution since ``since`` (the others' votes are read and reconciled)
        clean = _clean_votes(conn, missions, late_votes)
        first_since: dict[str, list[StoredClaim]] = {}
        if votes_of is not None:
            from missionwatch.ledger.mission_scope import MissionScope

            for code in sorted(clean):
                scope = MissionScope(conn, code, mission_free=mission_free, by_document=by_document)
                found = scope.published_since(["council.vote"], since or "", cutoff)
                first_since[code] = _first_votes(code, sorted(found, key=lambda c: c.id or 0), since)
        wanted = sorted({seq for seqs in chosen.values() for seq in seqs})
        bodies = read_bodies(conn, wanted)
        disputed = set() if conflicts == "none" else {seq for seq, b in bodies.items() if b.get("conflict")}
        refs = _refs_of(conn, wanted, few, since, disputed, conflicts)
        kept_claims = _claims_of(conn, refs, few, since, disputed, conflicts, sides_few)
        # the stored newest facts of the keys left as stored
        key_of: dict[int, str] = {}
        seqs = sorted(seq_of.values())
        for at in range(0, len(seqs), 500):
            key_of.update(
                (int(s), str(k))
                for s, k in conn.execute(
                    select(FactRow.seq, FactRow.key_id).where(FactRow.seq.in_(seqs[at : at + 500]))
                ).all()
            )
    out: dict[str, list[Fact]] = {}
    for code in missions:
        mine = [f for f in stored[code] if (id(f) not in seq_of or key_of.get(seq_of[id(f)]) not in touched)]
        fresh = [
            *(f for (owner, _kid), f in recomputed.items() if owner in (code, None)),
            *(
                _stored_fact(bodies[seq], *kept_claims[seq])
                for seq in [*chosen.get(code, ()), *chosen.get(None, ())]
                if seq in bodies and seq in kept_claims
            ),
        ]
        votes = (
            []
            if code in clean
            else [c for measure in RECOUNTED for c in _votes_known(ledger, code, measure, cutoff)]
        )
        # fresh facts are copies per mission: the checks write to them
        fresh = [
            f.model_copy(deep=False, update={"flags": list(f.flags), "notes": list(f.notes)}) for f in fresh
        ]
        if votes_of is not None:
            votes_of[code] = first_since[code] if code in clean else _first_votes(code, votes, since)
        voted = (
            # its votes' stored facts, read for it alone: a vote's fact holds every mission's
            # claims of its resolution, and reading those of every mission held 70 MB more
            stored_latest(
                ledger,
                missions=[code],
                measures=list(RECOUNTED),
                few=few,
                since=since,
                conflicts=conflicts,
                sides_few=sides_few,
            )
            if code in clean
            else [trim(f) for f in latest(reconcile(votes, rules, as_of=cutoff))]
        )
        out[code] = latest([*mine, *finish(fresh, rules), *voted])
    return out


def own_votes(ledger: Ledger, code: str, cutoff: str, stored: list[Fact]) -> list[Fact]:
    """``stored`` (a mission's newest stored facts, every claim known at ``cutoff``) with its
    Council votes those of its own votes reconciled, unless its stored vote facts are those
    (``_clean_votes``): a vote's stored fact holds every report's vote of the resolution, a
    briefing of the mission reconciles its own (``mission_claims``; bench/serve.md,
    thirty-second round)."""
    return own_votes_by_mission(ledger, {code: stored}, cutoff)[code]


def own_votes_by_mission(ledger: Ledger, stored: dict[str, list[Fact]], cutoff: str) -> dict[str, list[Fact]]:
    """``own_votes`` of each mission's stored facts, the vote keys looked at once for all of them
    (an alert list's missions: a vote of one mission's resolution filed under another raised a
    conflict alert there the reconciliation does not; bench/serve.md, thirty-third round). A
    mission whose votes are clean keeps its list, the same facts."""
    with ledger.engine.connect() as conn:
        clean = _clean_votes(conn, list(stored), set())
    out: dict[str, list[Fact]] = {}
    for code, facts in stored.items():
        if code in clean:
            out[code] = facts
            continue
        votes = [c for measure in RECOUNTED for c in _votes_known(ledger, code, measure, cutoff)]
        others = [f for f in facts if f.measure not in RECOUNTED]
        out[code] = latest([*others, *latest(reconcile(votes, Rules(), as_of=cutoff[:10]))])
    return out


def _clean_votes(conn: Any, missions: Sequence[str], late: set[str]) -> set[str]:
    """The missions whose Council votes' stored facts are what reconciling their own votes known
    at the date gives: no key of their votes is held by a document published after it (or
    undated: ``late``, the keys ``latest_at`` found in those documents), by a claim naming no
    mission or another mission, or by a reviewed document. Each vote key is one fact of every
    mission's claims; a mission's reconciliation takes its own. Only the keys of missions still
    clean are looked up further, from the unfiled vote claims' documents (a join of every vote
    key with the unfiled counts, and the late documents' vote keys read apart, took 0.5 s at
    1,000,009 claims: bench/serve.md, twenty-eighth round)."""
    from missionwatch.ledger.review_log import reviewed_documents
    from missionwatch.ledger.schema import FactKeyRow, FactRow, UnfiledCountRow

    held: dict[str, set[str]] = {}
    for kid, filed in conn.execute(
        select(FactRow.key_id, FactRow.missions).where(FactRow.measure.in_(RECOUNTED))
    ):
        held.setdefault(str(kid), set()).update(m for m in str(filed or "").split("|") if m)
    out = set(missions)
    for kid, named in held.items():
        if kid in late or len(named) != 1:
            out -= named
    if not out:
        return out
    vote = FactKeyRow.measure.in_(RECOUNTED)
    unfiled = {
        (str(doc), str(measure))
        for doc, measure in conn.execute(
            select(UnfiledCountRow.document_id, UnfiledCountRow.measure).where(
                UnfiledCountRow.measure.in_(RECOUNTED)
            )
        )
    }
    documents = sorted({doc for doc, _measure in unfiled})
    dirty: set[str] = set()
    for at in range(0, len(documents), 500):
        dirty |= {
            str(kid)
            for kid, doc, measure in conn.execute(
                select(FactKeyRow.key_id, FactKeyRow.document_id, FactKeyRow.measure).where(
                    vote, FactKeyRow.document_id.in_(documents[at : at + 500])
                )
            )
            if (str(doc), str(measure)) in unfiled
        }
    reviewed = sorted(reviewed_documents(conn))
    for at in range(0, len(reviewed), 500):
        dirty |= set(
            conn.execute(
                select(FactKeyRow.key_id).where(vote, FactKeyRow.document_id.in_(reviewed[at : at + 500]))
            ).scalars()
        )
    for kid in dirty:
        out -= held.get(kid, set())
    return out


def _heads(conn: Any, seqs: list[int]) -> dict[int, tuple[str, tuple[str, int, str]]]:
    """Of these facts, the key and the rank ``latest`` orders a series by (``newest_rank``)."""
    import json

    from missionwatch.ledger.facts import HEAD_FIELDS
    from missionwatch.ledger.schema import FactRow

    out: dict[int, tuple[str, tuple[str, int, str]]] = {}
    last, ident = HEAD_FIELDS.index("as_of_last"), HEAD_FIELDS.index("id")
    for at in range(0, len(seqs), 500):
        for seq, kid, head in conn.execute(
            select(FactRow.seq, FactRow.key_id, FactRow.head).where(FactRow.seq.in_(seqs[at : at + 500]))
        ).all():
            h = json.loads(head) if head else None
            if h is None:
                continue
            out[int(seq)] = (str(kid), newest_rank(h[last], h[ident]))
    return out
