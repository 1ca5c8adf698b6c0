"""Suggestions ("did you mean …?") for names a user types: measures, missions, countries.

One place for the fuzzy matching (rapidfuzz, a core dependency) so every command suggests the
same way: the closest few known names above a similarity cut-off, or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from missionwatch.errors import InputError


def closest(word: str, choices: Iterable[str], *, limit: int = 3, cutoff: float = 70.0) -> list[str]:
    """The known names closest to ``word`` (case-insensitive), best first, without repeats."""
    from rapidfuzz import fuzz, process

    names = list(dict.fromkeys(choices))
    folded = {name.casefold(): name for name in names}
    found = process.extract(
        word.strip().casefold(), list(folded), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=cutoff
    )
    out: list[str] = []
    for match, _score, _ in found:
        name = folded[match]
        if name not in out:
            out.append(name)
    return out[:limit]


def hint(word: str, choices: Iterable[str], *, cutoff: float = 70.0) -> str:
    """`` — did you mean X or Y?`` (empty when nothing is close)."""
    found = closest(word, choices, cutoff=cutoff)
    return f" — did you mean {' or '.join(found)}?" if found else ""


def measure_names() -> list[str]:
    """Every name a ``--measure`` may take: a measure, a family glob (``personnel.*``), a family."""
    from missionwatch.models import MEASURES

    families = sorted({m.split(".")[0] + ".*" for m in MEASURES if "." in m})
    try:
        from missionwatch.reconcile.timeline import FAMILIES

        named = list(FAMILIES)
    except ImportError:
        named = []
    return [*MEASURES, *families, *named]


def check_measures(measure: str | None) -> None:
    """Refuse a ``--measure`` naming no known measure (each of a comma-separated list), with the
    closest names: ``unknown measure 'personel.deployed' — did you mean personnel.deployed?``."""
    if not measure:
        return
    known = measure_names()
    for name in (part.strip() for part in measure.split(",")):
        if name and name not in known:
            raise InputError(
                f"unknown measure {name!r}{hint(name, known)} (missionwatch facts --help lists the families)",
                input="--measure",
            )


def country_hint(text: str) -> str:
    """`` — did you mean Russia?`` for a mistyped country, from the knowledge base's names."""
    try:
        from missionwatch.kb import countries
    except ImportError:
        return ""
    forms = [form for form in countries.surface_forms() if len(form) > 3]
    found = closest(text, forms, cutoff=75.0)
    names: list[str] = []
    for form in found:
        code = countries.to_alpha3(form)
        name = countries.country_name(code) if code else form
        if name not in names:
            names.append(name)
    return f" — did you mean {' or '.join(names)}?" if names else ""
