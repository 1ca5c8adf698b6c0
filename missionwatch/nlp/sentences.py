"""Sentence boundaries that survive the abbreviations news is full of ("U.S.", "U.N.", "Lt. Col."),
and the text the rules read: the article with its whitespace made plain, offset for offset.

spaCy's rule-based sentencizer splits after every period; here a period ends a sentence only when
what precedes it is not a listed abbreviation (``patterns/abbreviations.json``), except that "U.S."
or "U.N." before a typical sentence opener ("The", "It", …) still ends one.

Line breaks. The corpus puts one paragraph on a line and headlines, bullets and captions stand on
lines of their own, so a newline ends a sentence — unless the text is **hard-wrapped** (a PDF
excerpt, a plain-text report at ~70 characters), where a sentence runs on across a single newline.
:func:`soft_newlines` tells the two apart (see its docstring); :func:`working_text` turns every such
newline into a space, so the rules never see the wrap, while a blank line, a bullet or a line that
ends short of the wrap width still ends its sentence and paragraph.

:func:`working_text` has exactly the length of the text it is given, so every offset the rules take
in it is an offset into the original: claims slice their sentence and evidence from the original
text, which is what the ledger stores.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from missionwatch.nlp.lexicon import load

# a footnote mark may follow the full stop ("never materialised.[3] Jamaica sent …")
_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?:\[\d{1,3}\])?(?=\s+[\"“‘(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"\S+$")
_NEXT_WORD = re.compile(r"\s+[\"“‘(\[]?(\w+)")

# --- whitespace, control characters, line breaks ------------------------------------------------

# Page and paragraph separators (form feed from PDF tools, U+2029): always a paragraph break.
_HARD_BREAKS = "\x0c\x1c\x1d\x1e\u2029"
# Other line breaks Python and Unicode know (vertical tab, NEL, U+2028): read as a newline.
_LINE_BREAKS = "\x0b\x85\u2028"
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)):  # control characters: a space each
        table[code] = " "
    for ch in _HARD_BREAKS + _LINE_BREAKS + "\r":
        table[ord(ch)] = "\n"
    table[ord("\n")] = "\n"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for code in range(0xD800, 0xE000):  # a lone surrogate (no UTF-8 can hold it): the replacement char
        table[code] = "\ufffd"
    return table


_BULLET = re.compile(r"(?:[•·*▪◦‣●○■□►➢>]|\(?[a-z]\)|\(?\d{1,2}[.)]|\(?[ivx]{1,4}[.)])\s")
_DASH_ITEM = re.compile(r"[-–—]\s")
_TERMINAL = re.compile(r"[.!?:;…][\"”’'»)\]]*$")
# Hard-wrapped text: a greedy wrap breaks a line only where the next word would not fit, so a line
# followed by another is "full" when it plus that word reaches the wrap width. PDF text in a
# proportional font varies, hence the tolerance.
_WRAP_MIN, _WRAP_MAX = 20, 160
_WRAP_TOLERANCE = 0.1


def soft_newlines(text: str) -> list[int]:
    """Offsets of the newlines of ``text`` that continue a sentence rather than end a line of its own.

    A newline between two non-blank lines is soft when

    * the line does not end like a sentence (a stop, ``?``, ``!``, ``:``, ``;``, even inside
      closing quotes) and the next line starts with a lower-case letter, or the line ends on a
      comma, a dash or a word that cannot end a sentence ("of", "the", "and" …); or
    * the text is hard-wrapped — at least three lines are followed by another, most of them
      do not end like a sentence, at least a third visibly run on (the next line opens in lower
      case or with a figure, or the line ends on a comma, a dash, "of", "the", "and" …), and they
      are about as long as each other (20–160 characters) — and the line is full: it
      and the next line's first word reach the wrap width (less 10 %, for proportional fonts).

    A blank line, a form feed or U+2029, and a next line that opens with a bullet (``•``, ``*``,
    ``1.``, ``(a)``; a dash after a line that ends like a sentence or is an item) always end the
    line. So a one-paragraph-a-line article, its headline
    without a final stop, its bullets and its captions keep their breaks.

    ``text`` is read with ``\\r\\n``, ``\\r`` and the other Unicode line breaks as newlines; the
    offsets are those of the ``\\n`` (or lone ``\\r``) characters.
    """
    return _soft(_flat(text), text)


def _flat(text: str) -> str:
    """``text`` with its characters made plain (``_table``; ``\r\n`` → space + newline), same length."""
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    return text.translate(_table())


def _soft(flat: str, text: str) -> list[int]:
    """The soft newlines of ``flat`` (``text`` translated by ``_table``; same length)."""
    if "\n" not in flat:
        return []
    # the pairs of adjacent non-blank lines
    pairs: list[tuple[int, str, str]] = []  # (newline offset, line before, line after)
    pos = 0
    prev: str | None = None
    prev_nl = -1
    for line in flat.split("\n"):
        stripped = line.strip(" ")
        if prev is not None and stripped and text[prev_nl] not in _HARD_BREAKS:
            pairs.append((prev_nl, prev, stripped))
        prev = stripped or None
        prev_nl = pos + len(line)
        pos = prev_nl + 1
    if not pairs:
        return []
    candidates = [(nl, a, b) for nl, a, b in pairs if not _bullet(a, b)]
    width = _wrap_width(candidates)
    out = []
    for nl, a, b in candidates:
        runs_on = not _TERMINAL.search(a) and (b[:1].islower() or _RUN_ON_END.search(a))
        full = width and len(a) + 1 + len(b.split(" ", 1)[0]) > width * (1 - _WRAP_TOLERANCE)
        if runs_on or full:
            out.append(nl)
    return out


_RUN_ON_END = re.compile(
    r"(?:[,–—-]|\b(?:the|a|an|of|and|or|but|in|on|at|to|for|by|with|from|into|its|their|his|her|as|"
    r"that|which|who|is|are|was|were|has|have|had|be|been|will|would|than|some|about|nearly|more)"
    r")$",
    re.IGNORECASE,
)


def _bullet(a: str, b: str) -> bool:
    """The next line is an item of a list: a bullet or number, or a dash after a line that ends like
    a sentence or is an item itself (a dash after a line broken mid-sentence is the sentence's)."""
    if _BULLET.match(b):
        return True
    return bool(_DASH_ITEM.match(b)) and bool(_TERMINAL.search(a) or _DASH_ITEM.match(a) or _BULLET.match(a))


def _runs_on(a: str, b: str) -> bool:
    """A line break visibly inside a sentence: the next line opens in lower case or with a figure,
    or the line ends on a comma, a dash or a word that cannot end one ("of", "the", "and" …)."""
    return b[:1].islower() or b[:1].isdigit() or bool(_RUN_ON_END.search(a))


def _wrap_width(pairs: list[tuple[int, str, str]]) -> int:
    """The width the text is wrapped at, or 0 when it does not look hard-wrapped."""
    if len(pairs) < 3:
        return 0
    if sum(1 for _, a, _ in pairs if _TERMINAL.search(a)) * 2 > len(pairs):
        return 0  # most lines end a sentence: one sentence or paragraph a line
    if sum(1 for _, a, b in pairs if _runs_on(a, b)) * 3 < len(pairs):
        return 0  # prose visibly runs on across its lines; a list of headlines or captions does not
    lengths = sorted(len(a) for _, a, _ in pairs)
    width = lengths[int(0.8 * (len(lengths) - 1))]
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return 0
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if near * 3 >= 2 * len(lengths) else 0


def working_text(text: str) -> str:
    """``text`` as the rules read it, of exactly the same length (so offsets carry over):

    soft newlines (:func:`soft_newlines`) become spaces; ``\\r\\n`` becomes a space and a newline, a
    lone ``\\r``, a vertical tab, a form feed, NEL, U+2028 and U+2029 a newline; tabs, no-break and
    other Unicode spaces a space; control characters a space; a lone surrogate U+FFFD.

    (Remembered for the last few texts: the sentence splitter and the people rules of one
    document each ask for it.)
    """
    return _working_text(text)


@lru_cache(maxsize=4)
def _working_text(text: str) -> str:
    flat = _flat(text)
    soft = _soft(flat, text)
    if not soft:
        return flat
    chars = list(flat)
    for i in soft:
        chars[i] = " "
    return "".join(chars)


# --- sentences -----------------------------------------------------------------------------------


@cache
def _abbrev() -> tuple[frozenset[str], frozenset[str]]:
    data = load("abbreviations")
    return frozenset(data["abbreviations"]), frozenset(data["sentence_starters"])


def _initial_like(word: str) -> bool:
    """A single capital letter with a period ('J.' in 'John F. Kennedy') does not end a sentence."""
    return bool(re.fullmatch(r"[A-Z]\.", word))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of ``text``, trimmed of surrounding space.

    Reads ``text`` through :func:`working_text`, so a hard-wrapped sentence is one span and CRLF,
    tabs and no-break spaces split like plain spaces and newlines.
    """
    return split_flat(working_text(text))


def split_flat(flat: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` over a text already through :func:`working_text`."""
    abbrevs, starters = _abbrev()
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", flat):
        p_start = para.start()
        line = para.group(0)
        cut = 0
        for m in _END_RE.finditer(line):
            end = m.end()
            # the word before the stop (a bounded look back: abbreviations are short)
            word_m = _LAST_WORD.search(line, max(0, m.start() + 1 - 64), m.start() + 1)
            word = word_m.group(0) if word_m else ""
            word = word.lstrip('"“‘([')
            if word in abbrevs or _initial_like(word):
                nxt = _NEXT_WORD.match(line, end)
                if not (
                    word in ("U.S.", "U.N.", "U.K.", "E.U.", "D.C.") and nxt and nxt.group(1) in starters
                ):
                    continue
            spans.append((p_start + cut, p_start + end))
            cut = end
        spans.append((p_start + cut, p_start + len(line)))
    out = []
    for s, e in spans:
        while s < e and flat[s].isspace():
            s += 1
        while e > s and flat[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return cap_spans(out, flat)


# No sentence of news runs past a few hundred characters (the longest in the corpora has 601); a
# "sentence" of 50 KB is a table dump, a run of figures or noise without a stop. The rules read each
# sentence as a whole, often once per figure or quotation in it, so one unbounded sentence made the
# extractor quadratic in its length; it is cut into pieces of at most this many characters.
MAX_SENTENCE = 2000


def cap_spans(spans: list[tuple[int, int]], text: str, limit: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """``spans`` with every span longer than ``limit`` cut at spaces into pieces of at most ``limit``
    characters (at ``limit`` itself when a piece holds no space), each trimmed of space."""
    if all(e - s <= limit for s, e in spans):
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > limit:
            cut = max(text.rfind(" ", s + 1, s + limit), text.rfind("\n", s + 1, s + limit))
            if cut <= s:
                cut = s + limit
            end = cut
            while end > s and text[end - 1].isspace():
                end -= 1
            out.append((s, end))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out
