"""Figures and their frames: which numbers count something the vocabulary measures, and what.

A figure is a number the recognisers found; its *frame* is read off the parse: the noun it counts
("400 officers"), the nouns it sits in ("a ceiling of 5,550", "a $50m pledge"), the modifiers of
those nouns ("authorised strength", "displaced people") and the predicate of its clause with that
predicate's modality ("will send", "plans to deploy", "had meant to") and aspect ("have arrived").
The closest evidence decides, through the classes of ``lexicon.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.entities import country_code
from missionwatch.nlp.frames.article import Sentence, columns
from missionwatch.nlp.frames.lexicon import lexicon
from missionwatch.nlp.numbers import Quantity

NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"})
VERBISH = frozenset({"VERB", "AUX"})
# clause arguments: the figure's phrase stops climbing at its predicate
ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "acomp", "csubj", "expl"})
# a noun phrase's inner links: climbing through them stays inside the phrase
INNER = frozenset({"compound", "nmod", "amod", "nummod", "poss", "quantmod", "det", "npadvmod", "advmod"})
# No phrase of news has this many dependents (the corpora's most is 14): a token that does heads a
# flat parse of a run ("1 1 1 …", "$5m $5m …"), and reading its dependents once per figure made such
# a sentence quadratic in its figures; the rules do not read it as a phrase.
CROWDED = 48


_PERSONNEL_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:officers?|soldiers?|troops|police(?:men|women)?|peacekeepers?|personnel|"
    r"marines?|gendarmes?|engineers?|medics?|observers?)\b",
    re.I,
)


def crowded(tok: Token) -> bool:
    return tok.n_lefts + tok.n_rights > CROWDED


@dataclass
class Figure:
    """One number with its frame and, once decided, its measure."""

    q: Quantity
    sent: Sentence
    family: str  # persons | money | percent
    anchor: Token  # the figure's own head token
    noun: Token | None = None  # the counted noun ("officers"), None for a bare number
    head: Token | None = None  # the top of the figure's noun phrase
    frames: list[Token] = field(default_factory=list)  # nouns the phrase sits in, nearest first
    pred: Token | None = None  # the predicate of its clause
    role: str = ""  # the phrase's relation to the predicate (nsubj, dobj, prep:to …)
    path: list[Token] = field(default_factory=list)  # the evidence chain, nearest first
    measure: str | None = None
    cue: Token | None = None
    why: str = ""
    intent: bool = False
    negated: bool = False
    inherited: Any = None  # the earlier claim this figure is a part of ("Of the 46, thirty-eight …")
    item_date: str | None = None  # the date label of a list item ("- 14 April: 412 gendarmes")
    item_mission: str | None = None  # the mission a list's heading names ("WHO WAS THERE (MSS, …)")
    ceiling_from: str | None = None  # the "up to" of the list this figure belongs to
    demonym: bool = False  # the counted noun is a nationality ("750 Kenyans")
    previous: str | None = None  # the humanitarian measure the text was giving (for "the total")
    people_before: str | None = None  # the personnel measure of the sentence before ("About 3,100 remain")
    split_intent: bool = False  # an intended deployment: pledged if a country owns it, else a target
    category: str | None = None  # a kind of personnel ("police", "uniformed") named by the noun
    part_of: Figure | None = None  # a figure this one is a part or an earlier value of
    superseded: bool = False  # "up from 1 million": an earlier value
    compared: Figure | None = None  # the figure this one is set against ("1,280, down from 1,460")
    when: str | None = None  # the date the figure was given, once known
    clause_subject: Token | None = None  # "the 2,500 the MSS had been designed for": whose figure it is
    listed_after: Figure | None = None  # the figure before it in a list the parse did not coordinate
    share_of: Figure | None = None  # the total a country's share belongs to ("led by Italy with 1,050")
    threshold: bool = False  # the number of a mark passed ("crossed the 600 mark")
    aside: Token | None = None  # the noun of an aside on a part ("970, most of them Kenyan police")
    subject: str | None = None
    subject_why: str = ""
    place: str | None = None
    each: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.q.start

    @property
    def evidence(self) -> tuple[int, int]:
        """Characters that state the claim: the figure, its noun and the word that typed it."""
        a, b = self.q.start, self.q.end
        for t in (self.noun, self.cue):
            if t is not None:
                a, b = min(a, self.sent.pos(t)), max(b, self.sent.end_of(t))
        return a, b


# ---------------------------------------------------------------------------------------------
# which numbers are figures

_TIME = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|hours?\s+GMT|GMT|UTC|h\d\d)\b", re.I)
_NOT_BEFORE = re.compile(
    r"(?:resolution|res\.|S/RES/|No\.|\b(?:the|a|phone|flight|case|serial|reference)\s+number|Chapter|article|paragraph|session|flight|aged?|page|"
    r"route|highway|road|phase|level|grade|category|class|item|point|meeting|batch\s+no\.?|"
    r"channel|platoon|sector|zone|district|commune|camp|site|section|room|tier|stage|rank(?:ed)?)\s*$",
    re.I,
)
_UNITS_AFTER = re.compile(
    r"^[\s-]*(?:km|kilomet(?:er|re)s?|miles?|metres?|meters?|m\b|kg|tonnes?|tons?|hectares?|"
    r"square|sq|days?|weeks?|months?|years?|hours?|minutes?|decades?|times|per\s*cent|percent|%|"
    r"years?-old|year-old|-year|-month|-day|-week|-hour|st\b|nd\b|rd\b|th\b|am\b|pm\b)",
    re.I,
)
_VOTES_TO = re.compile(r"\bvotes?\s+(?:to|against)\s*$", re.I)
_SMALL = r"(?:\d{1,3}(?![\d,])|one|two|three|four|five|six|seven|eight|nine|ten)"
# "seven in ten of the officers", "one out of every five": a proportion, neither number a count
_RATIO = re.compile(rf"^\s+(?:in|out\s+of)\s+(?:every\s+)?{_SMALL}\b", re.I)
_RATIO_BEFORE = re.compile(rf"\b{_SMALL}\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)


def _number_is_fact(s: Sentence, q: Quantity, text: str) -> bool:
    """Years, times, ages, serial numbers, durations, distances, ratios and vague amounts are no figures."""
    if q.rule and q.rule.startswith("vague"):
        return False  # "hundreds of people" gives no figure (corpus convention)
    if q.unit is None and isinstance(q.value, float) and not q.value.is_integer():
        return False  # "5.1 Ireland has contributed": a section number; people come in whole numbers
    if any(d.start <= q.start < d.end or q.start <= d.start < q.end for d in s.dates):
        return False
    before = text[max(s.start, q.start - 40) : q.start]
    after = text[q.end : min(s.end, q.end + 30)]
    if q.unit is None:
        if (
            not q.written
            and re.fullmatch(r"(?:1[89]|20)\d\d", q.text)
            and not re.match(r"^\s*(?:troops|soldiers|officers|police|personnel|people)\b", after)
        ):
            return False
        if _NOT_BEFORE.search(before) or _TIME.match(after) or _UNITS_AFTER.match(after):
            return False
        if re.match(r"^[:.]\d", text[q.end : q.end + 2]):
            return False  # 10:04, 11.30
        if re.search(r"[A-Z][\w'’-]+,\s*$", before) and re.match(r"^\s*,", after):
            return False  # "Garry Joseph, 55, …": an age
        if _RATIO.match(after) or _RATIO_BEFORE.search(before):
            return False
        if re.match(r"^\s*(?:th|st|nd|rd)\b", after):
            return False
        if re.match(r"^\s*(?:votes?|ballots?|abstentions?)\b", after) or _VOTES_TO.search(before):
            return False  # "approved by 487 votes to 62, with 9 abstentions": a vote, nobody counted
        if re.match(r"^-\d", text[q.end : q.end + 2]) or re.search(
            r"\d-$", text[max(0, q.start - 2) : q.start]
        ):
            return False  # "approved 12-0": a score, read by the Council frames
        if re.search(r"\bat\s+$", before, re.I) and re.match(
            r"^\s*(?:in\s+the\s+(?:morning|afternoon|evening)|o'clock|at\s+night)", after, re.I
        ):
            return False  # "at four in the morning"
        if (
            q.value == 1
            and re.search(r"\bthe\s+$", before, re.I)
            and re.match(r"^\s+(?:who|that|which)\b", after)
        ):
            return False  # "the one who pulled the plug"
        if _NOT_AFTER.match(after) or q.text.startswith("[") or re.search(r"\[\s*$", before):
            return False  # "two-thirds", "800 fewer than", "one of the largest", "[10]" footnotes
        if q.value == 1 and re.match(r"^\s*of\s+(?:the|its|their|his|her|those|these|\d)", after, re.I):
            return False  # "one of the largest", "one of 2,101 police": a pronoun
        if (
            q.value == 1
            and q.text.lower() == "one"
            and _ONE_AS_PRONOUN.search(before)
            and not _counted_after(after)
        ):
            return False  # "the current one ends on 30 June", "the last one holding the bill": a pronoun
        if re.search(r"\b(?:several|a\s+few|few|many|some)\s*$", before, re.I) and re.fullmatch(
            r"(?:hundred|thousand|dozen)s?", q.text, re.I
        ):
            return False  # "several hundred local staff": vague
        people_after = _PERSONNEL_AFTER.match(after) or any(  # "a group of 75 Guatemalans"
            e.label == "COUNTRY" and e.start == q.end + len(after) - len(after.lstrip()) for e in s.ents
        )
        if re.search(r"\b(?:family|household|group)\s+of\s+$", before, re.I) and not (
            re.search(r"\bgroup\s+of\s+$", before, re.I)
            and (people_after or (q.value is not None and q.value >= 10 and _a_group(before)))
        ):
            return False  # "his family of six" (not "a group of 230 Kenyan police officers", "a group
            # of 230 landed in Port-au-Prince")
        if re.search(
            r"\b(?:city|town|country|nation|capital|island|district|region|metropolis)\s+of\s+"
            r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$",
            before,
            re.I,
        ):
            return False  # "a city of three million": a population
        if (
            q.value is not None
            and q.value <= 15
            and (_TALLY_AFTER.match(after) or _TALLY_BEFORE.search(before))
        ):
            return False  # "14 in favour", "by 12 votes to none": a vote, read by the Council frames
        if re.search(
            r"\b(?:(?:resolution|text|draft|decision),?\s+numbered|resolutions?|res\.|no\.)\s*$", before, re.I
        ):
            return False  # "the resolution, numbered 2814": a document's number, read by the Council frames
        if _POPULATION.search(before):
            return False  # "a population of some 11.9 million": the whole population, no measure
    return True


def _a_group(before: str) -> bool:
    """ "a group of", "the second group of" (not "his group of"): a batch of people, told by an article."""
    return bool(re.search(r"\b(?:an?|the|another|this|that)\s+(?:\w+\s+){0,2}group\s+of\s+$", before, re.I))


_ONE_AS_PRONOUN = re.compile(
    r"\b(?:the|this|that|another|each|every)\s+(?:(?:current|new|next|last|previous|first|second|old|same|"
    r"latest|final|only|main|earlier|outgoing|incoming|present|existing)\s+)?$",
    re.I,
)


def _counted_after(after: str) -> bool:
    """A noun of people right after the number ("the one officer who …")."""
    m = re.match(r"\s+(?:[\w-]+\s+){0,2}?([a-z]+)", after)
    if m is None:
        return False
    word = m.group(1).lower()
    lex = lexicon()
    return bool(_PERSONNEL_AFTER.match(after)) or word in lex.people or word.rstrip("s") in lex.people


_TALLY_AFTER = re.compile(
    r"^\s*(?:votes?\b|in\s+favou?r|against\b|abstentions?\b|abstaining|members?\s+(?:voted|abstained)|"
    r"to\s+(?:none|zero|nil|1?\d)\b(?![,.]\d)|-\d+-\d+)",
    re.I,
)
_NOT_AFTER = re.compile(
    r"^(?:-|\s)*(?:thirds?|quarters?|fifths?|tenths?|halves)\b|^\s*(?:fewer|more|less|times)\s+than\b|^\s*\]",
    re.I,
)
_TALLY_BEFORE = re.compile(r"\bvotes?\s+of\s+$", re.I)
_POPULATION = re.compile(
    r"\bpopulations?\s+(?:of|is|was|stands\s+at|totals|numbers)\s+(?:(?:some|about|around|roughly|nearly|"
    r"almost|over|more\s+than|just\s+over|just\s+under|close\s+to|an\s+estimated|approximately)\s+)*$",
    re.I,
)


def _counts_assets(text: str, q: Quantity) -> bool:
    """A number written just before a ship, aircraft or other asset noun ("three to four warships",
    "two Mi-17 helicopters"), which the parse may hang on a personnel noun beside it."""
    return bool(_asset_after().match(text[q.end : q.end + 40]))


@cache
def _asset_after() -> re.Pattern[str]:
    """The asset nouns of the lexicon after a number (built once, not once per figure)."""
    nouns = "|".join(re.escape(n) for n in lexicon().status["asset_nouns"])
    return re.compile(
        rf"\s*(?:(?:to|or|and|-|–)\s*[\w,]+\s+)?(?:[\w-]+\s+)?(?:{nouns})s?\b"
        r"(?!\s+(?:pilots?|crews?|technicians?|engineers?|mechanics?|personnel|staff|operators?)\b)",
        re.I,
    )


def _family(q: Quantity) -> str | None:
    if q.unit == "percent":
        return "percent"
    if q.unit and q.unit != "persons":
        return "money"
    return "persons"


MODIFYING = frozenset(
    {"nummod", "quantmod", "compound", "amod", "nmod", "advmod", "npadvmod", "appos", "det"}
)  # how a number (or the "a" of one victim) hangs on the noun it counts


# people a report cites as its sources when it counts them ("two people in the room told us")
SOURCE_PEOPLE = frozenset(
    {"person", "people", "diplomat", "official", "source", "witness", "resident", "delegate"}
)
# bodies whose size is told as "N-member" ("the 15-member organ", "the 16-member bloc")
BODIES = frozenset(
    {"organ", "body", "council", "board", "committee", "panel", "bloc", "chamber", "commission"}
)


def _size_of_a_body(noun: Token) -> bool:
    return noun.lemma_.lower() == "member" and noun.dep_ == "compound" and noun.head.lemma_.lower() in BODIES


def _council_members(noun: Token, text: str) -> bool:
    """Bare "members" (no kind, owner or "of" phrase) in an article about the Council are its seats."""
    if (
        noun.lemma_.lower() != "member"
        or noun.dep_ == "compound"
        or any(c.dep_ in ("compound", "amod", "poss", "prep", "nmod") for c in noun.children)
    ):
        return False
    moves = set(lexicon().classes(noun.head.lemma_.lower())) & {
        "arrive",
        "deploy",
        "withdraw",
        "kill",
        "injure",
    }
    return not moves and bool(COUNCIL.search(text))


COUNCIL = re.compile(r"\bSecurity Council\b|\bthe Council\b")


def _speaks(noun: Token) -> bool:
    """A noun that is the subject of a verb of saying (the lexicon's reporting class)."""
    return noun.dep_ == "nsubj" and "report" in lexicon().classes(noun.head.lemma_.lower())


def stranded_verb(noun: Token) -> Token | None:
    """ "short of the 1,250 the Security Council has authorised": the parse makes the clause's subject
    the object of "of" and leaves the verb right after it without a subject; that verb."""
    if noun.dep_ != "pobj" or noun.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def detached_relative(noun: Token) -> Token | None:
    """ "far short of the 2,500 personnel initially envisaged", "against the 2,500 officers its
    contributors have envisaged": a participle or a relative clause without "that" on a counted noun
    set against another, which the parse hung on the main clause instead; its verb, when it takes
    no object of its own."""
    if noun.dep_ != "pobj":
        return None
    doc = noun.doc
    j = noun.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV" and doc[j].dep_ == "advmod" and doc[j].head.i > j:
        j += 1  # "initially", "originally"
    if j >= len(doc):
        return None
    nxt = doc[j]
    subject = nxt if nxt.dep_ == "nsubj" else nxt.head if nxt.dep_ in ("poss", "det") else None
    if subject is not None and subject.dep_ == "nsubj" and subject.left_edge.i == j:
        verb = subject.head  # "its contributors have envisaged"
    elif nxt.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        verb = nxt  # "initially envisaged"
    else:
        return None
    if verb.pos_ != "VERB" or verb.i < j or verb.head.i > noun.i or verb.head.i == noun.i:
        return None
    if any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children):
        return None
    return verb


def _contact_relative(s: Sentence, q: Quantity, noun: Token, text: str) -> bool:
    """ "the 1,250 the Security Council has authorised", "the 1,500 it offered": "the N" followed by
    a clause whose subject the parse took for the noun N counts; N is what that clause's verb is about."""
    if (noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX")) and (
        stranded_verb(noun) is None
    ):
        return False
    before, after = text[max(0, q.start - 5) : q.start], text[q.end : q.end + 6]
    return bool(re.search(r"\bthe\s+$", before, re.I) and re.match(r"\s+(?:the|it|they|[A-Z])", after))


# what may stand between a bracket and the number it holds: "(about 2,150", "(800"
PAREN_LEAD = re.compile(
    r"\(\s*(?:about|some|roughly|around|nearly|almost|over|more than|fewer than|at least|just over|"
    r"just under|close to)?\s*$",
    re.I,
)


def bracketed_after(s: Sentence, q: Quantity) -> Token | None:
    """The word a figure set in brackets is written right after ("Uruguay (198)", "Rwanda (about
    2,150 troops)", "the largest contributor (800)"), wherever the parse hangs the bracket."""
    first = s.token_at(q.start)
    if s.doc is None or first is None:
        return None
    j = first.i - 1
    while j >= 0 and s.doc[j].text != "(" and first.i - j <= 4:
        j -= 1
    if j < 1 or s.doc[j].text != "(" or not PAREN_LEAD.search(s.doc[j : first.i].text):
        return None
    return s.doc[j - 1]


def _noun_of(s: Sentence, q: Quantity, anchor: Token) -> Token | None:
    """The noun a number counts: its head when the number modifies one ("400 officers", "5,500-troop
    target"), the object of its "of" ("400 of them", "2,000 of its troops"), else none."""
    inside = {t.i for t in s.tokens(q.start, q.end)}
    if anchor.pos_ == "NOUN" and noun_class(anchor) is not None:
        return anchor  # "a 5,500-troop target": the noun is inside the figure, the target is its frame
    h = anchor
    if anchor.dep_ in MODIFYING and (anchor.head.i not in inside):
        h = anchor.head
        own = bracketed_after(s, q)
        if own is not None and own.i != h.i and s.entity_of(own, ("COUNTRY",)) is not None:
            return own  # "Nepal (427), India (201) and Uruguay (198)": the parse hangs the last
            # bracket on the list's second country; the bracket belongs to the country before it
        if (
            h.pos_ == "ADJ"
            and h.lower_ in ("strong", "member", "man", "person")
            and h.head.pos_ in ("NOUN", "PROPN")
        ):
            return h.head  # "a 200-strong unit"
        if h.pos_ in ("NOUN", "PROPN"):
            # "eight aviation and medical-evacuation specialists": climb the phrase to its head noun
            t = h
            for _ in range(4):
                if noun_class(t) or s.entity_of(t, ("COUNTRY",)) is not None:
                    return t
                if t is h and t.dep_ == "conj":
                    break  # "78 soldiers and three helicopters": the number's own noun is a conjunct
                if t.dep_ in ("nmod", "compound", "amod", "conj") and t.head.pos_ in ("NOUN", "PROPN"):
                    t = t.head
                    continue
                break
            bracketed = s.doc is not None and anchor.i > 0 and s.doc[anchor.i - 1].text == "("
            if anchor.dep_ == "appos" and t is h and bracketed:
                return None  # "the largest contributor (800)": a value set beside a noun it does not count
            return h
    doc = anchor.doc
    be = (
        anchor.head
        if anchor.dep_ == "nsubj" and anchor.head.lemma_ == "be"
        else doc[anchor.i + 1]
        if anchor.i + 1 < len(doc) and doc[anchor.i + 1].lemma_ == "be"
        else None
    )  # "Of the total, 750 are police officers and 220 are military personnel"
    if be is not None:
        attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if attr is not None and noun_class(attr) is not None:
            return attr
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    if obj.pos_ == "PRON" or obj.lower_ in ("them", "whom", "which", "those", "these"):
                        return None  # "400 of them", "a million of whom": the antecedent is counted
                    return obj
    # "400 Kenyans", "Seventy-five Guatemalan military police officers" parsed with the number as head
    nxt = s.doc[anchor.i + 1] if s.doc is not None and anchor.i + 1 < len(s.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.i not in inside and nxt.head.i == anchor.i:
        return nxt
    return _noun_after(anchor, inside)


def _noun_after(anchor: Token, inside: set[int]) -> Token | None:
    """ "at 700 formed police unit personnel" parsed with the noun as another object: the personnel
    noun that the modifiers right after the number lead to is the one it counts."""
    doc = anchor.doc
    i = anchor.i + 1
    while i < len(doc) and i in inside:
        i += 1
    start = i
    while i < len(doc) and doc[i].dep_ in ("amod", "compound") and start <= doc[i].head.i > i:
        i += 1
    if i == start or i >= len(doc) or doc[i].pos_ != "NOUN" or noun_class(doc[i]) != "personnel":
        return None
    return doc[i] if all(doc[j].head.i <= i for j in range(start, i)) else None


PERSONNEL_GROUPS = frozenset(
    {"battalion", "contingent", "company", "detachment", "brigade", "platoon", "squadron"}
)


COUNTED_GROUPS = PERSONNEL_GROUPS | {"unit", "team", "wave", "rotation"}


INCIDENT_NOUNS = frozenset({"case", "incident"})


def _incidents_of(noun: Token) -> bool:
    """ "Kidnappings fell to 185 cases", "240 kidnapping cases", "40 cases of abduction": cases of
    what the sentence counts in people (a kidnapping is one person taken), not things."""
    if noun.lemma_.lower() not in INCIDENT_NOUNS:
        return False
    measure_noun = lexicon().noun_measure
    near = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    near += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    head = noun.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "fell to 185 cases": the verb "to" hangs on
    near += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in measure_noun or t.lower_ in measure_noun for t in near)


def noun_class(tok: Token | None) -> str | None:
    """personnel, people or None, for a counted noun (and its compound: "police officers")."""
    if tok is None:
        return None
    lex = lexicon()
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if low.endswith("s") and low[:-1] in lex.people | lex.personnel:
        low = low[:-1]  # "Haitians" tagged as a proper noun keeps its plural
    if lemma in ("member", "partner") and any(
        c.dep_ in ("compound", "amod")
        and c.pos_ == "PROPN"
        and c.text.isupper()
        and not kbglue.force_country(c.text)
        for c in tok.children
    ):
        return None  # "29 NATO members and partners": countries (but "2,900 SANDF members": soldiers)
    if lemma in lex.personnel or low in lex.personnel or lemma in PERSONNEL_GROUPS:
        return "personnel"
    if _serving(tok):
        return "personnel"
    if lemma in lex.people or low in lex.people or lemma in lex.noun_measure or low in lex.noun_measure:
        return "people"
    return None


# nouns that stand for a mission or a part of one ("people in the force", "the operation numbers")
FORCE_NOUNS = frozenset({"mission", "force", "operation", "office", "contingent", "battalion"})


def _serving(tok: Token) -> bool:
    """ "close to 900 people in MINUSCA", "400 men with the force", "1,000 people on the ground":
    people a mission counts as its own."""
    if tok.lemma_.lower() not in ("people", "person", "man", "woman"):
        return False
    if _sent_by_a_state(tok):
        return True  # "The Bahamas has committed 150 people", "it will send 150 people"
    if tok.dep_ == "pobj" and _held_by_a_force(tok):
        return True  # "the force can number up to 5,550 people"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "with", "under", "on"):
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if c.lower_ == "on":
                    if o.lower_ == "ground":
                        return True  # "1,000 people on the ground"
                elif o.lemma_.lower() in FORCE_NOUNS or kbglue.mission(o.text) is not None:
                    return True
                elif c.lower_ == "in" and _held_by_a_force(tok):
                    return True  # "the MSS never had more than 970 people in Haiti"
    return False


# verbs by which a state puts people into a force
SENDING = frozenset(
    {"send", "deploy", "commit", "pledge", "contribute", "offer", "dispatch", "provide", "promise"}
)
STATE_WORDS = frozenset({"government", "country", "state", "nation", "it"})


def _sent_by_a_state(tok: Token) -> bool:
    """People a state sends, commits or offers are its personnel, not a crisis's people: the
    verb's subject (or the subject of the clause it completes: "has said it will send") is a country,
    its government or "it"."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in SENDING:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("xcomp", "conj"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in STATE_WORDS:
        return True
    name = re.sub(r"^the\s+", "", subj.doc[subj.left_edge.i : subj.i + 1].text, flags=re.I)
    return subj.text[:1].isupper() and country_code(name) is not None


def _held_by_a_force(tok: Token) -> bool:
    """The people are what a mission or force has or may number: the subject of "have" or "number
    up to" is one."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head  # "can number up to 5,550 people"
    elif tok.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in ("have", "keep", "field", "count", "number", "grow", "reach"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in FORCE_NOUNS or kbglue.mission(subj.text) is not None)


def lex_contributors() -> frozenset[str]:
    return frozenset(lexicon().status["contributor_nouns"])


ASIDE = re.compile(r",\s*(?:most|many|nearly\s+all|almost\s+all|all|half|mostly|mainly|largely|some)\b", re.I)


MARKS = frozenset({"mark", "threshold", "milestone"})


# a part of the people just counted: "1,000 of them", "most of whom"
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)


def find_figures(s: Sentence, text: str) -> list[Figure]:
    """The figures of a parsed sentence, with their nouns; numbers that count nothing of ours dropped."""
    if s.doc is None:
        return []
    out: list[Figure] = []
    for q in s.quants:
        if not _number_is_fact(s, q, text):
            continue
        anchor = s.root(q.start, q.end)
        if anchor is None:
            continue
        family = _family(q)
        if family is None:
            continue
        fig = Figure(q, s, family, anchor)
        if family == "persons" and _counts_assets(text, q):
            continue  # "some 600 personnel and three to four warships": ships, not people
        if family == "persons":
            fig.noun = _noun_of(s, q, anchor)
            if (
                fig.noun is not None
                and fig.noun.i < anchor.i
                and _PART_OF_THEM.match(text, q.end)
                and (
                    noun_class(fig.noun) is not None or not any(c.dep_ == "nummod" for c in fig.noun.children)
                )
            ):  # "2,500 personnel, 1,000 of them from Kenya" hung on "the mission" (but "242 sites, 140 of
                fig.noun = None  # them in schools" counts the sites)
            if fig.noun is not None and fig.noun.i > anchor.i and ASIDE.search(text[q.end : s.pos(fig.noun)]):
                fig.aside, fig.noun = fig.noun, None  # "roughly 970, most of them Kenyan police": the aside's
            if fig.noun is not None and fig.noun.lemma_.lower() in MARKS:
                fig.noun, fig.threshold = None, True  # "past the 600 mark": a count passed, no noun counted
            if fig.noun is not None and s.entity_of(fig.noun, ("COUNTRY",)) is not None:
                fig.demonym = True  # "750 Kenyans", "three Malawians": people of a country
            elif fig.noun is not None and noun_class(fig.noun) is None:
                compounds = [c for c in fig.noun.children if c.dep_ == "compound"]
                if _contact_relative(s, q, fig.noun, text):
                    fig.noun, fig.clause_subject = None, fig.noun  # "the 1,250 the Council has authorised"
                elif _labels_it(s, fig.noun, q, text):
                    fig.noun = None  # "Peak deployment: about 1,000": the label names no thing counted
                elif not any(noun_class(c) for c in compounds) and not _incidents_of(fig.noun):
                    continue  # "14 bases", "ten countries", "six tasks"
        if (
            fig.noun is not None
            and fig.noun.lemma_.lower() in COUNTED_GROUPS
            and anchor.dep_ == "nummod"
            and anchor.head.i == fig.noun.i
        ):
            continue  # "one formed police unit", "two battalions": groups counted, not people
        if q.value == 1 and fig.noun is not None and _speaks(fig.noun):
            continue  # "one Kenyan officer who served there told me": a source, not a count
        if (
            q.value <= 3
            and fig.noun is not None
            and fig.noun.lemma_.lower() in SOURCE_PEOPLE
            and _speaks(fig.noun)
        ):
            continue  # "two people in the room told us", "three diplomats said": sources, not a count
        if fig.noun is not None and _size_of_a_body(fig.noun):
            continue  # "the 15-member organ": how large the Council is, not anyone's personnel
        if fig.noun is not None and q.value <= 15 and _council_members(fig.noun, text):
            continue  # "Diplomats said the 15 members had little choice": seats on the Council
        if (
            fig.noun is not None
            and fig.noun.lemma_.lower() == "member"
            and fig.noun.dep_ == "appos"
            and s.entity_of(fig.noun.head, ("COUNTRY",)) is not None
        ):
            continue  # "Sierra Leone and Somalia, two African members": countries counted, not people
        counted = [o for c in anchor.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if any(t.lemma_.lower() in lex_contributors() for t in [*counted, *([fig.noun] if fig.noun else [])]):
            continue  # "the mission's other two troop contributors": countries counted, not people
        fig.head = _phrase_head(fig)
        if fig.noun is not None and _own_family(fig.noun):
            continue  # "her four children", "with his wife and five children": a person's own family
        out.append(fig)
    return out


def _labels_it(s: Sentence, noun: Token, q: Quantity, text: str) -> bool:
    """The noun is a label's, a colon between it and the figure ("Peak deployment: about 1,000")."""
    end = s.end_of(noun)
    return end <= q.start and re.fullmatch(r"\s*(?:\([^()]*\))?\s*:\s*[^:]*", text[end : q.start]) is not None


def _own_family(noun: Token) -> bool:
    """A count a person's possessive owns, directly or through the kin it is joined to."""
    owned = [noun, *([noun.head] if noun.dep_ == "conj" and noun.head.lemma_.lower() in KIN else [])]
    return any(
        c.dep_ == "poss"
        and (c.lower_ in ("his", "her", "my") or (c.lower_ in ("our", "your") and n.lemma_.lower() in KIN))
        for n in owned
        for c in n.children
    )  # (not "306 of our officers", "70 of our people": a contingent's own, told by one of them)


CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "abduct", "kidnap", "die"})
# a person's family, whose possessive covers the counts joined to it ("his wife and five children")
KIN = frozenset({"wife", "husband", "child", "son", "daughter", "family", "mother", "father", "parent"})


def add_single_casualties(s: Sentence) -> None:
    """ "A UN peacekeeper was killed", "killing a Kosovo police officer": one victim named with "a"
    is a toll of one, a figure like "one crew member" (written as a quantity on the article, so the
    frames read it as any other)."""
    if s.doc is None:
        return
    found = []
    doc = s.doc
    for t in (doc[i] for i, lemma in enumerate(columns(doc).lemma) if lemma in CASUALTY_VERBS):
        lemma = t.lemma_.lower()
        if lemma not in CASUALTY_VERBS or t.pos_ not in VERBISH:
            continue
        deps = ("nsubj",) if lemma == "die" else ("nsubjpass", "dobj")
        for v in [c for c in t.children if c.dep_ in deps]:
            for n in (v, *v.conjuncts):
                det = next((c for c in n.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
                if det is None or n.tag_ != "NN" or noun_class(n) is None or s.quantity_of(det) is not None:
                    continue
                if any(c.dep_ == "nummod" for c in n.children):
                    continue
                found.append(
                    Quantity(s.pos(det), s.end_of(det), 1, qualifier="exact", rule="single", text=det.text)
                )
    s.add_quantities(found)


SAME = re.compile(r"\b(?:the\s+)?same\s+(?:number|size|amount|figure|strength)\b", re.I)


def add_repeated_figures(s: Sentence) -> None:
    """ "Chad has offered 1,500 soldiers and Bangladesh the same number": a figure written as "the
    same number" (or size, amount) repeats the sentence's figure before it, for the frames to read
    as any other."""
    found: list[Quantity] = []
    for m in SAME.finditer(s.text):
        at = s.start + m.start()
        before = [q for q in [*s.quants, *found] if q.end <= at and q.value]
        if not before:
            continue
        q = before[-1]
        found.append(
            Quantity(at, s.start + m.end(), q.value, q.unit, q.qualifier, rule="same", text=m.group(0))
        )
    s.add_quantities(found)


def event_noun(pred: Token | None) -> Token | None:
    """The event a relative clause tells the toll of ("an attack on police in Banjska in September
    2023, in which one officer was killed"): its place and date are the figure's."""
    if pred is None or pred.dep_ != "relcl" or pred.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relative = any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in pred.children) or any(
        c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children) for c in pred.children
    )
    if not relative:
        return None
    if pred.head.lemma_.lower() in EVENT_NOUNS:
        return pred.head
    # the parse hung the clause on a distant noun: the nearest event before the clause is meant
    start = pred.left_edge.i
    return next(
        (t for t in reversed(pred.doc[max(0, start - 25) : start]) if t.lemma_.lower() in EVENT_NOUNS), None
    )


EVENT_NOUNS = frozenset({
    "attack", "ambush", "raid", "clash", "incident", "explosion", "blast", "shelling", "fighting",
    "assault", "strike", "bombing", "massacre", "battle", "offensive", "shootout", "firefight", "crash",
})  # fmt: skip


def _phrase_head(fig: Figure) -> Token:
    """The head of the noun phrase the figure is in ("officers" of "400 Kenyan police officers")."""
    t = fig.noun or fig.anchor
    if (
        fig.noun is not None
        and fig.noun.dep_ == "pobj"
        and fig.noun.head.lower_ == "of"
        and fig.noun.head.head == fig.anchor
    ):
        return fig.anchor  # "400 of them": the number heads the phrase
    return t
