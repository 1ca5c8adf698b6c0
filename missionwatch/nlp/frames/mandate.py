"""Mandate expiry and duration in extractor v2: dates and lengths in the frame of an extension.

An *expiry* is a date that ends a mandate: an end date ("until", "through", "to") on a verb that
extends, renews, authorises or keeps a mission, or that says how long a mandate runs ("now runs to",
"had run until"); or the day a mandate runs out ("expires on", "was due to lapse on", "would
otherwise have run out on Saturday"), not the day of an act that ends it ("leaders ended the
mandate on Thursday"). An end date on a ceiling ("deploy up to 12,626 personnel until 30 June") is
the ceiling's, not the mandate's.

A *duration* is a length in months or years ("for another year", "by 12 months", "a further year",
"a 12-month mandate", "an initial mandate of twelve months", "gave BINUH another year") hanging on
such a verb or on a mandate noun, in a decision that is taken (not "had proposed renewing it for
six months") and not a period to do something else ("one year to withdraw", "within a year").

Both take the mission their frame names (the mandate's owner, the extended force), else the
decision's, else the article's; and the day of the decision that set them: the superseded expiry of
"the previous mandate" the day of the resolution that set it, else of the current decision.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.context import Context, Raw, _mission_near
from missionwatch.nlp.dates import DateMention, parse_iso
from missionwatch.nlp.frames.article import Sentence, columns
from missionwatch.nlp.frames.clause import (
    RELATIVE,
    antecedent,
    chain_up,
    clause_verb,
    count_value,
    date_governor,
    resolution_numbers,
    unreal,
    verbal,
    words,
)
from missionwatch.nlp.frames.council import Decision, _own_date, mission_named, newest, security_council
from missionwatch.nlp.frames.lexicon import lexicon
from missionwatch.nlp.frames.missions import MISSION_NOUNS
from missionwatch.nlp.frames.owners import UNIONS  # (they decide their own missions' mandates)

DECIDING = ("extend", "create", "adopt", "vote")
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "ROOT"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def read(ctx: Context, s: Sentence, decs: list[Decision], current: Decision | None, out: list[Raw]) -> None:
    """mandate.expiry and mandate.duration of one sentence."""
    if s.doc is None:
        return
    # an act ends a mandate on its own day only when the text gives no day it takes effect, and an
    # act told is one done: its day is not after the article
    if "acts" not in ctx.memo:
        ctx.memo["acts"] = not TAKES_EFFECT.search(ctx.text)
    for d in s.dates:
        acts = bool(ctx.memo["acts"]) and not (ctx.published and d.value > ctx.published)
        frame = _expiry_frame(s, d, decs, acts=acts)
        if frame is None or _national(s, frame[0]):
            continue
        verb, theme = frame
        as_of = _as_of(ctx, s, verb, theme, decs, current)
        # the day of the act, as the text dates it (not a day a decision ends it from: "decided to
        # terminate the mandate on 3 December", which is read as ahead)
        acted = acts and not _provision(verb) and not _ended_as_of(s, d, verb) and _ended_that_day(s, d, verb)
        out.append(
            Raw(
                "mandate.expiry",
                d.value if acted else _year_of(d, verb, ctx.published, _decided(ctx, current)),
                d.start,
                d.end,
                s,  # type: ignore[arg-type]
                mission=_mission(ctx, s, verb, theme, decs, current),
                as_of=as_of or (d.value if acted else ctx.published),
                confidence=0.85,
                rule="frame:expiry",
                attrs={} if as_of or acted else {"undated": True},
            )
        )
    if not any(r.measure == "mandate.expiry" and r.sent is s for r in out):
        _ran_out_that_day(ctx, s, decs, current, out)
    if not any(r.measure == "mandate.expiry" and r.sent is s for r in out):
        _ended_the_same_day(ctx, s, decs, current, out)
    if not any(r.measure == "mandate.expiry" and r.sent is s for r in out):
        _labelled(ctx, s, decs, current, out)
    low = s.text.lower()
    lengths = s.doc if any(unit in low for unit in _UNIT_STEMS) else ()  # a length needs its word
    for u in lengths:
        months = _length(s, u)
        if months is None:
            continue
        frame = _duration_frame(s, u, decs)
        if frame is None or _national(s, frame[0]):
            continue
        verb, theme = frame
        first = u.left_edge if u.left_edge.i >= u.i - 4 else u
        as_of = _as_of(ctx, s, verb, theme, decs, current)
        out.append(
            Raw(
                "mandate.duration",
                months,
                s.pos(first),
                s.end_of(u),
                s,  # type: ignore[arg-type]
                unit="months",
                mission=_mission(ctx, s, verb, theme, decs, current),
                as_of=as_of or ctx.published,
                confidence=0.85,
                rule="frame:duration",
                attrs={} if as_of else {"undated": True},
            )
        )


SAME_DAY = frozenset({"midnight", "day", "night", "today", "tonight"})
RUN_OUT = frozenset({"expire", "lapse", "end"})


def _ran_out_that_day(
    ctx: Context, s: Sentence, decs: list[Decision], current: Decision | None, out: list[Raw]
) -> None:
    """ "The mandate renewed today had been due to expire at midnight", "MINURSO's mandate had been
    due to run out the same day": the old mandate ran to the day of the decision that renewed it."""
    assert s.doc is not None
    doc = s.doc
    for v in (doc[i] for i, lemma in enumerate(columns(doc).lemma) if lemma in RUN_OUT or lemma == "run"):
        lemma = v.lemma_.lower()
        out_ = lemma == "run" and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)
        scope = _due_as_a_noun(v)
        if not (lemma in RUN_OUT or out_) or not (_retro_or_due(v) or len(scope) > 1):
            continue
        when = [
            x
            for t in scope
            for c in t.children
            if c.dep_ in ("npadvmod", "prep", "advmod", "tmod") and c.i not in {y.i for y in scope}
            for x in c.subtree
            if x.lower_ in SAME_DAY
        ]
        theme = _theme(v) or next((c for c in scope[-1].children if c.dep_ == "nsubj"), None)
        day = _decided(ctx, current) or ctx.published
        if not when or not day or not _about_mandate(s, theme):
            continue
        out.append(
            Raw(
                "mandate.expiry",
                day,
                s.pos(when[0]),
                s.end_of(when[0]),
                s,  # type: ignore[arg-type]
                mission=_mission(ctx, s, v, theme, decs, current),
                as_of=_as_of(ctx, s, v, theme, decs, current) or ctx.published,
                confidence=0.75,
                rule="frame:expiry:that day",
            )
        )


# a fact box's label for a mandate's end ("New mandate end: …", "* New BINUH end date: …", "Mandate now
# runs to: …", "Mandate: runs to …", "End of mandate: …", "MANDATE EXPIRES: …", "MANDATE ENDED: …",
# "Authorisation runs to: …"); the word before "end date" a mandate, a mission or an acronym
_MANDATE = r"(?:mandate|authori[sz]ation)"
END_LABEL = re.compile(
    r"^[\W_]*(?:(?:new|current)\s+)?(?:(?:mandate|mission|(?-i:[A-Z]{3,}))\s+)?"
    rf"(?:{_MANDATE}\s+end(?:s|ed)?|end\s+date|end\s+of\s+(?:the\s+)?{_MANDATE}|{_MANDATE}\s+expir(?:es|ed|y)"
    rf"|{_MANDATE}(?:\s+now)?\s*:?\s*runs(?:\s+(?:to|until|through))?)\s*:?\s*$",
    re.I,
)


def labelled_end(s: Sentence) -> bool:
    """The sentence is a fact box's line of a mandate's end ("- New end date: 31 January 2027")."""
    return (
        bool(s.dates) and not s.headline and END_LABEL.match(s.text[: s.dates[0].start - s.start]) is not None
    )


def _labelled(
    ctx: Context, s: Sentence, decs: list[Decision], current: Decision | None, out: list[Raw]
) -> None:
    """ "Mandate now runs to: 31 January 2027": a fact box's line gives the end after its label, with
    no verb for the frames to read; the date must carry its year."""
    d = s.dates[0] if s.dates and s.doc is not None and len(s.doc) else None
    if d is None or not END_LABEL.match(s.text[: d.start - s.start]):
        return
    if not any(len(w) == 4 and w.isdigit() for w in d.text.replace(",", " ").split()):
        return
    assert s.doc is not None
    root = next((t for t in s.doc if t.head.i == t.i), s.doc[0])
    out.append(
        Raw(
            "mandate.expiry",
            d.value,
            d.start,
            d.end,
            s,  # type: ignore[arg-type]
            mission=_mission(ctx, s, root, None, decs, current),
            as_of=_decided(ctx, current) or ctx.published,
            confidence=0.8,
            rule="frame:expiry:label",
        )
    )


def _ended_the_same_day(
    ctx: Context, s: Sentence, decs: list[Decision], current: Decision | None, out: list[Raw]
) -> None:
    """ "resolution 2690, which terminated the mission's mandate that same day": the mandate ended the
    day of the decision that ended it."""
    day = _decided(ctx, current)
    for v, when in _the_same_day(s)[:1] if day else ():
        theme = _theme(v)
        if not _about_mandate(s, theme):
            continue
        out.append(
            Raw(
                "mandate.expiry",
                day,
                s.pos(when.left_edge),
                s.end_of(when),
                s,  # type: ignore[arg-type]
                mission=_mission(ctx, s, v, theme, decs, current),
                as_of=_as_of(ctx, s, v, theme, decs, current) or day,
                confidence=0.75,
                rule="frame:expiry:same day",
            )
        )


def _due_as_a_noun(v: Token) -> list[Token]:
    """ "The mandate had been due to lapse at midnight", parsed with "lapse" a noun under "due": the
    noun and the words up to the clause's verb, whose phrases date the running out."""
    if v.pos_ != "NOUN":
        return [v]
    scope, t = [v], v
    for _ in range(3):
        if t.head.i == t.i:
            break
        t = t.head
        scope.append(t)
        if t.pos_ in ("AUX", "VERB"):
            break
    return scope if any(x.lower_ == "due" for x in scope) and scope[-1].pos_ in ("AUX", "VERB") else [v]


def _retro_or_due(v: Token) -> bool:
    """ "had been due to expire", "was to lapse", "would have run out": a running out the decision
    forestalled (not "will expire at midnight" of a mandate still running)."""
    chain = list(chain_up(v))
    if any(t.lemma_.lower() == "due" or t.tag_ == "VBD" for t in chain):
        return True
    return any(c.lower_ in ("had", "would", "was") for t in chain for c in t.children)


# ---------------------------------------------------------------------------------------------
# the frames


def _expiry_frame(
    s: Sentence, d: DateMention, decs: list[Decision], *, acts: bool = False
) -> tuple[Token, Token | None] | None:
    """(verb, mandate) when the date ends a mandate; ``acts``: the day of an act that ends a mandate
    may be its end (:func:`_ended_that_day`)."""
    w = words()
    g = date_governor(s, d)
    if g is None:
        return None
    other = s.date_of(g)
    if other is not None and other is not d:  # "from 1 July 2025 to 30 June 2026"
        g = date_governor(s, other) or g
    if d.prefix in w.durations["end_prefixes"]:
        if not verbal(g) and w.noun("mandate", g):
            acl = [
                c for c in g.children if c.dep_ == "acl" and c.i < _first_index(s, d) and w.verb("extend", c)
            ]
            return (acl[-1] if acl else clause_verb(g)), g  # "the mandate, extended … until 2026,"
        if not verbal(g) and g.lemma_.lower() in w.durations["periods"]:
            return None  # "a budget for the year to 30 June": that period's end
        if not _mandate_runs(g):  # ("whose mandate runs until …", "runs" tagged a plural noun)
            g = clause_verb(g)  # "extended UNIFIL for a final time until…": the phrase hangs on a noun
        if g.lemma_.lower() in AUTHORISED_UNTIL and _under_a_resolution(s, g):
            return g, _theme(g)  # "Resolution 2767 allows up to 11,826 … until 30 June 2025", "under
            # that resolution the mission may field up to 11,826 … until 30 June 2025"
        if _ceiling(s, g):
            if g.lemma_.lower() in AUTHORISED_UNTIL and _a_missions_ceiling(s, g):
                return g, _theme(g)  # "MINUSCA is authorised to deploy up to 14,400 … until 15 November"
            return None
        theme = _theme(g)
        subject = next((c for c in g.children if c.dep_ == "nsubj"), None)
        if subject is None and g.pos_ == "NOUN":  # "the current one runs" tagged as a noun phrase
            subject = next((c for c in g.children if c.lower_ == "one"), None)
        subject = subject or _mandate_runs(g)  # ("mandate" hung on "runs" as a compound)
        if w.verb("run", g) and _about_mandate(s, theme):
            return g, theme  # "the extension takes the office to"
        if w.verb("run", g) and _about_mandate(s, subject):
            return g, theme or subject  # "the mandate now runs to", "the current one runs until"
        ran = w.verb("run", g) and not any(c.dep_ == "dobj" for c in g.children)
        up = g
        while subject is None and up.dep_ in ("xcomp", "acomp") and up.head.i != up.i:
            up = up.head  # "the force had been due to run": the subject of the clause above
            subject = next((c for c in up.children if c.dep_ == "nsubj"), None)
        if ran and _about_mission(s, subject):
            return g, subject  # "the force had been due to run until 31 August" (not "run patrols until")
        if unreal(g):
            return None
        if _deadline(g) and _ended_on_its_own_day(s):
            return None  # "terminated the mandate that same day and gave it until 31 December to withdraw"
        if (w.verb("extend", g) or w.verb("create", g)) and (
            _in_decision(g, decs) or _about_mission(s, theme)
        ):
            return g, theme
        if (w.verb("adopt", g) or w.verb("vote", g)) and _in_decision(g, decs):
            return g, theme
        before = _verb_before(s, d)
        if before is not None and before.i != g.i and w.verb("extend", before) and _in_decision(before, decs):
            return before, _theme(before)  # "extended for a further 12 months, until 20 December 2025,
            # the mandate of …": the parse hung "until" on a later verb
        return None
    if d.prefix == "by" and verbal(g) and g.lemma_.lower() in WOUND_UP and _in_decision(g, decs):
        told = [o for o in g.head.children if o.dep_ == "dobj"] if g.dep_ == "xcomp" else []
        if any(_about_mission(s, o) for o in told):
            return g, told[0]  # "asking the mission to complete its withdrawal by 31 December 2023"
    closing = _a_mission_closes(s, d, g, decs)
    if closing is not None:
        return closing
    root = s.root(d.start, d.end)
    verb = clause_verb(g)
    done = [
        v for v in (verb, *_acts_of_its_subject(verb)) if acts and v.i != g.i and _ended_that_day(s, d, v)
    ]
    told = [c for o in g.children if o.dep_ == "dobj" for c in o.children if _after_its_clause(s, d, c, g)]
    for v in (*_verbs_around(g), *_expire_in(root), *_next_to(s, d), *done, *told):
        if w.verb("expire", v) and (verbal(v) or v.i < _first_index(s, d)):
            if any(c.dep_ == "dobj" for c in v.children):
                if _ended_as_of(s, d, v) or (acts and _ended_that_day(s, d, v)):
                    return v, _theme(v)  # "decided to terminate the mandate of UNITAMS as of 3 December"
                continue
            theme = _theme(v if verbal(v) else clause_verb(v))
            if _about_mission(s, theme):
                return v, theme
    v = clause_verb(g)  # "terminated the mandate, effective 3 December": the date hangs on "effective"
    if w.verb("expire", v) and _ended_as_of(s, d, v):
        return v, _theme(v)
    return None


# verbs of a mission closing ("shuts down on 31 December", "voted to end UNITAMS on 3 December")
CLOSING = frozenset({"end", "terminate", "close", "shut", "wind", "stop", "cease", "dissolve"})
STOPPED = frozenset({"stop", "cease"})  # "stopped operating on 31 December"
# what a mission does that it ends with itself ("will cease operations on 31 December", "ended its
# deployment on 15 July", "closes its doors on Wednesday")
OWN_WORK = frozenset({"operation", "deployment", "work", "presence", "activity", "door", "mission"})


def _a_mission_closes(
    s: Sentence, d: DateMention, g: Token, decs: list[Decision]
) -> tuple[Token, Token] | None:
    """The day a mission itself ends: a mission that shuts down, closes or stops operating on a day
    ("UNAMI shuts down on December 31"), or a decision to end a mission on a day ("voted to end
    UNITAMS on Sunday, December 3"; the mission the object, not its mandate, which the readers above
    take). Never "it" alone, which may be a meeting or a visit."""
    if d.prefix != "on" or not verbal(g):
        return None
    v = g.head if g.dep_ == "xcomp" and g.head.lemma_.lower() in STOPPED else g
    if v.lemma_.lower() not in CLOSING:
        return None
    w = words()

    def a_mission(t: Token | None) -> bool:  # (or its acronym apposed: "the Assistance Mission (UNAMI)")
        return t is not None and (
            w.noun("mission", t)
            or any(
                s.entity_of(x, ("MISSION",)) is not None
                for x in (t, *(c for c in t.children if c.dep_ == "appos"))
            )
            # "The joint United Nations and African Union operation in Darfur, UNAMID, will cease",
            # parsed with "Nations" the subject and "operation" its conjunct
            or (
                any(w.noun("mission", x) for x in t.conjuncts)
                and any(s.entity_of(x, ("MISSION",)) is not None for x in t.subtree)
            )
        )

    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own_work = (
        obj is not None
        and obj.lemma_.lower() in OWN_WORK
        and not any(c.dep_ == "poss" and c.lower_ not in ("its", "their") for c in obj.children)
        # (not "ended its presence in South Kivu": a withdrawal from one place)
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "from") for c in (*obj.children, *v.children))
    )
    if (obj is None or own_work) and a_mission(subj) and subj is not None:
        return v, subj
    decided = v.dep_ == "xcomp" and v.head.lemma_.lower() in DECIDE
    by_a_text = subj is not None and w.noun("resolution", subj)
    if obj is not None and a_mission(obj) and not w.noun("mandate", obj) and (decided or by_a_text):
        return v, obj
    return None


# the words that say from when a decision takes effect ("as of 3 December", "with effect from")
TAKES_EFFECT = re.compile(r"\b(?:as\s+of|as\s+from|effective|with\s+effect\s+from)\b", re.I)
AS_OF = re.compile(TAKES_EFFECT.pattern + r"\s+(?:\w+day,?\s+)?$", re.I)
DECIDE = frozenset({"decide", "agree", "vote", "resolve"})


def _ended_as_of(s: Sentence, d: DateMention, v: Token) -> bool:
    """A decision ends a mandate from a day ("terminated UNITAMS' mandate as of 3 December",
    "decided to end the mandate of MINUSMA on 30 June"): that day is the mandate's end, not the day
    of the act (not "leaders ended the mandate on Thursday")."""
    if not any(c.dep_ == "dobj" and words().noun("mandate", c) for c in v.children):
        return False
    at = d.start - s.start
    lead = s.text[max(0, at - 30) : at]
    if d.prefix and d.text.lower().startswith(d.prefix.lower()):
        lead += d.text[: len(d.prefix)] + " "  # "with effect from Friday", the mention holding "from"
    if d.prefix.lower() in ("as of", "as from", "effective") or AS_OF.search(lead):
        return True
    # "decided to end the mandate on 30 June" (not "On 13 March leaders decided to end the mandate",
    # "decided on 22 December to end it": there the day is the decision's)
    g = date_governor(s, d)
    own = g is not None and (g.i == v.i or clause_verb(g).i == v.i or _after_its_clause(s, d, v, g))
    decided = v.dep_ == "xcomp" and v.head.lemma_.lower() in DECIDE
    return own and (decided or _provision(v)) and d.prefix == "on"


def _after_its_clause(s: Sentence, d: DateMention, v: Token, g: Token) -> bool:
    """ "adopted resolution 2715, which terminates the mandate of UNITAMS on Sunday": the parse hangs
    the day on "adopted"; a day right after a relative clause on that verb's object is the clause's."""
    if v.dep_ not in ("relcl", "acl") or v.head.head.i != g.i:
        return False
    first = _first_index(s, d)
    depth, words_ = 0, []
    for t in v.doc[v.right_edge.i + 1 : first]:  # (an acronym in brackets may hang elsewhere)
        depth += (t.text == "(") - (t.text == ")")
        if not (depth or t.is_punct or t.lower_ in d.prefix.lower().split()):
            words_.append(t)
    return first > v.right_edge.i and not words_


def _provision(v: Token) -> bool:
    """ "The text terminates the mandate of UNITAMS on Sunday": a decision's text told in the present
    ends a mandate on a day it sets, ahead of the article or on its day (not an act told done, whose
    day is the one before the article: "the Council terminated the mandate on Tuesday")."""
    w = words()
    if not any(c.dep_ == "dobj" and w.noun("mandate", c) for c in v.children):
        return False
    # ("a resolution terminating the mandate of UNITAMS on Sunday": the text's, in a participle)
    return v.tag_ in ("VBZ", "VBP") or (v.tag_ == "VBG" and v.dep_ == "acl" and w.noun("resolution", v.head))


def _ended_that_day(s: Sentence, d: DateMention, v: Token) -> bool:
    """ "On 13 March, an extraordinary summit terminated SAMIDRC's mandate", "Last Thursday, the
    leaders ended the mandate": a mandate ended by an act with no other day to end it ends the day of
    the act (the golds date it so); not when the sentence names the day it takes effect ("…, effective
    3 December") or a later day the mission is given ("gave the mission until 31 December")."""
    if not any(c.dep_ == "dobj" and words().noun("mandate", c) for c in v.children):
        return False
    if d.precision != "day":
        return False
    ends = [o for o in s.dates if o is not d and o.prefix in words().durations["end_prefixes"]]
    if any(not _deadline(date_governor(s, o)) for o in ends):
        return False
    g = date_governor(s, d)
    if g is None:
        return False
    if ends and g.i != v.i:
        return False  # beside a day given to leave by, only a day on the ending verb itself
    verb = clause_verb(g)
    # (a day fronted before coordinated verbs dates both: "On 13 March the summit terminated … and ordered …")
    acts = [*verb.conjuncts, *_acts_of_its_subject(verb)]
    return v.i in (g.i, verb.i) or any(c.i == v.i for c in acts)


GIVEN = frozenset({"give", "grant", "allow", "leave"})
# leaving a country (WOUND_UP below, and the phrasal verbs): "to pull out", "to hand over its bases"
DEPARTING = frozenset(
    {"complete", "finish", "conclude", "leave", "withdraw", "close", "wind", "depart"}
    | {"pull", "hand", "draw", "vacate", "transfer"}
)


def _deadline(g: Token | None) -> bool:
    """ "gave it until 31 December to pull out": a day given to leave by, not a mandate's end."""
    if g is None:
        return False
    g = g if g.lemma_.lower() in GIVEN else g.head
    return g.lemma_.lower() in GIVEN and any(  # (the parse may hang "to hand over" on the date)
        c.i > g.i
        and c.lemma_.lower() in DEPARTING
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        for c in g.subtree
    )


def _ended_on_its_own_day(s: Sentence) -> bool:
    """An act that ends a mandate with a day of its own: "terminated the mission's mandate that same
    day", "ends the mandate of the mission on Friday"."""
    return bool(_the_same_day(s)) or any(
        d.prefix == "on" and _ends_a_mandate(clause_verb(g)) for d in s.dates if (g := date_governor(s, d))
    )


def _ends_a_mandate(v: Token) -> bool:
    return words().verb("expire", v) and any(
        c.dep_ == "dobj" and words().noun("mandate", c) for c in v.children
    )


def _the_same_day(s: Sentence) -> list[tuple[Token, Token]]:
    """(verb, "day") where a verb ending a mandate is dated "that (same) day" or "the same day"."""
    assert s.doc is not None
    found = []
    for v in s.doc:
        if not _ends_a_mandate(v):
            continue
        for c in v.children:
            day = (
                next((x for x in c.subtree if x.lower_ == "day"), None)
                if c.dep_ in ("npadvmod", "prep")
                else None
            )
            if day is not None and any(x.lower_ in ("that", "same") for x in day.children):
                found.append((v, day))
    return found


def _acts_of_its_subject(verb: Token) -> list[Token]:
    """ "the summit terminated the mandate and ordered a withdrawal", parsed with "terminated" as a
    participle on "summit": a past verb with an object hung on the subject is the subject's own act."""
    return [
        c
        for subj in verb.children
        if subj.dep_ == "nsubj"
        for c in subj.children
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and any(x.dep_ == "dobj" for x in c.children)
    ]


def _mandate_runs(g: Token) -> Token | None:
    """The mandate of "its mandate runs until …" when the tagger reads "mandate runs" as a compound
    noun: the compound is the subject of the verb in disguise."""
    if g.pos_ not in ("NOUN", "VERB") or g.lemma_.lower() not in ("run", "expire", "end", "lapse"):
        return None
    return next((c for c in g.children if c.dep_ == "compound" and words().noun("mandate", c)), None)


# what a resolution lets a force do, up to a day: the authorisation's end
AUTHORISED_UNTIL = frozenset(
    {"allow", "authorise", "authorize", "permit", "field", "deploy", "keep", "maintain"}
)


def _under_a_resolution(s: Sentence, verb: Token) -> bool:
    """The clause is what a resolution does or allows: a resolution is its subject, or "under" one
    opens it."""
    texts = ("resolution", "text", "mandate")
    for t in (verb, *verb.ancestors):
        for c in t.children:
            # "The resolution allows", "Resolution 2767 allows" (its number parsed as the subject)
            if c.dep_ == "nsubj" and any(x.lemma_.lower() in texts for x in (c, *c.children)):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "under"
                and any(o.lemma_.lower() in texts for o in c.children)
            ):
                return True
    return False


def _verb_before(s: Sentence, d: DateMention) -> Token | None:
    """The nearest verb written before the date, when only its own phrases lie between."""
    toks = s.tokens(d.start, d.end)
    doc = s.doc
    if not toks or doc is None:
        return None
    for j in range(toks[0].i - 1, max(-1, toks[0].i - 12), -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and verbal(t):
            return t
        if t.text in ";:" or t.lower_ in RELATIVE:
            return None
    return None


def _next_to(s: Sentence, d: DateMention) -> list[Token]:
    """Where the parse goes wrong ("was due to lapse" read with "lapse" as a noun, a fronted "On 13
    March, the summit terminated…" hung on a later verb), the predicate next to the date: the word
    right before it, or the first verb after a date that opens the sentence."""
    toks = s.tokens(d.start, d.end)
    doc = s.doc
    if not toks or doc is None:
        return []
    first, last = toks[0].i, toks[-1].i
    out = [doc[first - 1]] if first > 0 else []
    if not any(t.pos_ == "VERB" for t in doc[:first]):
        out += [t for t in doc[last + 1 :] if t.pos_ == "VERB"][:1]
    return out


def _verbs_around(g: Token) -> list[Token]:
    """The verbs a date on ``g`` dates: ``g``, the verbs it governs through "was due to", and the
    verbs coordinated with it ("On 13 March the summit terminated the mandate and ordered…")."""
    out, todo = [g], [g]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("xcomp", "acomp") and c not in out:
                out.append(c)
                todo.append(c)
    if g.dep_ == "conj":
        out.append(g.head)
    out += [c for c in g.children if c.dep_ == "conj"]
    return out


def _first_index(s: Sentence, d: DateMention) -> int:
    """The index of a date's first token."""
    toks = s.tokens(d.start, d.end)
    return toks[0].i if toks else 0


def _expire_in(root: Token | None) -> list[Token]:
    """A verb of running out in an apposition to the date ("on 30 April, the day the previous mandate
    ran out")."""
    if root is None:
        return []
    return [x for c in root.children if c.dep_ == "appos" for x in c.children if x.dep_ == "relcl"]


def _year_of(d: DateMention, verb: Token, published: str | None, decided: str | None) -> str:
    """A date without its year (a weekday, "Oct. 2") on the side its frame says: a running out still
    ahead ("runs out on Oct. 2") the first one from publication, or from the decision for one
    told after it ("was due to lapse on Saturday", "would otherwise have run out on Saturday"); one
    told in the past perfect ("had run until 31 December") the last one before publication."""
    if any(len(w) == 4 and w.isdigit() for w in d.text.split()):
        return d.value
    day = parse_iso(d.value)
    if (
        day is not None
        and d.precision == "month"
        and published
        and (_prospective(verb) or _retrospective(verb))
    ):
        # "runs out in January" (said in October): the next January; "had run until June": the last
        ahead = _prospective(verb)
        pub = published[:7]
        months = [f"{y:04d}-{day.month:02d}" for y in range(day.year - 1, day.year + 2) if 1 <= y <= 9999]
        pick = [m for m in months if (m >= pub if ahead else m <= pub)]
        return (min(pick) if ahead else max(pick)) if pick else d.value
    if day is None or d.precision != "day":
        return d.value
    # the candidates stay within years 1 to 9999 (a publication date of 9999-12-31 is one the fuzzer gives)
    if any(ch.isdigit() for ch in d.text):
        near = [
            day.replace(year=y)
            for y in range(day.year - 2, day.year + 2)
            if 1 <= y <= 9999 and _valid(day, y)
        ]
    elif any(w.strip(",.").lower() in WEEKDAYS for w in d.text.split()):
        days = (day.toordinal() + 7 * k for k in range(-3, 4))
        near = [date.fromordinal(n) for n in days if 1 <= n <= date.max.toordinal()]
    else:
        return d.value  # "today", "this morning"
    said = parse_iso(published)
    if _provision(verb) and said is not None:
        # a text's day, the one nearest the article ("terminates the mandate on Sunday" in a Friday
        # story: the coming Sunday; "ends it on Thursday" told on Friday: the day before)
        return min(near, key=lambda x: abs(x.toordinal() - said.toordinal())).isoformat()
    if _prospective(verb):
        present = any(_present(v) and v.lemma_ != "be" for v in chain_up(verb))
        anchor = parse_iso(published if present else decided or published)
        later = [x for x in near if anchor is not None and x >= anchor]
        return min(later).isoformat() if later else d.value
    if _retrospective(verb) or verb.tag_ == "VBD":  # ("the old authorisation ran until 2 October")
        anchor = parse_iso(published)
        earlier = [x for x in near if anchor is not None and x <= anchor]
        return max(earlier).isoformat() if earlier else d.value
    return d.value


def _valid(day: date, year: int) -> bool:
    return not (day.month == 2 and day.day == 29 and year % 4)


def _decided(ctx: Context, current: Decision | None) -> str | None:
    """The day of the newest decision the article has reported so far."""
    days = [v for v in ctx.resolution_dates.values() if v and (not ctx.published or v <= ctx.published)]
    if current is not None and current.day is not None:
        days.append(current.day)
    return max(days) if days else None


def _prospective(verb: Token) -> bool:
    """A running out still ahead when said: present tense, "due to", "would (otherwise) have",
    "will" on the verb or the clause above it."""
    for v in _clause_chain(verb):
        if _present(v) and v.lemma_ != "be":
            return True
        if any(c.dep_ == "dobj" and words().noun("mandate", c) for c in v.children) and words().verb(
            "expire", v
        ):
            return True  # "terminated the mandate as of 3 December": a decision's end, on or after its day
        if v.lemma_.lower() == "due" or any(c.lower_ in ("would", "will", "due") for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in DECIDE and v.lemma_.lower() in CLOSING:
            return True  # "voted to end the operation on Dec. 31": an end on or after the decision
    return False


def _present(v: Token) -> bool:
    """Present tense, also where the tagger took "runs" in "the mandate runs to …" for a plural noun."""
    return v.tag_ in ("VBZ", "VBP") or (v.tag_ == "NNS" and v.lemma_.lower() in EXPIRY_VERBS_TAGGED_AS_NOUNS)


EXPIRY_VERBS_TAGGED_AS_NOUNS = frozenset(
    {"run", "runs", "expire", "expires", "end", "ends", "lapse", "lapses", "last", "lasts"}
)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the words above it up to its clause's verb ("had been due to lapse")."""
    out = list(chain_up(verb))
    t = out[-1]
    for _ in range(3):
        if (verbal(t) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) or t.dep_ in CLAUSES:
            break  # its own clause ends here ("the mandate, originally set to end on…, now runs")
        t = t.head
        out.append(t)
    return out


def _retrospective(verb: Token) -> bool:
    """Told in the past perfect ("had run until", "had kept the mission in place until")."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for v in _clause_chain(verb) for c in v.children)


def _duration_frame(s: Sentence, u: Token, decs: list[Decision]) -> tuple[Token, Token | None] | None:
    """(verb, mandate) when a length is a mandate's: "for/by N months" on a verb that extends or
    authorises, "another year" given or granted, "a mandate of 12 months", "a 12-month mandate"."""
    w = words()
    t, preps = u, []
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            break
        if h.pos_ == "ADP":
            preps.append(h.lower_)
            t = h
            continue
        if h.lemma_.lower() in w.durations["periods"] and t.lower_ == "of":
            t = h  # "for an initial period of 12 months"
            preps.pop()  # ("gives the MSS an initial period of twelve months": the period is the length)
            continue
        break
    g = t.head if t.head.i != t.i else t
    cadence = _renewal_cadence(u)
    if cadence is not None:
        return cadence, _theme(cadence)  # "its mandate is renewed every six months"
    if any(p in w.durations["not_preps"] for p in preps):
        return None
    if _first_term(u, t, g) and set(preps) <= {"for", "of"}:
        v = g if verbal(g) else clause_verb(g)  # "for an initial 12 months", "Initial mandate: 12
        return v, (g if w.noun("mandate", g) else _theme(v))  # months", "Twelve months at first."
    if not verbal(g):
        if w.noun("mandate", g) and (
            preps[-1:] in (["of"], ["for"]) or u.dep_ in ("compound", "amod", "nmod")
        ):
            v = clause_verb(g)
            return (v, g) if not unreal(v) else None
        if not preps:
            return None
        g = clause_verb(g)  # "replacing the MSS with a larger operation for 12 months"
    if preps and preps[-1] not in w.durations["preps"]:
        return None
    subject = next((c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subject = subject or _mandate_runs(g)  # "The GSF authorisation runs for …", parsed as a compound
    mandate_runs = subject is not None and (w.noun("mandate", subject) or w.noun("resolution", subject))
    if mandate_runs and w.verb("run", g) and not unreal(g):
        return g, subject  # "the renewal lasts 12 months"; not "UNMISS has been there 14 years"
    if preps == ["for"] and _a_mission_goes_on(s, g, subject, u):
        return g, subject  # "The mission now runs for another year", "will stay for another twelve months"
    granted = w.verb("grant", g)  # "gave BINUH another year"
    if not preps and not (granted or _counts_one(u)):
        return None  # "six months after the Council turned…" is no length of a mandate
    if granted and any(
        c.dep_ in ("xcomp", "advcl") and any(x.lower_ == "to" for x in c.children) for c in g.children
    ):
        return None  # "gives the mission one year to withdraw"
    if unreal(g):
        return None
    for v in chain_up(g):
        if any(w.verb(k, v) for k in DECIDING) and verbal(v):
            theme = _theme(v)
            if _in_decision(v, decs):
                return v, theme
            if _about_mission(s, theme) and any(w.verb(k, v) for k in DECIDING if k != "adopt"):
                return v, theme  # "extended UNMISS for a year"; not "had carried AMISOM for 15 years"
            return None
    return None


FIRST_TERM = frozenset({"initial"})
ONE_MORE = frozenset({"another", "further", "additional", "extra", "more"})


def _first_term(u: Token, t: Token, g: Token) -> bool:
    """A length told as a force's first term: "for an initial 12 months", "an initial period of
    twelve months", "Initial mandate: 12 months", "Twelve months at first" (golds give every one a
    mandate's length, whatever verb it hangs on: "may have up to 5,550 for an initial year")."""
    w = words()
    path = [u]
    while path[-1].i != t.i and path[-1].head.i != path[-1].i and len(path) < 6:
        path.append(path[-1].head)  # ("an initial period of 12 months": the period's word)
    owners = path + ([g] if w.noun("mandate", g) or g.lemma_.lower() in w.durations["periods"] else [])
    if any(c.dep_ == "amod" and c.lower_ in FIRST_TERM for x in owners for c in x.children):
        return True
    return _at(u, "first")


def _at(u: Token, word: str) -> bool:
    """ "at first", "at a time" on a length."""
    ats = [c for c in u.children if c.dep_ == "prep" and c.lower_ == "at"]
    return any(x.lower_ == word for c in ats for x in c.children)


def _renewal_cadence(u: Token) -> Token | None:
    """The renewing verb of a length every renewal gives ("renewed every six months", "renews it
    every six months", "for one year at a time"): each renewal's length is the mandate's."""
    every = any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in u.children)
    if not (every or _at(u, "time")):
        return None
    v = u.head if u.dep_ == "npadvmod" else None
    if u.dep_ == "pobj" and u.head.lower_ == "for" and u.head.head.i != u.head.i:
        v = u.head.head
    if v is None or not verbal(v) or v.lemma_.lower() not in RENEWING:
        return None
    return v


NOT_GOING_ON = frozenset({"be", "take", "bring"})  # run verbs that say nothing of a force going on
RENEWING = frozenset({"renew", "extend", "authorise", "authorize", "reauthorise", "reauthorize", "prolong"})


def _a_mission_goes_on(s: Sentence, g: Token, subject: Token | None, u: Token) -> bool:
    """A force that runs, stays or remains "for another year" (its subject a mission, the verb not
    denied): the length it was given ("The political office will stay for another twelve months")."""
    w = words()
    if subject is None or not verbal(g) or not w.verb("run", g) or g.lemma_.lower() in NOT_GOING_ON:
        return False
    if any(c.dep_ == "neg" for c in g.children):
        return False
    if subject.lemma_.lower() not in MISSION_NOUNS and s.entity_of(subject, ("MISSION",)) is None:
        return False
    return any(c.lower_ in ONE_MORE for c in u.children if c.dep_ in ("det", "amod", "advmod"))


def _counts_one(u: Token) -> bool:
    return any(c.lower_ in words().durations["one"] for c in u.children if c.dep_ in ("det", "amod"))


_UNIT_STEMS = ("month", "year", "week")  # what a length's word starts with (``_length``)


def _length(s: Sentence, u: Token) -> int | None:
    """Months in a length ending on ``u``: "12 months", "another year", "a further year", "six-month",
    "one more year"; not "a year ago", "every year", "one year to withdraw", nor part of a date."""
    if u.pos_ not in ("NOUN", "PROPN") or not u.lower_.startswith(_UNIT_STEMS):
        return None
    w = words()
    units: dict[str, int] = w.durations["units"]
    lemma = u.lemma_.lower()
    if lemma not in units:  # "year.[12": a footnote mark glued to the word
        lemma = "".join(itertools.takewhile(str.isalpha, u.lower_))
        lemma = lemma[:-1] if lemma.endswith("s") else lemma
    if not units.get(lemma) or s.date_of(u) is not None:
        return None
    kids = list(u.children)
    if any(
        c.lower_ in w.durations["not_preps"] or c.lower_ in w.durations["not_lengths"] for c in kids
    ) and not _renewal_cadence(u):
        return None
    if any(
        c.dep_ in ("acl", "relcl") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        for c in kids
    ):
        return None  # "one year to withdraw": a period for something else
    n: int | None = None
    for c in kids:
        if c.dep_ == "nummod":
            n = count_value(c)
    doc = u.doc
    if n is None and u.i >= 2 and doc[u.i - 1].text == "-":
        n = count_value(doc[u.i - 2])
    if n is None and _counts_one(u):
        n = 1
    if n is None or n <= 0:
        return None
    return n * units[lemma]


# ---------------------------------------------------------------------------------------------
# what the frame is about


def _theme(verb: Token) -> Token | None:
    """What a verb extends or what runs out: its object, else its subject (through "was due to",
    and the noun a relative clause hangs on)."""
    t = verb
    for _ in range(4):
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        for c in objs + subj:
            if c.lower_ in RELATIVE:
                ante = antecedent(t)
                if ante is not None:
                    return ante
                continue
            return c
        if t.dep_ in ("xcomp", "acomp", "conj", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        ante = antecedent(t)
        if ante is None:  # "The force's mandate runs until…" parsed with "mandate" as a modifier
            ante = next((c for c in t.children if c.i < t.i and words().noun("mandate", c)), None)
        return ante
    return None


def _national(s: Sentence, verb: Token) -> bool:
    """True when a country's own body extends or ends something ("Kenya's parliament voted to extend
    the deployment by six months"): its contingent's stay, not a mission's mandate."""
    w = words()
    v = verb
    for _ in range(4):  # the verb and those it is the infinitive of ("parliament voted to extend")
        doers = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
        doers += [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if any((w.noun("national", a) and not _of_an_organisation(s, a)) or _a_state(s, a) for a in doers):
            return True
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
    return False


def _a_state(s: Sentence, tok: Token) -> bool:
    e = s.entity_of(tok, ("COUNTRY",))
    return e is not None and e.code not in UNIONS


def _of_an_organisation(s: Sentence, body: Token) -> bool:
    """ "EU ministers", "AU heads of state", "the SADC summit": members acting for an organisation,
    which decides a mission's mandate, not a country's contingent."""
    return any(
        c.dep_ in ("compound", "amod", "poss", "nmod")
        and (s.entity_of(c, ("ORG",)) is not None or c.text in BLOCS)
        for c in body.children
    )


# what a decision tells a closing mission to have done by a day: its presence ends then
WOUND_UP = frozenset({"complete", "finish", "conclude", "leave", "withdraw", "close", "wind", "depart"})
BLOCS = frozenset({"EU", "European", "AU", "African", "SADC", "EAC", "ECOWAS", "NATO", "IGAD"})


def _about_mandate(s: Sentence, theme: Token | None) -> bool:
    """A mandate, an authorisation, a resolution, a mission's name, or "it" (or "the current one"
    after a mandate) standing for one."""
    if theme is None:
        return False
    w = words()
    if w.noun("mandate", theme):
        return _a_missions(s, theme)
    if w.noun("resolution", theme) or theme.lower_ in ("it", "its"):
        return True
    if theme.lower_ == "one" and s.doc is not None:  # "…renewed for six months; the current one runs"
        return any(w.noun("mandate", t) and t.i < theme.i for t in s.doc)
    return s.entity_of(theme, ("MISSION",)) is not None


def _a_missions(s: Sentence, mandate: Token) -> bool:
    """A mandate is a mission's unless its owner is someone else ("the transitional council's term",
    "the government's mandate"); the Security Council, a mission, a pronoun or no owner are fine."""
    w = words()
    for o in _owners(mandate)[1:]:
        if o.lower_ in RELATIVE:
            continue  # "whose": the antecedent is among the owners too
        if o.pos_ == "PRON" or s.entity_of(o, ("MISSION",)) or w.noun("mission", o):
            continue
        if s.date_of(o) is not None:
            continue  # "the authorization, first granted … of 2 October 2023": a day is no owner
        if o.pos_ == "PROPN" and o.dep_ == "pobj" and o.head.lower_ in ("on", "in", "at", "near", "across"):
            continue  # "the force on the Golan Heights, whose mandate runs …": "whose" hung on a place
        e = s.entity_of(o, ("ORG",))
        if e is not None and e.code in ("UN", "UNSC"):
            continue
        if o.lemma_.lower() == "council" and security_council(o):
            continue
        return False
    return True


def _about_mission(s: Sentence, theme: Token | None) -> bool:
    """What a decision extends: a mandate, or a mission ("renewed the force", "extended it")."""
    return _about_mandate(s, theme) or (theme is not None and words().noun("mission", theme))


def _in_decision(verb: Token, decs: list[Decision]) -> bool:
    chain = {t.i for t in chain_up(verb)}
    return any(d.verb.i in chain or verb.i in {t.i for t in chain_up(d.verb)} for d in decs)


def _a_missions_ceiling(s: Sentence, verb: Token) -> bool:
    """ "MINUSCA is authorised to deploy up to 14,400 … until 15 November": a mission (or "it") given
    its ceiling until a day, which is the day its authorisation ends."""
    up = verb
    for _ in range(3):
        subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return s.entity_of(subj, ("MISSION",)) is not None or (
                subj.lower_ == "it" and any(e.label == "MISSION" for e in s.ents)
            )
        if up.dep_ not in ("xcomp", "ccomp") or up.head.i == up.i:
            return False
        up = up.head
    return False


def _ceiling(s: Sentence, verb: Token) -> bool:
    """True when the verb's end date is a ceiling's: a count of personnel is what it sets."""
    personnel = lexicon().personnel
    inside: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp", "nsubjpass"):
            inside += list(c.subtree)
    ante = antecedent(verb)
    if ante is not None:
        inside.append(ante)
    for t in inside:
        if s.quantity_of(t) is not None and t.head.lemma_.lower() in personnel:
            return True
        if (
            t.lemma_.lower() in personnel
            and s.quantity_of(t) is None
            and any(s.quantity_of(c) for c in t.children)
        ):
            return True
    return False


def _deciding(verb: Token, decs: list[Decision]) -> Decision | None:
    chain = [t.i for t in chain_up(verb)]
    for i in chain:
        for d in decs:
            if d.verb.i == i:
                return d
    for d in decs:
        if verb.i in {t.i for t in chain_up(d.verb)}:
            return d
    return None


def _mission(
    ctx: Context,
    s: Sentence,
    verb: Token,
    theme: Token | None,
    decs: list[Decision],
    current: Decision | None,
) -> str | None:
    """The mission the frame names (the mandate's owner, the extended force; the force a decision
    creates), else the one its nouns stand for ("the force's mandate", "the office, whose
    mandate"), else the decision's, the one being discussed, the article's."""
    w = words()
    spans: list[list[Token]] = []
    if w.verb("create", verb):  # "convert the MSS into the GSF": the force it makes
        spans.append(list(verb.subtree))
    if theme is not None:
        spans.append(_phrase(theme))
    spans.append([t for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative") for t in _phrase(c)])
    for span in spans:
        codes = [e.code for t in span if (e := s.entity_of(t, ("MISSION",))) is not None]
        if codes:
            return newest(codes)
    for t in _owners(theme) + [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]:
        code = mission_named(ctx, s, t)
        if code:
            return code
    only = {e.code for e in s.ents if e.label == "MISSION"}
    objects = [theme, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    if len(only) == 1 and any(
        o is not None and (o.lemma_.lower() in MISSION_NOUNS or w.noun("mandate", o) or o.lower_ == "one")
        for o in objects
    ):
        return only.pop()  # "* BINUH - The Council renewed the UN political mission …", "* UNDOF: the
        # current one runs until 30 June": the one named
    d = _deciding(verb, decs)
    if d is not None and d.mission:
        return d.mission
    named = _named_resolutions_mission(s)
    if named:
        return named  # "- Mandate until 15 November 2025 under resolution 2759": that resolution's mission
    if current is not None and current.mission:
        return current.mission
    if ctx.resolution is not None and ctx.resolution_missions.get(ctx.resolution):
        since = _named_since(ctx, s)
        if since is not None and since != ctx.resolution_missions[ctx.resolution]:
            return since  # "* CAR (MINUSCA): … The mandate runs until 15 November": named after it
        return ctx.resolution_missions[ctx.resolution]
    pos = s.pos(theme) if theme is not None else s.pos(verb)
    return _mission_near(ctx, s, pos)


def _named_since(ctx: Context, s: Sentence) -> str | None:
    """The last mission named after the sentence that told the resolution being discussed, up to
    this one: a later mission is what "the mandate" now refers to."""
    at = ctx.memo.get("resolution_at")
    if not isinstance(at, int) or at >= s.index:
        return None
    for sent in reversed(ctx.sents[at + 1 : s.index + 1]):
        named = [e for e in sent.ents if e.label == "MISSION"]
        if named:
            return named[-1].code
    return None


def _named_resolutions_mission(s: Sentence) -> str | None:
    """The one mission the resolutions a sentence names by number are of, as the KB records them."""
    found = set()
    for number, _tok, _noun in resolution_numbers(s):
        kres = kbglue.resolution(number)
        if kres is not None and getattr(kres, "mission", None):
            found.add(kres.mission)
    return found.pop() if len(found) == 1 else None


def _phrase(tok: Token) -> list[Token]:
    """A noun's own phrase: its subtree without coordinated phrases and clauses hung on it."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("conj", "cc", "relcl", "advcl", "acl"):
            out += list(c.subtree)
    return out


def _just_before(rel: Token) -> Token | None:
    """The noun a ", whose" follows in the text (past a closing bracket)."""
    i = rel.i - 1
    if i < 0 or rel.doc[i].text != ",":
        return None
    i -= 1
    while i >= 0 and rel.doc[i].text in (")", "]"):
        i -= 1
    return rel.doc[i] if i >= 0 and rel.doc[i].pos_ in ("NOUN", "PROPN") else None


def _owners(theme: Token | None) -> list[Token]:
    """Whose mandate it is: the theme, its possessor ("the force's"), "of" phrase, or the noun a
    "whose" clause hangs on ("The office, whose mandate runs until…")."""
    if theme is None:
        return []
    out = [theme]
    for c in theme.children:
        if c.dep_ == "poss":
            out.append(c)
            if c.lower_ == "whose":
                before = _just_before(c)  # "… the SADC Mission in Mozambique (SAMIM), whose mandate
                if before is not None:  # ended": the name the comma closes, wherever the parse hangs it
                    out.append(before)
                    continue
                t = theme
                while t.dep_ != "relcl" and t.head.i != t.i:
                    t = t.head
                if t.dep_ == "relcl":
                    out.append(t.head)
        if c.dep_ == "prep" and c.lower_ == "of":
            out += [p for p in c.children if p.dep_ == "pobj"]
    if len(out) == 1:  # "The force's mandate runs" parsed with the possessor on the verb
        for c in theme.head.children:
            if c.dep_ == "poss" and c.i < theme.i:
                out.append(c)
                t = theme.head  # "UNDOF, whose current mandate runs until …", "mandate runs" one noun
                if c.lower_ == "whose" and t.dep_ == "relcl":
                    out.append(t.head)
    return out


def _as_of(
    ctx: Context,
    s: Sentence,
    verb: Token,
    theme: Token | None,
    decs: list[Decision],
    current: Decision | None,
) -> str | None:
    """The day of the decision that set the value: its own, the resolution that set a superseded
    mandate ("set by resolution 2703 of 30 October 2023"), else the decision being discussed."""
    d = _deciding(verb, decs)
    if d is not None:
        if d.day is not None:
            return d.day
        if d.res:
            kres = kbglue.resolution(d.res)
            known = ctx.resolution_dates.get(d.res) or (kres.date if kres is not None else None)
            if known:
                return str(known)
    for phrase in (
        theme,
        *(c for v in chain_up(verb) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")),
    ):
        if phrase is None:
            continue
        inside = {t.i for t in phrase.subtree}
        for x in decs:  # "the previous renewal, resolution 2737 of 27 June, had run until…"
            if x.verb.i in inside and x.date is not None:
                return x.date.value
    own = _own_date(ctx, s, list(chain_up(verb)))
    if own is not None and not words().verb("expire", verb):
        return own.value
    if current is not None and current.day is not None:
        return current.day
    if ctx.resolution is not None and ctx.resolution in ctx.resolution_dates:
        since = _named_since(ctx, s)
        if since is not None and since != ctx.resolution_missions.get(ctx.resolution):
            return None  # another mission's mandate, told as it stands: not that resolution's day
        return ctx.resolution_dates[ctx.resolution]
    return None  # undated: publication, unless the next sentence dates the decision
