"""Whose time a figure tells of: a claim's mission or its predecessor/successor, learned.

The evaluators give a mission what the text tells of *its* time ("once fielded close to 800",
"the old force"), and a successor the plans made for it, whatever the figure's date
(docs/extraction.md, "A figure's mission at its date"); two hand rules lost more than they fixed.
So this is a logistic model over traits of structure and time, never the words of one text: the
tense and aspect words of the figure's clause, classes of temporal markers, the figure's date and
the publication date against the succession date, which of the two names the sentence, paragraph
and article use, the measure and the rule. A claim moves along the chain only when the model is
sure (``bench/succession.py`` trains it on the open sets' gold). ``MISSIONWATCH_CLAIM_FILTER=0``
leaves every mission as the rules gave it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from missionwatch.nlp.calibration import Calibrator

if TYPE_CHECKING:
    from missionwatch.models import Claim

MODEL = Path(__file__).parent / "patterns" / "succession.json"

# word classes, not phrases: what tense or whose time a clause is in
_CLASSES: dict[str, tuple[str, ...]] = {
    "future": ("will", "shall", "'ll", "going", "expected", "plans", "planned", "due", "set"),
    "modal": ("would", "could", "may", "might", "should", "can", "must"),
    "perfect": ("has", "have", "'ve"),
    "pluperfect": ("had",),
    "past": ("was", "were", "did", "ago", "last"),
    "present": ("is", "are", "now", "currently", "today", "remains", "still"),
    "once": ("once", "formerly", "former", "old", "previous", "earlier", "outgoing", "original"),
    "new": ("new", "incoming", "successor", "replacement", "future", "next", "proposed"),
    "until": ("until", "till", "before", "ended", "end", "wound", "handover", "transition"),
    "since": ("since", "after", "began", "start", "launched"),
    "replace": ("replace", "replaced", "replaces", "replacing", "succeed", "succeeded", "transform"),
    "pledge": ("pledged", "offered", "promised", "committed", "authorised", "authorized", "approved"),
}
_WORD_CLASS = {w: k for k, ws in _CLASSES.items() for w in ws}
_WORD = re.compile(r"[A-Za-z']+")


def _classes(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        k = _WORD_CLASS.get(w)
        if k:
            out.add(k)
        elif w.endswith("ed") and len(w) > 4:
            out.add("ed")
    return out


@cache
def _form_patterns() -> dict[str, re.Pattern[str]]:
    from missionwatch.kb.missions import surface_forms

    by: dict[str, list[str]] = {}
    for form, code in surface_forms().items():
        by.setdefault(code, []).append(re.escape(form))
    return {
        code: re.compile(r"(?<![\w-])(?:" + "|".join(sorted(fs, key=len, reverse=True)) + r")(?![\w-])")
        for code, fs in by.items()
    }


def _count(text: str, code: str) -> int:
    pat = _form_patterns().get(code)
    return len(pat.findall(text)) if pat else 0


_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _day(date: str | None) -> str | None:
    """An ISO date at any precision as a day; None for none or a malformed one (not an error)."""
    if not date or not _DATE.fullmatch(date):
        return None
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10] if len(date) == 7 else date[:10]


def _months(a: str, b: str) -> int:
    return (int(a[:4]) - int(b[:4])) * 12 + int(a[5:7]) - int(b[5:7])


def _when(name: str, date: str | None, switch: str) -> dict[str, float]:
    day = _day(date)
    if day is None:
        return {f"{name}=none": 1}
    gap = _months(day, switch)
    side = "after" if day >= switch else "before"
    bucket = "0" if abs(gap) < 3 else "1" if abs(gap) < 12 else "2"
    return {f"{name}={side}": 1, f"{name}={side}{bucket}": 1}


def pair_features(
    claim: Mapping[str, Any],
    alt: str,
    later_start: str,
    text: str,
    published: str | None,
    *,
    counts: dict[str, int] | None = None,
) -> dict[str, float]:
    """Traits for moving ``claim`` (a dict as ``Claim.model_dump`` gives it) to mission ``alt``;
    ``counts``: where the caller keeps each mission's mentions in ``text`` across the claims of one
    article (the same for every claim, and a search of the whole article each)."""
    own = str(claim.get("mission"))
    from missionwatch.kb.missions import get

    m = get(own)
    way = "pred" if m is not None and m.predecessor == alt else "succ"
    measure = str(claim.get("measure"))
    attrs = claim.get("attrs") if isinstance(claim.get("attrs"), Mapping) else {}
    rule = str((attrs or {}).get("frame") or (attrs or {}).get("rule") or claim.get("rule") or "")
    sentence = str(claim.get("sentence") or "")
    start = int(claim.get("start") or 0)
    para_start = text.rfind("\n\n", 0, start) + 1
    para_end = text.find("\n\n", start)
    paragraph = text[para_start : para_end if para_end >= 0 else len(text)]
    f: dict[str, float] = {f"way={way}": 1, f"m={way}|{measure}": 1, f"r={way}|{rule.split(':')[0]}": 1}
    for k in _classes(sentence):
        f[f"s={way}|{k}"] = 1
    end = int(claim.get("end") or start)
    for k in _classes(text[max(start - 50, 0) : end + 25]):  # the figure's own clause, roughly
        f[f"w={way}|{k}"] = 1
    for key, val in (
        _when("asof", claim.get("as_of"), later_start) | _when("pub", published, later_start)
    ).items():
        f[f"{way}|{key}"] = val
        f[f"{way}|{measure.split('.')[0]}|{key}"] = val
    for scope, span in (("s", sentence), ("p", paragraph)):
        mine, theirs = _count(span, own) > 0, _count(span, alt) > 0
        f[f"{scope}names={way}|{int(mine)}{int(theirs)}"] = 1
    if counts is None:
        counts = {}
    for code in (own, alt):
        if code not in counts:
            counts[code] = _count(text, code)
    mine_n, theirs_n = counts[own], counts[alt]
    f[f"art={way}|{'alt0' if not theirs_n else 'more' if theirs_n > mine_n else 'notmore'}"] = 1
    return f


@cache
def chooser() -> Calibrator:
    return Calibrator.read(MODEL)


def alternatives(code: str | None) -> list[tuple[str, str]]:
    """(other mission, start date of the later of the two) for each neighbour in the KB chain."""
    from missionwatch.kb.missions import get

    m = get(code or "")
    if m is None:
        return []
    out = []
    if m.predecessor and m.start:
        out.append((m.predecessor, m.start))
    nxt = get(m.successor or "")
    if nxt is not None and nxt.start:
        out.append((nxt.code, nxt.start))
    return out


def choose(claims: list[Claim], text: str, published: str | None) -> list[Claim]:
    """``claims``, each moved to its predecessor or successor where the model is sure it belongs."""
    from missionwatch.config import get_settings

    settings = get_settings()
    off = not (settings.succession and settings.claim_filter)
    if not claims or off or not MODEL.exists():
        return claims
    model = chooser()
    counts: dict[str, int] = {}  # each mission's mentions in the article
    for c in claims:
        options = alternatives(c.mission)
        if not options:
            continue
        row = c.model_dump(include=_FIELDS)
        best = max(
            (
                (model.p_right(pair_features(row, alt, when, text, published, counts=counts)), alt)
                for alt, when in options
            )
        )
        if best[0] >= model.threshold:
            c.attrs["mission_was"] = c.mission
            c.mission = best[1]
    return claims


_FIELDS = {"measure", "mission", "as_of", "sentence", "start", "end", "rule", "attrs"}
