"""The extractor's spaCy pipeline: ``spacy.blank("en")`` plus the registered MissionWatch components.

Blank English installs with pip alone and runs fast; nothing is downloaded at run time.

The Doc is made over :func:`~missionwatch.nlp.sentences.working_text` — the text with hard-wrap
newlines, CRLF, tabs, no-break spaces, control characters and lone surrogates made plain, of the
same length — so every rule reads one kind of space while every offset stays an offset into the
text as given, which ``doc._.mw_source`` keeps: claims slice their sentence from it. Its tokens are
runs of non-space characters (:class:`WorkingTextTokenizer`): the rules read characters.
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

import missionwatch.nlp.components  # noqa: F401  (registers the factories)
from missionwatch.nlp.sentences import working_text

COMPONENTS = ("mw_sentences", "mw_entities", "mw_quantities", "mw_dates", "mw_measures")
# No parser or NER runs here, so spaCy's 1,000,000-character guard (their memory) does not apply;
# the readers' size cap (MISSIONWATCH_MAX_DOCUMENT_BYTES) bounds what reaches the extractor.
MAX_LENGTH = 100_000_000


_TOKEN = re.compile(r"\S+")


class WorkingTextTokenizer:
    """The Doc of the working text, one token per run of non-space characters; the text as given
    goes to ``doc._.mw_source``.

    The rules read characters, not tokens (tokens only carry the sentence starts and the display
    spans), so spaCy's affix rules are not needed — and they are quadratic in a run without spaces:
    4,000 "(" in a row took 2 s, 16,000 took 34 s. This tokenizer is linear. Whitespace other than
    the single space after a token is a token of its own, as in spaCy.

    Each Doc gets a vocabulary of its own without lexical attributes: no rule reads them, computing
    them for every new word cost 30 µs a word (a text of random characters is all new words), and a
    shared vocabulary kept every word of every document for the life of the process.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        flat = working_text(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _TOKEN.finditer(flat):
            start, end = m.span()
            if start > pos:  # whitespace not taken as the single space after the previous token
                words.append(flat[pos:start])
                spaces.append(False)
            words.append(m.group())
            if flat.startswith(" ", end):
                spaces.append(True)
                pos = end + 1
            else:
                spaces.append(False)
                pos = end
        if pos < len(flat):
            words.append(flat[pos:])
            spaces.append(False)
        doc = Doc(Vocab(lex_attr_getters={}), words=words, spaces=spaces)
        doc._.mw_source = text
        doc._.mw_text = flat  # what doc.text would rebuild from the tokens, kept
        return doc


@cache
def build() -> Language:
    """The pipeline, built once per process."""
    nlp = spacy.blank("en")
    nlp.tokenizer = WorkingTextTokenizer(nlp.vocab)
    nlp.max_length = MAX_LENGTH
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
