"""The extractor's word lists, kept as JSON data under ``nlp/patterns/`` so that adding a cue is a
data change (see docs/extraction.md) rather than a code change."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

PATTERNS_DIR = Path(__file__).parent / "patterns"


@cache
def load(name: str) -> Any:
    """The parsed ``patterns/<name>.json`` (cached; the files are read-only data)."""
    path = PATTERNS_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def trie_pattern(forms: Iterable[str]) -> str:
    """One regular expression for ``forms`` as a trie, to compile case-insensitive: it matches what
    the alternation of the forms longest first matches (the longest form that fits, backing off to
    shorter ones when what follows fails), but reads each character once instead of trying a
    thousand alternatives at every position of the text."""
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in form:
            low = ch.lower()
            node = node.setdefault(low if len(low) == 1 else ch, {})
        node[""] = {}  # a form ends here

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer form first, then this one

    return emit(root)
