"""Country, mission and body names as French and Spanish reporting writes them.

The language packs (``nlp/lang``) resolve names through here and give the English name (countries)
or the code (missions) that claims carry in every language. ISO 3166 names in each language come
from the translations pycountry ships; ``data/languages.toml`` adds everyday names, demonyms and the
official mission names of the UN's French and Spanish texts.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

from missionwatch.kb._text import load_toml
from missionwatch.kb.missions import all_missions

__all__ = ["body_forms", "country_forms", "mission_forms"]


def _data() -> dict[str, dict[str, dict[str, list[str]]]]:
    return load_toml("languages.toml")


@cache
def country_forms(lang: str) -> dict[str, str]:
    """Every name of a country written in ``lang`` (as written) → its alpha-3 code."""
    out: dict[str, str] = {}
    try:
        iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        iso = None
    if iso is not None:
        for c in pycountry.countries:
            name = iso.gettext(c.name)
            if "," not in name:  # "Corée, République de": the data file writes the everyday form
                out.setdefault(name, c.alpha_3)
    for code, forms in _data().get(lang, {}).get("countries", {}).items():
        for form in forms:
            out[form] = code
    return out


# an acronym is written the same in every language ("la SAMIDRC", "l'AUSSOM", "la EUFOR")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{3,}(?:[-/][A-Z0-9]+)*")


@cache
def mission_forms(lang: str) -> dict[str, str]:
    """Every name of a mission written in ``lang`` → its code (MSS, GSF, BINUH…): the language's
    names, then every knowledge-base mission's acronyms (the same in every language)."""
    out = {form: code for code, forms in _data().get(lang, {}).get("missions", {}).items() for form in forms}
    for mission in all_missions():
        for form in (mission.code, *mission.aliases):
            if _ACRONYM.fullmatch(form):
                out.setdefault(form, mission.code)
    return out


@cache
def body_forms(lang: str, body: str) -> tuple[str, ...]:
    """The names of a UN body (``council``) in ``lang``, longest first."""
    forms = _data().get(lang, {}).get("bodies", {}).get(body, [])
    return tuple(sorted(forms, key=len, reverse=True))
