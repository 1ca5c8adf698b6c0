"""A first-character gate for the recognisers' large regular expressions.

Python's regex engine skips quickly to where a match can start only when a pattern opens with a
literal or a character class; a grammar that opens with a word boundary, an optional prefix or
case-insensitive words (the dates, the figures) is tried in full at every position of the text, and
most positions fail only after many alternatives. :func:`gated` puts a lookahead for the characters
a match can start with in front of such a grammar: a position whose character cannot start a match
fails at the first test. The set is read off the pattern's own parse, so it follows any change to
the grammar; where it cannot be read for certain (a negated class, a back-reference, a pattern that
can match the empty string) the pattern is returned as it is. The matches are the same: a match
starts with one of these characters, so the gate removes only positions where none starts.
"""

from __future__ import annotations

import importlib
import re
from typing import Any


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - a Python without it keeps its patterns as they are
        return None


# the regex parser's parse tree (the standard library's own, Python 3.11+); without it nothing is gated
_c: Any = _module("re._constants")
_p: Any = _module("re._parser")

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


class _Unsure(Exception):
    """The first characters of the pattern cannot be told for certain."""


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a lookahead for the characters its matches start with (same matches, same
    groups), or ``rx`` itself when they cannot be told."""
    if _p is None or _c is None or not isinstance(rx.pattern, str):
        return rx
    flags = rx.flags & ~re.UNICODE
    try:
        firsts, nullable = _sequence(list(_p.parse(rx.pattern, flags)), rx.flags)
        if nullable or not firsts:
            return rx  # an empty match may start anywhere
        # (a pattern that opens with global flags, "(?i)…", cannot be wrapped: re.error, kept as is)
        return re.compile(f"(?={_class(firsts)})(?:{rx.pattern})", flags)
    except (_Unsure, re.error, TypeError, ValueError):
        return rx


def _sequence(items: list[tuple[Any, Any]], flags: int) -> tuple[list[str], bool]:
    """Class fragments of the characters the sequence can start with, and whether it can be empty."""
    out: list[str] = []
    for op, av in items:
        firsts, nullable = _item(op, av, flags)
        out += firsts
        if not nullable:
            return out, False
    return out, True


def _item(op: Any, av: Any, flags: int) -> tuple[list[str], bool]:
    if op is _c.LITERAL:
        return [_char(av)], False
    if op is _c.IN:
        return _in(av), False
    if op is _c.BRANCH:
        out: list[str] = []
        nullable = False
        for alternative in av[1]:
            firsts, empty = _sequence(list(alternative), flags)
            out += firsts
            nullable = nullable or empty
        return out, nullable
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unsure("(?i:…) inside a case-sensitive pattern")  # the gate would miss a case
        return _sequence(list(sub), flags)  # (?-i:…) is narrower than the gate: fine
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        firsts, nullable = _sequence(list(sub), flags)
        return firsts, nullable or low == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av), flags)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return [], True  # zero width: what follows starts the match (leaving out a condition widens)
    raise _Unsure(f"{op}")


def _in(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:
            raise _Unsure(f"class item {op} {av}")  # a negated class, a rare category
    return out


def _char(code: int) -> str:
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _class(fragments: list[str]) -> str:
    return "[" + "".join(dict.fromkeys(fragments)) + "]"
