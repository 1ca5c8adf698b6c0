"""The period a sum of money is for, dated by its last day (the corpus convention for budgets).

A UN peacekeeping budget runs from 1 July to 30 June ("$5.38 billion for the year that began on 1
July", "the 2024-25 budget"); a humanitarian appeal, a political mission's budget and most other
plans run over a calendar year ("the 2026 humanitarian plan", "its budget for 2024", "this year's
appeal"). A sum the text sets in "the year before" that period is for the one before.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from missionwatch.nlp.dates import MONTHS, WEEKDAYS, parse_iso

# a period's end: "for the twelve months ending 30 June 2025", "the year to June 30, 2026", "the
# year to June 2024", "for July 2025 to June 2026", "from 1 July 2024 to 30 June 2025"
_SPAN = re.compile(
    r"\b(?:(?:year|twelve months|12 months|period|fiscal year|financial year|budget year)\b[^.;]{0,40}?"
    r"\b(?:ending|ended|to|through|until)|(?:for|from|covering)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\s+(?:to|through|until|-|–))\s+"
    r"(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Z][a-z]+)\s+(?:(?P<day2>\d{1,2}),?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"  # (the pattern ignores case)
_JULY_FIRST = rf"(?:1(?:st)?\s+July|July\s+1(?:st)?|{_WEEKDAY})"
# "for the year that began on 1 July", "the twelve months starting July 1, 2025"
_STARTS = re.compile(
    r"\b(?:year|twelve months|12 months|fiscal year|financial year|budget year|budget period|period)\s+"
    r"(?:that\s+|which\s+)?(?:began|begins|beginning|starting|starts|started|runs|running|from)\s+"
    rf"(?:on\s+)?{_JULY_FIRST}(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# "2024-25", "2025/26", "2024–2025" beside a budget word
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[-/–]\s*((?:19|20)?\d\d)\b")
_BUDGET_WORD = re.compile(r"\b(?:budgets?|fiscal|financial year|budget year|peacekeeping|allocat\w*)\b", re.I)
# a plan or an appeal that names its year: "the 2026 humanitarian plan", "its budget for 2024"
_PLAN = (
    r"(?:humanitarian\s+)?(?:response\s+plan|needs\s+and\s+response\s+plan|appeal|plan|budget|"
    r"Humanitarian\s+Needs\s+and\s+Response\s+Plan|HNRP|HRP|flash\s+appeal)"
)
_YEAR_PLAN = re.compile(rf"\b((?:19|20)\d\d)\s+{_PLAN}\b", re.I)
_PLAN_FOR_YEAR = re.compile(rf"\b{_PLAN}\s+(?:for|in)\s+((?:19|20)\d\d)\b(?!\s*[-/–]\s*\d)", re.I)
_FOR_YEAR = re.compile(r"\b(?:for|through|throughout)\s+((?:19|20)\d\d)\b(?!\s*[-/–]\s*\d)")
# "this year's appeal", "the plan for this year", "the appeal this year"
_THIS_YEAR = re.compile(
    rf"\bthis\s+year's\s+{_PLAN}\b|\b{_PLAN}\s+(?:for\s+)?this\s+year\b|\bfor\s+this\s+year\b", re.I
)
_NEXT_YEAR = re.compile(r"\bnext\s+year\b", re.I)  # in a humanitarian sentence: the coming appeal's year
_HUMANITARIAN = re.compile(r"\b(?:humanitarian|appeal|aid)\b", re.I)
# the sum of the period before: "the previous year's $5.59 billion", "$1.04 billion the year before"
_BEFORE_SUM = re.compile(
    r"\b(?:previous|prior|last|preceding|current)\s+(?:year's|budget's|period's)\s*(?:of\s+)?\W?$", re.I
)
_AFTER_SUM = re.compile(
    r"^[^.;,]{0,25}?\b(?:the\s+year\s+before|a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)"
    r"\s+(?:year|period|budget)|in\s+the\s+previous\s+(?:year|period)"
    r"|(?:for|in)\s+the\s+(?:budget\s+|fiscal\s+|financial\s+)?year\s+(?:that\s+has\s+|which\s+has\s+)?just\s+"
    r"(?:ended|closed|finished))\b",
    re.I,
)


@dataclass(frozen=True)
class Period:
    """The last day of a period and where the sentence told it."""

    end: str
    start: int
    stop: int
    fiscal: bool  # a 1 July - 30 June budget year


def _fiscal_end(year: int) -> str:
    return f"{year}-06-30"


def _current_fiscal_start(published: str | None) -> int | None:
    day = parse_iso(published)
    if day is None:
        return None
    return day.year if day.month >= 7 else day.year - 1


def periods(sentence: str, published: str | None, *, fiscal: bool) -> list[Period]:
    """Every period the sentence names; `fiscal` when the sums are a UN peacekeeping budget's (a
    split year and "this year" then mean a 1 July - 30 June year)."""
    out: list[Period] = []
    day = parse_iso(published)
    for m in _SPAN.finditer(sentence):
        number = MONTHS.get(m.group("month").lower())
        if number is not None:
            year, told = int(m.group("year")), m.group("day") or m.group("day2")
            last = int(told) if told else calendar.monthrange(year, number)[1]
            out.append(Period(f"{year}-{number:02d}-{last:02d}", m.start(), m.end(), number == 6))
    for m in _STARTS.finditer(sentence):
        if m.group("weekday") and (day is None or day.month != 7):
            continue  # "the year that began on Monday": a budget year only in its first days
        begun = int(m.group("year")) if m.group("year") else _current_fiscal_start(published)
        if begun is not None and not any(p.start <= m.start() < p.stop for p in out):
            out.append(Period(_fiscal_end(begun + 1), m.start(), m.end(), True))
    if fiscal or _BUDGET_WORD.search(sentence):
        for m in _SPLIT_YEAR.finditer(sentence):
            first, second = int(m.group(1)), int(m.group(2)[-2:])
            if (first + 1) % 100 == second and (fiscal or "peacekeeping" in sentence.lower()):
                out.append(Period(_fiscal_end(first + 1), m.start(), m.end(), True))
    for rx in (_YEAR_PLAN, _PLAN_FOR_YEAR, _FOR_YEAR):
        for m in rx.finditer(sentence):
            if not any(p.start <= m.start(1) < p.stop for p in out):
                out.append(Period(f"{m.group(1)}-12-31", m.start(), m.end(), False))
    if day is not None:
        for m in _THIS_YEAR.finditer(sentence):
            budget = fiscal and not _HUMANITARIAN.search(m.group(0))
            begun = _current_fiscal_start(published) if budget else None
            end = _fiscal_end(begun + 1) if begun is not None else f"{day.year}-12-31"
            out.append(Period(end, m.start(), m.end(), budget))
        for m in _NEXT_YEAR.finditer(sentence):
            if _HUMANITARIAN.search(sentence):
                out.append(Period(f"{day.year + 1}-12-31", m.start(), m.end(), False))
    return out


def _distance(p: Period, span: tuple[int, int]) -> int:
    start, end = span
    return p.start - end if p.start >= end else start - p.stop if p.stop <= start else 0


def _owner(p: Period, sums: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The sum a period is told for: the last one before it ("$5.38 billion for peacekeeping in the
    year that began on 1 July, below the $5.59 billion …"), else the first after it ("the 2026 plan
    asks for $880 million")."""
    before = [x for x in sums if x[1] <= p.start]
    if before:
        return max(before)
    return min((x for x in sums if x[0] >= p.stop), default=None)


def nearest(found: list[Period], span: tuple[int, int], sums: list[tuple[int, int]]) -> Period | None:
    """The period of the sum at `span` (`sums`, every sum's span in the sentence): the nearest of the
    periods told for it."""
    own = [p for p in found if _owner(p, sums) in (span, None)]
    return min(own, key=lambda p: _distance(p, span), default=None)


def year_before(sentence: str, start: int, end: int) -> bool:
    """The sum is the previous period's: "the previous year's $5.59 billion", "$1.04 billion the
    year before"."""
    return bool(_BEFORE_SUM.search(sentence[max(0, start - 30) : start]) or _AFTER_SUM.match(sentence[end:]))


def shift_back(end: str) -> str:
    """The same day a year earlier: the end of the period before."""
    return f"{int(end[:4]) - 1:04d}{end[4:]}"
