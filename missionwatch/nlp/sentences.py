"""Sentence boundaries that survive the abbreviations news is full of ("U.S.", "U.N.", "Lt. Col.").

spaCy's rule-based sentencizer splits after every period; here a period ends a sentence only when
what precedes it is not a listed abbreviation (``patterns/abbreviations.json``), except that "U.S."
or "U.N." before a typical sentence opener ("The", "It", …) still ends one. Newlines always end a
sentence: the corpus puts one paragraph on a line, and headlines have no final period.
"""

from __future__ import annotations

import re
from functools import cache

from missionwatch.nlp.lexicon import load

_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


@cache
def _abbrev() -> tuple[frozenset[str], frozenset[str]]:
    data = load("abbreviations")
    return frozenset(data["abbreviations"]), frozenset(data["sentence_starters"])


def _initial_like(word: str) -> bool:
    """A single capital letter with a period ('J.' in 'John F. Kennedy') does not end a sentence."""
    return bool(re.fullmatch(r"[A-Z]\.", word))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of ``text``, trimmed of surrounding space."""
    abbrevs, starters = _abbrev()
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        p_start = para.start()
        line = para.group(0)
        cut = 0
        for m in _END_RE.finditer(line):
            end = m.end()
            word_m = re.search(r"(\S+)$", line[: m.start() + 1])
            word = word_m.group(1) if word_m else ""
            word = word.lstrip('"“‘([')
            if word in abbrevs or _initial_like(word):
                nxt = re.match(r"\s+[\"“‘(\[]?(\w+)", line[end:])
                if not (
                    word in ("U.S.", "U.N.", "U.K.", "E.U.", "D.C.") and nxt and nxt.group(1) in starters
                ):
                    continue
            spans.append((p_start + cut, p_start + end))
            cut = end
        spans.append((p_start + cut, p_start + len(line)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
