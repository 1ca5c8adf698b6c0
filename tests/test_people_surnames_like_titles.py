"""A family name that is also a title word, after a given name ("Amy Pope", "Anna King"): a person who
holds a role, where "Pope Leo" and "Major Kamau" stay a title before a name (lines written for these
tests)."""

from __future__ import annotations

from missionwatch.nlp import extract


def roles(text: str) -> set[tuple[str | None, str]]:
    return {(c.subject, str(c.value)) for c in extract(text, "2025-03-01") if c.measure == "role"}


def test_a_surname_that_is_a_title_word_after_an_apposition() -> None:
    got = roles('"The camps are full," said Amy Pope, the Director General of IOM.')
    assert ("Amy Pope", "Director General of IOM") in got


def test_a_surname_that_is_a_title_word_after_a_title() -> None:
    assert ("Amy Pope", "IOM Director General") in roles(
        "IOM Director General Amy Pope said the camps were full."
    )


def test_other_surnames_that_are_title_words() -> None:
    got = roles(
        "Anna King, the head of the office, spoke first. Peter Major, the director of the fund, followed."
    )
    assert ("Anna King", "head of the office") in got
    assert ("Peter Major", "director of the fund") in got


def test_a_title_before_a_name_stays_a_title() -> None:
    got = roles("Major Kamau, the head of the office, spoke.")
    assert ("Kamau", "Major") in got
    assert not any(subject == "Major Kamau" for subject, _ in got)
