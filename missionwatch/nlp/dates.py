"""Dates as news writes them, absolute or relative to the publication date, at their own precision.

"on Monday" is the most recent Monday on or before publication; "by January" the next January
after it; "last year" and "the end of 2024" take the period's last day (the corpus convention for a
period's figure); "October 2025" stays at month precision. Pure Python, tested as a table.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta

from missionwatch.nlp.firstchar import gated

log = logging.getLogger(__name__)

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PREFIX = (
    r"(?P<prefix>\b(?:(?:by|until|till|through|to|before|from|since|as of|in|on|at|during|expires?|expiring)"
    r"\s+(?:on\s+)?)?"
    r"(?:(?:the\s+)?(?P<edge>end|close|beginning|start|middle)\s+of\s+|(?P<part>early|mid|late)[\s-]+)?)"
)

DATE_RE = re.compile(
    _PREFIX + r"(?P<body>"
    rf"(?:{_WD},?\s+)?(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?(?![\d,]*\d)"
    rf"|(?:{_WD},?\s+)?(?P<d2>{_DAY})\s+(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<qn>Q[1-4]|(?:first|second|third|fourth)\s+quarter(?:\s+of)?)\s+(?P<qy>{_YEAR})"
    r"|(?P<qr>first|second|third|fourth|previous|preceding|last|past|latest)\s+quarter"
    r"(?:\s+of\s+(?P<qyr>this|last|the\s+previous)\s+year)?"
    rf"|(?P<pp>first|last|final|second)\s+(?:(?P<pn>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+)?"
    rf"(?P<pu>months|half)\s+of\s+(?:(?P<py>{_YEAR})|(?P<pthis>the\s+year|this\s+year))"
    r"|(?P<ago>a|one|two|three|four|five|six)\s+(?P<agou>years?|months?)\s+(?:earlier|ago|before)"
    rf"|(?P<rel>last|next|this|past)\s+(?P<relw>week|month|year|{_MON}|{_WD}|weekend)\b"
    rf"|(?P<m3>{_MON})(?:,?\s+(?P<y3>{_YEAR}))?\b"
    rf"|(?P<y4>{_YEAR})(?![\d)]|/\d)"
    rf"|(?P<wd>{_WD})"
    r"|(?P<hol>Christmas Eve|Christmas Day|New Year's Eve|New Year's Day)"
    r"|(?P<rel2>today|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|tonight)"
    r")\b",
    re.IGNORECASE,
)
DATE_RE = gated(DATE_RE)  # a position whose character starts no date fails at once (nlp.firstchar)
_QUARTER = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_SMALL = {
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
}
# a change that takes effect "from 1 July" may lie just before or just after publication: the
# nearest such day is meant
_NEAREST = {"from", "starting", "effective"}


def _nearest_year(mon: int, day: int, pub: date) -> int:
    best = pub.year
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            if abs((date(y, mon, day) - pub).days) < abs((date(best, mon, day) - pub).days):
                best = y
        except ValueError:
            continue
    return best


def _year_of_weekday(mon: int, day: int, weekday: int, year: int, pub: date, forward: bool) -> int:
    """The year, publication's or the one before (or after, for a forward cue), in which the day
    falls on the weekday the text names; ``year`` when it does or none does."""
    fits = []
    for y in (year, pub.year, pub.year - 1, *((pub.year + 1,) if forward else ())):
        try:
            if date(y, mon, day).weekday() == weekday:
                fits.append(y)
        except ValueError:
            continue
    return fits[0] if fits else year


_FORWARD = {"by", "until", "till", "through", "before", "expire", "expires", "expiring"}


@dataclass
class DateMention:
    """A date found in text, resolved to ISO at the precision the words give."""

    start: int
    end: int
    value: str
    precision: str  # day | month | year
    prefix: str = ""  # by, until, since, in, on … (lower-case, may be empty)
    text: str = ""
    relative: bool = False


def shifted(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or None past the calendar's ends (a text dated 0001-01-01 or
    9999-12-31 still reads, its arithmetic just finds no day)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def parse_iso(value: str | None) -> date | None:
    """'2024-09-30' → date; month or year precision → first day; None when absent/invalid."""
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


_ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_ISO_START = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?![0-9-])")


def clean_published(value: str | None) -> str | None:
    """The publication date the rules may anchor on: an ISO date (years 1 to 9999, at its precision;
    a time after it is dropped); anything else ("garbage", "2024-02-30", "2024-13") is dropped with a
    logged warning, so relative dates stay unresolved rather than wrong."""
    if not value:
        return None
    m = _ISO_START.match(value)
    if m is None or not valid_iso(m.group(0)):
        log.warning("publication date %r is not an ISO date: ignored", str(value)[:40])
        return None
    return m.group(0)  # the date at its precision, without a time after it


def valid_iso(value: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real day, month or year (years 1 to 9999)."""
    return bool(_ISO.fullmatch(value)) and parse_iso(value) is not None and value[:4] != "0000"


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_name(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _resolve_month(month: int, pub: date | None, forward: bool, rel: str | None = None) -> int | None:
    """The year of a bare month: forward cues look ahead of publication, the rest look back."""
    if pub is None:
        return None
    if rel == "next" or forward:
        return pub.year if month > pub.month else pub.year + 1
    if rel == "last":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


# a second day sharing the month of a dated day: "April 25 and 26", "April 25-28", "between April
# 25 and 28" (after it), "25 and 26 April", "25 to 28 April" (before it)
_JOIN = r"\s*(?:-|–|—|/|\s(?:and|or|to|through|till|until)\s)\s*"
_DAY_AFTER = re.compile(rf"^{_JOIN}(?P<d>{_DAY})\b(?![,.]?\d)(?!\s+{_MON})")
_DAY_BEFORE = re.compile(rf"(?<![\d,.])\b(?P<d>{_DAY}){_JOIN}$")


def _sibling_days(text: str, dm: DateMention, m: re.Match[str]) -> list[DateMention]:
    """The other day of a pair or range of days that share one month ("April 25 and 26"): a day
    of a date, never a count."""
    iso = parse_iso(dm.value)
    if iso is None or dm.precision != "day":
        return []
    found = []
    if m.group("m1") and not m.group("y1"):
        tail = _DAY_AFTER.match(text[m.end() : m.end() + 20])
        if tail:
            found.append((m.end() + tail.start("d"), m.end() + tail.end("d"), tail.group("d")))
    if m.group("d2"):
        head_lo = max(0, m.start("d2") - 20)
        head = _DAY_BEFORE.search(text[head_lo : m.start("d2")])
        if head:
            found.append((head_lo + head.start("d"), head_lo + head.end("d"), head.group("d")))
    out = []
    for s, e, d in found:
        try:
            day = date(iso.year, iso.month, int(re.sub(r"\D", "", d)))
        except ValueError:
            continue
        out.append(DateMention(s, e, day.isoformat(), "day", "", text[s:e], dm.relative))
    return out


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date in ``text`` resolved against ``published`` (an ISO date, may be None)."""
    out = _find_dates(text, published)
    extra = []
    for dm in out:
        if dm.precision != "day":
            continue
        m = DATE_RE.match(text, dm.start)
        if m is None or m.end() != dm.end:
            continue
        extra.extend(_sibling_days(text, dm, m))
    taken = [(d.start, d.end) for d in out]
    extra = [x for x in extra if not any(s < x.end and x.start < e for s, e in taken)]
    return _relative_year(text, _that_year(text, sorted(out + extra, key=lambda d: d.start)), published)


_THAT_YEAR = re.compile(r"\s*,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def _that_year(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "on 30 June that year", "in March of the same year": the year is the last one the text
    stated before, not the one publication suggests."""
    out = []
    last_year: str | None = None
    last: DateMention | None = None  # the last date with a stated year
    for d in dates:
        stated = re.search(r"\b(?:19|20)\d{2}\b", d.text)
        tail = _THAT_YEAR.match(text, d.end)
        if not stated and last is not None and _same_month_later(text, last, d):
            # "created in March 1964 by resolution 186, adopted on 4 March": that March's day
            d = DateMention(d.start, d.end, last.value[:4] + d.value[4:], d.precision, d.prefix, d.text)
        elif tail and last_year and not stated and d.precision in ("day", "month"):
            d = DateMention(
                d.start,
                tail.end(),
                last_year + d.value[4:],
                d.precision,
                d.prefix,
                text[d.start : tail.end()],
            )
        elif stated:
            last_year, last = stated.group(0), d
        out.append(d)
    return out


_RELATIVE_YEAR = re.compile(
    r"\s*,?\s+(?:of\s+)?(?P<rel>last|next|this|the\s+previous|the\s+following)\s+year\b", re.I
)
_YEAR_SHIFT = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "this": 0}


def _relative_year(text: str, dates: list[DateMention], published: str | None) -> list[DateMention]:
    """ "in August last year", "on 3 March next year": a month or day without its year, followed by a
    year told from publication, is in that year."""
    pub = parse_iso(published)
    if pub is None:
        return dates
    out: list[DateMention] = []
    for d in dates:
        if out and d.start < out[-1].end:
            continue  # the "last year" a month already took
        tail = _RELATIVE_YEAR.match(text, d.end)
        if tail and d.precision in ("day", "month") and not re.search(r"\b(?:19|20)\d{2}\b", d.text):
            rel = re.sub(r"\s+", " ", tail.group("rel").lower())
            year = pub.year + _YEAR_SHIFT[rel]
            d = DateMention(
                d.start,
                tail.end(),
                f"{year:04d}{d.value[4:]}",
                d.precision,
                d.prefix,
                text[d.start : tail.end()],
                False,  # the year is told, not inferred
            )
        out.append(d)
    return out


def _same_month_later(text: str, earlier: DateMention, d: DateMention) -> bool:
    """A day written without its year a few words after that month with its year, or right after a
    year alone, in the same sentence."""
    gap = text[earlier.end : d.start]
    same_month = earlier.precision in ("month", "day") and earlier.value[5:7] == d.value[5:7]
    the_year = earlier.precision == "year" and earlier.prefix in ("", "in") and len(gap) < 40
    # ("* 2021 - resolution 2602 (29 October)"; not "since 1974 … until 31 December")
    return (
        d.precision == "day"
        and (same_month or the_year)
        and len(gap) < 80
        and not re.search(r"[.;!?]\s|\n\s*\n", gap)
        and not d.relative
        and not _RELATIVE_BEFORE.search(text[max(0, d.start - 25) : d.end])
    )


# "due to expire tomorrow, 15 July": a day told from today, not from the month before it
_RELATIVE_BEFORE = re.compile(r"\b(?:tomorrow|today|yesterday|tonight|next|this|last|coming)\b", re.I)


def _find_dates(text: str, published: str | None = None) -> list[DateMention]:
    pub = parse_iso(published)
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        try:
            d = _resolve(m, pub)
        except (ValueError, OverflowError):  # a day before year 1 or after 9999: no date, not a failure
            d = None
        if d is None or not valid_iso(d[0]):
            if d is not None:
                log.warning("date %r resolves to %r, out of range: skipped", m.group(0)[:40], d[0])
            continue
        prefix_words = (m.group("prefix") or "").strip().lower().split()
        prefix = prefix_words[0] if prefix_words and prefix_words[0] not in ("the",) else ""
        if prefix in ("end", "close", "beginning", "start", "middle", "early", "mid", "late"):
            prefix = ""
        # "as of" is two words
        if (m.group("prefix") or "").lower().startswith("as of"):
            prefix = "as of"
        value, precision = d
        start = m.start("body") if not (m.group("edge") or m.group("part")) else m.start()
        if prefix:
            start = m.start()
        out.append(
            DateMention(
                start,
                m.end(),
                value,
                precision,
                prefix,
                text[start : m.end()],
                relative=bool(
                    m.group("rel")
                    or m.group("wd")
                    or m.group("rel2")
                    or (m.group("m3") and not m.group("y3"))
                ),
            )
        )
    return out


def _quarter_told(which: str, of_year: str, pub: date | None) -> tuple[str, str] | None:
    """ "the first quarter", "the second quarter of this year", "the previous quarter": dated by the
    quarter's last day. Told without a year, an ordinal quarter is the latest one ended by
    publication; "last quarter" the latest ended, "the previous quarter" the one before it (what a
    report on a quarter calls the quarter before)."""
    if pub is None:
        return None
    ended = (pub.year * 4 + (pub.month - 1) // 3) - 1  # the latest quarter ended, counted from year 0
    if which in _QUARTER:
        n = _QUARTER[which] - 1
        if of_year:
            year = pub.year - (0 if of_year == "this" else 1)
            index = year * 4 + n
        else:
            index = ended - (ended - n) % 4
    else:
        index = ended - (1 if which in ("previous", "preceding") else 0)
    year, mon = index // 4, (index % 4) * 3 + 3
    return f"{year:04d}-{mon:02d}-{_last_day(year, mon):02d}", "day"


def _resolve(m: re.Match[str], pub: date | None) -> tuple[str, str] | None:
    prefix = (m.group("prefix") or "").strip().lower()
    forward = prefix.split(" ")[0] in _FORWARD if prefix else False
    edge = (m.group("edge") or "").lower()
    g = m.group
    if g("m1") or g("m2"):
        mon = _month_name(g("m1") or g("m2"))
        day = int(re.sub(r"\D", "", g("d1") or g("d2")))
        year_s = g("y1") or g("y2")
        year = int(year_s) if year_s else _resolve_month(mon, pub, forward)
        if year is None:
            return None
        if (
            year_s is None
            and pub is not None
            and not forward
            and (mon, day) > (pub.month, pub.day)
            and mon == pub.month
        ):
            year = pub.year - 1
        if year_s is None and pub is not None and prefix.split(" ")[0] in _NEAREST:
            year = _nearest_year(mon, day, pub)  # "the ceiling falls … from 1 July": the nearest 1 July
        told = next((WEEKDAYS[w] for w in re.findall(r"[a-z]+", m.group(0).lower()) if w in WEEKDAYS), None)
        if year_s is None and pub is not None and told is not None:
            year = _year_of_weekday(
                mon, day, told, year, pub, forward
            )  # "on Sunday, December 3": the year in
            # which 3 December is a Sunday, nearest the one the words alone give
        try:
            return date(year, mon, day).isoformat(), "day"
        except ValueError:
            return None
    if g("qn"):
        q = _QUARTER[g("qn").split()[0].lower()]
        y = int(g("qy"))
        mon = q * 3
        return f"{y:04d}-{mon:02d}-{_last_day(y, mon):02d}", "day"
    if g("qr"):
        return _quarter_told(g("qr").lower(), (g("qyr") or "").lower(), pub)
    if g("ago"):
        if pub is None:
            return None
        k = {"a": 1, "one": 1}.get(g("ago").lower()) or _SMALL.get(g("ago").lower()) or 1
        months = pub.year * 12 + pub.month - 1 - (k * 12 if g("agou").lower().startswith("year") else k)
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"  # "a year earlier": that month
    if g("pp"):
        if g("py") is None and pub is None:
            return None
        y = int(g("py")) if g("py") else pub.year  # type: ignore[union-attr]
        if g("pp").lower() in ("last", "final", "second"):
            return f"{y:04d}-12-31", "day"
        n = 6 if g("pu").lower() == "half" else _SMALL.get((g("pn") or "").lower()) or int(g("pn") or 0)
        if not 1 <= n <= 12:
            return None
        return f"{y:04d}-{n:02d}-{_last_day(y, n):02d}", "day"
    if g("rel"):
        rel, what = g("rel").lower(), g("relw").lower().rstrip(".")
        if pub is None:
            return None
        if what == "year":
            y = pub.year + {"last": -1, "past": -1, "next": 1, "this": 0}[rel]
            if rel in ("last", "past"):
                return f"{y:04d}-12-31", "day"
            return (f"{y:04d}-12-31", "day") if edge in ("end", "close") else (f"{y:04d}", "year")
        if what == "month":
            mon, y = pub.month + {"last": -1, "past": -1, "next": 1, "this": 0}[rel], pub.year
            if mon == 0:
                mon, y = 12, y - 1
            if mon == 13:
                mon, y = 1, y + 1
            return f"{y:04d}-{mon:02d}", "month"
        if what in ("week", "weekend"):
            d = pub + timedelta(days={"last": -7, "past": -7, "next": 7, "this": 0}[rel])
            return f"{d.year}-{d.month:02d}", "month"
        if what in WEEKDAYS:
            back = (pub.weekday() - WEEKDAYS[what]) % 7 or 7
            d = (
                pub - timedelta(days=back)
                if rel in ("last", "past")
                else pub + timedelta(days=(WEEKDAYS[what] - pub.weekday()) % 7 or 7)
            )
            return d.isoformat(), "day"
        mon = _month_name(what)
        ry = _resolve_month(mon, pub, forward, rel)
        return (f"{ry:04d}-{mon:02d}", "month") if ry else None
    if g("m3"):
        mon = _month_name(g("m3"))
        # "May" alone is too often the verb to be a date; "in May", "by May", "early May" are the month
        if (
            g("m3").lower() == "may"
            and not g("y3")
            and not (g("m3") == "May" and (m.group("prefix") or "").strip())
        ):
            return None
        my = int(g("y3")) if g("y3") else _resolve_month(mon, pub, forward)
        if my is None:
            return None
        y = my
        if edge in ("end", "close"):
            return f"{y:04d}-{mon:02d}-{_last_day(y, mon):02d}", "day"
        return f"{y:04d}-{mon:02d}", "month"
    if g("y4"):
        y = int(g("y4"))
        if edge in ("end", "close"):
            return f"{y:04d}-12-31", "day"
        return f"{y:04d}", "year"
    if g("wd"):
        if pub is None:
            return None
        back = (pub.weekday() - WEEKDAYS[g("wd").lower()]) % 7
        if prefix in ("next",) or forward:
            d = pub + timedelta(days=(WEEKDAYS[g("wd").lower()] - pub.weekday()) % 7)
        else:
            d = pub - timedelta(days=back)
        return d.isoformat(), "day"
    if g("hol"):
        if pub is None:
            return None
        h = g("hol").lower()
        mon, day = {
            "christmas eve": (12, 24),
            "christmas day": (12, 25),
            "new year's eve": (12, 31),
            "new year's day": (1, 1),
        }[h]
        y = pub.year if (mon, day) <= (pub.month, pub.day) else pub.year - 1
        return f"{y:04d}-{mon:02d}-{day:02d}", "day"
    if g("rel2"):
        if pub is None:
            return None
        word = re.sub(r"\s+", " ", g("rel2").lower())
        d = pub + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))  # "this morning": that day
        return d.isoformat(), "day"
    return None


def month_end(value: str) -> str:
    """'2024-09' → '2024-09-30'; other precisions unchanged."""
    if re.fullmatch(r"\d{4}-\d{2}", value):
        y, m = map(int, value.split("-"))
        return f"{value}-{_last_day(y, m):02d}"
    return value
