"""The first-character gate of the large recognisers' regexes: the same matches, or no gate at all."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from missionwatch.nlp import dates, numbers
from missionwatch.nlp.firstchar import gated

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))

_PIECES = (
    "January 5 2024 Jan. on by until the end of mid- Q3 first half of last next this Monday "
    "today Christmas Day New Year's Eve two years ago $ € £ ¥ KSh US$ 1,200 3.5 million bn "
    "per cent % twenty-one dozen half a quarter of hundreds Kenyan shillings 1990s 12th "
    "ſ \u212a \u0130 \u0131 É é ß , . ; : ( ) - — \n"
)


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _originals() -> dict[str, re.Pattern[str]]:
    """The recognisers' grammars as written, before their gate."""
    date_re = re.compile(dates.DATE_RE.pattern.split("(?:", 1)[1][:-1], dates.DATE_RE.flags)
    return {"dates": date_re, "figures": numbers._build_quantity_re()}


def test_the_recognisers_are_gated() -> None:
    assert dates.DATE_RE.pattern.startswith("(?=[")
    assert numbers.quantity_re().pattern.startswith("(?=[")


@pytest.mark.parametrize("name", ["dates", "figures"])
def test_same_matches_on_every_fixture_text(name: str) -> None:
    assert TEXTS, "no fixture texts found"
    original = _originals()[name]
    gate = gated(original)
    assert gate is not original
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert _matches(gate, text) == _matches(original, text), path.name


@pytest.mark.parametrize("name", ["dates", "figures"])
def test_same_matches_on_shuffled_pieces(name: str) -> None:
    """Words, digits, currency signs and case-folding oddities (long s, Kelvin sign, dotted and
    dotless i) put together at random: what one grammar finds, the gated one finds."""
    original = _originals()[name]
    gate = gated(original)
    rng = random.Random(14)
    pieces = _PIECES.split(" ")
    for _ in range(3000):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " ", "  ", "-"]) for _ in range(rng.randint(1, 12))
        )
        assert _matches(gate, text) == _matches(original, text), text


@pytest.mark.parametrize(
    "pattern",
    [
        r"a*",  # may match the empty string, anywhere
        r"(?:x|)y?",
        r"[^x]y",  # a negated class: its first characters are not listed
        r".b",
        r"(?<=a)\b",  # zero width: an empty match
    ],
)
def test_patterns_it_cannot_read_are_left_as_they_are(pattern: str) -> None:
    rx = re.compile(pattern)
    assert gated(rx) is rx


def test_global_flags_are_left_as_they_are() -> None:
    rx = re.compile(r"(?i)abc")
    assert gated(rx) is rx


def test_case_insensitive_first_letters_keep_their_case_variants() -> None:
    rx = re.compile(r"\bsun|kelvin|istanbul", re.IGNORECASE)
    gate = gated(rx)
    assert gate is not rx
    for text in ("SUN", "ſun", "\u212aelvin", "\u0130stanbul", "Istanbul"):
        assert _matches(gate, text) == _matches(rx, text), text


def test_a_case_sensitive_pattern_with_a_case_insensitive_part_is_left_alone() -> None:
    rx = re.compile(r"(?i:abc)d")
    assert gated(rx) is rx
