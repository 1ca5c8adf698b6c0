"""Typing: which measure a figure states, about whom, for which mission, as of when.

Works on plain views of the document (sentences with their entities, figures and dates, all as
character offsets) so that the rules are spaCy-free and testable; the ``mw_measures`` component
builds the views from the Doc and hands the raw claims back to it.

The rules are general, not per sentence: a figure's *family* comes from its unit and noun
(persons, money, percent); within its family, the nearest non-negated cue word of the lexicon in
``patterns/measures.json`` decides the measure; the contributor or donor comes from the noun
phrase ("Kenyan police", "Kenya's 1,000", "from Belize"), then the agent of the cue ("Canada has
donated"), then the nearest eligible country; figures coordinated with a typed one ("20 soldiers
and four police officers", "$241m (Ksh 36.5bn)") inherit its measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from missionwatch.nlp import kbglue
from missionwatch.nlp.dates import DateMention, parse_iso
from missionwatch.nlp.entities import Entity, capital_of
from missionwatch.nlp.entities import country_code as kbglue_country
from missionwatch.nlp.lexicon import load
from missionwatch.nlp.numbers import Quantity, words_to_number

COUNCIL_SIZE = 15
NUM = (
    r"(?:\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen)"
)


@dataclass
class Sent:
    """One sentence with what the earlier components found in it (absolute offsets)."""

    index: int
    start: int
    end: int
    text: str
    ents: list[Entity] = field(default_factory=list)
    quants: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    headline: bool = False

    def rel(self, pos: int) -> int:
        return pos - self.start


@dataclass
class Raw:
    """A claim before it becomes a ``Claim``: the typing result with its evidence span."""

    measure: str
    value: Any
    start: int
    end: int
    sent: Sent
    subject: str | None = None
    mission: str | None = None
    unit: str | None = None
    qualifier: str | None = "exact"
    qualifier_cue: str | None = None
    as_of: str | None = None
    rule: str | None = None
    resolution: str | None = None
    confidence: float = 0.8
    flags: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fig:
    """A figure with its noun and the result of typing."""

    q: Quantity
    sent: Sent
    family: str  # persons | money | percent
    noun: str | None = None
    noun_end: int = 0
    modifiers: str = ""
    bare: bool = False
    measure: str | None = None
    cue: tuple[int, int, str] | None = None
    subject: str | None = None
    list_subject: list[str] = field(default_factory=list)
    coord_prev: Fig | None = None  # the figure this one is coordinated with ("20 soldiers and four police")
    breakdown: bool = False  # part of a split of a total by category
    near_only: bool = False
    each: list[str] = field(
        default_factory=list
    )  # "Rwanda and India each have 2,000": one figure per country


# ---------------------------------------------------------------------------------------------
# lexicon


@cache
def _lex() -> dict[str, Any]:
    return load("measures")


@cache
def _cue_regexes() -> dict[str, list[tuple[str, re.Pattern[str], bool]]]:
    """family -> [(measure, regex, strong)] compiled once."""
    out: dict[str, list[tuple[str, re.Pattern[str], bool]]] = {}
    for family in ("persons", "money", "percent"):
        rows = []
        for measure, spec in _lex()[family].items():
            for strong_key in ("strong", "weak"):
                for cue in spec.get(strong_key, []):
                    rows.append((measure, re.compile(rf"\b{cue}\b", re.IGNORECASE), strong_key == "strong"))
        out[family] = rows
    return out


@cache
def _noun_re() -> re.Pattern[str]:
    nouns = sorted({*_lex()["personnel_nouns"], *_lex()["people_nouns"]}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in nouns) + r")\b", re.IGNORECASE)


@cache
def _people_only() -> frozenset[str]:
    return frozenset(n.lower() for n in _lex()["people_nouns"]) - frozenset(
        n.lower() for n in _lex()["personnel_nouns"]
    )


_NEG_RE = None


def _negated(text: str, cue_start: int) -> bool:
    global _NEG_RE
    if _NEG_RE is None:
        _NEG_RE = re.compile(_lex()["negation"], re.IGNORECASE)
    return bool(_NEG_RE.search(text[max(0, cue_start - 20) : cue_start]))


# ---------------------------------------------------------------------------------------------
# document context


@dataclass
class Context:
    """What holds across the document: publication date, main mission and country, resolutions."""

    text: str
    published: str | None
    sents: list[Sent]
    mission: str | None = None
    country: str | None = None
    host: set[str] = field(default_factory=set)
    leads: set[str] = field(default_factory=set)
    resolution: str | None = None  # the resolution the text is currently about
    resolution_dates: dict[str, str] = field(default_factory=dict)
    resolution_missions: dict[str, str] = field(default_factory=dict)
    superseded: set[str] = field(default_factory=set)  # predecessors of missions the text names


def _doc_context(text: str, sents: list[Sent], published: str | None) -> Context:
    ctx = Context(text, published, sents)
    counts: dict[str, int] = {}
    title_missions = [e.code for s in sents if s.headline for e in s.ents if e.label == "MISSION"]
    for s in sents:
        for e in s.ents:
            if e.label == "MISSION":
                counts[e.code] = counts.get(e.code, 0) + 1
    if title_missions:
        ctx.mission = title_missions[0]
    elif counts:
        ctx.mission = max(counts, key=lambda c: counts[c])
    ccounts: dict[str, int] = {}
    for s in sents:
        for e in s.ents:
            if e.label in ("COUNTRY", "PLACE"):
                code = e.code if e.label == "COUNTRY" else kbglue.place_country(e.text) or ""
                if code:
                    ccounts[code] = ccounts.get(code, 0) + 1
    led = [code for code, _ in _x_led(text, sents)]
    if ctx.mission:
        m = kbglue.mission(ctx.mission)
        if m is not None:
            if m.host:
                ctx.host.add(m.host)
                ctx.country = m.host
            if m.lead:
                ctx.leads.add(m.lead)
    elif led and ccounts:
        guess = kbglue.infer_mission(
            lead=led[0], hosts=sorted(ccounts, key=lambda c: -ccounts[c])[:3], on=published
        )
        if guess is not None:
            ctx.mission = guess.code
            if guess.host:
                ctx.host.add(guess.host)
                ctx.country = guess.host
    if ctx.country is None and ccounts:
        ctx.country = max(ccounts, key=lambda c: ccounts[c])
    for s in sents:
        for e in s.ents:
            if e.label == "MISSION":
                m = kbglue.mission(e.code)
                if m is not None and m.host:
                    ctx.host.add(m.host)
    ctx.leads.update(led)
    named = {e.code for s in sents for e in s.ents if e.label == "MISSION"}
    for code in named:
        m = kbglue.mission(code)
        if m is not None and m.predecessor in named:
            ctx.superseded.add(m.predecessor)
    return ctx


def _x_led(text: str, sents: list[Sent]) -> list[tuple[str, Entity]]:
    out = []
    for s in sents:
        for e in s.ents:
            if e.label == "COUNTRY" and re.match(r"-(?:led|headed)\b", text[e.end : e.end + 8]):
                out.append((e.code, e))
    return out


def _mission_near(ctx: Context, s: Sent, pos: int) -> str | None:
    """The mission a figure at ``pos`` belongs to.

    The nearest named in its sentence; else the last one the article named before it that was
    running at publication ("the force", "the mission" refer back; a past mission such as MINUSTAH
    mentioned in passing does not capture what follows); else the article's main mission.
    """
    best, dist = None, 10**9
    for e in s.ents:
        if e.label != "MISSION":
            continue
        d = abs((e.start + e.end) // 2 - pos)
        if d < dist:
            best, dist = e.code, d
    if best:
        return best
    for prev in reversed(ctx.sents[: s.index]):
        for e in reversed(prev.ents):
            if (
                e.label == "MISSION"
                and e.code not in ctx.superseded
                and kbglue.running(e.code, ctx.published)
            ):
                return e.code
    return ctx.mission


# ---------------------------------------------------------------------------------------------
# figures


_STOP = re.compile(
    r"^(?:to|in|on|at|by|for|with|will|would|have|has|had|are|is|was|were|who|that|which|"
    r"be|been|per|than|as|from|into|a|an|under|over|across|since|after|before)$",
    re.I,
)


def _find_noun(text: str, q: Quantity) -> tuple[str | None, int, str]:
    """The person noun after a figure (within a few words) and the words between.

    Coordinated nouns extend it ("uniformed military and police officers", "police and soldiers");
    any other word after a noun ends it.
    """
    if "compound" in q.extras:
        # "a 200-strong Salvadoran unit": the noun may follow the compound
        tail = re.match(r"^(\s+(?:[A-Z][\w-]*\s+){0,2})", text[q.end : q.end + 60])
        nm = _noun_re().match(text, q.end + len(tail.group(1))) if tail else None
        if nm:
            return nm.group(1), nm.end(), tail.group(1).strip() if tail else ""
        return str(q.extras["compound"]), q.end, ""
    after = text[q.end : q.end + 90]
    words = list(re.finditer(r"[\w'’-]+|[^\w\s]", after))
    mods: list[str] = []
    found: tuple[str, int] | None = None
    i = 0
    while i < len(words) and i < 9:
        w = words[i].group(0)
        low = w.lower()
        m = _noun_re().match(after, words[i].start())
        if m:
            found = (m.group(1), q.end + m.end())
            mods.append(m.group(1))
            while i < len(words) and words[i].end() <= m.end():
                i += 1
            continue
        if found is not None:
            if low in ("and", "or"):
                mods.append(w)
                i += 1
                continue
            if (
                mods
                and mods[-1].lower() in ("and", "or")
                and re.match(r"[a-z][\w-]*$", w)
                and not _STOP.match(low)
            ):
                mods.append(w)  # "military and police officers": a modifier before the next noun
                i += 1
                continue
            break
        if not re.match(r"[\w'’-]+$", w) and w not in ("-",):
            break
        if (
            low == "of"
            and i + 1 < len(words)
            and words[i + 1].group(0).lower() in ("its", "their", "the", "his", "her", "them")
        ):
            mods.extend([w, words[i + 1].group(0)])
            i += 2
            continue
        if _STOP.match(low) and low not in ("and",):
            break
        if re.match(
            r"(?:months?|years?|days?|weeks?|hours?|countries|nations|states|times|percent|per)$", low
        ):
            break
        mods.append(w)
        i += 1
    if found is None:
        return None, 0, ""
    while mods and mods[-1].lower() in ("and", "or"):
        mods.pop()
    return found[0], found[1], " ".join(mods)


_BARE_BEFORE = re.compile(
    r"\b(?:commitment|pledge|contingent|force|strength|total|team|group|ceiling|cap|target|goal|"
    r"deployment|offer|number|toll|tally)s?\s+(?:of\s+)?(?:\w+\s+)?$",
    re.I,
)
_BARE_AFTER = re.compile(
    r"^\s*(?:of them|of whom|(?:have|has|had|are|were|was|is|will|would)\b|"
    r"(?:killed|kidnapped|injured|wounded|dead|displaced|abducted|missing)\b)",
    re.I,
)


def _figures(ctx: Context, s: Sent) -> list[Fig]:
    text = ctx.text
    out: list[Fig] = []
    for q in s.quants:
        if any(d.start <= q.start < d.end or q.start <= d.start < q.end for d in s.dates):
            continue  # the 25 of "on 25 January": part of a date
        if q.unit and q.unit not in ("percent", "persons"):
            out.append(Fig(q, s, "money"))
            continue
        if q.unit == "percent":
            out.append(Fig(q, s, "percent"))
            continue
        before = text[s.start : q.start]
        after = text[q.end : s.end]
        # years, resolution numbers, ages and times are not figures of persons
        if not q.written and re.fullmatch(r"(?:19|20)\d{2}", q.text):
            continue
        if re.search(
            r"(?:resolution|res\.|S/RES/|No\.|Chapter|article|session|flight|aged?|\b(?:the|a|its)\s+number)\s*$",
            before,
            re.I,
        ):
            continue
        if re.search(r"[A-Z][\w'’-]+,\s*$", before) and re.match(r"^\s*,", after):
            continue  # "Garry Joseph, 55, …": an age
        noun, noun_end, mods = _find_noun(text, q)
        if noun is None:
            if q.extras.get("article"):
                continue
            if re.match(r"^\s*(?:of the|of those|of its|of their)\b", after, re.I) and q.value == 1:
                continue
            bare_ok = bool(
                _BARE_BEFORE.search(before[-60:])
                or _BARE_AFTER.match(after)
                or re.search(r"(?:million|billion)$", q.text, re.I)
            )
            if isinstance(q.value, float) and not q.value.is_integer():
                continue
            if re.match(r"^\s*(?:of the|of their)\b", after, re.I):
                continue
            if q.value < 10 and not bare_ok:
                continue
            nxt_word = re.match(r"^\s+([a-z][\w-]*)", after)
            if (
                nxt_word
                and not _BARE_AFTER.match(after)
                and nxt_word.group(1) not in ("more", "extra", "additional")
                and not nxt_word.group(1).endswith("ly")
                and not _STOP.match(nxt_word.group(1))
            ):
                continue  # "ten countries", "six core tasks": some other noun follows
            out.append(Fig(q, s, "persons", None, q.end, "", bare=True, near_only=not bare_ok))
            continue
        out.append(Fig(q, s, "persons", noun, noun_end, mods))
    # "a police officer" coordinated after a persons figure: one person
    for m in re.finditer(r"\band (?:a|an|one) (?=[\w-]+\s?[\w-]*)", text[s.start : s.end]):
        pos = s.start + m.end()
        nm = _noun_re().match(text, pos) or re.match(
            r"[\w-]+ (" + _noun_re().pattern[3:-3] + r")\b", text[pos : pos + 40], re.I
        )
        if not nm:
            continue
        prev = [f for f in out if f.family == "persons" and f.noun_end and f.noun_end <= s.start + m.start()]
        if not prev or s.start + m.start() - prev[-1].noun_end > 2:
            continue
        q = Quantity(
            s.start + m.end() - 2, s.start + m.end() - 1, 1, text=m.group(0).split()[1], written=True
        )
        q.start = s.start + m.start() + 4
        q.end = q.start + len(q.text)
        end = nm.end() if nm.re is _noun_re() else pos + nm.end()
        out.append(Fig(q, s, "persons", nm.group(1), end, "", bare=False))
    out.sort(key=lambda f: f.q.start)
    return out


def _cues(ctx: Context, fig: Fig, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    text = ctx.text
    seg = text[lo:hi]
    found: list[tuple[int, int, str, bool]] = []
    for measure, rx, strong in _cue_regexes()[fig.family]:
        if (
            fig.family == "persons"
            and fig.noun
            and fig.noun.lower() in _people_only()
            and measure.startswith("personnel.")
        ):
            continue
        for m in rx.finditer(seg):
            a, b = lo + m.start(), lo + m.end()
            if a < fig.q.end and b > fig.q.start:
                continue
            if _negated(text, a):
                continue
            found.append((a, b, measure, strong))
    # the longer of two overlapping cues wins ("promised contingent" over "contingent")
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for c in found:
        if any(c[0] >= k[0] and c[1] <= k[1] and (c[0], c[1]) != (k[0], k[1]) for k in found):
            continue
        kept.append(c)
    return kept


def _distance(fig: Fig, cue: tuple[int, int, str, bool]) -> int:
    right = fig.noun_end or fig.q.end
    if cue[0] >= fig.q.end:
        return max(0, cue[0] - right)
    return fig.q.start - cue[1]


def _choose(
    fig: Fig, cues: list[tuple[int, int, str, bool]], used: set[tuple[int, int]] | None = None
) -> tuple[int, int, str, bool] | None:
    fresh = [c for c in cues if (c[0], c[1]) not in (used or set())]
    if fresh and any(c[3] for c in fresh):
        cues = fresh
    strong = [c for c in cues if c[3]]
    pool = strong or cues
    if not pool:
        return None
    return min(pool, key=lambda c: (_distance(fig, c), c[0] < fig.q.start))


_COORD_RE = re.compile(
    r"^\s*(?:,|and|plus|:|;|-|–|—|\(|or|as well as|including|,\s*or|,\s*and|\s)*\s*$", re.I
)


def _coordinated(ctx: Context, prev: Fig | None, fig: Fig) -> bool:
    if prev is None or prev.measure is None or prev.family != fig.family:
        return False
    gap = ctx.text[(prev.noun_end or prev.q.end) : fig.q.start]
    if fig.q.qualifier_cue:
        gap = re.sub(rf"{re.escape(fig.q.qualifier_cue)}\s*$", "", gap, flags=re.I)
    return bool(_COORD_RE.match(gap)) and len(gap) < 25


def _type_figures(ctx: Context, s: Sent, figs: list[Fig]) -> None:
    text = ctx.text
    combined = [
        m.span() for c in _lex()["combined"] for m in re.finditer(re.escape(c), text[s.start : s.end], re.I)
    ]
    by_family: dict[str, list[Fig]] = {}
    for f in figs:
        by_family.setdefault(f.family, []).append(f)
    for fam_figs in by_family.values():
        used: set[tuple[int, int]] = set()
        for i, fig in enumerate(fam_figs):
            prev = fam_figs[i - 1] if i else None
            nxt = fam_figs[i + 1] if i + 1 < len(fam_figs) else None
            lo = (prev.noun_end or prev.q.end) if prev else s.start
            hi = nxt.q.start if nxt else s.end
            after_noun = text[(fig.noun_end or fig.q.end) : hi]
            if fig.family == "persons" and any(
                s.start + a >= (fig.noun_end or fig.q.end) - 1
                and s.start + a - (fig.noun_end or fig.q.end) < 25
                for a, _ in combined
            ):
                continue  # "killed or injured": no single measure
            if re.match(r"^\s*(?:,\s*)?of them\b", after_noun) and prev and prev.measure:
                fig.measure, fig.cue = prev.measure, prev.cue
                continue
            cues = _cues(ctx, fig, lo, hi)
            if (
                prev is not None
                and prev.measure
                and re.search(
                    r"\b(?:up|down|rising|falling|increas\w*|decreas\w*|rose|fell|climbed|dropped|compared)\s+"
                    r"(?:from|with|to)\s+(?:\S+\s+){0,2}$",
                    text[max(lo, fig.q.start - 40) : fig.q.start],
                )
            ):
                fig.measure, fig.cue, fig.coord_prev = prev.measure, prev.cue, prev  # "up from 1 million"
                continue
            if _coordinated(ctx, prev, fig):
                near_after = [c for c in cues if c[0] >= fig.q.end and _distance(fig, c) < 25 and c[3]]
                if near_after:
                    fig.measure, fig.cue = near_after[0][2], near_after[0]
                else:
                    fig.measure, fig.cue = prev.measure, prev.cue  # type: ignore[union-attr]
                fig.coord_prev = prev
                fig.breakdown = prev.breakdown = True  # type: ignore[union-attr]
                continue
            c = _choose(fig, cues, used)
            if c is None:
                continue
            if fig.bare and fig.family == "persons" and _distance(fig, c) > 60:
                continue
            if fig.near_only and not (_distance(fig, c) <= 25 and c[3]):
                continue  # a number with no noun counts only right after a strong cue ("rise to about 2,500")
            # vague counts only when the cue is in the main clause, not a relative one ("… who fled")
            if fig.q.rule and re.search(r"\b(?:who|that|which)\s+(?:\w+\s+)?$", text[lo : c[0]][-30:]):
                continue
            fig.measure, fig.cue = c[2], c
            used.add((c[0], c[1]))
            if (
                fig.measure == "personnel.arrived"
                and re.search(r"\b(?:have|has)\s+(?:\w+\s+)?$", text[max(s.start, c[0] - 25) : c[0]])
                and not any(d.precision == "day" for d in s.dates)
            ):
                fig.measure = "personnel.deployed"  # "only 430 have arrived" is the running total


# ---------------------------------------------------------------------------------------------
# subjects


def _countries(s: Sent) -> list[Entity]:
    return [e for e in s.ents if e.label == "COUNTRY"]


def _is_led(ctx: Context, e: Entity) -> bool:
    """'Kenya-led' / 'led by Kenya' / 'headed by Kenya': the lead of a mission, not a contributor here."""
    text = ctx.text
    if re.match(r"-(?:led|headed|backed|based|brokered|drafted|sponsored)\b", text[e.end : e.end + 12]):
        return True
    return bool(
        re.search(rf"\b{_lex()['lead_verbs']}\s+by\s+(?:the\s+)?$", text[max(0, e.start - 20) : e.start])
    )


def _locative(ctx: Context, e: Entity) -> bool:
    return bool(
        re.search(
            r"\b(?:in|to|into|inside|across|at|for|on|throughout|of|against|with|within|toward|towards|"
            r"from|over|about)\s+(?:the\s+)?$",
            ctx.text[max(0, e.start - 14) : e.start],
            re.I,
        )
    )


def _list_of(ctx: Context, s: Sent, e: Entity) -> list[Entity]:
    """The coordinated list of countries ``e`` belongs to ('the US, Canada, France and Italy')."""
    cs = _countries(s)
    idx = cs.index(e)
    members = [e]
    gap_ok = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*;\s*(?:and\s+)?)(?:the\s+)?$", re.I)
    j = idx
    while j > 0 and gap_ok.match(ctx.text[cs[j - 1].end : cs[j].start]):
        members.insert(0, cs[j - 1])
        j -= 1
    j = idx
    while j + 1 < len(cs) and gap_ok.match(ctx.text[cs[j].end : cs[j + 1].start]):
        members.append(cs[j + 1])
        j += 1
    return members


def _np_subject(ctx: Context, fig: Fig) -> str | None:
    text, s = ctx.text, fig.sent
    right = fig.noun_end or fig.q.end
    for e in _countries(s):
        if fig.q.end <= e.start and e.end <= right:
            return e.code  # "400 Kenyan police officers"
    for e in _countries(s):
        if e.end <= fig.q.start and re.fullmatch(r"['’]s?\s+(?:\w+\s+)?", text[e.end : fig.q.start]):
            return e.code  # "Kenya's 1,000 officers"
    m = re.match(
        r"^\s*(?:,\s*)?(?:from|of them(?: from)?|of whom(?: from)?|of)\s+(?:the\s+)?",
        text[right : right + 30],
        re.I,
    )
    if m:
        pos = right + m.end()
        bare = re.match(
            r"^\s*(?:,\s*)?(?:from|of them(?: from)?|of whom(?: from)?|of)\s+", text[right : right + 30], re.I
        )
        for e in _countries(s):
            if e.start == pos or (bare and e.start == right + bare.end()):
                return e.code
    if re.search(r"\b(?:its|their)\s+(?:\w+\s+)?$", fig.modifiers + " ") or re.search(
        r"\b(?:of its|of their)\b", fig.modifiers
    ):
        before = [
            e
            for e in _countries(s)
            if e.end <= fig.q.start and not _is_led(ctx, e) and e.code not in ctx.host
        ]
        if before:
            return before[-1].code
    return None


_AGENT_GAP = re.compile(
    r"^(?:\s*,\s*which[^,]{0,60},)?\s*(?:(?:has|have|had|is|are|was|were|will|would|also|already|"
    r"so far|now|currently|itself|by itself|alone|just|recently|then|said it|said|says|each|still)\s+)*$",
    re.I,
)


def _agent(ctx: Context, fig: Fig) -> str | None:
    if not fig.cue:
        return None
    s = fig.sent
    for e in reversed(_countries(s)):
        if e.end <= fig.cue[0] and _AGENT_GAP.match(ctx.text[e.end : fig.cue[0]]):
            if _is_led(ctx, e) or e.code in ctx.host:
                return None
            members = _list_of(ctx, s, e)
            if len(members) > 1:
                fig.list_subject = [x.code for x in members]
                return None
            return e.code
    return None


def _eligible_before(ctx: Context, fig: Fig, prev_start: int = -1) -> Entity | None:
    """The nearest country before the figure that can be its contributor or donor.

    Not across an earlier figure of the same family (its country is taken), not a mission's lead
    ("Kenya-led") or host, not a place the figure is sent to ("to Haiti").
    """
    s = fig.sent
    for e in reversed(_countries(s)):
        if e.end > fig.q.start or e.start < prev_start:
            continue
        if _is_led(ctx, e) or e.code in ctx.host or _locative(ctx, e):
            continue
        return e
    return None


def _subject(ctx: Context, fig: Fig, prev_start: int) -> None:
    m = fig.measure or ""
    if m.startswith("personnel.") or m.startswith("funding."):
        subj = _np_subject(ctx, fig)
        if (
            subj is None
            and fig.coord_prev is not None
            and fig.coord_prev.subject
            and not fig.coord_prev.subject.islower()
        ):
            fig.subject = fig.coord_prev.subject
            if m.startswith("personnel.") and fig.breakdown and _category(fig, ctx):
                fig.subject = fig.coord_prev.subject
            return
        if subj and subj in ctx.host and m.startswith("personnel."):
            subj = None
        if subj is None and m != "personnel.target":
            subj = _agent(ctx, fig)
            if subj is None:
                e = _eligible_before(ctx, fig, prev_start)
                members = _list_of(ctx, fig.sent, e) if e is not None else []
                if e is not None and not fig.list_subject and len(members) == 1:
                    subj = e.code
                elif len(members) > 1 and re.search(r"\beach\b", ctx.text[members[-1].end : fig.q.start]):
                    fig.each = [x.code for x in members]
        if subj is None and m.startswith("personnel."):
            subj = _category(fig, ctx)
        if fig.list_subject and re.search(r"\beach\b", ctx.text[fig.sent.start : fig.q.start][-60:]):
            fig.each, fig.list_subject = fig.list_subject, []
        fig.subject = subj
        return
    # humanitarian and control figures: a place
    fig.subject = _place(ctx, fig)


def _category(fig: Fig, ctx: Context | None = None) -> str | None:
    """A personnel category named by the figure's words ("443 police personnel", "50 civilians")."""
    words = f"{fig.modifiers} {fig.noun or ''}".lower()
    if ctx is not None and fig.noun_end:
        tail = re.match(
            r"^\s+(?:of|in)\s+(?:the\s+)?((?:\w+\s+){0,3}\w+)", ctx.text[fig.noun_end : fig.noun_end + 50]
        )
        if tail:
            words += " " + tail.group(1).lower()
    for cue, cat in _lex()["categories"]:
        if cue in words:
            return cat
    inside = fig.breakdown or (
        ctx is not None
        and re.search(
            r"\b(?:including|includ(?:es|ed)|of whom|of which|comprising)\s+(?:\w+\s+)?$",
            ctx.text[max(0, fig.q.start - 30) : fig.q.start],
            re.I,
        )
    )
    if inside:
        for cue, cat in _lex()["breakdown_categories"]:
            if re.search(rf"\b{cue}\b", words):
                return cat
    return None


def _place(ctx: Context, fig: Fig) -> str | None:
    text, s = ctx.text, fig.sent
    right = fig.noun_end or fig.q.end
    after = text[right : right + 40]
    if re.match(r"^\s*of\s+the\s+capital\b", after, re.I):
        nxt = [e for e in s.ents if e.label in ("PLACE", "COUNTRY") and 0 <= e.start - right < 40]
        if nxt:
            return nxt[0].text if nxt[0].label == "PLACE" else nxt[0].code
        cap = capital_of(ctx.country or "")
        if cap:
            return cap
    places = [e for e in s.ents if e.label == "PLACE"]
    if places:
        near = min(places, key=lambda e: abs(e.start - fig.q.start))
        suffix = re.match(
            r"^\s+(?:department|province|county|state|region|district|commune)\b",
            text[near.end : near.end + 20],
        )
        return near.text + suffix.group(0) if suffix else near.text
    named = _named_place(ctx, fig)
    if named:
        return named
    cs = [e for e in _countries(s) if not _is_led(ctx, e)]
    if fig.noun:
        for e in cs:
            if e.start >= fig.q.end and e.end <= right:
                return e.code  # "700,000 Haitians"
    hosts = [e for e in cs if e.code in ctx.host]
    if hosts:
        return hosts[0].code
    if cs and not ctx.host:
        return min(cs, key=lambda e: abs(e.start - fig.q.start)).code
    return ctx.country


_NAMED_PLACE = re.compile(
    r"\b(?:in|across|around|near|from)\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s+(?:department|province|county|state|region|district|commune|neighbourhood|neighborhood))?)"
)


def _named_place(ctx: Context, fig: Fig) -> str | None:
    """A place the gazetteer lacks, named after the figure ("displaced in Middle Shabelle").

    Only a capitalised name after "in"/"across"/"near" in the figure's clause, which is neither a
    known country, mission or organisation nor a month or weekday.
    """
    s = fig.sent
    start = fig.noun_end or fig.q.end
    clause = re.split(r"[;,]\s|\s(?:according|said|says)\b", ctx.text[start : s.end])[0]
    for m in _NAMED_PLACE.finditer(clause):
        name = m.group("p")
        a = start + m.start("p")
        if any(e.start <= a < e.end for e in s.ents) or any(d.start <= a < d.end for d in s.dates):
            continue
        if re.match(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b",
            name,
        ):
            continue
        return name
    return None


# ---------------------------------------------------------------------------------------------
# as_of


def _as_of(ctx: Context, fig: Fig) -> str | None:
    s, text = fig.sent, ctx.text
    pub = ctx.published
    if re.search(
        r"\b(?:now|currently|at present|presently|so far|to date|as it stands)\b", text[s.start : s.end], re.I
    ):
        return pub
    for d in s.dates:
        period_end = re.match(r"(?:by|as of|at)?\s*(?:the\s+)?(?:end|close)\s+of\b", d.text, re.I)
        if (period_end or d.prefix == "as of") and fig.measure != "personnel.pledged":
            return d.value
    anchors = [fig.q.start] + ([fig.cue[0]] if fig.cue else [])
    best, dist = None, 10**9
    eligible = []
    for d in s.dates:
        if d.prefix in ("since", "from", "until", "through", "till") and fig.measure != "personnel.target":
            continue
        if re.search(_lex()["reporting_verbs"] + r"\s+$", text[max(s.start, d.start - 12) : d.start], re.I):
            continue
        if re.search(r"\bsince\b[^,;]{0,60}$", text[s.start : d.start], re.I):
            continue  # "since the operation started in June": a running total, as of publication
        pd, dd = parse_iso(pub), parse_iso(d.value)
        if pd and dd and dd > pd and fig.measure != "personnel.target":
            continue
        if fig.measure == "personnel.target" and d.prefix not in ("by", "until", "through", "in"):
            continue
        eligible.append(d)
        gap = min(abs(d.start - a) for a in anchors)
        if gap < dist and gap < 60:
            best, dist = d.value, gap
    if (
        best is None
        and len(eligible) == 1
        and fig.measure in ("killed", "injured", "kidnapped", "personnel.arrived", "personnel.returned")
    ):
        best = eligible[0].value  # an event's one date, however far in the sentence
    return best or pub


# ---------------------------------------------------------------------------------------------
# Council, mandate and lead


_TALLY_FOR = [
    re.compile(rf"\b(?P<n>{NUM})\s+(?:votes?\s+)?in\s+favou?r\b", re.I),
    re.compile(
        rf"\b(?P<n>{NUM})\s+of\s+the\s+(?:Council's\s+)?(?:\w+\s+)?members\s+(?:backed|voted\s+for|supported|"
        rf"approved|voted\s+in\s+favou?r)",
        re.I,
    ),
    re.compile(rf"\bvote\s+of\s+(?P<n>{NUM})\s*(?:to|-|–)\s*(?P<a>{NUM})", re.I),
    re.compile(rf"\b(?P<n>{NUM})\s+votes?\s+to\s+(?P<a>{NUM}|none|nil|zero)\b", re.I),
]
_TALLY_AGAINST = [
    re.compile(rf"\b(?P<n>{NUM}|none|no\s+one|nobody|no)\s+(?:votes?\s+)?against\b", re.I),
    re.compile(
        r"\b(?P<n>nobody|no\s+one|none|no\s+member|no\s+country)\s+(?:voted\s+against|opposed|objected)", re.I
    ),
    re.compile(rf"\b(?P<n>{NUM})\s+(?:members?\s+|countries\s+)?(?:voted\s+against|opposed)", re.I),
]
_TALLY_ABST = [
    re.compile(rf"\b(?P<n>{NUM})\s+abstentions?\b", re.I),
    re.compile(rf"\b(?P<n>{NUM})\s+(?:members?|countries|nations|delegations)\s+abstain", re.I),
]
_COMPACT = re.compile(r"\b(?P<f>\d{1,2})\s*[-–]\s*(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\b")
_ALL_FOR = re.compile(
    rf"\b(?:all|each of the)\s+(?P<n>{NUM})\s+(?:Council\s+|Security Council\s+)?members\s+"
    rf"(?:voted\s+(?:for|in\s+favou?r)|backed|supported|approved)",
    re.I,
)


def _num(word: str) -> int:
    word = word.lower().strip()
    if word in ("none", "no one", "nobody", "no", "no member", "no country"):
        return 0
    if word.isdigit():
        return int(word)
    return words_to_number(word) or 0


def _chain_before(ctx: Context, s: Sent, pos: int) -> list[Entity]:
    cs = [e for e in _countries(s) if e.end <= pos]
    if not cs:
        return []
    last = cs[-1]
    if not re.fullmatch(r"\s*(?:(?:both|also|have|had|then|all|each)\s+)*", ctx.text[last.end : pos], re.I):
        return []
    return _list_of(ctx, s, last)


def _chain_after(ctx: Context, s: Sent, pos: int) -> list[Entity]:
    cs = [e for e in _countries(s) if e.start >= pos]
    if not cs or not re.fullmatch(r"\s*(?:the\s+)?", ctx.text[pos : cs[0].start], re.I):
        return []
    return _list_of(ctx, s, cs[0])


def _member_votes(ctx: Context, s: Sent) -> list[tuple[Entity, str]]:
    out = []
    seg = ctx.text[s.start : s.end]
    for m in re.finditer(r"\babstain(?:ed|ing)\b", seg, re.I):
        out += [(e, "abstain") for e in _chain_before(ctx, s, s.start + m.start())]
    for m in re.finditer(r"\babstentions?\s+(?:from|by)\s+|\babstaining\s+were\s+", seg, re.I):
        out += [(e, "abstain") for e in _chain_after(ctx, s, s.start + m.end())]
    for m in re.finditer(r"\b(?:voted|voting)\s+against\b", seg, re.I):
        out += [(e, "no") for e in _chain_before(ctx, s, s.start + m.start())]
    for m in re.finditer(r"\bvetoed\b", seg, re.I):
        out += [(e, "no") for e in _chain_before(ctx, s, s.start + m.start())]
    return out


def _tally(ctx: Context, s: Sent, nxt: Sent | None) -> tuple[str, int, int, dict[str, Any]] | None:
    seg = ctx.text[s.start : s.end]
    m = _COMPACT.search(seg)
    if (
        m
        and re.search(r"\bvot|adopt|resolution|council", seg, re.I)
        and sum(map(int, m.groups())) <= COUNCIL_SIZE
    ):
        return f"{int(m['f'])}-{int(m['a'])}-{int(m['b'])}", s.start + m.start(), s.start + m.end(), {}
    m = _ALL_FOR.search(seg)
    if m:
        n = _num(m["n"])
        return f"{n}-0-0", s.start + m.start(), s.start + m.end(), {"unanimous": True}
    for rx in _TALLY_FOR:
        m = rx.search(seg)
        if m:
            break
    else:
        um = re.search(r"\bunanimous(?:ly)?\b", seg, re.I)
        if um and re.search(_lex()["council_verbs"], seg, re.I):
            return f"{COUNCIL_SIZE}-0-0", s.start + um.start(), s.start + um.end(), {"unanimous": True}
        return None
    f = _num(m["n"])
    start, end = s.start + m.start(), s.start + m.end()
    against = _num(m["a"]) if "a" in m.groupdict() and m["a"] else None
    if against is None:
        for rx in _TALLY_AGAINST:
            am = rx.search(seg)
            if am:
                against = _num(am["n"])
                end = max(end, s.start + am.end())
                break
    abst = None
    for rx in _TALLY_ABST:
        bm = rx.search(seg)
        if bm:
            abst = _num(bm["n"])
            end = max(end, s.start + bm.end())
            break
    attrs: dict[str, Any] = {}
    if abst is None:
        votes = _member_votes(ctx, s)
        if not votes and nxt is not None:
            votes = _member_votes(ctx, nxt)
        named = [e for e, v in votes if v == "abstain"]
        if named:
            abst = len(named)
        else:
            abst = COUNCIL_SIZE - f - (against or 0)
            attrs["abstain_inferred"] = True
    return f"{f}-{against or 0}-{abst}", start, end, attrs


_RES_RE = re.compile(
    r"\b(?:resolution|res\.?)\s*(?:No\.?\s*)?(?P<n>\d{3,4})(?:\s*\((?P<y>\d{4})\))?|S/RES/(?P<n2>\d{3,4})"
    r"(?:\s*\((?P<y2>\d{4})\))?",
    re.I,
)


def _resolutions(ctx: Context, s: Sent) -> list[tuple[str, int, int]]:
    return [
        (m["n"] or m["n2"], s.start + m.start(), s.start + m.end())
        for m in _RES_RE.finditer(ctx.text[s.start : s.end])
    ]


def _event_date(ctx: Context, s: Sent, verb_pos: int) -> DateMention | None:
    pd = parse_iso(ctx.published)
    best, dist = None, 10**9
    for d in s.dates:
        if d.prefix in ("until", "through", "till", "by", "to", "since", "from", "before"):
            continue
        dd = parse_iso(d.value)
        if pd and dd and dd > pd:
            continue
        if re.search(
            _lex()["reporting_verbs"] + r"\s+$", ctx.text[max(s.start, d.start - 12) : d.start], re.I
        ):
            continue
        gap = abs(d.start - verb_pos)
        if gap < dist:
            best, dist = d, gap
    return best


def _council_verb(seg: str) -> re.Match[str] | None:
    """The verb of the Council's decision: the one nearest after "Council" (else the first), never a
    hyphenated adjective ("UN-authorised operation")."""
    verbs = [
        m
        for m in re.finditer(_lex()["council_verbs"], seg, re.I)
        if seg[max(0, m.start() - 1) : m.start()] != "-"
    ]
    if not verbs:
        return None
    council = [m.end() for m in re.finditer(r"\bCouncil\b", seg)]
    if council:
        after = [v for v in verbs if v.start() >= council[0]]
        if after:
            return after[0]
    return verbs[0]


def _council(ctx: Context, s: Sent, nxt: Sent | None, out: list[Raw]) -> None:
    text = ctx.text
    seg = text[s.start : s.end]
    lex = _lex()
    verb = _council_verb(seg)
    council_ctx = re.search(r"\bCouncil\b|\bresolution\b|S/RES/", seg, re.I) or any(
        e.label == "ORG" and e.code in ("UN", "UNSC") for e in s.ents
    )
    mission_here = [e for e in s.ents if e.label == "MISSION"]
    mission_ref = mission_here or re.search(r"\b(?:mission|force|operation|office)\b", seg, re.I)
    res_here = _resolutions(ctx, s)
    event: tuple[str, str, int, int] | None = None  # (resolution, date, start, end)
    if verb and (council_ctx or (mission_ref and re.match(r"authori|approv", verb.group(0), re.I))):
        d = _event_date(ctx, s, s.start + verb.start())
        res: str | None = None
        mission = None
        if res_here:
            res = res_here[0][0]
        elif d is not None:
            hint = _mission_near(ctx, s, s.start + verb.start())
            found = kbglue.adopted_on(d.value, hint)
            if not found and nxt is not None:
                nres = _resolutions(ctx, nxt)
                if nres:
                    found_n = [r for r in kbglue.adopted_on(d.value, None) if r.number == nres[0][0]]
                    unknown = kbglue.resolution(nres[0][0]) is None
                    res = nres[0][0] if found_n or unknown else None
            if len(found) == 1:
                res = found[0].number
                mission = found[0].mission
            elif len(found) > 1:
                res = found[-1].number
                mission = found[-1].mission
        if (
            res is None
            and d is not None
            and re.search(r"\bCouncil\b", seg)
            and not re.search(
                r"\b(?:draft|proposal|would|could|may|might|plans? to|expected to)\b",
                seg[: verb.start()],
                re.I,
            )
        ):
            # a decision the text dates but does not number, and the KB cannot name: keep it unnumbered
            mission = _mission_near(ctx, s, s.start + verb.start())
            ev_start, ev_end = min(s.start + verb.start(), d.start), max(s.start + verb.end(), d.end)
            out.append(
                Raw(
                    "council.adopted",
                    d.value,
                    ev_start,
                    ev_end,
                    s,
                    subject=None,
                    mission=mission,
                    as_of=d.value,
                    confidence=0.6,
                    attrs={"linked": False, "unnumbered_ctx": True},
                )
            )
            event = ("", d.value, ev_start, ev_end)
            ctx.resolution = ""
            ctx.resolution_missions[""] = mission or ""
            ctx.resolution_dates[""] = d.value
        if res is not None:
            kres = kbglue.resolution(res)
            if kres is not None:
                mission = kres.mission
            mission = mission or _mission_near(ctx, s, s.start + verb.start())
            date_v = d.value if d is not None else ctx.resolution_dates.get(res)
            if date_v is not None:
                ctx.resolution_dates.setdefault(res, date_v)
                ev_start = min(s.start + verb.start(), d.start if d else s.start + verb.start())
                ev_end = max(s.start + verb.end(), d.end if d else s.start + verb.end())
                out.append(
                    Raw(
                        "council.adopted",
                        date_v,
                        ev_start,
                        ev_end,
                        s,
                        subject=res,
                        mission=mission,
                        as_of=date_v,
                        resolution=res,
                        confidence=0.9 if res_here else 0.75,
                        attrs={"linked": not res_here},
                    )
                )
                event = (res, date_v, ev_start, ev_end)
            ctx.resolution = res
            ctx.resolution_missions[res] = mission or ""
    if res_here and event is None:
        ctx.resolution = res_here[0][0]
        kres = kbglue.resolution(ctx.resolution)
        if kres is not None:
            ctx.resolution_missions[ctx.resolution] = kres.mission
    cur = ctx.resolution  # "" = a decision the text reports without its number
    cur_mission = ctx.resolution_missions.get(cur or "") or _mission_near(ctx, s, s.start)
    cur_date = ctx.resolution_dates.get(cur or "") or ctx.published
    # the tally
    tally = _tally(ctx, s, nxt)
    if tally and cur is not None:
        value, a, b, attrs = tally
        flags = kbglue.check_tally(value, year=int((cur_date or "0000")[:4] or 0), resolution=cur)
        out.append(
            Raw(
                "council.vote",
                value,
                a,
                b,
                s,
                subject=cur or None,
                mission=cur_mission,
                as_of=cur_date,
                resolution=cur or None,
                confidence=0.9 if cur else 0.6,
                flags=flags,
                attrs={**attrs, **({} if cur else {"unnumbered_ctx": True})},
            )
        )
    if cur is not None and re.search(r"\babstain|\bvoted against|\bvoting against|\bvetoed", seg, re.I):
        for e, vote in _member_votes(ctx, s):
            out.append(
                Raw(
                    "council.member_vote",
                    vote,
                    e.start,
                    e.end,
                    s,
                    subject=e.code,
                    mission=cur_mission,
                    as_of=cur_date,
                    resolution=cur or None,
                    confidence=0.85,
                    attrs={} if cur else {"unnumbered_ctx": True},
                )
            )
    # penholders
    if re.search(r"\b(?:resolution|text|draft)\b", seg, re.I):
        pv = lex["penholder_verbs"]
        for m in re.finditer(rf"\b{pv}\s+by\s+", seg, re.I):
            before = seg[: m.start()]
            nouns = r"\b(resolution|text|draft|mission|force|MSS|GSF|government|operation|effort|push)\b"
            noun = re.findall(nouns, before, re.I)
            if not noun and not before.strip():
                noun = re.findall(nouns, seg[m.end() :], re.I)[:1]  # "Sponsored by X, the text was adopted"
            if not noun or noun[-1].lower() not in ("resolution", "text", "draft"):
                continue
            for e in _chain_after(ctx, s, s.start + m.end()):
                res_for = res_here[0][0] if res_here else cur
                if res_for is not None:
                    out.append(
                        Raw(
                            "council.penholder",
                            int(res_for) if res_for else None,
                            e.start,
                            e.end,
                            s,
                            attrs={} if res_for else {"unnumbered_ctx": True},
                            subject=e.code,
                            mission=ctx.resolution_missions.get(res_for) or cur_mission,
                            as_of=ctx.resolution_dates.get(res_for) or cur_date,
                            resolution=res_for,
                            confidence=0.85,
                        )
                    )
        for m in re.finditer(
            r"\b(?:which|that)\s+(?=[^,.]{0,80}?\b(?:drafted|sponsored|co-sponsored|penned|tabled|"
            r"authored)\b)",
            seg,
            re.I,
        ):
            vm = re.search(
                r"\b(?:drafted|sponsored|co-sponsored|penned|tabled|authored)\b", seg[m.end() :], re.I
            )
            if vm is None:
                continue
            chain = [
                e
                for e in _chain_before(ctx, s, s.start + m.end() + vm.start())
                if e.start >= s.start + m.end()
            ]
            res_for = res_here[0][0] if res_here else cur
            for e in chain:
                if res_for is not None:
                    out.append(
                        Raw(
                            "council.penholder",
                            int(res_for) if res_for else None,
                            e.start,
                            e.end,
                            s,
                            attrs={} if res_for else {"unnumbered_ctx": True},
                            subject=e.code,
                            mission=ctx.resolution_missions.get(res_for) or cur_mission,
                            as_of=ctx.resolution_dates.get(res_for) or cur_date,
                            resolution=res_for,
                            confidence=0.8,
                        )
                    )
        for m in re.finditer(
            r"\b(?:drafted|penned|sponsored|co-sponsored|authored|tabled|put forward|circulated)\s+"
            r"(?:the|this|that)\s+(?:resolution|text|draft)\b",
            seg,
            re.I,
        ):
            res_for = res_here[0][0] if res_here else cur
            cands = [e for e in _countries(s) if e.end <= s.start + m.start()]
            if not cands or res_for is None:
                continue
            agents = [e for e in cands if _AGENT_GAP.match(text[e.end : s.start + m.start()])]
            if agents:
                for x in _list_of(ctx, s, agents[-1]):
                    out.append(
                        Raw(
                            "council.penholder",
                            int(res_for) if res_for else None,
                            x.start,
                            x.end,
                            s,
                            subject=x.code,
                            mission=ctx.resolution_missions.get(res_for) or cur_mission,
                            as_of=ctx.resolution_dates.get(res_for) or cur_date,
                            resolution=res_for or None,
                            confidence=0.8,
                        )
                    )
        for e in _countries(s):
            if re.match(
                r"^,\s+(?:which|who)\s+(?:drafts|holds the pen|is the penholder|pens|leads negotiations)\b"
                r"|^,\s+the\s+penholder\b",
                text[e.end : e.end + 40],
            ):
                res_for = res_here[0][0] if res_here else cur
                if res_for is not None:
                    out.append(
                        Raw(
                            "council.penholder",
                            int(res_for) if res_for else None,
                            e.start,
                            e.end,
                            s,
                            subject=e.code,
                            mission=ctx.resolution_missions.get(res_for) or cur_mission,
                            as_of=ctx.resolution_dates.get(res_for) or cur_date,
                            resolution=res_for or None,
                            confidence=0.75,
                        )
                    )
    # mandate expiry and duration
    if re.search(lex["mandate_words"], seg, re.I):
        as_of = (
            event[1]
            if event
            else (ctx.resolution_dates.get(cur or "") if cur and _is_about_adoption(seg) else ctx.published)
        )
        for d in s.dates:
            left = text[max(s.start, d.start - 25) : d.start + len(d.text) - len(d.text.lstrip())]
            cue_ok = (
                d.prefix in ("until", "through", "till")
                or re.search(
                    r"(?:expires?|expiring|ends?|runs?\s+(?:until|to|through))\s+(?:on\s+)?$", left, re.I
                )
                or (
                    d.prefix == "to"
                    and re.search(r"\b(?:extend|renew|prolong)", seg, re.I)
                    and re.search(r"\bmandate\b|\bauthori[sz]ation\b", seg, re.I)
                )
            )
            if cue_ok:
                out.append(
                    Raw(
                        "mandate.expiry",
                        d.value,
                        d.start,
                        d.end,
                        s,
                        mission=_mission_near(ctx, s, d.start),
                        as_of=as_of or ctx.published,
                        confidence=0.85,
                    )
                )
        for m in _duration_matches(seg):
            months, a, b = m
            out.append(
                Raw(
                    "mandate.duration",
                    months,
                    s.start + a,
                    s.start + b,
                    s,
                    unit="months",
                    mission=_mission_near(ctx, s, s.start + a),
                    as_of=as_of or ctx.published,
                    confidence=0.85,
                )
            )


def _is_about_adoption(seg: str) -> bool:
    return bool(re.search(r"\b(?:resolution|text|Council)\b", seg, re.I))


_DUR_RE = re.compile(
    rf"\b(?:for|by)\s+(?:(?:an?|another|a\s+further|an\s+additional|an\s+initial|a\s+period\s+of|further|additional|"
    rf"initial|a\s+new|period\s+of)\s+)*(?P<n>{NUM}|\d+|a|one|eighteen|twenty-four)\s+(?P<u>months?|years?)\b"
    rf"|\banother\s+(?:(?P<n2>{NUM})\s+)?(?P<u2>years?|months?)\b"
    rf"|\b(?P<n3>{NUM}|one|six|twelve|\d+)[- ](?P<u3>month|year)\s+"
    rf"(?:extension|renewal|mandate|authori[sz]ation|term)",
    re.I,
)


def _duration_matches(seg: str) -> list[tuple[int, int, int]]:
    out = []
    for m in _DUR_RE.finditer(seg):
        n = m["n"] or m["n2"] or m["n3"] or "one"
        unit = (m["u"] or m["u2"] or m["u3"]).lower()
        k = 1 if n.lower() in ("a", "an", "another") else _num(n) or words_to_number(n.replace("-", " ")) or 1
        months = k * 12 if unit.startswith("year") else k
        out.append((months, m.start(), m.end()))
    return out


def _leads(ctx: Context, s: Sent, out: list[Raw]) -> None:
    text = ctx.text
    seg = text[s.start : s.end]
    lex = _lex()
    mnouns = lex["mission_nouns"]
    for x in s.ents:
        lm = (
            re.match(r"(?:the\s+|a\s+)?([A-Z][\w.]+)-(?:led|headed)\b", x.text)
            if x.label == "MISSION"
            else None
        )
        if lm:
            code = kbglue_country(lm.group(1))
            if code:
                out.append(
                    Raw(
                        "mission.lead",
                        x.code,
                        x.start,
                        x.end,
                        s,
                        subject=code,
                        mission=x.code,
                        as_of=ctx.published,
                        confidence=0.85,
                    )
                )
    for e in _countries(s):
        after = text[e.end : e.end + 80]
        before = text[max(s.start, e.start - 60) : e.start]
        mission: str | None = None
        hit = False
        if re.match(r"-(?:led|headed)\b", after):
            rest = after[after.index("led") + 3 if "led" in after[:8] else 8 :]
            nxt = [x for x in s.ents if x.label == "MISSION" and 0 <= x.start - e.end < 70]
            if nxt:
                mission, hit = nxt[0].code, True
            elif re.match(rf"^\s+(?:\w+\s+){{0,3}}{mnouns}\b", rest, re.I) or re.match(
                r"^\s+(?:\w+[- ]){0,2}(?:Multinational|mission|force|operation)", rest, re.I
            ):
                mission, hit = _mission_near(ctx, s, e.start), True
            else:
                mission_entity = [x for x in s.ents if x.label == "MISSION" and x.start <= e.start < x.end]
                if mission_entity:
                    mission, hit = mission_entity[0].code, True
        elif re.search(rf"\b{lex['lead_verbs']}\s+by\s+(?:the\s+)?$", before):
            lb = before[: re.search(rf"\b{lex['lead_verbs']}\s+by\s+(?:the\s+)?$", before).start()]  # type: ignore[union-attr]
            prev_m = [x for x in s.ents if x.label == "MISSION" and x.end <= e.start and e.start - x.end < 30]
            if prev_m:
                mission, hit = prev_m[-1].code, True
            elif re.search(rf"\b{mnouns}\s*,?\s*$", lb, re.I) and not re.search(
                r"\b(?:resolution|text|draft)\s*,?\s*$", lb, re.I
            ):
                mission, hit = _mission_near(ctx, s, e.start), True
        elif (
            re.match(r"^\s*,\s*which\s+(?:leads|is leading|heads|commands|led)\s+(?:the\s+)?", after, re.I)
            or (re.match(r"^\s+at\s+its\s+head\b", after, re.I) and re.search(r"\bwith\s+$", before))
            or (re.match(r"^['’]s?\s+(?:leadership|command)\b", after) and re.search(r"\bunder\s+$", before))
        ):
            mission, hit = _mission_near(ctx, s, e.start), True
        if hit:
            out.append(
                Raw(
                    "mission.lead",
                    mission,
                    e.start,
                    e.end,
                    s,
                    subject=e.code,
                    mission=mission,
                    as_of=ctx.published,
                    confidence=0.85,
                )
            )
    del seg


# ---------------------------------------------------------------------------------------------
# statuses


def _statuses(ctx: Context, s: Sent, figs: list[Fig], out: list[Raw]) -> None:
    """Contributor statuses (willing, committed, expected, deployed) of countries named without figures.

    Each coordinated list of countries takes the status of the nearest cue in its sentence, so
    "Egypt has offered to send troops, while Ethiopia and Kenya are expected to stay" gives two.
    """
    text = ctx.text
    seg = text[s.start : s.end]
    cues: list[tuple[int, int, str]] = []
    for status, patterns in _lex()["contributor_status"].items():
        for cue in patterns:
            cues += [(s.start + m.start(), s.start + m.end(), status) for m in re.finditer(cue, seg, re.I)]
    if not cues:
        return
    with_figs = {f.subject for f in figs if f.measure and f.subject} | {c for f in figs for c in f.each}
    done: set[int] = set()
    for e in _countries(s):
        if e.start in done:
            continue
        members = _list_of(ctx, s, e)
        done.update(x.start for x in members)
        lo, hi = members[0].start, members[-1].end
        cue = min(cues, key=lambda c: c[0] - hi if c[0] >= hi else (lo - c[1]) + 5)
        for x in members:
            if x.code in ctx.host or x.code in ctx.leads or _is_led(ctx, x) or x.code in with_figs:
                continue
            if re.match(r"['’]s\b", text[x.end : x.end + 2]):
                continue
            if re.search(
                r"\b(?:in|to|into|inside|against)\s+(?:the\s+)?$", text[max(0, x.start - 10) : x.start], re.I
            ):
                continue
            out.append(
                Raw(
                    "contributor",
                    cue[2],
                    x.start,
                    x.end,
                    s,
                    subject=x.code,
                    mission=_mission_near(ctx, s, x.start),
                    as_of=ctx.published,
                    confidence=0.7,
                    attrs={"cue": text[cue[0] : cue[1]]},
                )
            )


# ---------------------------------------------------------------------------------------------
# entry point


def type_document(text: str, sents: list[Sent], published: str | None) -> list[Raw]:
    """Every raw claim of the document, in text order, repeats removed."""
    ctx = _doc_context(text, sents, published)
    out: list[Raw] = []
    body = [s for s in sents if not s.headline]
    for i, s in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        _council(ctx, s, nxt, out)
        _leads(ctx, s, out)
        figs = _figures(ctx, s)
        _type_figures(ctx, s, figs)
        last_start: dict[str, int] = {}
        for f in figs:
            if f.measure is None:
                continue
            _subject(ctx, f, last_start.get(f.family, -1))
            last_start[f.family] = f.noun_end or f.q.end
            if f.each:
                for code in f.each:
                    f.subject = code
                    out.extend(_fig_claims(ctx, f))
                continue
            out.extend(_fig_claims(ctx, f))
        _statuses(ctx, s, figs, out)
    _backfill_resolution(ctx, out)
    return _dedupe(out)


def _backfill_resolution(ctx: Context, out: list[Raw]) -> None:
    """A decision reported without its number ("voted 13-0-2 on Thursday") takes the number the
    article gives a sentence or two later ("Under resolution 2800 (2025), …") when that is the only
    resolution it names and the KB does not date it elsewhere."""
    unnumbered = [r for r in out if r.measure.startswith("council.") and r.attrs.get("unnumbered_ctx")]
    if not unnumbered:
        return
    named = {n for s in ctx.sents for n, _, _ in _resolutions(ctx, s)}
    linked = {r.subject for r in out if r.measure == "council.adopted" and r.subject}
    free = named - linked
    if len(free) != 1:
        return
    number = free.pop()
    kres = kbglue.resolution(number)
    date = next((r.value for r in unnumbered if r.measure == "council.adopted"), None)
    if kres is not None and date and not str(kres.date).startswith(str(date)[:7]):
        return
    for r in unnumbered:
        r.resolution = number
        if r.measure in ("council.adopted", "council.vote"):
            r.subject = number
        if r.measure == "council.penholder":
            r.value = int(number)
        r.attrs.pop("unnumbered_ctx", None)
        r.attrs["backfilled"] = True


def _fig_claims(ctx: Context, f: Fig) -> list[Raw]:
    q = f.q
    m = f.measure or ""
    unit = q.unit if f.family != "persons" else "persons"
    qual, cue = q.qualifier, q.qualifier_cue
    if q.rule and qual == "exact":
        qual, cue = "at_least", q.text
    if f.cue and m == "personnel.target" and qual == "exact":
        for k, v in _lex()["persons"]["personnel.target"].get("implies", {}).items():
            if ctx.text[f.cue[0] : f.cue[1]].lower().startswith(k):
                qual, cue = v, ctx.text[f.cue[0] : f.cue[1]]
                break
    mission = (
        None
        if m in ("killed", "injured", "kidnapped", "displaced", "people_in_need", "gang_control")
        else _mission_near(ctx, f.sent, q.start)
    )
    # a definite reference to a figure already given ("the 600 extra officers") is a repeat
    if (
        re.search(
            r"\b(?:the|these|those)\s+(?:\w+\s+)?$", ctx.text[max(f.sent.start, q.start - 20) : q.start], re.I
        )
        and not q.qualifier_cue
        and f.coord_prev is None
    ):
        f_conf = 0.6
    else:
        f_conf = 0.8
    start = min(q.start, f.cue[0]) if f.cue else q.start
    end = max(f.noun_end or q.end, f.cue[1] if f.cue else q.end)
    raw = Raw(
        m,
        q.value,
        start,
        end,
        f.sent,
        subject=f.subject,
        mission=mission,
        unit=unit,
        qualifier=qual,
        qualifier_cue=cue,
        as_of=_as_of(ctx, f),
        rule=q.rule,
        confidence=f_conf,
        attrs={"figure": [q.start, q.end], "noun": f.noun},
    )
    out = [raw]
    if f.list_subject and m.startswith("funding."):
        status = "pledged" if m == "funding.pledged" else "paid" if m == "funding.contributed" else None
        if status:
            for code in f.list_subject:
                out.append(
                    Raw(
                        "donor",
                        status,
                        start,
                        end,
                        f.sent,
                        subject=code,
                        mission=mission,
                        as_of=raw.as_of,
                        confidence=0.7,
                    )
                )
    return out


def _dedupe(raws: list[Raw]) -> list[Raw]:
    seen: dict[tuple[Any, ...], Raw] = {}
    out: list[Raw] = []
    for r in raws:
        if r.measure in ("council.adopted", "council.vote"):
            key: tuple[Any, ...] = (r.measure, r.subject)
        elif r.measure == "mission.lead":
            key = (r.measure, r.subject, r.mission)
        elif r.measure == "council.member_vote":
            key = (r.measure, r.subject, r.resolution)
        elif r.measure in ("contributor", "donor"):
            key = (r.measure, r.subject, r.value, r.mission)
        elif r.measure.startswith("mandate."):
            key = (r.measure, r.mission, str(r.value))
        elif r.measure == "council.penholder":
            key = (r.measure, r.subject, r.value)
        else:
            key = (r.measure, r.subject, r.value, r.qualifier, r.mission)
            if r.confidence < 0.7 and any(
                (o.measure.split(".")[0] == r.measure.split(".")[0]) and o.value == r.value for o in out
            ):
                continue  # "the 600 officers" after "600 Kenyan police officers"
        if key in seen:
            old = seen[key]
            if r.measure == "council.adopted" and len(str(r.value)) > len(str(old.value)):
                old.value = r.value
                old.as_of = r.as_of
            continue
        seen[key] = r
        out.append(r)
    return out
