"""A cheap guess of a document's language among the four the mission is reported in.

Haiti's news comes in English, French, Spanish and (from Brazil's press) Portuguese. The extractor
only reads English, so the ledger needs to know which documents it should not expect figures
from; it does not need a real language identifier. Words that are frequent in one of the four
languages and rare in the others are counted; the language with most hits wins when it has at
least five and twice the runner-up. Anything else is ``None`` (unknown), never a wrong guess
forced out of too little text.
"""

from __future__ import annotations

import re

# Only words that mark one language: "la", "de", "que", "en", "se", "a" are shared and left out.
_MARKER_WORDS: dict[str, str] = {
    "en": "the and of to is that for with was were said by it are from has have this which "
    "their its been will would",
    "fr": "le les et est une du dans pour qui sur au aux avec pas ont été il cette sont selon mais leur ces",
    "es": "el los las y una por con para del es fue está como al su sus más según pero ha han sido",
    "pt": "o os e um uma com não do da dos das foi são no na ao pelo pela mais seu segundo mas tem",
}
_MARKERS = {lang: frozenset(words.split()) for lang, words in _MARKER_WORDS.items()}

_WORD = re.compile(r"[^\W\d_]+")


_NAMES = {
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "español": "es",
    "espagnol": "es",
    "portuguese": "pt",
    "português": "pt",
    "haitian creole": "ht",
    "kreyòl": "ht",
    "kreyol": "ht",
    "creole": "ht",
}


def normalise_language(tag: str | None) -> str | None:
    """``en-US`` / ``en_GB`` / ``EN`` / ``French`` → ``en``/``fr``; None for nothing usable."""
    if not tag:
        return None
    name = " ".join(tag.strip().lower().split())
    if name in _NAMES:
        return _NAMES[name]
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def guess_language(text: str, *, max_words: int = 2000) -> str | None:
    """``en``/``fr``/``es``/``pt`` when the marker words say so clearly, else None."""
    counts = dict.fromkeys(_MARKERS, 0)
    for n, match in enumerate(_WORD.finditer(text)):
        if n >= max_words:
            break
        word = match.group().lower()
        for lang, markers in _MARKERS.items():
            if word in markers:
                counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits >= 5 and hits >= 2 * second:
        return best
    return None
