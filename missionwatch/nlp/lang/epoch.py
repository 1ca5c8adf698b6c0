"""A figure dated before its mission began belongs to the mission of that time.

"Washington avait promis 200 millions en octobre 2023" in an article on the GSF (from September
2025) is a pledge to the MSS; "Uruguay llegó a tener más de 1.100 efectivos en 2008" in one on the
GSF is a MINUSTAH count. The engine gives an undated or early figure the article's mission; this
pass moves it, by the KB's start dates, to the mission of the same host that ran then.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.lang.grammar import Grammar, fold

# what a mission's own time bounds: counts and money (a vote, a mandate or a quote has its own)
_BOUNDED = ("personnel.", "funding.")
# a ceiling is set before the force it is for begins ("La résolution 1542 autorise 6 700 militaires")
_AHEAD = frozenset({"personnel.target"})
_NOT_FORCES = frozenset({"un_political", "un_support"})
# "en 2008", "in 2008" alone in the sentence: the year the figure is of ("depuis 2022" is a span)
_IN_YEAR = re.compile(r"(?<![\w-])(?:en|in)\s+((?:19|20)\d\d)(?![\d\w])", re.I)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def clause(sentence: str, offset: int, at: int) -> tuple[int, int]:
    """The span of the clause, between semicolons, that holds offset ``at``: "Washington avait promis
    200 millions dès octobre 2023 ; … alors que la FRG coûtera" names the new force in another one."""
    i = at - offset
    lo = sentence.rfind(";", 0, max(i, 0)) + 1
    hi = sentence.find(";", max(i, 0))
    return offset + lo, offset + (hi if hi >= 0 else len(sentence))


def _start(code: str | None) -> str:
    return str(getattr(kbglue.mission(code), "start", "") or "")


def _before(when: str, start: str) -> bool:
    """``when`` (a year, a month or a day) falls wholly before ``start``."""
    return bool(start) and when < start[: len(when)]


def _host_forces(host: str | None, year: str) -> list[str]:
    """The host's forces the KB has running in ``year``."""
    try:
        from missionwatch.kb.missions import all_missions
    except ImportError:
        return []
    out = []
    for m in all_missions():
        if m.host != host or m.kind in _NOT_FORCES or not m.start:
            continue
        if m.start[:4] <= year <= (m.end or "9999")[:4]:
            out.append(m.code)
    return out


def _then(code: str, when: str) -> str | None:
    """The mission ``when`` belongs to: back along the predecessors to one started by then; at the
    chain's start, the first mission (a pledge made before it began); else the one force the host
    had that year."""
    record: Any = kbglue.mission(code)
    while record is not None and _before(when, str(record.start or "")):
        earlier = kbglue.mission(record.predecessor) if record.predecessor else None
        if earlier is None:
            if int(when[:4]) >= int(str(record.start)[:4]) - 1:
                return str(record.code)  # "Nairobi había ofrecido 1.000 policías en julio de 2023"
            forces = _host_forces(record.host, when[:4])
            return forces[0] if len(forces) == 1 else None
        record = earlier
    return str(record.code) if record is not None else None


def date_by_year(claim: Claim, sentence: str, offset: int, published: str | None) -> None:
    """An undated count whose sentence names one year, before the mission's start, in the figure's
    own clause ("llegó a tener 1.100 efectivos en 2008") or opening it ("En 2010, le Brésil
    comptait"), is of that year; not a figure of a side clause ("Paraguay, que aporta 40 soldados,
    llegó a tener 250 en 2009")."""
    if not claim.measure.startswith(_BOUNDED) or claim.measure in _AHEAD:
        return
    if not claim.mission or claim.as_of != published:
        return
    named = list(_IN_YEAR.finditer(sentence))
    if len(_ANY_YEAR.findall(sentence)) != 1 or len(named) != 1:
        return
    year, at, fig = named[0].group(1), named[0].start(), claim.start - offset
    between = sentence[min(at, fig) : max(at, fig)]
    opening = not sentence[:at].strip()
    if not opening and (re.search(r"[,;:()]", between) or not 0 <= fig < len(sentence)):
        return
    if _before(year, _start(claim.mission)) and _then(claim.mission, year):
        claim.as_of = year


def to_its_time(claim: Claim) -> None:
    """Give a count or a sum dated before its mission began to the mission of that time."""
    if not claim.measure.startswith(_BOUNDED) or claim.measure in _AHEAD:
        return
    if not claim.mission or not claim.as_of:
        return
    if not _before(claim.as_of, _start(claim.mission)):
        return
    then = _then(claim.mission, claim.as_of)
    if then:
        claim.mission = then


# what a paragraph's narrative date carries to: counts, money and who sent or paid (a vote, a mandate
# or a quote has its own date)
_CARRIED = ("personnel.", "funding.", "contributor", "donor")
# a relative or a subordinator before a date: the date is a side clause's, not its sentence's time
_SIDE = re.compile(r"(?<!\w)(?:que|qui|dont|donde|cuando|quand|lorsque|depuis|desde)(?!\w)")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def carry_paragraph_date(art: Any, claims: list[Claim]) -> list[Claim]:
    """ "El 1 de junio de 2004 comenzó la MINUSTAH. El Consejo le autorizó hasta 7.000 militares": a
    figure whose sentence gives no date and names no mission, in a paragraph whose last dated
    sentence before it gives a year before the article's mission began, is told in that paragraph's
    time: it takes that date and the mission running then (the one that sentence names, else the
    host's of that year by the KB); none running, no claim. A date of today is never carried."""
    out = []
    for c in claims:
        moved = _carried(art, c) if c.measure.startswith(_CARRIED) else False
        if moved is not None:
            out.append(c)
    return out


def _carried(art: Any, c: Claim) -> bool | None:
    """False when ``c`` stays as it is, True when moved, None when no mission ran at its time."""
    if not c.mission or c.start is None:
        return False
    s = next((x for x in art.sentences if x.start <= c.start < x.end), None)
    if s is None or _told_now(art, s.text):
        return False
    # a day without its year ("El 19 de enero, el Consejo respondió …") takes the paragraph's year
    # as an undated figure takes its date; the year the publication gave it was only a guess (and so
    # was the mission of that guessed year)
    day = _yearless_day(art, s, c)
    if day is None and (
        c.mission != art.mission or c.as_of != art.published or _dated_or_named(art, s.start, s.end)
    ):
        return False
    paragraph = art.text.rfind("\n\n", 0, s.start)
    for before in reversed([x for x in art.sentences if paragraph < x.start and x.end <= s.start]):
        dates = [d for d in art.dates + art.years if before.start <= d.start < before.end]
        if not dates:
            continue
        written = [d for d in dates if not d.relative and _WRITTEN_YEAR.search(art.text[d.start : d.end])]
        if len(written) != len(dates):
            return False  # "la semana pasada", "en mayo": no year to carry
        if any(_SIDE.search(fold(art.text[before.start : d.start])) for d in written):
            return False  # "mantiene 150 militares, la cifra con la que llegó en enero de 2025": now
        when = max(d.value for d in written)
        if day is not None:
            moved = when[:4] + day[4:]
            if moved < when[: len(moved)]:  # "le 12 décembre 2009 … le 3 janvier": the next year's
                moved = f"{int(when[:4]) + 1:04d}" + day[4:]
            when = moved
        if not _before(when, _start(c.mission)):
            return False
        named = {n.key for n in art.names if n.kind == "mission" and before.start <= n.start < before.end}
        own = [code for code in named if getattr(kbglue.mission(code), "host", None) == art.host]
        then = own[0] if len(own) == 1 else _then(c.mission, when)
        if then is None:
            return None
        c.mission, c.as_of = then, when
        return True
    return False


# a day and its month, no year ("19 de enero", "1er mars"); not "hace 3 días"
_DAY_MONTH = re.compile(r"\d{1,2}(?:er|o|º)?\s+(?:de\s+)?[a-z]+")


def _yearless_day(art: Any, s: Any, c: Claim) -> str | None:
    """The claim's date when its sentence's only date is a day or month written without a year
    (whose year the publication gave) and the sentence names no mission; else None."""
    dates = [d for d in art.dates + art.years if s.start <= d.start < s.end]
    if len(dates) != 1 or not _DAY_MONTH.fullmatch(fold(art.text[dates[0].start : dates[0].end]).strip()):
        return None
    if any(n.kind == "mission" and s.start <= n.start < s.end for n in art.names):
        return None
    value = str(dates[0].value)
    if c.as_of != value or len(value) < 7:
        return None
    return value


def _told_now(art: Any, text: str) -> bool:
    """The sentence holds a word of the pack's ``[dates] now`` ("hoy", "esta fuerza", "actuellement")."""
    return _now_words(art.grammar).search(fold(text)) is not None


@cache
def _now_words(g: Grammar) -> re.Pattern[str]:
    """The pack's ``[dates] now`` as one pattern, built once per pack (it was built per sentence)."""
    words = "|".join(re.escape(fold(w)) for w in g.words("dates", "now")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _dated_or_named(art: Any, lo: int, hi: int) -> bool:
    """The span gives a date or a year of its own, or names a mission."""
    return any(lo <= d.start < hi for d in art.dates + art.years) or any(
        n.kind == "mission" and lo <= n.start < hi for n in art.names
    )
