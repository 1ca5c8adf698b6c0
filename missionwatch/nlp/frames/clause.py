"""Readings of the parse the Council and mandate frames share, and their word classes.

What a phrase attaches to, which words are coordinated with a word, which country a noun stands
for ("the representative of France", "China's delegate", "Washington"), whether a clause only
proposes or expects what it says, and the resolution numbers a sentence names. The word classes
are in ``council.toml``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Token

from missionwatch.nlp.dates import DateMention
from missionwatch.nlp.entities import Entity
from missionwatch.nlp.frames.article import Sentence, columns
from missionwatch.nlp.numbers import words_to_number

_PATH = Path(__file__).with_name("council.toml")
RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
PARTICLES = frozenset({"forward", "out", "up", "over", "down", "off"})  # "put forward" read as advmod
PREFIXES = frozenset({"co", "re"})  # split off by the tokenizer: "co-drafted", "re-authorised"
_VERBAL = frozenset({VERB, AUX})


@dataclass(frozen=True)
class Words:
    verbs: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]
    counts: dict[str, frozenset[str]]
    durations: dict[str, Any]
    anchors: frozenset[str]  # words that make a sentence worth reading for the Council
    stems: tuple[str, ...]  # the same, as text, for a sentence not parsed yet

    def verb(self, cls: str, tok: Token) -> bool:
        return bool(lemmas(tok) & self.verbs[cls])

    def noun(self, cls: str, tok: Token) -> bool:
        return bool(lemmas(tok) & self.nouns[cls])


@cache
def words() -> Words:
    data = tomllib.loads(_PATH.read_text(encoding="utf-8"))

    def sets(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
        return {k: frozenset(w.lower() for w in v) for k, v in table.items()}

    verbs, nouns = sets(data["verbs"]), sets(data["nouns"])
    # every class but the general verbs that count only with a mission or mandate, which the
    # sentence then names anyway
    general = verbs["needs_theme"] | verbs["run"] | verbs["unreal"] | {"member", "body", "country", "life"}
    anchors = frozenset(set().union(*verbs.values(), *nouns.values()) - general)
    stems = tuple(data["gate"]["stems"])
    return Words(verbs, nouns, sets(data["counts"]), data["durations"], anchors, stems)


def lemmas(tok: Token) -> frozenset[str]:
    """The word's lemma, its surface form and, for a phrasal verb, lemma + particle ("run out");
    computed once per parse (kept in the Doc's ``user_data``)."""
    return _lemma_table(tok.doc)[tok.i]


def _lemma_table(doc: Doc) -> list[frozenset[str]]:
    """:func:`lemmas` of every token of the parse, by index."""
    table = doc.user_data.get("mw_lemmas")
    if table is None:
        table = doc.user_data["mw_lemmas"] = _all_lemmas(doc)
    return table


def _all_lemmas(doc: Doc) -> list[frozenset[str]]:
    """:func:`_lemmas` of every token; a word that is no verb needs no Token object (they were most of
    the Council readings' time), and its set is shared by every token with its lemma and form."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    made: dict[tuple[int, int], frozenset[str]] = {}
    out: list[frozenset[str]] = []
    for i, (lemma, lower, pos) in enumerate(doc.to_array([LEMMA, LOWER, POS]).tolist()):
        if pos in _VERBAL:
            out.append(_lemmas(doc[i]))
            continue
        found = made.get((lemma, lower))
        if found is None:
            found = made[(lemma, lower)] = frozenset({strings[lemma].lower(), strings[lower]})
        out.append(found)
    return out


def has_any(doc: Doc, wanted: frozenset[str]) -> bool:
    """True when some word of the parse is one of ``wanted`` (a cheap test before a reading)."""
    seen = doc.user_data.get("mw_all_lemmas")
    if seen is None:
        seen = doc.user_data["mw_all_lemmas"] = frozenset().union(*_lemma_table(doc))
    return not seen.isdisjoint(wanted)


def having(doc: Doc, wanted: frozenset[str]) -> list[Token]:
    """The tokens of the parse one of whose :func:`lemmas` is in ``wanted``, in order (a reading
    that skips every other token need not make them)."""
    return [doc[i] for i, found in enumerate(_lemma_table(doc)) if not found.isdisjoint(wanted)]


def _lemmas(tok: Token) -> frozenset[str]:
    lemma = tok.lemma_.lower()
    out = {lemma, tok.lower_}
    if tok.pos_ in ("VERB", "AUX"):
        out.update(
            f"{lemma} {c.lower_}"
            for c in tok.children
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == tok.i + 1)
        )
    return frozenset(out)


def verbal(tok: Token) -> bool:
    """A verb or participle used as one: not "UN-authorised" nor "the authorised strength"."""
    if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
        return False
    if tok.dep_ == "amod":
        return False
    if tok.i > 1 and tok.doc[tok.i - 1].text == "-":
        return tok.doc[tok.i - 2].lower_ in PREFIXES  # "co-drafted", not "UN-authorised"
    return True


def governor(s: Sentence, start: int, end: int) -> Token | None:
    """The word a phrase (a date, a length) modifies: up from its head through prepositions."""
    root = s.root(start, end)
    if root is None:
        return None
    inside = {t.i for t in s.tokens(start, end)}
    t = root
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return t
        if h.i in inside or h.pos_ == "ADP":
            t = h
            continue
        return h
    return t


def date_governor(s: Sentence, d: DateMention) -> Token | None:
    """The word a date modifies; a date found with its verb ("expires on 1 October") is that verb's."""
    toks = s.tokens(d.start, d.end)
    if toks and d.prefix.startswith("expir") and toks[0].lower_.startswith("expir"):
        return toks[0]
    return governor(s, d.start, d.end)


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in (itself when it is one)."""
    t = tok
    for _ in range(12):
        if verbal(t) or t.head.i == t.i:
            return t
        t = t.head
    return t


def chain_up(tok: Token, *, dates: bool = False) -> Iterator[Token]:
    """The word and the verbs above it through infinitives, complements and participles ("voted to
    extend", "was due to expire", "renewing its mandate"); for ``dates``, not through coordinated
    or reported clauses, which have days of their own."""
    deps = (
        ("xcomp", "advcl", "pcomp", "acomp")
        if dates
        else ("xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp")
    )
    t = tok
    for _ in range(6):
        yield t
        if t.dep_ not in deps or t.head.i == t.i or (dates and set_off_in_time(t)):
            return
        t = t.head
        if t.pos_ == "ADP" and t.head.i != t.i:  # "applauded the Council for backing…"
            t = t.head


def set_off_in_time(verb: Token) -> str | None:
    """The subordinator ("after", "since", "before") of a clause whose day is not its head's ("arrived
    on Tuesday, nine months after the Council approved the mission")."""
    if verb.dep_ != "advcl":
        return None
    offsets = words().durations["offsets"]
    return next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in offsets), None)


def unreal(verb: Token) -> bool:
    """True when a decision is only proposed, expected, wanted or future ("had proposed renewing",
    "is expected to extend", "will have to decide whether to renew"): a modal or a negation on it,
    or a governor of that kind it is the complement of."""
    w = words()
    t = verb
    for _ in range(6):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in w.verbs["unreal_aux"] for c in t.children):
            return True
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.i != verb.i and w.verb("unreal", t):
            if t.lemma_.lower() == "decide" and _taken(t):
                return unreal(t)  # "the Council today decided to extend": the decision, taken
            return True
        infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if (t.dep_ not in ("xcomp", "ccomp", "pcomp", "acomp") and not infinitive) or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("ADP", "SCONJ") and t.head.i != t.i:  # "vote on whether to extend"
            t = t.head
    return False


def _taken(verb: Token) -> bool:
    """A verb in a tense that tells an act done: "decided", "has decided", a resolution's "decides"."""
    if verb.tag_ in ("VBD", "VBZ"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def conjuncts(tok: Token) -> list[Token]:
    """The word and the words coordinated with it, in order."""
    return sorted({tok, *tok.conjuncts}, key=lambda t: t.i)


def country_of(s: Sentence, tok: Token) -> Entity | None:
    """The country a noun stands for: a country's name, or a person or delegation of one
    ("the representative of France", "China's delegate", "whose delegation")."""
    e = s.entity_of(tok, ("COUNTRY",))
    if e is not None:
        return e
    if words().noun("delegate", tok):
        for c in tok.children:
            if c.dep_ == "poss":
                e = s.entity_of(c, ("COUNTRY",))
                if e is not None:
                    return e
                ante = _antecedent_of_whose(tok) if c.lower_ == "whose" else None
                if ante is not None:
                    return country_of(s, ante)
                if c.pos_ == "PRON" and c.lower_ != "whose":
                    return speaker_country(s, tok)
            if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and tok.lower_ == "speaker")):
                for p in c.children:  # ("the speaker for China")
                    if p.dep_ == "pobj":
                        e = s.entity_of(p, ("COUNTRY",))
                        if e is not None:
                            return e
            if c.dep_ in ("compound", "amod"):
                e = s.entity_of(c, ("COUNTRY",))
                if e is not None:
                    return e
    return None


def speaker_country(s: Sentence, tok: Token) -> Entity | None:
    """ "The representative of X said her delegation…": the country of whoever reports the clause."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if verbal(t):
            for c in t.children:
                if c.dep_ == "nsubj" and c.i != tok.i and not any(x.i == tok.i for x in c.subtree):
                    return country_of(s, c)
    return None


def _antecedent_of_whose(tok: Token) -> Token | None:
    """ "the representative of X, whose delegation voted": the noun the relative clause hangs on."""
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl":
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def countries_of(s: Sentence, tok: Token) -> list[Entity]:
    """The countries a (coordinated) noun phrase names: "China, Pakistan and the Russian Federation",
    "A and B together with C"."""
    out: list[Entity] = []
    for t in conjuncts(tok):
        e = country_of(s, t)
        if e is not None and e not in out:
            out.append(e)
        if e is None:  # "two countries, China and Russia,"
            out += [x for c in t.children if c.dep_ == "appos" for x in countries_of(s, c) if x not in out]
        for c in t.children:  # "the United States together with Panama", "X along with Y"
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += [x for x in countries_of(s, p) if x not in out]
    return _with_adjacent(s, out)


def _with_adjacent(s: Sentence, found: list[Entity]) -> list[Entity]:
    """Countries the parse failed to coordinate but the text lists ("China, Russia and Pakistan"):
    neighbours separated only by commas, "and" or "the"."""
    out = list(found)
    if not out:
        return out
    for e in sorted((e for e in s.ents if e.label == "COUNTRY"), key=lambda e: e.start):
        if e not in out and any(_listed_with(s, e, f) for f in out):
            out.append(e)
    for e in sorted((e for e in s.ents if e.label == "COUNTRY"), key=lambda e: -e.start):
        if e not in out and any(_listed_with(s, e, f) for f in out):
            out.append(e)
    return sorted(out, key=lambda e: e.start)


def _listed_with(s: Sentence, e: Entity, f: Entity) -> bool:
    a, b = (e, f) if e.end <= f.start else (f, e)
    if b.start < a.end or b.start - a.end >= 8:
        return False
    return all(t.lower_ in (",", "and", "the", "&") for t in s.tokens(a.end, b.start))


def antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs on ("France, which drafted…" → France)."""
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        return verb.head
    return None


def subjects(verb: Token) -> list[Token]:
    """Who does what a verb says: its subject, the noun its relative clause hangs on, "as did X"."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            if c.lower_ in RELATIVE or (c.lower_ in ("all", "both", "each") and _of_which(c)):
                ante = antecedent(verb)
                if ante is not None:
                    out.append(ante)
            else:
                out.append(c)
    if not out and verb.dep_ == "relcl":
        ante = antecedent(verb)
        if ante is not None:
            out.append(ante)
    if not out and verb.head.lower_ in PREFIXES and verb.head.i < verb.i:
        out = subjects(verb.head)  # "X and Y co-drafted": the parse hangs them on "co"
    if not out and verb.dep_ in ("acl", "pcomp", "advcl") and verb.tag_ == "VBG":
        left = _left_nominal(verb)  # "with China and Russia abstaining" parsed without a subject
        if left is not None:
            out.append(left)
    for c in verb.children:  # "voted for it, as did Guyana"
        if c.dep_ == "advcl" and c.lemma_ == "do" and any(m.lower_ == "as" for m in c.children):
            out += [x for x in c.children if x.dep_ == "nsubj"]
    return out


def _left_nominal(verb: Token) -> Token | None:
    """The noun right before a verb ("… China, Pakistan and Russia abstaining"), over "also", "all"."""
    j = verb.i - 1
    while j >= 0 and verb.doc[j].lower_ in ("also", "all", "both", "each", "then"):
        j -= 1
    if j >= 0 and verb.doc[j].pos_ in ("PROPN", "NOUN"):
        return verb.doc[j]
    return None


def _of_which(tok: Token) -> bool:
    return any(c.lower_ == "of" and any(p.lower_ in RELATIVE for p in c.children) for c in tok.children)


def agents(verb: Token) -> list[Token]:
    """The doer of a passive or participle ("drafted by X"), else the subject."""
    out = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if out:
        return out
    if verb.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return subjects(verb)


def count_value(tok: Token) -> int | None:
    """A count of members as written: digits, a number word, or none/nobody for zero."""
    w = words()
    low = tok.lower_
    if low in w.counts["zero"] or (low == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"):
        return 0
    if low.isdecimal():  # not "²": a digit int() cannot read
        return int(low)
    if tok.like_num:
        n = words_to_number(low)
        return int(n) if n is not None else None
    return None


def resolution_numbers(s: Sentence) -> list[tuple[str, Token, Token]]:
    """The resolutions a sentence names: (number, number token, the noun it numbers).

    "resolution 2699 (2023)", "S/RES/2751", "UNSCR 2751", "the previous resolution, 2723,",
    "the resolution, numbered 2779", "the resolution, number 2793".
    """
    if s.doc is None or not any(ch.isdigit() for ch in s.text):
        return []
    cached = s.doc.user_data.get("mw_resolutions")
    if cached is not None:
        return list(cached)  # the readings ask for them again and again: one scan per parse
    w = words()
    out: list[tuple[str, Token, Token]] = []
    s.doc.user_data["mw_resolutions"] = out
    doc = s.doc
    # only digits or a symbol ("S/RES/2751") can number a resolution
    for t in (doc[i] for i, text in enumerate(columns(doc).text) if text.isdigit() or "/" in text):
        text = t.text
        if "RES/" in text.upper():
            num = text.upper().split("RES/")[-1]
            if num.isdigit():
                out.append((num.lstrip("0"), t, t))
            continue
        if not text.isdigit() or not 2 <= len(text) <= 4:
            continue
        if t.i > 0 and t.doc[t.i - 1].text == "(":
            continue  # the year in "2699 (2023)"
        day = s.date_of(t)
        if day is not None and day.precision != "year":
            continue  # the day of "Renewed: resolution 2751, 30 September 2024": a date's, no number
            # (a year alone may be a number: "resolution 2009 on 16 September 2011")
        noun = _numbered_noun(t, w)
        if noun is not None:
            out.append((text.lstrip("0"), t, noun))
    return out


def _numbered_noun(t: Token, w: Words) -> Token | None:
    doc = t.doc
    j = t.i - 1
    while j >= 0 and doc[j].lower_ in ("no", "no.", "nos", "nos.", "number", "#"):
        j -= 1
    if j >= 0 and (w.noun("resolution", doc[j]) and doc[j].lower_ not in ("text", "draft", "measure")):
        return doc[j]
    h = t.head
    # a resolution's number follows its noun, close by ("resolution 2602", "the resolution, 2723,"):
    # not the year before it ("* 2021 - resolution 2602") nor a tally further on (": 13-0-2")
    close_after = 0 < t.i - h.i <= 4
    if (
        w.noun("resolution", h)
        and t.dep_ in ("nummod", "appos", "compound", "npadvmod", "attr")
        and close_after
    ):
        return h
    if h.lemma_.lower() in ("number", "numbered") or h.lower_ == "numbered":
        x = h
        for _ in range(4):
            x = x.head
            if w.noun("resolution", x):
                return x
            if x.head.i == x.i:
                break
    return None
