"""The extractor's spaCy pipeline: ``spacy.blank("en")`` plus the registered MissionWatch components.

Blank English installs with pip alone and runs fast; nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

import missionwatch.nlp.components  # noqa: F401  (registers the factories)

COMPONENTS = ("mw_sentences", "mw_entities", "mw_quantities", "mw_dates", "mw_measures")


@cache
def build() -> Language:
    """The pipeline, built once per process."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
