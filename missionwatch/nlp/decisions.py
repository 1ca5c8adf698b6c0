"""Council decisions, mandates, penholders, mission leads and contributor statuses.

Tallies in their many spellings ("13 in favour, none against, with China and Russia abstaining",
"by 12 votes to none", "12-0-3", "unanimously"), resolution numbers (named, or linked through the
KB by the date the text gives), mandate expiry and duration, who drafted the text, who leads the
mission, and the status of countries named without figures.
"""

from __future__ import annotations

import re
from typing import Any

from missionwatch.nlp import kbglue
from missionwatch.nlp.attribution import (
    _AGENT_GAP,
    _dateline,
    carried_date,
)
from missionwatch.nlp.context import (
    COUNCIL_SIZE,
    NUM,
    Context,
    Fig,
    Raw,
    Sent,
    _countries,
    _is_led,
    _lex,
    _list_of,
    _mission_near,
    _negated,
    literal_heads,
)
from missionwatch.nlp.dates import DateMention, parse_iso
from missionwatch.nlp.entities import Entity
from missionwatch.nlp.entities import country_code as kbglue_country
from missionwatch.nlp.numbers import words_to_number

# ---------------------------------------------------------------------------------------------
# Council, mandate and lead


_TALLY_FOR = [
    re.compile(rf"\b(?P<n>{NUM})\s+(?:votes?\s+)?in\s+favou?r\b", re.I),
    re.compile(
        rf"\b(?P<n>{NUM})\s+of\s+the\s+(?:Council's\s+)?(?:\w+\s+)?members\s+(?:backed|voted\s+for|supported|"
        rf"approved|voted\s+in\s+favou?r)",
        re.I,
    ),
    re.compile(
        rf"\b(?P<n>{NUM})\s+(?:Council\s+|Security Council\s+)?(?:members|countries|nations|delegations)\s+"
        rf"(?:voted\s+(?:for|in\s+favou?r)|backed|supported|approved)",
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
_COMPACT2 = re.compile(
    r"\b(?:voted|vote of|vote was|tally of|tally was|by|a|approved|adopted|passed|carried|backed|endorsed|"
    r"renewed|extended|authori[sz]ed)\s+"
    r"(?P<f>\d{1,2})\s*[-–]\s*(?P<a>\d{1,2})\b(?!\s*[-–]\s*\d)"
)
_ALL_FOR = re.compile(
    rf"\b(?:all|each of the)\s+(?P<n>{NUM})\s+(?:Council\s+|Security Council\s+)?members\s+"
    rf"(?:voted\s+(?:for|in\s+favou?r)|backed|supported|approved)",
    re.I,
)


def _num(word: str) -> int:
    """A tally count as written: digits, number words, or "none"/"nobody" for zero."""
    word = word.lower().strip()
    if word in ("none", "no one", "nobody", "no", "no member", "no country"):
        return 0
    if word.isdecimal():
        return int(word)
    return words_to_number(word) or 0


def _chain_before(ctx: Context, s: Sent, pos: int) -> list[Entity]:
    """The list of countries that ends right before ``pos`` ("China, Pakistan and the Russian Federation
    abstained")."""
    cs = [e for e in _countries(s) if e.end <= pos]
    if not cs:
        return []
    last = cs[-1]
    if not re.fullmatch(
        r"\s*(?:,\s*(?:which|who)\s+)?(?:(?:both|also|have|had|then|all|each)\s+)*",
        ctx.text[last.end : pos],
        re.I,
    ):
        return []
    return _list_of(ctx, s, last)


def _chain_after(ctx: Context, s: Sent, pos: int) -> list[Entity]:
    """The list of countries that starts right after ``pos`` ("abstentions from China and Russia")."""
    cs = [e for e in _countries(s) if e.start >= pos]
    if not cs or not re.fullmatch(r"\s*(?:the\s+)?", ctx.text[pos : cs[0].start], re.I):
        return []
    return _list_of(ctx, s, cs[0])


def _member_votes(ctx: Context, s: Sent) -> list[tuple[Entity, str]]:
    """Who abstained or voted against, with their vote."""
    out = []
    seg = ctx.text[s.start : s.end]
    for m in re.finditer(r"\babstain(?:ed|ing)\b", seg, re.I):
        out += [(e, "abstain") for e in _chain_before(ctx, s, s.start + m.start())]
    for m in re.finditer(
        r"\babstentions?\s+(?:from|by)\s+|\babstentions?\s*\(|\babstaining\s+were\s+", seg, re.I
    ):
        out += [(e, "abstain") for e in _chain_after(ctx, s, s.start + m.end())]
    for m in re.finditer(r"\b(?:voted|voting)\s+against\b", seg, re.I):
        out += [(e, "no") for e in _chain_before(ctx, s, s.start + m.start())]
    for m in re.finditer(r"\bvetoed\b", seg, re.I):
        out += [(e, "no") for e in _chain_before(ctx, s, s.start + m.start())]
    return out


_TALLY_WORDS = ("favo", "member", "countries", "nations", "delegations", "vote", "unanimous")


def _tally(ctx: Context, s: Sent, nxt: Sent | None) -> tuple[str, int, int, dict[str, Any]] | None:
    """The tally of a sentence as for-against-abstain, its span and notes; abstainers may be named in the
    next sentence, and a missing abstention count is inferred from the Council's size."""
    seg = ctx.text[s.start : s.end]
    folded = seg.casefold()
    if "-" not in seg and "–" not in seg and not any(w in folded for w in _TALLY_WORDS):
        return None  # every tally below needs a dash ("12-0-3") or one of these words
    m = _COMPACT.search(seg)
    if (
        m
        and re.search(r"\bvot|adopt|resolution|council", seg, re.I)
        and sum(map(int, m.groups())) <= COUNCIL_SIZE
    ):
        return f"{int(m['f'])}-{int(m['a'])}-{int(m['b'])}", s.start + m.start(), s.start + m.end(), {}
    m = _COMPACT2.search(seg)
    if m and int(m["f"]) + int(m["a"]) <= COUNCIL_SIZE:
        f, a = int(m["f"]), int(m["a"])
        votes = _member_votes(ctx, s) or (_member_votes(ctx, nxt) if nxt is not None else [])
        named = [e for e, v in votes if v == "abstain"]
        b = len(named) if named else COUNCIL_SIZE - f - a
        return (
            f"{f}-{a}-{b}",
            s.start + m.start(),
            s.start + m.end(),
            {} if named else {"abstain_inferred": True},
        )
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
    r"\b(?:resolution|res\.?|UNSCR)\s*(?:No\.?\s*)?(?P<n>\d{3,4})(?:\s*\((?P<y>\d{4})\))?|S/RES/(?P<n2>\d{3,4})"
    r"(?:\s*\((?P<y2>\d{4})\))?",
    re.I,
)


def _resolutions(ctx: Context, s: Sent) -> list[tuple[str, int, int]]:
    """Resolution numbers written in the sentence ("resolution 2699 (2023)", "S/RES/2751", "UNSCR 2751")."""
    return [
        (m["n"] or m["n2"], s.start + m.start(), s.start + m.end())
        for m in _RES_RE.finditer(ctx.text[s.start : s.end])
    ]


def _event_date(ctx: Context, s: Sent, verb_pos: int) -> DateMention | None:
    """The date of a Council decision: the one nearest its verb that is not an expiry, a reporting date, a
    dateline or in the future."""
    pd = parse_iso(ctx.published)
    best, dist = None, 10**9
    for d in s.dates:
        if d.prefix in ("until", "through", "till", "by", "to", "since", "from", "before"):
            continue
        dd = parse_iso(d.value)
        if pd and dd and dd > pd:
            continue
        if _dateline(ctx.text, s, d):
            continue
        if re.search(
            _lex()["reporting_verbs"] + r"\s+$", ctx.text[max(s.start, d.start - 12) : d.start], re.I
        ):
            continue
        gap = abs(d.start - verb_pos)
        if gap < dist and gap <= 80:  # a date far from the decision's verb dates something else
            best, dist = d, gap
    return best


def _council_verb(seg: str) -> re.Match[str] | None:
    """The verb of the Council's decision: the one nearest after "Council" (else the first), never a
    hyphenated adjective ("UN-authorised operation")."""
    verbs = [
        m
        for m in re.finditer(_lex()["council_verbs"], seg, re.I)
        if seg[max(0, m.start() - 1) : m.start()] != "-"
        and not re.search(
            r"\b(?:its|the|an?|their|his|her)\s+$", seg[max(0, m.start() - 8) : m.start()], re.I
        )
    ]
    if not verbs:
        return None
    council = [m.end() for m in re.finditer(r"\bCouncil\b", seg)]
    if council:
        after = [v for v in verbs if v.start() >= council[0]]
        if after:
            return after[0]
    return verbs[0]


def _penholder(
    ctx: Context, s: Sent, e: Any, res_for: str, mission: str | None, as_of: str | None, confidence: float
) -> Raw:
    """A penholder claim for country mention ``e``; the resolution's own mission and date win."""
    return Raw(
        "council.penholder",
        int(res_for) if res_for else None,
        e.start,
        e.end,
        s,
        attrs={} if res_for else {"unnumbered_ctx": True},
        subject=e.code,
        mission=ctx.resolution_missions.get(res_for) or mission,
        as_of=ctx.resolution_dates.get(res_for) or as_of,
        resolution=res_for or None,
        confidence=confidence,
    )


def _council(ctx: Context, s: Sent, nxt: Sent | None, out: list[Raw]) -> None:
    """Council decisions of a sentence: adoption (numbered or linked through the KB), tally, member votes,
    penholders, mandate expiry and duration."""
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
    # the tally (only counted once a resolution or decision is in view)
    tally = _tally(ctx, s, nxt) if cur is not None else None
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
    if cur is not None and re.search(
        r"\babstain|\babstention|\bvoted against|\bvoting against|\bvetoed", seg, re.I
    ):
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
    if re.search(r"\b(?:resolution|UNSCR|text|draft)\b", seg, re.I) or (
        cur is not None and re.match(r"\s*(?:It|This)\b", seg)
    ):
        pv = lex["penholder_verbs"]
        for m in re.finditer(rf"\b{pv}\s+by\s+", seg, re.I):
            before = seg[: m.start()]
            nouns = (
                r"\b(resolution|UNSCR|text|draft|mission|force|MSS|GSF|government|operation|effort|push)\b"
            )
            noun = re.findall(nouns, before, re.I)
            if (
                not noun
                and re.fullmatch(r"\s*(?:It|This|That)\s+(?:\w+\s+){0,2}", before)
                and cur is not None
            ):
                noun = ["resolution"]  # "The resolution passed 15-0. It had been drafted by …"
            if not noun and not before.strip():
                noun = re.findall(nouns, seg[m.end() :], re.I)[:1]  # "Sponsored by X, the text was adopted"
            if not noun or noun[-1].lower() not in ("resolution", "unscr", "text", "draft"):
                continue
            for e in _chain_after(ctx, s, s.start + m.end()):
                res_for = res_here[0][0] if res_here else cur
                if res_for is not None:
                    out.append(_penholder(ctx, s, e, res_for, cur_mission, cur_date, 0.85))
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
                    out.append(_penholder(ctx, s, e, res_for, cur_mission, cur_date, 0.8))
        for e in _countries(s):
            if not re.match(
                r"-(?:drafted|sponsored|penned|authored)\s+(?:\w+\s+)?(?:resolution|text|draft)",
                text[e.end : e.end + 40],
            ):
                continue
            res_for = res_here[0][0] if res_here else cur
            if res_for is not None:
                out.append(_penholder(ctx, s, e, res_for, cur_mission, cur_date, 0.8))
        for m in re.finditer(
            r"\b(?:co-drafted|co-authored|co-sponsored|co-penned|drafted|penned|sponsored|authored|tabled|"
            r"put forward|circulated)\s+(?:the|this|that)\s+(?:resolution|text|draft)\b",
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
                    out.append(_penholder(ctx, s, x, res_for, cur_mission, cur_date, 0.8))
        for e in _countries(s):
            if re.match(
                r"^,\s+(?:which|who)\s+(?:drafts|holds the pen|is the penholder|pens|leads negotiations)\b"
                r"|^,\s+(?:the\s+|as\s+)?pen-?holder\b",  # "the representative of France, penholder on …"
                text[e.end : e.end + 40],
            ):
                res_for = res_here[0][0] if res_here else cur
                if res_for is not None:
                    out.append(_penholder(ctx, s, e, res_for, cur_mission, cur_date, 0.75))
    # mandate expiry and duration
    if re.search(lex["mandate_words"], seg, re.I) and (verb or re.search(r"\bmandate\b", seg, re.I)):
        as_of = (
            event[1]
            if event
            else (ctx.resolution_dates.get(cur or "") if cur and _is_about_adoption(seg) else ctx.published)
        )
        for d in s.dates:
            left = text[max(s.start, d.start - 25) : d.start + len(d.text) - len(d.text.lstrip())]
            cue_ok = (
                d.prefix in ("until", "through", "till", "expire", "expires", "expiring")
                or re.search(
                    r"(?:expires?|expiring|ends?|runs?\s+(?:until|to|through))\s+(?:on\s+)?$", left, re.I
                )
                or (
                    d.prefix == "to"
                    and re.search(r"\b(?:extend|renew|prolong)", seg, re.I)
                    and re.search(r"\bmandate\b|\bauthori[sz]ation\b", seg, re.I)
                )
            )
            ceiling_until = re.search(
                r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}(?:personnel|troops|police|soldiers|officers|peacekeepers|staff)\s*$",
                text[max(s.start, d.start - 80) : d.start].replace(d.prefix, "").rstrip(),
            )
            if cue_ok and not ceiling_until:  # "up to 13,500 troops until 30 June": the ceiling's date
                out.append(
                    Raw(
                        "mandate.expiry",
                        d.value,
                        d.start,
                        d.end,
                        s,
                        mission=_mission_by_noun(ctx, s, d.start) or _mission_near(ctx, s, d.start),
                        as_of=as_of or ctx.published,
                        confidence=0.85,
                    )
                )
        for months, a, b in _duration_matches(seg):
            out.append(
                Raw(
                    "mandate.duration",
                    months,
                    s.start + a,
                    s.start + b,
                    s,
                    unit="months",
                    mission=_mission_by_noun(ctx, s, s.start + a) or _mission_near(ctx, s, s.start + a),
                    as_of=as_of or ctx.published,
                    confidence=0.85,
                )
            )


def _mission_by_noun(ctx: Context, s: Sent, pos: int) -> str | None:
    """The mission "the office"/"the force" means before ``pos``: the one named in the article whose
    name has that head noun ("The office, whose mandate runs until …" → the Integrated Office)."""
    nouns = re.findall(
        r"\b(?:the|its|this)\s+(?:new\s+)?(office|force|mission|operation)\b", ctx.text[s.start : pos], re.I
    )
    if not nouns or any(e.label == "MISSION" and e.end <= pos for e in s.ents):
        return None
    noun = nouns[-1].lower()
    named = {e.code for x in ctx.sents for e in x.ents if e.label == "MISSION"}
    if re.search(
        r"\b(?:the|its|this)\s+new\s+(?:office|force|mission|operation)\b", ctx.text[s.start : pos], re.I
    ):
        # "the new force" of an article naming a mission and its successor is the successor
        newer = [c for c in named if getattr(kbglue.mission(c), "predecessor", None) in named]
        if len(newer) == 1:
            return newer[0]
    fits = [c for c in named if noun in (getattr(kbglue.mission(c), "name", "") or "").lower()]
    return fits[0] if len(fits) == 1 else None


def _is_about_adoption(seg: str) -> bool:
    """True when the sentence talks about the text or the Council (so its dates are the decision's)."""
    return bool(re.search(r"\b(?:resolution|text|Council)\b", seg, re.I))


_DUR_RE = re.compile(
    rf"\b(?:for|by)\s+(?:(?:an?|another|a\s+further|an\s+additional|an\s+initial|a\s+period\s+of|further|additional|"
    rf"initial|a\s+new|period\s+of|a\s+final|a\s+last|one\s+(?:final|last)|final|last|a\s+second)\s+)*(?P<n>{NUM}|\d+|a|one|eighteen|twenty-four)\s+(?P<u>months?|years?)\b"
    rf"|\banother\s+(?:(?P<n2>{NUM})\s+)?(?P<u2>years?|months?)\b"
    rf"|\b(?P<n3>{NUM}|one|six|twelve|\d+)[- ](?P<u3>month|year)\s+"
    rf"(?:extension|renewal|mandate|authori[sz]ation|term)"
    rf"|\b(?:mandate|authori[sz]ation|term|renewal|extension)\s+of\s+(?:(?:an?|another|a\s+further)\s+)?"
    rf"(?P<n4>{NUM}|\d+|one|six|twelve|eighteen)\s+(?P<u4>months?|years?)\b",
    re.I,
)


def _duration_matches(seg: str) -> list[tuple[int, int, int]]:
    """Mandate lengths in months: "for an initial twelve months", "another year", "a six-month extension"."""
    out = []
    for m in _DUR_RE.finditer(seg):
        n = m["n"] or m["n2"] or m["n3"] or m["n4"] or "one"
        unit = (m["u"] or m["u2"] or m["u3"] or m["u4"]).lower()
        k = 1 if n.lower() in ("a", "an", "another") else _num(n) or words_to_number(n.replace("-", " ")) or 1
        months = k * 12 if unit.startswith("year") else k
        out.append((months, m.start(), m.end()))
    return out


def _led_by(mission: str | None, country: str) -> str | None:
    """The mission a country leads, when the text's nearest mission is its successor or predecessor
    ("the GSF, replacing the Kenya-led support mission" → MSS)."""
    m = kbglue.mission(mission)
    if m is None or m.lead == country:
        return mission
    for other in (m.predecessor, m.successor):
        om = kbglue.mission(other)
        if om is not None and om.lead == country:
            return om.code
    return mission


def _which_leads_a_force(after: str, mnouns: str) -> bool:
    """ ", which leads the mission", ", which led AMISOM" — not ", which led negotiations" or ", which
    leads the Council's work on Congo": what is led is a force, by its noun or its acronym."""
    m = re.match(r"^\s*,\s*which\s+(?:leads|is leading|heads|commands|led)\s+(?:the\s+)?", after, re.I)
    if m is None:
        return False
    rest = after[m.end() :]
    return bool(
        re.match(rf"(?:[\w'’-]+\s+){{0,3}}?(?:(?i:{mnouns})\b|[A-Z]{{2,}}[A-Za-z]*\b)", rest)
    ) and not (re.match(r"(?:negotiations|talks|the\s+pen|work|effort|drafting|discussions)\b", rest, re.I))


def _leads(ctx: Context, s: Sent, out: list[Raw]) -> None:
    """mission.lead: "Kenya-led force", "led/headed by Kenya", "Kenya, which leads the MSS", "with Kenya
    at its head", "under Kenya's command", "Kenya is leading the mission"."""
    text = ctx.text
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
        hit = explicit = False
        if re.match(r"-(?:led|headed)\b", after):
            rest = after[after.index("led") + 3 if "led" in after[:8] else 8 :]
            nxt = [x for x in s.ents if x.label == "MISSION" and 0 <= x.start - e.end < 70]
            apposed = [  # "EUFOR Althea, an EU-led force, took over from NATO's SFOR": the one before
                x
                for x in s.ents
                if x.label == "MISSION" and re.fullmatch(r",\s+(?:an?|the)\s+", text[x.end : e.start])
            ]
            if apposed:
                mission, hit, explicit = apposed[-1].code, True, True
            elif nxt:
                mission, hit, explicit = nxt[0].code, True, True
            elif (
                # ("the Kenya-led, UN-backed mission": a second description after a comma)
                re.match(rf"^(?:,\s+[\w-]+)?\s+(?:\w+\s+){{0,3}}{mnouns}\b", rest, re.I)
                or re.match(r"^\s+(?:\w+[- ]){0,2}(?:Multinational|mission|force|operation)", rest, re.I)
            ) and not re.match(
                r"^\s+(?:[\w-]+\s+){0,3}(?:missions|forces|operations|deployments)\b", rest, re.I
            ):
                # (not "African Union-led peace support operations": a kind of mission, none in particular)
                mission, hit, explicit = _mission_near(ctx, s, e.start), True, False
            else:
                mission_entity = [x for x in s.ents if x.label == "MISSION" and x.start <= e.start < x.end]
                if mission_entity:
                    mission, hit, explicit = mission_entity[0].code, True, True
        elif re.search(rf"\b{lex['lead_verbs']}\s+by\s+(?:the\s+)?$", before):
            lb = before[: re.search(rf"\b{lex['lead_verbs']}\s+by\s+(?:the\s+)?$", before).start()]  # type: ignore[union-attr]
            prev_m = [x for x in s.ents if x.label == "MISSION" and x.end <= e.start and e.start - x.end < 30]
            if prev_m:
                mission, hit, explicit = prev_m[-1].code, True, True
            elif re.search(rf"\b{mnouns}\s*,?\s*$", lb, re.I) and not re.search(
                r"\b(?:resolution|text|draft)\s*,?\s*$", lb, re.I
            ):
                mission, hit, explicit = _mission_near(ctx, s, e.start), True, False
        elif (
            _which_leads_a_force(after, mnouns)
            or re.match(
                rf"^\s+(?:leads|is leading|heads|is heading|commands|has led)\s+(?:the\s+)?"
                rf"(?:[\w-]+\s+){{0,3}}{mnouns}",
                after,
                re.I,
            )
            or (re.match(r"^\s+at\s+its\s+head\b", after, re.I) and re.search(r"\bwith\s+$", before))
            or (  # "the Multinational Security Support (MSS) mission, which Kenya leads,"
                re.match(
                    r"^\s+(?:leads|led|heads|headed|commands|is\s+leading|has\s+led)\b(?!\s+(?:the|a|an|its)\b)",
                    after,
                )
                and re.search(rf"\b(?:{mnouns}|[A-Z]{{2,}}\)?)\s*,\s+(?:which|that)\s+$", before, re.I)
            )
            or (re.match(r"^['’]s?\s+(?:leadership|command)\b", after) and re.search(r"\bunder\s+$", before))
        ):
            mission, hit, explicit = _mission_near(ctx, s, e.start), True, False
        command = re.match(
            r"^\s+(?:took|takes|has\s+taken|assumed|assumes|has\s+assumed)\s+(?:over\s+)?(?:the\s+)?"
            r"command\s+of\s+(?:the\s+)?",
            after,
            re.I,
        )
        if not hit and command:  # "Türkiye took over command of KFOR" (not "of KFOR's western sector")
            at = e.end + command.end()
            took = [x for x in s.ents if x.label == "MISSION" and x.start == at]
            if took and not re.match(r"['’]s\b", text[took[0].end : took[0].end + 2]):
                mission, hit, explicit = took[0].code, True, True
        if hit:
            if not explicit:
                mission = _led_by(mission, e.code)
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


# ---------------------------------------------------------------------------------------------
# statuses


def _statuses(ctx: Context, s: Sent, figs: list[Fig], out: list[Raw]) -> None:
    """Contributor and donor statuses of countries named without figures."""
    _status_claims(ctx, s, figs, out, "contributor", _lex()["contributor_status"])
    _status_claims(ctx, s, figs, out, "donor", _lex()["donor_status_cues"])


_Cues = list[tuple[str, list[tuple[re.Pattern[str], tuple[str, ...] | None]]]]
_COMPILED: dict[str, tuple[dict[str, list[str]], _Cues]] = {}


def _compiled(measure: str, lexicon: dict[str, list[str]]) -> _Cues:
    """The status lexicon's cue patterns compiled with their opening words, once per lexicon."""
    cached = _COMPILED.get(measure)
    if cached is None or cached[0] is not lexicon:
        rows = [
            (status, [(re.compile(c, re.I), literal_heads(c)) for c in cues])
            for status, cues in lexicon.items()
        ]
        cached = _COMPILED[measure] = (lexicon, rows)
    return cached[1]


def _may_have_status(ctx: Context, x: Entity, with_figs: set[str]) -> bool:
    """A country mention that can take a status: not the host, a lead ("Kenya-led") or a country
    with a figure of its own, not a possessive ("Kenya's") and not a place ("in Haiti", "to Haiti")."""
    text = ctx.text
    if x.code in ctx.host or x.code in ctx.leads or _is_led(ctx, x) or x.code in with_figs:
        return False
    if re.match(r"['’]s\b", text[x.end : x.end + 2]):
        return False
    return not re.search(
        r"\b(?:in|to|into|inside|against)\s+(?:the\s+)?$", text[max(0, x.start - 10) : x.start], re.I
    )


def _status_claims(
    ctx: Context, s: Sent, figs: list[Fig], out: list[Raw], measure: str, lexicon: dict[str, list[str]]
) -> None:
    """Contributor statuses (willing, committed, expected, deployed) of countries named without figures.

    Each coordinated list of countries takes the status of the nearest cue in its sentence, so
    "Egypt has offered to send troops, while Ethiopia and Kenya are expected to stay" gives two.
    """
    text = ctx.text
    with_figs = {f.subject for f in figs if f.measure and f.subject} | {c for f in figs for c in f.each}
    with_figs |= {c for f in figs for c in f.list_subject}
    if not any(_may_have_status(ctx, x, with_figs) for x in _countries(s)):
        return  # no country here can take a status (host, lead, has a figure …): no cue to look for
    seg = text[s.start : s.end]
    folded = seg.casefold()
    cues: list[tuple[int, int, str]] = []
    for status, patterns in _compiled(measure, lexicon):
        for cue, heads in patterns:
            if heads is not None and not any(h in folded for h in heads):
                continue  # the words the cue opens with are not in the sentence
            cues += [
                (s.start + m.start(), s.start + m.end(), status)
                for m in cue.finditer(seg)
                if not _negated(text, s.start + m.start())  # "neither will send troops"
            ]
    if not cues:
        return
    done: set[int] = set()
    for e in _countries(s):
        if e.start in done:
            continue
        members = _list_of(ctx, s, e)
        done.update(x.start for x in members)
        lo, hi = members[0].start, members[-1].end
        best = min(cues, key=lambda c: c[0] - hi if c[0] >= hi else (lo - c[1]) + 5)
        if best[0] < lo and re.search(r"\b(?:said|says|told|but|while|whereas)\b", text[best[1] : lo]):
            continue  # "Rwanda is weighing it, diplomats said, and Brazil offered help": Brazil's own clause
        if best[0] >= hi and ";" in text[hi : best[0]]:
            continue  # the status cue belongs to a later clause ("Ethiopia has withdrawn; Ghana … provide")
        for x in members:
            if not _may_have_status(ctx, x, with_figs):
                continue
            out.append(
                Raw(
                    measure,
                    best[2],
                    x.start,
                    x.end,
                    s,
                    subject=x.code,
                    mission=_mission_near(ctx, s, x.start),
                    as_of=(None if s.dates else carried_date(ctx, s)) or ctx.published,
                    confidence=0.7,
                    attrs={"cue": text[best[0] : best[1]]},
                )
            )
