"""Robustness of the extractor on arbitrary text: it always returns, and its evidence lies in the text.

A noun matching inside a hyphenated word ("48 troop-contributing countries") once stalled a loop
and ate the machine's memory; random text built from the pieces news is made of guards that class.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.nlp import extract

_VOCAB = [
    "48",
    "1,000",
    "2.5 million",
    "about 200",
    "up to 5,550",
    "two hundred and thirty",
    "dozens",
    "$14 million",
    "€20m",
    "KSh 1.5 billion",
    "R2 billion",
    "2.8 billion euros",
    "US$85m",
    "12%",
    "on Monday",
    "31 March 2025",
    "by the end of June",
    "last year",
    "Jan. 1",
    "2024",
    "Q1 2024",
    "troops",
    "police officers",
    "personnel",
    "people",
    "countries",
    "soldiers",
    "killed",
    "troop-contributing",
    "police-contributing",
    "Kenya-led",
    "well-armed",
    "peace-keeping",
    "Kenya",
    "Haiti",
    "El Salvador's",
    "the MSS",
    "GSF",
    "BINUH",
    "resolution 2793 (2025)",
    "deployed",
    "pledged",
    "arrived",
    "returned home",
    "withdrew",
    "froze",
    "needs",
    "ceiling of",
    "and",
    "or",
    "of",
    "the",
    "from",
    "with",
    "its",
    "of them",
    "each",
    "-",
    "–",
    '"',
    "“",
    "”",
    "'",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    "  ",
]


@pytest.mark.timeout(120)
@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCAB), min_size=0, max_size=60))
def test_extract_returns_and_spans_inside(words: list[str]) -> None:
    text = " ".join(words)
    claims = extract(text, published="2025-06-30")
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text), (c.measure, c.start, c.end)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "The Force has peacekeepers from 48 troop-contributing countries.",
        "Officers came from 12 police-contributing countries, the statement said.",
        "Some 30 troop-contributing nations attended the meeting.",
    ],
)
def test_hyphenated_country_count_is_no_personnel(text: str) -> None:
    """ "48 troop-contributing countries" counts countries: the noun is the last word, not "troop"."""
    claims = extract(text, published="2025-06-30")
    assert not [c for c in claims if c.measure.startswith("personnel.")]
