"""Places from the KB's gazetteer (``kb.places``), found only where the text uses them as places.

A gazetteer of towns is full of ordinary words and names ("March", "Mobile", "Bath", "Martin"), so a
name from it counts only capitalised, written in a place slot — after "in", "near", "around",
"from"…, after "the town of", before "'s" or a place noun ("Nasir County") — and not as part of a
longer capitalised name ("Mobile Brigade"). The KB's own countries and places come first: the
caller passes what they already cover.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

# the words before a name that make it a place; "of" only after a place noun ("the town of Sake")
_SLOT = re.compile(
    r"(?:(?<![\w-])(?:in|near|around|outside|inside|across|throughout|from|into|towards?|"
    r"to\s+the\s+(?:north|south|east|west)\s+of)"
    r"|(?<![\w-])(?:town|city|village|locality|commune|municipality|district|county|province|region|"
    r"department|prefecture|state|territory|area|camp|outskirts|suburbs?|residents|streets)\s+of)"
    r"\s+(?:the\s+)?(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_PLACE_NOUN_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:town|city|village|county|district|province|region|prefecture|state|territory|"
    r"camp|area|commune|municipality)\b)",
    re.IGNORECASE,
)
_CAPITAL_WORD = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*")
_MAX_WORDS = 4
_WORD = r"[\w-]+(?:['’](?!s\b)[\w-]+)*"  # "Grand'Anse", not "Uvira's"
# never a place in prose, whatever a gazetteer holds
_NEVER = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "the", "this", "that", "these", "those",
})  # fmt: skip


@cache
def _names() -> dict[str, tuple[str, ...]]:
    try:
        from missionwatch.kb.places import gazetteer
    except ImportError:
        return {}
    return gazetteer()


def gazetteer_places(text: str, taken: bytearray, named: set[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, alpha-3) of gazetteer places in ``text`` outside ``taken``. A name several
    countries have takes the one of them the text ``named`` (countries, hosts), else the likeliest."""
    names = _names()
    if not names:
        return
    for m in _CAPITAL_WORD.finditer(text):
        start = m.start()
        if taken[start]:
            continue
        found = _longest(text, start, names)
        if found is None:
            continue
        end, codes = found
        code = next((c for c in codes if c in named), codes[0])
        if any(taken[start:end]) or text[start:end].lower() in _NEVER:
            continue
        if re.match(r"\s+[A-ZÀ-ÖØ-Þ]|-\w", text[end : end + 2]) and not _PLACE_NOUN_AFTER.match(
            text[end : end + 16]
        ):
            continue  # "Mobile Brigade", a longer name the gazetteer does not hold
        if _in_slot(text, start, end):
            taken[start:end] = b"\x01" * (end - start)
            yield start, end, code


def _longest(text: str, start: int, names: dict[str, tuple[str, ...]]) -> tuple[int, tuple[str, ...]] | None:
    """The end and code of the longest gazetteer name starting at ``start`` (up to four words)."""
    words = list(re.finditer(_WORD, text[start : start + 80]))[:_MAX_WORDS]
    for n in range(len(words), 0, -1):
        span = text[start : start + words[n - 1].end()]
        if "\n\n" in span or not re.fullmatch(rf"{_WORD}(?:[ \n]{_WORD})*", span):
            continue
        codes = names.get(span.replace("\n", " "))
        if codes:
            return start + words[n - 1].end(), codes
    return None


def _in_slot(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _SLOT.search(before):
        return True
    after = _PLACE_NOUN_AFTER.match(text[end : end + 16])
    if after and after.group(0)[:1] in "'’":
        return re.search(r"(?<![\w'’-])[a-z][\w'’-]*\s+$", before) is not None  # "in the ruins of Sake's"
    return after is not None and not re.search(
        r"[A-Z][\w'’-]*\s+$", before
    )  # "Nasir County", not "Joe Martin County"
