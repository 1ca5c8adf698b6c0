"""The sub-tasks a peer and MissionWatch are scored on, each one function over the same gold.

Every function takes the evaluation items and one prediction list per item (in the plain shapes
described in ``bench/peers.py``) and returns counts that add up across documents, so a peer's
output and ours go through exactly the same code.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from typing import Any

from bench.corpus import Item
from bench.peers import NUMBER_UNITS, unit_class
from bench.scoring import DATE_MEASURES, PRF, date_agrees, numbers_agree, one_to_one, subject_key, token_f1
from bench.spans import date_fits, date_mentions, locate, number_mentions, spannable


def _numeric_facts(item: Item) -> list[dict[str, Any]]:
    return [
        g
        for g in item.gold
        if isinstance(g.get("value"), int | float)
        and not isinstance(g["value"], bool)
        and g.get("unit") in NUMBER_UNITS
    ]


def gold_spans(item: Item, *, dates: bool = True) -> tuple[list[tuple[int, int]], int]:
    """Located value spans of the item's figures (and date values), and how many could not be placed."""
    spans: set[tuple[int, int]] = set()
    missed = 0
    for fact in item.gold:
        if not spannable(fact) or (not dates and fact["measure"] in DATE_MEASURES):
            continue
        where = locate(fact, item.text)
        if where is None:
            missed += 1
        else:
            spans.add(where)
    return sorted(spans), missed


def _restates_a_fact(item: Item, words: str, dates: bool) -> bool:
    """Whether the words restate a gold figure or date value of the item (a repeat, a headline)."""
    figures = [g["value"] for g in item.gold if spannable(g) and g["measure"] not in DATE_MEASURES]
    if any(numbers_agree(m.value, v) for m in number_mentions(words) for v in figures):
        return True
    days = [str(g["value"]) for g in item.gold if dates and spannable(g) and g["measure"] in DATE_MEASURES]
    return any(date_fits(m, v) for m in date_mentions(words) for v in days)


def score_spans(
    items: Sequence[Item],
    preds: Sequence[list[tuple[int, int, str]]],
    *,
    dates: bool = True,
    date_labels: frozenset[str] = frozenset({"DATE"}),
) -> dict[str, Any]:
    """Span recall (gold values covered by a span) and precision (spans that cover a gold value).

    A span that covers no placed gold value but restates a gold figure elsewhere (the gold lists a
    repeated figure once, and headlines are not annotated) counts as right too, for every system.
    ``dates=False`` leaves date values out of the gold and DATE spans (or our date claims) out of
    the predictions: the cleaner "numbers only" view.
    """
    prf = PRF()
    unplaced = 0
    lengths: list[int] = []
    for item, pred in zip(items, preds, strict=True):
        golds, missed = gold_spans(item, dates=dates)
        unplaced += missed
        spans = sorted({(s, e) for s, e, label in pred if dates or label not in date_labels})
        lengths.extend(e - s for s, e in spans)
        covered = sum(1 for gs, ge in golds if any(s <= gs and e >= ge for s, e in spans))
        right = sum(
            1
            for s, e in spans
            if any(s <= gs and e >= ge for gs, ge in golds) or _restates_a_fact(item, item.text[s:e], dates)
        )
        prf.add(covered, len(golds), len(spans), right)
    out = prf.as_dict()
    out["unplaced_gold"] = unplaced
    out["median_span_chars"] = statistics.median(lengths) if lengths else 0
    return out


def score_quotes(items: Sequence[Item], preds: Sequence[list[tuple[str, str]]]) -> dict[str, Any]:
    """Quotation text (token F1 ≥ 0.6), then quotation and speaker (surname) together."""
    content, with_speaker = PRF(), PRF()
    for item, pred in zip(items, preds, strict=True):
        golds = [
            (str(g.get("subject") or ""), str(g.get("value") or ""))
            for g in item.gold
            if g.get("measure") == "quote"
        ]

        def text_score(g: tuple[str, str], p: tuple[str, str]) -> float:
            f = token_f1(g[1], p[1])
            return f if f >= 0.6 else 0.0

        def both_score(g: tuple[str, str], p: tuple[str, str]) -> float:
            same = subject_key("quote", g[0]) == subject_key("quote", p[0]) and bool(re.search(r"\w", p[0]))
            return text_score(g, p) if same else 0.0

        content.add(one_to_one(golds, pred, text_score), len(golds), len(pred))
        with_speaker.add(one_to_one(golds, pred, both_score), len(golds), len(pred))
    out = content.as_dict()
    out["with_speaker"] = with_speaker.as_dict()
    return out


def score_numbers(items: Sequence[Item], preds: Sequence[list[list[tuple[float, str]]]]) -> dict[str, Any]:
    """Distinct figures of each document found with the right value (within 1 %); ``with_qualifier``
    also asks the qualifier.

    Distinct, because the gold lists a repeated figure once while a span tagger reports every
    mention. One prediction per distinct reading set; it matches when any of its readings does.
    """
    lenient, strict = PRF(), PRF()
    for item, raw in zip(items, preds, strict=True):
        pred = sorted({tuple(sorted(set(readings))) for readings in raw if readings})
        facts = _numeric_facts(item)
        golds = sorted({(float(g["value"]), g.get("qualifier") or "exact") for g in facts})
        values = sorted({(float(g["value"]), "") for g in facts})

        def value_only(g: tuple[float, str], p: list[tuple[float, str]]) -> float:
            return 1.0 if any(numbers_agree(g[0], v) for v, _ in p) else 0.0

        def with_qualifier(g: tuple[float, str], p: list[tuple[float, str]]) -> float:
            return 1.0 if any(numbers_agree(g[0], v) and q == g[1] for v, q in p) else 0.0

        lenient.add(one_to_one(values, pred, value_only), len(values), len(pred))
        strict.add(one_to_one(golds, pred, with_qualifier), len(golds), len(pred))
    out = lenient.as_dict()
    out["with_qualifier"] = strict.as_dict()
    return out


def score_quantities(items: Sequence[Item], preds: Sequence[list[tuple[float, str]]]) -> dict[str, Any]:
    """Distinct figures found with the right value and the right kind of unit (currency code,
    percent, count)."""
    prf = PRF()
    for item, raw in zip(items, preds, strict=True):
        pred = sorted(set(raw))
        golds = sorted({(float(g["value"]), unit_class(g.get("unit"))) for g in _numeric_facts(item)})
        hit = one_to_one(golds, pred, lambda g, p: 1.0 if numbers_agree(g[0], p[0]) and g[1] == p[1] else 0.0)
        prf.add(hit, len(golds), len(pred))
    return prf.as_dict()


def gold_dates(item: Item) -> list[str]:
    """The distinct dates the item's facts are about: every as_of and every date value."""
    found = {str(g["as_of"]) for g in item.gold if g.get("as_of")}
    found |= {str(g["value"]) for g in item.gold if g.get("measure") in DATE_MEASURES and g.get("value")}
    return sorted(found)


def score_dates(items: Sequence[Item], preds: Sequence[list[str]]) -> dict[str, Any]:
    """Distinct resolved dates against the distinct gold dates, agreeing on the gold's precision."""
    prf = PRF()
    for item, pred in zip(items, preds, strict=True):
        golds = gold_dates(item)
        hit = one_to_one(golds, pred, lambda g, p: 1.0 if g == p else 0.9 if date_agrees(g, p) else 0.0)
        prf.add(hit, len(golds), len(pred))
    return prf.as_dict()
