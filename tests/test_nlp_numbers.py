"""Number, money, vague-count and qualifier normalisation, as a table."""

from __future__ import annotations

import pytest

from missionwatch.nlp.numbers import find_quantities, parse_quantity, words_to_number


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "rule"),
    [
        ("1,000 police officers", 1000, None, "exact", None),
        ("2.5 million people", 2_500_000, None, "exact", None),
        ("1.2bn", 1_200_000_000, None, "exact", None),
        ("Four hundred Kenyan officers", 400, None, "exact", None),
        ("two dozen soldiers", 24, None, "exact", None),
        ("a thousand troops", 1000, None, "exact", None),
        ("the thousand police officers", 1000, None, "exact", None),
        ("twenty-five soldiers", 25, None, "exact", None),
        ("dozens of people", 12, None, "exact", "vague:dozens=12"),
        ("hundreds of families", 100, None, "exact", "vague:hundreds=100"),
        ("thousands fled", 1000, None, "exact", "vague:thousands=1000"),
        ("tens of thousands of people", 10_000, None, "exact", "vague:tens of thousands=10000"),
        ("some $300 million", 300_000_000, "USD", "approx", None),
        ("more than $80 million", 80_000_000, "USD", "at_least", None),
        ("US$40m", 40_000_000, "USD", "exact", None),
        ("USD 15 million", 15_000_000, "USD", "exact", None),
        ("C$80.5 million", 80_500_000, "CAD", "exact", None),
        ("CAD 12 million", 12_000_000, "CAD", "exact", None),
        ("€25 million", 25_000_000, "EUR", "exact", None),
        ("£3.5bn", 3_500_000_000, "GBP", "exact", None),
        ("Ksh 36,570,730,591", 36_570_730_591, "KES", "exact", None),
        ("about KSh91 billion", 91_000_000_000, "KES", "approx", None),
        ("Sh2 billion", 2_000_000_000, "KES", "exact", None),
        ("KES 500 mn", 500_000_000, "KES", "exact", None),
        ("$85m", 85_000_000, "USD", "exact", None),
        ("80%", 80, "percent", "exact", None),
        ("85 per cent", 85, "percent", "exact", None),
        ("nearly 1,500 kidnapped", 1500, None, "approx", None),
        ("roughly 2,900 personnel", 2900, None, "approx", None),
        ("close to 400 of them", 400, None, "approx", None),
        ("around 63,000 people", 63_000, None, "approx", None),
        ("at least 115 people", 115, None, "at_least", None),
        ("over five million", 5_000_000, None, "at_least", None),
        ("just over 1,000 personnel", 1000, None, "at_least", None),
        ("fewer than 50 observers", 50, None, "at_most", None),
        ("less than $10 million", 10_000_000, "USD", "at_most", None),
        ("up to 2,500 troops", 2500, None, "at_most", None),
        ("a ceiling of 5,550 personnel", 5550, None, "at_most", None),
        ("2,500 police and soldiers, or more if needed", 2500, None, "at_least", None),
    ],
)
def test_quantity_table(text: str, value: float, unit: str | None, qualifier: str, rule: str | None) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.unit, q.qualifier, q.rule) == (value, unit, qualifier, rule)
    if qualifier != "exact":
        assert q.qualifier_cue


@pytest.mark.parametrize(
    "text", ["9:16 a.m.", "flight OAE2376", "the 79th session", "a police officer", "an office"]
)
def test_not_figures(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("four hundred", 400),
        ("two dozen", 24),
        ("a thousand", 1000),
        ("one hundred and fifty", 150),
        ("twelve", 12),
        ("three million", 3_000_000),
        ("ninety-nine", 99),
        ("banana", None),
    ],
)
def test_words_to_number(words: str, value: int | None) -> None:
    assert words_to_number(words) == value


def test_range_is_two_facts() -> None:
    low, high = find_quantities("between 13,000 and 14,000 troops")
    assert (low.value, low.qualifier, high.value, high.qualifier) == (13000, "at_least", 14000, "at_most")


def test_two_currencies_in_one_phrase() -> None:
    found = find_quantities("would cost $241,390,961 (Ksh 36,570,730,591), money")
    assert [(q.value, q.unit) for q in found] == [(241_390_961, "USD"), (36_570_730_591, "KES")]


def test_an_article_before_a_number_word_is_no_one() -> None:
    """ "a six-member team" is six; "a hundred", "a dozen", "a thousand" are one of each."""
    from missionwatch.nlp.numbers import words_to_number

    assert [words_to_number(t) for t in ("a six", "an eight", "a hundred", "a dozen", "a thousand")] == [
        6,
        8,
        100,
        12,
        1000,
    ]


def test_digits_grouped_by_spaces_and_a_decimal_comma_before_a_scale() -> None:
    """South African and UN-style English: '1 495 members', 'R1,1 billion' (a comma before one or two
    digits groups nothing); a year and a count side by side stay two figures."""
    from missionwatch.nlp.numbers import find_quantities

    assert [(q.text, q.value) for q in find_quantities("employed 1 495 members")] == [("1 495", 1495)]
    assert [q.value for q in find_quantities("about 12 000 000 people")] == [12_000_000]
    assert [q.value for q in find_quantities("estimated at R1,1 billion")] == [1_100_000_000]
    assert [q.value for q in find_quantities("in 2024 300 people left")] == [2024, 300]
    assert [q.value for q in find_quantities("1,100 troops and 2.5 million people")] == [1100, 2_500_000]


def test_the_first_end_of_a_range_takes_the_seconds_unit() -> None:
    text = "cuts of 12 to 18 per cent, and between 2 and 3.5 million people displaced"
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(12, "percent"), (18, "percent"), (2_000_000, None), (3_500_000, None)]


def test_a_range_of_plain_counts_keeps_its_values() -> None:
    assert [q.value for q in find_quantities("between 400 and 600 officers")] == [400, 600]


def test_a_note_mark_is_no_figure() -> None:
    text = "once the force is at full strength.(2) The office[14] had 42 staff (3 of them new)."
    assert [q.value for q in find_quantities(text)] == [42, 3]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("US$110-million", 110_000_000, "USD"),  # the hyphenated scale of Canadian house style
        ("C$75.8-million", 75_800_000, "CAD"),
        ("$2-billion", 2_000_000_000, "USD"),
    ],
)
def test_a_hyphenated_scale_after_money(text: str, value: float, unit: str) -> None:
    [q] = find_quantities(f"The fund has raised {text} so far.")
    assert (q.value, q.unit) == (value, unit)
