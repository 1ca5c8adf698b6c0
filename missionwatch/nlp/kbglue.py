"""The extractor's only door to the knowledge base and the Council rules, each call guarded.

The KB (``kb.missions``, ``kb.council``) and ``council.check_tally`` belong to other stages; the
extractor uses them to name a resolution the text leaves unnamed ("renewed the mission on Monday")
and to flag tallies that cannot be right. Without them the extractor still runs and simply links
less, which is why every function here degrades to "unknown" rather than raising.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from missionwatch.errors import NotFoundError
from missionwatch.nlp.dates import month_end, parse_iso
from missionwatch.nlp.lexicon import load


def available() -> bool:
    """True when the Council part of the KB can be imported."""
    try:
        import missionwatch.kb.council  # noqa: F401
    except ImportError:
        return False
    return True


def country_name(code: str) -> str | None:
    """The KB's common English name for a country code ("USA" -> "United States"), or None."""
    try:
        from missionwatch.kb.countries import country_name as name
    except ImportError:
        return None
    try:
        return name(code)
    except NotFoundError:
        return None


def force_country(name: str) -> str | None:
    """The country whose armed forces or police an abbreviation names ("SANDF"), or None."""
    try:
        from missionwatch.kb.countries import force_country as find
    except ImportError:
        return None
    return find(name)


def legislatures() -> dict[str, str]:
    """A parliament's own name -> the country it is the parliament of ("Bundestag" -> "DEU")."""
    try:
        from missionwatch.kb.countries import legislatures as table
    except ImportError:
        return {}
    return table()


def demonyms() -> dict[str, str]:
    """Demonym (and its plural) -> alpha-3 ("Kenyan", "Kenyans" -> "KEN"); empty without the KB."""
    try:
        from missionwatch.kb.countries import demonyms as table
    except ImportError:
        return {}
    return table()


def capital_country(city: str) -> str | None:
    """The country a capital city stands for, or None."""
    try:
        from missionwatch.kb.countries import capital_country as find
    except ImportError:
        return None
    return find(city)


def mission(code: str | None) -> Any:
    """The KB's Mission for a code, or None."""
    if not code:
        return None
    try:
        from missionwatch.kb.missions import get
    except ImportError:
        return None
    return get(code)


def infer_mission(*, lead: str, hosts: list[str], on: str | None) -> Any:
    """The mission a text means by "the Kenyan-led mission" in Haiti when it never names it.

    The one in the KB with that lead nation, hosted by one of the countries the text talks about,
    and running at publication (when known).
    """
    try:
        from missionwatch.kb.missions import all_missions
    except ImportError:
        return None
    when = parse_iso(on)
    for host in hosts:
        for m in all_missions():
            if m.lead != lead or m.host != host:
                continue
            if when is not None and not _running(m, when):
                continue
            return m
    return None


def mission_of_area(text: str, on: str | None) -> Any:
    """The one mission running at ``on`` whose area ``text`` names ("the situation in Abyei", "on
    the Golan Heights"): what a report that only says "the Force" is about; none when several."""
    when = parse_iso(on)
    found = []
    for m in all_missions():
        area = (getattr(m, "area", None) or "").split(",")[0].split("(")[0].strip()
        if not area or not re.search(rf"\b{re.escape(area)}\b", text):
            continue
        if when is not None and not _running(m, when):
            continue
        found.append(m)
    return found[0] if len(found) == 1 else None


def hosted_in(country: str) -> list[Any]:
    """The KB's missions hosted by a country (its main host or one of the others)."""
    return [m for m in all_missions() if m.host == country or country in m.also_hosts]


def all_missions() -> list[Any]:
    try:
        from missionwatch.kb.missions import all_missions as kb_all
    except ImportError:
        return []
    return list(kb_all())


def running(code: str, on: str | None) -> bool:
    """True when the KB has the mission running on the date (or cannot say: unknown mission or date)."""
    m = mission(code)
    when = parse_iso(on)
    if m is None or when is None:
        return True
    return _running(m, when)


def _last_day(value: str | None) -> date | None:
    """The last day a KB end date covers: "2025" runs to 31 December, "2023-12" to the 31st."""
    if value and re.fullmatch(r"\d{4}", value):
        value = f"{value}-12"
    return parse_iso(month_end(value)) if value else None


def _running(m: Any, when: date) -> bool:
    start, end = parse_iso(m.start), _last_day(m.end)
    return (start is None or start <= when) and (end is None or when <= end)


def adopted_on(value: str, mission_code: str | None) -> list[Any]:
    """Resolutions adopted on a date (or in a month/year), preferring the named mission."""
    try:
        from missionwatch.kb.council import adopted_on as kb_adopted_on
    except ImportError:
        return []
    try:
        found = kb_adopted_on(value)
    except Exception:  # the KB refuses malformed dates; for us that is just "no link"
        return []
    if mission_code and len(found) > 1:
        narrowed = [r for r in found if r.mission == mission_code or mission_code in r.also_missions]
        if narrowed:
            return narrowed
    if mission_code and len(found) == 1 and found[0].mission != mission_code:
        m = mission(mission_code)
        related = {
            mission_code,
            *(x for x in (getattr(m, "successor", None), getattr(m, "predecessor", None)) if x),
        }
        if found[0].mission not in related and mission_code not in found[0].also_missions:
            return []
    return found


def founded_by(number: str | None, code: str | None) -> bool:
    """The resolution set the mission up: one on it adopted within weeks of the day it began
    ("UNITAMS was established in June 2020" is resolution 2524's doing, not a renewal's)."""
    r, m = resolution(number), mission(code)
    if r is None or m is None or (r.mission != m.code and m.code not in r.also_missions):
        return False
    began, adopted = parse_iso(m.start), parse_iso(str(r.date))
    return began is not None and adopted is not None and abs((began - adopted).days) <= 45


def strengths(code: str | None, *, ceilings: bool = True) -> frozenset[int]:
    """The strengths the record gives a mission: its resolutions' ceilings (unless ``ceilings`` is
    false) and the strength it was planned at — what "the 5,550 the Council authorised" or "the 2,500
    it was designed for" can be."""
    m = mission(code)
    if m is None:
        return frozenset()
    found: set[int] = {m.planned_strength} if m.planned_strength else set()
    if ceilings:
        try:
            from missionwatch.kb.council import resolutions
        except ImportError:
            return frozenset(found)
        found |= {v for r in resolutions(m.code) if r.mission == m.code for v in r.ceiling.values()}
    return frozenset(found)


@functools.cache
def has_resolutions(code: str) -> bool:
    """The knowledge base records a Security Council resolution on the mission."""
    if not available():
        return False
    from missionwatch.kb import council

    return bool(council.resolutions(code))


def resolution(number: str | None) -> Any:
    if not number:
        return None
    try:
        from missionwatch.kb.council import resolution as kb_resolution
    except ImportError:
        return None
    try:
        return kb_resolution(number)
    except Exception:
        return None


def recorded_tally(number: str | None) -> str | None:
    """The tally the Council's record gives a resolution ("12-0-3"), or None."""
    t = getattr(resolution(number), "tally", None)
    return f"{t.for_}-{t.against}-{t.abstain}" if t is not None else None


def check_tally(value: str, *, year: int, resolution: str | None) -> list[str]:
    """Flags (``"code: message"``) for a tally written as ``for-against-abstain``."""
    try:
        from missionwatch.council import check_tally as council_check
    except ImportError:
        return []
    try:
        f, a, b = (int(x) for x in value.split("-"))
        return [str(x) for x in council_check(f, a, b, year=year, resolution=resolution)]
    except Exception:
        return []


def place_country(name: str) -> str | None:
    """The country of a sub-national place from ``patterns/places.json``."""
    places: dict[str, str] = load("places")["places"]
    return places.get(name)


@functools.cache
def official_country(name: str) -> str | None:
    """The one government a person the KB knows serves in every role it records ("Antony Blinken" ->
    "USA"), or None: unknown, or serving several (an envoy of the UN and of a country)."""
    try:
        from missionwatch.kb import people
    except ImportError:
        return None
    person = people.lookup(name)
    if person is None:
        return None
    served = {r.country for r in person.roles if r.country}
    return served.pop() if len(served) == 1 else None
