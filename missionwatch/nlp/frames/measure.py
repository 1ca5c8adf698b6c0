"""Deciding a figure's measure from its frame: the nearest evidence on the way up the parse.

Evidence, nearest first: the counted noun itself ("1,200 deaths"), the modifiers of the figure's
phrase ("displaced people", "the 1,000 officers Kenya has promised"), the nouns the phrase sits in
("a ceiling of 5,550", "a $50m pledge") with their modifiers ("authorised strength"), then the
predicates of its clause and the clauses above (through participles: "a contingent numbering 200
… arrived"). Verbs of state and change ("has", "stood at", "rose to") are weak: they decide only
when nothing else does, and a change takes the measure of what changes ("the toll rose to 5,600").
Modality (will, plans to, is expected to, had meant to) turns a done act into an intended one, and
aspect splits a batch from a running total ("sent 400 on Tuesday" vs "have arrived").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from missionwatch import measures
from missionwatch.nlp import kbglue
from missionwatch.nlp.frames.article import columns
from missionwatch.nlp.frames.figures import (
    ARGUMENT,
    ASIDE,
    FORCE_NOUNS,
    INNER,
    NOUNISH,
    VERBISH,
    Figure,
    bracketed_after,
    crowded,
    detached_relative,
    noun_class,
    stranded_verb,
)
from missionwatch.nlp.frames.lexicon import Lexicon, aid_names, lexicon

# the order a verb's classes are tried in when it has several ("hold": strength, withhold, kidnap)
CLASS_ORDER = (
    "kill", "injure", "kidnap", "authorise", "budget", "pledge", "withdraw", "arrive", "deploy", "require",
    "hold", "come_in", "pay", "withhold", "displace", "need_aid", "control", "strength",
)  # fmt: skip
HUMANITARIAN_CLASSES = frozenset({"kill", "injure", "kidnap", "displace", "need_aid"})
WEAK = frozenset({"strength", "change", "report"})
# who acts for a contributor ("his government will send", "the country plans to deploy")
ACTING_NOUNS = frozenset(
    {
        "government",
        "country",
        "nation",
        "ministry",
        "minister",
        "president",
        "they",
        "we",
        "parliament",
        "cabinet",
        "army",
        "police",
        "authorities",
        "capital",
    }
)
PARTICLES = frozenset(
    {
        "home",
        "back",
        "down",
        "out",
        "off",
        "forward",
        "up",
        "in",
        "over",
        "away",
        "hungry",
        "hostage",
        "dead",
        "aside",
        "on",
    }
)
SUBSET_PREPS = frozenset({"including", "among", "include", "excluding", "besides"})


def verb_key(tok: Token) -> list[str]:
    """Lemma keys of a verb: with its particle first ("pull out"), then alone."""
    lemma = tok.lemma_.lower()
    keys = []
    for c in tok.children:
        if c.dep_ == "prt":
            keys.append(f"{lemma} {c.lower_}")
    for c in tok.children:
        if c.dep_ in ("dobj", "advmod", "acomp", "prt") and c.lower_ in PARTICLES:
            keys.append(f"{lemma} {c.lower_}")
        elif c.dep_ == "dobj" and c.right_edge.lower_ in ("home", "back") and c.right_edge.i > c.i:
            keys.append(f"{lemma} {c.right_edge.lower_}")  # "send 13,000 troops and police home":
            # the parse takes the adverb closing the object for one more conjunct of it
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        keys.append(f"{lemma} in")  # "rotated into Bangui": moving in
    for c in tok.children:  # "sought refuge", "found shelter", "left their homes": the verb with its object
        obj = c.lemma_.lower()
        if c.dep_ == "dobj" and (
            obj in SHELTER_OBJECTS or (obj == "home" and any(x.dep_ == "poss" for x in c.children))
        ):
            keys.insert(0, f"{lemma} {obj}")
    keys.append(lemma)
    return keys


# objects that make a verb one of being displaced ("took refuge", "sought shelter", "left their homes")
SHELTER_OBJECTS = frozenset({"refuge", "shelter", "safety"})


def classes_of(tok: Token) -> list[str]:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if lemma in lex.carriers["verbs"]:  # "The flight carried 200 officers" (lexicon [carriers])
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)
        carrier = subj if subj is None or subj.dep_ == "nsubj" else next(iter(subj.children), None)
        if carrier is None or carrier.lemma_.lower() not in lex.carriers["vehicles"]:
            return []
        home = any(c.lower_ in ("back", "home") for c in tok.children)
        return ["withdraw"] if home else ["arrive"]  # "carried 100 officers back to Nairobi"
    if lemma == "receive" and any(c.dep_ == "dobj" and noun_class(c) == "personnel" for c in tok.children):
        return ["arrive"]  # "we received 230 officers from Kenya" (not "Chad received 600,000 refugees")
    if lemma in PUSHING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AMOUNT_SUBJECTS | SIZED_NOUNS for c in tok.children
    ):
        return ["change"]  # "pushing the number of Kenyans past 600" (not "pushed 5,000 people out")
    if lemma not in lex.verb_classes and lemma not in lex.verb_heads:
        return []  # no class has the word, alone or with a particle: its children need not be read
    found: list[str] = []
    for key in verb_key(tok):
        for c in lex.classes(key):
            if c not in found:
                found.append(c)
        if found:
            break
    return found


# ---------------------------------------------------------------------------------------------
# the path from a figure to its predicates


GENDERS = frozenset({"woman", "man", "female", "male"})
PARTS_OF = GENDERS | {"officer", "soldier", "medic", "doctor"}


def _counted_inside(fig: Figure) -> Token | None:
    """The word that makes a count of people a part of a group just counted: "868 personnel, 112 of
    them women", "the contingent, which includes 22 women", "Among them were 24 women"."""
    start = fig.head or fig.anchor
    for c in start.children:  # "112 of them women" (not "400 of them Kenyan", "119 of them in the Centre")
        them = (
            next((o for o in c.children if o.lower_ in ("them", "whom")), None) if c.dep_ == "prep" else None
        )
        after = them.doc[them.i + 1] if them is not None and them.i + 1 < len(them.doc) else None
        if c.lower_ == "of" and after is not None and after.lemma_.lower() in GENDERS:
            return c
    noun = fig.noun
    whole = _a_counted_whole_includes(fig)
    if whole is not None:
        return whole  # "the toll of 3,103 killed includes 192 health and rescue workers"
    if noun is None or noun.lemma_.lower() not in PARTS_OF:
        return None
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubj") else None
    if verb is None or verb.pos_ not in VERBISH:
        return None
    if verb.dep_ == "relcl" and verb.lemma_.lower() in ("include", "comprise") and noun.dep_ == "dobj":
        return verb  # "the new contingent, which includes 22 women"
    for c in verb.children:  # "Among them were 24 women", "Of those troops, 71 were women"
        if c.dep_ == "prep" and c.lower_ in ("among", "of") and any(_already_counted(o) for o in c.children):
            return c
    return None


def _a_counted_whole_includes(fig: Figure) -> Token | None:
    """The figure is the object of "include"/"comprise" whose subject holds a count of its own."""
    top = fig.noun if fig.noun is not None else fig.anchor
    verb = top.head
    if top.dep_ != "dobj" or verb.lemma_.lower() not in ("include", "comprise") or verb.pos_ not in VERBISH:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in lexicon().collective.get("people", frozenset()):
        return None  # (a toll, a total, a count: not "the force, … under resolution 2793, comprised 1,000")
    counts = [t for t in subj.subtree if fig.sent.quantity_of(t) not in (None, fig.q)]
    return verb if counts else None


def _already_counted(o: Token) -> bool:
    """ "them", "those", "those troops", "these": people the text has just counted."""
    return o.dep_ == "pobj" and (
        o.lower_ in ("them", "those", "these") or any(d.lower_ in ("those", "these") for d in o.children)
    )


def _whole_of_a_part(fig: Figure) -> bool:
    """The figure is a part ("400 of the 1,000 officers …") and its noun belongs to the whole, which
    has a number of its own: the noun's modifiers tell what the whole is, not the part."""
    noun = fig.noun
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i != fig.anchor.i:
        return False
    return any(c.dep_ == "nummod" and c.i != fig.anchor.i for c in noun.children)


def evidence(fig: Figure) -> list[tuple[str, Token]]:
    """(kind, token) from nearest to farthest: noun, mod, frame, pred.

    Climbing stops at the figure's own clause: above its predicate only an infinitive's governor
    ("plans to send", "expected to number") or the noun a participle modifies ("a contingent
    numbering 200 … arrived") still speak for the figure; a clause it merely sits in ("said that …",
    "after …") does not.
    """
    out: list[tuple[str, Token]] = []
    seen: set[int] = set()
    if fig.noun is not None:
        out.append(("noun", fig.noun))
    start = fig.head or fig.anchor
    tail_first: list[Token] = [
        x for x in {id(x): x for x in (fig.noun, start, fig.anchor) if x is not None}.values()
    ]

    tail: list[tuple[str, Token]] = []  # descriptions of the figure's phrase ("who served in Haiti")

    def mods(t: Token, came_from: int) -> None:
        if crowded(t):
            return
        for c in t.children:
            if not _modifier(c, fig) or c.i == came_from or c.i in seen:
                continue
            if (_subject_relative(c) or _participle_before_its_verb(c, t)) and not a_standard(t):
                tail.append(("mod", c))  # "officers who served in Haiti landed …": background
            else:
                out.append(("mod", c))

    def frame(noun: Token, came_from: int) -> None:
        # a modifier is more specific than its noun: "authorised strength", "promised contingent"
        mods(noun, came_from)
        out.append(("frame", noun))

    for x in tail_first:
        if x is fig.noun and _whole_of_a_part(fig):
            continue  # "400 of the 1,000 officers Kenya promised have arrived": "promised" is the 1,000's
        mods(x, -1)
    stranded = stranded_verb(fig.clause_subject) if fig.clause_subject is not None else None
    if stranded is None and fig.noun is not None and a_standard(fig.noun):
        stranded = detached_relative(fig.noun)  # "short of the 2,500 personnel initially envisaged"
    if stranded is not None:
        out.append(("pred", stranded))  # "short of the 1,250 the Council has authorised": that verb's
        return out
    inside = _counted_inside(fig)
    if inside is not None:
        out.append(("subset", inside))
    if fig.family == "money":  # "$30 million in pledges", "$2 billion in arrears": what the amount is in
        specific = {
            n: m
            for n, m in lexicon().frame_nouns.get("money", {}).items()
            if m in ("funding.pledged", "funding.withheld")  # not "in support", "in aid": the verb says
        }
        for c in start.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                out.extend(
                    ("frame", o) for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in specific
                )
    semis = [i for i, x in enumerate(columns(start.doc).text) if x == ";"]
    t = start
    for _ in range(40):
        if t.i in seen:
            break
        seen.add(t.i)
        dep, head = t.dep_, t.head
        if any(t.i < i < head.i for i in semis):
            # a later clause after ";" that the parse hung this one under ("…; Italy has 1,000"): the
            # figure is the object its own clause's verb lacks ("Chad has about 1,400 troops in Kidal;
            # Egypt … have …")
            own = verb_before(fig.anchor, semis)
            if own is not None:
                out.append(("pred", own))
            break
        if dep in ("nsubj", "nsubjpass") and any(
            c.dep_ == "mark" and t.i < c.i < head.i for c in head.children
        ):
            break  # "- 1,100 troops, after 500 more were flown in": no subject before its clause's "after"
        if head.i == t.i or dep == "ROOT":
            if t.pos_ in VERBISH and t is not start:
                out.append(("pred", t))
            break
        if t.pos_ in VERBISH and t is not start and dep in ("aux", "auxpass") and head.pos_ in VERBISH:
            out.append(("pred", head))  # "82,000 people remained displaced" parsed as a passive
            t = head
            continue
        if t.pos_ in VERBISH and t is not start:
            # t is a predicate already recorded: go on only through an infinitive or a participle
            if dep in ("xcomp", "pcomp", "csubj") or (dep in ("advcl", "ccomp") and _non_finite(t)):
                if head.pos_ in VERBISH or head.pos_ == "ADJ":
                    out.append(("pred", head))
                t = head
                continue
            if dep == "acl" and head.pos_ in NOUNISH:
                frame(head, t.i)  # "a contingent numbering 200 … arrived": the participle's noun goes on
                t = head
                continue
            if dep == "relcl":
                break  # "Italy, which had 1,050 troops, has brought home 260": the relative is its own clause
            if dep == "prep" or dep == "pobj":
                t = head
                continue
            break
        if dep in ("conj", "appos"):
            if head.pos_ in VERBISH:
                if dep == "conj" and t.pos_ == "PROPN" and t.i > head.i and t is not start:
                    out.append(("pred", head))  # "Guatemala added 75 military police and El Salvador a
                # small team of eight": a gapped clause, its subject and object only, takes the verb before
                break  # a figure coordinated with a clause: its own predicate is lost to the parse
            t = head
            if t is not start:
                frame(t, -1)
            continue
        if (
            dep == "pobj"
            and fig.family == "persons"
            and (_set_off_strength(head, t) or _set_off_with(fig, head, t))
        ):
            frame(head.head, head.i)
            out.append(("strength", head))  # "the police component, at about 1,450 officers, is not cut"
            break
        if dep == "pobj":
            prep = head
            if prep.lower_ in SUBSET_PREPS or (prep.lower_ == "of" and prep.head.lower_ in ("them", "whom")):
                out.append(("subset", prep))
            nxt = prep.head
            seen.add(prep.i)
            if nxt.i == prep.i:
                break
            if nxt.dep_ == "prt" and nxt.head.pos_ in VERBISH:
                seen.add(nxt.i)
                nxt = nxt.head  # "bringing the force down to some 17,600": the particle's verb
            if nxt.pos_ in VERBISH:
                obj = _frame_object(nxt, prep, fig.family)
                if obj is not None:
                    frame(obj, prep.i)  # "confirmed commitments for 7,500 personnel", parsed on the verb
                out.append(("pred", nxt))
            elif nxt.pos_ in NOUNISH:
                frame(nxt, prep.i)
            t = nxt
            continue
        if dep in ARGUMENT or dep in ("prep", "agent", "npadvmod", "advmod"):
            above = _reduced_relative(t, head) if dep == "nsubj" else None
            if above is not None:  # "numbers some 230 observers, spread across team sites": the verb
                out.append(("pred", above))  # before the figure, not the participle after the comma
                t = above
                continue
            finite = _finite_beside(head) if dep == "nsubj" else None
            finite = finite or (_finite_after_participle(t, head) if dep == "nsubj" else None)
            if finite is not None:  # "three of its soldiers serving with SAMIDRC were killed"
                out.append(("pred", finite))
                t = finite
                continue
            if head.pos_ in VERBISH or _verb_as_noun(head):
                out.append(("pred", head))
            elif head.pos_ in NOUNISH:
                frame(head, t.i)
            t = head
            continue
        if dep in INNER:
            if head.pos_ in NOUNISH:
                frame(head, t.i)
            elif head.pos_ in VERBISH:
                out.append(("pred", head))
            t = head
            continue
        t = head
    out.extend(tail)
    unique: list[tuple[str, Token]] = []
    kept: set[tuple[str, int]] = set()  # a token of one parse is its index (a list scan was quadratic)
    for kind, tok in out:
        for k, x in [
            (kind, tok),
            *(("pred", c) for c in (_copula_complements(tok) if kind == "pred" else [])),
        ]:
            if (k, x.i) not in kept:
                kept.add((k, x.i))
                unique.append((k, x))
    return unique


def verb_before(anchor: Token, semis: list[int]) -> Token | None:
    """The last verb before a figure in its own ";"-segment, when it is a clause's (it has a subject)
    and has no object of its own in the segment."""
    start = max((i for i in semis if i < anchor.i), default=-1)
    end = min((i for i in semis if i > anchor.i), default=len(anchor.doc))
    doc = anchor.doc
    for v in reversed(doc[start + 1 : anchor.i]):
        if v.pos_ in ("VERB", "AUX") and v.dep_ != "aux":
            if not any(c.dep_ == "nsubj" for c in v.children):
                return None  # ("EU-led force of 600 …;": no clause of its own)
            own = [c for c in v.children if c.dep_ in ("dobj", "attr", "ccomp", "xcomp") and c.i < end]
            return None if own else v
    return None


# participles of where people are that follow a count after a comma ("…, spread across 12 sites",
# "…, based in Goma"): the parser takes them for the clause's verb and the count for their subject
PLACED = frozenset(
    {
        "spread",
        "base",
        "station",
        "scatter",
        "divide",
        "split",
        "locate",
        "position",
        "post",
        "house",
        "distribute",
    }
)


def _reduced_relative(subj: Token, verb: Token) -> Token | None:
    """The verb a count is really the object of when a participle after a comma was parsed as the
    count's own verb ("MINURSO numbers some 230 observers, spread across team sites")."""
    if verb.lemma_.lower() not in PLACED or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    above = verb.head
    if verb.dep_ not in ("ccomp", "conj", "advcl") or above.pos_ not in VERBISH or above.i > subj.i:
        return None
    return above


def _frame_object(verb: Token, prep: Token, family: str) -> Token | None:
    """The frame noun a "for" phrase belongs to when the parse hung it on the verb: "partners
    confirmed commitments for 7,500 personnel" is "commitments for 7,500"."""
    if prep.lower_ != "for":
        return None
    nouns = lexicon().frame_nouns.get(family, {})
    # also "spoke of commitments for 7,500", "commitments had been received for 7,500"
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    held += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return next((c for c in held if c.i < prep.i and c.lemma_.lower() in nouns), None)


def _set_off_strength(prep: Token, obj: Token) -> bool:
    """ "X, at N," (commas on both sides, after a noun): the strength X has, whatever the clause says."""
    if prep.lower_ != "at" or prep.dep_ != "prep" or prep.head.pos_ not in NOUNISH or prep.i == 0:
        return False
    return _set_off(prep, obj)


def _set_off_with(fig: Figure, prep: Token, obj: Token) -> bool:
    """ "MONUSCO, with some 14,000 uniformed personnel, has failed …", "the Ghanaian battalion, with 868
    personnel, completed …": a force's or a country's strength set off by commas, unless the clause
    moves the people itself ("the first contingent, with 400 officers, landed")."""
    holder = prep.head
    if prep.lower_ != "with" or prep.dep_ != "prep" or holder.pos_ not in NOUNISH or prep.i == 0:
        return False
    if obj.lemma_.lower() not in lexicon().personnel or not _set_off(prep, obj):
        return False
    if fig.sent.entity_of(holder, ("MISSION", "COUNTRY")) is None and holder.lemma_.lower() not in (
        lexicon().collective.get("personnel", frozenset())
    ):
        return False
    verb = holder.head
    if holder.dep_ == "nsubj" and any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "Germany, with some 1,100 troops in Gao, had planned to leave": a plan of its own
    return not (
        verb.pos_ in VERBISH
        and set(classes_of(verb)) & {"pledge", "deploy", "arrive", "withdraw", "authorise"}
    )


def _set_off(prep: Token, obj: Token) -> bool:
    """The phrase opens after a comma and closes before a comma or a bracket."""
    doc = prep.doc
    end = max(x.i for x in obj.subtree) + 1
    return doc[prep.i - 1].text == "," and end < len(doc) and doc[end].text in (",", ")")


def _verb_as_noun(tok: Token) -> bool:
    """A verb in -s the parse took for a plural noun, yet gave a clause's place and an object
    ("KFOR … numbers about 4,650 troops")."""
    return (
        tok.tag_ == "NNS"
        and tok.dep_ in ("ROOT", "ccomp", "conj", "advcl")
        and any(c.dep_ == "dobj" for c in tok.children)
    )


AMOUNT_SUBJECTS = frozenset({"number", "total", "figure", "count", "toll", "tally", "level", "caseload"})
# verbs of force that move an amount rather than people when a count is their object
PUSHING = frozenset({"push", "drive", "propel"})


def _amount_subject(pred: Token) -> bool:
    """A verb whose subject is an amount ("the number … reached N", "the toll hit N"): it says what
    the amount came to, whatever else the verb can mean."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in AMOUNT_SUBJECTS for c in pred.children)


def _partitive_relative(c: Token) -> bool:
    """ "…, of which Cyprus meets a third": a relative clause about a part of the figure."""
    if c.dep_ != "relcl":
        return False
    first = c.left_edge
    doc = c.doc
    return first.lower_ == "of" and first.i + 1 < len(doc) and doc[first.i + 1].tag_ in ("WP", "WDT")


def _finite_beside(v: Token) -> Token | None:
    """The finite verb a bare participle in -ing was parsed above or beside ("Two soldiers, also serving
    with SAMIDRC, were killed", with "serving" the root and "killed" its conjunct): the clause's own
    predicate, of which the participle only describes the subject."""
    if v.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    beside = [c for c in v.children if c.dep_ == "conj"]
    beside += [c for c in v.head.children if c.i > v.i and c.dep_ == v.dep_] if v.head.i != v.i else []
    return next(
        (
            c
            for c in beside
            if c.pos_ == "VERB"
            and c.tag_ in ("VBN", "VBD")
            and any(x.dep_ in ("aux", "auxpass") and x.lemma_.lower() == "be" for x in c.children)
            and not any(x.dep_.startswith("nsubj") for x in c.children)
        ),
        None,
    )


def _finite_after_participle(subj: Token, v: Token) -> Token | None:
    """The finite verb a participle right after its noun was parsed above ("217 officers drawn largely
    from the Rapid Deployment Unit had joined the mission", with "drawn" the root and "joined" its
    adverbial clause): the participle only describes the people, the finite verb is their event."""
    if v.tag_ != "VBN" or v.i != subj.i + 1 or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    return next(
        (
            c
            for c in v.children
            if c.dep_ in ("advcl", "conj", "ccomp")
            and c.pos_ == "VERB"
            and any(x.dep_ in ("aux", "auxpass") for x in c.children)
            and not any(x.dep_.startswith("nsubj") or x.dep_ == "mark" for x in c.children)
        ),
        None,
    )


def _participle_before_its_verb(c: Token, noun: Token) -> bool:
    """A past participle on people who are the subject of a finite verb after it ("300 soldiers
    trained in Kenya have arrived", "400 officers deployed in 2024 have since returned home"): a
    description of the people, the finite verb is their event."""
    if c.dep_ != "acl" or c.tag_ != "VBN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if noun_class(noun) != "personnel" or set(classes_of(c)) & TOLLS:
        return False  # ("4,864 people killed", "600,000 people displaced": the participle is the toll)
    v = noun.head
    finite = v.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(x.dep_ in ("aux", "auxpass") for x in v.children)
    moved = bool(set(classes_of(v)) & MOVES)
    return v.pos_ in VERBISH and v.i > c.i and finite and moved


TOLLS = frozenset({"kill", "injure", "kidnap", "displace"})
MOVES = frozenset({"arrive", "withdraw", "deploy"})  # the event a participle on people does not decide


def _subject_relative(c: Token) -> bool:
    """A relative clause whose subject is the phrase itself ("who served", "which arrived"), or a
    participle in -ing ("soldiers serving with UN forces"): a description, not the figure's event."""
    if c.dep_ == "acl" and c.tag_ == "VBG":
        return True
    if c.dep_ != "relcl":
        return False
    if any(
        x.dep_ == "prep" and x.lower_ == "of" and any(o.tag_ in ("WP", "WDT") for o in x.children)
        for x in c.children
    ):
        return True  # "$110 million, of which the fund had received $85m": about a part
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.tag_ in ("WP", "WDT") for x in c.children)


STANDARD_PREPS = frozenset({"against", "of", "than", "from", "below", "beneath"})
MEANT = frozenset({"mean", "suppose", "design", "plan", "intend", "expect", "build"})
BUILT_FOR = frozenset({"build", "design", "plan"})  # "the 2,500 it was built around / designed for"


def a_standard(t: Token) -> bool:
    """ "800 deployed, out of the 2,500 that were planned", "970 against the 2,500 it was meant to
    have": a figure set against another is what its own relative clause says, not the main verb."""
    if t.dep_ != "pobj" or t.head.lower_ not in STANDARD_PREPS:
        return False
    prep = t.head
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    below = prep.lower_ in ("below", "beneath") and any(c.dep_ == "det" for c in t.children)
    return below or prep.lower_ == "against" or (prep.lower_ == "of" and before in ("out", "short"))


def _a_part_of(t: Token) -> bool:
    """ "fewer than a quarter of the 2,500 …", "800 of the 2,500 …": the whole a part is taken from."""
    prep = t.head
    return (
        t.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.lemma_.lower() in FRACTIONS or prep.head.pos_ == "NUM")
    )


FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "fraction", "tenth", "part", "portion"})


# past participles that do not end in -ed or -en ("had been withheld", "remain cut off")
IRREGULAR_PARTICIPLES = frozenset(
    {
        "withheld",
        "held",
        "paid",
        "spent",
        "sent",
        "cut",
        "kept",
        "left",
        "lost",
        "put",
        "hurt",
        "shot",
        "slain",
    }
)


def _participle(t: Token) -> bool:
    """ "displaced", "deployed", "frozen" after a linking verb, whichever of VBN or JJ the tagger chose."""
    return t.tag_ == "VBN" or (
        t.tag_ == "JJ" and (t.lower_.endswith(("ed", "en")) or t.lower_ in IRREGULAR_PARTICIPLES)
    )


LINKING = frozenset({"remain", "stay", "become", "continue", "live"})


def _copula_complements(t: Token) -> list[Token]:
    """ "A further 1,300 are to leave", "the battalion is due to arrive": the verb the copula governs;
    "500,000 people remain displaced": the participle a linking verb takes."""
    if t.lemma_.lower() in LINKING:
        return [c for c in t.children if c.dep_ == "acomp" and _participle(c)]
    if t.lemma_.lower() != "be":
        return []
    out = [c for c in t.children if c.dep_ == "acomp" and _participle(c)]
    for c in t.children:
        if c.dep_ == "xcomp" and c.pos_ in VERBISH:
            out.append(c)
        if c.dep_ == "acomp":
            out.extend(x for x in c.children if x.dep_ == "xcomp" and x.pos_ in VERBISH)
    return out


def _non_finite(tok: Token) -> bool:
    """An infinitive or a gerund without a tensed auxiliary ("to send", "sending")."""
    if tok.tag_ not in ("VB", "VBG"):
        return False
    return not any(a.dep_ == "aux" and a.tag_ in ("MD", "VBZ", "VBP", "VBD") for a in tok.children)


def _modifier(c: Token, fig: Figure) -> bool:
    if fig.sent.quantity_of(c) is fig.q:
        return False
    if c.dep_ == "relcl" and any(
        x.dep_ == "advmod" and x.lower_ in ("when", "where", "while") for x in c.children
    ):
        return False  # "offered $200 million when the mission was approved": a time, not the figure's kind
    return c.dep_ in ("amod", "acl", "relcl", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "in")


# ---------------------------------------------------------------------------------------------
# modality and aspect


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


# a present tense after these, under a clause still to come, is still to come too
PENDING_MARKS = frozenset({"once", "when", "until", "till", "after", "before", "if", "unless"})


def intended(pred: Token, lex: Lexicon) -> bool:
    """Future, intent or possibility: "will send", "plans to deploy", "is expected to number"."""
    if (
        pred.dep_ == "advcl"
        and (
            pred.tag_ in ("VBP", "VBZ")
            or (pred.tag_ == "VB" and any(c.dep_ == "nsubj" for c in pred.children))
        )
        and pred.head.i != pred.i
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in PENDING_MARKS for c in pred.children)
        and intended(pred.head, lex)
    ):
        return True  # "is expected to reach 2,500 once Jamaica and Belize send theirs": not yet sent
    if (
        pred.dep_ == "conj"
        and pred.head.i != pred.i
        and _non_finite(pred)
        and _non_finite(pred.head)
        and intended(pred.head, lex)
    ):
        return True  # "has offered to lead the mission and to send 1,000 officers": both offered
    for a in _aux(pred):
        if a.lower_ in lex.future_aux or a.lemma_.lower() in (
            "could",
            "may",
            "might",
            "should",
            "must",
            "can",
        ):
            return True
    if (
        _non_finite(pred)
        and pred.dep_ in ("xcomp", "pcomp", "csubj", "advcl", "ccomp", "acl")
        and pred.head.i != pred.i
    ):
        gov = pred.head
        glemma = gov.lemma_.lower()
        if (
            glemma in lex.done
            or (glemma == "have" and gov.tag_ == "VBD")
            or (pred.dep_ == "acl" and pred.tag_ == "VBG")
        ):
            return False  # "managed to send", "had to withdraw", "a contingent numbering 200"
        if pred.dep_ == "pcomp" and glemma in ("with", "by", "after", "before", "while", "since", "despite"):
            return False  # "with Rwanda alone fielding 2,600": a state, not an intention
        if pred.dep_ in ("xcomp", "pcomp", "csubj") or glemma in lex.intent:
            return True
        if pred.dep_ == "advcl" and any(a.lower_ in lex.future_aux for a in _aux(gov)):
            return True  # "would work with Congress to provide $100 million": a purpose still to come
    t = pred
    for _ in range(3):
        finite = t.tag_ in ("VBD", "VBZ", "VBP") or (
            t.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP", "VBD") for a in _aux(t))
        )
        if t.dep_ == "ccomp" and finite and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "Britain has given $10 million": a clause with its own subject and tense is done
        if t.dep_ in ("xcomp", "ccomp") and t.head.pos_ in ("VERB", "AUX", "ADJ"):
            gov = t.head
            if gov.lemma_.lower() in lex.intent or gov.lower_ in lex.intent:
                return True
            if gov.lemma_.lower() == "be" and t.dep_ == "xcomp":
                return True  # "was to reach", "is to deploy"
            if any(a.lower_ in lex.future_aux for a in _aux(gov)):
                return True
            t = gov
            continue
        break
    if pred.lemma_.lower() in ("mean", "suppose", "design", "schedule", "due", "slate") and passive(pred):
        return True  # "the mission is meant to …", "was designed to field"
    return pred.lemma_.lower() in ("plan", "intend", "expect", "aim")


def negated(pred: Token, lex: Lexicon) -> bool:
    for c in pred.children:
        if c.dep_ == "neg":
            return True
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for c in pred.children)


def perfect(pred: Token) -> bool:
    return pred.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in _aux(pred))


def simple_past(pred: Token) -> bool:
    return pred.tag_ == "VBD" and not _aux(pred)


def passive(pred: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)


# ---------------------------------------------------------------------------------------------
# deciding


def _candidates(classes: list[str], fig: Figure, lex: Lexicon) -> list[str]:
    allowed = lex.measure_of.get(fig.family, {})
    kinds = [c for c in classes if c in allowed]
    nc = None if fig.demonym else noun_class(fig.noun)
    if fig.family == "persons":
        if nc == "people":
            kinds = [c for c in kinds if c in HUMANITARIAN_CLASSES]
        elif nc == "personnel":
            kinds = [c for c in kinds if c not in ("displace", "need_aid")]
    order = {c: i for i, c in enumerate(CLASS_ORDER)}
    return sorted(kinds, key=lambda c: order.get(c, 99))


REACH = frozenset({"reach", "hit", "top"})
RELATIVES = frozenset({"who", "whom", "that", "which"})
BUDGET_VERBS = frozenset({"receive", "give", "allot", "allocate", "grant", "award", "get", "approve"})


def _a_missions_budget(fig: Figure, verb: Token) -> bool:
    """A sum a peace operation is given, allotted or receives for a year is its budget ("UNMISS, which
    was given $1.2 billion", "MINUSCA will receive $1.15 billion"), not a payment by anyone."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVES and verb.dep_ == "relcl":
        subj = verb.head  # "the mission in South Sudan, UNMISS, which was given"
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in verb.children):
        return False  # "received $50 million from Canada": a payment, its payer named
    s = fig.sent
    if re.match(r"\s+of\s+(?:the|its)\b", s.text[fig.q.end - s.start : fig.q.end - s.start + 12]):
        return False  # "has received $96 million of the $290 million it needs": a part paid in
    named = [subj, *(c for c in subj.subtree if c.dep_ in ("appos", "conj"))]  # (the parse hangs an
    # apposition on the nearest noun: "the observer force on the Golan Heights, UNDOF, gets $68 million")
    return any(s.entity_of(t, ("MISSION",)) is not None for t in named) and not any(
        t.lemma_.lower() in ("fund", "trust") for t in subj.subtree
    )


def _relative_about_another(fig: Figure, verb: Token) -> bool:
    """A relative clause on the figure's noun whose own subject or object is another noun ("whose
    villages had been burned", "who saw their homes destroyed" aside): it tells what befell that."""
    mine = {t.i for t in (fig.noun, fig.head, fig.anchor) if t is not None}
    if verb.dep_ != "relcl" or verb.head.i not in mine:
        return False  # (a figure inside the clause is its own: "whose government has promised 50")
    return any(
        c.dep_ in ("nsubjpass", "dobj")
        and c.lower_ not in RELATIVES
        and c.i not in mine
        and c.pos_ in ("NOUN", "PROPN")
        for c in verb.children
    ) and any(c.dep_ == "poss" and c.lower_ == "whose" for x in verb.children for c in x.children)


def _one_thing_sized(fig: Figure, tok: Token, measure: str) -> bool:
    """ "a 15-member body": a number hyphened to a noun that modifies ``tok`` gives the size of one
    thing, so ``tok`` does not say what the figure counts — unless the size is the measure itself
    ("a 5,500-troop target", "a $600 million-a-year budget")."""
    noun = fig.noun
    if measure.startswith(("personnel.", "funding.")) or noun is None:
        return False
    if noun.head.i != tok.i or noun.dep_ not in ("compound", "amod", "nmod"):
        return False
    return noun.i > 0 and noun.doc[noun.i - 1].text == "-"


def _object_of(fig: Figure, verb: Token) -> bool:
    """The figure (or its counted noun) is the verb's direct object."""
    return any(
        t is not None and t.dep_ == "dobj" and t.head.i == verb.i for t in (fig.noun, fig.head, fig.anchor)
    )


def _force_sized(fig: Figure, verb: Token) -> bool:
    """A force's size, not people an agency reaches: personnel counted, or a mission as the subject."""
    if fig.noun is not None:
        return noun_class(fig.noun) == "personnel"
    subj = _subject_of(verb, borrowed=("xcomp",))
    if subj is None:
        return False
    if subj.lemma_.lower() in ("number", "total"):  # "the number of officers reached 400"
        subj = next(
            (o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), subj
        )
    if subj.lower_ == "it" and any(
        e.label == "MISSION" and e.end <= fig.sent.pos(subj) for e in fig.sent.ents
    ):  # "The MSS was meant to reach 2,500; it never passed about 970"
        return True
    # "whose personnel reached approximately 400", "the mission's strength reached 1,000"
    return (
        _names_a_force(fig, subj) or noun_class(subj) == "personnel" or subj.lemma_.lower() in SIZE_SUBJECTS
    )


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a relative's "whose" noun the parse hung on the main verb:
    "MINURSO, whose approved budget for the year … is about $68 million"), the one nearest before it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if len(before) > 1 else (subjects[0] if subjects else None)


def _subject_of(verb: Token, borrowed: tuple[str, ...] = ()) -> Token | None:
    """The verb's subject, or the governing verb's when the verb has none and hangs on it by one of
    the ``borrowed`` relations ("was built to reach" → xcomp, "… but stalled at" → conj)."""
    subj = _nearest_subject(verb)
    t = verb
    for _ in range(3):  # ("was supposed to number 2,500 but stalled at 970": up the conj and the xcomp)
        if (
            subj is not None
            or t.dep_ not in (*borrowed, *(("xcomp",) if borrowed else ()))
            or t.head.i == t.i
        ):
            break
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _names_a_force(fig: Figure, tok: Token | None) -> bool:
    """A mission's name or a noun for one ("the force", "the contingent")."""
    return tok is not None and (
        fig.sent.entity_of(tok, ("MISSION",)) is not None or tok.lemma_.lower() in FORCE_NOUNS
    )


# the standard a sum is measured against ("$112 million of the $800 million needed", "well below the
# $800 million the UN says the force needs", "$115 million of the $600 million it needed each year")
_STANDARD_BEFORE = re.compile(
    r"\b(?:(?:of|below|against|short\s+of|towards?|out\s+of|fraction\s+of|half\s+of|third\s+of)\s+"
    r"(?:the|an?|its|their)|against|below|short\s+of)\s+"  # ("against roughly $800 million a year
    r"(?:roughly|about|some|around|nearly|almost|estimated|annual|yearly)?\s*$",  # that planners say … need")
    re.I,
)
NEED_VERBS = frozenset({"need", "require", "request", "cost", "budget", "estimate", "seek", "ask", "appeal"})


def _needed_standard(fig: Figure) -> Token | None:
    s, doc = fig.sent, fig.sent.doc
    if doc is None or not _STANDARD_BEFORE.search(
        s.text[max(0, fig.q.start - s.offset - 40) : fig.q.start - s.offset]
    ):
        return None
    last = s.token_at(fig.q.end - 1)
    if last is None:
        return None
    for t in doc[last.i + 1 : last.i + 12]:
        if t.text in (",", ";", ".", ":", "(", ")") or s.quantity_of(t) is not None:
            return None
        if t.pos_ in VERBISH and t.lemma_.lower() in NEED_VERBS:
            return t
    return None


# adjectives that rank what things cost ("the most expensive, at $1.26 billion")
COST_RANKS = frozenset({"expensive", "costly", "cheap", "inexpensive", "pricey", "dear"})
RANK_VERBS = frozenset({"be", "remain", "rank", "come", "stay"})


def _cost_ranked(fig: Figure) -> Token | None:
    """ "UNMISS is the most expensive operation, at about $1.26 billion, followed by MINUSCA at $1.15
    billion and MONUSCO at $1.02 billion": a sum given as the cost a ranking of costs puts on each
    item, the items after "followed by" and "and" included."""
    top = fig.anchor
    while top.dep_ in ("compound", "quantmod", "nummod", "advmod") and top.head.i != top.i:
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "at":
        return None
    at = top.head.head
    if at.lemma_.lower() == "follow" and at.dep_ in ("advcl", "acl", "conj"):
        at = next((a for a in at.ancestors if a.pos_ in VERBISH), at.head)
    return at if _ranks_costs(at) else None


def _ranks_costs(tok: Token) -> bool:
    if tok.lemma_.lower() in COST_RANKS:
        return True
    if tok.lemma_.lower() not in RANK_VERBS:
        return False
    return any(
        c.dep_ in ("attr", "acomp", "oprd", "dobj")
        and (
            c.lemma_.lower() in COST_RANKS
            or any(a.lemma_.lower() in COST_RANKS for a in c.children if a.dep_ == "amod")
        )
        for c in tok.children
    )


# verbs that put a value on a thing ("put at", "estimated at", "amounting to")
VALUING = frozenset(
    {"put", "estimate", "amount", "peg", "set", "total", "reckon", "calculate", "place", "project", "value"}
)


def _costed_noun(fig: Figure, lex: Lexicon) -> Token | None:
    """ "running costs that diplomats put at $800 million": a relative clause puts a figure on the
    money noun it describes, and that noun decides."""
    for t in fig.anchor.ancestors:
        if t.pos_ in VERBISH:
            clause = t.dep_ == "relcl" or (
                t.dep_ == "acl"  # "an annual bill put at $600 million", "a requirement that officials put
                and (t.lemma_.lower() in VALUING or any(c.dep_ == "nsubj" for c in t.children))  # at $N"
            )  # (not "the force's running costs held about $113 million": a main verb parsed as a participle)
            if clause and lex.frame_nouns.get("money", {}).get(t.head.lemma_.lower()) == "funding.required":
                return t.head
            return None
    return None


def decide(fig: Figure, chain: list[tuple[str, Token]] | None = None) -> None:
    """Set ``fig.measure`` (and cue, why, intent) from the nearest decisive evidence, or leave None;
    ``chain``: the figure's :func:`evidence`, when the caller has it already."""
    _decide(fig, chain)
    if (
        fig.measure == "funding.contributed"
        and fig.why in ("object", "subject", "frame", "mod")
        and fig.pred is not None
        and fig.pred.pos_ in VERBISH
        and intended(fig.pred, lexicon())
    ):
        # "would double its support to $200 million", "its support would total $300 million": money
        # a noun of giving names, sized by a verb still to come, is promised
        fig.intent = True
        fig.measure, fig.why = "funding.pledged", f"{fig.why}:intended"
    if fig.measure == "funding.contributed" and fig.pred is not None and _on_the_table(fig.pred):
        fig.measure, fig.why = "funding.pledged", f"{fig.why}:offered"


def _on_the_table(verb: Token) -> bool:
    """ "put another $100 million on the table", "laid $40 million on the table": money offered, not
    yet paid."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "table" for o in c.children)
        for c in verb.children
    )


def _giver_with(fig: Figure) -> Token | None:
    """ "Canada has been the largest contributor to the fund, with $8.7 million", "the biggest donor,
    with $63 million": the sum a giver is ranked by is what it gave (a giver noun the "with" hangs on,
    or the attribute of the "be" it hangs on)."""
    t = fig.head or fig.anchor
    if t.dep_ != "pobj" or t.head.lower_ != "with":
        return None
    givers = lexicon().status["donor_nouns"] | {"contributor"}  # the lexicon's donors, and "contributor"
    holder = t.head.head
    if holder.lemma_.lower() in givers:
        return holder
    if holder.lemma_.lower() == "be":
        return next((c for c in holder.children if c.dep_ == "attr" and c.lemma_.lower() in givers), None)
    return None


def _promised_sum(fig: Figure, lex: Lexicon) -> Token | None:
    """A sum whose own participle, right after it, says it was promised ("of $110.3 million pledged",
    "$15 million pledged by other donors"): the participle, not the clause the sum sits in, says
    what it is (the parse may hang the participle on the verb)."""
    doc = fig.anchor.doc
    last = fig.head if fig.head is not None and fig.head.i >= fig.anchor.i else fig.anchor
    if last.dep_ == "dobj":
        return None  # "Canada has paid $15 million pledged last year": what the verb did to it
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or nxt.tag_ != "VBN" or nxt.dep_ not in ("acl", "advcl", "amod", "conj"):
        return None
    if any("withhold" in classes_of(t) and not negated(t, lex) for t in fig.path if t.i > nxt.i):
        return None  # "$13.3 million earmarked for the force had been frozen": frozen, whatever it was
    wanted = {w for w, m in lex.modifiers.get("money", {}).items() if m == "funding.pledged"}
    return nxt if nxt.lower_ in wanted or nxt.lemma_.lower() in wanted else None


def _contributor_with(fig: Figure, lex: Lexicon) -> Token | None:
    """ "Ghana, the largest troop contributor with more than 900": the people a contributor is ranked
    by are those it has in the force, whatever the clause around it says."""
    t = fig.head or fig.anchor
    if t.dep_ != "pobj" or t.head.lower_ != "with":
        return None
    holder = t.head.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in lex.status["contributor_nouns"]:
        return holder
    return None


def _decide(fig: Figure, chain: list[tuple[str, Token]] | None = None) -> None:
    _decide_by_chain(fig, chain)
    ranked = _contributor_with(fig, lexicon()) if fig.measure is None and fig.family == "persons" else None
    if ranked is not None:  # "Indonesia and Italy, two of the biggest troop contributors with more than
        _set(fig, "personnel.deployed", ranked, "contributor with")  # 1,000 each, say …": the clause
        # around it (a speech verb) decided nothing


def _decide_by_chain(fig: Figure, chain: list[tuple[str, Token]] | None = None) -> None:
    lex = lexicon()
    fam = fig.family
    weak: tuple[str, Token] | None = None
    purse: Token | None = None
    chain = evidence(fig) if chain is None else chain
    fig.path = [t for _, t in chain]
    fig.pred = next((t for k, t in chain if k == "pred"), None)
    if fig.pred is not None and _ambiguous_casualty(fig.pred):
        fig.why = "killed or injured"
        return
    among = _among_casualties(fig, lex) if fam == "persons" else None
    if among is not None:  # "11 Italian soldiers were among the injured", "six … were among eight
        _set(fig, among[0], among[1], "among casualties")  # peacekeepers killed": the toll's part
        return
    left = _left_in_a_state(fig) if fam == "persons" else None
    if left is not None:
        _set(fig, left[0], left[1], "pred:left in a state")
        return
    promised = _promised_sum(fig, lex) if fam == "money" else None
    if promised is not None:  # "$110.3 million pledged", "a further $15 million pledged by other donors
        _set(fig, "funding.pledged", promised, "mod")  # has not yet been paid": the sum's own participle
        return
    held = (
        next((t for k, t in chain if k in ("pred", "frame") and _on_hold(t)), None)
        if fam == "money"
        else None
    )
    if held is None and fam == "money":
        held = _frozen_thing(fig, chain, lex)
    if held is not None:
        _set(fig, "funding.withheld", held, "pred:on hold")  # "put a €6 million contribution on hold"
        return
    if fam == "money":
        giver = _giver_with(fig)
        if giver is not None:  # "Canada has been the largest contributor to the fund, with $8.7 million"
            _set(fig, "funding.contributed", giver, "giver with")
            return
        standard = _needed_standard(fig) or _costed_noun(fig, lex) or _cost_ranked(fig)
        if standard is not None:
            _set(fig, "funding.required", standard, "standard")
            return
    for kind, tok in chain:
        if kind == "strength":
            _set(fig, "personnel.deployed", tok, "strength")
            return
        if kind == "subset":
            fig.part_of = fig  # a part of a group counted before: marked, judged by the caller
            continue
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if kind == "frame":
            comp = None if crowded(tok) else next((c for c in tok.children if c.dep_ == "compound"), None)
            if comp is not None and f"{comp.lemma_.lower()} {lemma}" in lex.frame_nouns.get(fam, {}):
                lemma = low = f"{comp.lemma_.lower()} {lemma}"
        if kind == "noun" and fam == "persons":
            m = lex.noun_measure.get(lemma) or lex.noun_measure.get(low)
            if m:
                _set(fig, m, tok, "noun")
                return
            continue
        if kind == "mod" and _partitive_relative(tok):
            continue  # "is $57.9 million, of which Cyprus meets a third": the clause decides
        if (
            kind == "mod"
            and fam == "persons"
            and tok.lower_ == "in"
            and any(c.lemma_ == "need" for c in tok.children)
        ):
            _set(fig, "people_in_need", tok, "mod")  # "6 million people in need"
            return
        if kind in ("pred", "mod") and _relative_about_another(fig, tok):
            continue  # "2,000 returnees whose villages had been burned": the clause's patient is another
        if kind == "frame" and fam == "persons" and _apposed_size(fig, tok):
            if _capped(fig):  # "the force, up to 5,550 personnel, …": what it may have
                _set(fig, "personnel.target", tok, "frame:apposed ceiling")
            else:  # "Chad's contingent, around 1,400 soldiers, …"
                _set(fig, "personnel.deployed", tok, "frame:apposed size")
            return
        if kind == "frame" and fam == "persons" and _a_force_capped(fig, tok, chain):
            _set(fig, "personnel.target", tok, "frame:force of up to")
            return
        if kind == "frame" and fam == "persons" and _a_force_talked_of(tok, lex):
            _set(fig, "personnel.target", tok, "frame:force talked of")
            return
        if kind == "frame" and fam == "persons" and _a_deployment_asked_for(tok):
            fig.intent = fig.split_intent = True  # pledged by a country that owns it, else a target
            _set(fig, "personnel.target", tok, "frame:deployment asked for")
            return
        if kind == "mod" and fam == "money" and _paid_out_of(tok):
            purse = purse or tok  # "its budget is about $86 million, paid from the regular budget": the
            continue  # purse it comes out of; the sum is paid only when nothing else says what it is
        if kind in ("mod", "frame"):
            m = (lex.modifiers if kind == "mod" else lex.frame_nouns).get(fam, {}).get(lemma) or (
                lex.modifiers if kind == "mod" else lex.frame_nouns
            ).get(fam, {}).get(low)
            if m and kind == "frame" and _one_thing_sized(fig, tok, m):
                continue  # "the 15-member body adopted": one body of that size, nobody dead
            if m and m.startswith("personnel.") and kind == "frame" and civilians(fig):
                continue  # "a plan … to reach 4.2 million people": people a plan serves are no force
            if m == "funding.contributed" and kind == "frame" and _promised_object(tok):
                continue  # "committed a grant of C$75.8 million": the verb promises what the noun names
            leaving = kind == "mod" and tok.dep_ == "amod" and _leaving(fig)
            if m in ("personnel.arrived", "personnel.deployed") and leaving:
                continue  # "the first group … is expected to leave Goma", "500 of the current battalion
                # will rotate out": the verb of leaving says what the group does
            if m == "personnel.deployed" and kind == "frame" and _capped(fig):
                m = "personnel.target"  # "force levels of up to 17,000 troops": a level no higher than
            if m:
                _set(fig, m, tok, kind)
                return
            verbal = kind == "mod" and tok.pos_ in VERBISH and tok.dep_ in ("acl", "relcl", "amod")
            if (
                verbal
                and tok.lemma_.lower() == "be"
                and any(
                    c.dep_ == "attr" and any(fig.sent.quantity_of(x) is not None for x in c.subtree)
                    for c in tok.children
                )
            ):
                continue  # "5,550, which is 5,500 uniformed and 50 civilians": a breakdown, not the measure
            if verbal and "report" in classes_of(tok):
                tok = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in VERBISH), tok)
            if (
                verbal
                and tok.lemma_.lower() in MEANT
                and (a_standard(fig.head or fig.anchor) or _a_part_of(fig.head or fig.anchor))
            ):
                # "against the 2,500 it was meant to have": what it was meant to do, as intended
                meant = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in VERBISH), None)
                if meant is None and tok.lemma_.lower() in BUILT_FOR and fam == "persons":
                    _set(fig, "personnel.target", tok, "mod:built for")  # "the 2,500 it was built around"
                    return
                tok = meant or tok
            if verbal and any(_follow_on(fig, p) for k, p in chain if k == "pred"):
                continue  # "the remaining 600 officers would follow in batches": the verb says what they do
            if verbal and _from_predicate(fig, tok, lex):
                return
            if (
                kind == "frame"
                and fam == "persons"
                and (lemma in lex.noun_measure or low in lex.noun_measure)
            ):
                m = lex.noun_measure.get(lemma) or lex.noun_measure[low]
                if _one_thing_sized(fig, tok, m):
                    continue
                _set(fig, m, tok, "frame")
                return
            continue
        nounlike = tok.tag_ in ("NN", "NNS") or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        if kind == "pred" and nounlike and lex.frame_nouns.get(fam, {}).get(lemma):
            _set(fig, lex.frame_nouns[fam][lemma], tok, "frame")  # "commitments for 7,500", parsed as a verb
            return
        if kind == "pred" and fam == "money" and lemma in BUDGET_VERBS and _a_missions_budget(fig, tok):
            _set(fig, "funding.required", tok, "pred:budget")  # "UNIFIL in Lebanon was allotted $550 million"
            return
        if kind == "pred" and fam == "persons" and _received_people(fig, tok):
            if intended(tok, lex):  # "is to receive 300 more police": promised to it
                fig.intent = fig.split_intent = True
                _set(fig, "personnel.pledged", tok, "pred:receive:intended")
            else:  # "The mission received 150 Guatemalan military police in January": one batch
                _set(fig, "personnel.arrived", tok, "pred:receive")
            return
        if kind == "pred" and fam == "persons" and _started_with(fig, tok):
            if intended(tok, lex):  # "will start with 300 officers": the first batch promised
                fig.intent = fig.split_intent = True
                _set(fig, "personnel.pledged", tok, "pred:start with:intended")
            else:  # "ATMIS began in April 2022 with close to 20,000 troops": its strength then
                _set(fig, "personnel.deployed", tok, "pred:start with")
            return
        if kind == "pred" and fam == "persons" and _reduced_by(fig, tok):
            # "the mission reduced its strength by 2,000 troops": the people who left, not a level
            _set(fig, "personnel.returned", tok, "pred:reduced by")
            return
        if kind == "pred":
            classes = classes_of(tok)
            if "kidnap" in classes and any(
                c.dep_ == "dobj" and fig.sent.entity_of(c, ("PLACE", "COUNTRY")) is not None
                for c in tok.children
            ):
                continue  # "when rebels seized Goma": a town taken, nobody kidnapped
            if lemma in REACH and fam == "persons" and _object_of(fig, tok) and _force_sized(fig, tok):
                # "was built to reach 2,500 police and soldiers", "the force reached 2,340": a size,
                # never an arrival (that reaches a place: "reached Haiti on Monday")
                if intended(tok, lex):
                    fig.intent = fig.split_intent = True
                    _set(fig, "personnel.target", tok, "pred:strength:intended")
                else:
                    _set(fig, "personnel.deployed", tok, "pred:strength")
                return
            if (
                lemma in REACH
                and fam == "persons"
                and any(c.dep_ == "dobj" and fig.anchor in c.subtree for c in tok.children)
                and fig.noun is not None
                and noun_class(fig.noun) != "personnel"
            ):
                continue  # "to reach 3.9 million Haitians in need": people an aid plan reaches
            if lemma in CROSSING and fam == "persons" and _people_crossing_into(fig, tok):
                _set(fig, "displaced", tok, "pred:crossed")  # "1.1 million people crossed into South Sudan"
                return
            if lemma in HOUSING and fam == "persons" and _a_site_houses(fig, tok):
                _set(fig, "displaced", tok, "pred:site")  # "the protection of civilians site hosts 37,000"
                return
            if lemma in DWELLING and fam == "persons" and _living_in_a_site(fig, tok):
                _set(fig, "displaced", tok, "pred:in-site")  # "1.6 million people live in camps"
                return
            if "change" in classes and _amount_subject(tok):
                weak = weak or ("pred", tok)  # "the number of displaced people reached 1,041,000"
                continue
            if "change" in classes and fam == "persons" and _changed_object(fig, tok, lex):
                return  # "withdrew 400, bringing its contingent down to 1,100": the level it has now
            if "change" in classes and fam == "persons" and _level_at(fig, tok) and not intended(tok, lex):
                # "A mission that was supposed to reach 2,500 stalled at about 970": the level it
                # stopped at decides, whatever the mission was meant to do
                _weak(fig, tok, lex)
                if fig.measure is not None:
                    return
            if any(c in WEAK for c in classes) and not _candidates(
                [c for c in classes if c not in WEAK], fig, lex
            ):
                if weak is None:
                    weak = ("pred", tok)
                continue
            if fam == "persons" and _helped_by(fig, tok):
                _set(fig, "personnel.deployed", tok, "pred:helped by")  # "UNDOF continued to be supported by
                return  # 76 military observers": people at work with a force
            if fam == "persons" and _follow_on(fig, tok):
                if intended(tok, lex):  # "a further 600 would follow": promised
                    fig.intent = fig.split_intent = True
                    _set(fig, "personnel.pledged", tok, "pred:follow:intended")
                else:  # "the second group, of the same size, followed late last month": one batch
                    _set(fig, "personnel.arrived", tok, "pred:follow")
                return
            if fam == "persons" and _meant_size(fig, tok):
                fig.intent = fig.split_intent = True  # "the 2,500 the mission was meant to field",
                _set(fig, "personnel.target", tok, "pred:meant size")  # "had been planned at 2,500"
                return
            raised = _raised_into(fig, tok)
            if raised is not None and _from_predicate(fig, raised, lex):
                return  # "a further 60 soldiers are expected to rotate in": what they are expected to do
            if _from_predicate(fig, tok, lex):
                return
    if weak is not None:
        _weak(fig, weak[1], lex)
    if fig.measure is None and purse is not None:
        _set(fig, "funding.contributed", purse, "mod")
    if fig.measure is None and fig.previous and fig.family == "persons" and partitive_pronoun(fig):
        _set(fig, fig.previous, fig.anchor, "partitive")
    if fig.measure is None and fig.family == "persons":
        holder = _parenthesised_after(fig)
        if holder is not None and _about_contributors(fig, lex):
            _set(fig, "personnel.deployed", holder, "contributor list")
    if fig.measure is None and fig.family == "persons" and fig.noun is None and _bare_count_there(fig):
        _set(fig, "personnel.deployed", fig.pred or fig.anchor, "strength:there")
    if fig.measure is None and fig.family == "persons" and fig.noun is None and _size_meant(fig):
        _set(fig, "personnel.target", fig.pred or fig.anchor, "strength:meant")
    if fig.measure is None and fig.family == "persons":
        held = _held_strength(fig, lex)
        if held is not None:  # "Its 10,000 peacekeepers watch a line", "the 12,000 troops it had in June"
            _set(fig, "personnel.deployed", held, "strength:held")
    if fig.measure is None and fig.family == "persons" and _verbless_strength(fig):
        # "- Today: roughly 4,800 troops" is the strength; "- Up to 5,550 personnel" the ceiling
        below = (fig.q.qualifier_cue or "").lower() in BELOW  # ("- Fewer than 1,000 on the ground")
        capped = fig.q.qualifier == "at_most" and not below
        measure = "personnel.target" if capped else "personnel.deployed"
        _set(fig, measure, fig.noun, "verbless")  # type: ignore[arg-type]


# a unit whose size an apposition gives ("Chad's contingent, around 1,400 soldiers, …")
UNIT_NOUNS = frozenset({"contingent", "battalion", "brigade", "company", "unit", "detachment", "force"})
STARTS = frozenset({"begin", "start", "launch", "open", "commence"})
MOVES_A_UNIT = frozenset({"arrive", "withdraw", "deploy", "pledge", "authorise"})


def _apposed_size(fig: Figure, unit: Token) -> bool:
    """ "Chad's contingent, around 1,400 soldiers in the north, …", "Zambia's contingent, the
    largest at some 3,500 troops, …": the figure is in an apposition to a unit, its size now."""
    if unit.lemma_.lower() not in UNIT_NOUNS:
        return False
    verb = next((a for a in unit.ancestors if a.pos_ in VERBISH), None)
    if verb is not None and verb.lemma_.lower() in RAISING:  # "is expected to be among the last to go"
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in VERBISH), verb)
    if verb is not None and set(classes_of(verb)) & MOVES_A_UNIT:
        return False  # "the previous battalion, 850 soldiers, flew home": the verb says what they did
    t = fig.noun or fig.anchor
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ == "appos" and t.head.i == unit.i:
            return True
        if t.dep_ not in ("pobj", "prep", "nummod", "quantmod", "appos"):
            return False
        t = t.head
    return False


RECEIVING = frozenset({"receive", "welcome", "take in"})


def _received_people(fig: Figure, verb: Token) -> bool:
    """A force or a mission that receives or welcomes a force's people ("the mission received 150
    Guatemalan military police"); not people a country takes in (refugees are no personnel)."""
    if verb.lemma_.lower() not in RECEIVING or noun_class(fig.noun) != "personnel" or civilians(fig):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _is_object(fig, verb) and subj is not None and _names_a_force(fig, subj)


def _started_with(fig: Figure, verb: Token) -> bool:
    """ "began in April 2022 with close to 20,000 troops": the strength a force started with; a force
    that took over from another, or replaced or succeeded a mission, starts too ("took over from
    NATO's SFOR in December 2004 with about 7,000 troops", "replaced ISAF on 1 January 2015, with
    about 13,000 troops")."""
    if verb.lemma_.lower() not in STARTS and not _took_over(verb):
        return False
    top = fig.head or fig.noun or fig.anchor
    return top.dep_ == "pobj" and top.head.lower_ == "with" and top.head.head.i == verb.i


def _took_over(verb: Token) -> bool:
    """ "took over (from X)", or "replaced"/"succeeded" a named mission, in the active voice."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    if lemma not in SUCCEEDS or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    return any(
        c.dep_ == "dobj" and any(t.ent_type_ or t.pos_ == "PROPN" for t in doc[c.left_edge.i : c.i + 1])
        for c in verb.children
    )


SUCCEEDS = frozenset({"replace", "succeed", "relieve"})


PURSE_VERBS = frozenset({"fund", "finance", "meet"})


def _paid_out_of(part: Token) -> bool:
    """ "…, paid from the UN regular budget", "funded through the peace facility": a participle after a
    sum that names the purse it comes out of, not a payment the text reports."""
    return (
        part.dep_ == "acl"
        and part.tag_ == "VBN"
        and bool({"pay", "hold"} & set(classes_of(part)) or part.lemma_.lower() in PURSE_VERBS)
        and any(c.dep_ == "prep" and c.lower_ in ("from", "through", "out") for c in part.children)
    )


def _held_strength(fig: Figure, lex: Lexicon) -> Token | None:
    """Troops a force has, told by their noun phrase when no verb says what they are: owned by a
    mission or "its"/"their" ("Its roughly 10,000 peacekeepers … watch a line"), or described by a
    relative clause of having ("the some 12,000 troops and police it had in June")."""
    noun = fig.noun
    if noun is None or noun_class(noun) != "personnel":
        return None
    for c in noun.children:
        if c.dep_ == "poss" and (c.lower_ in ("its", "their") or fig.sent.entity_of(c, ("MISSION",))):
            return c
    for c in (c for n in (noun, *noun.conjuncts) for c in n.children):  # "troops and police it had"
        if c.dep_ == "relcl" and "strength" in classes_of(c) and not intended(c, lex) and not negated(c, lex):
            return c
    return None


RAISING = frozenset({"expect", "due", "schedule", "slate", "set", "suppose", "likely", "bound"})
# verbs of a movement's phase, whose subject does what their complement says ("began arriving")
PHASE = frozenset({"begin", "start", "continue", "resume"})
MOVES = frozenset({"deploy", "arrive", "withdraw"})


def _raised_into(fig: Figure, verb: Token) -> Token | None:
    """The verb a figure's group is expected or due to do ("60 soldiers are expected to rotate in",
    "a further 90 are due to arrive"): a raising verb whose subject is the figure's phrase passes the
    measure to its complement, which then reads as intended; a verb of phase ("about 500 soldiers
    began arriving") passes it on as done."""
    if verb.lemma_.lower() not in RAISING | PHASE:
        return None
    grouped = not any(  # a group's size ("Uganda's contingent"), not what a state keeps ("Kenya is …")
        c.dep_ in ("nsubj", "nsubjpass") and fig.sent.entity_of(c, ("COUNTRY",)) is not None
        for c in verb.children
    )
    for c in verb.children:  # "Uganda's contingent is expected to number about 1,000": its size
        if (
            grouped
            and c.dep_ == "xcomp"
            and c.pos_ in VERBISH
            and "strength" in classes_of(c)
            and (_is_object(fig, c) or _sized_by(fig, c))
        ):
            return c
    top = {t.i for t in (fig.noun, fig.head, fig.anchor, *fig.path) if t is not None and t.pos_ != "VERB"}
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i in top for c in verb.children):
        return None  # (through "of": "the first group of around 200 members is expected to leave")
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in VERBISH and set(classes_of(c)) & MOVES:
            return c
    return None


def _sized_by(fig: Figure, verb: Token) -> bool:
    """ "to number about 1,100" parsed with "about" as a preposition: the figure is still its object."""
    phrase = {t.i for t in (fig.head, fig.noun, fig.anchor) if t is not None}
    return any(
        c.dep_ == "prep" and c.lower_ in APPROXIMATE_PREPS and any(p.i in phrase for p in c.children)
        for c in verb.children
    )


APPROXIMATE_PREPS = frozenset({"about", "around", "some", "roughly", "nearly", "over", "under"})


CROSSING = frozenset({"cross", "pour", "stream", "flood"})  # people (not troops) crossing a border


PERMITTING = frozenset({"may", "can", "could", "might"})


def permitted(verb: Token | None) -> bool:
    """ "may deploy", "may continue to deploy", "could field": what a force is allowed, not has."""
    t = verb
    for _ in range(3):
        if t is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in PERMITTING for c in t.children) and not negated(t, lexicon()):
            return True
        if t.dep_ != "xcomp":
            return False
        t = t.head
    return False


FREEZING = frozenset(
    {"freeze", "withhold", "pause", "suspend", "hold back", "hold up", "block", "halt"}
    | {"frozen", "withheld", "paused", "suspended"}  # the participles, tagged as adjectives after "been"
)


REDUCING = frozenset({"reduce", "cut", "trim", "shrink", "lower", "decrease", "slash"})


def _reduced_by(fig: Figure, verb: Token) -> bool:
    """A force's strength reduced "by" the figure: the figure hangs on the verb's own "by"."""
    if verb.lemma_.lower() not in REDUCING:
        return False
    caps = lexicon().frame_nouns.get("persons", {})
    if any(c.dep_ == "dobj" and caps.get(c.lemma_.lower()) == "personnel.target" for c in verb.children):
        return False  # "cut the ceiling by 2,000": a ceiling lowered, nobody left
    top = fig.head or fig.anchor
    prep = top.head if top.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "by" and prep.head.i == verb.i


def _frozen_thing(fig: Figure, chain: list[tuple[str, Token]], lex: Lexicon) -> Token | None:
    """ "paused a contribution of about $15 million", "froze roughly $15 million it had promised",
    "$13.3 million intended for the fund had been frozen": a verb of freezing says what became of the
    money it governs, whatever the money was before (paid, promised, earmarked)."""
    nouns = {t.i for k, t in chain if k == "frame"}
    top = fig.head or fig.anchor
    nouns.add(top.i)
    for k, t in chain:
        if k == "pred" and t.lemma_.lower() == "pay" and any(c.dep_ == "neg" for c in t.children):
            return t  # "has not paid about $1.5 billion in assessed contributions": unpaid, held back
        if k != "pred" or negated(t, lex) or not any(key in FREEZING for key in verb_key(t)):
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and c.i in nouns for c in t.children):
            return t
        if t.dep_ == "acomp" and any(c.dep_ == "nsubj" and c.i in nouns for c in t.head.children):
            return t  # "… had been frozen", the participle tagged as an adjective
    return None


def _on_hold(verb: Token) -> bool:
    """Money "put on hold", "remained on hold", "placed on ice": held back."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in ("hold", "ice") for o in c.children)
        for c in verb.children
    )


STATES = frozenset({"country", "state", "government", "nation", "contributor", "partner", "member"})


def _states_promise(fig: Figure, pred: Token) -> bool:
    """Countries, or a country, promising or offering people: the object of a verb of pledging whose
    subject is a state."""
    if "pledge" not in classes_of(pred) or not _is_object(fig, pred):
        return False
    holders = [pred, *(c for c in pred.children if c.dep_ == "aux")]  # ("countries have between them
    subj = next((c for h in holders for c in h.children if c.dep_ == "nsubj"), None)  # promised": on "have")
    if subj is None:
        return False
    return subj.lemma_.lower() in STATES or fig.sent.entity_of(subj, ("COUNTRY",)) is not None


def civilians(fig: Figure) -> bool:
    """The figure counts people a crisis counts ("people", "residents"), not a force's personnel."""
    return (
        fig.noun is not None
        and noun_class(fig.noun) == "people"
        and fig.noun.lemma_.lower() in ("people", "person")
    )


def _people_crossing_into(fig: Figure, verb: Token) -> bool:
    """People (not troops) crossing into a place: refugees and displaced people arriving there."""
    if fig.noun is None or noun_class(fig.noun) != "people":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in verb.children)


HOUSING = frozenset({"host", "shelter", "house", "accommodate", "hold"})
SITES = frozenset(
    {"site", "camp", "settlement", "shelter", "centre", "center", "school", "church", "compound"}
)


def _a_site_houses(fig: Figure, verb: Token) -> bool:
    """ "The protection of civilians site in Malakal hosts about 41,500 people", "camps that shelter
    some 37,000": people a displacement site holds are displaced (a country hosting troops is not)."""
    if fig.noun is None or noun_class(fig.noun) != "people":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "relcl":
        subj = verb.head  # "camps that shelter some 37,000"
    return subj is not None and any(t.lemma_.lower() in SITES for t in subj.subtree if t.i <= subj.i + 4)


DWELLING = frozenset({"live", "stay", "reside", "shelter", "remain"})


def _living_in_a_site(fig: Figure, verb: Token) -> bool:
    """ "1.6 million people still live in displacement camps", "7,500 people are living in a makeshift
    site": people whose home is a camp or a displacement site are displaced (not troops in a camp)."""
    if fig.noun is None or noun_class(fig.noun) != "people" or fig.noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "inside"):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.lemma_.lower() in SITES - {"school", "church", "compound"}:
                return True
    return False


def _verbless_strength(fig: Figure) -> bool:
    """ "- Today: roughly 4,800 troops from 32 countries": a list item or fragment with no verb at
    all, counting the mission's people, states its strength (what is planned or promised says so:
    "Pledged: 1,500", "Ceiling: 5,550")."""
    s = fig.sent
    if s.doc is None or fig.noun is None or noun_class(fig.noun) != "personnel" or (fig.q.value or 0) < 2:
        return False
    if re.search(r"\?\s*$|\S {3,}\S", s.text):
        return False  # a question; a table row, whose columns say what each figure is
    verbs = [t for t in s.doc if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return True
    # "- Roughly 4,600 troops from 30 countries; Türkiye took over command": an item that opens
    # with the count, whose only clauses come after it and the figure is not part of them
    if fig.pred is not None or BULLET.match(s.text) is None:
        return False
    clauses = [t.i for t in verbs if t.dep_ not in ("amod", "compound", "nmod", "acl", "prep", "pcomp")]
    return not clauses or fig.noun.i < clauses[0]  # ("…, including about 70 police": no clause)


# a force's planned size told after a bare count ("the 2,500 the MSS was meant to field", "the 2,500
# it was designed for"), or the verbs a size is what a force was built or planned for ("built for 2,500")
MEANT_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<subject>(?:the|its|this|that|it|they)\b[^,.;:]{0,60}?)\b"
    r"(?:was|were|is|are|had been|has been|had|has)\s+"
    r"(?:meant|supposed|designed|intended|planned|built|authori[sz]ed|mandated|promised)\b",
    re.I,
)
PLANNED_FOR = frozenset(
    {"design", "build", "plan", "size", "mean", "intend", "budget", "authorise", "authorize"}
)
GROWING = frozenset({"grow", "rise", "reach", "expand", "increase", "swell"})


def _size_meant(fig: Figure) -> bool:
    """A count with no noun that is a force's planned size: "far from the 2,500 it was meant to have",
    "the MSS was built for 2,500", "a force that is supposed to grow to 2,500"."""
    a = fig.anchor
    if a.dep_ == "pobj" and a.head.lower_ == "for" and a.head.head.lemma_.lower() in PLANNED_FOR:
        return True
    if a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lemma_.lower() in GROWING:
        return intended(a.head.head, lexicon())
    after = fig.sent.text[fig.q.end - fig.sent.start :]
    m = MEANT_AFTER.match(after)
    if m is None:
        return False
    start, end = fig.q.end + m.start("subject"), fig.q.end + m.end("subject")
    if any(e.label in ("COUNTRY", "PERSON") and start <= e.start < end for e in fig.sent.ents):
        return False  # "the 1,000 Kenya was meant to send": a country's promise, not a force's size
    return not (set(m.group("subject").lower().split()) & SENDERS)


# who is "meant to send" people rather than be sized: the 1,000 "the minister was meant to send"
SENDERS = frozenset({"minister", "government", "president", "country", "ministry", "cabinet", "state"})


# where a force's people are when "be" says they are there ("Around 410 are on the ground")
THERE = frozenset({"ground", "country", "field", "theatre", "theater"})


def _bare_count_there(fig: Figure) -> bool:
    """A count with no noun that "be" places on the ground or in a country ("Around 410 are on the
    ground, nearly all of them Kenyan", "about 1,000 are in Haiti now"), or that "there are" gives of a
    group just named ("there are only around 430 of them"): the force's strength."""
    be = fig.pred
    if be is None or be.lemma_.lower() != "be" or negated(be, lexicon()):
        return False
    if any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return partitive_pronoun(fig) and fig.anchor.dep_ == "attr" and fig.anchor.head.i == be.i
    if not (fig.anchor.dep_ == "nsubj" and fig.anchor.head.i == be.i):
        return False
    for c in be.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "in"):
            for o in c.children:
                if o.dep_ == "pobj" and (
                    o.lemma_.lower() in THERE or (c.lower_ == "in" and fig.sent.entity_of(o, ("COUNTRY",)))
                ):
                    return True
    return False


# qualifier cues of a count below a level, and of a most allowed ("up to 5,550", "a maximum of 300")
BELOW = frozenset({"fewer than", "less than", "under", "just under", "below"})
CAPS = frozenset({"up to", "a maximum of", "no more than"})
# a list item's opening mark ("- ", "* ", "• ", "(a) ")
BULLET = re.compile(r"\s*(?:[-•*–▪·]|\(?[a-z0-9]\))\s+")


def _parenthesised_after(fig: Figure) -> Token | None:
    """The country or contributor a figure is set in brackets after ("Rwanda (about 2,150 troops)",
    "the largest contributor (800)"), which the parse often hangs anywhere."""
    before = bracketed_after(fig.sent, fig.q)
    if before is None:
        return None
    if fig.sent.entity_of(before, ("COUNTRY",)) is not None:
        return before
    if (
        before.lemma_.lower() in lexicon().status["contributor_nouns"]
        or before.lemma_.lower() == "contingent"
    ):
        return before
    return None


def _about_contributors(fig: Figure, lex: Lexicon) -> bool:
    """A sentence that lists who contributes what, with no promise or ceiling in it."""
    doc = fig.sent.doc
    assert doc is not None
    words = {t.lemma_.lower() for t in doc}
    if not words & {*lex.status["contributor_nouns"], "contingent", "troop", "sector", "battalion"}:
        return False
    return not any(
        set(classes_of(t)) & {"pledge", "authorise", "require", "withdraw"} for t in doc if t.pos_ in VERBISH
    )


# nouns of a force whose size a verb changes ("lifted the force to 980"); a ceiling noun sets a target
SIZED_NOUNS = frozenset(
    {"force", "mission", "operation", "contingent", "presence", "headcount", "total", "tally"}
)
# verbs that set what a force may be ("caps the force at 5,550", "authorised the force up to 4,250")
SETTING = frozenset(
    {"cap", "limit", "authorise", "authorize", "set", "fix", "peg", "restrict", "mandate", "allow", "permit"}
)


def _changed_object(fig: Figure, pred: Token, lex: Lexicon) -> bool:
    if fig.head is not None and fig.head.dep_ == "conj" and fig.head.head.dep_ == "pobj":
        first = fig.head.head  # "at 17,000 troops and 2,101 police": the second shares the first's frame
        if first.head.lower_ in ("to", "from", "at") and first.head.head.i == pred.i:
            obj = next((c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")), None)
            m = lex.frame_nouns.get(fig.family, {}).get(obj.lemma_.lower()) if obj is not None else None
            if obj is not None and m:
                _set(fig, m, obj, "object")
                return True
    return _changed_object_direct(fig, pred, lex)


def _value_prep(fig: Figure) -> Token | None:
    """The "to"/"from"/"at" a figure is the value of, also through a level noun ("down to 1,100 from
    a peak of 2,300": the old level is the peak's)."""
    for t in (fig.head, fig.anchor):
        if t is None or t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in LEVEL_NOUNS and prep.head.dep_ == "pobj":
            prep = prep.head.head
        if prep.lower_ in PASSED_PREPS and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            or any(c.dep_ == "relcl" for c in t.children)
        ):
            return None  # "well above the roughly 13,700 soldiers it now fields": a comparison
        if prep.lower_ in VALUE_PREPS:
            return prep
    return None


# the prepositions of a value a change sets ("to 1,100", "from 2,300", "at 970", "past 600")
PASSED_PREPS = frozenset({"past", "above", "beyond"})
VALUE_PREPS = frozenset({"to", "from", "at"}) | PASSED_PREPS


# nouns naming a level a force had or will have ("from a peak of 2,300", "to a total of 1,400")
LEVEL_NOUNS = frozenset({"peak", "high", "low", "level", "total", "strength", "maximum"})


def _counted_people(obj: Token) -> bool:
    """ "the number of Ugandans serving with the mission", "the number of Kenyan police in Haiti":
    a count whose "of" complement is a force's people (a personnel noun or a people's plural name)."""
    if obj.lemma_.lower() not in AMOUNT_SUBJECTS:
        return False
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for o in prep.children:
                if o.dep_ == "pcomp":  # "the number of Kenyans serving with the mission", parsed as a clause
                    o = next((x for x in o.children if x.dep_ == "nsubj"), o)
                if o.dep_ in ("pobj", "nsubj") and (noun_class(o) == "personnel" or o.tag_ == "NNPS"):
                    return True
    return False


def _changed_object_direct(fig: Figure, pred: Token, lex: Lexicon) -> bool:
    """ "reduced its strength to 12,000", "raised the ceiling to 5,550 from 2,500": the figure is the
    new (or old) value of the verb's object, whose noun decides."""
    prep = _value_prep(fig)
    if prep is not None and prep.head.dep_ == "prt" and prep.head.head.i == pred.i:
        prep = prep.head  # "bringing the force down to some 17,600": the particle stands for its verb
    objs = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    inside = (  # "raising the number of Ugandans serving with it to 4,200", the "to" parsed on "serving"
        prep is not None and prep.head.i != pred.i and any(prep.head in o.subtree for o in objs)
    )
    if not any(
        t.dep_ == "prep" and t.lower_ in VALUE_PREPS for t in fig.path[:3] if t.head.i == pred.i
    ) and not (prep is not None and (prep.head.i == pred.i or inside)):
        return False
    before = [c for c in objs if c.i < fig.anchor.i]  # "kept the troop ceiling at 3,250 and the police
    obj = before[-1] if before else next(iter(objs), None)  # ceiling at 640": each its own object
    if obj is None or fig.sent.quantity_of(obj) is fig.q:
        return False
    lemma = obj.lemma_.lower()
    for c in obj.children:
        if c.dep_ in ("amod", "compound"):
            mods = lex.modifiers.get(fig.family, {})
            m = mods.get(c.lemma_.lower()) or mods.get(c.lower_)  # "the planned force": lemma "plan"
            if m:
                _set(fig, m, c, "object")
                return True
    m = lex.frame_nouns.get(fig.family, {}).get(lemma)
    if m is None and lemma in AMOUNT_SUBJECTS:
        m = np_measure(obj, fig.family, lex)  # "brought the total of displaced people to 1.4 million"
    if (
        m is None
        and fig.family == "persons"
        and (lemma in SIZED_NOUNS or _counted_people(obj))
        and pred.lemma_.lower() not in SETTING
    ):
        # "their arrival lifted the force to 980", "had taken the contingent to 700": the size it has
        # now (what would take it there is a plan: a target)
        if intended(pred, lex) or pred.lemma_.lower() in DESIGNED:  # ("was envisioned at 2,500")
            fig.intent = fig.split_intent = True
            _set(fig, "personnel.target", obj, "object:intended")
        else:
            _set(fig, "personnel.deployed", obj, "object")
        return True
    if m:
        _set(fig, m, obj, "object")  # "puts the number of displaced people at 1.45 million"
        return True
    return False


def _doer(fig: Figure, pred: Token) -> bool:
    """The figure's phrase ("a contingent of 150") is the verb's subject, or the object of its "by"
    in the passive."""
    phrase = {t.i for t in (fig.head, fig.noun, fig.anchor) if t is not None}
    for t in (fig.noun, fig.anchor):
        if t is not None and t.dep_ == "pobj" and t.head.lower_ == "of":
            phrase.add(t.head.head.i)  # the group the figure is "of"
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    for c in pred.children:
        if c.dep_ == "nsubj" and c.i in phrase and not passive:
            return True
        if c.dep_ == "agent" and passive and any(o.dep_ == "pobj" and o.i in phrase for o in c.children):
            return True
    return False


def _is_object(fig: Figure, pred: Token) -> bool:
    phrase = {t.i for t in (fig.head, fig.noun, fig.anchor) if t is not None}
    return any(c.dep_ == "dobj" and c.i in phrase for c in pred.children)


# what a departure leaves behind: a force of N, a core of N ("leave a force of about 6,100")
REMAINDERS = SIZED_NOUNS | {"core", "remainder", "rump", "rear"}


def _left_with(fig: Figure, pred: Token) -> bool:
    """What a departure leaves: "leaving Rwanda with just under 900 police" (a country, a force or
    "it" left with the figure) or "leave a force of about 6,100"."""
    objs = [c for c in pred.children if c.dep_ == "dobj"]
    for t in (fig.head, fig.anchor):
        if t is None or t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.lower_ == "with" and prep.head.i == pred.i:
            return any(
                o.lower_ in ("it", "them")
                or o.lemma_.lower() in SIZED_NOUNS
                or fig.sent.entity_of(o, ("COUNTRY", "MISSION")) is not None
                for o in objs
            )
        if prep.lower_ == "of" and prep.head in objs and prep.head.lemma_.lower() in REMAINDERS:
            return True
    return False


def _agent_not_victim(fig: Figure, pred: Token) -> bool:
    """ "870 soldiers hold the sector": the figure acts; it is not what the verb happens to."""
    if pred.lemma_.lower() in ("die", "perish"):
        return False  # "300 of its personnel had died, about half of them in hostile acts"
    subj = {t.i for t in (fig.head, fig.noun, fig.anchor) if t is not None}
    is_subject = any(c.dep_ == "nsubj" and c.i in subj for c in pred.children)
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in ("life", "lives") for o in objects):
        return False  # "eleven peacekeepers have lost their lives": what happened to them
    return is_subject and bool(objects)


def _from_predicate(fig: Figure, pred: Token, lex: Lexicon) -> bool:
    if _changed_object(fig, pred, lex):
        return True
    if fig.family == "persons" and pred.lemma_.lower() in ("make", "leave", "render", "force"):
        for c in pred.children:  # "made 700,000 Haitians homeless", "left 300 people displaced"
            m = (
                lex.modifiers.get("persons", {}).get(c.lemma_.lower())
                if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "amod")
                else None
            )
            if m in ("displaced", "people_in_need"):
                _set(fig, m, c, "result")
                return True
    if fig.family == "persons" and civilians(fig) and _states_promise(fig, pred):
        _set(fig, "personnel.pledged", pred, "pred:pledge:people")  # "ten countries have between
        return True  # them promised some 2,900 people": people a state offers a force are its personnel
    classes = _candidates(classes_of(pred), fig, lex)
    if (
        classes
        and classes[0] == "withdraw"
        and pred.lemma_.lower() == "leave"
        and (_is_object(fig, pred) or _left_with(fig, pred) or the_rest_stays(fig, pred))
    ):
        classes = ["strength"] if "strength" in lex.measure_of.get(fig.family, {}) else []
        if fig.family == "persons":
            if intended(pred, lex) or (pred.dep_ == "advcl" and intended(pred.head, lex)):
                fig.intent = fig.split_intent = True  # "300 are to go home, leaving a core of 430"
                _set(fig, "personnel.target", pred, "pred:remainder:intended")
            else:
                _set(fig, "personnel.deployed", pred, "pred:remainder")  # "leaving some 2,650"
            return True
    if (
        classes
        and classes[0] in ("deploy", "strength", "arrive")
        and fig.family == "persons"
        and _licensed(pred)
    ):
        _set(fig, "personnel.target", pred, "pred:authorised")  # "allowed AU states to deploy up to 11,826"
        return True
    if fig.family == "persons" and _set_out_for(pred) and not _is_object(fig, pred):
        # "150 soldiers left Nadi airport for the Golan Heights": those who set out ("left 30 behind"
        # is what stays)
        _set(fig, "personnel.arrived", pred, "pred:set out")  # "left Dhaka for the Central African Republic"
        return True
    if fig.family == "persons" and pred.lemma_.lower() in RELIEVED and _is_object(fig, pred):
        _set(fig, "personnel.returned", pred, "pred:relieved")  # "replacing around 230 troops": they leave
        return True
    if (
        fig.family == "persons"
        and pred.lemma_.lower() in RELIEVED
        and _doer(fig, pred)
        and not intended(pred, lex)
    ):
        # "the contingent of 850 soldiers replaces an 850-strong battalion", "was replaced by a
        # contingent of 150": the group that relieves comes in
        _set(fig, "personnel.arrived", pred, "pred:relieving")
        return True
    if (
        classes
        and classes[0] in ("arrive", "deploy")
        and fig.family == "persons"
        and pred.lemma_.lower() in JOINED
        and _is_object(fig, pred)
        and not _a_part_named_after(fig)
    ):
        _set(fig, "personnel.deployed", pred, "pred:joined")  # "the newcomers join 400 Kenyan officers"
        return True
    if classes and classes[0] in ("kill", "injure", "kidnap") and _agent_not_victim(fig, pred):
        classes = [c for c in classes if c not in ("kill", "injure", "kidnap")]
    if classes and classes[0] == "come_in" and not _doer(fig, pred):
        classes = classes[1:]  # money comes in when the sum is what arrives ("less than $90 million
        # had arrived"; not "officers arrived with $5 million in equipment")
    if not classes:
        return False
    cls = classes[0]
    if fig.family == "money" and cls in ("budget", "authorise") and _approved_for_others(fig, pred):
        _set(fig, "funding.pledged", pred, "pred:approve:for others")
        return True
    if fig.family == "money" and cls == "budget" and _a_fund_allots(pred):
        _set(fig, "funding.contributed", pred, "pred:allocate:by a fund")
        return True
    done, later = lex.measure_of[fig.family][cls]
    if negated(pred, lex):
        fig.negated = True
    if intended(pred, lex):
        fig.intent = True
        if fig.family == "persons" and cls in ("deploy", "arrive", "strength"):
            fig.split_intent = True  # pledged by a contributor, a target of the force: decided by the owner
        if not later:
            fig.why = f"{cls}: only intended"
            fig.cue = pred
            return True  # decided: no claim while it is only planned
        if fig.family == "persons" and cls == "withdraw" and _a_whole_force(fig):
            _set(fig, "personnel.deployed", pred, "pred:withdraw:intended:whole")  # "will bring home
            return True  # its roughly 800 troops": what is there until they go, not a batch gone home
        _set(fig, later, pred, f"pred:{cls}:intended")
        return True
    measure = done
    if fig.family == "persons":
        if cls == "deploy" and (
            (_told_in_the_past(pred) and _one_batch(fig, pred))
            or _extra(fig)
            or _deployed_that_day(fig, pred)
        ):
            measure = "personnel.arrived"
        elif (
            cls == "arrive"
            and not _further(fig)
            and not _extra(fig)  # "had reinforced its base with 150 additional peacekeepers"
            and pred.lemma_.lower() not in ADDED_TO  # "had been reinforced in 2022 with some 500 troops"
            and (perfect(pred) or (pred.tag_ == "VBN" and _has_had(pred)))
            and not _dated_day(fig, pred)
            and not _replacing(pred)
        ):
            measure = "personnel.deployed"  # "only 430 have arrived": the running total
        if measure == "personnel.arrived" and _homecoming(fig, pred):
            measure = "personnel.returned"
    if fig.family == "money" and cls == "pay" and _spent_on_its_own(pred):
        _set(fig, "funding.required", pred, "pred:spend:own")  # what a contributor's own force costs it
        return True
    _set(fig, measure, pred, f"pred:{cls}")
    return True


# what money approved for another's force is for ("approved €20 million to support the deployment")
SUPPORTING = frozenset(
    {"support", "fund", "finance", "help", "back", "equip", "sustain", "assist", "bankroll"}
)
# bodies that approve budgets, their own or the UN's: what they approve is needed, not given
BUDGET_BODIES = frozenset(
    {"assembly", "committee", "council", "parliament", "cabinet", "bundestag", "congress", "senate", "house"}
)


FUND_NOUNS = frozenset({"fund", "facility"})


def _a_fund_allots(pred: Token) -> bool:
    """ "The Central Emergency Response Fund allocated $8 million to Ituri": a fund allotting money
    gives it (a legislature or an administration allotting money budgets a cost)."""
    if pred.lemma_.lower() not in ("allocate", "release") or intended(pred, lexicon()):
        return False
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.lemma_.lower() in FUND_NOUNS
        or subj.text.endswith("Fund")
        or aid_names().fullmatch(subj.text) is not None  # "CERF allocated …"
    )


def _approved_for_others(fig: Figure, pred: Token) -> bool:
    """ "the European Union approved €20 million from its Peace Facility to support the Rwandan
    deployment": a donor (a state or a body other than one that votes budgets) approving money to
    support another's force promises it."""
    if pred.lemma_.lower() != "approve":
        return False
    purpose = any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in SUPPORTING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in pred.children
    )
    if not purpose:
        return False
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() in BUDGET_BODIES:
        return False
    giver = fig.sent.entity_of(subj, ("COUNTRY", "ORG")) or next(
        (fig.sent.entity_of(c, ("COUNTRY", "ORG")) for c in subj.children if c.dep_ in ("compound", "poss")),
        None,
    )
    return giver is not None and "assembly" not in giver.text.lower()


OWN_FORCE = frozenset(
    {"contingent", "deployment", "troop", "soldier", "officer", "battalion", "training", "allowance", "own"}
)


def _spent_on_its_own(pred: Token) -> bool:
    """ "Kigali had spent $110 million of its own money", "the Government had spent KSh 4.8 billion on
    the Haiti deployment", "spent UGX 185 billion to keep its contingent supplied": a contributor's
    cost of its own force, not money given to the mission ("Washington spent $600 million on bases
    and logistics"). Read in what was spent and on what, never in a clause of time ("since the MSS
    deployed")."""
    if pred.lemma_.lower() != "spend":
        return False
    parts = [
        c
        for c in pred.children
        if c.dep_ == "dobj"
        or (c.dep_ == "prep" and c.lower_ in ("on", "for"))
        or (c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))
    ]
    return any(t.lemma_.lower() in OWN_FORCE for c in parts for t in c.subtree)


def _promised_object(noun: Token) -> bool:
    """A gift noun that is the object of a verb of promising ("committed a grant of", "pledged a
    contribution of"): promised, not yet given."""
    return noun.dep_ == "dobj" and "pledge" in classes_of(noun.head)


def _leaving(fig: Figure) -> bool:
    """The figure's predicate, or the verb it is expected or due to do, is one of withdrawing."""
    pred = fig.pred
    if pred is None:
        return False
    verbs = [pred, *(c for c in pred.children if c.dep_ == "xcomp" and c.pos_ in VERBISH)]
    return any("withdraw" in classes_of(v) for v in verbs) and not _set_out_for(pred)


def _set_out_for(pred: Token) -> bool:
    """ "left Dhaka for the Central African Republic", "left for Haiti", "left … to join the mission",
    "left … to replace them":
    a departure towards the mission is one batch on its way, not a return home."""
    if pred.lemma_.lower() not in ("leave", "depart"):
        return False
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    if any(kbglue.capital_country(o.text) for o in objects):
        return True  # "is scheduled to leave Accra on 3 October": a contributor's capital
    if any(_a_capitals_airport(o) for o in objects):
        return True  # "left Kigali International Airport aboard two chartered aircraft"
    for c in [*pred.children, *(x for o in objects for x in o.children)]:
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        ):
            return True  # (the parse may hang "for" on the place left: "left the airport for Port-au-Prince")
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("join", "reinforce", "serve", *RELIEVED):
            return True  # ("left … a few hours later to replace them": the group that relieves sets out)
        if c.lower_ == "bound" and any(x.dep_ == "prep" and x.lower_ == "for" for x in c.children):
            return True  # "left the capital on Friday, bound for Cabo Delgado"
    return False


# where a contingent boards for abroad ("Kotoka International Airport", "Moi Air Base")
PORTS_OF_DEPARTURE = frozenset({"airport", "airbase", "base", "airfield", "barracks"})


def _a_capitals_airport(place: Token) -> bool:
    """An airport or base named for or placed in a capital ("Kigali International Airport", "the
    air base in Accra"): troops leaving it leave home for the mission."""
    if place.lemma_.lower() not in PORTS_OF_DEPARTURE:
        return False
    words = [t for t in place.subtree if t.pos_ == "PROPN"]
    return any(kbglue.capital_country(t.text) for t in words)


def _licensed(pred: Token) -> bool:
    """A deployment a decision permits ("authorised African Union states … to keep up to 12,626",
    "would allow MINUSCA to field 11,800"): the verb is governed by a verb of authorising."""
    t = pred
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in LICENSING:
            return not negated(t, lexicon())
    return False


LICENSING = frozenset(
    {"authorise", "authorize", "allow", "permit", "empower", "mandate", "license", "licence"}
)

# verbs of arriving whose object is the group already there ("join 400 Kenyans", "reinforce the 700")
RELIEVED = frozenset({"replace", "relieve"})  # a rotation: the group replaced goes home
JOINED = frozenset({"join", "reinforce", "augment", "bolster", "swell"})

TOUR = frozenset({"tour", "deployment", "mission", "rotation", "stint", "assignment", "posting", "service"})


def _homecoming(fig: Figure, pred: Token) -> bool:
    """ "landed in Nairobi, ending a year-long tour", "officers who served in Haiti landed at the
    airport": an arrival home after service elsewhere is a return."""
    ending = ("end", "complete", "conclude", "finish")
    for c in pred.children:
        ends = c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in ending
        if ends and any(o.lemma_.lower() in TOUR for o in c.subtree):
            return True
    for t in (fig.noun, fig.head):
        if t is None:
            continue
        for c in t.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in ("serve", "spend", "complete", "fight", "work"):
                return True
        if t.lemma_.lower() in ("returnee", "veteran"):
            return True
    return False


# subjects whose change is a force's size ("its strength has plateaued at 1,000", "deployment stalled")
SIZE_SUBJECTS = frozenset({"strength", "deployment", "headcount", "presence", "numbers"})
# verbs that give a force's size with no noun after the figure ("it has 1,100", "it stands at 7,800")
FORCE_SIZE_VERBS = frozenset({"have", "stand", "number", "total"})


NATIONAL_UNITS = frozenset({"contingent", "deployment"})  # a country's people where they serve


def _level_at(fig: Figure, verb: Token) -> bool:
    """The figure is the level a verb of state or change stops at ("stalled at about 970")."""
    top = fig.head or fig.anchor
    return top.dep_ == "pobj" and top.head.lower_ == "at" and top.head.head == verb


def _weak(fig: Figure, pred: Token, lex: Lexicon) -> None:
    """A verb of state or change: the measure of what it is said of, else the state's own."""
    classes = classes_of(pred)
    if _changed_object(fig, pred, lex):
        return
    subj = _subject_of(pred)
    mission_noun = _names_a_force(fig, subj)
    if fig.noun is not None and _forms(fig.noun) & GIVERS:
        return  # "covered 7,500 personnel from 18 Member States": a count of who gives, not of people
    if subj is not None and fig.sent.quantity_of(subj) is not fig.q and not mission_noun:
        m = np_measure(subj, fig.family, lex)
        if m is None and subj.lemma_.lower() in lex.collective.get("people", frozenset()) and fig.previous:
            m = fig.previous  # "The total stood at 1.3 million": the count the text was giving
        if (
            m is None
            and fig.previous in SITUATION_MEASURES
            and fig.noun is None
            and _the_count_again(fig, subj, pred)
        ):
            m = fig.previous  # "By June it was close to 1.3 million", "when IOM counted 1,041,000"
        if m and fig.family == "percent" and m != "gang_control":
            m = None  # "the number killed rose by 20%": a change, not a count
        if m:
            _set(fig, m, subj, "subject")
            return
    personnel = (
        noun_class(fig.noun) == "personnel"
        or fig.demonym
        or (
            fig.noun is None
            and any(
                noun_class(t) == "personnel"
                or (t.tag_ == "NNPS" and fig.sent.entity_of(t) is not None)
                or t.lemma_.lower()
                in NATIONAL_UNITS  # "the biggest deployments are in …, where some 1,420 serve"
                for t in fig.sent.doc or []
                if t.pos_ in ("NOUN", "PROPN")
            )
        )
    )
    personnel = personnel or the_rest_stays(fig, pred) or _a_force_of_people(fig, pred)
    country_has = fig.noun is None and any(
        c.dep_ == "nsubj" and fig.sent.entity_of(c) is not None for c in pred.children
    )
    strong = _n_strong(fig, pred)  # "the MSS is about 1,000 strong", "was supposed to be 2,500 strong"
    named_force = any(
        _names_a_force(fig, c) for c in _subjects(pred)
    )  # (also "the MSS was meant to be 2,500")
    force_has = (  # "Today it has about 1,100, drawn from …", "UNMHA has 18", "it stands at 7,800"
        fig.noun is None
        and (
            pred.lemma_.lower() in FORCE_SIZE_VERBS
            or (pred.lemma_.lower() == "be" and (intended(pred, lex) or strong or named_force))
        )
        and (
            named_force or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in _subjects(pred))
        )
        and (
            fig.anchor.dep_ in ("dobj", "attr")
            or strong
            or (
                fig.anchor.dep_ == "pobj"
                and fig.anchor.head.lower_ == "at"
                and fig.anchor.head.head.i == pred.i
            )
        )
    )
    if subj is None:  # "had aimed for 2,500 but stalled at about 970"
        subj = _subject_of(pred, borrowed=("conj",))
        mission_noun = _names_a_force(fig, subj)
    sized = subj is not None and (mission_noun or subj.lemma_.lower() in SIZE_SUBJECTS)
    level = _level_at(fig, pred)
    # (the aside first: reading it marks the part the owner must then skip)
    if subj is not None and subj.lower_ == "it" and (_personnel_aside(fig) or level):
        sized = True  # "it has stalled at around 970, most of them Kenyan police": the force's size
    if level and not sized and fig.sent.doc is not None:
        root = next(iter(fig.sent.doc.sents)).root  # "A mission … stalled at about 970", parsed
        sized = _personnel_aside(fig) or _names_a_force(fig, root)  # with "stalled" on "personnel"
    if "change" in classes and fig.family == "persons" and sized and not intended(pred, lex):
        _set(fig, "personnel.deployed", pred, "pred:strength")  # "the force stalled at about 970"
        return
    if "change" in classes and fig.family == "persons" and sized and permitted(pred):
        _set(fig, "personnel.target", pred, "pred:may grow")  # "the force can grow to 5,550 personnel"
        return
    if (
        "strength" in classes
        and fig.family == "persons"
        and personnel
        and _aboard(fig, pred, lex)
        and not intended(pred, lex)
    ):
        _set(fig, "personnel.arrived", pred, "pred:aboard")  # "About 210 officers are on board"
        return
    if "strength" in classes and fig.family == "persons" and (personnel or country_has or force_has):
        if _due(fig, pred):
            fig.intent = fig.split_intent = True
            _set(fig, "personnel.target", pred, "pred:due")  # "a further 90 are due in July"
        elif (
            intended(pred, lex)
            and pred.lemma_.lower() not in ("stay", "remain")
            and not _after_arrivals(pred)
        ):
            fig.intent = fig.split_intent = True
            _set(fig, "personnel.target", pred, "pred:strength:intended")
        else:
            _set(fig, "personnel.deployed", pred, "pred:strength")


def _a_force_of_people(fig: Figure, pred: Token) -> bool:
    """ "it had just under 1,000 people in Haiti", "UNMISS has some 18,000 people": the people a
    force has are its personnel, where "people" elsewhere counts civilians."""
    return (
        fig.noun is not None
        and fig.noun.lemma_.lower() in ("people", "person")
        and fig.noun.dep_ == "dobj"
        and fig.noun.head.i == pred.i
        and pred.lemma_.lower() in FORCE_SIZE_VERBS
        and any(_names_a_force(fig, c) or c.lower_ == "it" for c in _subjects(pred))
    )


def _aboard(fig: Figure, pred: Token, lex: Lexicon) -> bool:
    """ "About 210 officers are on board", "were on this first flight", "are now on the tarmac": the
    people a flight or a ship carries, one batch on its way or just landed."""
    if pred.lemma_.lower() != "be" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in {t.i for t in (fig.noun, fig.anchor) if t is not None}
        for c in pred.children
    ):
        return False
    for c in pred.children:
        if c.dep_ == "advmod" and c.lower_ in ("aboard", "onboard"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("on", "aboard")
            and any(
                o.dep_ == "pobj"
                and (o.lemma_.lower() in lex.carriers["vehicles"] or o.lower_ in ("board", "tarmac"))
                for o in c.children
            )
        ):
            return True
    return False


# a batch whose coming makes the strength told ("with the new arrivals, Nepal will have 1,300")
ARRIVALS = frozenset(
    {
        "arrival",
        "group",
        "contingent",
        "batch",
        "rotation",
        "reinforcement",
        "addition",
        "newcomer",
        "deployment",
    }
)


def _after_arrivals(pred: Token) -> bool:
    """ "With the new arrivals, Nepal will have about 1,300 in South Sudan": the strength the batch
    just landed makes, told in the future of its count, not a plan."""
    for prep in pred.children:
        # (fronted: "With the new arrivals, X will have …")
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < pred.i:
            for o in prep.children:
                if (
                    o.dep_ == "pobj"
                    and o.lemma_.lower() in ARRIVALS
                    and any(
                        c.lower_ in ("the", "these", "this", "those", "new", "latest") for c in o.children
                    )
                ):
                    return True
    return False


def the_rest_stays(fig: Figure, pred: Token) -> bool:
    """ "Some 400 rotated home. About 3,100 remain", "fewer than 600 are left": a bare count that
    stays, after a sentence about a force's people, is the people still there."""
    stays = pred.lemma_.lower() in ("remain", "stay") or (
        pred.lemma_.lower() == "leave" and passive(pred) and not any(c.dep_ == "agent" for c in pred.children)
    )
    return (
        fig.noun is None
        and stays
        and fig.anchor.dep_ in ("nsubj", "nsubjpass")
        and fig.anchor.head.i == pred.i
        and fig.people_before is not None
    )


HELPING = frozenset({"support", "assist", "help"})


def _helped_by(fig: Figure, verb: Token) -> bool:
    """ "was supported by 76 military observers", "is assisted by some 40 staff officers": the
    people a force is helped by are at work with it (not "supported by $5 million", nor by states)."""
    if verb.lemma_.lower() not in HELPING or noun_class(fig.noun) != "personnel" or intended(verb, lexicon()):
        return False
    if fig.q.qualifier == "at_most" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # ("may number up to 5,500, supported by as many as 50 civilians": a plan's part)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return agent is not None and any(o.i == (fig.noun or fig.anchor).i for o in agent.children)


def _follow_on(fig: Figure, verb: Token) -> bool:
    """ "a further 600 would follow", "the remaining 600 officers will follow in batches": people who
    come after the first, the subject of an intransitive "follow" (not "followed by India with 2,000",
    nor "600 followed the convoy")."""
    if verb.lemma_.lower() != "follow" or any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i in {t.i for t in (fig.noun, fig.anchor) if t is not None}


# what a force is meant to do with its people: have, field, number or reach them
SIZING = frozenset(
    {"have", "field", "number", "reach", "deploy", "muster", "count", "comprise", "be", "total"}
)


def _meant_size(fig: Figure, meant: Token) -> bool:
    """ "well short of the 2,500 the mission was meant to have", "against the 2,500 it was supposed
    to field", "is meant to number 2,500", "had been planned at 2,500": the size a force was meant to
    be, read off a reduced relative or the verb's own object (the parser hangs the figure anywhere)."""
    if meant.lemma_.lower() not in MEANT or meant.pos_ not in VERBISH:
        return False
    subj = _subject_of(meant, borrowed=("conj",))
    if subj is not None and subj.lower_ in RELATIVES and meant.dep_ == "relcl":
        subj = meant.head
    if subj is None or not (_names_a_force(fig, subj) or subj.lower_ == "it"):
        return False
    a = fig.anchor
    at = a.dep_ == "pobj" and a.head.lower_ in ("at", "for") and a.head.head.i == meant.i
    if at and meant.lemma_.lower() in ("plan", "design", "build"):
        return True  # "had been planned at 2,500", "was designed for 2,500"
    does = next((c for c in meant.children if c.dep_ == "xcomp" and c.pos_ in VERBISH), None)
    if does is None or does.lemma_.lower() not in SIZING:
        return False
    objects = [c for c in does.children if c.dep_ in ("dobj", "attr")]
    if any(c.i == a.i or a in c.subtree for c in objects):
        return True  # "is meant to number 2,500"
    # a reduced relative: the figure before the clause's subject, the verb with no object of its own
    return not objects and a.i < subj.i and a.head.i != subj.i


def _subjects(pred: Token) -> list[Token]:
    """The verb's own subject, or an infinitive "be"'s governor's ("it was meant to be 2,500")."""
    out = [c for c in pred.children if c.dep_ == "nsubj"]
    if (
        not out
        and pred.dep_ == "xcomp"
        and (pred.lemma_.lower() == "be" or pred.head.lemma_.lower() in MEANT)
    ):
        # ("the mission was meant to number 2,500", "the mission that was supposed to field 2,500")
        out = [c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if pred.head.dep_ == "relcl" and all(c.lower_ in RELATIVES for c in out):
            out = [pred.head.head] if out else out
    return out


SITUATION_MEASURES = frozenset(measures.names(group="situation"))
LEVEL_VERBS = frozenset({"be", "stand", "reach", "rise", "climb", "grow", "fall", "drop", "hit", "top"})
COUNTING_VERBS = frozenset({"count", "record", "register", "estimate", "tally", "report"})


def _the_count_again(fig: Figure, subj: Token, pred: Token) -> bool:
    """A bare number said of "it" or counted by an agency, told after a humanitarian figure: the same
    count at another time ("By June it was close to 1.3 million", "when IOM counted 1,041,000")."""
    lemma = pred.lemma_.lower()
    if subj.lower_ in ("it", "this", "that") and lemma in LEVEL_VERBS:
        return True
    return lemma in COUNTING_VERBS and fig.sent.entity_of(subj, ("ORG",)) is not None


def _n_strong(fig: Figure, pred: Token) -> bool:
    a = fig.anchor
    return a.dep_ == "npadvmod" and a.head.lower_ == "strong" and a.head.head.i == pred.i


def _due(fig: Figure, pred: Token) -> bool:
    """ "a further 90 are due in July", "another 200 are expected next week": people still to come."""
    if pred.lemma_.lower() != "be" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in {t.i for t in (fig.noun, fig.head, fig.anchor) if t}
        for c in pred.children
    ):
        return False
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in ("due", "expected") for c in pred.children)


def _personnel_aside(fig: Figure) -> bool:
    """ "970, most of them Kenyan police": an aside right after the figure that says its people are
    personnel (kept as the figure's aside: a part described, never its owner)."""
    s, doc = fig.sent, fig.sent.doc
    if fig.aside is None and doc is not None:
        m = ASIDE.match(s.text[fig.q.end - s.start :])
        end = fig.q.end + m.end() if m else -1
        words = [t for t in doc if s.pos(t) >= end][:5] if m else []
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
        fig.aside = next((t for t in nouns if noun_class(t) == "personnel"), None)
    return fig.aside is not None and noun_class(fig.aside) == "personnel"


def partitive_pronoun(fig: Figure) -> bool:
    """ "More than 230,000 of them", "nearly 200,000 of those": a part of the group just counted."""
    pronouns = ("them", "those", "these", "whom")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ in pronouns for o in c.children)
        for c in fig.anchor.children
    )


# nouns for the countries and bodies that give people or money: counting them counts no one
GIVERS = frozenset(
    {"state", "country", "nation", "government", "organization", "organisation", "contributor", "donor"}
)


def _forms(tok: Token) -> set[str]:
    """A noun's lemma and its singular read off the word, also where the tagger calls a plural a
    name ("18 Member States")."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1], low[:-3] + "y"}


# verbs by which a force is planned at a size ("was envisioned at 2,500", "designed for 5,000")
DESIGNED = frozenset({"envision", "envisage", "design", "plan", "conceive", "foresee", "intend", "build"})


FORCE_WORDS = frozenset({"force", "mission", "operation"})
MOVING = frozenset({"pledge", "deploy", "arrive", "withdraw", "strength"})


def _a_force_capped(fig: Figure, noun: Token, chain: list[tuple[str, Token]]) -> bool:
    """ "replaced the mission with a Gang Suppression Force of up to 5,550 personnel", "turned it
    into a force of up to 5,550": a force no larger than the figure is its ceiling, unless a verb
    that moves or promises people decides ("offered a force of up to 1,000")."""
    if noun.lemma_.lower() not in FORCE_WORDS or not _capped(fig):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return not any(k == "pred" and set(classes_of(t)) & MOVING for k, t in chain)


# verbs that put a size on a force still to be raised ("spoke of a force of 5,000", "settled on an
# initial force of 5,000", "recommended a regional force of 2,916"); "start"/"begin" only as intended
SIZING_TALK = frozenset(
    {
        "speak",
        "talk",
        "settle",
        "agree",
        "recommend",
        "propose",
        "envisage",
        "envision",
        "consider",
        "discuss",
        "foresee",
    }
)
STARTING = frozenset({"start", "begin"})


def _a_force_talked_of(noun: Token, lex: Lexicon) -> bool:
    """A force "of N" that a plan, a proposal or talk sizes: its planned strength, not people sent."""
    if noun.lemma_.lower() not in FORCE_WORDS | {"brigade"}:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.pos_ not in VERBISH:
        return False
    lemma = verb.lemma_.lower()
    if lemma in STARTING:
        return intended(verb, lex) or verb.dep_ == "xcomp"
    return lemma in SIZING_TALK


# what asks for a deployment before it happens ("the request is for the deployment of 1,000 officers")
REQUESTS = frozenset(
    {
        "request",
        "proposal",
        "plan",
        "motion",
        "bill",
        "application",
        "offer",
        "ask",
        "seek",
        "provide",
        "call",
    }
)


def _a_deployment_asked_for(noun: Token) -> bool:
    """ "The request before us is for the deployment of 1,000 police officers", "the motion provides
    for the deployment of up to 400 soldiers": a deployment "of N" that a request, a motion or a
    plan asks for is not yet made."""
    if noun.lemma_.lower() != "deployment" or not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    ):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head  # "a request for", "provides for", "is for"
    if head.lemma_.lower() in REQUESTS:
        return True
    if head.lemma_.lower() == "be":  # "the request … is (for) the deployment of"
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lemma_.lower() in REQUESTS
    return False


CASUALTY_MEASURES = frozenset(measures.names(group="situation", event=True))  # killed, injured, kidnapped


def _among_casualties(fig: Figure, lex: Lexicon) -> tuple[str, Token] | None:
    """People said to be "among" the dead, the injured or those killed: a part of a toll."""
    subj = fig.noun or fig.anchor
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() != "be":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            m = lex.noun_measure.get(o.lemma_.lower()) or lex.noun_measure.get(o.lower_)
            if m in CASUALTY_MEASURES:
                return m, o
            for c in o.children:
                if c.dep_ in ("acl", "relcl", "amod") and c.pos_ in VERBISH | {"ADJ"}:
                    for cls in classes_of(c):
                        m = lex.measure_of.get("persons", {}).get(cls, ("", ""))[0]
                        if m in CASUALTY_MEASURES:
                            return m, c
    return None


def _capped(fig: Figure) -> bool:
    """The figure is a most allowed ("levels of up to 17,000"), not a count."""
    return (fig.q.qualifier_cue or "").lower() in CAPS


# modifiers that only say a thing holds now ("the current ceiling"): the noun still says what it is
NOW_WORDS = frozenset({"current", "present", "existing"})


def np_measure(np: Token, family: str, lex: Lexicon) -> str | None:
    """The measure a noun phrase names: its modifiers ("authorised strength", "people displaced"),
    its noun ("the toll", "the budget"), or its "of" complement ("the number of displaced people")."""
    own = lex.frame_nouns.get(family, {}).get(np.lemma_.lower())
    for c in np.children:
        if c.dep_ in ("acl", "relcl") and any(x.dep_ == "dobj" for x in c.children):
            continue  # "Belize, which promised 50 soldiers, has 12": a clause about its own object
        if own is not None and c.lemma_.lower() in NOW_WORDS:
            continue  # "the current ceiling": a ceiling still, the one in force now
        if c.dep_ in ("amod", "compound", "acl", "relcl"):
            # a modifier stacked on another ("unpaid assessed contributions", parsed with "unpaid" on
            # "assessed") still qualifies the noun
            stacked = [x for x in c.children if x.dep_ == "amod" and x.i < c.i] if c.dep_ == "amod" else []
            for x in (*stacked, c):
                m = lex.modifiers.get(family, {}).get(x.lemma_.lower()) or lex.modifiers.get(family, {}).get(
                    x.lower_
                )
                if m:
                    return m
            if c.pos_ in VERBISH and family == "persons":
                kinds = [k for k in classes_of(c) if k in HUMANITARIAN_CLASSES]
                if kinds:
                    return lex.measure_of["persons"][kinds[0]][0]
    lemma = np.lemma_.lower()
    m = lex.frame_nouns.get(family, {}).get(lemma)
    if m is None and family == "persons":
        m = lex.noun_measure.get(lemma)
    if m:
        return m
    for c in np.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    return np_measure(o, family, lex)
                if o.dep_ == "pcomp" and o.pos_ in VERBISH and family == "persons":
                    kinds = [k for k in classes_of(o) if k in HUMANITARIAN_CLASSES]
                    if kinds:  # "the number of internally displaced": a participle standing for people
                        return lex.measure_of["persons"][kinds[0]][0]
    return None


def _ambiguous_casualty(pred: Token) -> bool:
    """ "2,500 people were killed or injured": two measures share one figure, so neither."""
    mine = set(classes_of(pred)) & HUMANITARIAN_CLASSES
    for c in pred.conjuncts:
        other = set(classes_of(c)) & HUMANITARIAN_CLASSES
        own_args = any(x.dep_ in ("nsubj", "nsubjpass", "dobj") for x in c.children)
        if mine and other and not (mine & other) and not own_args and abs(c.i - pred.i) <= 3:
            return True
    return False


def _left_in_a_state(fig: Figure) -> tuple[str, Token] | None:
    """ "The attack left 12 people dead", "left two civilians dead near Rumajak": what an event
    left its object in says what happened to them."""
    pred = fig.pred
    counted = fig.noun or fig.anchor
    if pred is None or pred.lemma_.lower() != "leave" or counted.dep_ != "dobj" or counted.head.i != pred.i:
        return None
    states = lexicon().noun_measure  # the state's own measure ("dead", "wounded", "homeless")
    state = next((c for c in pred.children if c.dep_ in ("oprd", "acomp") and c.lower_ in states), None)
    return (states[state.lower_], state) if state is not None else None


def _set(fig: Figure, measure: str, cue: Token, why: str) -> None:
    if measure == "personnel.deployed" and fig.q.qualifier == "at_most" and permitted(fig.pred):
        measure = "personnel.target"  # "the mission may continue to deploy up to 14,400": a ceiling
    fig.measure, fig.cue, fig.why = measure, cue, why
    planned = (
        measure in ("personnel.deployed", "personnel.arrived")
        and why in ("frame", "mod", "subject", "object")
        and fig.pred is not None
        and fig.pred.lemma_.lower() not in ("stay", "remain")
        and intended(fig.pred, lexicon())
        and (why != "object" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in fig.pred.children))
    )  # "would take the component down to 8,000" is planned; "enough to lift its strength to 980" is not
    if planned:
        fig.intent = fig.split_intent = True  # a strength that is only planned


def _has_had(pred: Token) -> bool:
    return any(a.lower_ == "had" for a in _aux(pred))


def _dated_day(fig: Figure, pred: Token) -> bool:
    """A date of day precision attached to the predicate ("arrived on Tuesday")."""
    for d in fig.sent.dates:
        if d.precision != "day":
            continue
        tok = fig.sent.token_at(d.start)
        t = tok
        for _ in range(4):
            if t is None:
                break
            if t.i == pred.i:
                return True
            t = t.head if t.head.i != t.i else None
    return False


WHOLE = frozenset({"remaining", "entire", "whole", "all"})


def _a_whole_force(fig: Figure) -> bool:
    """ "its roughly 800 troops", "Burundi's 3,000 soldiers", "its entire contingent of 331", "the
    remaining 1,100": a force counted whole by whose it is, not a batch of it ("a first 2,000")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in fig.anchor.children):
        return False  # "roughly 2,500 of its troops": a part of the force
    nouns = [t for t in (fig.noun, fig.head, fig.anchor) if t is not None]
    for n in list(nouns):
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            nouns.append(n.head.head)  # "its entire contingent of 331 troops"
    for n in nouns:
        for c in n.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "det", "predet") and c.lower_ in WHOLE):
                return True
    return False


# verbs that add a batch to a force: what they bring is one arrival, whatever their tense ("the
# force had been reinforced with some 500 reserve troops"), never the running total
ADDED_TO = frozenset({"reinforce", "augment", "bolster", "strengthen", "bring"})  # ("has brought in 250")

# what opens a part of a group just counted ("…, among them 200 British soldiers")
PART_LEAD = re.compile(r"\b(?:among\s+(?:them|whom|those)|including)\s+$", re.I)


def _a_part_named_after(fig: Figure) -> bool:
    """ "reinforced the force with 1,000 extra troops, among them 200 British soldiers": a part of
    the batch just counted, which the parse may hang on the verb as its object; it is of the batch's
    kind, not the force that was joined."""
    lead = fig.sent.text[max(0, fig.q.start - fig.sent.start - 30) : fig.q.start - fig.sent.start]
    return PART_LEAD.search(lead) is not None


def _extra(fig: Figure) -> bool:
    """ "up to 1,000 extra troops", "500 additional soldiers", "sent about 100 more": a
    reinforcement, one batch."""
    noun = fig.noun or fig.head
    after = fig.anchor.doc[fig.anchor.i + 1] if fig.anchor.i + 1 < len(fig.anchor.doc) else None
    if after is not None and after.lower_ == "more" and fig.anchor.head.i == after.i:
        return True  # "Romania sent about 100 more" (the parse makes "more" the object)
    return noun is not None and any(
        c.dep_ == "amod" and c.lower_ in ("extra", "additional", "more", "fresh") and not _comparing(c)
        for c in noun.children
    )


# verbs of sending people, whose simple past tells one movement however it is dated
SENT = frozenset({"send", "dispatch", "airlift", "fly"})
# verbs of moving people, whose past passive tells one movement ("500 reserve soldiers were added")
MOVED_IN = frozenset({"send", "dispatch", "add", "rotate", "airlift", "ship", "bring", "fly"})


def _told_in_the_past(pred: Token) -> bool:
    """A verb in the simple past, active or passive ("an extra company was sent in April"), or a
    gerund a simple past governs ("responded by deploying 200")."""
    if simple_past(pred):
        return True
    if (
        pred.tag_ == "VBN"
        and pred.lemma_.lower() in MOVED_IN  # ("were deployed as of May" is a state)
        and any(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in pred.children)
    ):
        return not any(a.dep_ == "aux" for a in pred.children)  # (not "had been sent")
    return pred.tag_ == "VBG" and pred.dep_ == "pcomp" and simple_past(pred.head.head)


def _deployed_that_day(fig: Figure, pred: Token) -> bool:
    """ "230 officers were deployed on Monday, 8 December": a past passive of deploying dated to a day
    is one movement (not "were deployed as of May", a state)."""
    return (
        pred.tag_ == "VBN"
        and pred.lemma_.lower() == "deploy"
        and any(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in pred.children)
        and not any(a.dep_ == "aux" for a in pred.children)
        and _dated_day(fig, pred)
        and all(
            d.prefix.lower() == "on"
            and not re.search(r"\bas\s+(?:on\s+)?$", fig.sent.text[: d.start - fig.sent.start], re.I)
            for d in fig.sent.dates
            if d.precision == "day"
        )
    )  # (not "As on 31 October, 5,384 personnel were deployed": a count on a day)


def _comparing(t: Token) -> bool:
    """ "more than 1,200": a bound on the figure, not a reinforcement ("1,200 more")."""
    return t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "than"


def _further(fig: Figure) -> bool:
    """ "a further 217", "another 150": one more batch."""
    before = fig.sent.text[: fig.q.start - fig.sent.start][-25:].lower().split()
    return bool(before) and any(w in ("further", "another", "additional", "extra") for w in before[-3:])


def _dated(fig: Figure, pred: Token) -> bool:
    """Any date the parse attaches to the predicate ("reinforced with 500 soldiers in 2022")."""
    for d in fig.sent.dates:
        t = fig.sent.token_at(d.start)
        for _ in range(4):
            if t is None:
                break
            if t.i == pred.i:
                return d.prefix not in ("since", "until", "by")
            t = t.head if t.head.i != t.i else None
    return False


def _told_of_a_date(fig: Figure, pred: Token) -> bool:
    """A clause that hangs on a date ("in March 2007, when it sent about 1,500 soldiers")."""
    if any(c.lower_ == "when" for c in pred.children) and pred.head.i != pred.i and _dated(fig, pred.head):
        return True
    t = pred
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if any(d.start <= fig.sent.pos(t) < d.end for d in fig.sent.dates):
            return True
    return False


REPLACING = frozenset({"replace", "relieve"})


def _replacing(pred: Token) -> bool:
    """ "have taken up duty …, replacing a contingent that left", "deployed … to relieve them": a
    group that takes another's place is one rotation, not the running total."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in REPLACING for c in pred.children)


def _one_batch(fig: Figure, pred: Token) -> bool:
    """ "sent another 144 last week", "deployed 400 on Tuesday": one batch, not the running total."""
    text = fig.sent.text.lower()
    before = re.sub(r"\bmore\s+than\b", "", text[: fig.q.start - fig.sent.start][-30:])
    if any(
        w in before.split() for w in ("another", "further", "additional", "extra", "more", "first", "second")
    ):
        return True
    if _dated_day(fig, pred) or _dated(fig, pred) or _told_of_a_date(fig, pred):
        return True
    if any(c.dep_ == "prt" and c.lower_ == "in" for c in pred.children):
        return True  # "NATO then sent in 700 reserve troops"
    if pred.lemma_.lower() in SENT and simple_past(pred):
        return True  # "Belize promised 50 and sent two officers": a sending is one movement, dated or not
    if any(c.dep_ == "advcl" and c.lemma_.lower() in JOINED for c in pred.children):
        return True  # "deploying 200 soldiers to reinforce the force": a reinforcement
    if _replacing(pred):
        return True
    return any(d.precision in ("day", "month") and d.relative for d in fig.sent.dates)
