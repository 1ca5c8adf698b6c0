"""Dates, absolute and relative to publication, at their own precision."""

from __future__ import annotations

import pytest

from missionwatch.nlp.dates import find_dates, month_end


@pytest.mark.parametrize(
    ("text", "published", "value", "prefix"),
    [
        ("on Monday unanimously", "2024-09-30", "2024-09-30", "on"),  # publication day is a Monday
        ("on Thursday", "2024-09-30", "2024-09-26", "on"),
        ("last Thursday", "2024-09-26", "2024-09-19", ""),
        ("until October 2025", "2024-09-30", "2025-10", "until"),
        ("by January", "2024-09-30", "2025-01", "by"),
        ("in June", "2024-09-30", "2024-06", "in"),
        ("in November", "2024-09-30", "2023-11", "in"),
        ("last October", "2024-09-30", "2023-10", ""),
        ("next month", "2024-10-11", "2024-11", ""),
        ("Last month", "2024-10-11", "2024-09", ""),
        ("last week", "2024-10-11", "2024-10", ""),
        ("last year", "2025-01-07", "2024-12-31", ""),
        ("in August last year", "2026-11-16", "2025-08", "in"),  # a month, in a year told from publication
        ("on 3 March next year", "2026-11-16", "2027-03-03", "on"),
        ("until 30 June this year", "2025-02-20", "2025-06-30", "until"),
        ("next year", "2023-11-16", "2024", ""),
        ("on Monday, October 2, 2023", "2024-06-25", "2023-10-02", "on"),
        ("through Jan. 31, 2027", "2026-01-29", "2027-01-31", "through"),
        ("on 20 December 2025", "2024-12-21", "2025-12-20", "on"),
        ("dated 22 September", "2023-10-02", "2023-09-22", ""),
        ("Sept. 30", "2024-10-01", "2024-09-30", ""),
        ("By the close of 2024", "2025-02-05", "2024-12-31", "by"),
        ("to the end of September 2025", "2025-02-05", "2025-09-30", "to"),
        ("the end of September", "2025-10-05", "2025-09-30", ""),
        ("in Q1 2024", "2025-01-01", "2024-03-31", "in"),
        ("the first quarter of 2026", "2026-05-01", "2026-03-31", ""),
        ("in early December", "2025-01-07", "2024-12", "in"),
        ("on Christmas Eve", "2025-01-07", "2024-12-24", "on"),
        ("in October 2023", "2024-09-30", "2023-10", "in"),
        ("since 2021", "2024-09-30", "2021", "since"),
        ("yesterday", "2024-09-30", "2024-09-29", ""),
        ("in the last three months of 2025", "2026-02-10", "2025-12-31", ""),
        ("the first half of 2025", "2025-08-01", "2025-06-30", ""),
        ("the first six months of 2024", "2025-08-01", "2024-06-30", ""),
        ("due to expire Wednesday", "2024-10-01", "2024-10-02", "expire"),
    ],
)
def test_date_table(text: str, published: str, value: str, prefix: str) -> None:
    found = find_dates(text, published)
    assert found, text
    assert (found[0].value, found[0].prefix) == (value, prefix)


@pytest.mark.parametrize("text", ["resolution 2699 (2023)", "May we ask", "7,500 troops", "Chapter VII"])
def test_not_dates(text: str) -> None:
    assert find_dates(text, "2024-01-01") == []


def test_relative_dates_need_publication() -> None:
    assert find_dates("on Monday", None) == []
    assert find_dates("on 2 October 2023", None)[0].value == "2023-10-02"


def test_month_end() -> None:
    assert month_end("2024-02") == "2024-02-29"
    assert month_end("2024") == "2024"


@pytest.mark.parametrize(
    ("text", "published", "last"),
    [
        (
            "The force was set up in June 1978 by resolution 425, adopted on 19 June.",
            "2024-06-01",
            "1978-06-19",
        ),
        ("Talks opened on 3 May 2021 and closed on 27 May.", "2025-01-10", "2021-05-27"),
        # another month, or another sentence, is no such day
        ("It began in June 2019. It ended on 2 June.", "2024-08-01", "2024-06-02"),
    ],
)
def test_a_day_without_its_year_after_that_month_with_one(text: str, published: str, last: str) -> None:
    assert find_dates(text, published)[-1].value == last


@pytest.mark.parametrize(
    ("text", "published", "last"),
    [
        ("* 2021 - resolution 2602 (29 October): passed 13-0-2.", "2025-11-01", "2021-10-29"),
        # a year the text runs from is no year of the day after it
        (
            "The force has watched the line since 1974 and is renewed until 31 December.",
            "2025-06-30",
            "2025-12-31",
        ),
    ],
)
def test_a_day_without_its_year_right_after_a_year_alone(text: str, published: str, last: str) -> None:
    assert find_dates(text, published)[-1].value == last
