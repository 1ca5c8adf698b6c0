"""A language pack's words and grammar, loaded from its ``lexicon.toml`` into lookups.

Everything a pack knows about its language is data: number words and scales, currencies,
qualifiers, person nouns, verb classes (lemmas and stems), modality, Council wording, date words
and titles. Month and weekday names come from dateparser's locale data, so the packs do not keep
another copy of them. The measure a verb class gives per figure family is the English extractor's
``[measure_of]`` table, which is about measures, not words.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from missionwatch.measures import MEASURES

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def fold(text: str) -> str:
    """Lower case without accents, apostrophes unified: what word lookups compare.

    (A word is folded once: the rules fold the same few thousand words again and again.)"""
    return _fold_word(text) if len(text) <= 40 else _fold(text)


@lru_cache(maxsize=65536)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class VerbClass:
    name: str
    lemmas: frozenset[str]
    stems: tuple[str, ...]
    # words a stem would take that are not of the class, as written ("contribuyente", a role noun,
    # is no payment though "contribu" is its stem)
    unless: frozenset[str] = frozenset()

    def matches(self, lower: str, lemma: str) -> bool:
        return self.matches_folded(fold(lower), fold(lemma))

    def matches_folded(self, f: str, lemma: str) -> bool:
        if f in self.unless:
            return False
        return lemma in self.lemmas or f in self.lemmas or f.startswith(self.stems)

    def said(self, folded: str) -> bool:
        """True when a word of the class is in the (folded) text: "a annoncé mardi", "dijo ayer"."""
        return any(
            (w.startswith(self.stems) or w in self.lemmas) and w not in self.unless
            for w in re.findall(r"[\w'-]+", folded)
        )


@dataclass(frozen=True, eq=False)  # hashed by identity: one per pack, cached
class Grammar:
    code: str
    data: dict[str, Any]
    months: dict[str, int]  # folded month name → 1..12
    weekdays: dict[str, int]  # folded weekday name → 0 (Monday)..6
    verbs: dict[str, VerbClass]
    measure_of: dict[str, dict[str, tuple[str, str]]]  # family → class → (done, intended)

    def section(self, name: str) -> dict[str, Any]:
        return self.data.get(name, {})

    def words(self, section: str, key: str) -> list[str]:
        return list(self.section(section).get(key, []))

    def classes_of(self, lower: str, lemma: str) -> list[str]:
        return list(_classes_of(self, lower, lemma))

    @property
    def month_pattern(self) -> str:
        names = sorted(self.months, key=len, reverse=True)
        return "|".join(re.escape(n) for n in names)

    @property
    def weekday_pattern(self) -> str:
        return "|".join(re.escape(n) for n in sorted(self.weekdays, key=len, reverse=True))


@lru_cache(maxsize=65_536)  # words repeat; folding each against every stem was most of a pack's time
def _classes_of(g: Grammar, lower: str, lemma: str) -> tuple[str, ...]:
    f, fl = fold(lower), fold(lemma)
    return tuple(c.name for c in g.verbs.values() if c.matches_folded(f, fl))


def _calendar(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of dateparser's locale, long forms only (abbreviations such as
    "lu" or "mar" are words of the language too)."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(code).info
    months: dict[str, int] = {}
    for i, key in enumerate(_MONTHS, 1):
        names = [n for n in info[key] if n.isalpha()]
        longest = max(names, key=len)
        for n in names:
            if n == longest or len(n) >= 5:
                months[fold(n)] = i
    days: dict[str, int] = {}
    for i, key in enumerate(_WEEKDAYS):
        for n in info[key]:
            if n.isalpha() and len(n) >= 5:
                days[fold(n)] = i
    return months, days


def _measure_of() -> dict[str, dict[str, tuple[str, str]]]:
    """The shared class → measure table, checked against the one registry of measures."""
    from missionwatch.nlp.frames.lexicon import lexicon

    table = {family: dict(classes) for family, classes in lexicon().measure_of.items()}
    # a planned strength ("les 2 500 prévus", "la meta de 2.500"): English reads it off its nouns'
    # frames; the packs have no parse, so it is a class of their own
    table["persons"].setdefault("target", ("personnel.target", "personnel.target"))
    # people present on the ground ("sur le terrain", "sobre el terreno"): a phrase, not a verb, so
    # a class of the packs' own that counts the force as it stands and governs no other figure
    table["persons"].setdefault("present", ("personnel.deployed", "personnel.target"))
    for family in table.values():
        for done, intended in family.values():
            for m in (done, intended):
                if m and m not in MEASURES:
                    raise ValueError(f"[measure_of] names {m!r}, which missionwatch.measures does not know")
    return table


@cache
def load(path: Path) -> Grammar:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    code = data["language"]["code"]
    months, weekdays = _calendar(code)
    verbs = {
        name: VerbClass(
            name,
            frozenset(fold(w) for w in spec.get("lemmas", [])),
            tuple(fold(s) for s in spec.get("stems", [])),
            frozenset(fold(w) for w in spec.get("unless", [])),
        )
        for name, spec in data.get("verbs", {}).items()
    }
    return Grammar(code, data, months, weekdays, verbs, _measure_of())
