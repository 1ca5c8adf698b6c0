"""How figures read on a page: thousands separators, money in millions, dates, qualifiers.

One place so the Markdown briefing, the HTML briefing, the web pages and the alerts say
"about 2,500" and "USD 300 million" the same way.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from missionwatch import measures
from missionwatch.report.backend import as_number

QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "up to ", "exact": ""}
CURRENCIES = {"USD", "KES", "CAD", "EUR", "GBP", "JPY", "HTG", "XCD", "BSD", "JMD"}


def label(measure: str) -> str:
    return measures.label(measure)


def days(n: int) -> str:
    """1 → '1 day'; 12 → '12 days'."""
    return f"{n:,} day" if abs(n) == 1 else f"{n:,} days"


def number(value: float) -> str:
    """2500 → '2,500'; 2.5 → '2.5'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def money(value: float, currency: str) -> str:
    """300000000, USD → 'USD 300 million'; 21.6 million keeps one decimal."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            scaled = value / size
            text = f"{scaled:,.0f}" if scaled.is_integer() else f"{scaled:,.1f}".rstrip("0").rstrip(".")
            return f"{currency} {text} {word}"
    return f"{currency} {number(value)}"


def value_text(value: Any, unit: str | None = None, qualifier: str | None = None) -> str:
    """The figure as a reader says it, qualifier first: 'about 2,500', 'USD 300 million', '13-0-2'."""
    if value is None:
        return "—"
    prefix = QUALIFIER_WORDS.get(qualifier or "exact", "")
    num = as_number(value)
    if num is None:
        return f"{prefix}{value}"
    if unit and unit.upper() in CURRENCIES:
        return prefix + money(num, unit.upper())
    if unit == "percent":
        return f"{prefix}{number(num)} %"
    if unit == "months":
        return f"{prefix}{number(num)} months"
    return prefix + number(num)


def range_text(low: Any, high: Any, unit: str | None) -> str | None:
    """'2,300–2,500' when a fact's sources disagree; None when they do not."""
    lo, hi = as_number(low), as_number(high)
    if lo is None or hi is None or lo == hi:
        return None
    return f"{value_text(lo, unit)}–{value_text(hi, unit)}"


def parse_date(text: str | None) -> date | None:
    """An ISO date at day precision; month/year precision dates take their first day; None if invalid."""
    if not text:
        return None
    parts = str(text)[:10].split("-")
    try:
        if len(parts) == 3:  # a day past the month's end (2024-02-30) means its last day
            year, month = int(parts[0]), int(parts[1])
            return date(year, month, min(int(parts[2]), calendar.monthrange(year, month)[1]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date(int(parts[0]), 1, 1)
    except ValueError:
        return None


def percent(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return round(100.0 * part / whole, 1)
