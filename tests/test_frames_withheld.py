"""Money held back (v2): arrears told as a total ("unpaid assessed contributions", "member states
owed"), money a verb of freezing governs whatever it was before, a debtor's share "of that", a sum
someone else "put at" a figure, and the one owed never taken for the debtor (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from missionwatch.nlp.frames.pipeline import extract


def _money(text: str, published: str = "2025-06-10") -> set[tuple[str, str | None, object]]:
    return {
        (c.measure, c.subject, c.value) for c in extract(text, published) if c.measure.startswith("funding.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrears: everyone's debt, no giver needed
        (
            "As at 31 March 2025, unpaid assessed contributions to the special account for UNMISS "
            "amounted to $41.2 million.",
            ("funding.withheld", None, 41_200_000),
        ),
        (
            "Arrears to the peacekeeping accounts stood at about $1.9 billion at the end of April.",
            ("funding.withheld", None, 1_900_000_000),
        ),
        (
            "Member states owed close to $2.2 billion in unpaid peacekeeping assessments in May.",
            ("funding.withheld", None, 2_200_000_000),
        ),
        # a verb of freezing decides, whatever the money was before
        (
            "Germany paused a contribution of about €4 million to the MSS trust fund in March.",
            ("funding.withheld", "DEU", 4_000_000),
        ),
        (
            "In March, Japan froze roughly $7 million it had promised to the MSS trust fund.",
            ("funding.withheld", "JPN", 7_000_000),
        ),
        (
            "The UN said that $2.5 million in pending Dutch funds for the MSS trust fund had been frozen.",
            ("funding.withheld", "NLD", 2_500_000),
        ),
        (
            "Spain has not paid about $30 million in assessed contributions to UNIFIL.",
            ("funding.withheld", "ESP", 30_000_000),
        ),
        # the one owed is not the debtor
        (
            "According to the report, the African Union owes Burundi about $40 million in troop "
            "allowances for AUSSOM.",
            ("funding.withheld", "AFU", 40_000_000),
        ),
    ],
)
def test_held_back(text: str, expected: tuple[str, str | None, object]) -> None:
    assert expected in _money(text)


def test_a_share_of_that_total_is_the_debtors() -> None:
    text = (
        "Member states owed about $2.2 billion in unpaid peacekeeping assessments at the end of May. "
        "Of that amount, the United States accounted for roughly $900 million."
    )
    assert ("funding.withheld", "USA", 900_000_000) in _money(text)


def test_a_sum_put_at_a_figure_is_the_givers_not_the_estimators() -> None:
    text = (
        "In March, Norway froze $3 million of its contribution to the MSS trust fund. "
        "Kenya's foreign ministry put the figure at closer to $4 million."
    )
    got = _money(text, "2025-04-02")
    assert ("funding.withheld", "NOR", 4_000_000) in got
    assert not any(subject == "KEN" for _, subject, _ in got)


def test_a_part_with_its_own_verb_keeps_it() -> None:
    text = (
        "Donors had pledged $110 million to the MSS trust fund by December; only $80 million of it had "
        "been received."
    )
    assert ("funding.contributed", None, 80_000_000) in _money(text)


def test_a_gapped_list_after_a_payment_keeps_each_giver() -> None:
    text = (
        "By March, Canada had paid in $8.7 million to the MSS fund, the United States $6 million "
        "and France $3.2 million."
    )
    got = _money(text)
    assert ("funding.contributed", "USA", 6_000_000) in got
    assert ("funding.contributed", "FRA", 3_200_000) in got


def test_a_freeze_without_its_giver_is_no_claim() -> None:
    assert not any(
        m == "funding.withheld" for m, _, _ in _money("Some $5 million for the MSS fund was frozen.")
    )
