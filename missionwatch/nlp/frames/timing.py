"""The date a figure describes: the date its own clause gives, else its report's, else publication.

A date belongs to a figure when the parse attaches it to the figure's phrase or to a predicate on the
figure's way up ("arrived on Tuesday", "800 soldiers, who flew home in May", "by the end of March
the force had 1,500"). A date on a reporting verb ("the IOM said on Monday") dates the statement,
which dates a figure with no date of its own. "since June" opens a period (the figure is as of
publication); "until 30 June" and "from 1 July" date a ceiling in force; future dates date only
targets and requirements ("2,500 by January").
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from missionwatch.nlp.dates import DateMention, month_end, parse_iso
from missionwatch.nlp.frames.figures import EVENT_NOUNS, Figure, event_noun
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
            or (h.dep_ == "npadvmod" and h.lower_ in PARTS_OF_DAY)  # "landed Saturday afternoon"
            or (h.dep_ in ("prep",) and h.pos_ not in ("VERB", "AUX", "NOUN"))
        ):
            t = h
            continue
        return h
    return t


def _chain(fig: Figure, path: list[Token]) -> list[Token]:
    toks = [t for t in (fig.anchor, fig.noun, fig.head) if t is not None]
    toks.extend(path)
    event = event_noun(fig.pred)
    if event is not None:
        toks.append(event)  # "an attack … in September 2023, in which one officer was killed"
    # the predicate's own governors through xcomp/conj ("was due to arrive on Friday")
    p = fig.pred
    for _ in range(3):
        if p is None:
            break
        toks.append(p)
        # "… were in Goma when the M23 took the city in late January": the when-clause dates it
        toks.extend(
            c for c in p.children if c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children)
        )
        if p.dep_ == "relcl" and any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "in", "during")  # "a first quarter in which 1,617 were killed"
            and any(o.lower_ in ("whom", "which") for o in c.children)
            for c in p.children
        ):
            toks.extend(
                (p.head, p.head.head)
            )  # "comprised 428 personnel, of whom 396 were …": the whole's day
        if p.lemma_.lower() in RESULTS:
            # "Yesterday's arrivals brought the force to 980": the event that made the total dates it
            toks.extend(c for c in p.children if c.dep_ in ("nsubj", "nsubjpass"))
        # "… landed on Saturday, bringing to 150 the number of …": the total the landing made
        made = p.dep_ == "advcl" and p.lemma_.lower() in RESULTS
        p = p.head if (p.dep_ in ("xcomp", "conj", "ccomp") or made) and p.head.i != p.i else None
    return toks


# what a figure is taken from: its date dates the figure ("according to UN figures for July")
SOURCES = frozenset(
    {
        "count", "tally", "figure", "data", "estimate", "census", "survey", "assessment", "sitrep",
        "snapshot", "statement",
    }
)  # fmt: skip


def _a_source(at: Token) -> bool:
    """A source noun, or the participle that dates one ("a tally released by the mission on
    Saturday")."""
    if at.lemma_.lower() in SOURCES:
        return True
    return at.dep_ in ("acl", "relcl") and at.head.lemma_.lower() in SOURCES


PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})

# verbs that tell the total an event made ("bringing the contingent to 150", "took the force to 980")
RESULTS = frozenset({"bring", "take", "raise", "push", "lift", "swell", "boost"})


_RANGE_GAP = re.compile(r"^\s*(?:and|to|through|until|till|-|–)\s*$", re.I)


def _ranges(fig: Figure, text: str) -> dict[int, str]:
    """ "between April and June", "from 1 October to 31 December 2025": a period, dated by its last
    day (the corpus convention); the first date's start → the period's end value."""
    out: dict[int, str] = {}
    ds = fig.sent.dates
    for a, b in itertools.pairwise(ds):
        gap = text[a.end : b.start]
        if not _RANGE_GAP.match(gap):
            continue
        joined = gap in ("-", "–") and a.precision == b.precision == "month"  # "in January-March"
        if (
            not joined
            and not re.search(
                r"\b(?:between|from)\s+(?:the\s+)?$", text[max(0, a.start - 12) : a.start], re.I
            )
            and a.prefix not in ("between", "from")
        ):
            continue
        end = b.value
        if b.precision == "month" and a.precision in ("month", "day"):
            ya, ma = int(a.value[:4]), int(a.value[5:7])
            mb = int(b.value[5:7])
            end = f"{ya if mb >= ma else ya + 1}-{mb:02d}"
        if len(end) == 7:
            end = month_end(end)
        out[a.start] = out[b.start] = end
    return out


def _when_of(fig: Figure, period: Token | None) -> bool:
    """The figure's clause is a "when" clause on the date's own noun: "compared with the previous
    quarter, when at least 1,617 people were killed"."""
    p = fig.pred
    return (
        p is not None
        and period is not None
        and p.dep_ == "relcl"
        and p.head.i == period.i
        and any(c.lower_ == "when" for c in p.children)
    )


def _before_pub(value: str, pub: str | None) -> bool:
    pd, dd = parse_iso(pub), parse_iso(value)
    return not (pd and dd and dd > pd)


# verbs that create or set a ceiling: their dates are when it was set, not when it holds
CREATION = frozenset(
    {"set", "establish", "create", "authorise", "authorize", "envisage", "approve", "fix", "adopt"}
)


def as_of(
    fig: Figure, path: list[Token], published: str | None, text: str = "", carried: str | None = None
) -> str | None:
    s = fig.sent
    measure = fig.measure or ""
    chain = _chain(fig, path)
    ids = {t.i: n for n, t in reversed(list(enumerate(chain)))}
    own: list[tuple[int, str]] = []
    reported: list[str] = []
    ranges = _ranges(fig, text)
    for d in s.dates:
        at = _attachment(fig, d)
        if at is None:
            continue
        if _when_of(fig, s.root(d.start, d.end)):
            own.append((0, ranges.get(d.start, d.value)))  # "the previous quarter, when 1,617 were killed"
            continue
        value = ranges.get(d.start, d.value)
        prefix = d.prefix
        if d.start in ranges:
            pass  # a period may end after publication ("between April and June", in June)
        elif not _before_pub(value, published) and _past_clause(fig) and d.relative is not False:
            value = _year_back(value)  # "by the end of March, the force had 1,500": this March
        if (
            measure in ("personnel.target",)
            and prefix not in ("until", "through", "till", "from", "by", "as of")
            and (
                at.lemma_.lower() in CREATION
                and _before_pub(value, published)
                and at.i not in {fig.pred.i if fig.pred else -1}
            )
        ):
            continue  # "a ceiling of 15,000 set in 2006": still the ceiling today
        if prefix in ("since",) or (prefix == "from" and measure not in RANGE_OK):
            continue
        if prefix in ("until", "through", "till") and measure not in RANGE_OK:
            continue
        if not _before_pub(value, published) and measure not in FUTURE_OK and d.start not in ranges:
            continue
        if at.i in ids:
            own.append((ids[at.i], value))
            continue
        via = _through_a_noun(at, ids) if (at.lemma_.lower() in OCCASIONS or d.start in ranges) else None
        if via is not None:  # "At a meeting in December, Chad offered 1,500"; "in violence between …"
            own.append((via, value))
            continue
        if ("report" in classes_of(at) and _governs(at, fig)) or _a_source(at):
            reported.append(value)  # "the IOM said on Monday"; "according to the IOM's October count"
    if own:
        own.sort(key=lambda x: x[0])
        return own[0][1]
    for value in reported:
        if _before_pub(value, published):
            return value
    return carried or published


# nouns of an occasion whose date is the date of what was done at it, and of the events a toll is
# told with ("injured in an ambush near Agok on 2 August": the event's day is the toll's)
OCCASIONS = EVENT_NOUNS | frozenset({
    "meeting", "conference", "summit", "session", "visit", "talks", "debate", "ceremony", "briefing",
    "hearing", "sitting", "violence", "fighting", "clash", "attack", "period",
})  # fmt: skip


def _through_a_noun(noun: Token, ids: dict[int, int]) -> int | None:
    """The figure's chain reached from a dated noun through at most two prepositional phrases ("At
    a force-generation meeting in December, … offered"; "killed in acts of violence between January
    and March"): the place in the chain it hangs on."""
    t = noun
    for _ in range(2):
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            return None
        gov = t.head.head
        if gov.i in ids:
            return ids[gov.i]
        if gov.pos_ != "NOUN":
            return None
        t = gov
    return None


def _past_clause(fig: Figure) -> bool:
    p = fig.pred
    return p is not None and (p.tag_ == "VBD" or any(a.lower_ in ("had", "was", "were") for a in p.children))


def _year_back(value: str) -> str:
    try:
        return f"{int(value[:4]) - 1:04d}{value[4:]}"
    except ValueError:
        return value


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
