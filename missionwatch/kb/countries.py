"""Countries as news writes them, resolved to ISO 3166-1 alpha-3.

The ISO names come from pycountry; ``data/countries.toml`` adds what ISO does not carry: the common
name ("South Korea" rather than "Korea, Republic of"), demonyms ("Kenyan", "Salvadoran"), short
forms ("U.S.", "DRC", "Türkiye"), capitals that stand for a government ("Nairobi said") and the two
pseudo-members the corpus uses as donors, EUU (European Union) and AFU (African Union).

Matching is case- and diacritic-insensitive, except for short all-capital abbreviations ("US",
"CAR", "AU") and alpha-3 codes, which match only when written in capitals, so that "us" and "car"
in running text are not countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pycountry

from missionwatch.errors import NotFoundError
from missionwatch.kb._text import fold, is_capitals_abbreviation, load_toml

__all__ = [
    "all_codes",
    "capital_country",
    "country_name",
    "demonyms",
    "source",
    "surface_forms",
    "to_alpha3",
]

# Prefixes and suffixes that name a country's government rather than change the country.
_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?:government|govt|authorities|people|republic|state|kingdom)\s+of\s+(?P<x>.+)$"
    r"|^(?P<y>.+?)\s+(?:government|govt|authorities)$",
    re.IGNORECASE,
)


@dataclass
class _Index:
    names: dict[str, str] = field(default_factory=dict)  # alpha3 -> common name
    forms: dict[str, str] = field(default_factory=dict)  # surface form as written -> alpha3
    demonyms: dict[str, str] = field(default_factory=dict)
    loose: dict[str, str] = field(default_factory=dict)  # folded key -> alpha3, any case
    caps: dict[str, str] = field(default_factory=dict)  # folded key -> alpha3, capitals only
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital city -> alpha3
    forces: dict[str, str] = field(default_factory=dict)  # "SANDF" -> alpha3, as written
    legislatures: dict[str, str] = field(default_factory=dict)  # "Bundestag" -> alpha3, as written


def _plural(demonym: str) -> str | None:
    """'Kenyan' -> 'Kenyans', 'South African' -> 'South Africans', 'Frenchman' -> 'Frenchmen'.

    None where English has no -s plural ("Chinese", "Swiss", "British") or the demonym is an
    adjective only ("Icelandic", "Hellenic").
    """
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    invariant = ("ese", "sh", "ch", "s", "x", "z", "ic", "y", "o", "a", "è")
    if demonym.endswith(invariant) or demonym.startswith(("I-", "Ni-")) or demonym in {"Vatican", "Lao"}:
        return None
    return demonym + "s"


def _uncomma(name: str) -> str | None:
    """ISO's inverted names, 'Korea, Republic of' -> 'Republic of Korea'."""
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    return f"{tail} {head}"


@cache
def _index() -> _Index:
    data = load_toml("countries.toml")["countries"]
    idx = _Index()

    def add(form: str, code: str, *, surface: bool = True) -> None:
        form = form.strip()
        if not form:
            return
        if surface:
            idx.forms[form] = code
        key = fold(form)
        if is_capitals_abbreviation(form):
            idx.caps[key] = code
        else:
            idx.loose[key] = code

    # ISO names first, so that the curated data file wins any clash.
    for country in pycountry.countries:
        code = country.alpha_3
        idx.names[code] = getattr(country, "common_name", None) or country.name
        add(code, code, surface=False)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            flipped = _uncomma(value)
            add(value, code, surface=flipped is None)
            if flipped:
                add(flipped, code)
    for code, entry in data.items():
        if "name" in entry:
            idx.names[code] = entry["name"]
            add(entry["name"], code)
        elif code not in idx.names:
            raise ValueError(f"countries.toml: {code} is not in ISO 3166 and has no name")
        add(code, code, surface=False)
        for form in entry.get("aliases", []):
            add(form, code)
        for form in entry.get("capitals", []):
            add(form, code)
            idx.capitals[fold(form)] = code
        for form in entry.get("forces", []):
            idx.forces[form] = code
        for form in entry.get("legislatures", []):
            idx.legislatures[form] = code
        for form in entry.get("demonyms", []):
            add(form, code)
            idx.demonyms[form] = code
            plural = _plural(form)
            if plural:
                add(plural, code)
                idx.demonyms[plural] = code
    return idx


def _lookup_exact(text: str) -> str | None:
    idx = _index()
    key = fold(text)
    if not key:
        return None
    if key in idx.loose:
        return idx.loose[key]
    if key in idx.caps:
        bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        letters = re.sub(r"[^A-Za-z]", "", bare)
        if letters.isupper():
            return idx.caps[key]
    return None


def to_alpha3(text: str) -> str | None:
    """The ISO alpha-3 code (or EUU/AFU) for a country as written, or None.

    Tolerates a leading "the", a possessive ("Kenya's") and a government wrapper ("the government
    of Kenya", "Kenyan authorities").
    """
    if not text or not text.strip():
        return None
    text = text.strip()
    found = _lookup_exact(text)
    if found:
        return found
    stripped = re.sub(r"['’]s?$", "", text)
    if stripped != text:
        found = _lookup_exact(stripped)
        if found:
            return found
    m = _GOVERNMENT.match(text)
    if m:
        return _lookup_exact(m.group("x") or m.group("y"))
    return None


def force_country(name: str) -> str | None:
    """The country whose armed forces or police an abbreviation names ("SANDF" -> "ZAF")."""
    return _index().forces.get(name.strip())


def legislatures() -> dict[str, str]:
    """Parliaments by a name only one country's carries, as written -> alpha3 ("Bundestag" -> "DEU")."""
    return dict(_index().legislatures)


def capital_country(city: str) -> str | None:
    """The country whose capital a city is ("Lilongwe" -> "MWI"), for a capital speaking for it."""
    return _index().capitals.get(fold(city))


def country_name(alpha3: str) -> str:
    """The common English name of a code ("KOR" -> "South Korea"); NotFoundError if unknown."""
    name = _index().names.get(alpha3.upper())
    if name is None:
        raise NotFoundError(f"no country with code {alpha3!r}", input=alpha3)
    return name


def all_codes() -> list[str]:
    """Every code the KB knows: ISO 3166 countries plus XKX, EUU and AFU."""
    return sorted(_index().names)


def surface_forms() -> dict[str, str]:
    """Every surface form with its usual capitalisation -> alpha3 (for an EntityRuler).

    Codes themselves and ISO's inverted comma names are left out: they do not occur in prose.
    """
    return dict(_index().forms)


def demonyms() -> dict[str, str]:
    """Demonym (singular and -s plural) -> alpha3: "Kenyan", "Kenyans" -> "KEN"."""
    return dict(_index().demonyms)


def source() -> dict[str, object]:
    """Where the non-ISO forms came from (title, outlet, date, url)."""
    return dict(load_toml("countries.toml")["source"])
