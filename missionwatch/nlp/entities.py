"""Countries, missions, organisations and places found in text, with the code each stands for.

Countries and missions come from the knowledge base (``kb.countries``, ``kb.missions``), never from
a table of our own; organisations and sub-national places from ``patterns/entities.json`` and
``patterns/places.json``. One regular expression per kind, longest form first, so "Antigua and
Barbuda" wins over "Antigua" and "UN Security Council" over "UN".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from missionwatch.nlp.lexicon import load


@dataclass(frozen=True)
class Entity:
    """A mention: COUNTRY (code = alpha-3), MISSION (code = mission code), ORG or PLACE."""

    start: int
    end: int
    label: str
    code: str
    text: str


def _alternation(forms: list[str]) -> re.Pattern[str]:
    forms = sorted({f for f in forms if f.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
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


def _ci_get(table: dict[str, str], key: str) -> str | None:
    if key in table:
        return table[key]
    low = key.lower()
    for k, v in table.items():
        if k.lower() == low:
            return v
    return None


def find_entities(text: str) -> list[Entity]:
    """Non-overlapping mentions, missions and places before countries before organisations."""
    rx = _regexes()
    taken = bytearray(len(text))  # 1 where a mention (or a blocked non-country name) already is
    for m in rx["NOT"].finditer(text):
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    out: list[Entity] = []
    for label in ("MISSION", "PLACE", "COUNTRY", "ORG"):
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
    out.sort(key=lambda x: x.start)
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
