"""The evaluation sets every system is run on: the development corpus and a synthetic sample.

An item is one document as MissionWatch reads it (header parsed, text normalised) with its gold
facts. The dev corpus header is parsed by ``missionwatch.sources.read_text`` when the package has
it, else by a local ``Key: value`` parser, so the harness runs against an early checkout too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import synth


@dataclass
class Item:
    """One document to run every system on, and what it states."""

    name: str
    text: str
    published: str | None
    title: str | None
    gold: list[dict[str, Any]] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


def _local_header(raw: str) -> tuple[dict[str, str], str]:
    head, sep, body = raw.partition("\n\n")
    lines = head.splitlines()
    if not sep or not lines or not all(re.match(r"^[A-Za-z][\w-]*:\s", x) for x in lines):
        return {}, raw
    return {k.strip().lower(): v.strip() for k, v in (x.split(":", 1) for x in lines)}, body


def read_article(path: Path) -> tuple[str, str | None, str | None]:
    """(text, published, title) of a corpus ``.txt`` file, as the project's reader sees it."""
    raw = path.read_text(encoding="utf-8")
    try:
        from missionwatch.sources import read_text
    except ImportError:
        read_text = None
    if read_text is not None:
        doc = read_text(raw, source=str(path))
        return doc.text, doc.published, doc.title
    header, body = _local_header(raw)
    body = body.strip()
    return body, header.get("published"), body.split("\n", 1)[0].strip() or None


def load_gold_dir(gold_dir: Path) -> list[Item]:
    """Every ``NN-slug.txt`` that has a ``NN-slug.gold.json`` beside it."""
    items = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not txt.exists():
            continue
        text, published, title = read_article(txt)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append(Item(txt.stem, text, published, title, gold))
    return items


def load_synth(n: int, seed: int) -> list[Item]:
    """``n`` synthetic articles of ``seed`` with the gold the generator inserted (offsets included)."""
    return [Item(d.id, d.text, d.published, d.title, d.facts) for d in synth.generate(n, seed)]
