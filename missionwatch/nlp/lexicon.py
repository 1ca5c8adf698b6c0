"""The extractor's word lists, kept as JSON data under ``nlp/patterns/`` so that adding a cue is a
data change (see docs/extraction.md) rather than a code change."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PATTERNS_DIR = Path(__file__).parent / "patterns"


@cache
def load(name: str) -> Any:
    """The parsed ``patterns/<name>.json`` (cached; the files are read-only data)."""
    path = PATTERNS_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
