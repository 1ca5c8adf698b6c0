"""What a figure counts, before it is compared with others: its scope and whether it is a part.

Two figures of one measure and subject are only comparable when they count the same thing:

- a **component** ("170 soldiers and 30 police officers") is a part of a total; parts stated
  together in one sentence are kept as components (``Fact.component``) and, where the text gives
  no total, summed into one (``flags=["summed"]``, ``decided_by="components"``);
- an **increment** ("a further 600 officers", "600 more") adds to a stock and is never the stock;
- a toll is an **incident** (one attack), a **period** (a year, a quarter) or a **part** (victims
  of one kind among the dead) — three series, never one;
- money paid into a **fund** (the UN trust fund) is another series from money given otherwise;
- a figure a sentence frames as a design strength, ceiling or target ("well short of the 2,500 the
  mission was designed for") is a ``personnel.target``, never a deployed strength.

The cues are read around the figure in the claim's sentence (word lists below, no per-article
rules); a claim's own ``attrs["scope"]``/``attrs["component"]`` always win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from missionwatch import measures
from missionwatch.models import StoredClaim
from missionwatch.nlp.numbers import TENS, UNITS
from missionwatch.reconcile.normalise import number, personnel_category, plain

SCOPES = ("fund", "increment", "incident", "period", "part")

TOLLS = frozenset(n for n in measures.names(event=True, mission_free=True))
STOCKS = frozenset(
    n for n in measures.names(value="number") if not measures.MEASURES[n].event and n.startswith("personnel.")
)
PARTS_OF = frozenset(n for n in measures.names(group="personnel") if measures.MEASURES[n].value == "number")

# the number words a sentence may spell a small figure with ("two contingents"), from the grammar
# the extractors read numbers with
_SMALL = {value: word for word, value in {**UNITS, "twenty": TENS["twenty"]}.items()}

_FUND = re.compile(r"\btrust\s+fund\b|\bthe\s+fund\b|\bFund\b|\bbasket fund\b", re.I)
_INCREMENT_BEFORE = re.compile(
    r"\b(a further|another|an additional|an extra|additional|extra|further)\s*$", re.I
)
_INCREMENT_AFTER = re.compile(r"^\s*(more|extra|additional|further)\b", re.I)
_TARGET_BEFORE = re.compile(
    r"\b(short of|designed for|planned|target(?:ed)? of|goal of|ceiling of|cap of|authori[sz]ed"
    r"(?: strength)?(?: of)?|up to|expected to (?:reach|number|rise to|grow to)|aim(?:ed|s|ing)? (?:for|at)"
    r"|intended|full strength of|envisaged)(?:\s+(?:the|a|an|about|some|around|roughly|nearly))*\s*$",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"^[\w\s,-]{0,30}?\b(?:the|that|which|it)\s+(?:mission|force|operation)\s+(?:was|is|had been)\s+"
    r"(?:designed|planned|meant|expected|authori[sz]ed|supposed)\b|^\s*-?\s*(?:strong\s+)?target\b",
    re.I,
)
_INCIDENT = re.compile(
    r"\b(massacre[ds]?|attack|ambush(?:ed)?|raid|shooting|bombing|explosion|clash|slain|gunmen|"
    r"last week|this week|overnight|in a single|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"in (?:early|late|mid-?)\s*(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december))\b",
    re.I,
)
_PERIOD = re.compile(
    r"\b(last year|this year|past year|in (?:19|20)\d\d|during (?:19|20)\d\d|so far|since|between \w+ and|"
    r"first (?:half|quarter|six months)|(?:second|third|fourth) quarter|over the (?:past|last)|"
    r"year[- ]to[- ]date|annual|per year|a year|each year)\b",
    re.I,
)
_PART_CUE = re.compile(
    r"\b(include[sd]?|including|among them|among the dead|of whom|of them|of which)\b", re.I
)
_GENERIC_VICTIMS = re.compile(
    r"^\s*(?:people|persons|lives|civilians|individuals|haitians|residents|dead)\b", re.I
)


@lru_cache(maxsize=65536)
def _figure_texts(value: str) -> tuple[str, ...]:
    """The ways a sentence may write the figure ``value`` (a claim value's text), cached: a few
    thousand values come back across the tens of thousands of claims a first briefing prepares
    (2,250 of 35,460 at 1,000,009 claims, bench/serve.md, thirty-ninth round)."""
    n = number(value)
    if n is None:
        return ()
    v = plain(n)
    out = [f"{v:,}", str(v)]
    if isinstance(v, int):
        if v in _SMALL:
            out.append(_SMALL[v])
        for scale, word in ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")):
            if v >= scale and v % (scale // 10) == 0:
                out.append(f"{plain(v / scale)} {word}")
                break
    return tuple(out)


# Characters that match ASCII letters under re.I without being ASCII: a sentence holding one is
# searched with the regular expression itself.
_CASE_TWINS = frozenset("\u017f\u212a\u0130\u0131")


def _find_figure(sentence: str, text: str) -> tuple[int, int] | None:
    r"""``re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d,]|\.\d)", sentence, re.I)``'s span, found
    without compiling a pattern per sentence (each sentence is new, so the regex cache never hit and
    compiling was a fifth of a rebuild's time)."""
    low, t = sentence.lower(), text.lower()
    if len(low) != len(sentence) or len(t) != len(text) or not _CASE_TWINS.isdisjoint(sentence):
        m = re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d,]|\.\d)", sentence, re.I)
        return (m.start(), m.end()) if m else None
    n = len(low)
    i = low.find(t)
    while i != -1:
        j = i + len(t)
        before = low[i - 1] if i else ""
        if not (before and (before.isdecimal() or before in ".,")) and not (
            j < n
            and (
                low[j].isdecimal()
                or low[j] == ","
                or (low[j] == "." and j + 1 < n and low[j + 1].isdecimal())
            )
        ):
            return i, j
        i = low.find(t, i + 1)
    return None


@lru_cache(maxsize=65536)
def figure_context(sentence: str, value: str) -> tuple[str, str] | None:
    """The text before and after the figure ``value`` in ``sentence`` (first mention), or None."""
    for text in _figure_texts(value):
        found = _find_figure(sentence, text)
        if found:
            return sentence[: found[0]], sentence[found[1] :]
    return None


_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:while|whereas|but|although|though)\b|\s(?:against|while|whereas)\s", re.I
)


def _clause(c: StoredClaim) -> str:
    """The clause of the sentence that holds the figure (the whole sentence when it is not found)."""
    sentence = c.sentence or ""
    found = figure_context(sentence, str(c.value))
    if found is None:
        return sentence
    at = len(found[0])
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return sentence[start:end]


def _context(c: StoredClaim) -> tuple[str, str]:
    found = figure_context(c.sentence or "", str(c.value))
    return found if found else (c.sentence or "", "")


def reads_as_target(c: StoredClaim) -> bool:
    """A deployed figure that its sentence frames as a design strength, ceiling or target."""
    if c.measure != "personnel.deployed" or not c.sentence:
        return False
    found = figure_context(c.sentence, str(c.value))
    if found is None:
        return False
    before, after = found
    return bool(_TARGET_BEFORE.search(before[-60:]) or _TARGET_AFTER.search(after[:80]))


def scope_of(c: StoredClaim) -> str | None:
    """The claim's scope (one of ``SCOPES``) or None for a plain figure."""
    given = c.attrs.get("scope") if c.attrs else None
    if isinstance(given, str) and given:
        return given
    if c.measure.startswith("funding."):
        return "fund" if _FUND.search(_clause(c)) else None
    if c.measure in STOCKS:
        before, after = _context(c)
        if _INCREMENT_BEFORE.search(before[-30:]) or _INCREMENT_AFTER.search(after[:20]):
            return "increment"
        return None
    if c.measure in TOLLS:
        return _toll_scope(c)
    return None


def _toll_scope(c: StoredClaim) -> str | None:
    sentence = c.sentence or ""
    before, after = _context(c)
    if _PART_CUE.search(before[-40:]) and not _GENERIC_VICTIMS.search(after[:30]):
        return "part"
    if _INCIDENT.search(sentence):
        return "incident"
    precision = c.as_of_precision or ("day" if c.as_of and len(c.as_of) == 10 else None)
    if (
        _PERIOD.search(sentence)
        or (c.attrs or {}).get("as_of_from") == "reporting period"
        or precision == "year"
    ):
        return "period"
    return None


def _component(c: StoredClaim) -> str | None:
    """The personnel category the words right after the figure name ('170 soldiers' → military)."""
    found = figure_context(c.sentence or "", str(c.value))
    if found is None:
        return None
    m = re.match(r"\s+((?:[A-Za-z-]+\s*){1,3})", found[1])  # the words up to any figure or stop
    if not m:
        return None
    words = m.group(1).split()
    for i in range(len(words)):
        cat = personnel_category(" ".join(words[: i + 1]))
        if cat:
            return cat
    return None


def prepare(claims: Iterable[StoredClaim]) -> list[StoredClaim]:
    """Claims ready to group: targets read as targets, scopes and components set, parts summed.

    Claims that change are copies (``model_copy``); the ledger's objects are never modified. A
    summed total has no ``id``, ``rule="sum of components"``, ``flags=["summed"]`` and its parts in
    ``attrs["components"]``.
    """
    out: list[StoredClaim] = []
    siblings: dict[tuple, list[int]] = {}
    for c in claims:
        if reads_as_target(c):
            c = c.model_copy(
                update={"measure": "personnel.target", "flags": [*c.flags, "target_not_deployed"]}
            )
        scope = scope_of(c)
        if scope and (c.attrs or {}).get("scope") != scope:
            c = c.model_copy(update={"attrs": {**(c.attrs or {}), "scope": scope}})
        if c.measure in PARTS_OF and number(c.value) is not None and scope is None:
            key = (c.document_id, c.sentence, c.measure, c.mission, c.subject, c.as_of, c.unit)
            siblings.setdefault(key, []).append(len(out))
        out.append(c)
    _fund_by_document(out)
    extra: list[StoredClaim] = []
    for idxs in siblings.values():
        if len(idxs) < 2 or (personnel_category(str(out[idxs[0]].subject or "")) is not None):
            continue
        if any((out[i].attrs or {}).get("grouped") for i in idxs):
            continue  # a person grouped these parts: their total is the review's (ledger/reviews.py)
        cats = [_component(out[i]) for i in idxs]
        parts = [(i, cat) for i, cat in zip(idxs, cats, strict=True) if cat]
        if len({cat for _, cat in parts}) < 2:
            continue
        for i, cat in parts:
            out[i] = out[i].model_copy(update={"attrs": {**(out[i].attrs or {}), "component": cat}})
        if len(parts) == len(idxs):  # the text gives only parts: their sum is the total
            extra.append(_summed([out[i] for i, _ in parts]))
    return out + extra


def _fund_by_document(claims: list[StoredClaim]) -> None:
    """A figure a document places in the fund is in the fund wherever that document repeats it."""
    in_fund = {
        (c.document_id, c.measure, c.mission, c.subject, str(c.value))
        for c in claims
        if c.measure.startswith("funding.") and (c.attrs or {}).get("scope") == "fund"
    }
    if not in_fund:
        return
    for i, c in enumerate(claims):
        if (
            c.measure.startswith("funding.")
            and not (c.attrs or {}).get("scope")
            and (c.document_id, c.measure, c.mission, c.subject, str(c.value)) in in_fund
        ):
            claims[i] = c.model_copy(update={"attrs": {**(c.attrs or {}), "scope": "fund"}})


def _summed(parts: list[StoredClaim]) -> StoredClaim:
    first = parts[0]
    total = sum(number(p.value) or 0.0 for p in parts)
    quals = {p.qualifier for p in parts}
    qualifier = next(iter(quals)) if len(quals) == 1 else "approx"
    attrs = {k: v for k, v in (first.attrs or {}).items() if k not in ("component", "figure")}
    attrs["components"] = {
        str((p.attrs or {}).get("component")): plain(number(p.value) or 0.0) for p in parts
    }
    return first.model_copy(
        update={
            "id": None,
            "value": plain(total),
            "qualifier": qualifier,
            "start": min(p.start for p in parts),
            "end": max(p.end for p in parts),
            "rule": "sum of components",
            "flags": [*first.flags, "summed"],
            "attrs": attrs,
        }
    )


def scope_key(c: StoredClaim) -> tuple[str | None, str | None]:
    """(scope, component) of a prepared claim, for the fact key."""
    attrs = c.attrs or {}
    scope = attrs.get("scope") if isinstance(attrs.get("scope"), str) else None
    comp = attrs.get("component") if isinstance(attrs.get("component"), str) else None
    return scope or None, comp or None
