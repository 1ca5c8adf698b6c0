"""The word classes of ``lexicon.toml``, loaded once into lookups by lemma."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PATH = Path(__file__).with_name("lexicon.toml")


@dataclass(frozen=True)
class Lexicon:
    personnel: frozenset[str]
    people: frozenset[str]
    noun_measure: dict[str, str]  # "deaths" → killed
    collective: dict[str, frozenset[str]]  # persons family → nouns that stand for a group
    frame_nouns: dict[str, dict[str, str]]  # family → noun → measure
    modifiers: dict[str, dict[str, str]]  # family → modifier → measure
    verb_classes: dict[str, frozenset[str]]  # lemma → classes
    verb_heads: frozenset[str]  # what comes before a space in a class's key ("pull" of "pull out")
    measure_of: dict[str, dict[str, tuple[str, str]]]  # family → class → (done, intended)
    future_aux: frozenset[str]
    intent: frozenset[str]
    done: frozenset[str]
    negation: frozenset[str]
    status: dict[str, frozenset[str]]
    carriers: dict[str, frozenset[str]]  # verbs of carrying, and the vehicles that make them arrivals
    senders: dict[str, frozenset[str]]  # governments, their ministers and alliances that send people
    aid: frozenset[str]  # funds, appeals and agencies of humanitarian aid, as written

    def classes(self, lemma: str) -> frozenset[str]:
        return self.verb_classes.get(lemma, frozenset())


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for measure, words in table.items():
        for w in words:
            out.setdefault(w.lower(), measure)
    return out


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads(_PATH.read_text(encoding="utf-8"))
    nouns = data["nouns"]
    classes: dict[str, set[str]] = {}
    for cls, lemmas in data["verb_classes"].items():
        for lemma in lemmas:
            classes.setdefault(lemma.lower(), set()).add(cls)
    mod = data["modality"]
    return Lexicon(
        personnel=frozenset(w.lower() for w in nouns["personnel"]),
        people=frozenset(w.lower() for w in nouns["people"]),
        noun_measure=_invert(nouns["measure"]),
        collective={k: frozenset(v) for k, v in nouns["collective"].items()},
        frame_nouns={fam: _invert(t) for fam, t in data["frame_nouns"].items()},
        modifiers={fam: _invert(t) for fam, t in data["modifiers"].items()},
        verb_classes={k: frozenset(v) for k, v in classes.items()},
        verb_heads=frozenset(k[:i] for k in classes for i, ch in enumerate(k) if ch == " "),
        measure_of={
            fam: {cls: (pair[0], pair[1]) for cls, pair in t.items()} for fam, t in data["measure_of"].items()
        },
        future_aux=frozenset(mod["future_aux"]),
        intent=frozenset(mod["intent"]),
        done=frozenset(mod["done"]),
        negation=frozenset(mod["negation"]),
        status={k: frozenset(v) for k, v in data["status"].items()},
        carriers={k: frozenset(v) for k, v in data["carriers"].items()},
        senders={k: frozenset(v) for k, v in data["senders"].items()},
        aid=frozenset(data["aid"]["names"]),
    )


@cache
def aid_names() -> re.Pattern[str]:
    """The aid funds, appeals and agencies (``[aid]``), longest first, as whole words."""
    names = sorted(lexicon().aid, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
