"""Dates in French and Spanish text, resolved against publication as the English extractor does.

"30 septembre 2024", "le 1er octobre", "el 30 de septiembre de 2024", "septembre 2024",
"lundi" / "el pasado lunes" (the most recent one on or before publication), "hier"/"ayer", "la
semaine dernière"/"la semana pasada" (the month a week before), "le mois dernier", "l'an
dernier" (``YYYY-12-31``), "fin septembre 2025". Month and weekday names are dateparser's
locale data (``grammar._calendar``); the relative phrases are the pack's ``[dates]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from missionwatch.nlp.lang.grammar import Grammar, fold


@dataclass
class Date:
    start: int
    end: int
    value: str  # ISO at its own precision
    relative: bool = False
    ahead: str | None = None  # a month named without its year, for what is still to come: its next one


def _iso(d: date) -> str:
    return d.isoformat()


def _published(published: str | None) -> date | None:
    if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published[:10]):
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


@cache
def _patterns(g: Grammar) -> list[tuple[str, re.Pattern[str]]]:
    d = g.section("dates")
    months = g.month_pattern
    days = g.weekday_pattern
    ordinal = "|".join(re.escape(fold(o)) for o in d.get("ordinal", []))  # matched on folded text
    day = rf"(?P<day>{ordinal}|\d{{1,2}})"
    de = r"(?:\s+de)?"
    flags = re.I
    # a weekday and the date it names in apposition are one date ("jeudi dernier, le 2 octobre",
    # "el jueves pasado, 2 de octubre"): the date's
    told = "|".join(re.escape(fold(w)) for w in d.get("weekday_told", [])) or "(?!x)x"
    articles = "|".join(re.escape(fold(w)) for w in d.get("weekday_article", [])) or "(?!x)x"
    out = [
        (
            "dmy",
            re.compile(
                rf"(?<!\w)(?:(?:{days})(?:\s+(?:{told}))?(?:\s*,\s*(?:(?:{articles})\s+)?|\s+))?{day}{de}\s+(?P<month>{months})\.?{de}(?:\s+(?:del?\s+)?(?P<year>\d{{4}}))?(?!\w)",
                flags,
            ),
        ),
        ("my", re.compile(rf"(?<!\w)(?P<month>{months}){de}\s+(?:del?\s+)?(?P<year>\d{{4}})(?!\w)", flags)),
        ("weekday", re.compile(rf"(?<!\w)(?P<wd>{days})(?!\w)", flags)),
    ]
    between = "|".join(re.escape(fold(w)) for w in d.get("between", []))
    joins = "|".join(re.escape(fold(w)) for w in d.get("period_end", []))
    if between and joins:  # "entre janvier et mars", "entre abril y junio": the last month's end
        out.append(
            (
                "range",
                re.compile(
                    rf"(?<!\w)(?:{between})\s+(?:{months})\s+(?:{joins})\s+(?P<month>{months})(?!\s+(?:de\s+)?\d)(?!\w)",
                    flags,
                ),
            )
        )
    ordinals = d.get("period_ordinals", {})
    if ordinals:  # "au premier trimestre 2025", "el segundo semestre": the period's end
        alt = "|".join(re.escape(fold(w)) for w in sorted(ordinals, key=len, reverse=True))
        nouns = "|".join(re.escape(fold(w)) for w in d.get("quarter", []) + d.get("half", []))
        out.append(
            (
                "period",
                re.compile(
                    rf"(?<!\w)(?P<nth>{alt})\s+(?P<noun>{nouns})(?:\s+(?:del?\s+)?(?P<year>\d{{4}}))?(?!\w)",
                    flags,
                ),
            )
        )
    heads = sorted(d.get("before_month", []), key=len, reverse=True)
    before_month = "|".join(re.escape(fold(w)) for w in heads)
    if before_month:  # "en février", "fin mars": a month without its year (after the full forms)
        out.append(
            (
                "bare_month",
                re.compile(
                    # "mi-juin": a head ending in a hyphen takes the month without a space
                    rf"(?<!\w)(?:{before_month})(?:\s+|(?<=-))(?P<month>{months})(?!\s+(?:de\s+|del\s+)?\d)(?!\w)",
                    flags,
                ),
            )
        )
    ago = d.get("ago", {})
    if ago:  # "hace tres semanas", "il y a deux mois": so long before publication
        units = "|".join(re.escape(fold(w)) for w in sorted(ago.get("units", {}), key=len, reverse=True))
        counts = "|".join(re.escape(fold(w)) for w in sorted(ago.get("counts", {}), key=len, reverse=True))
        head = "|".join(re.escape(fold(w)) for w in ago.get("before", []))
        out.append(
            (
                "ago",
                re.compile(
                    rf"(?<!\w)(?:{head})\s+(?:(?:unos|unas|quelques|environ|casi|pres de|cerca de)\s+)?"
                    rf"(?P<n>\d{{1,2}}|{counts})\s+(?P<unit>{units})(?!\w)",
                    flags,
                ),
            )
        )
    plan_year = "|".join(re.escape(fold(w)) for w in d.get("year_of", []))
    if plan_year:
        out.append(("year_of", re.compile(rf"(?<!\w)(?:{plan_year})\s+(?P<year>\d{{4}})(?!\w)", flags)))
    for key in (
        "today",
        "yesterday",
        "last_week",
        "this_week",
        "last_month",
        "last_year",
        "next_year",
        "this_year",
    ):
        words = d.get(key, [])
        if words:
            alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
            out.append((key, re.compile(rf"(?<!\w)(?:{alt})(?!\w)", flags)))
    return out


_SINCE_THEN = re.compile(r"(?<!\w)(?:depuis|desde)(?:\s+[\w'’-]+){0,3}\s*$")


def find_years(text: str, g: Grammar, published: str | None) -> list[Date]:
    """Years a figure is said to be of ("tuées en 2024", "au cours de l'année 2025", "durante
    2024", ``[dates] in_year``): a year ended by publication is a period, dated at its end
    ("2024-12-31", as "l'an dernier" is); the year still running stays a year ("2026"). Kept apart
    from ``find_dates``: only figures over a period (tolls, money) are dated by them."""
    words = [fold(w) for w in g.section("dates").get("in_year", [])]
    pub = _published(published)
    if not words or pub is None:
        return []
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    folded = fold(text)
    if len(folded) != len(text):
        folded = text
    out: list[Date] = []
    for m in re.finditer(
        rf"(?<![\w'’-])(?:{alt})\s+(?P<year>(?:19|20)\d\d)(?![\w'’-]|\s*[-–/]\s*\d)", folded, re.I
    ):
        year = int(m.group("year"))
        if year > pub.year:
            continue  # a year still to come dates a plan, not a figure so far
        if _SINCE_THEN.search(folded[max(0, m.start() - 30) : m.start()]):
            continue  # "depuis sa création en 2024", "desde su creación en 2024": a start
        value = f"{year:04d}-12-31" if year < pub.year else f"{year:04d}"
        out.append(Date(m.start(), m.end(), value))
    return out


def _next_one(folded: str, start: int, end: int, g: Grammar) -> bool:
    """A day named with a word of the next one after it ("le 31 janvier prochain") or before it ("el
    próximo 20 de septiembre"): ``[dates] next_after`` / ``next_before``."""
    after = [fold(w) for w in g.section("dates").get("next_after", [])]
    before = [fold(w) for w in g.section("dates").get("next_before", [])]
    tail, head = folded[end : end + 20], folded[max(0, start - 20) : start]
    return any(re.match(rf"\s+{re.escape(w)}(?!\w)", tail) for w in after) or any(
        re.search(rf"(?<!\w){re.escape(w)}\s+$", head) for w in before
    )


# an end or a deadline before a day: it may lie ahead ("hasta el 20 de diciembre", "jusqu'au 2 octobre")
_AHEAD = re.compile(
    r"(?:hasta|jusqu|expir|venc|fin|termin|echeance|d'ici|avant|antes|a partir|des le|desde el)\w*"
    r"\s*(?:el|le|la|du|del|au|al)?\s*$"
)
# (an article may follow: "depuis le début de septembre", "desde el inicio de")
_SINCE = re.compile(r"(?<!\w)(?:depuis|desde|hasta|jusqu'|jusqu’|since)\s*(?:(?:le|la|el|l')\s*)?$")


def _key(table: dict[str, object], folded: str) -> str:
    """The key of ``table`` a folded match stands for."""
    return next(k for k in table if fold(k) == fold(folded))


def _day(text: str, g: Grammar) -> int:
    if text.isdecimal():
        return int(text)
    return 1  # "1er", "premier", "1.º"


def _month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _period_end(m: re.Match[str], g: Grammar, pub: date | None, *, ahead: bool = False) -> str | None:
    """The last day of a numbered quarter or half ("deuxième trimestre 2025" → 2025-06-30); without
    a year, the latest one ended by publication, or the next to end after a deadline word ("avant
    la fin du premier trimestre")."""
    d = g.section("dates")
    nth = {fold(k): v for k, v in d.get("period_ordinals", {}).items()}[fold(m.group("nth"))]
    months = 3 if fold(m.group("noun")) in {fold(w) for w in d.get("quarter", [])} else 6
    if nth * months > 12:
        return None
    month = nth * months
    if m.group("year"):
        return _iso(_month_end(int(m.group("year")), month))
    if pub is None:
        return None
    end = _month_end(pub.year, month)
    if ahead:
        return _iso(end if end >= pub else _month_end(pub.year + 1, month))
    return _iso(end if end <= pub else _month_end(pub.year - 1, month))


def find_dates(text: str, g: Grammar, published: str | None) -> list[Date]:
    """Every date in ``text`` that resolves, earliest first; overlapping matches keep the first kind
    (a full date beats a month-year and a weekday inside it)."""
    pub = _published(published)
    found: list[Date] = []

    def free(s: int, e: int) -> bool:
        return not any(x.start < e and s < x.end for x in found)

    folded = fold(text)
    if len(folded) != len(text):  # a character that folds to two ("ß"): match as written
        folded = text
    for kind, pattern in _patterns(g):
        for m in pattern.finditer(folded):
            if not free(m.start(), m.end()):
                continue
            value: str | None = None
            relative = False
            try:
                if kind == "dmy":
                    month = g.months[fold(m.group("month"))]
                    day = _day(m.group("day"), g)
                    if m.group("year"):
                        value = _iso(date(int(m.group("year")), month, day))
                    elif pub is not None:
                        on = date(pub.year, month, day)
                        head = folded[max(0, m.start() - 24) : m.start()]
                        # "le 8 décembre" in a January article is last December; an end is ahead
                        if on > pub + timedelta(days=60) and not _AHEAD.search(head):
                            on = date(pub.year - 1, month, day)
                        # "le 31 janvier prochain", "el próximo 20 de septiembre": the next one
                        if on < pub and _next_one(folded, m.start(), m.end(), g):
                            on = date(pub.year + 1, month, day)
                        value = _iso(on)
                        relative = True
                elif kind == "my":
                    value = f"{int(m.group('year')):04d}-{g.months[fold(m.group('month'))]:02d}"
                    head = fold(text[max(0, m.start() - 20) : m.start()])
                    ends = g.section("dates").get("end_of", []) + g.section("dates").get("period_end", [])
                    if any(re.search(rf"(?<!\w){re.escape(fold(w))}$", head.rstrip()) for w in ends):
                        y, mo = int(m.group("year")), g.months[fold(m.group("month"))]
                        value = _iso(_month_end(y, mo))
                elif kind == "range":  # without a year: the last such month ended by publication
                    if pub is None:
                        continue
                    mo = g.months[fold(m.group("month"))]
                    end = _month_end(pub.year, mo)
                    value = _iso(end if end <= pub else _month_end(pub.year - 1, mo))
                elif kind == "period":
                    head = fold(text[max(0, m.start() - 25) : m.start()]).rstrip()
                    ahead = any(
                        re.search(rf"(?<!\w){re.escape(fold(w))}$", head)
                        for w in g.section("dates").get("deadline", [])
                    )
                    value = _period_end(m, g, pub, ahead=ahead)
                elif kind == "year_of":  # "le plan pour 2024": the year's figure, at its end
                    value = f"{int(m.group('year')):04d}-12-31"
                elif pub is None:
                    continue
                elif kind == "bare_month":  # the latest such month by publication; the next one ahead
                    if _SINCE.search(folded[max(0, m.start() - 16) : m.start()]):
                        continue  # "depuis fin juin", "desde finales de mayo": a start
                    mo = g.months[fold(m.group("month"))]
                    year = pub.year if mo <= pub.month else pub.year - 1
                    value, relative = f"{year:04d}-{mo:02d}", True
                    later = pub.year if mo >= pub.month else pub.year + 1
                    found.append(Date(m.start("month"), m.end(), value, relative, f"{later:04d}-{mo:02d}"))
                    continue
                elif kind == "ago":
                    ago = g.section("dates")["ago"]
                    n = m.group("n")
                    count = int(n) if n.isdecimal() else int(ago["counts"][_key(ago["counts"], n)])
                    days = int(ago["units"][_key(ago["units"], m.group("unit"))]) * count
                    when = pub - timedelta(days=days)
                    value, relative = (_iso(when) if days < 7 else when.isoformat()[:7]), True
                elif kind == "weekday":
                    back = (pub.weekday() - g.weekdays[fold(m.group("wd"))]) % 7
                    value, relative = _iso(pub - timedelta(days=back)), True
                elif kind == "today":
                    value, relative = _iso(pub), True
                elif kind == "yesterday":
                    value, relative = _iso(pub - timedelta(days=1)), True
                elif kind == "last_week":
                    value, relative = (pub - timedelta(days=7)).isoformat()[:7], True
                elif kind == "this_week":
                    value, relative = pub.isoformat()[:7], True
                elif kind == "last_month":
                    prev = pub.replace(day=1) - timedelta(days=1)
                    value, relative = prev.isoformat()[:7], True
                elif kind == "last_year":
                    value, relative = f"{pub.year - 1:04d}-12-31", True
                elif kind == "next_year":
                    value, relative = f"{pub.year + 1:04d}", True
                elif kind == "this_year":
                    value, relative = f"{pub.year:04d}", True
            except (ValueError, KeyError):
                continue  # "31 février", a year 0
            if value:
                found.append(Date(m.start(), m.end(), value, relative))
    return sorted(found, key=lambda d: d.start)
