"""Security Council decisions in extractor v2, read from the parse: adoptions, penholders, and
(through ``votes.py`` and ``mandate.py``) tallies, member votes, mandate expiry and duration.

A *decision* is a verb of deciding (adopt, pass, renew, extend, authorise, create, terminate, vote)
taken by the Council: its doer is the Council, or a resolution is one of its arguments ("resolution
2808 extends…", "adopted resolution 2766", "set by resolution 1701"), or, with no doer, the
sentence speaks of the Council or the KB knows a resolution adopted that day for its mission. A
resolution named with its own date ("resolution 2749 of August 2024") is a decision too. Its
number is the one its arguments name, else the one the KB records for its date and mission; its
date is the one its clause gives; its mission the KB's for the number, else the one its arguments
name (a successor over its predecessor: "turned the MSS into the GSF"), else the article's.

Claims are v1's ``Raw`` objects and the document state (the resolution being discussed, its date
and mission) lives in v1's ``Context``, so dedupe and the backfill of unnamed resolutions work
unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.context import Context, Raw, _mission_near
from missionwatch.nlp.dates import DateMention, parse_iso, shifted
from missionwatch.nlp.entities import Entity, country_code
from missionwatch.nlp.frames.article import Sentence, columns
from missionwatch.nlp.frames.clause import (
    RELATIVE,
    agents,
    antecedent,
    chain_up,
    clause_verb,
    countries_of,
    country_of,
    date_governor,
    has_any,
    having,
    resolution_numbers,
    set_off_in_time,
    unreal,
    verbal,
    words,
)
from missionwatch.nlp.frames.measure import BULLET
from missionwatch.nlp.frames.parse import parse
from missionwatch.nlp.numbers import words_to_number

KINDS = ("adopt", "extend", "create", "terminate", "vote")
UN_ORGS = frozenset({"UN", "UNSC"})
RES_PREPS = frozenset({"by", "in", "through", "under", "with", "via", "as", "for", "on"})


@dataclass
class Decision:
    """One decision of a sentence (a verb, or a resolution named with its date)."""

    verb: Token
    kinds: set[str]
    res: str | None = None  # its number
    res_tok: Token | None = None  # the words that name it
    anaphor: bool = False  # "It extends…", "The text was adopted": the resolution being discussed
    council: bool | None = None  # taken by the Council (None: the parse does not say)
    date: DateMention | None = None
    mission: str | None = None
    linked: bool = False  # number from the KB
    known: str | None = None  # the day an earlier sentence gave for its resolution
    parents: list[Decision] = field(default_factory=list)

    @property
    def day(self) -> str | None:
        return self.date.value if self.date is not None else self.known


def council(ctx: Context, s: Sentence, nxt: Sentence | None, out: list[Raw]) -> None:
    """Council decisions and mandates of one sentence, appended to ``out`` as raw claims."""
    from missionwatch.nlp.frames import mandate, votes

    labelled = mandate.labelled_end(s)  # a fact box's "New end date: 31 January 2027": no Council word
    if not ensure_parsed(s, whatever_its_words=labelled):
        return
    if _about_council(s):
        ctx.memo["council_at"] = s.index
    elif not _runs_on_from(ctx, s) and not labelled:
        return
    named = resolution_numbers(s)
    decs = decisions(ctx, s, named, nxt)
    for d in decs:
        _adoption(ctx, s, d, out)
    told = ctx.resolution
    current = _set_current(ctx, s, decs, named)
    if ctx.resolution != told or current is not None:
        ctx.memo["resolution_at"] = s.index  # where the resolution discussed was last told
    votes.read(ctx, s, nxt, decs, current, out)
    _penholders(ctx, s, decs, named, current, out)
    mandate.read(ctx, s, decs, current, out)


def ensure_parsed(s: Sentence | None, *, whatever_its_words: bool = False) -> bool:
    """Parse a sentence the figure passes skipped when it speaks of the Council or a mandate (``read``
    parses these with the rest when given the stems; this is for an article read without them)."""
    if s is None or s.headline or s.dump:
        return False
    if s.doc is None:
        low = s.text.lower()
        if not whatever_its_words and not any(stem in low for stem in words().stems):
            return False
        s.offset = s.start
        s.doc = parse([s.text])[0]
    return True


def _runs_on_from(ctx: Context, s: Sentence) -> bool:
    """A sentence right after one about the Council that tells how far "it" now runs ("The Council
    renewed the mandate of MINUSMA. It now runs until 30 June 2020."): the mandate's end, though the
    sentence names neither the Council nor the mission."""
    if ctx.memo.get("council_at") != s.index - 1 or s.doc is None:
        return False
    ends = words().durations["end_prefixes"]
    return any(d.prefix in ends for d in s.dates) and any(words().verb("run", t) for t in s.doc)


def _about_council(s: Sentence) -> bool:
    """A cheap test before the frames: a mission, the UN, or a word of the Council's own classes."""
    if any(e.label == "MISSION" or (e.label == "ORG" and e.code in UN_ORGS) for e in s.ents):
        return True
    from missionwatch.nlp.frames.votes import VOTE_LABEL

    if VOTE_LABEL.match(s.text):
        return True  # "In favour: Algeria, Denmark, …" in a press release's vote record
    assert s.doc is not None
    anchors = words().anchors
    cols = columns(s.doc)
    return not anchors.isdisjoint(cols.lemma) or not anchors.isdisjoint(cols.lower)


# ---------------------------------------------------------------------------------------------
# decisions


def decisions(
    ctx: Context, s: Sentence, named: list[tuple[str, Token, Token]], nxt: Sentence | None
) -> list[Decision]:
    """The decisions of a sentence, with resolution, date and mission filled in where the text,
    the sentence before or the KB gives them."""
    assert s.doc is not None
    w = words()
    numbers = {t.i: n for n, t, _ in named} | {noun.i: n for n, _, noun in named}
    out: list[Decision] = []
    deciding = frozenset().union(*(w.verbs[k] for k in KINDS))
    for t in having(s.doc, deciding) if has_any(s.doc, deciding) else ():
        if not verbal(t) or unreal(t) or habitual(t):
            continue
        if _money_theme(s, t):
            continue  # "approved a budget of $5.38 billion", "$6.1 billion approved for 2023-24"
        kinds = {k for k in KINDS if w.verb(k, t)}
        d = Decision(t, kinds)
        d.res, d.res_tok, d.anaphor = _resolution_arg(t, numbers)
        if d.res is None and not (concerns_mission(s, t) or (_no_object(t) and not w.verb("needs_theme", t))):
            continue  # "the figures the Council set a year ago", "adopted a presidential statement"
        d.council = _taker(s, d)
        if d.council is False:
            continue
        out.append(d)
    for n, _, noun in named:  # "resolution 2749 of August 2024": a decision named with its date
        if not any(x.res == n for x in out):
            d = Decision(noun, {"named"}, res=n, res_tok=noun, council=True)
            d.date = _own_date(ctx, s, [noun])
            if d.date is not None:
                out.append(d)
            elif _a_forces_basis(noun):
                d.kinds.add("basis")  # "deployed in June 1999 under resolution 1244": the record's day
                out.append(d)
    by_verb = {d.verb.i: d for d in out}
    for d in out:  # "voted unanimously to extend", "adopted…, renewing its mandate": one decision
        d.parents = [by_verb[t.i] for t in list(chain_up(d.verb))[1:] if t.i in by_verb]
        if d.verb.dep_ in ("relcl", "acl") and d.verb.head.i in by_verb:
            d.parents.append(by_verb[d.verb.head.i])
    for d in out:
        for p in d.parents:
            if d.res is None and not d.anaphor and p.res is not None:
                d.res, d.res_tok = p.res, p.res_tok
            if d.council is None:
                d.council = p.council
            if p.res is None and d.res is not None and d.verb.dep_ in ("advcl", "xcomp"):
                p.res, p.res_tok = d.res, d.res_tok  # "extended…, adopting resolution 2765"
    for d in out:
        head = d.verb.head
        if d.date is None and d.verb.dep_ == "relcl" and s.date_of(head) is not None:
            d.date = s.date_of(head)  # "last November, when resolution 2760 passed"
        if d.date is None and "named" not in d.kinds:
            # "decided to terminate the mandate on 3 December": that day is the end's; the decision's
            # day is the one "decided" carries ("this morning")
            taken = (
                d.verb.head if d.verb.dep_ == "xcomp" and d.verb.head.lemma_.lower() == "decide" else d.verb
            )
            d.date = _own_date(
                ctx, s, [*chain_up(taken, dates=True), *([d.res_tok] if d.res_tok is not None else [])]
            )
        if d.date is None and set_off_in_time(d.verb):
            d.date = _shifted(ctx, s, d)
    for d in out:
        if d.date is None and d.res is not None:
            d.date = next((x.date for x in out if x.res == d.res and x.date is not None), None)
        for p in d.parents:
            if d.date is None and (d.res is None or p.res in (None, d.res)) and not set_off_in_time(d.verb):
                d.date = p.date
    for d in out:
        _identify(ctx, s, d, nxt)
    return [d for d in out if d.council and not (d.res is None and _another_bodys_mission(d.mission))]


# verbs of a force sent or working under a text ("deployed in June 1999 under resolution 1244"): the
# text is its basis (not "has been in Kosovo under resolution 1244", where golds give no adoption)
BEING_THERE = frozenset({"deploy", "operate", "serve", "station"})


def _a_forces_basis(noun: Token) -> bool:
    """A resolution a force went in under: "under" on a verb of sending or working (BEING_THERE)."""
    prep = noun.head
    if prep.lower_ != "under" or prep.head.i == prep.i:
        return False
    v = prep.head
    return verbal(v) and v.lemma_.lower() in BEING_THERE


def _another_bodys_mission(code: str | None) -> bool:
    """A mission the Security Council never mandated ("Operation Atalanta", "EUMA"): "the Council
    extended it" is its own organisation's council."""
    m = kbglue.mission(code)
    return m is not None and getattr(m, "kind", None) == "eu" and not kbglue.has_resolutions(m.code)


BUDGET_NOUNS = frozenset({"budget", "appropriation", "funding", "spending", "allocation", "assessment"})


def _money_theme(s: Sentence, verb: Token) -> bool:
    """A decision on money (a budget, a sum): the General Assembly's, never the Council's."""
    args = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        args.append(verb.head)
    for a in args:
        if a.lemma_.lower() in BUDGET_NOUNS:
            return True
        q = s.quantity_of(a)
        if q is not None and q.unit and q.unit not in ("persons", "percent"):
            return True
    return False


EVERY = frozenset({"each", "every"})
REGULARLY = frozenset({"annually", "yearly", "routinely", "regularly", "usually", "traditionally"})


def habitual(verb: Token) -> bool:
    """ "is renewed each November", "renews it every January", "renewed annually": what the Council
    does by habit, not one decision with a date."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in REGULARLY:
            return True
        if c.dep_ in ("npadvmod", "tmod", "dobj", "advmod") and any(
            d.dep_ == "det" and d.lower_ in EVERY for d in c.children
        ):
            return c.dep_ != "dobj" or c.lower_ in MONTHS_AND_SPANS
    return False


MONTHS_AND_SPANS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "year", "month", "autumn", "spring", "summer", "winter"}
)  # fmt: skip


def concerns_mission(s: Sentence, verb: Token) -> bool:
    """True when a verb acts on a mission, a mandate or a text: its object or passive subject is one,
    or names a mission ("backing the conversion of the MSS into the GSF")."""
    w = words()
    args = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    args += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    ante = antecedent(verb)
    if ante is not None and verb.dep_ == "acl":
        args.append(ante)
    for a in args:
        if a.lower_ in RELATIVE and verb.dep_ == "relcl":
            a = verb.head
        if (
            w.noun("mandate", a)
            or w.noun("mission", a)
            or w.noun("resolution", a)
            or a.lower_ in ("it", "them")
        ):
            return True
        if any(s.entity_of(t, ("MISSION",)) for t in a.subtree):
            return True
    return False


def _no_object(verb: Token) -> bool:
    """An intransitive decision ("the text passed", "members voted") or one whose object is told what
    to do ("authorised member states to deploy")."""
    # (a tally's numbers the parse hangs on the verb are no object: "the text passed 14-0-1")
    kids = [c.dep_ for c in verb.children if not (c.dep_ == "dobj" and c.tag_ in ("CD", "SYM"))]
    return "xcomp" in kids or not any(d in ("dobj", "nsubjpass") for d in kids)


def _resolution_arg(verb: Token, numbers: dict[int, str]) -> tuple[str | None, Token | None, bool]:
    """The resolution a decision verb's own arguments name: subject, object, "by/in/under resolution
    N", the noun its relative clause hangs on ("resolution 2766, …, which renewed"); an unnumbered
    "the text"/"it" means the resolution being discussed."""
    w = words()
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    preps = list(verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "decide":
        preps += list(verb.head.children)  # "decided, by resolution 2790, to extend UNIFIL"
    for c in preps:  # "by/in/under resolution N", "voted for/on resolution N", "in favour of N"
        if c.dep_ in ("prep", "agent") and c.lower_ in RES_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    args.append(p)
                    args += [
                        x for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for x in q.children
                    ]
    ante = antecedent(verb)
    if ante is not None:
        args.append(ante)
    anaphor = False
    for a in args:
        for x in (a, a.head if a.dep_ == "appos" else a):
            if x.i in numbers:
                return numbers[x.i], x, False
            for c in x.children:
                if c.i in numbers:
                    return numbers[c.i], x, False
        if a.lower_ in RELATIVE and ante is None:
            continue
        if w.noun("resolution", a) or (a.lower_ in ("it", "this") and a.dep_ in ("nsubj", "nsubjpass")):
            anaphor = True
    return None, None, anaphor


def _taker(s: Sentence, d: Decision) -> bool | None:
    """Who takes a decision: True for the Council (or a resolution), False for another body or a
    member voting on its own ("SADC extended it", "Russia voted in favour"), None when unsaid."""
    w = words()
    if d.res is not None and d.res_tok is not None and d.res_tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    for a in agents(d.verb):
        if a.lemma_.lower() == "council":
            return security_council(a)  # not "the AU Peace and Security Council"
        if w.noun("council", a) or w.noun("resolution", a):
            return True
        e = s.entity_of(a, ("ORG", "COUNTRY", "MISSION"))
        if e is not None and e.label == "ORG" and e.code in UN_ORGS:
            return True
        if e is not None or country_of(s, a) is not None:
            return False
        if a.pos_ == "PROPN" and a.lower_ not in ("u.n.", "un"):
            return False  # another named body: "an extraordinary SADC summit"
    if d.res is not None:
        return True
    if "vote" in d.kinds and d.kinds <= {"vote", "adopt"} and not d.anaphor:
        return None if _council_words(s) else False
    return None


def _council_words(s: Sentence) -> bool:
    """True when the sentence names the Security Council, the UN or a resolution."""
    assert s.doc is not None
    w = words()
    for t in s.doc:
        if t.lemma_.lower() == "council":
            if security_council(t):
                return True
        elif w.noun("resolution", t) and t.lemma_.lower() != "measure":
            return True
    return any(e.label == "ORG" and e.code == "UN" for e in s.ents)


def security_council(council: Token) -> bool:
    """ "the Council", "the UN Security Council", "the 15-member Council"; not another body's council
    ("the AU Peace and Security Council", "Haiti's transitional council", "the EU Council")."""
    allowed = words().nouns["security_council"]
    mods = [c for c in council.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
    mods += [x for c in mods for x in c.conjuncts]
    owners = [o for c in council.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    if any(not ({t.lower_ for t in o.subtree} & allowed) for o in owners if o.dep_ == "pobj"):
        return False  # "the Council of the EU", "the Council of Ministers": another body's
    return all(c.lower_ in allowed or c.lemma_.lower() in allowed for c in mods)


def _own_date(ctx: Context, s: Sentence, toks: list[Token]) -> DateMention | None:
    """The day of a decision: a date its clause (or the resolution's noun) governs that is not an end
    date ("until", "through"), a reporting date, a dateline, or after publication; the one attached
    nearest to the first of ``toks`` wins."""
    rank = {t.i: n for n, t in reversed(list(enumerate(toks)))}
    w = words()
    pub = parse_iso(ctx.published)
    best: tuple[int, DateMention] | None = None
    for dm in s.dates:
        if dm.prefix in w.durations["not_event"] or dm.start < s.offset:
            continue
        dd = parse_iso(dm.value)
        if pub is not None and dd is not None and dd > pub:
            continue
        g = date_governor(s, dm)
        if g is None:
            continue
        root = s.root(dm.start, dm.end)
        if (
            root is not None
            and root.dep_ in ("compound", "nummod", "amod", "poss")
            and g.pos_ in ("NOUN", "PROPN")
            and (dm.start < s.pos(g) or dm.precision != "day")
        ):
            continue  # "after the 2006 war": the date of the war, not of the decision (a date after
            # the noun, "resolution 2699, 2 October 2023", is no modifier, however it was parsed)
        n = rank.get(g.i, rank.get(clause_verb(g).i))
        if n is not None and (best is None or n < best[0]):
            best = (n, dm)
    return best[1] if best else None


def _shifted(ctx: Context, s: Sentence, d: Decision) -> DateMention | None:
    """ "arrived on Tuesday, nine months after the Council approved the mission": the day of a
    decision set off in time is its head's (the publication's for a head in the present) moved by
    the length given, and only the KB's record of the mission's resolution nearest to it, when
    one lies close enough, gives the decision its day and number."""
    w = words()
    sign = w.durations["offsets"][set_off_in_time(d.verb)]
    span = w.durations["offset_days"]
    length = next((c for c in d.verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in span), None)
    count = next((c for c in length.children if c.dep_ == "nummod"), None) if length is not None else None
    n = _count(count) if count is not None else None
    if length is None or count is None or not n:
        return None
    head = d.verb.head
    anchor = _own_date(ctx, s, list(chain_up(head, dates=True)))
    day = parse_iso(anchor.value) if anchor is not None else None
    if day is None and head.tag_ in ("VBZ", "VBP"):  # "six months after …, the force still has"
        day = parse_iso(ctx.published)
    mission = _mission_of(ctx, s, d.verb)
    if day is None or not mission:
        return None
    unit = span[length.lemma_.lower()]
    when = shifted(day, sign * n * unit)
    if when is None:
        return None
    slack = timedelta(days=45 if unit >= 30 else 10 if unit == 7 else 3)
    months = {str(m)[:7] for k in (-31, 0, 31) if (m := shifted(when, k)) is not None}
    near = [
        r
        for m in sorted(months)
        for r in kbglue.adopted_on(m, mission)
        if _related(r, mission) and abs(_day(r) - when) <= slack
    ]
    if not near:
        return None
    r = min(near, key=lambda r: abs(_day(r) - when))
    d.res, d.mission, d.linked = str(r.number), r.mission, True
    a, b = s.pos(count), s.end_of(length)
    text = s.text[a - s.start : b - s.start]
    return DateMention(a, b, str(r.date), "day", text=text, relative=True)


def _day(r: object) -> date:
    return parse_iso(str(getattr(r, "date", ""))) or date.min


def _count(tok: Token) -> int | None:
    """A small count in words or digits ("nine", "11", "a")."""
    if tok.like_num:
        return words_to_number(tok.lower_) if not tok.text.isdigit() else int(tok.text)
    return 1 if tok.lower_ in ("a", "an", "one") else None


def _identify(ctx: Context, s: Sentence, d: Decision, nxt: Sentence | None) -> None:
    """Fill in the decision's number (KB by date and mission, or the one the next sentence names),
    its mission and whether the Council took it."""
    kres = kbglue.resolution(d.res) if d.res else None
    if d.res is None and d.anaphor and ctx.resolution and not _another_decision(ctx, s, d):
        d.res = ctx.resolution
        kres = kbglue.resolution(d.res)
    if d.date is None and d.res is not None:
        d.known = ctx.resolution_dates.get(d.res)
    about = _mission_of(ctx, s, d.verb)
    d.mission = resolution_mission(ctx, kres, about) or about
    if d.res is None and d.date is not None:
        whole_year = d.date.relative and d.date.text.lower().endswith("year")  # "last year"
        found = [
            r
            for r in kbglue.adopted_on(d.date.value[:4] if whole_year else d.date.value, d.mission)
            if _related(r, d.mission) and (not whole_year or r.mission == d.mission)
        ]
        if whole_year and len(found) == 1:
            d.date = replace(d.date, value=str(found[0].date))  # the record's day, not the year's end
        if found and (len(found) == 1 or not whole_year):
            r = found[-1]
            d.res, d.mission, d.linked = r.number, resolution_mission(ctx, r, d.mission) or r.mission, True
        elif nxt is not None and ensure_parsed(nxt) and not resolution_numbers(s):
            # (the next sentence's number only where this one names none: "Established by resolution
            # 1270, adopted on 22 October 1999" is not the 1346 of the next line)
            following = {n for n, _, _ in resolution_numbers(nxt)}
            if len(following) == 1:
                n = following.pop()
                kn = kbglue.resolution(n)
                if kn is None or str(kn.date).startswith(d.date.value[:7]):
                    d.res, d.linked = n, True
                    if kn is not None:
                        d.mission = resolution_mission(ctx, kn, d.mission) or kn.mission
    if d.council is None:
        linkable = any(words().verb("kb_link", x) for x in (d.verb, *(p.verb for p in d.parents)))
        # "UNITAMS was set up in June 2020": a mission's founding is the Council's when the record's
        # resolution of that month is the one that founded it
        founding = (
            words().verb("create", d.verb)
            and d.verb.dep_ == "ROOT"  # not an aside: "MINURSO, established in 1991, …"
            and d.date is not None
            and len(d.date.value) >= 7
            and kbglue.founded_by(d.res, d.mission)
        )
        d.council = (d.res is not None and d.linked and (linkable or founding)) or _council_words(s)


def _another_decision(ctx: Context, s: Sentence, d: Decision) -> bool:
    """ "On Thursday the Council renewed BINUH's mandate, in a text again prepared by …" after a
    paragraph on resolution 2793: "the text" is not the one discussed when the decision's own day or
    own mission tells another."""
    ante = ctx.resolution or ""
    kres = kbglue.resolution(ante)
    known = ctx.resolution_dates.get(ante) or str(getattr(kres, "date", "") or "")
    if (
        d.date is not None
        and known
        and not known.startswith(d.date.value[:7])
        and not d.date.value.startswith(known[:7])
    ):
        return True
    own = _mission_of(ctx, s, d.verb)
    return bool(own and getattr(kres, "mission", None) and not _related(kres, own))


def _related(r: object, mission: str | None) -> bool:
    """A resolution the KB dates that day is this decision's when it is on the same mission, its
    predecessor or successor (or the decision's mission is not known)."""
    if not mission:
        return True
    m = kbglue.mission(mission)
    near = {mission, getattr(m, "successor", None), getattr(m, "predecessor", None)}
    return getattr(r, "mission", None) in near or mission in getattr(r, "also_missions", ())


def mission_named(ctx: Context, s: Sentence, tok: Token) -> str | None:
    """The mission a word stands for: a mission's name, or "the force", "the office", "the new force"
    read against the missions the article names."""
    e = s.entity_of(tok, ("MISSION",))
    if e is not None:
        return e.code
    noun = tok.lemma_.lower()
    if noun not in words().nouns["mission"]:
        return None
    named = {e.code for x in ctx.sents for e in x.ents if e.label == "MISSION"}
    if any(c.lower_ == "new" for c in tok.children):
        newer = [c for c in named if getattr(kbglue.mission(c), "predecessor", None) in named]
        if len(newer) == 1:
            return newer[0]
    fits = [c for c in named if noun in (getattr(kbglue.mission(c), "name", "") or "").lower()]
    return fits[0] if len(fits) == 1 else None


def resolution_mission(ctx: Context, kres: object, near: str | None = None) -> str | None:
    """The mission a resolution is filed under, or, for one that set up or serves several ("1244"
    for UNMIK and KFOR), the one the sentence is about (``near``: named in it or the mission the
    text is on there), else the other one when the article names only that."""
    if kres is None:
        return None
    own = str(getattr(kres, "mission", "") or "") or None
    theirs = [m for m in (own, *getattr(kres, "also_missions", ())) if m]
    if len(theirs) < 2:
        return own
    if near is not None and near in theirs and _beside(own, near):
        return near  # "KFOR … deployed under resolution 1244": KFOR's, though 1244 is filed under UNMIK
    named = {e.code for sent in ctx.sents for e in sent.ents if e.label == "MISSION"}
    if own in named:
        return own  # the mission it is filed under, whenever the article names it
    return next((m for m in theirs if m in named), own)


def _beside(own: str | None, other: str) -> bool:
    """Two missions one resolution serves side by side (UNMIK and KFOR), not the force it creates and
    the one it replaces (GSF and the MSS) nor the office set up to support that force (UNSOH)."""
    m, o = kbglue.mission(own), kbglue.mission(other)
    if m is None or o is None or getattr(o, "kind", None) == "un_support":
        return False
    line = {own}
    for step in ("predecessor", "successor"):
        code = getattr(m, step, None)
        while code and code not in line:  # the whole succession, each way
            line.add(code)
            code = getattr(kbglue.mission(code), step, None)
    return other not in line


def _mission_of(ctx: Context, s: Sentence, verb: Token) -> str | None:
    """The mission a decision is about: named in its arguments (the successor when it names a
    mission and the force that replaces it), else the article's (``_mission_near``)."""
    inside = {t.i for t in verb.subtree}
    named = [
        e for e in s.ents if e.label == "MISSION" and any(t.i in inside for t in s.tokens(e.start, e.end))
    ]
    if named:
        return newest([e.code for e in named])
    return _mission_near(ctx, s, s.pos(verb))


def newest(codes: list[str]) -> str:
    """Of the missions a frame names, the one no other named mission replaces ("turned the MSS into
    the GSF" is the GSF's decision)."""
    for c in codes:
        m = kbglue.mission(c)
        if m is None or m.successor not in codes:
            return c
    return codes[0]


def _adoption(ctx: Context, s: Sentence, d: Decision, out: list[Raw]) -> None:
    """council.adopted for a dated decision of the Council (numbered, linked, or kept unnumbered when
    the sentence speaks of the Council)."""
    if not d.council:
        return
    if d.date is None:
        _adoption_on_record(ctx, s, d, out)
        return
    if d.res is None and not _council_words(s):
        return
    a = min(s.pos(d.verb), d.date.start)
    b = max(s.end_of(d.verb), d.date.end)
    if d.res is not None:
        ctx.resolution_dates.setdefault(d.res, d.date.value)
        _number_earlier(ctx, out, d.res, d.date.value)
    _date_earlier(out, s, d)
    out.append(
        Raw(
            "council.adopted",
            d.date.value,
            a,
            b,
            s,  # type: ignore[arg-type]
            subject=d.res,
            mission=d.mission,
            as_of=d.date.value,
            resolution=d.res,
            confidence=0.9 if d.res and not d.linked else 0.75 if d.res else 0.6,
            rule="frame:decision",
            attrs={"linked": d.linked, **({} if d.res else {"unnumbered_ctx": True})},
        )
    )


def _adoption_on_record(ctx: Context, s: Sentence, d: Decision, out: list[Raw]) -> None:
    """ "The Council has unanimously adopted resolution 2765", "the text, adopted as resolution
    2452": an adoption the sentence does not date takes its day from the Council's record (the KB),
    never from the article's date."""
    kres = kbglue.resolution(d.res) if d.res and (d.kinds & {"adopt", "basis"} or _text_decides(d)) else None
    if kres is None and d.res is None and not d.known:
        kres = _just_now(ctx, d)
        if kres is not None:  # the resolution is now the one being discussed, for its vote and mandate
            d.res, d.linked = str(getattr(kres, "number", "")) or None, True
    day = str(getattr(kres, "date", "") or "") if kres is not None else ""
    if kres is None or not day or d.known:
        return
    number = d.res or str(getattr(kres, "number", "") or "") or None
    ctx.resolution_dates.setdefault(number or "", day)
    if number:
        _number_earlier(
            ctx, out, number, day
        )  # ("The draft was written by X." … "Resolution 2751 is adopted")
    tok = d.res_tok if d.res_tok is not None else d.verb
    a, b = min(s.pos(d.verb), s.pos(tok)), max(s.end_of(d.verb), s.end_of(tok))
    out.append(
        Raw(
            "council.adopted",
            day,
            a,
            b,
            s,  # type: ignore[arg-type]
            subject=number,
            mission=resolution_mission(ctx, kres, d.mission) or d.mission,
            as_of=day,
            resolution=number,
            confidence=0.7,
            rule="frame:decision:record",
            attrs={"linked": True},
        )
    )


def _text_decides(d: Decision) -> bool:
    """ "Resolution 2699 authorises the MSS", "- 30 September 2024: Resolution 2751 renews the MSS":
    the numbered text is the subject of the decision's verb, so the record's day is its adoption."""
    tok = d.res_tok
    if tok is None:
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == d.verb.i for t in (tok, tok.head))


def _just_now(ctx: Context, d: Decision) -> object | None:
    """ "The Council has renewed UNMISS until 30 April 2026" in a report of the day (or the day
    after): a present-perfect decision on a named mission is the one the Council's record has for
    that mission on those days."""
    pub = parse_iso(ctx.published)
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in d.verb.children)
    if pub is None or not d.mission or not (perfect or _told_as_it_happens(d.verb)):
        return None
    for back in (0, 1):
        day = shifted(pub, -back)
        if day is None:
            continue
        found = [r for r in kbglue.adopted_on(day.isoformat(), d.mission) if r.mission == d.mission]
        if len(found) == 1:
            return found[0]
    return None


def _told_as_it_happens(verb: Token) -> bool:
    """A decision in the present of a live report ("The draft is adopted.", "the text passes
    15-0-0"): done as the report is written, so on its day, as the present perfect is."""
    # (a past "adopted" the tagger takes for a present is no present)
    if verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and verb.lower_ != verb.lemma_.lower() + "ed"):
        return not any(c.dep_ == "aux" for c in verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s") for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _number_earlier(ctx: Context, out: list[Raw], number: str, date: str) -> None:
    """An unnumbered decision reported earlier that day takes the number named now ("The Council
    today extended…" then "The Council adopted resolution 2801 by…"); a draft's penholders also
    take the mission the record files the text under (the force it creates, not the one it ends)."""
    kres = kbglue.resolution(number)
    for r in out:
        if r.attrs.get("unnumbered_ctx") and (r.as_of or "")[:10] == date[:10]:
            r.attrs.pop("unnumbered_ctx")
            r.attrs["backfilled"] = True
            r.resolution = number
            if r.measure in ("council.adopted", "council.vote"):
                r.subject = number
            if r.measure == "council.penholder":
                r.value = int(number)
                r.mission = (resolution_mission(ctx, kres) if kres is not None else None) or r.mission


def _date_earlier(out: list[Raw], s: Sentence, d: Decision) -> None:
    """A mandate the sentence before extended without a day ("The Council has extended X for another
    year.") is dated by the decision this one dates ("Resolution 2809, adopted on Tuesday, …")."""
    for r in out:
        if r.attrs.get("undated") and r.sent.index == s.index - 1 and r.mission == d.mission and d.date:
            r.as_of = d.date.value
            r.attrs.pop("undated")


def _set_current(
    ctx: Context, s: Sentence, decs: list[Decision], named: list[tuple[str, Token, Token]]
) -> Decision | None:
    """The decision the sentence is about (the newest one it dates), remembered as the resolution
    being discussed; a resolution named without a decision becomes the one discussed."""
    dated = [d for d in decs if d.res is not None or d.day is not None]
    if dated:
        cur = max(dated, key=lambda d: (d.day or "", -d.verb.i))
        before = ctx.resolution_dates.get(ctx.resolution) if ctx.resolution is not None else None
        if before and cur.day and cur.day[:4] < before[:4] and not _told_for_itself(s, cur):
            return cur  # "which the Council renewed last year": told in passing, not now discussed
        if (
            cur.verb.dep_ == "acl"
            and (words().noun("resolution", cur.verb.head) or cur.date is None)
            and ctx.resolution
            and cur.res != ctx.resolution
        ):
            return cur  # "the resolution creating the force", "the office, established by 2793": in passing
        res = cur.res or ""
        ctx.resolution = res
        if cur.day is not None:
            ctx.resolution_dates.setdefault(res, cur.day)
            if res == "":
                ctx.resolution_dates[""] = cur.day
        ctx.resolution_missions[res] = cur.mission or ""
        return cur
    if decs:
        return decs[0]
    if named and (ctx.resolution in (None, "") or named[0][2].dep_ in ("nsubj", "nsubjpass")):
        n = named[0][0]
        ctx.resolution = n
        kres = kbglue.resolution(n)
        if kres is not None:
            ctx.resolution_missions[n] = resolution_mission(ctx, kres) or ""
    return None


def _told_for_itself(s: Sentence, d: Decision) -> bool:
    """An earlier decision that is the main clause of a list item ("* The Council authorised the MSS
    on 2 October 2023 by resolution 2699."): a fact box's own entry, now the one discussed; in prose,
    or in a clause of its own ("which the Council renewed last year"), it is told in passing."""
    if not BULLET.match(s.text):
        return False
    v = d.verb
    while v.dep_ == "conj":
        v = v.head
    return v.dep_ == "ROOT" and v.pos_ in ("VERB", "AUX")


# ---------------------------------------------------------------------------------------------
# penholders


def _penholders(
    ctx: Context,
    s: Sentence,
    decs: list[Decision],
    named: list[tuple[str, Token, Token]],
    current: Decision | None,
    out: list[Raw],
) -> None:
    """council.penholder: who drafted (penned, sponsored, led, spearheaded, submitted) a text, who
    holds the pen or is its (co-)penholder, and "a French draft", "the UK-drafted text"."""
    assert s.doc is not None
    w = words()
    numbers = {t.i: n for n, t, _ in named} | {noun.i: n for n, _, noun in named}
    found: list[tuple[Entity, Token | None]] = []
    cues = w.verbs["draft"] | w.nouns["penholder"] | w.nouns["resolution"]
    # a word is read below only as one of these or as "hold" ("holds the pen")
    for t in having(s.doc, cues | {"hold"}) if has_any(s.doc, cues) else ():
        pen = t.lemma_.lower() == "hold" and _has_object(t, "pen")  # "X, which holds the pen"
        if (w.verb("draft", t) and verbal(t)) or pen:
            theme = None if pen else _drafted_text(t)
            if theme is None and not pen:
                continue
            if theme is not None and not _is_text(theme, numbers, ctx):
                continue
            earlier = antecedent(t)
            doers = agents(t) or ([earlier] if earlier is not None else [])
            doers += _partners(t)
            for a in doers:
                found += [(e, theme) for e in countries_of(s, a)]
        elif w.noun("penholder", t) and t.pos_ in ("NOUN", "PROPN") and t.lower_ != "pen":
            for holder in _holders(t):
                found += [(e, None) for e in countries_of(s, holder)]
        elif w.noun("resolution", t) and t.pos_ == "NOUN":
            found += [(e, t) for e in _drafters_named_on(s, t)]
    label = PEN_LABEL.match(s.text)  # a fact box's "Drafted by: United States and Ecuador"
    if label is not None:
        found += [(e, None) for e in s.ents if e.label == "COUNTRY" and e.start >= s.start + label.end()]
    seen: set[tuple[str, str]] = set()  # a country may draft two texts named in one sentence
    for e, theme in found:
        res = _theme_resolution(ctx, theme, numbers, current)
        if res is None or (e.code, res) in seen:
            continue
        seen.add((e.code, res))
        kres = kbglue.resolution(res) if res else None
        mission = (
            resolution_mission(ctx, kres)
            or ctx.resolution_missions.get(res)
            or (current.mission if current is not None else None)
            or _mission_near(ctx, s, e.start)
        )
        as_of = ctx.resolution_dates.get(res) or (kres.date if kres is not None else None) or ctx.published
        out.append(
            Raw(
                "council.penholder",
                int(res) if res else None,
                e.start,
                e.end,
                s,  # type: ignore[arg-type]
                subject=e.code,
                mission=mission,
                as_of=as_of,
                resolution=res or None,
                confidence=0.85 if res else 0.6,
                rule="frame:penholder",
                attrs={} if res else {"unnumbered_ctx": True},
            )
        )


PEN_LABEL = re.compile(
    r"^[\W\d]*(?:(?:co-?)?drafted\s+by|(?:co-?)?pen-?holders?|drafters?|(?:co-?)?sponsors?|penned\s+by)\s*:",
    re.I,
)


def _drafters_named_on(s: Sentence, text: Token) -> list[Entity]:
    """ "a French draft", "the British-drafted text", "a U.S. resolution": a country's adjective or
    abbreviation on the text (not a name, which is its topic: "the Haiti resolution")."""
    out = []
    for c in text.children:
        if c.dep_ not in ("amod", "compound", "npadvmod", "nmod"):
            continue
        pair = _joined_drafters(s, c)
        if pair:
            out += pair
            continue
        for x in (c, *c.children) if words().verb("draft", c) else (c,):
            e = s.entity_of(x, ("COUNTRY",))
            bare = re.sub(r"^the\s+", "", e.text, flags=re.I) if e is not None else ""
            if e is not None and (
                x.pos_ == "ADJ" or x.tag_ == "JJ" or bare.replace(".", "").isupper() or x is not c
            ):  # (a country hung on "drafted" is its drafter: "the Norway-drafted text")
                out.append(e)
    return out


def _joined_drafters(s: Sentence, word: Token) -> list[Entity]:
    """ "a U.S.-Panamanian draft", "the French-Mexican text", "a US-Panama draft": countries joined
    by hyphens before the text, every part a country (the recogniser reads no part of such a word)."""
    at, end = s.pos(word.left_edge), s.end_of(word)
    joined = s.text[at - s.start : end - s.start]
    if "-" not in joined or " " in joined:
        return []
    out = []
    for m in re.finditer(r"[^-]+", joined):
        code = country_code(m.group(0)) if m.group(0)[:1].isupper() else None
        if code is None:
            return []
        out.append(Entity(at + m.start(), at + m.end(), "COUNTRY", code, m.group(0)))
    return out if len(out) > 1 else []


def _partners(verb: Token) -> list[Token]:
    """Co-drafters: "drafted … together with Ecuador", "alongside Panama", on the verb or its object
    (the parser often hangs "drafted the resolution with Panama"'s "with" on the text; only a
    country it names is kept, by the caller)."""
    out = []
    for x in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for c in x.children:
            if c.dep_ == "prep" and (
                c.lower_ == "alongside" or (c.lower_ == "with" and (x is verb or _together(c) or _a_text(x)))
            ):
                out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _a_text(t: Token) -> bool:
    """ "the resolution", "the drafting": the text being discussed ("circulated a draft resolution
    with Ecuador" is a new text, its partner no drafter of the resolution the article is on)."""
    return t.lemma_.lower() in ("text", "draft", "resolution", "drafting", "negotiation") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children
    )


def _together(prep: Token) -> bool:
    near = [*prep.children, prep.doc[prep.i - 1]] if prep.i > 0 else list(prep.children)
    return any(t.lower_ in ("together", "along", "jointly") for t in near)


def _has_object(verb: Token, lemma: str) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in verb.children)


def _drafted_text(verb: Token) -> Token | None:
    """What a drafting verb drafted: its object, the noun its participle modifies, or the subject of
    the clause its participle opens ("Sponsored by X, the text was adopted")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.lemma_.lower() in WORK_ON_A_TEXT:
                return _worked_on(c)
            return antecedent(verb) if c.lower_ in RELATIVE else c
    if verb.dep_ in ("acl", "relcl"):
        h = verb.head
        for c in verb.children:
            if c.dep_ == "nsubj" and c.lower_ in RELATIVE:
                return None  # "France, which drafted…": the antecedent is the drafter
        return h
    if verb.dep_ in ("advcl", "dep"):  # ("dep": the parser's guess for a participle after a bracket)
        before = _text_just_before(verb)
        if before is not None:
            return (
                before  # "adopted resolution 2751 (2024), drafted by Ecuador …": the participle on the text
            )
        for c in verb.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    if verb.dep_ == "conj":
        return _drafted_text(verb.head)
    return None


# what a country leads or steers on the way to a text: "led negotiations on the text", "co-led the
# drafting with Ecuador"
WORK_ON_A_TEXT = frozenset({"negotiation", "talk", "drafting"})


def _worked_on(work: Token) -> Token:
    """The text the negotiations were on, else the drafting itself (of the text being discussed)."""
    for p in work.children:
        if p.dep_ == "prep" and p.lower_ in ("on", "of", "over"):
            text = next((o for o in p.children if o.dep_ == "pobj" and words().noun("resolution", o)), None)
            if text is not None:
                return text
    return work


def _text_just_before(verb: Token) -> Token | None:
    """The text a participle set off by a comma follows, when the parser hung the participle on a verb:
    "(adopting) resolution 2751 (2024), drafted by Ecuador and the United States, …"."""
    if verb.tag_ != "VBN":
        return None
    i = verb.left_edge.i - 1
    while i >= 0 and verb.doc[i].is_punct and verb.doc[i].text in ",)":
        i -= 1
    if i < 0 or i == verb.left_edge.i - 1:
        return None  # (no comma between: not set off)
    t = verb.doc[i]
    for x in (t, t.head, t.head.head):
        if words().noun("resolution", x):
            return x
    return None


def _is_text(theme: Token, numbers: dict[int, str], ctx: Context) -> bool:
    w = words()
    if theme.i in numbers or any(c.i in numbers for c in theme.children):
        return True
    if theme.lemma_.lower() == "drafting":
        return ctx.resolution is not None  # "co-led the drafting": of the text the article is on
    if w.noun("resolution", theme) or theme.lemma_.lower() in ("amendment",):
        return theme.lemma_.lower() != "amendment"
    return theme.lower_ in ("it", "this") and bool(ctx.resolution is not None)


def _holders(pen: Token) -> list[Token]:
    """Who a penholder noun names: the noun it is in apposition to ("France, penholder on the
    file"), the subject it is predicated of, "X as penholder", "co-penholders X and Y"."""
    out: list[Token] = []
    if pen.dep_ in ("appos", "conj"):
        out.append(pen.head)
    if pen.dep_ == "attr":
        out += [c for c in pen.head.children if c.dep_ == "nsubj"]
    if pen.dep_ == "nsubj" and pen.head.lemma_.lower() == "be":
        out += [c for c in pen.head.children if c.dep_ == "attr"]  # "whose co-penholders were X and Y"
    if pen.dep_ == "pobj" and pen.head.lower_ == "as":
        v = pen.head.head
        out += agents(v) if verbal(v) else [v]
    out += [c for c in pen.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
    return out


def _theme_resolution(
    ctx: Context, theme: Token | None, numbers: dict[int, str], current: Decision | None
) -> str | None:
    """The resolution a drafted text is: its own number, the mission's founding resolution for
    "the authorising resolution", else the one being discussed ("" when it has no number yet)."""
    w = words()
    if theme is not None:
        for x in (theme, *theme.children, theme.head if theme.dep_ == "appos" else theme):
            if x.i in numbers:
                return numbers[x.i]
        if theme.lemma_.lower() != "draft" and any(  # "a first draft" is no founding text
            c.dep_ == "amod" and c.lower_ in w.nouns["founding"] for c in theme.children
        ):
            code = ctx.resolution_missions.get(ctx.resolution or "") or ctx.mission
            m = kbglue.mission(code)
            if m is not None and m.resolutions:
                return str(m.resolutions[0])  # "the authorising resolution": the mission's first
    if (
        current is not None
        and current.res is not None
        and (theme is None or not ctx.resolution or _bears_on(current.verb, theme))
    ):
        return current.res
    if ctx.resolution is None and theme is not None:
        return ""  # "The draft in front of members was written by X and Y" before any vote is told:
        # the text about to be voted, numbered when its adoption is ("_number_earlier")
    return ctx.resolution


def _bears_on(verb: Token, theme: Token) -> bool:
    """A decision is the drafted text's when it takes the text as an argument ("adopted the text,
    drafted by France") or is told inside it ("the resolution creating the force"); "the text was
    prepared by X, the pair that drafted the resolution creating the force" is the one discussed."""
    if any(a == verb for a in theme.ancestors):
        return True
    t = verb
    while t.i != t.head.i and t != theme:
        if t.dep_ in ("appos", "relcl"):
            return False  # "the text …, the pair that drafted the resolution creating …"
        t = t.head
    return t == theme
