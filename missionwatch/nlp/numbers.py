"""Numbers, money and qualifiers as news writes them, turned into values.

Pure Python, no spaCy: the quantity component finds spans with :data:`QUANTITY_RE` and asks
:func:`parse_quantity` what they mean, so the grammar can be tested line by line. Vague counts
("dozens", "hundreds") take ACLED's conservative floor (dozens → 12, hundreds → 100 …) and record
the rule applied, so a reader can tell a stated figure from a normalised one.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from missionwatch.nlp.firstchar import gated
from missionwatch.nlp.lexicon import load, trie_pattern

log = logging.getLogger(__name__)

# No figure of a mission, a budget or a crisis comes near a quadrillion; a number past it (a
# 320-digit string, a run of digits in a table dump) is skipped with a warning, never parsed into a
# value a float, a JSON reader or a database column cannot hold.
MAX_FIGURE = 10**15
_MAX_DIGITS = len(str(MAX_FIGURE))

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
SHORT_SCALES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "billion": 1_000_000_000,
    "thousand": 1_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    # South Asian reporting's scales ("Tk 1,200 crore", "50 lakh taka")
    "crore": 10_000_000,
    "crores": 10_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
}
# ACLED's conservative convention for vague counts: the lowest number the words allow.
VAGUE: dict[str, int] = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "millions": 1_000_000,
}

# digits grouped by commas ("1,495"), by spaces as South African and UN-style English writes them
# ("1 495"), a decimal comma before a scale ("R1,1 billion": a comma before one or two digits groups
# nothing), or plain
DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
    r"|\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|bn|mn|m)\b)|\d+(?:\.\d+)?"
)
_SCALE_WORDS = r"(?:million|billion|trillion|thousand|crores?|lakhs?|mln|mn|bn|tn|m|b|k)"
_VAGUE_RE = r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)"


@dataclass
class Money:
    """A currency code and how it was written."""

    code: str
    cue: str


@dataclass
class Quantity:
    """One figure as found: its value, unit, qualifier and the words that set them."""

    start: int
    end: int
    value: float | int
    unit: str | None = None  # 'persons' set later by the noun; ISO 4217 for money; 'percent'
    qualifier: str = "exact"
    qualifier_cue: str | None = None
    rule: str | None = None
    text: str = ""
    written: bool = False  # spelled out in words
    extras: dict[str, object] = field(default_factory=dict)


def _lex() -> dict:
    return load("numbers")


def currency_table() -> dict[str, str]:
    """Surface symbol or code → ISO 4217, from patterns/numbers.json."""
    return _lex()["currencies"]


def qualifier_table() -> list[tuple[str, str]]:
    """(cue, qualifier) pairs, longest cue first so 'just over' wins over 'over'."""
    pairs = [(cue, q) for q, cues in _lex()["qualifiers"].items() for cue in cues]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@cache
def _qualifier_regexes() -> list[tuple[re.Pattern[str], str, str]]:
    """``qualifier_table`` compiled once: (cue at the end of the text before a figure, cue, qualifier)."""
    return [(re.compile(rf"(?:^|[^\w]){re.escape(cue)}\s*$"), cue, q) for cue, q in qualifier_table()]


def words_to_number(text: str) -> int | None:
    """'four hundred' → 400, 'two dozen' → 24, 'a thousand' → 1000; None if not a number."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0, 0, False
    for i, w in enumerate(words):
        if w in ("a", "an"):
            if i != 0:
                return None
            # "a hundred", "a dozen", "a thousand" are one of them; "a six-member team" is six
            current = 1 if len(words) > 1 and (words[1] in ("hundred", "dozen") or words[1] in SCALES) else 0
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current


def parse_digits(text: str) -> float | int:
    """'1,000' → 1000, '2.5' → 2.5, '1 495' → 1495, '1,1' (before a scale) → 1.1."""
    if re.fullmatch(r"\d{1,3},\d{1,2}", text):
        text = text.replace(",", ".")
    v = Decimal(re.sub(r"[,\s\u00a0\u202f]", "", text))
    return int(v) if v == v.to_integral_value() else float(v)


def scale_of(word: str | None) -> int:
    return SHORT_SCALES.get((word or "").lower().rstrip("."), 1)


def whole(value: float) -> float | int:
    """Integers stay integers so '2.5 million' prints as 2500000 (and 16.6 billion as 16600000000)."""
    return round(value) if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)) else value


def _currency_alternation() -> str:
    forms = sorted(currency_table(), key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


def _build_quantity_re() -> re.Pattern[str]:
    cur = _currency_alternation()
    # the word lists as tries: the longest form that fits, as an alternation longest first would
    # match, without trying every word at every position of the text
    words_cur = trie_pattern(_lex()["currency_words"])
    words = trie_pattern([*UNITS, *TENS, *SCALES, "dozen"])
    wordnum = rf"(?:(?:a|an|{words})(?:[\s-]+(?:and\s+)?(?:{words}))*)"
    return re.compile(
        rf"(?P<money>(?<![A-Za-z])(?P<cur>(?-i:{cur}))\s?(?P<mnum>{DIGITS})(?:(?:\s?|-)(?P<mscale>{_SCALE_WORDS})\b)?"
        rf"(?:\s(?P<mcur2>dollars|euros|pounds|shillings))?)(?!\w)"
        rf"|(?P<num>{DIGITS})(?:\s?(?P<pct>%|per\s?cent|percent)"
        rf"|(?:\s?(?P<scale>million|billion|trillion|crores?|lakhs?|mln|mn|bn|tn)\b)"
        rf"|(?P<hscale>-(?:strong|member|troop|officer|person))?)?"
        rf"(?:\s(?P<cur2>{words_cur})\b)?"
        rf"|(?P<frac>\b(?:(?P<fint>{words})[\s-]+and[\s-]+)?(?:a\s+|one[\s-]+)?(?P<fpart>half|quarter)(?:\s+of)?\s+"
        rf"(?:a\s+|an\s+)?(?P<fscale>million|billion|dozen)\b(?:\s(?P<fcur>{words_cur})\b)?)"
        rf"|(?P<vague>\b{_VAGUE_RE}\b)"
        rf"|(?P<words>\b{wordnum}\b(?:\s(?P<wcur>{words_cur}))?)",
        re.IGNORECASE,
    )


_QUANTITY_RE: re.Pattern[str] | None = None


def quantity_re() -> re.Pattern[str]:
    """The compiled grammar of figures (built once from the currency data)."""
    global _QUANTITY_RE
    if _QUANTITY_RE is None:
        _QUANTITY_RE = gated(_build_quantity_re())  # positions that start no figure fail at once
    return _QUANTITY_RE


def _word_currency(words: str) -> str:
    """'Kenyan shillings' → KES (patterns/numbers.json ``currency_words``)."""
    table = {k.lower(): v for k, v in _lex()["currency_words"].items()}
    return table[re.sub(r"\s+", " ", words.lower())]


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` with its value and unit (persons are decided later by the noun)."""
    out: list[Quantity] = []
    for m in quantity_re().finditer(text):
        if not _plausible(m):
            log.warning("figure %r… is too large to be a figure: skipped", m.group(0)[:24])
            continue
        q = _from_match(m, text)
        if q is None:
            continue
        if not (isinstance(q.value, int) or math.isfinite(q.value)) or abs(q.value) > MAX_FIGURE:
            log.warning("figure %r is over %d: skipped", q.text[:40], MAX_FIGURE)
            continue
        out.append(q)
    _share_range_units(out, text)
    for q in out:
        _attach_qualifier(q, text)
    return out


RANGE_JOIN = re.compile(r"\s*(?:to|and|or|-|–|—)\s*")
SCALE_IN = re.compile(r"\b(million|billion|trillion|mln|mn|bn|tn)\b", re.I)


def _share_range_units(out: list[Quantity], text: str) -> None:
    """ "15 to 20 per cent", "between 2 and 3 million people": the first end of a range is written bare
    and takes the second's percent sign, scale and currency."""
    for q1, q2 in itertools.pairwise(out):
        if q1.unit is not None or q1.written or q1.extras or SCALE_IN.search(q1.text):
            continue
        if not RANGE_JOIN.fullmatch(text[q1.end : q2.start]) or not re.fullmatch(r"[\d.,]+", q1.text):
            continue
        scale = SCALE_IN.search(q2.text)
        if q2.unit == "percent":
            q1.unit = "percent"
        elif scale is not None and re.fullmatch(r"[\d.,]+\s?" + re.escape(scale.group(0)) + r".*", q2.text):
            q1.value = whole(q1.value * scale_of(scale.group(1)))
            q1.unit = q2.unit


def _plausible(m: re.Match[str]) -> bool:
    """The digits of the match are few enough to parse (a guard before any arithmetic on them)."""
    digits = m.group("mnum") or m.group("num")
    if not digits:
        return True
    whole_part = digits.split(".")[0].replace(",", "")
    return len(whole_part) <= _MAX_DIGITS and len(digits) <= 4 * _MAX_DIGITS


def _from_match(m: re.Match[str], text: str) -> Quantity | None:
    start, end = m.span()
    if m.group("money"):
        code = currency_table()[_currency_key(m.group("cur"))]
        v = parse_digits(m.group("mnum")) * scale_of(m.group("mscale"))
        return Quantity(start, end, whole(v), unit=code, text=m.group(0))
    if m.group("num"):
        # Part of a word (OAE2376), a time (9:16), an ordinal (79th) or a date-like 2,3 list: not a figure.
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ":/."):
            return None
        note = start > 1 and text[start - 1] in "([" and text[end : end + 1] in ")]"
        if note and not text[start - 2].isspace():
            return None  # a note's mark: "at full strength.(2)", "as reported[3]"
        after = text[end : end + 3]
        if re.match(r"(?:st|nd|rd|th)\b|:\d|\.\d", after, re.I):
            return None
        v = parse_digits(m.group("num"))
        unit = None
        if m.group("pct"):
            unit = "percent"
        elif m.group("scale"):
            v = v * scale_of(m.group("scale"))
        if m.group("cur2"):
            unit = _word_currency(m.group("cur2"))
        q = Quantity(start, end, whole(v), unit=unit, text=m.group(0))
        if m.group("hscale"):
            q.extras["compound"] = m.group("hscale")[1:].lower()
        return q
    if m.group("frac"):
        # "half a billion dollars", "a quarter of a million", "two and a half million": exact arithmetic
        scale = 12 if m.group("fscale").lower() == "dozen" else SCALES[m.group("fscale").lower()]
        part = Decimal(1) / (2 if m.group("fpart").lower() == "half" else 4)
        whole_part = words_to_number(m.group("fint")) if m.group("fint") else 0
        if whole_part is None:
            return None
        value = (whole_part + part) * scale
        q = Quantity(
            start, end, int(value) if value == int(value) else float(value), text=m.group(0), written=True
        )
        if m.group("fcur"):
            q.unit = _word_currency(m.group("fcur"))
        return q
    if m.group("vague"):
        word = re.sub(r"\s+", " ", m.group("vague").lower())
        return Quantity(
            start, end, VAGUE[word], text=m.group(0), rule=f"vague:{word}={VAGUE[word]}", written=True
        )
    if m.group("words"):
        raw = m.group("words")
        wcur = m.group("wcur")
        core = raw[: -len(wcur) - 1] if wcur else raw
        core = core.strip()
        if core.lower() in ("a", "an", "and"):
            return None
        wv = words_to_number(core)
        if wv is None:
            return None
        v = wv
        # "a" alone or "one" used as a pronoun is too weak to be a figure unless a noun follows.
        q = Quantity(start, start + len(core), v, text=core, written=True)
        if wcur:
            q.unit = _word_currency(wcur)
            q.end = end
        if core.lower().startswith(("a ", "an ")):
            q.extras["article"] = True
        return q
    return None


def _currency_key(cur: str) -> str:
    table = currency_table()
    if cur in table:
        return cur
    for k in table:
        if k.lower() == cur.lower():
            return k
    raise KeyError(cur)


_SPACES = re.compile(r"\s+")
_BETWEEN_LOW = re.compile(r"(?:^|\W)between (?:some |about |around |roughly )?$")
_BETWEEN_HIGH = re.compile(r"(?:^|\W)between \S+(?: [a-z]+)? and $")
_OR_MORE = re.compile(r"^(?:\s+[\w-]+){0,4}?,?\s+or more\b")
_PLUS = re.compile(r"^\s*\+")
_OR_FEWER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+or (?:fewer|less)\b")


def _attach_qualifier(q: Quantity, text: str) -> None:
    """Look left of the figure for a cue ('more than', 'some', 'up to') and right for 'or more'."""
    left = text[max(0, q.start - 40) : q.start].lower()
    left = _SPACES.sub(" ", left)
    # a range is two facts: "between 13,000 and 14,000" = at least 13,000 and at most 14,000
    if "between" in left and _BETWEEN_LOW.search(left):
        q.qualifier, q.qualifier_cue = "at_least", "between"
        return
    if "between" in left and _BETWEEN_HIGH.search(left):
        q.qualifier, q.qualifier_cue = "at_most", "between … and"
        return
    for rx, cue, qual in _qualifier_regexes():
        if cue in left and rx.search(left):  # (the substring test first: it is most often false)
            q.qualifier, q.qualifier_cue = qual, cue
            break
    right = text[q.end : q.end + 60].lower()
    if ("or more" in right and _OR_MORE.match(right)) or _PLUS.match(right):
        q.qualifier, q.qualifier_cue = "at_least", "or more"
    elif "or " in right and _OR_FEWER.match(right):
        q.qualifier, q.qualifier_cue = "at_most", "or fewer"


def parse_quantity(text: str) -> Quantity | None:
    """The single figure in ``text`` (with its qualifier), for tests and callers with a phrase."""
    found = find_quantities(text)
    if not found:
        return None
    return max(found, key=lambda q: q.end - q.start)
