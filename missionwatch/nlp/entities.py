"""Countries, missions, organisations and places found in text, with the code each stands for.

Countries and missions come from the knowledge base (``kb.countries``, ``kb.missions``), never from
a table of our own; organisations and sub-national places from ``patterns/entities.json`` and
``patterns/places.json``. One regular expression per kind, longest form first, so "Antigua and
Barbuda" wins over "Antigua" and "UN Security Council" over "UN".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from missionwatch.nlp.gazetteer import gazetteer_places
from missionwatch.nlp.lexicon import load, trie_pattern


@dataclass(frozen=True)
class Entity:
    """A mention: COUNTRY (code = alpha-3), MISSION (code = mission code), ORG or PLACE."""

    start: int
    end: int
    label: str
    code: str
    text: str


def _alternation(forms: list[str]) -> re.Pattern[str]:
    body = trie_pattern({f for f in forms if f.strip()})
    return re.compile(
        rf"(?<![\w.-])(?:{body})(?![\w]|-(?!led\b|backed\b|based\b|headed\b|drafted\b|sponsored\b|penned\b|authored\b)\w)",
        re.IGNORECASE,
    )


@cache
def _country_forms() -> dict[str, str]:
    try:
        from missionwatch.kb import countries
    except ImportError:  # the KB is part of the package; tolerate it missing mid-install
        return {}
    return countries.surface_forms()


@cache
def _mission_forms() -> dict[str, str]:
    try:
        from missionwatch.kb import missions
    except ImportError:
        return {}
    return missions.surface_forms()


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    ents = load("entities")
    places = load("places")["places"]
    return {
        "COUNTRY": _alternation(list(_country_forms())),
        "MISSION": _alternation(list(_mission_forms())),
        "ORG": _alternation(list(ents["organisations"])),
        "PLACE": _alternation(list(places)),
        "NOT": _alternation(ents["not_countries"]),
    }


def country_code(text: str) -> str | None:
    """alpha-3 for a country as written (via the KB), or None."""
    try:
        from missionwatch.kb.countries import to_alpha3
    except ImportError:
        return None
    return to_alpha3(text)


def mission_code(text: str) -> str | None:
    try:
        from missionwatch.kb.missions import lookup
    except ImportError:
        return None
    m = lookup(text)
    return m.code if m else None


_LOWERED: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _ci_get(table: dict[str, str], key: str) -> str | None:
    """``table[key]``, else the value of the first key equal to it but for case."""
    if key in table:
        return table[key]
    cached = _LOWERED.get(id(table))
    if cached is None or cached[0] is not table:  # the tables are the cached lexicon and KB dicts
        lowered: dict[str, str] = {}
        for k, v in table.items():
            lowered.setdefault(k.lower(), v)
        cached = _LOWERED[id(table)] = (table, lowered)
    return cached[1].get(key.lower())


def find_entities(text: str) -> list[Entity]:
    """Non-overlapping mentions, missions and places before countries before organisations."""
    rx = _regexes()
    taken = bytearray(len(text))  # 1 where a mention (or a blocked non-country name) already is
    out: list[Entity] = []
    for label in ("MISSION", "PLACE", "COUNTRY", "ORG"):
        if label == "PLACE":  # a blocked name ("East African") is no country, yet may open a mission's
            for m in rx["NOT"].finditer(text):  # ("the East African Community Regional Force")
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        for m in rx[label].finditer(text):
            s, e = m.span()
            surface = m.group(0)
            if any(taken[s:e]):
                continue
            code = _code(label, surface)
            if not code:
                continue
            taken[s:e] = b"\x01" * (e - s)
            out.append(Entity(s, e, label, code, surface))
    named = {x.code for x in out if x.label in ("PLACE", "COUNTRY")} | _hosts_of(out)
    for s, e, code in gazetteer_places(text, taken, named):  # after the KB's: towns, subdivisions
        out.append(Entity(s, e, "PLACE", code, text[s:e]))
    out.sort(key=lambda x: x.start)
    return _regions(text, _mission_hosts(text, out))


def _hosts_of(ents: list[Entity]) -> set[str]:
    """The host countries of the missions named (where a town the text names most likely is)."""
    try:
        from missionwatch.kb.missions import get
    except ImportError:
        return set()
    found = (get(e.code) for e in ents if e.label == "MISSION")
    return {h for m in found if m is not None for h in (m.host, *m.also_hosts) if h}


_DIRECTION = re.compile(
    r"\b(?:(?:north|south)(?:-|\s)?(?:east|west)ern|northern|southern|eastern|western)\s+$",
    re.IGNORECASE,
)


def _regions(text: str, ents: list[Entity]) -> list[Entity]:
    """ "southern Lebanon", "northern Israel": a part of a country is a place more specific than the
    country (humanitarian figures take the most specific place); its code stays the country's."""
    out = []
    for e in ents:
        m = _DIRECTION.search(text[max(0, e.start - 20) : e.start]) if e.label == "COUNTRY" else None
        if (
            m
            and not re.match(r"[\w-]", text[e.end : e.end + 1])
            and not re.match(r"\s*[A-Z]", text[e.end : e.end + 2])
        ):
            start = e.start - (len(text[max(0, e.start - 20) : e.start]) - m.start())
            if text[start : e.start][:1].islower() or start == 0 or text[start - 1] in ' \t\n("“':
                out.append(Entity(start, e.end, "PLACE", e.code, text[start : e.end]))
                continue
        out.append(e)
    return out


# "the UN stabilisation mission in Congo", "an African Union force in Somalia": a mission named by
# its organisation and host rather than by its name or acronym.
_DESCRIBED_MISSION = re.compile(
    r"\b(UN|U\.N\.|United Nations|AU|African Union|EU|European Union|SADC)(?:['’]s)?"
    r"((?:\s+[a-z][a-z-]*){0,3}?\s+(?:mission|force|operation))\s+in\s+(?:the\s+)?"
    r"(?:(?:eastern|western|northern|southern|central|north-eastern|north-western)\s+)?$"
)
_ORGANISATIONS = {
    "un": "United Nations",
    "u.n.": "United Nations",
    "united nations": "United Nations",
    "au": "African Union",
    "african union": "African Union",
    "eu": "European Union",
    "european union": "European Union",
    "sadc": "Southern African Development Community",
}


def _namesakes(surface: str) -> set[str]:
    """Every country a bare name may stand for: "Congo" -> {COG, COD}, "Sudan" -> {SDN, SSD}."""
    return set(_namesakes_of(surface))


@cache
def _namesakes_of(surface: str) -> frozenset[str]:
    # (a scan of every country form per mention: cached by surface, a long article names few)
    bare = re.sub(r"^the\s+", "", surface, flags=re.IGNORECASE).strip()
    if not bare:
        return frozenset()
    word = re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", re.IGNORECASE)
    if not bare.isascii():
        return frozenset(code for form, code, _ in _folded_forms() if word.search(form))
    # an ASCII name is found, ignoring case, only in a form that holds it lower-cased: the regex is
    # tried on those few (a non-ASCII form, where case rules differ, is always tried)
    low = bare.lower()
    return frozenset(
        code
        for form, code, folded in _folded_forms()
        if (folded is None or low in folded) and word.search(form)
    )


@cache
def _folded_forms() -> list[tuple[str, str, str | None]]:
    """(form, code, the form lower-cased when it is ASCII) of every country form."""
    return [(form, code, form.lower() if form.isascii() else None) for form, code in _country_forms().items()]


def _hosted(candidates: set[str], organisation: str | None = None) -> list[str]:
    """Mission codes hosted by one of the candidate countries (of that organisation, if given)."""
    try:
        from missionwatch.kb.missions import all_missions
    except ImportError:
        return []
    found = []
    for m in all_missions():
        hosts = {m.host, *m.also_hosts}
        if not hosts & candidates:
            continue
        if organisation and (m.organisation or "").lower() != organisation.lower():
            continue
        found.append(m)
    active = [m for m in found if m.active] or found
    return [m.code for m in active]


def _mission_host(code: str, candidates: set[str]) -> str | None:
    try:
        from missionwatch.kb.missions import get
    except ImportError:
        return None
    m = get(code)
    if m is None:
        return None
    hosts = [h for h in (m.host, *m.also_hosts) if h in candidates]
    return hosts[0] if len(hosts) == 1 else None


def _mission_hosts(text: str, ents: list[Entity]) -> list[Entity]:
    """A country name several countries share ("Congo") follows the host of the mission the text
    is about: a described mission ("the UN stabilisation mission in Congo") is the host's mission
    of that organisation; elsewhere the name takes the host of a mission the document names, and
    keeps its usual reading when none is."""
    out = list(ents)
    added: list[Entity] = []
    # "does a mention overlap [s, t)?" by bisection: the mentions are in order of their start, and
    # reach[i] is the furthest end among the first i of them (a scan per mention was quadratic)
    starts = [x.start for x in out]
    reach = [0]
    for x in out:
        reach.append(max(reach[-1], x.end))
    for i, e in enumerate(out):
        if e.label != "COUNTRY":
            continue
        cands = _namesakes(e.text)
        lo = max(0, e.start - 80)
        m = _DESCRIBED_MISSION.search(text[lo : e.start])
        if not m:
            continue
        org = _ORGANISATIONS.get(m.group(1).lower())
        codes = _hosted(cands or {e.code}, org)
        if len(codes) != 1:
            continue
        s, t = lo + m.start(2), lo + m.end(2)
        s += len(text[s:t]) - len(text[s:t].lstrip())
        if not reach[bisect.bisect_left(starts, t)] > s:
            added.append(Entity(s, t, "MISSION", codes[0], text[s:t]))
        if len(cands) > 1 and (host := _mission_host(codes[0], cands)):
            out[i] = Entity(e.start, e.end, e.label, host, e.text)
    out = sorted(out + added, key=lambda x: x.start)
    named = list(dict.fromkeys(x.code for x in out if x.label == "MISSION"))  # each mission once
    hosts_of: dict[frozenset[str], set[str]] = {}  # per set of namesakes: read once per document
    for i, e in enumerate(out):
        if e.label != "COUNTRY":
            continue
        cands = _namesakes(e.text)
        if len(cands) < 2 or e.code not in cands:
            continue
        key = frozenset(cands)
        if key not in hosts_of:
            hosts_of[key] = {h for c in named if (h := _mission_host(c, cands))}
        hosts = set(hosts_of[key])
        if len(hosts) == 1:
            out[i] = Entity(e.start, e.end, e.label, hosts.pop(), e.text)
    return out


def _code(label: str, surface: str) -> str | None:
    """The code a matched surface form stands for, or None when the case says it is no name."""
    if label == "COUNTRY":
        bare = re.sub(r"^the\s+", "", surface, flags=re.IGNORECASE)
        if not bare[:1].isupper():
            return None  # "turkey", "china" in running text
        return country_code(surface)
    if label == "MISSION":
        code = _ci_get(_mission_forms(), surface) or mission_code(surface)
        if code and surface.lower() == code.lower() and not surface[:1].isupper():
            return None
        return code
    if label == "PLACE":
        return _ci_get(load("places")["places"], surface) if surface[:1].isupper() else None
    if surface.lower() in ("un", "the un") and "U" not in surface:
        return None
    return _ci_get(load("entities")["organisations"], surface)


def capital_of(alpha3: str) -> str | None:
    """The capital a text means by 'the capital' when it is about this country."""
    return load("places")["capitals"].get(alpha3)
