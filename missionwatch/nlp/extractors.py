"""The registry of extractors: every backend that turns text into claims, by name.

Two extractors can run side by side (``missionwatch eval --extractor NAME``, ``bench/compare.py``)
and every stored claim records the name and version that produced it, so a ledger built by one
can be told apart from one built by another. A backend is a module with
``extract(text, published, *, title) -> list[Claim]``, imported only when first used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from missionwatch.errors import InputError

if TYPE_CHECKING:
    from missionwatch.models import Claim

ExtractFn = Callable[..., "list[Claim]"]


@dataclass(frozen=True)
class Extractor:
    name: str  # what --extractor takes
    claim_name: str  # what stored claims say in their ``extractor`` field
    version: str
    module: str
    summary: str
    aliases: tuple[str, ...] = ()
    # a document longer than this is read by ``longer`` instead (a parse costs ~30 s of CPU per MB)
    max_chars: int | None = None
    longer: str | None = None
    # the claim filter it was calibrated with (``nlp.calibration``: patterns/calibration-NAME.json)
    calibration: str | None = None

    @property
    def label(self) -> str:
        return f"{self.claim_name} {self.version}"

    def load(self) -> ExtractFn:
        return _load(self.module)


EXTRACTORS: dict[str, Extractor] = {
    e.name: e
    for e in (
        Extractor(
            "rules",
            "missionwatch-rules",
            "0.1.0",
            "missionwatch.nlp.rules",
            "v1: cue regexes over character windows, on a blank spaCy pipeline",
            aliases=("v1",),
        ),
        Extractor(
            "frames",
            "missionwatch-frames",
            "0.2.0",
            "missionwatch.nlp.frames",
            "v2: frames over the dependency parse of en_core_web_sm, verb and noun classes as data",
            aliases=("v2",),
            max_chars=200_000,  # ~7 s of parse; archives and long reports go to the linear v1
            longer="rules",
            calibration="frames",
        ),
    )
}
_ALIASES = {alias: e.name for e in EXTRACTORS.values() for alias in (e.name, *e.aliases)}
DEFAULT = "frames"


@cache
def _load(module: str) -> ExtractFn:
    return importlib.import_module(module).extract


def resolve(name: str | None = None) -> Extractor:
    """The extractor called ``name`` (or an alias), else the configured default.

    Raises InputError naming the choices when the name is unknown.
    """
    if name is None:
        from missionwatch.config import get_settings

        name = get_settings().extractor or DEFAULT
    key = _ALIASES.get(name.strip().lower())
    if key is None:
        choices = ", ".join(sorted(_ALIASES))
        raise InputError(f"unknown extractor (choose one of: {choices})", input=f"--extractor {name}")
    return EXTRACTORS[key]
