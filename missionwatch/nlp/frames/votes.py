"""Tallies and member votes of a Council decision, read from the parse.

A count of members takes its role (for, against, abstain) from the words it counts and what they
do: the noun it numbers and that noun's own words ("12 votes in favour", "three abstentions",
"none against"), the verb it is the subject of ("Twelve members voted in favour", "nobody opposed
it"), or the pair it is the second of ("by 12 votes to none", "a vote of 13 to 0"); a compact
"12-0-3" and "unanimously" give the whole tally. A member's vote comes from the countries
coordinated with a vote verb or noun: who voted for/against or abstained ("with China and Russia
abstaining", "as did Guyana", "the representative of X, whose delegation voted in favour"), whose
abstentions they were ("three abstentions, from A, B and C", "1 abstention (United States)", "the
US being the sole abstention"), or whose votes a parenthesis lists. Abstainers a tally does not
count are counted from the names, in the sentence or the next; failing that, from the Council's size.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.context import COUNCIL_SIZE, Context, Raw
from missionwatch.nlp.entities import Entity
from missionwatch.nlp.frames.article import Columns, Sentence, columns
from missionwatch.nlp.frames.clause import (
    count_value,
    countries_of,
    has_any,
    having,
    speaker_country,
    subjects,
    unreal,
    verbal,
    words,
)
from missionwatch.nlp.frames.council import Decision, _own_date, ensure_parsed, resolution_mission

ROLE_OF_VOTE = {"yes": "for", "no": "against", "abstain": "abstain"}


def read(
    ctx: Context,
    s: Sentence,
    nxt: Sentence | None,
    decs: list[Decision],
    current: Decision | None,
    out: list[Raw],
) -> None:
    """council.vote and council.member_vote of one sentence."""
    members = member_votes(s)
    tally = _tally(s, bool(decs) or (s.doc is not None and has_any(s.doc, _vote_cues())))
    if tally is None and not members:
        return
    if tally is not None:
        f, a, b, anchor, start, end = tally
        res = _resolution_for(ctx, s, anchor, decs, current)
        if res is not None:
            attrs: dict[str, Any] = {}
            if b is None:
                named = [e for e, v, _ in members if v == "abstain"]
                if not named and nxt is not None and ensure_parsed(nxt) and _tally(nxt, True) is None:
                    named = [e for e, v, _ in member_votes(nxt) if v == "abstain"]
                b = len({e.code for e in named}) if named else COUNCIL_SIZE - f - a
                if not named:
                    attrs["abstain_inferred"] = True
            if f + a + b <= COUNCIL_SIZE and b >= 0:
                value = f"{f}-{a}-{b}"
                res = _tally_fits(ctx, s, res, value) or ""
                if res:
                    ctx.memo["tally_resolution"] = res  # a vote record below belongs to this tally
                date = ctx.resolution_dates.get(res) or ctx.published
                out.append(
                    Raw(
                        "council.vote",
                        value,
                        start,
                        end,
                        s,  # type: ignore[arg-type]
                        subject=res or None,
                        mission=_mission(ctx, res, current),
                        as_of=date,
                        resolution=res or None,
                        confidence=0.9 if res else 0.6,
                        rule="frame:tally",
                        flags=kbglue.check_tally(
                            value, year=int((date or "0")[:4] or 0), resolution=res or None
                        ),
                        attrs={**attrs, **({} if res else {"unnumbered_ctx": True})},
                    )
                )
    seen: set[tuple[str, str]] = set()
    record = bool(VOTE_LABEL.match(s.text))
    for e, vote, at in members:
        res = (record and ctx.memo.get("tally_resolution")) or _resolution_for(ctx, s, at, decs, current)
        if res is None or (e.code, res) in seen:
            continue
        seen.add((e.code, res))
        out.append(
            Raw(
                "council.member_vote",
                vote,
                e.start,
                e.end,
                s,  # type: ignore[arg-type]
                subject=e.code,
                mission=_mission(ctx, res, current),
                as_of=ctx.resolution_dates.get(res) or ctx.published,
                resolution=res or None,
                confidence=0.85,
                rule="frame:member_vote",
                attrs={} if res else {"unnumbered_ctx": True},
            )
        )


def _mission(ctx: Context, res: str, current: Decision | None) -> str | None:
    kres = kbglue.resolution(res) if res else None
    if kres is not None:
        return resolution_mission(ctx, kres)
    return (
        ctx.resolution_missions.get(res) or (current.mission if current is not None else None) or ctx.mission
    )


def _resolution_for(
    ctx: Context, s: Sentence, at: Token, decs: list[Decision], current: Decision | None
) -> str | None:
    """The resolution a vote is on: the decision whose clause holds it; a vote with a day of its own
    ("abstained in December") the one adopted that day; else the one being discussed."""
    by_verb = {d.verb.i: d for d in decs if d.res is not None or d.day is not None}
    own = [by_verb[t.i] for t in _ancestors(at) if t.i in by_verb]
    if own:
        return next((d.res for d in own if d.res is not None), "")
    when = _own_date(ctx, s, [at]) if verbal(at) else None
    if when is not None:
        hits = [r for r, v in ctx.resolution_dates.items() if r and v[:7] == when.value[:7]]
        return hits[-1] if hits else None
    if current is not None and (current.res is not None or current.day is not None):
        return current.res or ""
    return ctx.resolution


def _tally_fits(ctx: Context, s: Sentence, res: str, value: str) -> str:
    """ "The draft resolution was adopted by 12-0-3" after the article also recalled the mission's first
    resolution: of the resolutions it discussed, the one whose recorded tally this is (a number the
    sentence names itself is kept whatever the record says)."""
    if not res or res in s.text or kbglue.recorded_tally(res) in (None, value):
        return res
    fits = [r for r in ctx.resolution_dates if r and r != res and kbglue.recorded_tally(r) == value]
    return fits[-1] if len(fits) == 1 else res


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            break
        t = t.head
        out.append(t)
    return out


# ---------------------------------------------------------------------------------------------
# member votes


@cache
def _vote_cues() -> frozenset[str]:
    """Words without which a sentence states no member's vote."""
    w = words()
    verbs = w.verbs["abstain"] | w.verbs["vote"] | w.verbs["vote_yes"] | w.verbs["vote_no"]
    return verbs | w.nouns["abstention"] | w.nouns["vote"] | w.nouns["favour"] | {"against", "join"}


def vote_of(t: Token) -> str | None:
    """yes / no / abstain for a vote verb or noun ("abstained", "voted in favour", "voted against",
    "backed the text", "joined the consensus", "abstentions", "votes in favour")."""
    w = words()
    lemma = t.lemma_.lower()
    if _abstain_mistagged(t):
        return "abstain"
    if verbal(t):
        if unreal(t):
            return None  # "Washington would not support another extension"
        if w.verb("abstain", t):
            return "abstain"
        if w.verb("vote", t):
            for c in t.children:
                if c.dep_ in ("dobj", "advmod", "npadvmod", "oprd", "intj") and c.lower_ in ("yes", "no"):
                    return "yes" if c.lower_ == "yes" else "no"  # "voted yes"
                if c.dep_ == "prep" and c.lower_ == "against":
                    return "no"
                if c.dep_ == "prep" and c.lower_ in ("for", "in") and _favour(c):
                    return "yes"
            return None
        obj = [c for c in t.children if c.dep_ in ("dobj", "pobj")]
        if w.verb("vote_yes", t) and any(_is_text(o) for o in obj):
            return "yes"
        if w.verb("vote_no", t) and (not obj or any(_is_text(o) for o in obj)):
            return "no"
        if lemma == "join" and any(w.noun("consensus", o) for o in obj):
            return "yes"
        return None
    if w.noun("abstention", t) and t.pos_ == "NOUN":
        return "abstain"
    if (lemma in w.nouns["vote"] or t.lower_ == "voting") and t.pos_ == "NOUN":  # "those voting in favour"
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "against":
                return "no"
            if c.dep_ == "prep" and c.lower_ == "in" and _favour(c):
                return "yes"
    return None


def _abstain_mistagged(t: Token) -> bool:
    """ "China and Russia abstain.": a present "abstain" the tagger takes for an adverb, its countries
    still its subjects."""
    return (
        t.lower_ in ("abstain", "abstains") and not verbal(t) and any(c.dep_ == "nsubj" for c in t.children)
    )


def _favour(prep: Token) -> bool:
    w = words()
    return prep.lower_ == "for" or any(
        p.dep_ == "pobj" and p.lemma_.lower() in w.nouns["favour"] for p in prep.children
    )


def _is_text(t: Token) -> bool:
    w = words()
    return w.noun("resolution", t) or t.lower_ in ("it", "this", "them") or w.noun("mandate", t)


VOTE_LABEL = re.compile(
    r"^\s*(?:[-•*]\s*)?(in\s+favou?r|voting\s+in\s+favou?r|for|against|voting\s+against|abstaining|"
    r"abstentions?|abstained)\s*(?:\(\d+\))?\s*:",
    re.I,
)


def _labelled(s: Sentence) -> list[tuple[Entity, str, Token]]:
    """The record of a recorded vote ("In favour: Algeria, Denmark, …", "Abstaining: China, …"): every
    member listed after the label votes as it says."""
    found = VOTE_LABEL.match(s.text)
    if found is None or s.doc is None or len(s.doc) == 0:
        return []
    label = found.group(1).lower()
    vote = "no" if "against" in label else "abstain" if label.startswith("abst") else "yes"
    after = s.start + found.end()
    return [(e, vote, s.doc[0]) for e in s.ents if e.label == "COUNTRY" and e.start >= after]


def member_votes(s: Sentence) -> list[tuple[Entity, str, Token]]:
    """(country, yes/no/abstain, the vote word) for every country a vote verb or noun names."""
    labelled = _labelled(s)
    if labelled:
        return labelled
    if s.doc is None or not has_any(s.doc, _vote_cues()):
        return []
    out: list[tuple[Entity, str, Token]] = []
    # a token none of whose words is a cue has no listed role, no vote and is no "abstaining"
    for t in having(s.doc, _vote_cues() | {"voting", "abstaining"}):
        role = _listed_role(t)
        if role is not None:  # "13 in favour (A, B, …)", "2 against (China, Russian Federation)"
            out += [(e, role, t) for e in _in_parentheses(s, t) if all(e is not x for x, _, _ in out)]
        vote = vote_of(t)
        participle = t.lower_ == "abstaining" and t.dep_ in ("appos", "acl", "amod", "advcl")
        if vote is None and participle:
            vote = "abstain"  # the tagger often takes "abstaining" after a list for a noun
        if vote is None:
            continue
        voters = subjects(t) if verbal(t) or _abstain_mistagged(t) else _noun_voters(t)
        if verbal(t) and t.dep_ in ("nsubj", "csubj") and t.head.lemma_ == "be":
            voters = [c for c in t.head.children if c.dep_ == "attr"]  # "Abstaining were A and B"
        if not voters and participle:
            voters = [t.head]  # "with China, Russia and Pakistan abstaining": the participle hangs on them
            if t.head.dep_ == "nsubj" and t.head.head.lemma_ == "be":  # "The abstaining members were A and B"
                voters = [c for c in t.head.head.children if c.dep_ == "attr"] or voters
        if verbal(t) and t.dep_ == "relcl" and t.head.dep_ == "attr" and t.head.head.lemma_ == "be":
            # "China, Pakistan and Russia were the ones that abstained": the copula's subject voted
            voters = [*voters, *(c for c in t.head.head.children if c.dep_ == "nsubj")]
        found = [e for v in [*voters, *(_as_well_as(t) if verbal(t) else [])] for e in countries_of(s, v)]
        no_subject = (
            vote == "abstain"
            and t.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_.startswith("nsubj") for c in t.children)
        )
        if not found and (t.lower_ in ("abstaining", "voting") or no_subject):
            # "… in favour and China and Russia abstaining"; "voted for it and Russia abstained",
            # where the parse joined "it and Russia" and left the verb without its subject
            found = _listed_right_before(s, t)
        if not found and verbal(t):
            found = _listed_after_colon(s, t)  # "three abstained: China, Pakistan and Russia"
        if not found and verbal(t):
            found = _own_vote(s, t, voters)  # "The United States says it voted yes", "Speaking after
            # voting in favour, the representative of Denmark said …"
        out += [(e, vote, t) for e in found if all(e is not x for x, _, _ in out)]
    return out


def _own_vote(s: Sentence, t: Token, voters: list[Token]) -> list[Entity]:
    """A delegate telling its own vote: a pronoun that voted in the clause its speaker reports ("The
    United States says it voted yes"), or a participle of voting without a subject of its own, which
    is the clause's speaker ("while voting in favour, the representative of X said")."""
    pronoun = next((v for v in voters if v.lower_ in ("it", "we", "they")), None)
    if pronoun is not None:
        e = speaker_country(s, pronoun)
        return [e] if e is not None else []
    if voters or t.tag_ != "VBG" or t.dep_ not in ("pcomp", "advcl"):
        return []
    v = t
    for _ in range(4):
        v = v.head
        if verbal(v) and v.tag_ != "VBG":
            break
    else:
        return []
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return countries_of(s, subj) if subj is not None else []


def _as_well_as(t: Token) -> list[Token]:
    """ "Pakistan abstained as well as China and Russia": the countries "as well as" adds to the
    verb's subject vote as it does."""
    out: list[Token] = []
    for c in t.children:
        if (
            c.lower_ == "as"
            and c.i >= 2
            and c.doc[c.i - 1].lower_ == "well"
            and c.doc[c.i - 2].lower_ == "as"
        ):
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _listed_right_before(s: Sentence, t: Token) -> list[Entity]:
    """The countries written as a list right before a participle ("and only Russia abstaining",
    "and China and Russia abstaining"), whatever the parse hung them on."""
    end = s.pos(t)
    found: list[Entity] = []
    for e in sorted((e for e in s.ents if e.label == "COUNTRY" and e.end <= end), key=lambda e: -e.start):
        gap = s.text[e.end - s.start : end - s.start]
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*(?:only\s+|the\s+)?", gap, re.I):
            break
        found.insert(0, e)
        end = e.start
        while end > s.start and s.text[end - s.start - 1] in " ":
            end -= 1
        lead = s.text[max(0, end - s.start - 5) : end - s.start]
        for word in ("only", "the"):
            if lead.lower().endswith(word):
                end -= len(word)
    return found


def _listed_after_colon(s: Sentence, t: Token) -> list[Entity]:
    """The countries a colon right after a counted vote lists ("Twelve voted in favour and three
    abstained: China, Pakistan and the Russian Federation"), up to the clause's end."""
    at = s.end_of(t) - s.start
    rest = s.text[at:]
    colon = re.match(r"\s*:", rest)
    if colon is None:
        return []
    a = s.start + at + colon.end()
    stop = re.search(r"[;.]", s.text[a - s.start :])
    b = a + stop.start() if stop else s.end
    listed = sorted(
        (e for e in s.ents if e.label == "COUNTRY" and a <= e.start and e.end <= b), key=lambda e: e.start
    )
    if not listed or not re.fullmatch(
        r"\s*(?:the\s+)?", s.text[a - s.start : listed[0].start - s.start], re.I
    ):
        return []  # the list must open right after the colon ("abstained: its envoy said …" lists none)
    return listed


def _listed_role(t: Token) -> str | None:
    """The vote of a count's role word that a parenthesis follows ("in favour (", "against (")."""
    w = words()
    doc = t.doc
    if t.i + 1 >= len(doc) or doc[t.i + 1].text != "(":
        return None
    if not any(count_value(x) is not None for x in doc[max(0, t.i - 4) : t.i]):
        return None
    lemma = t.lemma_.lower()
    if lemma in w.nouns["favour"]:
        return "yes"
    if lemma == "against":
        return "no"
    return "abstain" if lemma in w.nouns["abstention"] else None


def _in_parentheses(s: Sentence, t: Token) -> list[Entity]:
    doc = t.doc
    close = next((x for x in doc[t.i + 2 :] if x.text == ")"), None)
    if close is None or close.i == t.i + 2:
        return []
    a, b = s.pos(doc[t.i + 2]), s.end_of(doc[close.i - 1])
    return [e for e in s.ents if e.label == "COUNTRY" and a <= e.start and e.end <= b]


def _noun_voters(t: Token) -> list[Token]:
    """Whose votes a vote noun counts: "abstentions from/by A and B", "(A, B)", "the US being the
    sole abstention", "12 votes in favour (A, B, …)". A "from"/"by" phrase belongs to the nearest
    vote noun before it, wherever the parse hangs it ("12 votes in favour and abstentions from A")."""
    out: list[Token] = []
    holders = [t, *(p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    for h in holders:  # "(A, B)", "with the United States the sole abstention"
        out += [c for c in h.children if c.dep_ in ("appos", "nsubj")]
    for prep in t.doc:
        if (
            prep.dep_ in ("prep", "agent")
            and prep.lower_ in ("from", "by", "of")
            and _vote_noun_before(prep) == t
        ):
            out += [p for p in prep.children if p.dep_ == "pobj"]
    if t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be":
        out += [c for c in t.head.children if c.dep_ == "nsubj"]
    if t.dep_ == "nsubj" and t.head.lemma_ in ("come", "be"):  # "The abstentions came from A, B and C",
        v = t.head  # "the abstentions were A and B"
        out += [c for c in v.children if c.dep_ == "attr"]
        out += [
            p
            for c in v.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    among = t.head if t.dep_ == "pobj" and t.head.lower_ == "among" else None
    if among is not None and among.head.lemma_ == "be":  # "Among those voting in favour were A and B,
        be = among.head  # along with C and D"
        out += [c for c in be.children if c.dep_ in ("nsubj", "attr")]
        out += [
            o
            for c in be.children
            if c.lower_ == "along"
            for w_ in c.children
            for o in w_.children
            if o.dep_ == "pobj"
        ]
    if t.dep_ == "dobj" and verbal(t.head):
        out += subjects(t.head)  # "Russia cast the only vote against", "Mozambique registered an abstention"
    return out


def _vote_noun_before(prep: Token) -> Token | None:
    for x in reversed(prep.doc[max(0, prep.i - 6) : prep.i]):
        if verbal(x):
            return None
        if x.pos_ == "NOUN" and (words().noun("abstention", x) or x.lemma_.lower() in words().nouns["vote"]):
            return x
    return None


# ---------------------------------------------------------------------------------------------
# tallies


def _tally(s: Sentence, context: bool) -> tuple[int, int, int | None, Token, int, int] | None:
    """(for, against, abstain or None, anchor token, start, end) of a sentence's vote."""
    if s.doc is None or not context:
        return None
    doc = s.doc
    w = words()
    compact = _compact(s)
    if compact is not None:
        return compact
    roles: dict[str, tuple[int, Token]] = {}
    prev_for: Token | None = None
    cols = columns(doc)
    for t in (doc[i] for i in _count_like(cols, w.counts["zero"] | w.counts["one"])):
        n = count_value(t)
        # "the sole abstention" counts one; "only Russia abstained" names, it does not count
        # … and only as a noun's modifier ("the sole abstention"), not "not only in support of"
        one = t.lower_ in w.counts["one"] and t.head.dep_ != "nsubj" and t.dep_ == "amod"
        if n is None and not one:
            continue
        if n is None:
            n = 1
        if n > COUNCIL_SIZE or s.date_of(t) is not None:
            continue
        role = _role(t, prev_for)
        if role is None or role in roles:
            continue
        if role == "abstain" and one and not w.noun("abstention", t.head):
            continue
        roles[role] = (n, t)
        if role == "for":
            prev_for = t
    if "for" not in roles:
        for i, low in enumerate(cols.lower):
            if low in ("unanimously", "unanimous"):
                t = doc[i]
                return COUNCIL_SIZE, 0, 0, t, s.pos(t), s.end_of(t)
        return None
    toks = [t for _, t in roles.values()]
    a = roles["against"][0] if "against" in roles else 0
    b = roles["abstain"][0] if "abstain" in roles else None
    start = min(s.pos(t) for t in toks)
    end = max(s.end_of(_phrase_end(t)) for t in toks)
    return roles["for"][0], a, b, roles["for"][1], start, end


def _count_like(cols: Columns, words_: frozenset[str]) -> list[int]:
    """The tokens that can be a count (``count_value`` gives one, or a word for one): digits, a
    number-like word, "one", or one of ``words_``. The rest are skipped without a Token."""
    return [
        i
        for i, (low, num) in enumerate(zip(cols.lower, cols.like_num, strict=True))
        if num or low == "one" or low in words_ or low.isdigit()
    ]


def _role(t: Token, prev_for: Token | None) -> str | None:
    """for / against / abstain of one count: the words of its own phrase ("12 votes in favour",
    "three abstentions", "none against"), else the verb it is the subject of ("Twelve members voted
    in favour", "nobody opposed it"), else the pair it closes ("by 12 votes to none")."""
    w = words()
    doc = t.doc
    phrase = [t.head] if t.dep_ in ("nummod", "amod") and t.head.i < t.i else []
    for x in doc[t.i + 1 : t.i + 5]:
        if x.is_punct or count_value(x) is not None or x.lower_ in ("and", "with", "to", "while", "but"):
            break
        phrase.append(x)
    for x in phrase:
        lemma = x.lemma_.lower()
        if lemma in w.nouns["abstention"] or lemma in w.verbs["abstain"]:
            return "abstain"
        if lemma in w.nouns["favour"]:
            return "for"
        if lemma == "against":
            return "against"
    noun = t.head if t.dep_ in ("nummod", "quantmod", "amod", "det", "advmod") else t
    for x in (noun, t):  # "Twelve members voted in favour", "nobody opposed it", "13 backed"
        if x.dep_ == "nsubj":
            v = vote_of(x.head) or ("yes" if w.verb("vote_yes", x.head) or w.verb("adopt", x.head) else None)
            if v is None and w.verb("vote_no", x.head):
                v = "no"
            if v is not None:
                return ROLE_OF_VOTE[v]
    if t.i > 0 and doc[t.i - 1].lower_ == "to" and prev_for is not None and t.i - prev_for.i <= 4:
        return "against"  # "by 12 votes to none", "a vote of 13 to 0"
    if noun.lemma_.lower() == "vote" and noun != t:
        return "for"  # "by 14 votes", "adopted with 12 votes"
    if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to" and count_value(doc[t.i + 2]) is not None:
        return "for"  # "approved 14 to nothing"
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if of is not None and of.head.lemma_.lower() in w.nouns["vote"] | w.nouns["favour"]:
        return "for"  # "a vote of 13 to 0", "the support of 14 members"
    return None


def _phrase_end(t: Token) -> Token:
    """The last word of a count's phrase ("12 votes in favour" → favour)."""
    end = t
    for x in t.doc[t.i + 1 : t.i + 4]:
        if x.is_punct or count_value(x) is not None or x.lower_ in ("and", "with", "to"):
            break
        end = x
    return end


def _compact(s: Sentence) -> tuple[int, int, int | None, Token, int, int] | None:
    """ "12-0-3", "a 14-0-1 vote", "passed 15-0": counts joined by dashes next to a vote."""
    doc = s.doc
    assert doc is not None
    text = columns(doc).text
    for t in (doc[i] for i, word in enumerate(text) if word.isdecimal()):
        if int(t.text) > COUNCIL_SIZE or s.date_of(t) is not None:
            continue
        nums = [int(t.text)]
        j = t.i + 1
        while j + 1 < len(doc) and text[j] in ("-", "–") and text[j + 1].isdecimal():
            nums.append(int(text[j + 1]))
            j += 2
        if len(nums) < 2 or len(nums) > 3 or sum(nums) > COUNCIL_SIZE:
            continue
        if j < len(doc) and text[j] in ("-", "–"):
            continue  # "15-member"
        last = doc[j - 1]
        return nums[0], nums[1], nums[2] if len(nums) == 3 else None, t, s.pos(t), s.end_of(last)
    return None
