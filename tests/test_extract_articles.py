"""v1 regression check: our own articles about other missions and phrasings (tests/fixtures/articles),
scored with the `rules` extractor they were written against (v2 is held to them in test_eval_gate).

They were written for this project (figures illustrative, each file says what it is modelled on),
with the claims a careful analyst would expect, and are scored with the project's evaluator.
Quotes and roles are left to the people extractor's own tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionwatch.nlp.evaluate import Report, extract_file, gold_pairs, score_document

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
PER_ARTICLE_F1_FLOOR = 0.85


def _own(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["measure"] not in ("quote", "role")]


@pytest.mark.parametrize(
    ("stem", "article", "gold"), gold_pairs(ARTICLES), ids=lambda x: getattr(x, "stem", x)
)
def test_article(stem: str, article: Path, gold: Path) -> None:
    report = Report(strict=False)
    score_document(
        report,
        stem,
        _own(json.loads(gold.read_text(encoding="utf-8"))),
        _own(extract_file(article, extractor="rules")),
    )
    micro = report.micro
    detail = (
        "\n".join(f"MISS {g}" for _, g in report.misses)
        + "\n"
        + "\n".join(f"EXTRA {c}" for _, c in report.extras)
    )
    assert micro.f1 >= PER_ARTICLE_F1_FLOOR, f"{stem}: F1 {micro.f1:.3f}\n{detail}"
