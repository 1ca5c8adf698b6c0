"""The extractor registry: names, aliases, the claim stamp, and who reads a text too long to parse."""

from __future__ import annotations

import pytest

from missionwatch.errors import InputError
from missionwatch.nlp import extract
from missionwatch.nlp.extractors import EXTRACTORS, resolve

SHORT = "PORT-AU-PRINCE — About 400 Kenyan police officers arrived on Tuesday, the mission said."


def test_aliases_resolve_and_unknown_names_are_refused() -> None:
    assert resolve("v1").name == "rules" and resolve("v2").name == "frames"
    with pytest.raises(InputError, match="frames"):
        resolve("nonsense")


def test_every_claim_names_the_extractor_that_read_it() -> None:
    for name in ("rules", "frames"):
        got = extract(SHORT, "2025-06-10", extractor=name)
        assert got and {c.extractor for c in got} == {EXTRACTORS[name].claim_name}


def test_a_text_longer_than_frames_parses_is_read_by_rules() -> None:
    limit = EXTRACTORS["frames"].max_chars
    assert limit is not None
    long_text = (SHORT + "\n\n") * (limit // len(SHORT) + 2)
    got = extract(long_text, "2025-06-10", extractor="frames")
    assert got and {c.extractor for c in got} == {"missionwatch-rules"}
