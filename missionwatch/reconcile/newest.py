"""The newest fact of each series, ``latest(reconcile(...))``, with only the facts it can keep built.

A briefing or a conflict list at a date some claim follows reads the newest fact of each series
of the claims known then (``report.backend``'s ``reconcile``, ``Service.conflicts``). Building a
fact (``build_fact``: sources, value keys, the rules) was its largest part — 38 s of the 82 s
profiled for the conflicts at 2026-06-30 at 1,000,009 claims, on 32,324 facts
(bench/serve.md, twenty-third round) — and all but the newest window of each series were built
only to be dropped by ``latest`` (not building them: 9–26 % less CPU for those first requests,
twenty-fourth round). A window's series and its rank as the newest
(``ledger.facts.newest_rank`` of its last date and id) come from its key and its claims' dates
(``facts.fact_mission``, ``facts.date_bounds``: what ``build_fact`` uses), so every window is
still cut but only these are built:

- the windows that rank highest in their series (ties all kept: ``latest`` then picks among
  them as it would among all);
- every window of a key whose facts ``check_against_totals`` reads as a mission total (its
  measure checked, no subject, scope or component): a contributor's newest figure is checked
  against totals of any date;
- every window of a quote's key (its series is told apart by the best value, known only once
  built).

The checks then run over the facts built, as ``reconcile`` runs them over all; each is about one
fact or reads the totals, so the newest facts come out the same (``tests/test_newest.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from missionwatch.ledger.facts import newest_rank
from missionwatch.models import StoredClaim
from missionwatch.reconcile.checks import CHECKED_AGAINST_TOTAL
from missionwatch.reconcile.facts import (
    Fact,
    _fact_id,
    _known_by,
    build_fact,
    date_bounds,
    fact_mission,
    finish,
    group,
    latest,
    window_days,
    windows,
)
from missionwatch.reconcile.normalise import parse_date
from missionwatch.reconcile.rules import Rules


def _built_whole(key: tuple) -> bool:
    """Whether every window of this key is built: a mission total the checks read, or quotes."""
    _mission, measure, subj, _res, _unit, _extra, scope, component = key
    if measure == "quote":
        return True
    return measure in CHECKED_AGAINST_TOTAL and subj is None and scope is None and component is None


def _series(key: tuple, claims: list[StoredClaim]) -> tuple:
    """The series (``latest``'s key: ``Fact.key`` and no quote's value) a window of this key is
    in, as its fact would have it."""
    mission, measure, subj, res, unit, _extra, scope, component = key
    resolution = res if res else (subj if measure in ("council.vote", "council.adopted") else None)
    return (fact_mission(mission, claims), measure, subj, resolution, unit, scope, component, None)


def reconcile_latest(
    claims: Iterable[StoredClaim],
    rules: Rules | None = None,
    *,
    as_of: str | None = None,
    leave_out: Collection[str] = (),
    every_window: Callable[[tuple], bool] | None = None,
    built: list[Fact] | None = None,
) -> list[Fact]:
    """``latest(reconcile(claims, rules, as_of=as_of))``: the same facts, in the same order,
    with only the windows that can be a series' newest (and those the checks read) built;
    without the facts of the measures ``leave_out`` names (none of them built: the checks read
    one measure's totals for that measure's contributors only). Raises ValueError when
    ``as_of`` is not an ISO date. ``every_window``: keys whose every window is built too;
    ``built``: filled with every fact built, checked, in ``reconcile``'s order (a briefing's
    strength trend is every window of the deployed total: one pass serves both)."""
    rules = rules or Rules()
    if as_of is not None and parse_date(as_of) is None:
        raise ValueError(f"as_of must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {as_of!r}")
    kept = [c for c in claims if not (as_of and not _known_by(c, as_of))]
    # every window in ``reconcile``'s order, with its series and rank (None: built whatever they are)
    found: list[tuple[tuple, list[StoredClaim], tuple | None, tuple | None]] = []
    top: dict[tuple, tuple] = {}
    for key, of_key in group(kept).items():
        if key[1] in leave_out:
            continue
        whole = _built_whole(key) or (every_window is not None and every_window(key))
        for w in windows(of_key, window_days(key, rules)):
            if whole:
                found.append((key, w[3], None, None))
                continue
            first, last = date_bounds(w[3])
            series, rank = _series(key, w[3]), newest_rank(last, _fact_id(key, first))
            found.append((key, w[3], series, rank))
            if series not in top or rank > top[series]:
                top[series] = rank
    facts = [
        build_fact(key, claims_of, rules)
        for key, claims_of, series, rank in found
        if series is None or rank == top[series]
    ]
    finish(facts, rules)
    if built is not None:
        built.extend(facts)
    return latest(facts)


__all__ = ["reconcile_latest"]
