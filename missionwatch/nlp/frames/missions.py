"""Which mission a figure belongs to: the one its clause names, else the article's, then its date.

A mission named in the figure's own phrase ("MONUSCO's ceiling", "the GSF's yearly cost") or as the
agent of its clause ("the GSF had 1,500 personnel") wins over one merely nearer in the sentence; with
none named, the sentence's and then the article's mission (v1's rules, ``context._mission_near``).
A figure dated before its mission existed belongs to the predecessor the knowledge base names
("in April, 700 Kenyan officers were serving" in a story about the force that replaced the MSS).
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Token

from missionwatch.nlp import kbglue
from missionwatch.nlp.context import _mission_near
from missionwatch.nlp.dates import parse_iso
from missionwatch.nlp.frames.figures import Figure


def _named(fig: Figure, toks: list[Token]) -> str | None:
    s = fig.sent
    for t in toks:
        e = s.entity_of(t, ("MISSION",))
        if e is not None:
            return e.code
        for c in t.children:
            if c.dep_ in ("poss", "compound", "nsubj", "nsubjpass", "agent", "nmod"):
                e = s.entity_of(c, ("MISSION",))
                if e is not None:
                    return e.code
            if c.dep_ == "acl":  # "the 2,500 planned for the MSS"
                for x in c.subtree:
                    e = s.entity_of(x, ("MISSION",)) if x.dep_ == "pobj" else None
                    if e is not None:
                        return e.code
    return None


def _side_clause(tok: Token, anchor: Token) -> bool:
    """True when ``tok`` sits in a relative, participial or adverbial clause that does not hold the
    figure ("The force, which the Council created by converting the MSS, has 1,000")."""
    t = tok
    for _ in range(12):
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if (
            t.dep_ in ("relcl", "acl", "advcl", "appos", "parataxis")
            and anchor not in t.subtree
            and not purpose
        ):
            return True  # (not "flew in … to relieve the contingent in the MSS": its purpose)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def mission_of(fig: Figure, ctx: object, as_of: str | None) -> str | None:
    s = fig.sent
    phrase = [t for t in (fig.noun, fig.head, fig.anchor) if t is not None] + list(fig.path)
    code = _named(fig, phrase)
    if code is None:
        main = []
        for e in s.ents:
            tok = s.root(e.start, e.end) if e.label == "MISSION" else None
            if tok is not None and not _side_clause(tok, fig.anchor):
                main.append(e)
        if main:
            code = min(main, key=lambda e: abs((e.start + e.end) // 2 - fig.q.start)).code
        else:
            bare = SimpleNamespace(ents=[], index=s.index, start=s.start, end=s.end, text=s.text)
            code = _mission_near(ctx, bare, fig.q.start)  # type: ignore[arg-type]
    return before_start(code, as_of)


def before_start(code: str | None, as_of: str | None) -> str | None:
    """The predecessor when the date falls before the mission began (one step back at most twice)."""
    when = parse_iso(as_of)
    for _ in range(2):
        m = kbglue.mission(code)
        if m is None or when is None or not getattr(m, "predecessor", None) or not getattr(m, "start", None):
            return code
        start = parse_iso(str(m.start))
        if start is None or when >= start or len(as_of or "") < 7:
            return code
        code = m.predecessor
    return code
