"""Attribution: who a typed figure is about, where, and as of when.

The contributor or donor comes from the figure's noun phrase ("Kenyan police", "Kenya's 1,000",
"from Belize"), then the agent of its cue ("Canada has donated"), then the nearest eligible
country; humanitarian figures take the most specific place; ``as_of`` is publication unless the
sentence (or the paragraph's last dated sentence, or the report's period) dates the figure.
"""

from __future__ import annotations

import re

from missionwatch.nlp.context import (
    Context,
    Fig,
    Sent,
    _countries,
    _is_led,
    _lex,
    _list_of,
    _locative,
    _people_only,
)
from missionwatch.nlp.dates import DateMention, parse_iso
from missionwatch.nlp.entities import Entity, capital_of


def _np_subject(ctx: Context, fig: Fig) -> str | None:
    """The contributor or donor the figure's own noun phrase names: "400 Kenyan police", "Kenya's 1,000",
    "officers from Belize", "of the US contribution"."""
    text, s = ctx.text, fig.sent
    right = fig.noun_end or fig.q.end
    for e in _countries(s):
        if fig.q.end <= e.start and e.end <= right:
            return e.code  # "400 Kenyan police officers"
    for e in _countries(s):
        if e.end <= fig.q.start and re.fullmatch(r"['’]s?\s+(?:\w+\s+)?", text[e.end : fig.q.start]):
            return e.code  # "Kenya's 1,000 officers"
        if (
            e.end <= fig.q.start
            and re.fullmatch(r"\s+", text[e.end : fig.q.start])
            and not _IN_PLACE.search(ctx.text[max(0, e.start - 12) : e.start])
        ):
            return e.code  # "Guatemala 150", "and Bangladesh 410 police"
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
                members = _list_of(ctx, s, e)
                if len(members) > 1 and fig.family == "money":
                    fig.list_subject = [x.code for x in members]  # "$21 million from Canada, France and …"
                    return None
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


_IN_PLACE = re.compile(r"\b(?:in|inside|across|throughout|within)\s+(?:the\s+)?$", re.I)


def _agent(ctx: Context, fig: Fig) -> str | None:
    """The country that does the cue's action ("Canada has donated", "Chad put forward"), unless it leads
    or hosts the mission; a list of them makes a list subject."""
    if not fig.cue:
        return None
    s = fig.sent
    for e in reversed(_countries(s)):
        if (
            e.end <= fig.cue[0]
            and _AGENT_GAP.match(ctx.text[e.end : fig.cue[0]])
            and not _IN_PLACE.search(ctx.text[max(0, e.start - 12) : e.start])
        ):
            if _is_led(ctx, e) or e.code in ctx.host:
                return None
            members = _list_of(ctx, s, e)
            if len(members) > 1:
                fig.list_subject = [x.code for x in members]
                return None
            return e.code
    return None


_CURRENCY_COUNTRY = {"KES": "KEN", "ZAR": "ZAF", "CAD": "CAN", "GBP": "GBR", "JPY": "JPN", "USD": "USA"}


def _treasury(ctx: Context, fig: Fig) -> str | None:
    """ "cost the Exchequer KSh 1.5 billion": a national treasury paying in its own currency is that
    currency's country (the euro names none)."""
    before = ctx.text[max(fig.sent.start, fig.q.start - 40) : fig.q.start]
    if not re.search(
        r"\b(?:the\s+)?(?:exchequer|treasury|taxpayers?|public purse|state coffers|national budget)\s+"
        r"(?:(?:about|some|around|roughly|nearly|almost|more than|over|at least|close to)\s+)?$",
        before,
        re.I,
    ):
        return None
    return _CURRENCY_COUNTRY.get(fig.q.unit or "")


_ANAPHOR = re.compile(
    r"\b(?:the|her|his|its|their)\s+(?:bloc|union|government|country|ministry|department|administration|"
    r"kingdom|republic|army|defen[cs]e force)\s*$",
    re.I,
)


def _anaphoric_agent(ctx: Context, fig: Fig) -> str | None:
    """ "The bloc has put …", "Her government has deployed …": the agent refers back to the one country or
    organisation the sentence before is about (its first eligible one)."""
    s = fig.sent
    if fig.cue is None or s.index == 0:
        return None
    head = re.sub(
        r"(?:\s+(?:has|have|had|is|are|was|were|also|already|now|so far|said it|would|will))+\s*$",
        "",
        ctx.text[s.start : fig.cue[0]],
    )
    if not _ANAPHOR.search(head) or any(not _locative(ctx, e) for e in _countries(s) if e.end <= fig.q.start):
        return None
    prev = ctx.sents[s.index - 1]
    for e in _countries(prev):
        if not (_is_led(ctx, e) or e.code in ctx.host or _locative(ctx, e)):
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
        if re.match(r"['’]s?\s+(?:\w+\s+)?(?:mission|force|operation)\b", ctx.text[e.end : e.end + 30], re.I):
            continue  # "the African Union's new mission needs $190m": whose mission, not who pays
        return e
    return None


def _subject(ctx: Context, fig: Fig, prev_start: int) -> None:
    """Set the figure's subject: a contributor or donor for personnel and money, a place for humanitarian
    figures."""
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
        if (
            subj is None
            and m == "funding.required"
            and re.search(
                r"\b(?:put|puts|putting|estimat\w*|assess\w*|valu\w*|reckon\w*|pegg?\w*)\s+(?:the\s+|its\s+|their\s+)?"
                r"[^.;]{0,90}\bat\s+(?:\S+\s+){0,2}$",
                ctx.text[fig.sent.start : fig.q.start],
                re.I,
            )
        ):
            fig.subject = (
                None  # "the Commission has put the mission's needs at $190m": who estimates, not who pays
            )
            return
        if subj is None and m == "funding.required":
            subj = _treasury(ctx, fig)
        if subj is None and fig.cue and not fig.list_subject:
            subj = _anaphoric_agent(ctx, fig)
        if subj is None and m != "personnel.target":
            subj = _agent(ctx, fig)
            if subj is None:
                e = _eligible_before(ctx, fig, prev_start)
                members = _list_of(ctx, fig.sent, e) if e is not None else []
                after = fig.noun_end or fig.q.end
                pronoun = re.match(r"\s+(?:it|they)\b", ctx.text[after : after + 12])
                if e is None and (
                    pronoun
                    or (fig.cue and re.search(r"\b(?:its|their)\b", ctx.text[fig.cue[0] : fig.cue[1]]))
                ):
                    e = _eligible_before(ctx, fig)  # "bringing its presence to 150": whose is "its"
                    members = _list_of(ctx, fig.sent, e) if e is not None else []
                if e is not None and not fig.list_subject and len(members) == 1:
                    subj = e.code
                elif len(members) > 1 and re.search(r"\beach\b", ctx.text[members[-1].end : fig.q.start]):
                    fig.each = [x.code for x in members]
        if subj is None and m.startswith("personnel."):
            subj = _category(fig, ctx)
        if subj is None and not fig.list_subject and not fig.each and _carries_subject(ctx, fig):
            subj = _previous_contingent(ctx, fig.sent)
            if subj is not None:
                fig.carried_from = ctx.sents[fig.sent.index - 1]
        if fig.list_subject and re.search(r"\beach\b", ctx.text[fig.sent.start : fig.q.start][-60:]):
            fig.each, fig.list_subject = fig.list_subject, []
        fig.subject = subj
        return
    # humanitarian and control figures: a place
    fig.subject = _place(ctx, fig)


def _carries_subject(ctx: Context, fig: Fig) -> bool:
    """An event figure (arrival, return, promise) or a definite "the remaining 500 officers" may take
    its country from the sentence before; a total or a ceiling never does."""
    m = fig.measure or ""
    if any(_is_led(ctx, e) for e in _countries(fig.sent)):
        return False  # "pledges for the Kenyan-led mission add up to 2,900": the mission's total
    if (
        fig.family != "persons"
        or any(
            not (
                _locative(ctx, e)
                or e.code in ctx.host
                or re.search(
                    r"\b(?:reached|reaching|left|leaving)\s+$", ctx.text[max(0, e.start - 10) : e.start]
                )
                or (  # ", the South African National Defence Force said": who reports, not whose troops
                    e.start > fig.q.end
                    and re.search(r"\b(?:said|says|told|reported|announced)\b", ctx.text[e.end : e.end + 60])
                )
            )
            for e in _countries(fig.sent)
        )
    ):
        return False  # the sentence names a country of its own ("landed in Pretoria" is only where)
    if m in ("personnel.arrived", "personnel.returned", "personnel.pledged"):
        return True
    before = ctx.text[max(fig.sent.start, fig.q.start - 25) : fig.q.start]
    return m == "personnel.deployed" and bool(
        re.search(r"\b(?:the|its|their|these|those)\s+(?:\w+\s+)?$", before, re.I)
    )


def _previous_contingent(ctx: Context, s: Sent) -> str | None:
    """The one country whose personnel the sentence before names ("The first South African soldiers
    … arrived. A group of 120 troops landed …"): a demonym or possessive before a personnel noun."""
    if s.index == 0:
        return None
    prev = ctx.sents[s.index - 1]
    if prev.headline:
        return None
    nouns = "|".join(
        [*(re.escape(n) for n in _lex()["personnel_nouns"]), r"(?:defen[cs]e|police|armed) forces?", "army"]
    )
    found = {
        e.code
        for e in _countries(prev)
        if not _is_led(ctx, e)
        and e.code not in ctx.host
        and re.match(
            rf"^(?:['’]s?)?\s+(?:[\w,-]+\s+){{0,3}}(?:{nouns})\b", ctx.text[e.end : e.end + 60], re.I
        )
    }
    return found.pop() if len(found) == 1 else None


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
    if ctx is not None and not fig.noun:
        # "the troop ceiling from 3,250 to 2,500", "its police ceiling at 640"
        before = ctx.text[max(fig.sent.start, fig.q.start - 45) : fig.q.start].lower()
        m = re.search(r"\b(\w+)\s+(?:ceiling|cap|strength|component|level)\b[^.;]*$", before)
        if m:
            for cue, cat in _lex()["preceding_categories"]:
                if m.group(1).startswith(cue):
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


# ", where gangs seized …" up to the next comma that is not inside a number ("2,000")
_REL_CLAUSE = re.compile(
    r",\s*(?:where|which|who|whose|when|(?:approved|authori[sz]ed|created|established|launched|set up|"
    r"deployed|founded|formed)\s+(?:by|in|on)|first\s+\w+ed\s+(?:by|in|on))\b(?:[^,;]|(?<=\d),(?=\d))*"
)  # a relative or participial side clause (", approved by the Council in 2023,")
_SUBSET = re.compile(
    r"\b(?:most|many|some|half|several|part|the majority|a third|much|the bulk|all but \w+) of "
    r"(?:them|those|these|which|whom|it)\b[^,;.]{0,20}\b(?:in|across|from|around)\s+(?:the\s+)?$",
    re.I,
)


def _side_place(ctx: Context, fig: Fig, e: Entity) -> bool:
    """A place that is not the figure's own scope: inside a relative clause the figure is not in ("In
    the Centre, where gangs seized Mirebalais, 230 were killed"), or a subset of it ("185 kidnappings,
    most of them in the Artibonite")."""
    text, s = ctx.text, fig.sent
    if _SUBSET.search(text[max(s.start, e.start - 60) : e.start]):
        return True
    for m in re.finditer(_REL_CLAUSE, text[s.start : s.end]):
        a, b = s.start + m.start(), s.start + m.end()
        if a <= e.start < b and not (a <= fig.q.start < b):
            return True
    return False


def _place(ctx: Context, fig: Fig) -> str | None:
    """The most specific place a humanitarian figure is about (see docs/extraction.md, "Place")."""
    text, s = ctx.text, fig.sent
    right = fig.noun_end or fig.q.end
    if re.match(r"^\s*of\s+the\s+capital\b", text[right : right + 40], re.I):
        nxt = [e for e in s.ents if e.label in ("PLACE", "COUNTRY") and 0 <= e.start - right < 40]
        if nxt:
            return nxt[0].text if nxt[0].label == "PLACE" else nxt[0].code
        cap = capital_of(ctx.country or "")
        if cap:
            return cap
    places = [e for e in s.ents if e.label == "PLACE" and not _side_place(ctx, fig, e)]
    if places:
        after = [e for e in places if e.start >= (fig.noun_end or fig.q.end)]
        near = (
            after[0]
            if after
            and not re.search(
                r"[;]|,\s+(?:and|but|while)\b", text[(fig.noun_end or fig.q.end) : after[0].start]
            )
            else min(places, key=lambda e: abs(e.start - fig.q.start))
        )
        own = [
            e
            for e in s.ents
            if e.label == "COUNTRY" and right <= e.start < near.start and not _is_led(ctx, e)
        ]
        if (
            own
            and re.match(
                r"^\s+(?:\w+\s+){0,4}?(?:in|across|throughout|inside)\s+(?:the\s+)?$",
                text[right : own[0].start],
            )
            and re.search(r"[,;]|\band\b", text[own[0].end : near.start])
        ):
            return own[0].code  # "600 killed in Lebanon, and 100,000 fled in southern Lebanon": its own place
        suffix = re.match(
            r"^\s+(?:department|province|county|state|region|district|commune)\b",
            text[near.end : near.end + 20],
        )
        return near.text + suffix.group(0) if suffix else near.text
    named = _named_place(ctx, fig)
    if named:
        return named
    cs = [e for e in _countries(s) if not _is_led(ctx, e)]
    if fig.noun and fig.noun.lower() in _people_only():
        for e in cs:
            if e.start >= fig.q.end and e.end <= right:
                return e.code  # "700,000 Haitians" (but "8 Kenyan officers" were hurt where they serve)
    hosts = [e for e in cs if e.code in ctx.host]
    if hosts:
        return hosts[0].code
    located = [
        e
        for e in cs
        if re.search(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", text[max(0, e.start - 12) : e.start], re.I)
    ]
    if located:
        return min(located, key=lambda e: abs(e.start - fig.q.start)).code  # "In Haiti, … 6 million need aid"
    if cs and not ctx.host:
        return min(cs, key=lambda e: abs(e.start - fig.q.start)).code
    return ctx.country


_NAMED_PLACE = re.compile(
    r"\b(?:(?:in|across|around|near|from)\s+(?:the\s+)?"
    r"|(?:commune|department|province|town|city|village|district|region|neighbou?rhood|county|state|area)\s+of\s+)"
    r"(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
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
    before = ctx.text[s.start : fig.q.start]
    found = [(m, start) for m in _NAMED_PLACE.finditer(clause)]
    found += [
        (m, s.start)
        for m in reversed(list(_NAMED_PLACE.finditer(before)))
        if not m.group(0).lower().startswith("from")  # "gunmen from the Gran Grif gang": who, not where
    ]
    for m, base in found:
        name = m.group("p")
        a = base + m.start("p")
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


def _dateline(text: str, s: Sent, d: DateMention) -> bool:
    """The "PORT-AU-PRINCE, March 4 —" opening an article: the filing date, not the figure's."""
    return bool(
        re.fullmatch(r"[A-Z][A-Z .'’()-]*,\s*", text[s.start : d.start])
        and re.match(r"\s*[—–-]", text[d.end : d.end + 3])
    )


_FACTUAL = ("personnel.returned", "personnel.arrived", "personnel.deployed", "killed", "injured", "kidnapped")
_EVENT_MEASURES = ("killed", "injured", "kidnapped", "displaced", "personnel.arrived", "personnel.returned")


def _nearer_figure(fig: Fig, d: DateMention, others: list[tuple[int, int]], text: str) -> bool:
    """True when another figure of the sentence is nearer the date than this one (the date is its).

    A date opening the sentence ("By the close of 2024, …") frames every figure after it.
    """
    s = fig.sent
    if others and d.end <= min(a for a, _ in others) and not text[s.start : d.start].strip(" ,"):
        return False
    spans = [*others, (fig.q.start, fig.noun_end or fig.q.end)]
    preceded = any(b <= d.start for _, b in spans)

    def distance(a: int, b: int) -> int:
        # a date follows the phrase it dates ("pledged €25m on Tuesday"): one between two figures
        # belongs to the earlier unless it is much nearer the later
        if b <= d.start:
            return d.start - b + (200 if ";" in text[b : d.start] else 0)  # a new clause starts after ";"
        return max(0, a - d.end) + (40 if preceded else 0)

    end = fig.noun_end or fig.q.end
    if end <= d.start and not re.search(r"[,;:]", text[end : d.start]):
        return False  # "1,617 killed and 580 injured … between January and March": one clause, one date
    mine = distance(fig.q.start, end)
    return any(distance(a, b) < mine for a, b in others)


_THAT = re.compile(r"\s*,?\s*that\b")


def _as_of(ctx: Context, fig: Fig, others: list[tuple[int, int]] | None = None) -> str | None:
    """The date a figure describes: publication unless its sentence dates it (see docs/extraction.md)."""
    s, text = fig.sent, ctx.text
    pub = ctx.published
    others = others or []
    near = text[max(s.start, fig.q.start - 70) : min(s.end, (fig.noun_end or fig.q.end) + 70)]
    if not fig.superseded and re.search(
        r"\b(?:now|currently|at present|presently|so far|to date|as it stands)\b", near, re.I
    ):
        for d in s.dates:  # "have now been driven from their homes, the IOM said on Monday": that Monday
            if d.precision == "day" and re.search(
                _lex()["reporting_verbs"] + r"\s+$", text[max(s.start, d.start - 12) : d.start], re.I
            ):
                pd, dd = parse_iso(pub), parse_iso(d.value)
                if pd and dd and dd <= pd:
                    return d.value
        return pub  # (an earlier value, "down from 9,800 a year earlier", keeps its own date)
    future_ok = fig.measure in ("personnel.target", "funding.required")
    for d in s.dates:
        period_end = re.match(r"(?:by|as of|at)?\s*(?:the\s+)?(?:end|close)\s+of\b", d.text, re.I)
        by_past = d.prefix == "by" and re.search(r"\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en|t|wn)\b", s.text)
        if (period_end or by_past or d.prefix == "as of") and fig.measure != "personnel.pledged":
            value = d.value if future_ok else _past_reading(d, pub, s.text)
            pd, dd = parse_iso(pub), parse_iso(value)
            if _nearer_figure(fig, d, others, text) or (pd and dd and dd > pd and not future_ok):
                continue
            return value
    anchors = [fig.q.start] + ([fig.cue[0]] if fig.cue else [])
    best, dist = None, 10**9
    eligible = []
    for d in s.dates:
        if d.prefix in ("since", "from", "until", "through", "till") and fig.measure != "personnel.target":
            continue
        if re.search(
            _lex()["reporting_verbs"] + r"\s+$", text[max(s.start, d.start - 12) : d.start], re.I
        ) and not (d.end <= fig.q.start and d.precision != "day" and _THAT.match(text, d.end)):
            continue  # "officials said Tuesday" is no figure's date; "IOM reported in June that …" is
        since = re.search(r"\bsince\b[^,;]{0,60}$", text[s.start : d.start], re.I)
        if since and not (s.start + since.start() < fig.q.start < d.start):
            continue  # "since the operation started in June": a running total, as of publication
        # (but "since the first contingent of 400 arrived in June 2024" dates that arrival)
        pd, dd = parse_iso(pub), parse_iso(d.value)
        if pd and dd and dd > pd and not future_ok:
            continue
        starts = d.prefix == "on" and re.search(
            r"\b(?:took over|began|started|launched|replaced|succeeded|came into being|was set up)\b"
            r"[^.;]{0,60}$",
            text[s.start : d.start],
        )  # "took over on Jan. 1 with an authorised strength of …": the ceiling starts that day
        if (
            fig.measure == "personnel.target"
            and d.prefix not in ("by", "until", "through", "in", "from")
            and not starts
        ):
            continue
        if _dateline(text, s, d):
            continue
        if re.search(r"\bbetween\s+$", text[max(s.start, d.start - 10) : d.start], re.I):
            continue  # "between October 2024 and June 2025": the period's end counts
        if _other_clause(ctx, fig, d):
            continue  # "The GSF, which has a ceiling of 50 civilians, is due to … by February 2027"
        if d.end <= fig.q.start and re.search(
            r"\b(?:and|but|while)\s+(?:\w+\s+)?(?:has|have|had|is|are|was|were|now|currently)\b",
            text[d.end : fig.q.start],
        ):
            continue  # "set up in 2011 and has a budget of $1.2bn": the date is the other verb's
        if _nearer_figure(fig, d, others, text):
            continue
        eligible.append(d)
        gap = min(abs(d.start - a) for a in anchors)
        if gap < dist and gap < 60:
            best, dist = d.value, gap
    if (
        best is None
        and len(eligible) == 1
        and fig.measure
        in ("killed", "injured", "kidnapped", "displaced", "personnel.arrived", "personnel.returned")
    ):
        best = eligible[0].value  # an event's one date, however far in the sentence
    if best is None and not s.dates and fig.measure in _CARRIED_MEASURES:
        best = carried_date(ctx, s)
    if best is None and not s.dates and fig.carried_from is not None and fig.measure in _EVENT_MEASURES:
        pd_now = parse_iso(pub)
        days = [
            d.value
            for d in fig.carried_from.dates
            if d.precision == "day" and not (pd_now and (parse_iso(d.value) or pd_now) > pd_now)
        ]
        if len(days) == 1:
            best = days[0]  # the same landing the sentence before dated ("arrived in Pretoria on Tuesday")
    if best is None and not s.dates:
        best = _pluperfect_frame(ctx, fig)
    return best or pub


_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|due|expected|plan\w*|set to|scheduled|intends?|aims?)\b", re.I
)


def _other_clause(ctx: Context, fig: Fig, d: DateMention) -> bool:
    """True when the figure sits in a relative clause (", which has a ceiling of 5,500 …,") and the date
    outside it, or the other way round (", approved in 2023, was meant to reach 2,500"): a side
    clause's date is not the main clause's."""
    s = fig.sent
    for m in re.finditer(_REL_CLAUSE, ctx.text[s.start : s.end]):
        a, b = s.start + m.start(), s.start + m.end()
        if (
            fig.cue is not None
            and a <= fig.cue[0] < b
            and a >= (fig.noun_end or fig.q.end)
            and re.fullmatch(r"\s*", ctx.text[(fig.noun_end or fig.q.end) : a])
        ):
            continue  # "800 soldiers, who flew home in May": the figure's own clause, with its verb
        if (a <= fig.q.start < b) != (a <= d.start < b):
            return True  # one is inside the side clause, the other outside
    return False


def _past_reading(d: DateMention, pub: str | None, sentence: str) -> str:
    """ "By the end of March, the force had 1,500": a figure already counted cannot be dated after
    publication, so in a sentence with no future in it a "by"/"end of" date resolved to the next such
    month means the last one."""
    pd, dd = parse_iso(pub or ""), parse_iso(d.value)
    if not (pd and dd and dd > pd) or not re.match(r"\d{4}", d.value) or _FUTURE.search(sentence):
        return d.value
    back = f"{int(d.value[:4]) - 1:04d}{d.value[4:]}"
    bd = parse_iso(back)
    return back if bd and bd <= pd else d.value


def _pluperfect_frame(ctx: Context, fig: Fig) -> str | None:
    """ "By the end of March, the GSF had 1,500 personnel. Chad had sent 600 soldiers": a past perfect
    sentence without a date of its own stays in the time frame the sentence before set."""
    s = fig.sent
    if s.index == 0 or not re.search(r"\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en|t|wn)\b", s.text):
        return None
    prev = ctx.sents[s.index - 1]
    if prev.headline:
        return None
    for d in prev.dates:
        if re.match(r"(?:by|as of|at)?\s*(?:the\s+)?(?:end|close)\s+of\b", d.text, re.I) or d.prefix in (
            "by",
            "as of",
        ):
            value = _past_reading(d, ctx.published, prev.text)
            pd, dd = parse_iso(ctx.published), parse_iso(value)
            if pd and dd and dd <= pd:
                return value
    return None


_CARRIED_MEASURES = (
    *_EVENT_MEASURES,
    "personnel.pledged",
    "funding.pledged",
    "funding.contributed",
    "funding.withheld",
)


def carried_date(ctx: Context, s: Sent) -> str | None:
    """The event date of an earlier sentence of the paragraph, for a sentence with no date.

    "African governments made pledges at a conference on Tuesday. Chad put forward 1,500 soldiers."
    Walks back over undated sentences to the first dated one; only a single past day-precision date
    that is neither a dateline, a reporting date nor the date of a Council decision carries.
    """
    if re.search(r"\b(?:now|currently|at present|so far|to date)\b", s.text, re.I):
        return None
    i = s.index
    while i > 0 and s.index - i < 3:
        prev = ctx.sents[i - 1]
        if prev.headline or "\n" in ctx.text[prev.end : ctx.sents[i].start]:
            return None
        if prev.dates:
            break
        i -= 1
    else:
        return None
    pd = parse_iso(ctx.published)
    days = []
    for d in prev.dates:
        dd = parse_iso(d.value)
        if d.precision != "day" or (pd and dd and dd > pd) or _dateline(ctx.text, prev, d):
            continue
        if re.search(r"\b(?:year|month|quarter|half|end|close)\b", d.text, re.I):
            continue  # a period's last day ("last year") is no event date
        before = ctx.text[max(prev.start, d.start - 40) : d.start]
        if re.search(_lex()["reporting_verbs"] + r"\s+$", before[-12:], re.I) or re.search(
            _lex()["council_verbs"], before, re.I
        ):
            continue
        days.append(d.value)
    return days[0] if len(days) == 1 else None
