"""Two shapes of fact boxes: a dated line whose subject is the resolution ("- 2 October 2023:
Resolution 2699 authorises the MSS …" is that resolution's adoption, on the record's day), and the
parts an "of whom" lists after a ceiling ("up to 5,550 personnel, of whom 5,500 uniformed and 50
civilian" are ceilings too). Lines written for these tests; each failed before."""

from __future__ import annotations

from missionwatch.nlp import extract

BOX = """FACT BOX: the Haiti force

DECISIONS
- 30 September 2024: Resolution 2751 renews the MSS until 2 October 2025.

CEILING
- GSF: up to 5,550 personnel, of whom 5,500 uniformed and 50 civilian.
"""


def _claims() -> set[tuple[str, str | None, str | None, object, str | None]]:
    return {
        (c.measure, c.mission, c.subject, c.value, c.qualifier)
        for c in extract(BOX, "2026-01-15", extractor="frames")
    }


def test_a_resolution_that_renews_in_a_dated_line_was_adopted_that_day() -> None:
    assert ("council.adopted", "MSS", "2751", "2024-09-30", "exact") in _claims()


def test_the_parts_of_a_ceiling_are_ceilings() -> None:
    got = _claims()
    assert ("personnel.target", "GSF", "uniformed", 5500, "at_most") in got
    assert ("personnel.target", "GSF", "civilian", 50, "at_most") in got
    assert not any(m == "personnel.deployed" and v in (5500, 50) for m, _, _, v, _ in got)
