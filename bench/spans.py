"""Where a gold value is written: the character span of its words inside its sentence.

The corpus gold says *what* a sentence states ("300000000 USD"), not *where*; a span sub-task
(does an NER span cover the figure?) needs the words. This module finds every number, sum of money,
percentage and date written in a text, with the value it stands for, and picks the mention of a
gold fact's value inside that fact's sentence. Facts it cannot place are left out of the span task
and counted, never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from bench.scoring import DATE_MEASURES, numbers_agree

SPAN_UNITS = frozenset({"persons", "percent", "months", "USD", "KES", "CAD", "EUR", "GBP", "HTG", "JMD"})

_NUM = re.compile(
    r"(?<![\w.])(?:(?P<cur>US\$|C\$|A\$|J\$|\$|€|£|KES|Ksh\.?|KSh|Sh|USD|EUR|CAD|GBP)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|bn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b))?",
    re.IGNORECASE,
)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}
_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MULT = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_WORDS = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted([*_UNITS, *_MULT], key=len, reverse=True))
    + r")(?:[\s-]+(?:and[\s-]+)?|\b))+",
    re.IGNORECASE,
)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted((m for m in _MONTHS if len(m) > 3 and m != "sept"), key=len, reverse=True))
_MONTH_RE += r"|may|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\."
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH_RE})\.?(?:\s+(?P<d2>\d{{1,2}})(?!\d))?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<wd>{'|'.join(_WEEKDAYS)})"
    rf"|(?P<y3>(?:19|20)\d{{2}}))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """Words that state a number or a date, and what they stand for."""

    start: int
    end: int
    value: float | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None


def _words_value(text: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for w in re.findall(r"[a-z]+", text.lower()):
        if w == "and":
            continue
        if w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _MULT:
            current = (current or 1) * _MULT[w]
            seen = True
            if _MULT[w] >= 1000:
                total, current = total + current, 0.0
    return total + current if seen else None


def number_mentions(text: str) -> list[Mention]:
    """Every written number in the text (digits with their currency and scale, or number words)."""
    out: list[Mention] = []
    for m in _NUM.finditer(text):
        value = float(m.group("num").replace(",", ""))
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        out.append(Mention(m.start(), m.end(), value))
    for m in _WORDS.finditer(text):
        chunk = m.group(0).rstrip(" -")
        if chunk.lower() in ("a", "and", "a and") or chunk.lower().startswith("and"):
            continue
        value = _words_value(chunk)
        if value is not None and chunk.lower() != "a":
            start = m.start() + (2 if chunk.lower().startswith("a ") else 0)
            out.append(Mention(start, m.start() + len(chunk), value))
    return sorted(out, key=lambda x: (x.start, -x.end))


def date_mentions(text: str) -> list[Mention]:
    """Every written date: a day and month, a month and year, a weekday, a bare year."""
    out: list[Mention] = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        month_name = g["m1"] or g["m2"]
        day = g["d1"] or g["d2"]
        year = g["y1"] or g["y2"] or g["y3"]
        if month_name and month_name.lower() == "may" and not (day or year):
            continue  # the verb "may"
        month = _MONTHS[month_name.lower().rstrip(".")] if month_name else None
        out.append(
            Mention(
                m.start(),
                m.end(),
                month=month,
                day=int(day) if day else None,
                year=int(year) if year else None,
                weekday=_WEEKDAYS.get((g["wd"] or "").lower()),
            )
        )
    return out


def date_fits(mention: Mention, iso: str) -> bool:
    parts = [int(p) for p in iso.split("-")]
    year, month, day = [*parts, None, None][:3]
    if mention.weekday is not None:
        return day is not None and date(year, month, day).weekday() == mention.weekday
    if mention.year is not None and mention.year != year:
        return False
    if mention.month is not None and month is not None and mention.month != month:
        return False
    if mention.day is not None and day is not None and mention.day != day:
        return False
    return mention.month is not None or (mention.year is not None and month is None)


def spannable(fact: dict[str, Any]) -> bool:
    """Facts whose value is one figure or one date written in the text: the span sub-task's gold."""
    if fact.get("measure") in DATE_MEASURES:
        return bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", str(fact.get("value") or "")))
    return fact.get("unit") in SPAN_UNITS and isinstance(fact.get("value"), int | float)


def locate(fact: dict[str, Any], text: str) -> tuple[int, int] | None:
    """The document span of the fact's value words, inside its sentence; None when not found."""
    if "start" in fact and "end" in fact and fact.get("measure") != "quote":
        return int(fact["start"]), int(fact["end"])
    sentence = fact.get("sentence") or ""
    base = text.find(sentence) if sentence else -1
    if base < 0:
        return None
    if fact["measure"] in DATE_MEASURES:
        for m in date_mentions(sentence):
            if date_fits(m, str(fact["value"])):
                return base + m.start, base + m.end
        return None
    if fact.get("unit") == "months" and fact.get("value") == 12:
        hit = re.search(r"\b(?:another|one|a|a further) year\b", sentence)
        if hit:
            return base + hit.start(), base + hit.end()
    mentions = number_mentions(sentence)
    for m in [m for m in mentions if m.value == fact["value"]] or mentions:
        if numbers_agree(m.value, fact["value"]):
            return base + m.start, base + m.end
    return None
