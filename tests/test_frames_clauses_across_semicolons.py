"""A figure the parse hangs under the clause after a semicolon is the object its own clause's verb
lacks ("Chad has about 1,400 troops in the north; Egypt and Senegal each have over 1,000"); a
country's unit sized by a figure ("Chad, whose contingent of about 1,400 soldiers has paid a heavy
price") is that country's strength whatever its clause's verb says."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from missionwatch.nlp.frames.measure import verb_before
from missionwatch.nlp.frames.pipeline import extract

LEAD = "The UN mission in Mali (MINUSMA) is leaving. "


def _misparsed() -> Doc:
    """ "Niger has 1,300 troops in Gao; Togo and Benin each have 900" as the parser sometimes reads
    it: "troops" the subject of the second clause's "have"."""
    words = [
        "Niger",
        "has",
        "1,300",
        "troops",
        "in",
        "Gao",
        ";",
        "Togo",
        "and",
        "Benin",
        "each",
        "have",
        "900",
        ".",
    ]
    heads = [1, 1, 3, 11, 3, 4, 5, 5, 7, 7, 11, 1, 11, 11]
    deps = [
        "nsubj",
        "ROOT",
        "nummod",
        "nsubj",
        "prep",
        "pobj",
        "punct",
        "conj",
        "cc",
        "conj",
        "nsubj",
        "ccomp",
        "dobj",
        "punct",
    ]
    pos = [
        "PROPN",
        "VERB",
        "NUM",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "CCONJ",
        "PROPN",
        "PRON",
        "VERB",
        "NUM",
        "PUNCT",
    ]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_the_figure_before_a_semicolon_is_its_own_verbs_object() -> None:
    doc = _misparsed()
    verb = verb_before(doc[2], [6])
    assert verb is not None and verb.text == "has"


def test_a_verb_without_a_subject_is_no_clause_of_its_own() -> None:
    words = ["EU-led", "force", "of", "600", "troops", ";", "it", "began"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 4, 2, 1, 7, 7],
        deps=["amod", "ROOT", "prep", "nummod", "pobj", "punct", "nsubj", "ROOT"],
        pos=["VERB", "NOUN", "ADP", "NUM", "NOUN", "PUNCT", "PRON", "VERB"],
    )
    assert verb_before(doc[3], [5]) is None


def test_a_countrys_unit_of_n() -> None:
    text = "Niger, whose contingent of about 1,300 soldiers has long complained about pay, has said little."
    got = {
        (c.subject, c.value) for c in extract(LEAD + text, "2023-07-01") if c.measure == "personnel.deployed"
    }
    assert got == {("NER", 1300)}, got
