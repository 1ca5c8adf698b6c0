"""An article as v2 reads it: sentences with what the recognisers found and, where worth it, a parse.

Countries, missions, figures and dates come from the shared recognisers (``nlp.entities``,
``nlp.numbers``, ``nlp.dates``) over the whole text, with absolute character offsets; each sentence
that holds something to read also gets its dependency parse, and the helpers here translate between
characters and tokens so that the rules can think in syntax and report in offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import DEP, IDX, LEMMA, LENGTH, LIKE_NUM, LOWER, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.dates import DateMention, find_dates
from missionwatch.nlp.entities import Entity, find_entities
from missionwatch.nlp.frames.described import described_missions, led_by_the_one_named
from missionwatch.nlp.frames.parse import parse
from missionwatch.nlp.numbers import Quantity, find_quantities
from missionwatch.nlp.sentences import split_sentences


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    headline: bool = False
    noise: bool = False  # a "Related:" / "Read more:" line: a link to another story, not this one's facts
    dump: bool = False  # too many mentions to be prose (``MAX_MENTIONS``): never parsed
    ents: list[Entity] = field(default_factory=list)
    quants: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    doc: Doc | None = None
    offset: int = 0  # where the parsed text starts (after a dateline), absolute
    spare: Doc | None = field(default=None, repr=False)  # ``text`` parsed ahead for parse_alone
    _tok_starts: list[int] = field(default_factory=list)
    _tok_ends: list[int] = field(default_factory=list)
    _index: _Index | None = field(default=None, repr=False)

    # --- characters and tokens

    def pos(self, tok: Token) -> int:
        """Absolute offset of a token."""
        return self.offset + tok.idx

    def end_of(self, tok: Token) -> int:
        return self.offset + tok.idx + len(tok.text)

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the absolute range [start, end)."""
        if self.doc is None:
            return []
        if not self._tok_starts:
            self._tok_starts, self._tok_ends = _bounds(self.doc)
        a, b = start - self.offset, end - self.offset
        i = max(0, bisect.bisect_right(self._tok_starts, a) - 1)
        j = bisect.bisect_left(self._tok_starts, b)
        doc, ends = self.doc, self._tok_ends
        return [doc[k] for k in range(i, min(j, len(doc))) if ends[k] > a]  # a Token made once each

    def token_at(self, pos: int) -> Token | None:
        if self.doc is None:
            return None
        if not self._tok_starts:
            self._tok_starts, self._tok_ends = _bounds(self.doc)
        i = bisect.bisect_right(self._tok_starts, pos - self.offset) - 1
        return self.doc[i] if i >= 0 else None

    def root(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens in [start, end): the one whose head lies outside."""
        toks = self.tokens(start, end)
        if not toks:
            return None
        ids = {t.i for t in toks}
        for t in toks:
            if t.head.i not in ids or t.head.i == t.i:
                return t
        return toks[-1]

    # --- what lies where

    def entity_of(self, tok: Token, labels: tuple[str, ...] = ("COUNTRY",)) -> Entity | None:
        """The entity (of the given labels) that covers the token."""
        index = self._indexed(tok)
        if index is None:
            a, b = self.pos(tok), self.end_of(tok)
            return next((e for e in self.ents if e.label in labels and e.start < b and a < e.end), None)
        return next((e for e in index.ents.get(tok.i, ()) if e.label in labels), None)

    def add_quantities(self, found: list[Quantity]) -> None:
        """Figures the frames read off the parse ("a peacekeeper", "the same number"), kept in text
        order; the token index built from the old list is dropped."""
        if found:
            self.quants = sorted([*self.quants, *found], key=lambda q: q.start)
            self._index = None

    def quantity_of(self, tok: Token) -> Quantity | None:
        index = self._indexed(tok)
        if index is None:
            a, b = self.pos(tok), self.end_of(tok)
            return next((q for q in self.quants if q.start < b and a < q.end), None)
        return index.quants[tok.i]

    def date_of(self, tok: Token) -> DateMention | None:
        index = self._indexed(tok)
        if index is None:
            a, b = self.pos(tok), self.end_of(tok)
            return next((d for d in self.dates if d.start < b and a < d.end), None)
        return index.dates[tok.i]

    def _indexed(self, tok: Token) -> _Index | None:
        """What covers each token of this sentence's parse, built once: the rules ask per token, often
        once per figure for every token near it, and a scan of the sentence's mentions each time made
        a sentence holding hundreds of figures cubic in its length. (None for a token of another
        parse: those are answered by the scan.)"""
        if self.doc is None or tok.doc is not self.doc:
            return None
        if self._index is None or self._index.doc is not self.doc:
            self._index = _Index.build(self)
        return self._index


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token starts and ends (in the parsed text), read as one array (not token by token)."""
    rows = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    return [idx for idx, _ in rows], [idx + n for idx, n in rows]


@dataclass(frozen=True)
class Columns:
    """Per token of a parse, as plain lists: the words the rules test on every token of a sentence
    before they look closer (``t.lemma_.lower() in VERBS``, ``t.dep_ == "pobj"``). Reading them off a
    Token made one object per token per scan, and every scan of every rule made them again."""

    text: list[str]  # ``t.text``
    lower: list[str]  # ``t.lower_``
    lemma: list[str]  # ``t.lemma_.lower()``
    dep: list[str]  # ``t.dep_``
    pos: list[str]  # ``t.pos_``
    like_num: list[bool]  # ``t.like_num``


def columns(doc: Doc) -> Columns:
    """:class:`Columns` of a parse, built once (kept in its ``user_data``; nothing changes a parse
    after ``parse.TagMap``)."""
    cols = doc.user_data.get("mw_columns")
    if cols is None:
        cols = doc.user_data["mw_columns"] = _columns(doc)
    return cols


def _columns(doc: Doc) -> Columns:
    rows = doc.to_array([ORTH, LOWER, LEMMA, DEP, POS, LIKE_NUM]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    names: dict[int, str] = {}
    lowered: dict[int, str] = {}

    def name(key: int) -> str:
        found = names.get(key)
        if found is None:
            found = names[key] = strings[key]
        return found

    def lemma(key: int) -> str:
        found = lowered.get(key)
        if found is None:
            found = lowered[key] = strings[key].lower()
        return found

    return Columns(
        [name(r[0]) for r in rows],
        [name(r[1]) for r in rows],
        [lemma(r[2]) for r in rows],
        [name(r[3]) for r in rows],
        [POS_NAMES[r[4]] for r in rows],
        [bool(r[5]) for r in rows],
    )


@dataclass
class _Index:
    """Per token of a parse: the first figure and date covering it, and every entity covering it, in
    the sentence's order (so a lookup answers as the scan of the sentence's lists did)."""

    doc: Doc
    quants: list[Quantity | None]
    dates: list[DateMention | None]
    ents: dict[int, list[Entity]]  # only the tokens an entity covers

    @classmethod
    def build(cls, s: Sentence) -> _Index:
        assert s.doc is not None
        doc = s.doc
        rows = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        starts = [s.offset + idx for idx, _ in rows]
        ends = [a + n for a, (_, n) in zip(starts, rows, strict=True)]

        def covered(start: int, end: int) -> range:
            # the tokens with start < end_tok and start_tok < end (token ends rise with their starts)
            return range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))

        quants: list[Quantity | None] = [None] * len(doc)
        for q in s.quants:
            for k in covered(q.start, q.end):
                if quants[k] is None:
                    quants[k] = q
        dates: list[DateMention | None] = [None] * len(doc)
        for d in s.dates:
            for k in covered(d.start, d.end):
                if dates[k] is None:
                    dates[k] = d
        ents: dict[int, list[Entity]] = {}
        for e in s.ents:
            for k in covered(e.start, e.end):
                ents.setdefault(k, []).append(e)
        return cls(doc, quants, dates, ents)


@dataclass
class Article:
    text: str
    published: str | None
    title: str | None
    sentences: list[Sentence]
    tables: list[Any] = field(default_factory=list)  # frames.tables.Table, read from the layout

    def sentence_at(self, pos: int) -> Sentence | None:
        starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None


# "MIAMI — ", "UNITED NATIONS, Oct 2 — ", "PORT-AU-PRINCE, Haiti (AP) — ": not part of the clause
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][\w.]*(?:\s+[A-Z]?[\w.]+){0,2})?"
    r"(?:\s*\([A-Za-z.]+\))?\s*(?:—|–|--|-)\s+"
    # "Oct 1 (Wire) - ": a day and the agency, no place
    r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"(?:\s*\([A-Za-z.]+\))?\s*(?:—|–|--|-)\s+"
    # "New York (UN) — ": a place in title case, then the agency in brackets
    r"|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\([A-Z][A-Za-z.]{1,10}\)\s*(?:—|–|--|-)\s+"
    # "South Sudan (UNMISS): ": a fact box's label, a name with its mission's short name
    r"|^(?:[*•·-]\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+"
    r"\((?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\))"
    r"[A-Z][A-Za-z-]{1,12}\):\s+"  # (not "Largest contributors (June): …", a dated list's lead)
)


# a transcript's turn ("Q: …", "A: …"): no word of the sentence (the parser took "A" for its subject)
_TURN = re.compile(r"^[ \t]*[QA]:[ \t]+")


_NOISE = re.compile(
    r"^(?:related|read more|read also|see also|more on this|more:|also read|watch|listen|recommended|"
    r"further reading|you may also like|correction|clarification|editor's note)\b\s*:?",
    re.I,
)


# A sentence of news names a few figures, places and dates (the corpora's most is 28, in 1,190
# characters); one with more is a run of figures or names without a stop ("$5m $5m …", "Kenya, Kenya,
# …"), which no frame reads, and whose flat or chain-deep parse made the rules quadratic in its
# length while the parse alone cost ~80 ms a KB. It is not parsed, so no frame reads it.
MAX_MENTIONS = 100


def _worth_parsing(s: Sentence) -> bool:
    return not s.headline and not s.noise and not s.dump and bool(s.quants or s.ents or s.dates)


def _readable_table() -> dict[int, str]:
    table = {code: " " for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))}
    for keep in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x85":  # whitespace and breaks the sentence splitter reads
        del table[ord(keep)]
    table.update({code: "\ufffd" for code in range(0xD800, 0xE000)})
    return table


_READABLE = _readable_table()
_UNREADABLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def readable(text: str) -> str:
    """``text`` with lone surrogates made U+FFFD and control characters spaces, of exactly the same
    length, so every offset into it is one into ``text``: the parser and the recognisers encode their
    input as UTF-8, which no lone surrogate survives (whitespace and line breaks are kept: the
    sentence splitter reads them, as :func:`~missionwatch.nlp.sentences.working_text` does for v1)."""
    return text.translate(_READABLE) if _UNREADABLE.search(text) else text


def _council_gate(s: Sentence, stems: tuple[str, ...]) -> bool:
    low = s.text.lower()
    return any(stem in low for stem in stems)


def read(
    text: str,
    published: str | None,
    title: str | None,
    gate: tuple[str, ...] = (),
    foresee: Callable[[Sentence], bool] | None = None,
) -> Article:
    """Split, recognise and parse an article; ``gate``: the stems that make the Council readings
    parse a sentence that holds nothing else to read (``clause.words().stems``); ``foresee``: the
    lines a reader parses alone on reaching them unparsed (see :func:`parse_alone`)."""
    spans = split_sentences(text)
    sents = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
    if title:
        t = title.strip()
        pos = text.find(t)
        if 0 <= pos < 5:
            for s in sents:
                s.headline = s.end <= pos + len(t)
    starts = [s.start for s in sents]

    def owner(pos: int, end: int) -> Sentence | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sents[i].start <= pos and end <= sents[i].end:
            return sents[i]
        return None

    # a name, figure or date a hard wrap breaks ("a Gang Suppression\nForce") is read as one: the
    # recognisers see line breaks as spaces (same length, so every offset holds)
    flat = text.replace("\r", " ").replace("\n", " ")
    found = led_by_the_one_named(find_entities(flat))
    for e in [*found, *described_missions(flat, found, published)]:
        at = owner(e.start, e.end)
        if at is not None:
            at.ents.append(e)
    for q in find_quantities(flat):
        at = owner(q.start, q.end)
        if at is not None:
            at.quants.append(q)
    for d in find_dates(flat, published):
        at = owner(d.start, d.end)
        if at is not None:
            at.dates.append(d)
    for s in sents:
        s.noise = bool(_NOISE.match(s.text))
        s.dump = len(s.quants) + len(s.ents) + len(s.dates) > MAX_MENTIONS
    todo = [s for s in sents if _worth_parsing(s)]
    for s in todo:
        m = _DATELINE.match(s.text) or _TURN.match(s.text)
        s.offset = s.start + (m.end() if m else 0)
    # The sentences the Council readings would parse one by one on reaching them
    # (council.ensure_parsed: whole, from their first character), parsed in the same batch: a parse
    # does not depend on the batch it is in, and a call per sentence cost more than its parse.
    later = [
        s for s in sents if not _worth_parsing(s) and not s.headline and not s.dump and _council_gate(s, gate)
    ]
    for s in later:
        m = _TURN.match(s.text)
        s.offset = s.start + (m.end() if m else 0)
    # a line break inside a sentence is a hard wrap (the splitter ends sentences at real breaks): the
    # parser reads it as a space, as it would the unwrapped text (same length, same offsets)
    pieces = [plain_label(text[s.offset : s.end].replace("\r", " ").replace("\n", " ")) for s in todo + later]
    # Lines a reader will parse alone (whole, as they are) are parsed in this batch too and kept aside:
    # the readers tell an unparsed sentence by its doc, so theirs is set only when they ask for it.
    chosen = {id(s) for s in todo + later}
    ahead = [
        s for s in sents if foresee and id(s) not in chosen and not s.headline and not s.noise and foresee(s)
    ]
    docs = parse(pieces + [s.text for s in ahead])
    for s, doc in zip(todo + later, docs, strict=False):
        s.doc = doc
    for s, doc in zip(ahead, docs[len(pieces) :], strict=True):
        s.spare = doc
    return Article(text, published, title, sents)


# a fact box's label in capitals before its colon ("AUTHORISED: …", "DEPLOYED SO FAR: …"): the tagger
# takes such words for names and leaves them unlemmatised
CAPS_LABEL = re.compile(r"^[\W_]*((?:[A-Z][A-Z'’-]*\s+){0,6}[A-Z][A-Z'’-]*)\s*:")


LABEL_SMALL_WORDS = frozenset({"IN", "OF", "TO", "ON", "AT", "BY", "FOR", "AND", "THE"})
# a label that says what was done ("AUTHORISED:", "DEPLOYED SO FAR:", "NOT YET PAID:")
PARTICIPLE = re.compile(r"\b[A-Z]{3,}ED\b")


def plain_label(piece: str) -> str:
    """The piece with a capitals label written as a sentence writes it ("Authorised", "Contributors
    with personnel in haiti"), same length and offsets, for the parser only (the text, its entities
    and the claims keep the capitals); acronyms of three letters or fewer and missions' names stay."""
    m = CAPS_LABEL.match(piece)
    if m is None or not m.group(1).isascii() or not PARTICIPLE.search(m.group(1)):
        return piece  # (a speaker's name, "WHYTE-HENRIQUES:", or a noun, "MONEY:", reads as it is)
    words = re.finditer(r"[A-Z][A-Z'’-]*", m.group(1))
    out = list(piece)
    for k, w in enumerate(words):
        word = w.group()
        if (len(word) <= 3 and word not in LABEL_SMALL_WORDS) or kbglue.mission(word) is not None:
            continue  # "GSF", "UN", "UNMISS": names
        new = word.capitalize() if k == 0 else word.lower()
        at = m.start(1) + w.start()
        out[at : at + len(new)] = new
    return "".join(out)


def parse_alone(s: Sentence) -> Doc:
    """``s.text`` parsed, for a reader that parses a sentence on reaching it unparsed: the parse
    :func:`read` made ahead in the article's batch when it foresaw the need (a parse does not depend
    on its batch; a call per sentence cost more than its parse), else a new one."""
    doc, s.spare = s.spare, None
    return doc if doc is not None else parse([s.text])[0]
