"""Direct quotations and who said them.

A quotation is the text inside one pair of quotation marks: curly (“ ”), straight ("), or British
single marks (‘ ’) in a paragraph with no double marks; single marks inside a double quotation are
part of it. A quotation that opens a paragraph and is not closed there runs on into the next
paragraph's quotation, as newspapers print long quotes.

Attribution follows the shapes news writing uses, in this order:
1. right after the closing mark: "“…,” she said", "“…,” said Ruto", "“…,” Ruto, the president, added";
2. before the opening mark in the same clause: "Ruto said he was “deeply grateful”",
   "X said: “…”", "according to X, “…”", "…, calling it “…”" (the subject of the clause); a clause
   ending in a colon with no speech verb gives it to its subject ("X was blunt: “…”", "She sees a
   risk: “…”", "A senior official put it bluntly: “…”");
3. the previous quotation of the same sentence or paragraph ("“…,” she said. “…”"), or the next one
   of the paragraph when that one names its speaker ("“…” “…,” said Conille.");
4. a quotation carried over from the previous paragraph, or introduced by a colon ending it;
5. a paragraph that is only a quotation, right after one whose speaker is known, or a quotation that
   follows a sentence saying who spoke ("Ruto told lawmakers …. “…”") (low confidence).
Quotations without any of these give no claim, nor do scare quotes, names, nicknames and
translations ("so-called “…”", "known as “…”", Jimmy “Barbecue” Chérizier, (“Living Together”)),
quotations in an unpunctuated headline, or a repeat of one already claimed.

Pronouns, surnames and title references ("the ambassador added") resolve through
:class:`missionwatch.nlp.people.Analysis` to the full name the document introduced. An unnamed
delegation ("the representative of France", "the Japanese delegate", "its delegation" after a
country) speaks as its country, and a "he"/"she" after it goes to it like to a named speaker. An
acronym the text defines ("… Defence Force (SANDF)") speaks under its full form.

An unnamed speaker is the noun phrase that opens the verb's clause, up to its head noun and an
"of" complement: what follows and only modifies it ("a senior official in Mogadishu", "… who asked
not to be named", "a sergeant I served with") is not part of the speaker. A definite "the official
said" / "the ministry said" / "the delegation said" points back to the latest of: a named person
holding that title, an unnamed person introduced with that noun ("An AU official said …"), a
delegation, a body named with that noun or its synonym ("the Ministry of Defence" for "the
department"; "OCHA" for "the office"). A spokesperson "for" a body speaks as the body.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TypeVar

from missionwatch.models import Claim
from missionwatch.nlp import kbglue
from missionwatch.nlp.entities import find_entities
from missionwatch.nlp.people import (
    _AUX,
    _DATE_WORDS,
    _PREPOSITIONS,
    _QUOTE_CHARS,
    Analysis,
    Lexicon,
    Mention,
    Person,
    Tok,
    fold,
    is_country,
    paragraphs,
    sentence_text,
)

# words that open a clause of its own after a quotation, with its own subject
_NEW_CLAUSE = frozenset(["while", "whereas", "although", "though", "because", "but"])
T = TypeVar("T")
_DOCUMENTS = frozenset(["statement", "report", "letter", "communique", "communiqué", "release", "note"])
_OPEN_OK = frozenset(" \t([{—–-:;,/")
_MARKS = re.compile('["“”«»‘’]')  # every character find_quotes acts on


@dataclass
class QuoteSpan:
    """One quotation: its marks and its inner text (stripped of surrounding blanks)."""

    open: int
    close: int | None  # None: not closed in its paragraph, continued in the next one
    start: int
    end: int
    para: int


@dataclass
class Speaker:
    name: str
    person: Person | None
    how: str
    confidence: float


def _span(text: str, open_: int, close: int | None, inner_end: int, para: int) -> QuoteSpan | None:
    inner = text[open_ + 1 : inner_end]
    lead = len(inner) - len(inner.lstrip())
    body = inner.strip()
    if not body:
        return None
    start = open_ + 1 + lead
    return QuoteSpan(open_, close, start, start + len(body), para)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation of ``text`` in order, paragraph by paragraph."""
    out: list[QuoteSpan] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        para = text[ps:pe]
        has_double = any(c in para for c in '"“”«»')
        opener: tuple[int, str] | None = None
        # only quotation marks open or close a quotation: the loop visits them, not every character
        for m in _MARKS.finditer(para):
            i, ch = m.start(), m.group()
            pos = ps + i
            prev = para[i - 1] if i else " "
            nxt = para[i + 1] if i + 1 < len(para) else " "
            if opener is None:
                straight = ch == '"' and (prev in _OPEN_OK or i == 0)
                single = ch == "‘" and not has_double and (prev in _OPEN_OK or i == 0) and nxt.strip()
                if ch in "“«" or straight or single:
                    opener = (pos, ch)
                continue
            kind = opener[1]
            closes = (
                (kind in '“"' and ch in '”"')
                or (kind == "«" and ch == "»")
                or (kind == "‘" and ch == "’" and not nxt.isalpha() and prev.strip())
            )
            if closes:
                span = _span(text, opener[0], pos, pos, pi)
                if span:
                    out.append(span)
                opener = None
            elif ch == "“" and kind == "“":  # a new opening mark: the last quotation never closed
                span = _span(text, opener[0], None, pos, pi)
                if span:
                    out.append(span)
                opener = (pos, ch)
        if opener is not None and opener[1] != "‘":
            span = _span(text, opener[0], None, pe, pi)
            if span:
                out.append(span)
    return out


def mask(text: str, quotes: list[QuoteSpan]) -> str:
    """``text`` with quoted words blanked (offsets kept); a final . ! ? stays, to end sentences.

    A nickname is blanked with its marks, so that "Jimmy “Barbecue” Chérizier" reads as one name.
    """
    chars = list(text)
    for q in quotes:
        if is_nickname(text, q) and q.close is not None:  # masked with its marks: the name reads whole
            chars[q.open : q.close + 1] = " " * (q.close + 1 - q.open)
            continue
        last = q.end - 1
        for i in range(q.start, q.end):
            if chars[i] != "\n" and not (i == last and chars[i] in ".!?"):
                chars[i] = " "
    return "".join(chars)


class _Attributor:
    """Finds the speaker of each quotation against the document's persons and mentions."""

    def __init__(self, analysis: Analysis) -> None:
        self.an = analysis
        self.lex = analysis.lex
        self.last_other: tuple[int, Speaker] | None = None  # last non-person speaker, for "it said"
        self._scanning = False

    def _speech_verb(self, toks: list[Tok], v: int) -> bool:
        """A verb of saying, or "put it" ("as one diplomat put it"); capitalised it is a name's word
        ("the United States delegation")."""
        t = toks[v]
        if t.is_cap:
            return False
        return t.low in self.lex.finite or (t.low == "put" and v + 1 < len(toks) and toks[v + 1].low == "it")

    # -- mentions around a verb ------------------------------------------------------------------
    def _from_mention(self, si: int, tok_end: int = -1, tok_start: int = -1) -> Speaker | None:
        for m in self.an.sents[si].mentions:
            if m.tok_end == tok_end or m.tok_start == tok_start:
                if m.kind == "person" and m.person:
                    return Speaker(m.person.name, m.person, "name", 0.9)
                if m.kind == "delegation" and m.person:  # "the representative of France said"
                    return Speaker(m.person.name, m.person, "delegation", 0.85)
                if m.kind == "pronoun":
                    p = self.an.resolve_pronoun(m)
                    described = self._described_speaker(m)
                    if described:
                        return described
                    return Speaker(p.name, p, "pronoun", 0.8) if p else None
        return None

    def _described_subject(self, si: int) -> Speaker | None:
        """The unnamed person a sentence opens with as its subject ("A Western delegate involved in
        the talks defended the outcome."), whatever its verb: the one a "she said" after it means."""
        toks = self.an.sents[si].toks
        if not toks or toks[0].low not in _INDEFINITE:
            return None
        h = _head_after(toks, 0, self.lex.speaker_nouns | self.lex.heads, self.lex.finite)
        if (
            h is None
            or toks[h].low in _MOUTHPIECES
            or not any(t.low in self.lex.finite or t.low.endswith("ed") for t in toks[h + 1 : h + 8])
        ):
            return None
        name = self.an.text[toks[0].start : toks[h].end]
        return Speaker(name, None, "description", 0.6)

    def _described_speaker(self, m: Mention) -> Speaker | None:
        """ "An aid worker said the camps were full. “…,” she said.": a "he"/"she" after an unnamed
        speaker of its own or the previous sentence, with no person named in between, is that
        speaker."""
        if self._scanning:
            return None
        self._scanning = True
        try:
            for si in range(m.sent, max(-1, m.sent - 2), -1):
                named = [
                    x
                    for x in self.an.sents[si].mentions
                    if x.kind in ("person", "delegation") and x.start < m.start
                ]
                if named:
                    return None
                sp = self.sentence_speaker(si, persons=False)
                if sp is None and si < m.sent:
                    sp = self._described_subject(si)  # "A Western delegate defended the outcome."
                if sp and sp.how == "description" and self.an.sents[si].start < m.start:
                    gender = next(
                        (
                            self.lex.gendered_titles[w]
                            for w in fold(sp.name).split()
                            if w in self.lex.gendered_titles
                        ),
                        None,
                    )
                    if gender is None or gender == m.gender:
                        return Speaker(sp.name, None, "pronoun", 0.7)
                    return None
        finally:
            self._scanning = False
        return None

    def _group_pronoun(self, si: int) -> Speaker | None:
        """ "it said", "the statement said": the organisation that spoke last, within three sentences."""
        if self._scanning:
            return None
        best = self.last_other if self.last_other and si - self.last_other[0] <= 3 else None
        self._scanning = True
        try:
            for s in range(si, max(-1, si - 4, best[0] - 1 if best else -1), -1):
                found = self.sentence_speaker(s, persons=False)
                if found:
                    best = (s, found)
                    break
        finally:
            self._scanning = False
        if best is None:
            owner = self._document_owner(si)
            return Speaker(owner.name, None, "pronoun", 0.6) if owner else None
        return Speaker(best[1].name, None, "pronoun", 0.7) if best else None

    def _document_owner(self, si: int) -> Speaker | None:
        """ "The committee's report … . Since then, it says, …": a document that opens one of the
        sentences before speaks for the body that wrote it (named earlier as the "Committee on …")."""
        for s in range(si, max(-1, si - 3), -1):
            toks = self.an.sents[s].toks
            if (
                len(toks) > 2
                and toks[0].low == "the"
                and toks[1].possessive
                and toks[2].low in _DOCUMENTS
                and toks[1].low in self.lex.back_reference_nouns
            ):
                found = self._antecedent(toks[1].low, toks[1].start)
                if found and found.how == "organisation":
                    return found
        return None

    def sentence_speaker(self, si: int, persons: bool = True) -> Speaker | None:
        """The first "X said" of a sentence: a person (``persons``) or an organisation."""
        toks = self.an.sents[si].toks
        for v in range(len(toks)):
            if self._speech_verb(toks, v):
                sp = self._before(si, v, 0)
                # a pronoun counts once it stands for a person ("…, she explains. “We are not …”")
                if (
                    sp
                    and (sp.person is not None) == persons
                    and (sp.how != "pronoun" or sp.person is not None)
                ):
                    return sp
        return None

    def _describe(
        self, toks: list[Tok], a: int, b: int, si: int, head_at: int | None = None
    ) -> Speaker | None:
        """An unnamed speaker ("a senior UN official", "a member of the committee") or a definite
        description pointing back ("the ambassador", "the official", "the ministry").

        ``head_at``: the head noun's token when a complement follows it ("a member of …")."""
        if any(t.low in _AGES for t in toks[a:b]):  # "the 47-year-old officer added": the officer
            while a > 0 and (toks[a - 1].text == "-" or toks[a - 1].text.isdigit()):  # named before
                a -= 1
            if a > 0 and toks[a - 1].low in ("the", "a", "an"):
                a -= 1
        words = _without_age(toks[a:b])
        head = toks[b - 1 if head_at is None else head_at].low
        group = self._delegation_at(si, a, b) if head in self.lex.delegation_nouns else None
        if words[0].low == "the" and head in _DOCUMENTS:  # "the statement said": whoever issued it
            return self._group_pronoun(si)
        if words[0].low == "the" and len(words) <= 4:
            found = self._antecedent(head, toks[a].start, persons_only=group is not None)
            if found:
                return found
            if group:  # "the French envoy said", no named envoy: the country's delegation
                return group
            if head in _MISSION_HEADS and len(words) == 2:
                found = self._mission_before(toks[a].start)
                if found:
                    return found
            if head in self.lex.heads and not self.an.holds_title(head):
                # "Salvador … said …. The envoy added": a title no one holds here names the subject
                p = self.an.resolve_pronoun(Mention("pronoun", toks[a].start, toks[a].end, a, a + 1, si))
                if p:
                    return Speaker(p.name, p, "title", 0.6)
        if group:
            return group
        while words and words[0].low == "the":
            words = words[1:]
        if not words:
            return None
        text = self.an.text[words[0].start : words[-1].end]
        return Speaker(text, None, "description", 0.75)

    def _antecedent(self, head: str, pos: int, persons_only: bool = False) -> Speaker | None:
        """What "the <head>" at ``pos`` points back to: the latest before it of a named person
        holding that title, an unnamed one introduced with it ("An AU official said …"), a
        delegation ("the delegation") and a body named with it ("the Ministry of Defence")."""
        found: list[tuple[int, Speaker]] = []
        holder = self.an.title_holder(head, pos) if head in self.lex.heads else None
        if holder:
            found.append((holder[0], Speaker(holder[1].name, holder[1], "title", 0.8)))
        if not persons_only:
            unnamed = _last_before(self._descriptions.get(head, []), pos)
            if unnamed:
                found.append((unnamed[0], Speaker(unnamed[1], None, "description", 0.7)))
            if head in self.lex.delegation_nouns:
                seen = _last_before(self._delegations, pos)
                if seen:
                    found.append((seen[0], Speaker(seen[1].name, seen[1], "delegation", 0.8)))
            if head in self.lex.back_reference_nouns:
                body = _last_before(self._bodies.get(head, []), pos)
                if body:
                    found.append((body[0], Speaker(body[1], None, "organisation", 0.75)))
        return max(found, key=lambda f: f[0])[1] if found else None

    # what a definite description can point back to, by head noun, in text order
    @functools.cached_property
    def _descriptions(self) -> dict[str, list[tuple[int, str]]]:
        out: dict[str, list[tuple[int, str]]] = {}
        for start, head, text in unnamed_persons(self.an):
            out.setdefault(head, []).append((start, text))
        return out

    @functools.cached_property
    def _missions(self) -> list[tuple[int, str]]:
        """The missions the text names, in order, by the code news writes ("MINUSCA", "UNMISS")."""
        return [(e.start, e.code) for e in find_entities(self.an.text) if e.label == "MISSION"]

    def _mission_before(self, pos: int) -> Speaker | None:
        """ "…," the mission said": the mission the text named last before it."""
        found = _last_before(self._missions, pos)
        return Speaker(found[1], None, "organisation", 0.7) if found else None

    @functools.cached_property
    def _bodies(self) -> dict[str, list[tuple[int, str]]]:
        out: dict[str, list[tuple[int, str]]] = {}
        for start, name, kinds in named_bodies(self.an):
            for kind in kinds:
                out.setdefault(kind, []).append((start, name))
        return out

    @functools.cached_property
    def _delegations(self) -> list[tuple[int, Person]]:
        return [
            (m.start, m.person)
            for sent in self.an.sents
            for m in sent.mentions
            if m.kind == "delegation" and m.person is not None
        ]

    def _delegation_at(self, si: int, a: int, b: int) -> Speaker | None:
        """A delegation mention inside tokens [a, b) of the sentence: its country speaks."""
        for m in self.an.sents[si].mentions:
            if m.kind == "delegation" and m.person and a <= m.tok_start and m.tok_end <= b:
                return Speaker(m.person.name, m.person, "delegation", 0.85)
        return None

    def _named_run(self, toks: list[Tok], a: int, b: int, si: int) -> Speaker | None:
        """A capitalised run standing as speaker: a known person, a country, an organisation."""
        while a < b and toks[a].low == "the":
            a += 1
        if a >= b:
            return None
        k, _ = self.an._split_run(toks, a, b)
        person = self.an._person_for(toks[k:b]) if k < b else None
        if person:
            return Speaker(person.name, person, "name", 0.9)
        if all(t.low in self.lex.title_words for t in toks[a:b]):  # "the Prime Minister said"
            p = self.an.resolve_title(fold(toks[b - 1].low), toks[a].start)
            if p:
                return Speaker(p.name, p, "title", 0.8)
        text = self.an.text[toks[a].start : toks[b - 1].end]
        if toks[b - 1].possessive or (b - a == 1 and toks[a].low in self.lex.news_orgs):
            return None  # "Reuters reported": the outlet relays the words, it does not say them
        return Speaker(text, None, "organisation" if is_country(text) or b - a > 1 else "name", 0.8)

    def _ending_at(self, si: int, k: int, lo: int) -> Speaker | None:
        """The speaker mention whose last token is ``k`` ("Ruto" in "Ruto added")."""
        toks = self.an.sents[si].toks
        sp = self._from_mention(si, tok_end=k + 1)
        if sp:
            return sp
        t = toks[k]
        if t.low in ("they", "it"):
            return self._group_pronoun(si)
        if t.is_word and (t.is_cap or t.is_abbr):
            a = k
            while (
                a - 1 >= lo
                and toks[a - 1].is_word
                and (
                    (toks[a - 1].is_cap and toks[a - 1].low not in self.lex.stop_capitals)
                    or toks[a - 1].is_abbr
                    or toks[a - 1].low in self.lex.particles
                    or (
                        toks[a - 1].low in ("of", "for", "on")
                        and a - 2 >= lo  # "Ministry of Water"
                        and toks[a - 2].is_cap
                        and toks[a - 2].low in self.lex.org_words
                    )
                )
            ):
                a -= 1
            p = a - 1 if a - 1 >= lo and toks[a - 1].low == "the" else a
            if p - 1 >= lo and toks[p - 1].low in ("of", "from", "at", "with"):
                # "Dr. Kemal Aras of the Cyprus Policy Institute said": the person, not the body
                person = self._from_mention(si, tok_end=p - 1)
                if person and person.person is not None:
                    return person
                h = p - 2  # "Residents of Croix-des-Bouquets told …": the people, not the place
                if (
                    h >= lo
                    and toks[p - 1].low == "of"
                    and toks[h].low in self.lex.speaker_nouns
                    and toks[h].low not in self.lex.org_words
                ):
                    start = h
                    while (
                        start - 1 >= lo
                        and h - start < 4
                        and toks[start - 1].is_word
                        and toks[start - 1].low not in _PREPOSITIONS
                        and toks[start - 1].low not in _AUX
                        and not self._speech_verb(toks, start - 1)
                    ):
                        start -= 1
                    return self._describe(toks, start, k + 1, si, head_at=h)
            return self._named_run(toks, a, k + 1, si)
        if t.is_word and (t.low in self.lex.speaker_nouns or t.low in self.lex.heads):
            a = k
            while a - 1 >= lo and k - a < 6:
                prev = toks[a - 1]
                if (
                    not prev.is_word
                    or prev.low in self.lex.finite
                    or prev.low in _AUX
                    or (prev.low in _PREPOSITIONS and prev.low != "of")
                ):
                    break
                if prev.low == "as":  # "as one diplomat put it"
                    break
                a -= 1
                if prev.low in ("the", "a", "an", "one", "another") or prev.possessive:
                    break
            return self._describe(toks, a, k + 1, si)
        return None

    def _before(self, si: int, v: int, lo: int) -> Speaker | None:
        """Speaker of "X said" / "X, the envoy, said" / "X also told" / "a senior official in
        Mogadishu said" (a described speaker whose phrase runs on past its head)."""
        sp = self._named_before(si, v, lo)
        if sp is not None and sp.person is not None:
            return sp
        return self._subject_description(si, v, lo) or sp

    def _subject_description(self, si: int, v: int, lo: int) -> Speaker | None:
        """A described speaker opening the verb's clause, with words between its phrase and the
        verb that only modify it: a prepositional phrase ("a senior AU official in Mogadishu
        said"), a relative clause ("a Caribbean official who has sat through … told me", "a
        sergeant I served with told me"), a participle ("one diplomat involved in the talks put it
        this way"). A complement with "of" stays ("a member of the Abyei administration")."""
        toks = self.an.sents[si].toks
        lex = self.lex
        start = self._clause_start(toks, v, lo)
        d = start
        while d < v and toks[d].low in _CLAUSE_OPENERS:
            d += 1
        if d >= v or toks[d].low not in _INDEFINITE | {"the"}:
            return None
        h = _head_after(toks, d, lex.speaker_nouns | lex.heads, lex.finite)
        if h is None:
            return None
        end = h + 1
        if end < v and toks[end].low == "of":  # "a senior official of one West African contributor"
            c = end + 1
            while (
                c < v
                and toks[c].is_word
                and toks[c].low not in _PREPOSITIONS
                and toks[c].low not in _AUX
                and toks[c].low not in _POST_MODIFIER
                and not _participle_phrase(toks, c, v)  # "a resident of Delmas reached by …"
            ):
                c += 1
            if c > end + 1:
                end = c
        where = self._where_they_are(toks, end, v)
        # "a UN official in Juba said", "a diplomat in Sarajevo who follows the talks said", "a
        # diplomat from a Council member that has backed both missions said": where the unnamed
        # speaker is, part of who, whatever else modifies them before the verb
        if where == v or (where > end and _modifies(toks[where])):
            end = where
        rest = toks[end:v]
        if not rest and end == h + 1:
            return None  # "a senior UN official said": the plain case is read where it ends
        if (
            toks[h].low in _MOUTHPIECES
            and len(rest) > 1
            and rest[0].low in ("for", "of")
            and (rest[1].is_cap or rest[1].low == "the")
        ):
            return None  # "a spokesman for the Foreign Office said": the body speaks through them
        if rest and (not _modifies(rest[0]) or any(t.text in _QUOTE_CHARS or t.text in ";:" for t in rest)):
            return None
        if any(
            m.kind != "pronoun" and end <= m.tok_start < v and toks[m.tok_start - 1].text == ","
            for m in self.an.sents[si].mentions
        ):
            return None  # "the head of BINUH, María Salvador, said": the apposed name speaks
        named = self._apposed_name(toks, start)
        if named is not None:
            return named
        return self._describe(toks, d, end, si, head_at=h)

    def _apposed_name(self, toks: list[Tok], start: int) -> Speaker | None:
        """ "“…,” Gatluak Chuol Both, a youth leader in Nasir, said": the capitalised words the
        description is set in apposition to, opening the clause, name the speaker even when no list
        of given names knows them."""
        comma = start - 1
        if comma < 1 or toks[comma].text != ",":
            return None
        k = comma
        while k - 1 >= 0 and toks[k - 1].is_word and toks[k - 1].is_cap and comma - k < 4:
            k -= 1
        if comma - k < 2 or (k > 0 and toks[k - 1].text not in _QUOTE_CHARS and toks[k - 1].text != ","):
            return None
        name = self.an.text[toks[k].start : toks[comma - 1].end]
        words = {t.low for t in toks[k:comma]}
        if is_country(name) or words & self.lex.org_words or any(w in _DATE_WORDS for w in words):
            return None
        return Speaker(name, None, "apposed", 0.7)

    def _clause_start(self, toks: list[Tok], v: int, lo: int) -> int:
        """The first token of the clause of the verb at ``v``, past relative clauses and
        participles set off by commas before it ("A senior official, who asked not to be named, said")."""
        p = v
        while True:
            c = next(
                (
                    x
                    for x in range(p - 1, lo - 1, -1)
                    if toks[x].text in ",;:" or toks[x].text in _QUOTE_CHARS
                ),
                None,
            )
            if c is None:
                return lo
            if toks[c].text != ",":
                return c + 1
            inner = toks[c + 1 : p]
            if inner and inner[0].low not in ("who", "which", "whose") and not inner[0].low.endswith("ing"):
                return c + 1
            p = c

    def _named_before(self, si: int, v: int, lo: int) -> Speaker | None:
        toks = self.an.sents[si].toks
        k = v - 1
        while k >= lo and toks[k].low in self.lex.skip:
            k -= 1
        k = _past_bracket(toks, k, lo)  # "Beatrice Ong'ondo (Kitutu Masaba) asked …": a seat or party
        if k < lo:
            return None
        if toks[k].text == ",":  # an apposition between the speaker and the verb
            named = self._from_mention(si, tok_end=k)
            if named and named.person:  # "Ruto's spokesperson, Hussein Mohamed, said"
                return named
            p = k - 1
            while p >= lo and toks[p].text != "," and k - p < 15:
                p -= 1
            if p < lo or toks[p].text != ",":
                return None
            k = p - 1
            if k - 2 >= lo and toks[k].text.isdigit() and len(toks[k].text) <= 3 and toks[k - 1].text == ",":
                k -= 2  # "Mireille Jean, 34, a street vendor in Pétion-Ville, told": past the age
            if k < lo:
                return None
        return self._ending_at(si, k, lo)

    def _after(self, si: int, j: int) -> Speaker | None:
        """Speaker of "said X" / "said the minister" / "according to X"."""
        toks = self.an.sents[si].toks
        if j >= len(toks):
            return None
        for m in self.an.sents[si].mentions:
            if j <= m.tok_start <= j + 14 and (
                all(
                    (
                        t.is_word
                        and (
                            t.is_cap
                            or t.is_abbr
                            or t.low in self.lex.title_words
                            or t.low in self.lex.modifiers
                            or t.low in self.lex.connectors
                        )
                    )
                    or t.text == ","
                    for t in toks[j : m.tok_start]
                )
                or self._describes(toks, j, m.tok_start)
            ):
                return self._from_mention(si, tok_start=m.tok_start)
        t = toks[j]
        if t.low in ("they", "it"):
            return self._group_pronoun(si)
        b = j
        while (
            b < len(toks)
            and toks[b].is_word
            and toks[b].low not in self.lex.finite
            and toks[b].low not in _AUX
            and b - j < 8
        ):
            if toks[b].low in _PREPOSITIONS and toks[b].low not in ("of", "for"):
                break
            b += 1
        if b == j:
            return None
        nouns = self.lex.speaker_nouns | self.lex.heads
        heads = [n for n in range(j, b) if toks[n].low in nouns]
        if heads and not toks[heads[-1]].is_cap:
            end = heads[-1] + 1
            if end < b and toks[end].low == "of":  # "said the head of a national NGO working in Chiure"
                c = end + 1
                while c < b and toks[c].is_word and not _participle_phrase(toks, c, len(toks)):
                    c += 1
                if c < len(toks) and c > end + 1 and _participle_phrase(toks, c, len(toks)):
                    there = self._where_they_are(toks, c + 1, len(toks))  # "… working in Chiure"
                    c = there if there > c + 1 else c
                end = b = c if c > end + 1 else end
            where = self._where_they_are(toks, end, len(toks)) if end == b else end
            if not (where < len(toks) - 1 and toks[where].text == "," and toks[where + 1].low in _ASIDES):
                end = where  # "said a police inspector in Pétion-Ville" (but not "…, who asked …")
            return self._describe(toks, j, end, si)
        if t.is_cap or t.low == "the":
            end = j
            while end < b and (toks[end].is_cap or toks[end].is_abbr or toks[end].low in ("the", "of")):
                end += 1
            if end > j:
                return self._named_run(toks, j, end, si)
        return None

    def _where_they_are(self, toks: list[Tok], end: int, limit: int) -> int:
        """The end of a place or body phrase right after an unnamed speaker's noun (see _where_end)."""
        return _where_end(self.lex, toks, end, limit)

    def _describes(self, toks: list[Tok], j: int, name: int) -> bool:
        """ "said one farmer, Amos Tembo,", "said his daughter, Abena Mensah,": a short noun phrase set
        off before the name it describes."""
        words = toks[j + 1 : name - 1]
        return (
            toks[j].low in _INDEFINITE | {"the", "his", "her", "their", "its", "our", "my"}
            and 0 < len(words) <= 5
            and toks[name - 1].text == ","
            and all(
                t.is_word
                and t.low not in _PREPOSITIONS
                and t.low not in _AUX
                and t.low not in self.lex.finite
                for t in words
            )
        )

    def _clause_subject(self, si: int, v: int) -> Speaker | None:
        mentions = [m for m in self.an.sents[si].mentions if m.tok_end <= v]
        mentions.sort(key=lambda m: (not m.subj, m.start))
        return self._from_mention(si, tok_start=mentions[0].tok_start) if mentions else None

    # -- the three places an attribution sits ----------------------------------------------------
    def trailing(self, q: QuoteSpan) -> Speaker | None:
        if q.close is None:
            return None
        si = self.an.sentence_at(q.close)
        toks = self.an.sents[si].toks
        n = next((i for i, t in enumerate(toks) if t.start > q.close), len(toks))
        while n < len(toks) and toks[n].text in ",—–-":
            n += 1
        for v in range(n, min(len(toks), n + 20)):
            t = toks[v]
            if t.text in _QUOTE_CHARS or t.text in ".!?;:":
                return None
            if t.low in _NEW_CLAUSE:
                return None  # "“…,” while Chile's delegate said …": another clause's speaker
            if t.low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
                return self._after(si, v + 2)
            if self._speech_verb(toks, v):
                return self._after(si, v + 1) if v == n else self._before(si, v, n)
            if t.low in self.lex.participles and v > n and toks[v - 1].low == "as":  # "quoted as saying"
                first = [m for m in self.an.sents[si].mentions if n <= m.tok_start < v]
                return self._from_mention(si, tok_start=first[0].tok_start) if first else None
        return None

    def leading(self, q: QuoteSpan, clause_start: int) -> Speaker | None:
        si = self.an.sentence_at(q.open)
        toks = self.an.sents[si].toks
        idx = [i for i, t in enumerate(toks) if t.start >= clause_start and t.end <= q.open]
        if not idx:
            return None
        lo, hi = idx[0], idx[-1] + 1
        # "A noted that …, while B said that … “…”": the quotation's own clause first
        own = max(
            (
                n + 1
                for n in range(lo, hi)
                if toks[n].text == ";"
                or (toks[n].low in ("while", "whereas") and n > lo and toks[n - 1].text == ",")
            ),
            default=lo,
        )
        return self._leading_from(si, own, hi) or (self._leading_from(si, lo, own) if own > lo else None)

    def _leading_from(self, si: int, lo: int, hi: int) -> Speaker | None:
        """The first speaker stated in tokens [lo, hi) of the sentence, before a quotation."""
        toks = self.an.sents[si].toks
        for v in range(lo, hi):
            t = toks[v]
            sp = None
            if t.low == "according" and v + 1 < hi and toks[v + 1].low == "to":
                sp = self._after(si, v + 2)
            elif self._speech_verb(toks, v):
                sp = self._before(si, v, lo) or (self._after(si, v + 1) if v == lo else None)
                if sp is None and v > lo and toks[v - 1].low == "and":  # "X met them and said"
                    sp = self._clause_subject(si, v)
            elif t.low in _CHARACTERISING and not t.is_cap:
                # "One official put the bill at “well under $60 million”", "which she calls “a
                # question for capitals”": the words quoted are the characterising subject's
                sp = self._before(si, v, lo)
            elif t.low in self.lex.participles:
                if v > lo and toks[v - 1].low == "as":  # "quoted Ruto as saying"
                    sp = self._before(si, v - 1, lo)
                sp = sp or self._clause_subject(si, v)
            if sp:
                return sp
        return None

    def colon_subject(self, q: QuoteSpan, clause_start: int) -> Speaker | None:
        """ "The chairperson, Thandiwe Nkosi, was blunt: “…”" / "She sees a risk: “…”": with no speech
        verb, a clause ending in a colon before a quotation gives it to the clause's subject."""
        si = self.an.sentence_at(q.open)
        toks = self.an.sents[si].toks
        idx = [i for i, t in enumerate(toks) if t.start >= clause_start and t.end <= q.open]
        if not idx:
            return None
        lo, hi = idx[0], idx[-1] + 1
        if not self.an.masked[clause_start : q.open + 1].rstrip(' \t\n“"‘«').endswith(":"):
            return None
        mentions = [m for m in self.an.sents[si].mentions if lo <= m.tok_start and m.tok_end <= hi]
        mentions.sort(key=lambda m: (not m.subj, m.start))
        if mentions:
            return self._from_mention(si, tok_start=mentions[0].tok_start)
        first = toks[lo]
        if first.low in ("his", "her") and not first.possessive:  # "Her answer was short: “…”"
            p = self.an.resolve_pronoun(
                Mention(
                    "pronoun",
                    first.start,
                    first.end,
                    lo,
                    lo + 1,
                    si,
                    None,
                    first.text,
                    self.lex.pronouns[first.low],
                )
            )
            return Speaker(p.name, p, "pronoun", 0.7) if p else None
        a = lo + 1 if first.low == "the" else lo
        b = a
        while b < hi and toks[b].is_word and (toks[b].is_cap or toks[b].is_abbr):
            b += 1
        if (
            b > a
            and first.low not in _INDEFINITE
            and (  # "A Western diplomat …" names no body
                any(t.low in self.lex.org_words for t in toks[a:b])
                or is_country(self.an.text[toks[a].start : toks[b - 1].end])
            )
        ):
            return self._named_run(toks, a, b, si)  # "The Bahamas Defence Force was clear: “…”"
        nouns = self.lex.speaker_nouns | self.lex.heads
        for h in range(lo, min(hi, lo + 6)):  # "A senior US official put it bluntly: “…”"
            t = toks[h]
            if (
                not t.is_word
                or t.possessive
                or t.low in self.lex.finite
                or t.low in _AUX
                or t.low in _PREPOSITIONS
            ):  # "The motto of the force is simple:" names no speaker
                return None
            if t.low in nouns:
                while h + 1 < hi and toks[h + 1].low in nouns and not toks[h + 1].possessive:
                    h += 1
                return self._describe(toks, lo, h + 1, si)
        return None

    def manner_subject(self, si: int) -> Speaker | None:
        """ "Hassan was blunt. “We need money.”": a person said to speak in some manner, in the
        sentence just before the quotation, is its speaker."""
        toks = self.an.sents[si].toks
        for v in range(1, len(toks) - 1):
            if toks[v].low in ("was", "is", "were", "are") and toks[v + 1].low in _MANNER:
                return self._clause_subject(si, v)
        return None

    def opens_clause(self, q: QuoteSpan, clause_start: int) -> bool:
        """Nothing but punctuation between the clause start and the opening mark."""
        return not any(c.isalnum() for c in self.an.masked[clause_start : q.open])


# verbs that characterise something in the words a quotation gives ("put it at “…”", "called it “…”")
_CHARACTERISING = frozenset(
    {
        "put", "puts", "describe", "describes", "described", "call", "calls", "called",
        "term", "terms", "termed", "dub", "dubs", "dubbed", "brand", "brands", "branded",
    }
)  # fmt: skip


def _past_bracket(toks: list[Tok], k: int, lo: int) -> int:
    """The token before a short bracketed aside that ends at ``k`` (a constituency, a party: "(ANC)",
    "(Nominated)"), or ``k`` when there is none."""
    if k < lo or toks[k].text != ")":
        return k
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        if toks[j].text == "(":
            return j - 1 if j - 1 >= lo and toks[j - 1].is_cap else k
        if not toks[j].is_word:
            return k
    return k


def _modifies(first: Tok) -> bool:
    """Whether the words from ``first`` on may only modify the noun before them: a comma, a
    preposition, a relative clause, a participle."""
    return (
        first.text == ","
        or first.low in _PREPOSITIONS
        or first.low in _POST_MODIFIER
        or first.low.endswith(("ed", "ing"))
    )


def _participle_phrase(toks: list[Tok], c: int, v: int) -> bool:
    """A lowercase participle opening a phrase of its own ("reached by our correspondent"), not an
    adjective inside a noun phrase ("a contributing country")."""
    t = toks[c]
    return not t.is_cap and t.low.endswith(("ed", "ing")) and c + 1 < v and toks[c + 1].low in _PREPOSITIONS


def _last_before(items: list[tuple[int, T]], pos: int) -> tuple[int, T] | None:
    """The last of ``items`` (sorted by their start) that starts before ``pos``."""
    i = bisect.bisect_left(items, pos, key=lambda item: item[0])
    return items[i - 1] if i else None


_INDEFINITE = frozenset(["a", "an", "one", "another"])
_MISSION_HEADS = frozenset(["mission", "force", "operation"])  # "the mission said": the one named last
_WHERE = frozenset(["in", "at", "from"])  # "a UN official in Juba", "a delegate from a contributor"
# what opens an aside on an unnamed speaker, after which where they are is part of the aside
_ASIDES = frozenset(["who", "speaking", "asking", "declining", "requesting"])
_MOUTHPIECES = frozenset(["spokesperson", "spokesman", "spokeswoman", "spokespeople"])
# words that open what modifies a noun before its verb: "a sergeant who …", "a sergeant I served with"
_POST_MODIFIER = frozenset(["who", "whom", "whose", "which", "that", "i", "we", "you", "he", "she", "they"])
_MANNER = frozenset(
    [
        "blunt",
        "blunter",
        "clear",
        "direct",
        "emphatic",
        "categorical",
        "frank",
        "adamant",
        "defiant",
        "candid",
        "unequivocal",
        "firm",
        "upbeat",
        "scathing",
    ]
)
_CLAUSE_OPENERS = frozenset(["as", "and", "but", "while", "because", "although", "though"])
_BODY_CONNECTORS = frozenset(["of", "for", "on", "and", "the", "in"])


def _where_end(lex: Lexicon, toks: list[Tok], end: int, limit: int) -> int:
    """The end of a place or body phrase right after an unnamed speaker's noun ("a UN official in
    Juba", "a senior officer at police headquarters", "a delegate from a major troop-contributing
    country"): it tells who they are. Only one such phrase, and none after a comma; ``end`` if
    there is none. A capital ("the capital" too) or the UN is only where a source sits, and stays
    out, as writers mostly leave it out."""
    if end >= limit or toks[end].low not in _WHERE:
        return end
    c = end + 1
    while (
        c < limit
        and c - end <= 7
        and toks[c].is_word
        and (toks[c].low not in _PREPOSITIONS or toks[c].low == "of")
        and toks[c].low not in _AUX
        and toks[c].low not in _POST_MODIFIER
        and toks[c].low not in lex.finite
        and not (
            not toks[c].is_cap and toks[c].low == "put" and c + 1 < len(toks) and toks[c + 1].low == "it"
        )
    ):
        c += 1
    words = " ".join(t.text for t in toks[end + 1 : c] if t.low != "the")
    if kbglue.capital_country(words) or words in ("United Nations", "UN", "U.N.", "capital"):
        return end  # "a Western diplomat in Port-au-Prince": where a source sits, not who it is
    return c if c > end + 1 else end


def unnamed_persons(analysis: Analysis) -> list[tuple[int, str, str]]:
    """The unnamed people a text introduces ("An UNMISS spokesperson", "one diplomat from …"), in
    order: (start, head noun, the description without its determiner), for "the spokesperson
    said" to point back to. One inside a named person's title ("X, a UN official,") is X."""
    lex = analysis.lex
    nouns = lex.speaker_nouns | lex.heads
    out: list[tuple[int, str, str]] = []
    for sent in analysis.sents:
        toks = sent.toks
        for d, t in enumerate(toks):
            if t.low not in _INDEFINITE:
                continue
            h = _head_after(toks, d, nouns, lex.finite)
            if h is not None and not analysis.within_a_role(t.start, t.end):
                # where they are is part of who they are, as when they speak at once ("A diplomat
                # from a Council member said …. “…,” the diplomat said.")
                end = _where_end(lex, toks, h + 1, len(toks))
                out.append((t.start, toks[h].low, analysis.text[toks[d + 1].start : toks[end - 1].end]))
    return out


def _head_after(toks: list[Tok], d: int, nouns: frozenset[str], verbs: frozenset[str]) -> int | None:
    """The head noun of the phrase opened by the determiner ``toks[d]`` ("a senior AU official"),
    within five words (an age such as "52-year-old" not counted) and before any preposition or verb;
    the last of a row of such nouns."""
    for h in range(d + 1, min(len(toks), d + 9)):
        x = toks[h]
        if x.low in _AGES or ((x.text == "-" or x.text.isdigit()) and _an_age(toks, h)):
            continue  # "a 52-year-old farmer in Mirebalais said"
        if h >= d + 6 + _age_width(toks, d):
            return None
        if not x.is_word or x.possessive or x.low in _PREPOSITIONS or x.low in _AUX or x.low in verbs:
            return None
        if x.low in nouns:
            while h + 1 < len(toks) and toks[h + 1].low in nouns and not toks[h + 1].possessive:
                h += 1
            return h
    return None


def named_bodies(analysis: Analysis) -> list[tuple[int, str, frozenset[str]]]:
    """The bodies a text names ("the Ministry of National Security", "OCHA"), in order: (start,
    name, the nouns "the <noun> said" may use for it)."""
    lex = analysis.lex
    out: list[tuple[int, str, frozenset[str]]] = []
    for sent in analysis.sents:
        toks = sent.toks
        n = 0
        while n < len(toks):
            t = toks[n]
            if t.text in lex.acronym_kinds:
                out.append((t.start, t.text, frozenset([lex.acronym_kinds[t.text]])))
            if not (t.is_word and t.is_cap) or t.low == "the":
                n += 1
                continue
            e = n + 1  # a capitalised run, lowercase connectors inside ("Ministry of Foreign Affairs")
            while (
                e < len(toks)
                and not toks[e - 1].possessive
                and toks[e].is_word
                and (
                    toks[e].is_cap
                    or (
                        toks[e].low in _BODY_CONNECTORS
                        and e + 1 < len(toks)
                        and toks[e + 1].is_cap
                        and toks[e + 1].low not in _DATE_WORDS
                    )
                )
            ):
                e += 1
            if not toks[e - 1].possessive:  # "the National Assembly's committee": an owner, no speaker
                words = {x.low for x in toks[n:e]}
                kinds = {
                    k
                    for k in lex.back_reference_nouns
                    if k in words or words & set(lex.back_reference_synonyms.get(k, ()))
                }
                if kinds:
                    out.append((t.start, analysis.text[t.start : toks[e - 1].end], frozenset(kinds)))
            n = e
    return out


_NAMING = re.compile(
    r"(?:\bso-called|\bknown\s+as|\bdubbed|\bnicknamed|\btitled|\bentitled|\bnamed|\bcode-?named|"
    r"\balias|\bthe\s+(?:word|term|phrase|slogan|motto|hashtag))\s*$|\(\s*$",
    re.IGNORECASE,
)


def government(speaker: str) -> str:
    """A speaker that is only a country's short form or capital ("U.S.", "UK", "Lilongwe",
    "Moscow") is that country, by its name: capitals and short forms stand for governments. A
    name as written ("the Russian Federation") stays as written."""
    bare = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE)
    found = find_entities(bare)
    if len(found) != 1 or found[0].label != "COUNTRY" or found[0].start != 0 or found[0].end != len(bare):
        return speaker
    short = re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}", bare) is not None
    if short or kbglue.capital_country(bare) == found[0].code:
        return kbglue.country_name(found[0].code) or speaker
    return speaker


def _is_name_not_speech(text: str, q: QuoteSpan) -> bool:
    """Scare quotes, names, nicknames: 'so-called “self-defence” groups', 'Viv Ansanm (“Living Together”)'."""
    return bool(_NAMING.search(text[max(0, q.open - 40) : q.open])) or is_nickname(text, q)


def is_nickname(text: str, q: QuoteSpan) -> bool:
    """A nickname between a first name and a surname: Jimmy “Barbecue” Chérizier."""
    if q.close is None or len(text[q.start : q.end].split()) > 3:
        return False
    return bool(re.search(r"\b[A-Z][\w'’-]+ *$", text[max(0, q.open - 30) : q.open])) and bool(
        re.match(r" *[A-Z][\w'’-]+", text[q.close + 1 : q.close + 30])
    )


def _in_headline(analysis: Analysis, q: QuoteSpan) -> bool:
    """A quotation in the headline: the first paragraph, unpunctuated, with a body after it.

    Headlines shorten what the body quotes in full, so their quotations would only repeat it.
    """
    if q.para != 0 or len(analysis.paras) < 2:
        return False
    ps, pe = analysis.paras[0]
    return analysis.text[ps:pe].rstrip()[-1:] not in '.!?"”’'


_DEFINED = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|the|and|for|in|on|de|du|des|la|le|pour)"
    r"(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and|for|in|on|de|du|des|la|le|pour)){1,12})"
    r"[ \t]*\([ \t]*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)[ \t]*\)"
)
_LOWER = frozenset(["of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "pour"])


# "A KFOR statement", "an RBDF statement": the body whose statement it is
_STATEMENT_OF = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+([A-Z][A-Za-z]*[A-Z])\s+(?:statement|communiqué|release)$")


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: "the South African National Defence Force (SANDF)" → SANDF → full form.

    The full form is the longest run of the capitalised words before the brackets that opens
    with the acronym's first letter.
    """
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        words, acr = m.group(1).split(), m.group(2)
        while words and (words[0] in _LOWER or words[0] == "The"):
            words = words[1:]
        for i, w in enumerate(words):
            if w[0] != acr[0] or w in _LOWER:
                continue
            full = words[i:]
            while full and full[-1] in _LOWER:
                full.pop()
            # the run's own start, or a later word when every letter fits ("… United Nations Interim …")
            if len(full) >= 2 and _initials_fit(acr, full, 0.6 if i == 0 else 1.0):
                out.setdefault(acr, " ".join(full))
            break
    return out


def _initials_fit(acr: str, words: list[str], share: float) -> bool:
    """Most of the acronym's letters are, in order, initials of the words (all of an inner acronym)."""
    initials = "".join(w if w.isupper() else w[0] for w in words if w not in _LOWER).upper()
    pos = hits = 0
    for ch in acr.upper():
        found = initials.find(ch, pos)
        if found >= 0:
            hits += 1
            pos = found + 1
    return hits >= share * len(acr)


def _ends_with_colon(analysis: Analysis, para: int) -> bool:
    ps, pe = analysis.paras[para]
    return analysis.text[ps:pe].rstrip().endswith(":")


def _explicit(analysis: Analysis, att: _Attributor, quotes: list[QuoteSpan], n: int) -> Speaker | None:
    """The attribution written in the quotation's own sentence, after or before it."""
    q = quotes[n]
    si = analysis.sentence_at(q.open)
    prev = quotes[n - 1] if n else None
    same_sentence = prev is not None and prev.close is not None and analysis.sentence_at(prev.close) == si
    clause_start = prev.close + 1 if same_sentence and prev and prev.close else analysis.sents[si].start
    if analysis.masked[clause_start : q.open].rstrip().endswith(":"):  # "X told reporters: “…”"
        return att.leading(q, clause_start) or att.colon_subject(q, clause_start) or att.trailing(q)
    return att.trailing(q) or att.leading(q, clause_start)


def _interviewee(analysis: Analysis) -> Person | None:
    """In a Q&A interview, the person its introduction names first: the "I" of the answers."""
    text = analysis.text
    first_q = next((s.start for s in analysis.sents if text.startswith("Q:", s.start)), None)
    if first_q is None:
        return None
    intro = [s for s in analysis.sents if s.start < first_q]
    for s in intro:  # "Ketly Dorsainvil spoke to Colonel X": the one spoken to, not the reporter
        found = _INTERVIEWED.search(analysis.masked, s.start, s.end)
        after = [m for m in s.mentions if found and m.start >= found.end() and m.kind == "person"]
        if after and after[0].person is not None:
            return after[0].person
    for s in intro:
        for m in s.mentions:
            if m.kind == "person" and m.person is not None:
                return m.person
    return None


_INTERVIEWED = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\b|\binterviewed\b", re.IGNORECASE)


# an interview told in prose: "we spoke to X", "X spoke to us / to our reporter", "X told us"
_SPOKE_TO = re.compile(
    r"\b(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)\b"
    r"|\b(?:spoke|talked)\s+(?:to|with)\s+(?:us|me|our\s+\w+|this\s+\w+)\b"
    r"|\b(?:told|asked)\s+(?:us|our\s+(?:reporter|correspondent)|this\s+newspaper)\b"
    # an outlet by its name ("He spoke to the Chronicle by telephone"), not a body that sits
    r"|\b(?:spoke|talked)\s+(?:to|with)\s+the\s+(?!(?:Council|Security|General|Assembly|House|Senate|"
    r"Committee|Parliament|Chamber|Press|Media|Nation|Country)\b)[A-Z][a-z]+\b(?=\s+(?:by|from|in|at|on|over|"
    r"last|this|after|before|during|about|shortly|between)\b|[,.])"
    r"|\bwe\s+asked\b",
    re.IGNORECASE,
)
# a transcript's speaker label: "WHYTE-HENRIQUES:", "Hon. Ana Ruiz (Lib.):", "The Minister (Mr X):"
_LABEL = re.compile(r"([^\n:.?!\"“”]{2,100}?(?:\([^)\n]{1,60}\))?)\s*:\s")
_LABEL_WORD = re.compile(r"\([^)]*\)|[^\W\d_][\w'’.-]*")


def _label_person(analysis: Analysis, para: int) -> Person | None:
    """The person a transcript paragraph's label names ("MUKWEVHO: …", "Hon. X (Lib.): …")."""
    ps, _ = analysis.paras[para]
    m = _LABEL.match(analysis.text, ps)
    if m is None or m.group(1).strip() in ("Q", "A"):
        return None
    words = _LABEL_WORD.findall(m.group(1))
    plain = [w for w in words if not w.startswith("(")]
    if not plain or len(words) > 12:
        return None
    if not all(w[:1].isupper() or w.lower() in ("of", "for", "the", "and", "to", "on", "in") for w in plain):
        return None  # "Ruto told reporters:" is a sentence, not a label
    inner = [x for w in words if w.startswith("(") for x in _LABEL_WORD.findall(w[1:-1])]
    for w in reversed(plain + inner):
        key = fold(w.rstrip("."))
        if len(key) < 3:
            continue
        hits = [p for p in analysis.persons if key in p.keys]
        if len(hits) == 1:
            return hits[0]
    return None


def _lead_interviewee(analysis: Analysis) -> Person | None:
    """The person an interview told in prose is with: the introduction says "we spoke to X" or
    "X spoke to us" (or "He spoke to us" after a sentence that names X)."""
    for si, s in enumerate(analysis.sents[:8]):
        found = _SPOKE_TO.search(analysis.masked, s.start, s.end)
        if found is None:
            continue
        persons = [m for m in s.mentions if m.kind == "person" and m.person is not None]
        after = [m for m in persons if m.start >= found.end()]
        before = [m for m in persons if m.end <= found.start()]
        if after and found.group().lower().startswith(("we", "i ")):
            return after[0].person
        told_to = re.match(r"\s*(?:him|her)\b", analysis.masked[found.end() : s.end], re.IGNORECASE)
        if si > 0 and not after and told_to and found.group().lower().startswith(("we", "i ")):
            earlier = [
                m for m in analysis.sents[si - 1].mentions if m.kind == "person" and m.person is not None
            ]
            if earlier:  # "X has followed the deployment … We spoke to her after …"
                return earlier[0].person
        if before:
            return before[0].person
        if si > 0 and any(m.kind == "pronoun" and m.end <= found.start() for m in s.mentions):
            earlier = [
                m for m in analysis.sents[si - 1].mentions if m.kind == "person" and m.person is not None
            ]
            if earlier:
                return earlier[0].person
        return None
    return None


def _answers(analysis: Analysis, q: QuoteSpan, quotes: list[QuoteSpan]) -> bool:
    """The quotation opens the paragraph after an interviewer's question (a paragraph that ends with
    "?" and quotes no one)."""
    if q.para == 0 or q.open != analysis.paras[q.para][0]:
        return False
    ps, pe = analysis.paras[q.para - 1]
    return analysis.text[ps:pe].rstrip().endswith("?") and not any(x.para == q.para - 1 for x in quotes)


def _op_ed_author(analysis: Analysis) -> Person | None:
    """The one author a byline names ("By Ana Ruiz"): the "I" of an opinion piece."""
    bylines = [s for s in analysis.sents if analysis._byline(s)]
    if len(bylines) != 1:
        return None
    words = [t for t in bylines[0].toks if t.is_word][1:]
    if not 2 <= len(words) <= 4 or not all(t.is_cap for t in words):
        return None
    return analysis._person_for(words)


def quote_claims(analysis: Analysis, quotes: list[QuoteSpan], spans: list[tuple[int, int]]) -> list[Claim]:
    """One ``quote`` claim per attributed quotation, subject = the speaker's full name."""
    att = _Attributor(analysis)
    text = analysis.text
    explicit: list[Speaker | None] = []
    for n in range(len(quotes)):
        sp = _explicit(analysis, att, quotes, n)
        if sp is not None and sp.person is None and sp.how in ("organisation", "description"):
            att.last_other = (analysis.sentence_at(quotes[n].open), sp)
        explicit.append(sp)
    me = _interviewee(analysis)
    labels = {q.para: _label_person(analysis, q.para) for q in quotes}
    first_person: Person | None = None
    if any(sp is not None and sp.name.lower() == "i" for sp in explicit):
        first_person = _lead_interviewee(analysis) or _op_ed_author(analysis)
    for n, sp in enumerate(explicit):
        answer = text[analysis.paras[quotes[n].para][0] :].startswith("A:")
        if me is not None and sp is not None and answer and sp.name.lower() in ("i", "we"):
            explicit[n] = Speaker(
                me.name, me, "interviewee", 0.8
            )  # "A: “We cannot be everywhere,” I tell them"
        elif sp is not None and sp.name.lower() == "i":
            # "“…,” I tell my officers": the transcript paragraph's speaker, or the person the
            # interview is with, or the opinion piece's author
            mine = labels[quotes[n].para] or me or first_person
            if mine is not None:
                explicit[n] = Speaker(mine.name, mine, "first-person", 0.7)
    speakers: list[Speaker | None] = [None] * len(quotes)
    answers = {n for n, q in enumerate(quotes) if _answers(analysis, q, quotes)}
    asked = (me or _lead_interviewee(analysis)) if answers else None  # who answers the questions
    for n, q in enumerate(quotes):
        si = analysis.sentence_at(q.open)
        sent = analysis.sents[si]
        prev = quotes[n - 1] if n else None
        nxt = quotes[n + 1] if n + 1 < len(quotes) else None
        same_sentence = prev is not None and prev.close is not None and analysis.sentence_at(prev.close) == si
        para_start = analysis.paras[q.para][0]
        sp = explicit[n]
        prev_sp = speakers[n - 1] if n else None
        if (
            sp is None
            and prev is not None
            and prev_sp is not None
            and prev.para == q.para
            and (same_sentence or att.opens_clause(q, sent.start))
        ):
            sp = Speaker(prev_sp.name, prev_sp.person, "same-paragraph", min(prev_sp.confidence, 0.8))
        if (
            sp is None
            and nxt is not None
            and nxt.para == q.para
            and explicit[n + 1] is not None
            and q.close is not None
            and att.opens_clause(q, sent.start)
        ):
            later = explicit[n + 1]  # "“A.” “B,” said Conille.": both are Conille's
            assert later is not None
            sp = Speaker(later.name, later.person, "same-paragraph", min(later.confidence, 0.7))
        if (
            sp is None
            and prev is not None
            and prev_sp is not None
            and prev.para == q.para - 1
            and q.open == para_start
        ):
            if prev.close is None:
                sp = Speaker(prev_sp.name, prev_sp.person, "continued", min(prev_sp.confidence, 0.8))
            elif not _ends_with_colon(analysis, q.para - 1):
                sp = Speaker(prev_sp.name, prev_sp.person, "next-paragraph", 0.6)
        # a quotation of the paragraph before, or an earlier one of this paragraph, keeps its say
        # over a paragraph-opening quotation; a sentence of this paragraph before the quotation
        # holds only for it
        before_in_para = si > 0 and analysis.sents[si - 1].para == q.para
        recent_quote = prev is not None and (
            prev.para == q.para or (prev.para == q.para - 1 and not before_in_para)
        )
        if sp is None and att.opens_clause(q, sent.start) and si > 0 and not recent_quote:
            # "Ruto told lawmakers the plan stood. “We are ready.”": the previous sentence's speaker,
            # within the paragraph or from a quote-free paragraph just before one that opens with the quote
            before = analysis.sents[si - 1]
            if before.para == q.para or q.open == para_start:
                found = att.sentence_speaker(si - 1)
                if found is None and before_in_para:
                    found = att.manner_subject(si - 1)
                sp = Speaker(found.name, found.person, "previous-sentence", 0.6) if found else None
        if sp is None and q.para > 0 and q.open == para_start and _ends_with_colon(analysis, q.para - 1):
            pe = analysis.paras[q.para - 1][1]  # 'Ruto said:' then the quotation
            colon = QuoteSpan(pe - 1, None, pe - 1, pe - 1, q.para - 1)
            start = analysis.sents[analysis.sentence_at(pe - 1)].start
            sp = att.leading(colon, start) or att.colon_subject(colon, start)
        if sp is None and n in answers and asked is not None:
            sp = Speaker(asked.name, asked, "answer", 0.6)  # "How many are left?" then "“We had …”"
        if sp is None and labels[q.para] is not None:
            own = labels[q.para]  # a transcript paragraph's quotation with no speaker of its own
            assert own is not None
            sp = Speaker(own.name, own, "label", 0.6)
        speakers[n] = sp
    # a quotation left open with its attribution only in the next paragraph
    for n in range(len(quotes) - 2, -1, -1):
        if (
            speakers[n] is None
            and quotes[n].close is None
            and speakers[n + 1] is not None
            and quotes[n + 1].para == quotes[n].para + 1
        ):
            later = speakers[n + 1]
            assert later is not None
            speakers[n] = Speaker(later.name, later.person, "continued", min(later.confidence, 0.7))
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    defined = acronyms(text)
    for q, sp in zip(quotes, speakers, strict=True):
        if sp is None or _is_name_not_speech(text, q) or _in_headline(analysis, q):
            continue
        subject = sp.person.name if sp.person else sp.name
        subject = _STATEMENT_OF.sub(r"\1", subject)  # "A KFOR statement said": KFOR's
        # "the SANDF said": the full form the text defined
        subject = defined.get(re.sub(r"^the\s+", "", subject, flags=re.IGNORECASE), subject)
        subject = government(subject)  # "Lilongwe said", "the U.S. said": the country speaks
        key = (fold(subject), " ".join(fold(text[q.start : q.end]).split()))
        if key in seen:  # a quotation repeated in one article is one claim
            continue
        seen.add(key)
        out.append(
            Claim(
                measure="quote",
                subject=subject,
                value=text[q.start : q.end],
                sentence=sentence_text(text, spans, q.start, q.end),
                start=q.start,
                end=q.end,
                confidence=sp.confidence,
                attrs={"rule": f"quote.{sp.how}"},
            )
        )
    return out


_AGES = frozenset({"year-old", "years-old"})


def _without_age(words: list[Tok]) -> list[Tok]:
    """The words of a description without an age ("the 47-year-old officer" → "the officer")."""
    for n, t in enumerate(words):
        if t.low in _AGES:
            lo = n
            while lo > 0 and (words[lo - 1].text == "-" or words[lo - 1].text.isdigit()):
                lo -= 1
            return words[:lo] + words[n + 1 :]
    return words


def _an_age(toks: list[Tok], h: int) -> bool:
    """``toks[h]`` is the number or hyphen of an age ("52", "-" of "52-year-old")."""
    return any(t.low in _AGES for t in toks[h + 1 : h + 3])


def _age_width(toks: list[Tok], d: int) -> int:
    """How many tokens an age after ``toks[d]`` takes ("52 - year-old": 3)."""
    for n in range(d + 1, min(len(toks), d + 4)):
        if toks[n].low in _AGES:
            return n - d
    return 0
