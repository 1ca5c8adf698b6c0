"""Typing a document: the entry point that runs the figure and decision rules sentence by sentence.

Works on plain views of the document (``context.Sent``: sentences with their entities, figures and
dates as character offsets) so that the rules are spaCy-free and testable; the ``mw_measures``
component builds the views from the Doc and hands the raw claims back to it. Repeats are dropped
here, per article.
"""

from __future__ import annotations

import re
from typing import Any

from missionwatch.nlp import kbglue
from missionwatch.nlp.attribution import (
    _subject,
)
from missionwatch.nlp.context import (
    Context,
    Fig,
    Raw,
    Sent,
    _doc_context,
)
from missionwatch.nlp.dates import month_end, parse_iso
from missionwatch.nlp.decisions import (
    _council,
    _leads,
    _resolutions,
    _statuses,
)
from missionwatch.nlp.figures import (
    _fig_claims,
    _figures,
    _type_figures,
)

# ---------------------------------------------------------------------------------------------
# entry point


def type_document(text: str, sents: list[Sent], published: str | None) -> list[Raw]:
    """Every raw claim of the document, in text order, repeats removed."""
    ctx = _doc_context(text, sents, published)
    out: list[Raw] = []
    body = [s for s in sents if not s.headline]
    for s in sents:
        if s.headline:
            _leads(ctx, s, out)  # "Kenya-led mission" in a headline is a fact, not a figure
    for i, s in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        _council(ctx, s, nxt, out)
        _leads(ctx, s, out)
        figs = _figures(ctx, s)
        _type_figures(ctx, s, figs)
        part_of = _partitive_of_previous(ctx, s, figs, out)
        _total_of_previous(ctx, s, figs, out)
        last_start: dict[str, int] = {}
        typed = [f for f in figs if f.measure]
        for f in figs:
            spans = [
                (o.q.start, o.noun_end or o.q.end) for o in typed if o is not f and not _same_group(o, f)
            ]
            if f.measure is None:
                continue
            _subject(ctx, f, last_start.get(f.family, -1))
            if (f.measure or "").startswith(("personnel.", "funding.")):
                last_start[f.family] = f.noun_end or f.q.end  # a casualty count takes no country
            if f.each:
                for code in f.each:
                    f.subject = code
                    out.extend(_fig_claims(ctx, f, spans))
                continue
            raws = _fig_claims(ctx, f, spans)
            if part_of is not None and part_of[0] is f and not s.dates:
                for r in raws:
                    r.as_of = part_of[1].as_of  # a part of that count, at its date
            out.extend(raws)
        _statuses(ctx, s, figs, out)
    _backfill_resolution(ctx, out)
    _reporting_period(ctx, out)
    return _dedupe(out)


_PERSON_MEASURES = ("killed", "injured", "kidnapped", "displaced", "people_in_need")


_TOTAL_OPENING = re.compile(
    r"^\W*(?:The|That|This|Its|Their|The\s+overall|The\s+same)\s+(?:[a-z]+\s+)?(?:total|figure|number|count|tally|toll|"
    r"caseload)s?\s+(?:had\s+|has\s+)?(?:stood|stands|was|is|rose|climbed|reached|hit|fell|dropped|had\s+been|"
    r"has\s+been|grew|jumped|increased|decreased|declined)\b",
)


def _total_of_previous(ctx: Context, s: Sent, figs: list[Fig], out: list[Raw]) -> None:
    """ "1.41 million people have been displaced. The total stood at 1.3 million in June": a sentence
    opening on "the total" (figure, number, toll) restates the previous sentence's humanitarian count
    at other dates, so its untyped counts take that measure."""
    if not out or not (0 < s.index - out[-1].sent.index <= 2) or out[-1].measure not in _PERSON_MEASURES:
        return
    opening = _TOTAL_OPENING.match(s.text)
    if not opening:
        return
    for f in figs:
        own_cue = f.cue is not None and f.cue[0] >= s.start + opening.end()
        if f.family == "persons" and (f.measure is None or not own_cue):
            f.measure = out[-1].measure
            if f.subject is None:
                f.subject = out[-1].subject


def _partitive_of_previous(ctx: Context, s: Sent, figs: list[Fig], out: list[Raw]) -> tuple[Fig, Raw] | None:
    """ "1.3 million people were displaced. More than 230,000 of them were in the Centre": a
    partitive opening a sentence counts part of the previous sentence's last figure, so it takes
    that measure (humanitarian counts only: a part of a contingent says nothing new)."""
    if not out or out[-1].sent.index != s.index - 1 or out[-1].measure not in _PERSON_MEASURES:
        return None
    for i, f in enumerate(figs):
        if f.family != "persons" or f.measure is not None or any(g.family == "persons" for g in figs[:i]):
            continue
        if re.match(r"\s*(?:,\s*)?of\s+(?:them|whom|those)\b", ctx.text[(f.noun_end or f.q.end) : s.end]):
            f.measure = out[-1].measure
            return f, out[-1]
        return None
    return None


_EVENTS = frozenset({"personnel.arrived", "personnel.returned", "killed", "injured", "kidnapped"})


def _same_group(a: Fig, b: Fig) -> bool:
    """Coordinated figures ("two journalists and a police officer") share their dates."""

    def root(f: Fig) -> Fig:
        seen: set[int] = set()  # coord_prev points backwards; the guard keeps a bad link from looping
        while f.coord_prev is not None and not f.superseded and id(f) not in seen:
            seen.add(id(f))
            f = f.coord_prev
        return f

    return root(a) is root(b)


_FLOWS = ("killed", "injured", "kidnapped")


def _reporting_period(ctx: Context, out: list[Raw]) -> None:
    """Casualty counts of a report share its period: after "5,600 killed last year", "it also counted
    2,200 injured" is last year's too. Only counts (killed, injured, kidnapped), not stocks such as
    the displaced; only a period (a month, or a period's last day), not a single day's event."""
    period: str | None = None
    for r in out:
        if r.measure not in _FLOWS or r.attrs.get("superseded"):
            continue
        own = r.as_of and r.as_of != ctx.published
        if own and period is None and _is_period(r.as_of or ""):
            period = r.as_of
        elif not own and period is not None:
            r.as_of = period
            r.attrs["as_of_from"] = "reporting period"


def _is_period(value: str) -> bool:
    if re.fullmatch(r"\d{4}(?:-\d{2})?", value):
        return True
    d = parse_iso(value)
    return bool(d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and month_end(value[:7]) == value)


def _backfill_resolution(ctx: Context, out: list[Raw]) -> None:
    """A decision reported without its number ("voted 13-0-2 on Thursday") takes the number the
    article gives a sentence or two later ("Under resolution 2800 (2025), …") when that is the only
    resolution it names and the KB does not date it elsewhere."""
    unnumbered = [r for r in out if r.measure.startswith("council.") and r.attrs.get("unnumbered_ctx")]
    if not unnumbered:
        return
    named = {n for s in ctx.sents for n, _, _ in _resolutions(ctx, s)}
    linked = {r.subject for r in out if r.measure == "council.adopted" and r.subject}
    free = named - linked
    if len(free) != 1:
        return
    number = free.pop()
    kres = kbglue.resolution(number)
    date = next((r.value for r in unnumbered if r.measure == "council.adopted"), None)
    if kres is not None and date and not str(kres.date).startswith(str(date)[:7]):
        return
    for r in unnumbered:
        r.resolution = number
        if r.measure in ("council.adopted", "council.vote"):
            r.subject = number
        if r.measure == "council.penholder":
            r.value = int(number)  # and the mission the record files the text under
            r.mission = str(getattr(kres, "mission", "") or "") or r.mission
        r.attrs.pop("unnumbered_ctx", None)
        r.attrs["backfilled"] = True


def _on_record(r: Raw) -> bool:
    """The tally a vote claim gives is the one the KB records for its resolution."""
    tally = kbglue.recorded_tally(r.subject)
    return tally is not None and tally == str(r.value)


def _dedupe(raws: list[Raw]) -> list[Raw]:
    """Drop repeats within an article (one adoption per resolution, one status per country, a figure
    restated identically), keeping the most precise adoption date."""
    seen: dict[tuple[Any, ...], Raw] = {}
    out: list[Raw] = []
    for r in raws:
        if r.measure in ("council.adopted", "council.vote"):
            key: tuple[Any, ...] = (r.measure, r.subject)
        elif r.measure == "mission.lead":
            key = (r.measure, r.subject, r.mission)
        elif r.measure == "council.member_vote":
            key = (r.measure, r.subject, r.resolution)
        elif r.measure in ("contributor", "donor"):
            key = (r.measure, r.subject, r.value, r.mission)
        elif r.measure.startswith("mandate."):
            key = (r.measure, r.mission, str(r.value))
        elif r.measure == "council.penholder":
            key = (r.measure, r.subject, r.value)
        else:
            key = (r.measure, r.subject, r.value, r.qualifier, r.mission)
            if r.measure in _EVENTS:
                key = (*key, r.as_of)  # "75 landed on Friday and another 75 on Saturday": two arrivals
            if r.confidence < 0.7 and any(
                (o.measure.split(".")[0] == r.measure.split(".")[0])
                and o.value == r.value
                and (o.start, o.end) != (r.start, r.end)  # one figure given to each of several owners
                and not (o.subject and r.subject and o.subject != r.subject)  # "A 1,500 and B another 1,500"
                for o in out
            ):
                continue  # "the 600 officers" after "600 Kenyan police officers"
        if key in seen:
            old = seen[key]
            if r.measure == "council.vote" and _on_record(r) and not _on_record(old):
                out[out.index(old)] = seen[key] = r  # a corrected tally: the one the Council's record has
                continue
            if r.measure == "council.adopted" and len(str(r.value)) > len(str(old.value)):
                old.value = r.value
                old.as_of = r.as_of
            continue
        seen[key] = r
        out.append(r)
    return out
