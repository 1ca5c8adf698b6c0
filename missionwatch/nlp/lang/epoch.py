"""A figure dated before its mission began belongs to the mission of that time.

"Washington avait promis 200 millions en octobre 2023" in an article on the GSF (from September
2025) is a pledge to the MSS; "Uruguay llegó a tener más de 1.100 efectivos en 2008" in one on the
GSF is a MINUSTAH count. The engine gives an undated or early figure the article's mission; this
pass moves it, by the KB's start dates, to the mission of the same host that ran then.
"""

from __future__ import annotations

import re
from typing import Any

from missionwatch.models import Claim
from missionwatch.nlp import kbglue

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
