"""Checks across facts once they are built: a contributor above its mission's total, a mandate's
expiry day from the Council record.

Reconciliation keeps each series to itself; these checks read one series against another (a
contributor's strength against the mission-wide strength of the same dates) or against the
knowledge base (the day a resolution's authorisation ends), and say what they found in
``Fact.flags`` and ``Fact.notes`` — they never change a figure someone stated, except that a
month-precise expiry takes the day the record gives for that month.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from missionwatch.ledger.facts import newest_rank
from missionwatch.reconcile.normalise import number, parse_date, record_expiries
from missionwatch.reconcile.rules import Rules

if TYPE_CHECKING:
    from missionwatch.reconcile.facts import Fact

# Measures whose contributor figures are parts of a mission-wide figure of the same measure.
CHECKED_AGAINST_TOTAL = ("personnel.deployed", "personnel.pledged")


def _span(f: Fact) -> tuple | None:
    first, last = parse_date(f.as_of_first), parse_date(f.as_of_last)
    if first is None or last is None:
        return None
    return first.first, last.last


def _exceeds(part: Fact, total: Fact, rules: Rules) -> bool:
    p, t = number(part.best), number(total.best)
    if p is None or t is None or total.qualifier == "at_least" or part.qualifier == "at_most":
        return False
    return p > t * (1 + rules.tolerance)


def _plain(f: Fact) -> bool:
    return f.scope is None and f.component is None and f.kind == "number" and number(f.best) is not None


def _newest(f: Fact) -> tuple[str, int, str]:
    # the one rule pages and alerts rank a series' newest by: a month by its last day, then the
    # finer date, then the id (dates compared as text put "2024-10" before "2024-10-05")
    return newest_rank(f.as_of_last, f.id)


def check_against_totals(facts: list[Fact], rules: Rules) -> None:
    """Flag a contributor's figure above the mission total of the same dates (``exceeds_total``) or,
    when no total was reported then, above the newest earlier one (``exceeds_older_total``)."""
    # each total's span worked out once, not once per contributor's figure checked against it
    # (59,952 spans for a first overview at 1,000,009 claims, bench/serve.md, fourteenth round)
    totals: dict[tuple, list[tuple[tuple, Fact]]] = {}
    for f in facts:
        if f.measure in CHECKED_AGAINST_TOTAL and f.subject is None and _plain(f):
            span = _span(f)
            if span is not None:
                totals.setdefault((f.mission, f.measure, f.unit), []).append((span, f))
    for f in facts:
        subject = f.subject or ""
        if (
            f.measure not in CHECKED_AGAINST_TOTAL
            or not (len(subject) == 3 and subject.isupper())
            or not _plain(f)
        ):
            continue
        mine = _span(f)
        if mine is None:
            continue
        same, older = [], []
        slack = timedelta(days=(rules.window_for(f.measure) or 0) // 2)  # "the same date": ±half a window
        for theirs, t in totals.get((f.mission, f.measure, f.unit), []):
            if theirs[0] - slack <= mine[1] and mine[0] <= theirs[1] + slack:
                same.append(t)
            elif theirs[1] < mine[0]:
                older.append(t)
        label = f.subject_label or subject
        if same:
            t = max(same, key=_newest)
            if _exceeds(f, t, rules):
                f.flags.append("exceeds_total")
                f.notes.append(
                    f"{label}'s {f.best} is more than the mission total "
                    f"of the same dates ({t.best}, {t.as_of})"
                )
        elif older:
            t = max(older, key=_newest)
            if _exceeds(f, t, rules):
                f.flags.append("exceeds_older_total")
                f.notes.append(
                    f"{label}'s {f.best} is more than the newest mission total before it "
                    f"({t.best}, {t.as_of}): that total is out of date"
                )


def expiry_from_record(facts: list[Fact]) -> None:
    """A month- or year-precise mandate expiry takes the day of the Council record that gives it.

    The record is the newest resolution on the fact's mission, adopted by the fact's last date,
    whose expiry falls in the month (or year) the claims name.
    """
    for f in facts:
        if f.measure != "mandate.expiry" or f.mission is None or not isinstance(f.best, str):
            continue
        span = parse_date(f.best)
        if span is None or span.precision == "day":
            continue
        by = f.as_of_last or f.as_of or "9999-12-31"
        found = [
            (adopted, num, expiry)
            for num, adopted, expiry in record_expiries(f.mission)
            if expiry.startswith(f.best) and adopted[: len(by)] <= by
        ]
        if not found:
            continue
        adopted, num, expiry = max(found)
        f.notes.append(f"the day is from resolution {num} (adopted {adopted}); the reports give {f.best}")
        f.best = expiry
        f.decided_by = "record"
        f.flags.append("expiry_from_record")


__all__ = ["check_against_totals", "expiry_from_record"]
