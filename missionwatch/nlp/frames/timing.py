"""The date a figure describes: the date its own clause gives, else its report's, else publication.

A date belongs to a figure when the parse attaches it to the figure's phrase or to a predicate on the
figure's way up ("arrived on Tuesday", "800 soldiers, who flew home in May", "by the end of March
the force had 1,500"). A date on a reporting verb ("the IOM said on Monday") dates the statement,
which dates a figure with no date of its own. "since June" opens a period (the figure is as of
publication); "until 30 June" and "from 1 July" date a ceiling in force; future dates date only
targets and requirements ("2,500 by January").
"""

from __future__ import annotations

from spacy.tokens import Token

from missionwatch.nlp.dates import DateMention, parse_iso
from missionwatch.nlp.frames.figures import Figure
from missionwatch.nlp.frames.measure import classes_of

FUTURE_OK = frozenset({"personnel.target", "funding.required", "mandate.expiry"})
RANGE_OK = frozenset({"personnel.target"})


def _attachment(fig: Figure, d: DateMention) -> Token | None:
    """The word a date modifies: climb from the date through prepositions to a verb or a noun."""
    s = fig.sent
    root = s.root(d.start, d.end)
    if root is None:
        return None
    inside = {t.i for t in s.tokens(d.start, d.end)}
    t = root
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return t
        if (
            h.i in inside
            or h.pos_ == "ADP"
            or (h.dep_ in ("prep",) and h.pos_ not in ("VERB", "AUX", "NOUN"))
        ):
            t = h
            continue
        return h
    return t


def _chain(fig: Figure, path: list[Token]) -> list[Token]:
    toks = [t for t in (fig.anchor, fig.noun, fig.head) if t is not None]
    toks.extend(path)
    # the predicate's own governors through xcomp/conj ("was due to arrive on Friday")
    p = fig.pred
    for _ in range(3):
        if p is None:
            break
        toks.append(p)
        p = p.head if p.dep_ in ("xcomp", "conj", "ccomp") and p.head.i != p.i else None
    return toks


def _before_pub(value: str, pub: str | None) -> bool:
    pd, dd = parse_iso(pub), parse_iso(value)
    return not (pd and dd and dd > pd)


def as_of(fig: Figure, path: list[Token], published: str | None) -> str | None:
    s = fig.sent
    measure = fig.measure or ""
    chain = _chain(fig, path)
    ids = {t.i: n for n, t in reversed(list(enumerate(chain)))}
    own: list[tuple[int, DateMention]] = []
    reported: list[DateMention] = []
    for d in s.dates:
        at = _attachment(fig, d)
        if at is None:
            continue
        prefix = d.prefix
        if prefix in ("since",) or (prefix == "from" and measure not in RANGE_OK):
            continue
        if prefix in ("until", "through", "till") and measure not in RANGE_OK:
            continue
        if not _before_pub(d.value, published) and measure not in FUTURE_OK:
            continue
        if at.i in ids:
            own.append((ids[at.i], d))
            continue
        if "report" in classes_of(at) and _governs(at, fig):
            reported.append(d)
    if own:
        own.sort(key=lambda x: x[0])
        return own[0][1].value
    for d in reported:
        if _before_pub(d.value, published):
            return d.value
    return published


def _governs(verb: Token, fig: Figure) -> bool:
    """True when the figure lies in the verb's clause (a complement or the verb's own argument)."""
    t: Token | None = fig.anchor
    for _ in range(12):
        if t is None:
            return False
        if t.i == verb.i:
            return True
        t = t.head if t.head.i != t.i else None
    return False
