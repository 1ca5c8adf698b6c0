"""A decision's text that ends a mandate on a day it sets, told in the present ("the resolution
terminates the mandate of X on Sunday"): the day is the one nearest the article (a Sunday in a
Friday story the coming one, a Thursday the day before), a day without its year in the year nearest
it; the same after a relative clause whose day the parse hung on the main verb ("adopted resolution
N, which ends the mandate of X on Tuesday, March 12"), in a participle on the text ("a resolution
terminating the mandate … on Sunday") and "with effect from Friday". (An act told done keeps its
own, past day: test_frames_mandate_ends.) Sentences written for these tests."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _expiries(text: str, published: str) -> set[tuple[str | None, str]]:
    return {(c.mission, str(c.value)) for c in extract(text, published) if c.measure == "mandate.expiry"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Security Council on Friday adopted a resolution on Western Sahara. The resolution ends "
            "the mandate of the United Nations Mission for the Referendum in Western Sahara, MINURSO, on "
            "Sunday and asks it to hand its files to agencies.",
            "2024-03-08",
            ("MINURSO", "2024-03-10"),
        ),
        (
            "The Security Council on Friday adopted resolution 2999, which ends the mandate of the United "
            "Nations Mission for the Referendum in Western Sahara (MINURSO) on Tuesday, March 12.",
            "2024-03-08",
            ("MINURSO", "2024-03-12"),
        ),
        (
            "Thirteen members supported a resolution terminating the mandate of the United Nations Mission "
            "for the Referendum in Western Sahara (MINURSO) on Sunday.",
            "2024-03-08",
            ("MINURSO", "2024-03-10"),
        ),
        (
            "The Security Council met on Friday. The text ends the mandate of the United Nations Mission for "
            "the Referendum in Western Sahara (MINURSO) with effect from Friday.",
            "2024-03-08",
            ("MINURSO", "2024-03-08"),
        ),
        (
            "The Security Council met in New York. The text ends the mandate of the United Nations Mission "
            "for the Referendum in Western Sahara (MINURSO) on 12 March.",
            "2024-03-09",
            ("MINURSO", "2024-03-12"),
        ),
    ],
)
def test_a_texts_end_day(text: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in _expiries(text, published)
