"""The plain views the typing rules work on: sentences, raw claims, the document context.

A ``Sent`` holds one sentence with the entities, figures and dates found in it (absolute character
offsets); a ``Raw`` is a claim before it becomes a ``Claim``; the ``Context`` carries what holds
across the article (publication date, main mission and country, the resolution being discussed).
Shared helpers about countries in a sentence (lists, "Kenya-led", locatives) live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from missionwatch.nlp import kbglue
from missionwatch.nlp.dates import DateMention
from missionwatch.nlp.entities import Entity
from missionwatch.nlp.lexicon import load, trie_pattern
from missionwatch.nlp.numbers import Quantity

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


_LITERAL = re.compile(r"[A-Za-z0-9 '’-]*")


def _top_level(pattern: str) -> tuple[list[str], int] | None:
    """The alternatives of the group that opens ``pattern`` (``(?:a|b)``) and where it ends, or
    None when the pattern has an alternation outside it or the group is unbalanced."""
    depth, i, alts, start, close = 0, 0, [], 3, -1
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: up to its closing bracket
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and close < 0:
                alts.append(pattern[start:i])
                close = i
        elif ch == "|":
            if depth == 0:
                return None  # an alternation of the whole pattern
            if depth == 1 and close < 0:
                alts.append(pattern[start:i])
                start = i + 1
        i += 1
    return (alts, close) if close >= 0 and depth == 0 else None


def literal_heads(pattern: str) -> tuple[str, ...] | None:
    """The words a match of ``pattern`` must begin with (lower case), or None when they cannot be
    told: ``\\bdeployed\\b`` → ("deployed",), ``\\b(?:has|have) sent`` → ("has", "have"). A cheap
    ``in`` test on a text skips the regular expressions that cannot match it (the rules try a few
    hundred cues per figure)."""
    rest = pattern[2:] if pattern.startswith("\\b") else pattern
    if rest.startswith("(?:"):
        found = _top_level(rest)
        if found is None:
            return None
        alts, close = found
        if rest[close + 1 : close + 2] in ("?", "*", "{"):  # the whole group is optional
            return None
    elif _top_level("(?:)" + rest) is None:
        return None  # an alternation of the whole pattern, or something unbalanced
    else:
        alts = [rest]
    heads = []
    for alt in alts:
        run = _LITERAL.match(alt).group(0)  # type: ignore[union-attr]
        if alt[len(run) : len(run) + 1] in ("?", "*", "{"):
            run = run[:-1]  # the last character is optional
        if not run.strip():
            return None
        heads.append(run.lower())
    return tuple(heads)


@cache
def _noun_re() -> re.Pattern[str]:
    nouns = {n for n in (*_lex()["personnel_nouns"], *_lex()["people_nouns"]) if n}
    # the longest noun that fits, as a trie (matched at every word after every figure)
    return re.compile(r"\b(" + trie_pattern(nouns) + r")\b", re.IGNORECASE)


@cache
def _people_only() -> frozenset[str]:
    return frozenset(n.lower() for n in _lex()["people_nouns"]) - frozenset(
        n.lower() for n in _lex()["personnel_nouns"]
    )


_NEG_RE = None


def _negated(text: str, cue_start: int) -> bool:
    """True when a negation ("not", "yet to", "cannot") stands right before the cue."""
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
    related: dict[str, str] = field(default_factory=dict)  # predecessor <-> successor, both named
    led: dict[str, str] = field(default_factory=dict)  # lead nation -> the named mission it leads
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # what rules compute once per article


def _add_host(ctx: Context, m: Any) -> None:
    """The mission's host is a country whose own forces are no contributor's, unless the force is
    the host states' own troops (the MNJTF: Nigeria's soldiers in it are Nigeria's contribution)."""
    if not getattr(m, "hosts_serve", False):
        ctx.host.add(m.host)


def _doc_context(text: str, sents: list[Sent], published: str | None) -> Context:
    """What holds across the article: its main mission (headline, most named, or the KB mission of an
    "X-led" force in the country it is about), host and lead nations, predecessors."""
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
                _add_host(ctx, m)
                ctx.country = m.host
            if m.lead:
                ctx.leads.add(m.lead)
    elif ccounts:
        hosts = sorted(ccounts, key=lambda c: -ccounts[c])[:3]
        # "the Kenyan-led mission" names its lead; failing that, a lead nation the text mentions with
        # the word "mission" or "force" ("Kenyan police … the mission") points to the same KB entry
        leads = led or (
            [c for c in sorted(ccounts, key=lambda c: -ccounts[c])]
            if re.search(r"\b(?:mission|force)\b", text, re.I)
            else []
        )
        guess = None
        for lead in leads:
            guess = kbglue.infer_mission(lead=lead, hosts=hosts, on=published)
            if guess is not None:
                break
        if guess is not None:
            ctx.mission = guess.code
            if guess.host:
                _add_host(ctx, guess)
                ctx.country = guess.host
            if guess.lead:
                ctx.leads.add(guess.lead)
    if ctx.mission is None and not counts:
        headline = " ".join(s.text for s in sents if s.headline)
        area = kbglue.mission_of_area(headline, published) if headline else None
        if area is not None:  # "Report of the Secretary-General on the situation in Abyei": the Force
            ctx.mission = area.code  # of that area, though the report never names it
            if area.host:
                _add_host(ctx, area)
                ctx.country = area.host
    if ctx.country is None and ccounts:
        ctx.country = max(ccounts, key=lambda c: ccounts[c])
    for s in sents:
        for e in s.ents:
            if e.label == "MISSION":
                m = kbglue.mission(e.code)
                if m is not None and m.host:
                    _add_host(ctx, m)
    ctx.leads.update(led)
    named = {e.code for s in sents for e in s.ents if e.label == "MISSION"}
    for code in named:
        m = kbglue.mission(code)
        if m is not None and m.predecessor in named:
            ctx.superseded.add(m.predecessor)
            ctx.related[code] = m.predecessor
            ctx.related[m.predecessor] = code
        if m is not None and m.lead:
            ctx.led[m.lead] = code
    return ctx


def _x_led(text: str, sents: list[Sent]) -> list[tuple[str, Entity]]:
    """Countries written as "X-led"/"X-headed": leads of a mission, never its contributors here."""
    out = []
    for s in sents:
        for e in s.ents:
            if e.label == "COUNTRY" and re.match(r"-(?:led|headed)\b", text[e.end : e.end + 8]):
                out.append((e.code, e))
    return out


class SentenceLike(Protocol):
    """What ``_mission_near`` reads of a sentence; v1's ``Sent`` and v2's ``Sentence`` both have it."""

    start: int
    index: int
    text: str
    ents: list[Entity]


def _mission_near(ctx: Context, s: SentenceLike, pos: int) -> str | None:
    """The mission a figure at ``pos`` belongs to.

    The nearest named in its sentence; else the last one the article named before it that was
    running at publication ("the force", "the mission" refer back; a past mission such as MINUSTAH
    mentioned in passing does not capture what follows); else the article's main mission.
    """
    best, dist = None, 10**9
    later: str | None = None  # a mission named only in a clause after a ";" that follows the figure
    cut = _clause_end(s, pos)
    for e in s.ents:
        if e.label != "MISSION":
            continue
        if e.start >= cut:
            later = later or e.code
            continue
        d = abs((e.start + e.end) // 2 - pos)
        if d < dist:
            best, dist = e.code, d
    if best:
        return best
    if re.search(
        r"\b(?:the|its|this)\s+new\s+(?:office|force|mission|operation)\b", ctx.text[s.start : pos], re.I
    ):
        newer = _successors(ctx)
        if len(newer) == 1:
            return newer[0]  # "the new force": the successor of a mission the article also names
    return _running_before(ctx)[s.index] or later or ctx.mission


def _heading_of(sent: SentenceLike, e: Entity) -> bool:
    """A line that only names the mission ("Darfur, Sudan - UNAMID", "MINUSMA (Mali)") heads what
    follows, even a mission long closed: a fact box or a report's section about it."""
    line = sent.text.strip()
    if len(line) > 60 or line[-1:] in '.!?;:,"”' or e.label != "MISSION":
        return False
    rest = (sent.text[: e.start - sent.start] + " " + sent.text[e.end - sent.start :]).split()
    words = [w.strip("-–—:()[],") for w in rest]
    words = [w for w in words if w]
    return len(words) <= 4 and not any(w[:1].islower() and w not in ("and", "of", "the") for w in words)


def _clause_end(s: SentenceLike, pos: int) -> int:
    """Where the clause holding ``pos`` ends: the next ";" ("A, B and C were confirmed as
    contributors; Burundi, a contributor to ATMIS, did not join": ATMIS is the next clause's)."""
    rel = s.text.find(";", max(0, pos - s.start))
    return s.start + rel if rel >= 0 else s.start + len(s.text)


def _successors(ctx: Context) -> list[str]:
    """The missions the article names whose predecessor it also names (computed once per article)."""
    if "successors" not in ctx.memo:
        named = {e.code for x in ctx.sents for e in x.ents if e.label == "MISSION"}
        ctx.memo["successors"] = [
            c for c in named if getattr(kbglue.mission(c), "predecessor", None) in named
        ]
    return ctx.memo["successors"]


def _running_before(ctx: Context) -> list[str | None]:
    """For each sentence index, the last mission named before that sentence that was running at
    publication, is no predecessor of a named mission, and is no UN support office ("the force" is not
    its office). Computed once per article: walking back from every figure was quadratic in a text
    that names many missions none of which runs then (a publication date in year 1)."""
    if "running_before" not in ctx.memo:
        eligible: dict[str, bool] = {}
        out: list[str | None] = []
        last: str | None = None
        for sent in ctx.sents:
            out.append(last)
            picks: list[Entity] = []
            for e in sent.ents:
                if e.label != "MISSION":
                    continue
                if e.code not in eligible:
                    eligible[e.code] = (
                        e.code not in ctx.superseded
                        and kbglue.running(e.code, ctx.published)
                        and getattr(kbglue.mission(e.code), "kind", None) != "un_support"
                    )
                if eligible[e.code] or _heading_of(sent, e):
                    picks.append(e)
            if picks:
                last = _topic(sent, picks, last)
        out.append(last)
        ctx.memo["running_before"] = out
    return ctx.memo["running_before"]


def _topic(sent: SentenceLike, named: list[Entity], last: str | None) -> str | None:
    """Which of a sentence's missions "the mission" of the sentences after it means, where the
    sentence is parsed: the subject of its main clause ("UNDOF was helped by observers of UNTSO. …
    the mission completed a rotation" is UNDOF's); no new one where each is named only in a clause
    describing people ("a peacekeeper serving with UNISFA"); else, as unparsed, the last named."""
    ranks = [_topic_rank(sent, e) for e in named]
    if 0 in ranks:
        return [e for e, r in zip(named, ranks, strict=True) if r == 0][-1].code
    if last is not None and all(r == 2 for r in ranks):
        return last
    return named[-1].code


def _topic_rank(sent: SentenceLike, e: Entity) -> int:
    """0: the subject of the sentence's main clause, or a line the mission heads; 2: named in passing,
    inside a participle or relative clause on a noun for people or units; 1: anything else."""
    if _heading_of(sent, e):
        return 0
    root_of = getattr(sent, "root", None)
    tok = root_of(e.start, e.end) if root_of is not None and getattr(sent, "doc", None) is not None else None
    if tok is None:
        return 1
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
        return 0
    t = tok
    for _ in range(24):
        if t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in _people_nouns():
            return 2
        if t.dep_ == "pobj" and _contrasting(t.head):
            return 2  # "Unlike the U.S.-led Operation Prosperity Guardian, it will not strike …"
        if t.head.i == t.i:
            break
        t = t.head
    return 1


def _contrasting(prep: Any) -> bool:
    """A preposition that sets what it governs against the sentence's topic: "unlike", "rather than",
    "instead of", "as opposed to", "in contrast to/with"."""
    low = prep.lower_
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return (
        low == "unlike"
        or (low == "than" and before == "rather")
        or (low == "of" and before == "instead")
        or (low == "to" and before == "opposed")
        or (low in ("to", "with") and before == "contrast")
    )


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in (*_lex()["personnel_nouns"], *_lex()["people_nouns"]) if n)


# ---------------------------------------------------------------------------------------------
# subjects


def _countries(s: Sent) -> list[Entity]:
    """The country mentions of a sentence, in order."""
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
    """True when the country is a place the figure goes to or happens in ("to Haiti", "in Haiti")."""
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
    gap_ok = re.compile(
        r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*;\s*(?:and\s+)?|\s*,?\s+(?:together|along|jointly)\s+with\s+)"
        r"(?:the\s+)?$",
        re.I,
    )
    j = idx
    while j > 0 and gap_ok.match(ctx.text[cs[j - 1].end : cs[j].start]):
        members.insert(0, cs[j - 1])
        j -= 1
    j = idx
    while j + 1 < len(cs) and gap_ok.match(ctx.text[cs[j].end : cs[j + 1].start]):
        members.append(cs[j + 1])
        j += 1
    return members


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
    cue: tuple[int, int, str, bool] | None = None
    subject: str | None = None
    list_subject: list[str] = field(default_factory=list)
    coord_prev: Fig | None = None  # the figure this one is coordinated with ("20 soldiers and four police")
    breakdown: bool = False  # part of a split of a total by category
    near_only: bool = False
    superseded: bool = False  # "up from 1 million": an earlier value of the figure before it
    carried_from: Sent | None = None  # the sentence before that named this figure's contingent
    each: list[str] = field(
        default_factory=list
    )  # "Rwanda and India each have 2,000": one figure per country
