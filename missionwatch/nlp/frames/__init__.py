"""Extractor v2 (``frames``): figures typed by their frame in the dependency parse.

Reads an article in four passes: recognisers (countries, missions, figures, dates) over the whole
text; the ``en_core_web_sm`` parse of the sentences that hold something; for every figure, its frame
(noun, modifiers, the nouns it sits in, its predicates with modality) decides the measure through
the word classes of ``lexicon.toml``, and the same parse gives its owner, place and date; a
discourse state carries the contributor, donor and place of earlier sentences to pronouns and
definite references ("its contingent", "the toll"). Council decisions and mandates are frames too
(``council.py``, ``votes.py``, ``mandate.py``); mission leads, quotes and roles come from the
modules shared with v1 (see docs/extraction.md, "Extractor v2").
"""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract

__all__ = ["extract"]
