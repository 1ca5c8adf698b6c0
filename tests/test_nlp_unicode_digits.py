"""Digits that str.isdigit() accepts but int() cannot read (superscripts) never fail a document (a
case the fuzzer found)."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


@pytest.mark.parametrize("extractor", ["frames", "rules"])
@pytest.mark.parametrize(
    "text",
    [
        "The Council adopted the text by a ²٩-0-3 vote on Tuesday.",
        "The Security Council voted ² - 0 - 3 on resolution 2793, the record shows.",
        "The Security Council adopted resolution 2793 by ²٩ votes, with ³ abstentions.",
        "The resolution passed 1²-0-3, with three abstentions.",
        "Les forces ont été déployées le ²³ mars; le Conseil a voté par ١٢ voix pour.",
    ],
)
def test_a_superscript_digit_fails_no_document(text: str, extractor: str) -> None:
    extract(text, "2025-06-01", extractor=extractor)


def test_a_superscript_retry_after_is_unreadable_not_an_error() -> None:
    from missionwatch.sources.http import retry_after_seconds

    assert retry_after_seconds("²") is None
