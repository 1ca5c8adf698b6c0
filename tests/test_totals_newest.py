"""Which mission total a contributor's figure is checked against: the newest by the one rule
(``ledger.facts.newest_rank``), not by the date's text, so a total of a whole period counts as
newer than one of a day inside it — as the pages and alerts that show the totals rank them."""

from __future__ import annotations

import pytest

from missionwatch.reconcile.checks import check_against_totals
from missionwatch.reconcile.facts import Fact
from missionwatch.reconcile.rules import Rules


def fact(ident: str, best: int, first: str, last: str, subject: str | None = None) -> Fact:
    return Fact(
        id=ident,
        mission="MSS",
        measure="personnel.deployed",
        subject=subject,
        unit="persons",
        kind="number",
        as_of=last,
        as_of_first=first,
        as_of_last=last,
        best=best,
        qualifier="exact",
        sources=1,
        decided_by="exact",
    )


@pytest.mark.parametrize(
    ("totals", "when", "checked_against"),
    [
        # the force's strength "in October 2024" (the month, to its last day) is newer than "on
        # 5 October 2024"; a contributor's 600 in February 2025 is above the month's 400
        ([("d", 800, "2024-10-05"), ("m", 400, "2024-10")], "2025-02-01", "(400, 2024-10)"),
        # a year's total (to 31 December) and one dated 31 December: the day is the finer date
        ([("y", 800, "2024"), ("d", 400, "2024-12-31")], "2025-03-01", "(400, 2024-12-31)"),
    ],
)
def test_the_older_total_checked_against_is_the_newest_by_newest_rank(
    totals: list[tuple[str, int, str]], when: str, checked_against: str
) -> None:
    part = fact("p", 600, when, when, subject="BLZ")
    check_against_totals([*(fact(i, best, d, d) for i, best, d in totals), part], Rules())
    assert part.flags == ["exceeds_older_total"]
    assert checked_against in part.notes[0]
