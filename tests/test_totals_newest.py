"""Which mission total a contributor's figure is checked against: the newest by the one rule
(``ledger.facts.newest_rank``), not by the date's text, so a total of a whole period counts as
newer than one of a day inside it — as the pages and alerts that show the totals rank them."""

from __future__ import annotations

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


def test_an_older_total_is_the_newest_by_the_last_day_its_date_covers() -> None:
    # the force's strength "in October 2024" (the month, to its last day) is newer than
    # "on 5 October 2024"; a contributor's 600 in February 2025 is above the month's 400
    month = fact("m", 400, "2024-10", "2024-10")
    day = fact("d", 800, "2024-10-05", "2024-10-05")
    part = fact("p", 600, "2025-02-01", "2025-02-01", subject="BLZ")
    check_against_totals([day, month, part], Rules())
    assert part.flags == ["exceeds_older_total"]
    assert "(400, 2024-10)" in part.notes[0]


def test_of_two_totals_on_one_last_day_the_finer_date_is_newer() -> None:
    # a year's total (to 31 December) and one dated 31 December: the day is the finer date
    year = fact("y", 800, "2024", "2024")
    day = fact("d", 400, "2024-12-31", "2024-12-31")
    part = fact("p", 600, "2025-03-01", "2025-03-01", subject="BLZ")
    check_against_totals([year, day, part], Rules())
    assert part.flags == ["exceeds_older_total"]
    assert "(400, 2024-12-31)" in part.notes[0]
