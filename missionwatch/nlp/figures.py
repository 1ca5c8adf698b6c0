"""Figures: which numbers of a sentence are facts, and which measure each states.

A figure's *family* comes from its unit and noun (persons, money, percent); within its family the
nearest non-negated cue word of ``patterns/measures.json`` decides the measure; figures
coordinated with a typed one ("20 soldiers and four police officers", "$241m (Ksh 36.5bn)") inherit
its measure. Who and when are decided in ``attribution.py``.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from missionwatch.nlp.attribution import (
    _FACTUAL,
    _as_of,
)
from missionwatch.nlp.context import (
    Context,
    Fig,
    Raw,
    Sent,
    _cue_regexes,
    _is_led,
    _lex,
    _mission_near,
    _negated,
    _noun_re,
    _people_only,
    literal_heads,
)
from missionwatch.nlp.numbers import Quantity

# ---------------------------------------------------------------------------------------------
# figures


_STOP = re.compile(
    r"^(?:to|in|on|at|by|for|with|will|would|have|has|had|are|is|was|were|who|that|which|"
    r"be|been|per|than|as|from|into|a|an|under|over|across|since|after|before)$",
    re.I,
)


_MODIFIED_HEAD = re.compile(
    r"[\s-]+(?:contributors?|contributing|countries|nations|states|units?|battalions?|companies|"
    r"contingents|detachments?|rotations?|bases?|camps?|convoys?|posts?|stations?|vehicles?|"
    r"academy|academies|schools?|colleges?|ranks?)\b",
    re.I,
)


_WORDS = re.compile(r"[\w'’-]+|[^\w\s]")
_WORD = re.compile(r"[\w'’-]+$")
_LOWER_WORD = re.compile(r"[a-z][\w-]*$")
_NOT_PERSONS = re.compile(
    r"(?:months?|years?|days?|weeks?|hours?|countries|nations|states|times|percent|per)$"
)


@cache
def _spaced_noun_re() -> re.Pattern[str]:
    """A person noun after spaces (``_noun_re`` compiled once more, not per call)."""
    return re.compile(r"\s+" + _noun_re().pattern, re.I)


def _find_noun(text: str, q: Quantity) -> tuple[str | None, int, str]:
    """The person noun after a figure (within a few words) and the words between.

    Coordinated nouns extend it ("uniformed military and police officers", "police and soldiers");
    any other word after a noun ends it.
    """
    if "compound" in q.extras:
        # "a 200-strong Salvadoran unit": the noun may follow the compound
        tail = re.match(r"^(\s+(?:[A-Z][\w-]*\s+){0,2})", text[q.end : q.end + 60])
        nm = _noun_re().match(text, q.end + len(tail.group(1))) if tail else None
        if nm:
            return nm.group(1), nm.end(), tail.group(1).strip() if tail else ""
        return str(q.extras["compound"]), q.end, ""
    after = text[q.end : q.end + 90]
    words = list(_WORDS.finditer(after))
    mods: list[str] = []
    found: tuple[str, int] | None = None
    i = 0
    while i < len(words) and i < 9:
        w = words[i].group(0)
        low = w.lower()
        m = _noun_re().match(after, words[i].start())
        if m and m.end() < words[i].end():
            m = None  # "troop" of "troop-contributing countries": a modifier, the head comes later
        head = _MODIFIED_HEAD.match(after, m.end()) if m else None
        if head and not _spaced_noun_re().match(after[head.end() :]):
            break  # "two troop contributors", "three police units": the noun modifies a non-person head
        if m:
            found = (m.group(1), q.end + m.end())
            mods.append(m.group(1))
            # A noun may end inside a word ("troop" in "troop-contributing"): always move on.
            i += 1
            while i < len(words) and words[i].end() <= m.end():
                i += 1
            continue
        if found is not None:
            if low in ("and", "or"):
                mods.append(w)
                i += 1
                continue
            if mods and mods[-1].lower() in ("and", "or") and _LOWER_WORD.match(w) and not _STOP.match(low):
                mods.append(w)  # "military and police officers": a modifier before the next noun
                i += 1
                continue
            break
        if not _WORD.match(w) and w not in ("-",):
            break
        if (
            low == "of"
            and i + 1 < len(words)
            and words[i + 1].group(0).lower() in ("its", "their", "the", "his", "her", "them")
        ):
            mods.extend([w, words[i + 1].group(0)])
            i += 2
            continue
        if low in ("its", "their", "his", "her", "the", "this", "that", "these", "those"):
            break  # "2,500 and keeps its police ceiling": a new phrase, not the figure's noun
        if _STOP.match(low) and low not in ("and",):
            break
        if _NOT_PERSONS.match(low):
            break
        mods.append(w)
        i += 1
    if found is None:
        return None, 0, ""
    while mods and mods[-1].lower() in ("and", "or"):
        mods.pop()
    return found[0], found[1], " ".join(mods)


_BARE_BEFORE = re.compile(
    r"\b(?:commitment|pledge|contingent|force|strength|total|team|group|ceiling|cap|target|goal|"
    r"deployment|offer|number|toll|tally)s?\s+(?:of\s+)?(?:\w+\s+)?$",
    re.I,
)
_BARE_AFTER = re.compile(
    r"^\s*(?:of them|of whom|(?:have|has|had|are|were|was|is|will|would)\b|"
    r"(?:killed|kidnapped|injured|wounded|dead|displaced|abducted|missing)\b)",
    re.I,
)


_NUM_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|hundred|a thousand)"
_RATIO = re.compile(rf"^\s+(?:in|out\s+of)\s+(?:every\s+)?{_NUM_WORD}\b", re.I)
_RATIO_BEFORE = re.compile(rf"\b{_NUM_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)
_POPULATION = re.compile(
    r"\bpopulations?\s+(?:of|is|was|stands at|totals|numbers)\s+(?:(?:some|about|around|roughly|nearly|"
    r"almost|over|more than|just over|just under|close to|an estimated|approximately)\s+)*$",
    re.I,
)


# after "the N" with no noun: a relative clause or a participle, as in "the 2,500 (that) the Council
# authorised", "the 5,000 envisaged", "the 900 it promised"
_ELLIPSIS_AFTER = re.compile(
    r"^\s+(?:that|which|(?:the|its|their)\s+(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z][\w-]*|council|government|mission|"
    r"force|resolution|mandate|plan)\s+(?:had\s+|has\s+|was\s+|were\s+)?[a-z]+(?:ed|t|n)\b|"
    r"(?:it|they|he|she|we)\s+|(?:originally\s+|initially\s+|once\s+)?(?:envisaged|envisioned|planned|"
    r"authori[sz]ed|promised|pledged|foreseen|sought|requested|approved|mandated|expected|intended)\b)",
)


# How far the rules of ``_figures`` read either side of a figure (the longest reaches 60 characters
# back; a window, not the sentence: the rules anchored at its end try every position of it).
_REACH_BACK = 60
_REACH = 200
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBERED = re.compile(
    r"(?:resolution|res\.|S/RES/|No\.|Chapter|article|session|flight|aged?|\b(?:the|a|its)\s+number)\s*$",
    re.I,
)
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s*$")
_COMMA = re.compile(r"^\s*,")
_THE = re.compile(r"\bthe\s+$")
_NUMBERED_ENDS = (
    "resolution",
    "res.",
    "s/res/",
    "no.",
    "chapter",
    "article",
    "session",
    "flight",
    "age",
    "aged",
    "number",
)
_NON_SPACE = re.compile(r"\S")


def _next_word_at(text: str, pos: int, end: int) -> int:
    """Where the first non-space character at or after ``pos`` is (``end`` if none before it)."""
    m = _NON_SPACE.search(text, pos, end)
    return m.start() if m else end


def _prev_word_end(text: str, pos: int, start: int) -> int:
    """Where the run of spaces that ends at ``pos`` begins (``pos`` when none)."""
    i = pos
    while i > start and text[i - 1].isspace():
        i -= 1
    return i


def _figures(ctx: Context, s: Sent) -> list[Fig]:
    """The figures of a sentence worth typing: money, percentages, and numbers with a person noun (or bare
    numbers where syntax vouches for them), never years, ages, times or dates."""
    text = ctx.text
    out: list[Fig] = []
    money_context: bool | None = None  # the sentence speaks of funding (read once per sentence)
    for q in s.quants:
        if any(d.start <= q.start < d.end or q.start <= d.start < q.end for d in s.dates):
            continue  # the 25 of "on 25 January": part of a date
        if q.unit and q.unit not in ("percent", "persons"):
            if money_context is None:
                money_context = bool(re.search(_lex()["money_context"], s.text, re.I)) or any(
                    e.label == "MISSION" for e in s.ents
                )
            if money_context:
                out.append(Fig(q, s, "money"))  # not the price of a bag of rice
            continue
        if q.unit == "percent":
            out.append(Fig(q, s, "percent"))
            continue
        # the stretch of sentence either side, bounded: every rule below reads a few words next to
        # the figure, and slicing to the sentence's ends made a long sentence quadratic
        before = text[max(s.start, q.start - _REACH_BACK) : q.start]
        after = text[q.end : min(s.end, q.end + _REACH)]
        # years, resolution numbers, ages and times are not figures of persons
        if not q.written and _YEAR.fullmatch(q.text):
            continue
        # (each rule anchored at the end of ``before`` first asks, cheaply, whether its last word is there)
        tail = before.rstrip()
        low_tail = tail.lower()
        if low_tail.endswith(_NUMBERED_ENDS) and _NUMBERED.search(before):
            continue
        if tail.endswith(",") and _NAME_COMMA.search(before) and _COMMA.match(after):
            continue  # "Garry Joseph, 55, …": an age
        if _RATIO.match(after) or (low_tail.endswith(("in", "of", "every")) and _RATIO_BEFORE.search(before)):
            continue  # "one in four", "three out of every ten": a proportion, not a count
        if "population" in low_tail and _POPULATION.search(before[-60:]):
            continue  # "a population of some 11.9 million": the whole population, no measure
        noun, noun_end, mods = _find_noun(text, q)
        nxt = _next_word_at(text, q.end, s.end)  # "three Malawians": a demonym right after the figure
        demonyms = [
            e
            for e in s.ents
            if e.label == "COUNTRY" and e.start == nxt and nxt > q.end and e.text.endswith("ns")
        ]
        if noun is None and demonyms and not q.unit:
            out.append(Fig(q, s, "persons", demonyms[0].text, demonyms[0].end, ""))  # "three Malawians"
            continue
        if noun is None:
            if q.extras.get("article"):
                continue
            if re.match(r"^\s*(?:of the|of those|of its|of their)\b", after, re.I) and q.value == 1:
                continue
            elliptic = bool(
                tail.endswith("the")
                and _THE.search(before[-20:])
                and _ELLIPSIS_AFTER.match(after)
                and any(f.family == "persons" and f.noun for f in out)
            )  # "well below the 15,000 the Council authorised": the noun of the figure before
            bare_ok = bool(
                _BARE_BEFORE.search(before[-60:])
                or _BARE_AFTER.match(after)
                or re.search(r"(?:million|billion)$", q.text, re.I)
                or elliptic
            )
            if isinstance(q.value, float) and not q.value.is_integer():
                continue
            if re.match(r"^\s*(?:of the|of their)\b", after, re.I):
                continue
            if q.value < 10 and not bare_ok:
                continue
            nxt_word = re.match(r"^\s+([a-z][\w-]*)", after)
            prev_end = _prev_word_end(text, q.start, s.start)
            after_country = any(
                e.label == "COUNTRY" and e.end == prev_end and e.end < q.start for e in s.ents
            )
            if after_country and out:
                out.append(Fig(q, s, "persons", None, q.end, "", bare=True))  # "…, Guatemala 150 and …"
                continue
            if (
                nxt_word
                and not elliptic
                and not re.search(r"(?:million|billion)$", q.text, re.I)  # "5.7 million face hunger"
                and not re.match(r"^\s+(?:and|or|to)\s+(?:\w+\s+)?\d", after)  # "between 13,000 and 14,000"
                and not re.match(r"^\s+(?:it|they|he|she|we)\s+\w+", after)  # "the 78 it promised"
                and not _BARE_AFTER.match(after)
                and nxt_word.group(1) not in ("more", "extra", "additional")
                and not nxt_word.group(1).endswith("ly")
                and not _STOP.match(nxt_word.group(1))
                and nxt_word.group(1) not in ("and", "or", "but", "while", "whereas")
                and not (
                    _BARE_BEFORE.search(before[-60:])
                    and re.fullmatch(
                        r"(?:remains?|stands?|applies|holds?|stays?|continues?|lasts?|\w{3,}ed)",
                        nxt_word.group(1),
                    )
                )  # "a ceiling of 15,000 remains in place": a verb, not another noun
            ):
                continue  # "ten countries", "six core tasks": some other noun follows
            out.append(Fig(q, s, "persons", None, q.end, "", bare=True, near_only=not bare_ok))
            continue
        if "compound" not in q.extras and noun.lower() in (
            "unit",
            "units",
            "battalion",
            "battalions",
            "contingent",
            "contingents",
            "detachment",
        ):
            continue  # "one formed police unit" counts units, not persons
        out.append(Fig(q, s, "persons", noun, noun_end, mods))
    # "a police officer" coordinated after a persons figure: one person
    for m in re.finditer(r"\band (?:a|an|one) (?=[\w-]+\s?[\w-]*)", text[s.start : s.end]):
        pos = s.start + m.end()
        nm = _noun_re().match(text, pos) or re.match(
            r"[\w-]+ (" + _noun_re().pattern[3:-3] + r")\b", text[pos : pos + 40], re.I
        )
        if not nm:
            continue
        nm_end = nm.end() if nm.re is _noun_re() else pos + nm.end()
        if re.match(r"\s+(?:units?|battalions?|contingents?|detachments?)\b", text[nm_end : nm_end + 16]):
            continue  # "and one formed police unit": a unit, not a person
        prev = [f for f in out if f.family == "persons" and f.noun_end and f.noun_end <= s.start + m.start()]
        if not prev or s.start + m.start() - prev[-1].noun_end > 2:
            continue
        q = Quantity(
            s.start + m.end() - 2, s.start + m.end() - 1, 1, text=m.group(0).split()[1], written=True
        )
        q.start = s.start + m.start() + 4
        q.end = q.start + len(q.text)
        end = nm.end() if nm.re is _noun_re() else pos + nm.end()
        out.append(Fig(q, s, "persons", nm.group(1), end, "", bare=False))
    out.sort(key=lambda f: f.q.start)
    return out


def _mission_or_country_before(ctx: Context, s: Sent, pos: int) -> bool:
    """A mission (named or "the force"/"the mission") or a country is the subject of a verb at ``pos``."""
    before = ctx.text[max(s.start, pos - 100) : pos]
    if re.search(r"\b(?:mission|force|operation|MSS|GSF|contingent)\b[^.;]*$", before, re.I):
        return True
    return any(
        e.label in ("MISSION", "COUNTRY") and e.end <= pos and pos - e.end < 40 and not _is_led(ctx, e)
        for e in s.ents
    )


# "had to withdraw", "was forced to leave", "managed to repatriate": a past verb before "to" says the
# act was done
_DONE_TO = (
    r"\b(?:had|was forced|were forced|was obliged|were obliged|managed|began|started|went on|"
    r"continued|proceeded)\s+to\s+(?:be\s+)?$"
)


@cache
def _cue_heads(family: str) -> tuple[frozenset[int], list[tuple[str, frozenset[int]]]]:
    """The cues of ``_cue_regexes()[family]`` by their opening words (``context.literal_heads``): the
    indices of the cues that have none to test, and each opening word with the cues it opens."""
    always: set[int] = set()
    by_head: dict[str, set[int]] = {}
    for i, (_, rx, _) in enumerate(_cue_regexes()[family]):
        heads = literal_heads(rx.pattern)
        if heads is None:
            always.add(i)
        else:
            for h in heads:
                by_head.setdefault(h, set()).add(i)
    return frozenset(always), [(h, frozenset(cues)) for h, cues in by_head.items()]


def _cues(ctx: Context, fig: Fig, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """Cue words of the figure's family between its neighbours, minus negated ones ("not yet disbursed")
    and past-tense measures in the future ("would be withdrawn")."""
    text = ctx.text
    seg = text[lo:hi]
    folded = seg.casefold()
    found: list[tuple[int, int, str, bool]] = []
    always, by_head = _cue_heads(fig.family)
    # the cues whose opening words are there (one substring test per word, not a regex per cue)
    present = always.union(*(cues for head, cues in by_head if head in folded))
    for i, (measure, rx, strong) in enumerate(_cue_regexes()[fig.family]):
        if i not in present:
            continue
        if (
            fig.family == "persons"
            and fig.noun
            and fig.noun.lower() in _people_only()
            and measure.startswith("personnel.")
        ):
            continue
        for m in rx.finditer(seg):
            a, b = lo + m.start(), lo + m.end()
            inside = a < fig.q.start and b >= fig.q.end  # "put $63 million into": the cue wraps the figure
            if a < fig.q.end and b > fig.q.start and not inside:
                continue
            if _negated(text, a):
                continue
            if (
                measure in _FACTUAL
                and re.search(
                    r"\b(?:will|would|to|shall)\s+(?:be\s+|have\s+been\s+)?$", text[max(0, a - 20) : a]
                )
                and not re.search(_DONE_TO, text[max(0, a - 40) : a], re.I)
                and not re.match(r"(?:remain|stay)", m.group(0), re.I)  # "will stay": they are there now
            ):
                continue  # "would be withdrawn": not yet a fact of that kind
            if re.fullmatch(
                r"(?:has|have|had|numbers|numbered|counts|counted|totals|totall?ed|comprises|fields)",
                m.group(0),
                re.I,
            ) and not (_mission_or_country_before(ctx, fig.sent, a)):
                continue  # "the coalition has 1,500 members": only a mission or a country "has" its troops
            found.append((a, b, measure, strong))
    returns = [c for c in found if c[2] == "personnel.returned"]
    found = [
        c
        for c in found
        if not (
            c[2] == "personnel.deployed"
            and text[c[0] : c[1]].lower().startswith("remain")
            and any(0 <= c[0] - r[1] <= 25 for r in returns)
        )  # "withdrew its remaining troops": the verb says what happened to them
    ]
    # the longer of two overlapping cues wins ("promised contingent" over "contingent")
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for c in found:
        if any(c[0] >= k[0] and c[1] <= k[1] and (c[0], c[1]) != (k[0], k[1]) for k in found):
            continue
        kept.append(c)
    return kept


def _distance(fig: Fig, cue: tuple[int, int, str, bool], text: str | None = None) -> int:
    """Characters between a figure (with its noun and qualifier) and a cue; each comma, colon or
    bracket between them counts extra, since a cue across a clause boundary binds less."""
    right = fig.noun_end or fig.q.end
    left = fig.q.start
    if fig.q.qualifier_cue and text is not None:
        cue_at = text.rfind(fig.q.qualifier_cue, max(0, left - 40), left)
        if cue_at >= 0 and fig.q.qualifier_cue != "or more":
            left = cue_at
    gap = (
        text[right : cue[0]]
        if (text is not None and cue[0] >= fig.q.end)
        else (text[cue[1] : left] if text is not None else "")
    )
    penalty = 15 * len(re.findall(r"[,;:()–—]", gap))
    if cue[0] >= fig.q.end:
        return max(0, cue[0] - right) + penalty
    return max(0, left - cue[1]) + penalty


def _choose(
    fig: Fig,
    cues: list[tuple[int, int, str, bool]],
    used: set[tuple[int, int]] | None = None,
    text: str | None = None,
) -> tuple[int, int, str, bool] | None:
    fresh = [c for c in cues if (c[0], c[1]) not in (used or set())]
    if fresh and any(c[3] for c in fresh):
        cues = fresh
    strong = [c for c in cues if c[3]]
    pool = strong or cues
    if not pool:
        return None
    return min(pool, key=lambda c: (_distance(fig, c, text), c[0] < fig.q.start))


_COORD_RE = re.compile(  # what may stand between two coordinated figures (", and another", "plus")
    r"^\s*(?:,|and|plus|:|;|-|–|—|\(|or|as well as|including|,\s*or|,\s*and|another|a further|\s)*\s*$", re.I
)


def _coordinated(ctx: Context, prev: Fig | None, fig: Fig) -> bool:
    """True when only "and", "plus", a comma, a colon or a bracket separate this figure from the previous
    typed one."""
    if prev is None or prev.measure is None or prev.family != fig.family:
        return False
    gap = ctx.text[(prev.noun_end or prev.q.end) : fig.q.start]
    for e in fig.sent.ents:
        if (
            e.label == "COUNTRY"
            and e.end <= fig.q.start
            and re.fullmatch(r"\s+", ctx.text[e.end : fig.q.start])
        ):
            gap = ctx.text[(prev.noun_end or prev.q.end) : e.start]  # "200 troops, Guatemala 150"
    if fig.q.qualifier_cue:
        gap = re.sub(rf"{re.escape(fig.q.qualifier_cue)}\s*$", "", gap, flags=re.I)
    return bool(_COORD_RE.match(gap)) and len(gap) < 25


_HOMECOMING = re.compile(
    r"\b(?:pulled out|pull-?out|withdr[ae]wn?|withdrawal|withdrawing|repatriat\w*|homecoming|"
    r"left the country|"
    r"(?:came|coming|flew|flown|went|sent|brought|returned|returning|back) home|rotated (?:out|home)|"
    r"(?:ending|ended|completing|completed|concluding|concluded|at the end of|after) "
    r"(?:a |an |their |its |his |her )?(?:[\w-]+ ){0,2}(?:tour|rotation|stint|assignment|deployment))\b",
    re.I,
)


def _homecoming(ctx: Context, s: Sent) -> bool:
    """An arrival that is a return home: the sentence (or the one before, when this one names no
    place in the mission's host country and no replacement) says the troops withdrew or ended a tour.

    "landed at Jomo Kenyatta airport, ending a year-long tour"; "soldiers pulled out of Congo
    arrived in Pretoria. A group of 120 troops landed at Waterkloof".
    """
    if _HOMECOMING.search(s.text):
        return True
    if s.index == 0 or re.search(r"\b(?:replacements?|reliev\w*|fresh|new)\b", s.text, re.I):
        return False
    if any(
        (e.label == "PLACE" and (len(e.code) != 3 or e.code in ctx.host))
        or (e.label == "COUNTRY" and e.code in ctx.host)
        for e in s.ents
    ):
        return False  # (a place abroad, a contributor's own airport, does not make it an arrival)
    prev = ctx.sents[s.index - 1]
    return not prev.headline and bool(_HOMECOMING.search(prev.text))


def _list_item_measure(ctx: Context, s: Sent, fig: Fig) -> str | None:
    """A bulleted or tabulated item "Kenya: 396 officers" has no verb: its measure comes from the heading
    line ending in a colon above it (a cue there), else it is a count of personnel on the ground."""
    if fig.family != "persons" or not fig.noun:
        return None
    head = ctx.text[s.start : fig.q.start]
    if not any(
        e.label == "COUNTRY" and re.fullmatch(r"\s*(?:[-•*–—]\s*)?", ctx.text[s.start : e.start])
        for e in s.ents
    ) or not re.search(r"[:–—]\s*(?:(?:about|some|around|nearly|more than|over|up to)\s+)?$", head):
        return None
    for i in range(s.index - 1, max(-1, s.index - 10), -1):
        prev = ctx.sents[i]
        if prev.text.rstrip().endswith(":"):
            for measure, rx, _strong in _cue_regexes()["persons"]:
                if measure.startswith("personnel.") and rx.search(prev.text):
                    return measure
            break
    return "personnel.deployed"


def _type_figures(ctx: Context, s: Sent, figs: list[Fig]) -> None:
    """Give each figure of a sentence its measure: partitive and elliptical figures inherit, coordinated
    ones inherit unless their own cue is right there, the rest take the nearest cue."""
    _type_figures_by_cue(ctx, s, figs)
    _range_bounds(ctx, figs)


def _range_bounds(ctx: Context, figs: list[Fig]) -> None:
    """ "between 100,000 and 110,000 people have fled": the lower bound is the same figure as the upper
    one, so it takes the upper one's noun and measure (not a cue earlier in the sentence)."""
    for low, high in pairwise(figs):
        if (
            low.q.qualifier_cue == "between"
            and high.q.qualifier_cue == "between … and"
            and low.family == high.family
            and high.measure
            and re.fullmatch(
                r"\s+and\s+(?:some\s+|about\s+|around\s+|roughly\s+)?", ctx.text[low.q.end : high.q.start]
            )
        ):
            low.measure, low.cue = high.measure, high.cue
            low.noun = low.noun or high.noun
            low.noun_end = max(low.noun_end, high.noun_end)


@cache
def _combined_cues() -> list[tuple[str, re.Pattern[str]]]:
    """The ``combined`` phrases of the lexicon (casefolded, for a substring test) and their regexes."""
    return [(c.casefold(), re.compile(re.escape(c), re.I)) for c in _lex()["combined"]]


def _type_figures_by_cue(ctx: Context, s: Sent, figs: list[Fig]) -> None:
    text = ctx.text
    seg = text[s.start : s.end]
    folded = seg.casefold()
    combined = [m.span() for c, rx in _combined_cues() if c in folded for m in rx.finditer(seg)]
    by_family: dict[str, list[Fig]] = {}
    for f in figs:
        by_family.setdefault(f.family, []).append(f)
    for fam_figs in by_family.values():
        used: set[tuple[int, int]] = set()
        for i, fig in enumerate(fam_figs):
            prev = fam_figs[i - 1] if i else None
            nxt = fam_figs[i + 1] if i + 1 < len(fam_figs) else None
            lo = (prev.noun_end or prev.q.end) if prev else s.start
            hi = nxt.q.start if nxt else s.end
            after_noun = text[(fig.noun_end or fig.q.end) : hi]
            if fig.family == "persons" and any(
                s.start + a >= (fig.noun_end or fig.q.end) - 1
                and s.start + a - (fig.noun_end or fig.q.end) < 25
                for a, _ in combined
            ):
                continue  # "killed or injured": no single measure
            if re.match(r"^\s*(?:,\s*)?of them\b", after_noun) and prev and prev.measure:
                fig.measure, fig.cue = prev.measure, prev.cue
                continue
            if (
                prev is not None
                and prev.measure
                and re.search(
                    r"(?:,|\band)\s+(?:then\s+)?(?:another|a further|a second)\s+$",
                    text[max(lo, fig.q.start - 30) : fig.q.start],
                )
            ):
                fig.measure, fig.cue, fig.coord_prev = (
                    prev.measure,
                    prev.cue,
                    prev,
                )  # "… and another 75 on Saturday"
                continue
            if fig.family == "persons" and re.search(
                r"^[^.;,]{0,25}\b(?:to|will|would)\s+(?:be\s+)?"
                r"(?:leave|withdraw\w*|depart|pull\w* out|go home|repatriated)\b",
                after_noun,
            ):
                rem = re.search(r"\bremaining\s+$", text[max(s.start, fig.q.start - 25) : fig.q.start], re.I)
                if rem:  # "the remaining 500 would be withdrawn": still there today
                    a = max(s.start, fig.q.start - 25) + rem.start()
                    fig.measure, fig.cue = "personnel.deployed", (a, a + 9, "personnel.deployed", True)
                continue  # "a further 4,000 are due to leave": a planned departure is no measure yet
            cues = _cues(ctx, fig, lo, hi)
            if (
                prev is not None
                and prev.measure
                and re.search(
                    r"\b(?:up|down|rising|falling|increas\w*|decreas\w*|rose|fell|climbed|dropped|compared)\s+"
                    r"(?:from|with|to)\s+(?:\S+\s+){0,2}$",
                    text[max(lo, fig.q.start - 40) : fig.q.start],
                )
            ):
                fig.measure, fig.cue, fig.coord_prev = prev.measure, prev.cue, prev  # "up from 1 million"
                fig.superseded = True
                continue
            if (
                prev is not None
                and prev.measure
                and fig.bare
                and re.search(
                    r"\bfrom\s+(?:\S+\s+){0,2}$", text[max(s.start, prev.q.start - 30) : prev.q.start]
                )
                and re.fullmatch(
                    r"\s+to\s+(?:(?:about|some|around|roughly|nearly|just|over|under|only)\s+)?",
                    text[(prev.noun_end or prev.q.end) : fig.q.start],
                )
            ):
                fig.measure, fig.cue, fig.coord_prev = (
                    prev.measure,
                    prev.cue,
                    prev,
                )  # "from 13,500 troops to 11,500"
                fig.noun = fig.noun or prev.noun
                fig.modifiers = fig.modifiers or prev.modifiers
                continue
            if _coordinated(ctx, prev, fig):
                near_after = [
                    c
                    for c in cues
                    if c[0] >= fig.q.end
                    and _distance(fig, c, text) < 25
                    and c[3]
                    and not re.search(r"[,;]", text[(fig.noun_end or fig.q.end) : c[0]])
                ]  # "5,500 personnel and 50 civilians, is due to …": the clause's verb, not the figure's
                if near_after:
                    fig.measure, fig.cue = near_after[0][2], near_after[0]
                else:
                    fig.measure, fig.cue = prev.measure, prev.cue  # type: ignore[union-attr]
                fig.coord_prev = prev
                if fig.q.qualifier_cue != "between … and":  # a range is one figure's bounds, not a split
                    fig.breakdown = prev.breakdown = True  # type: ignore[union-attr]
                continue
            c = _choose(fig, cues, used, text)
            if c is None:
                listed = _list_item_measure(ctx, s, fig)
                if listed:
                    fig.measure = listed  # "Kenya: 396 officers" under "Deployed so far:"
                continue
            if fig.bare and fig.family == "persons" and _distance(fig, c) > 60:
                continue
            if fig.near_only and not (_distance(fig, c) <= 25 and c[3]):
                continue  # a number with no noun counts only right after a strong cue ("rise to about 2,500")
            # vague counts only when the cue is in the main clause, not a relative one ("… who fled")
            if fig.q.rule and re.search(r"\b(?:who|that|which)\s+(?:\w+\s+)?$", text[lo : c[0]][-30:]):
                continue
            if c[2] == "personnel.target" and re.search(
                r"\b(?:army|armed forces|national police|police force|military)\s+"
                r"(?:\w+\s+){0,2}$",
                text[max(s.start, c[0] - 40) : c[0]],
                re.I,
            ):
                continue  # "the army would need 6,000 more soldiers": a national force, not the mission
            fig.measure, fig.cue = c[2], c
            used.add((c[0], c[1]))
            if (
                fig.measure == "personnel.deployed"
                and c[1] <= fig.q.start
                and re.fullmatch(
                    r"\s*(?:another|a further|an additional|an extra|some|about|nearly)?\s*",
                    text[c[1] : fig.q.start],
                )
                and re.search(r"(?:another|further|additional|extra)\s*$", text[c[1] : fig.q.start])
                and re.fullmatch(r"(?:deployed|sent|dispatched)", text[c[0] : c[1]], re.I)
            ):
                fig.measure = (
                    "personnel.arrived"  # "deployed another 144 officers last month": one more batch
                )
            if fig.measure == "personnel.arrived" and _homecoming(ctx, s):
                fig.measure = "personnel.returned"  # "landed in Nairobi, ending a year-long tour"
            if (
                fig.measure == "personnel.arrived"
                and re.search(r"\b(?:have|has|had)\s+(?:\w+\s+)?$", text[max(s.start, c[0] - 25) : c[0]])
                and not any(d.precision == "day" for d in s.dates)
            ):
                fig.measure = "personnel.deployed"  # "only 430 have arrived" is the running total


def _fig_claims(ctx: Context, f: Fig, others: list[tuple[int, int]] | None = None) -> list[Raw]:
    """The raw claims of one typed figure (one per country for "each"), with qualifier, mission and as_of."""
    q = f.q
    m = f.measure or ""
    unit = q.unit if f.family != "persons" else "persons"
    qual, cue = q.qualifier, q.qualifier_cue
    if q.rule and qual == "exact":
        qual, cue = "at_least", q.text
    if m == "personnel.target" and qual == "exact" and f.coord_prev is not None and not f.superseded:
        root, hops = f.coord_prev, 0
        while root.q.qualifier != "at_most" and root.coord_prev is not None and hops < 20:
            root, hops = root.coord_prev, hops + 1  # "up to" distributes over the whole list
        if root.q.qualifier == "at_most":
            qual, cue = "at_most", root.q.qualifier_cue  # "up to 14,400 military and 3,020 police"
    if f.cue and m == "personnel.target" and qual == "exact":
        window = ctx.text[max(0, f.cue[0] - 15) : f.cue[1]].lower()  # "authorised strength of"
        for k, v in _lex()["persons"]["personnel.target"].get("implies", {}).items():
            if re.search(rf"\b{re.escape(k)}", window):
                qual, cue = v, ctx.text[f.cue[0] : f.cue[1]]
                break
    humanitarian = f.family == "money" and re.search(
        r"\bhumanitarian\b", ctx.text[max(f.sent.start, q.start - 80) : q.end + 60], re.I
    )
    situation = m in ("killed", "injured", "kidnapped", "displaced", "people_in_need", "gang_control")
    # a humanitarian appeal is the country's, not the mission's
    mission = None if situation or humanitarian else _mission_near(ctx, f.sent, q.start)
    own = ctx.led.get(f.subject or "")
    named_here = {e.code for e in f.sent.ents if e.label == "MISSION"}
    if mission and own and ctx.related.get(mission) == own and (not named_here or own in named_here):
        mission = own  # in a handover story, the lead nation's officers belong to the mission it leads
    # a definite reference to a figure already given ("the 600 extra officers") is a repeat
    if (
        re.search(
            r"\b(?:the|these|those)\s+(?:\w+\s+)?$", ctx.text[max(f.sent.start, q.start - 20) : q.start], re.I
        )
        and not q.qualifier_cue
        and f.coord_prev is None
    ):
        f_conf = 0.6
    else:
        f_conf = 0.8
    start = min(q.start, f.cue[0]) if f.cue else q.start
    end = max(f.noun_end or q.end, f.cue[1] if f.cue else q.end)
    raw = Raw(
        m,
        q.value,
        start,
        end,
        f.sent,
        subject=f.subject,
        mission=mission,
        unit=unit,
        qualifier=qual,
        qualifier_cue=cue,
        as_of=_as_of(ctx, f, others),
        rule=q.rule,
        confidence=f_conf,
        attrs={"figure": [q.start, q.end], "noun": f.noun},
    )
    if f.superseded:
        raw.attrs["superseded"] = True
    out = [raw]
    if f.list_subject and m.startswith("funding."):
        status = "pledged" if m == "funding.pledged" else "paid" if m == "funding.contributed" else None
        if status:
            for code in f.list_subject:
                out.append(
                    Raw(
                        "donor",
                        status,
                        start,
                        end,
                        f.sent,
                        subject=code,
                        mission=mission,
                        as_of=raw.as_of,
                        confidence=0.7,
                    )
                )
    return out
