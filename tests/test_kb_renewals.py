"""Mandate renewals 2015-2026 in the KB: a sample read back, dates in order, renewal chains unbroken.

The renewals live in ``data/council.toml`` (section "Mandate renewals"), each with the page it rests
on. These tests pin a sample to the facts those pages state, check every record for internal sense
(expiry after adoption, a tally that fits fifteen seats) and walk runs of consecutive renewals of
one mission: each is adopted before the mandate it renews runs out and pushes the expiry later.
"""

from __future__ import annotations

import itertools

import pytest

from missionwatch.kb import council
from missionwatch.nlp import kbglue

pytestmark = pytest.mark.usefixtures("kb_package_only")  # the package data, no overlay


# number, mission, date, tally, abstaining members, expiry (None where the record has none)
SAMPLE = [
    ("2223", "UNMISS", "2015-05-28", "15-0-0", [], "2015-11-30"),
    ("2252", "UNMISS", "2015-12-15", "13-0-2", ["RUS", "VEN"], "2016-07-31"),
    ("2304", "UNMISS", "2016-08-12", "11-0-4", ["CHN", "EGY", "RUS", "VEN"], None),
    ("2729", "UNMISS", "2024-04-29", "13-0-2", ["CHN", "RUS"], "2025-04-30"),
    ("2779", "UNMISS", "2025-05-08", "12-0-3", ["CHN", "PAK", "RUS"], "2026-04-30"),
    ("2539", "UNIFIL", "2020-08-28", "15-0-0", [], "2021-08-31"),
    ("2695", "UNIFIL", "2023-08-31", "13-0-2", ["CHN", "RUS"], "2024-08-31"),
    ("2760", "UNISFA", "2024-11-14", "14-0-1", ["RUS"], "2025-11-15"),
    ("2802", "UNISFA", "2025-11-14", "12-0-3", ["CHN", "PAK", "RUS"], "2026-11-15"),
    ("2659", "MINUSCA", "2022-11-14", "12-0-3", ["CHN", "GAB", "RUS"], "2023-11-15"),
    ("2800", "MINUSCA", "2025-11-13", "14-0-1", ["USA"], "2026-11-15"),
    ("2556", "MONUSCO", "2020-12-18", "14-0-1", ["RUS"], "2021-12-20"),
    ("2808", "MONUSCO", "2025-12-19", "15-0-0", [], "2026-12-20"),
    ("2654", "MINURSO", "2022-10-27", "13-0-2", ["KEN", "RUS"], "2023-10-31"),
    ("2797", "MINURSO", "2025-10-31", "11-0-3", ["CHN", "PAK", "RUS"], "2026-10-31"),
    ("2782", "UNDOF", "2025-06-30", "15-0-0", [], "2025-12-31"),
    ("2771", "UNFICYP", "2025-01-31", "15-0-0", [], "2026-01-31"),
    ("2531", "MINUSMA", "2020-06-29", "15-0-0", [], "2021-06-30"),
    ("2495", "UNAMID", "2019-10-31", "15-0-0", [], "2020-10-31"),
    ("2645", "BINUH", "2022-07-15", "15-0-0", [], "2023-07-15"),
    ("2755", "UNSMIL", "2024-10-31", "15-0-0", [], "2025-01-31"),
    ("2777", "UNAMA", "2025-03-17", "15-0-0", [], "2026-03-17"),
    ("2682", "UNAMI", "2023-05-30", "15-0-0", [], "2024-05-31"),
    ("2742", "UNMHA", "2024-07-08", "15-0-0", [], "2025-07-14"),
    ("2798", "UNVMC", "2025-10-31", "13-0-2", ["RUS", "USA"], "2026-10-31"),
    ("2685", "UNITAMS", "2023-06-02", "15-0-0", [], "2023-12-03"),
    ("2710", "ATMIS", "2023-11-15", "15-0-0", [], "2024-06-30"),
    ("2705", "UNSOM", "2023-10-31", "15-0-0", [], "2024-10-31"),
]


@pytest.mark.parametrize(("number", "mission", "date", "tally", "abstain", "expiry"), SAMPLE)
def test_a_sample_of_renewals_reads_back(
    number: str, mission: str, date: str, tally: str, abstain: list[str], expiry: str | None
) -> None:
    res = council.resolution(number)
    assert res is not None, number
    assert (res.mission, res.date, str(res.tally), res.expiry) == (mission, date, tally, expiry)
    assert res.voted("abstain") == sorted(abstain)
    assert res.source.url.startswith("http")
    assert number in [r.number for r in council.resolutions(mission)]


def test_algeria_did_not_take_part_in_the_western_sahara_votes() -> None:
    for number in ("2756", "2797"):
        res = council.resolution(number)
        assert res is not None and res.voted("absent") == ["DZA"], number


def test_every_resolution_with_an_expiry_expires_after_adoption() -> None:
    for res in council.resolutions():
        if res.expiry:
            assert res.expiry > res.date, (res.number, res.date, res.expiry)
        if res.tally is not None:
            assert res.tally.for_ + res.tally.against + res.tally.abstain <= 15, res.number
            assert res.tally.for_ >= 9, res.number  # adopted: at least nine affirmative votes


def test_renewals_cover_the_missions_the_extractor_meets() -> None:
    wanted = {
        "UNIFIL": 8, "UNMISS": 15, "UNISFA": 8, "MINUSCA": 6, "MONUSCO": 6, "MINURSO": 6,
        "UNDOF": 6, "UNFICYP": 4, "MINUSMA": 3, "UNAMID": 3, "BINUH": 8, "UNSMIL": 3, "UNAMA": 2,
        "UNAMI": 3, "UNMHA": 3, "UNVMC": 4, "UNITAMS": 2, "ATMIS": 3, "UNSOM": 2, "EUFOR": 2,
    }  # fmt: skip
    for code, at_least in wanted.items():
        since_2015 = [r for r in council.resolutions(code) if r.date >= "2015"]
        assert len(since_2015) >= at_least, (code, len(since_2015))


# Runs of consecutive mandate resolutions of one mission (no renewal left out between them).
CHAINS = {
    "UNMISS": [
        "2223", "2241", "2252", "2302", "2304", "2326", "2327", "2392", "2406", "2459", "2514",
        "2567", "2625", "2677", "2726", "2729", "2778", "2779",
    ],
    "UNISFA": ["2575", "2606", "2609", "2630", "2660", "2708", "2760", "2802"],
    "MINUSCA": ["2448", "2499", "2552", "2605", "2659", "2709", "2759", "2800"],
    "MONUSCO": ["2211", "2277", "2348", "2409", "2463"],
    "MONUSCO-late": ["2556", "2612", "2666", "2717", "2765", "2808"],
    "MINURSO": ["2654", "2703", "2756", "2797"],
    "UNIFIL": ["2433", "2485", "2539"],
    "UNIFIL-late": ["2650", "2695", "2749", "2790"],
    "UNDOF": ["2689", "2718"],
    "UNFICYP": ["2723", "2771"],
    "MINUSMA": ["2531", "2584"],
    "UNAMI": ["2631", "2682", "2732"],
    "UNMHA": ["2534", "2586", "2643", "2691", "2742", "2786"],
    "UNSOM": ["2516", "2527", "2540", "2592", "2632"],
    "UNAMID": ["2425", "2429"],
    "UNSMIL": ["2656", "2702", "2755"],
    "BINUH": ["2476", "2547", "2600", "2645", "2692", "2743", "2785", "2814"],
    "UNITAMS": ["2636", "2685", "2715"],
}  # fmt: skip


@pytest.mark.parametrize("chain", CHAINS.values(), ids=list(CHAINS))
def test_each_renewal_comes_before_the_mandate_it_renews_runs_out(chain: list[str]) -> None:
    records = [council.resolution(n) for n in chain]
    assert all(r is not None for r in records), chain
    missions = {r.mission for r in records}
    assert len(missions) == 1, missions
    for before, after in itertools.pairwise(records):
        assert before.date < after.date, (before.number, after.number)
        if before.expiry:
            assert after.date <= before.expiry, f"{after.number} adopted after {before.number} expired"
            if after.expiry:
                assert after.expiry > before.expiry, (before.number, after.number)


@pytest.mark.parametrize(
    ("date", "mission", "number"),
    [
        ("2024-04-29", "UNMISS", "2729"),
        ("2025-05-08", "UNMISS", "2779"),
        ("2023-08-31", "UNIFIL", "2695"),
        ("2025-10-31", "MINURSO", "2797"),
        ("2025-10-31", "UNVMC", "2798"),
        ("2024-11-14", "UNISFA", "2760"),
        ("2024-11-14", "MINUSCA", "2759"),
        ("2023-12-19", "MONUSCO", "2717"),
        ("2022-07-15", "BINUH", "2645"),
    ],
)
def test_the_extractor_names_a_renewal_from_its_day(date: str, mission: str, number: str) -> None:
    found = kbglue.adopted_on(date, mission)
    assert [r.number for r in found] == [number]


def test_a_day_with_renewals_of_other_missions_names_none_for_this_one() -> None:
    # 2025-10-31 saw MINURSO, UNVMC and EUFOR Althea renewed, nothing on UNIFIL
    assert council.adopted_on("2025-10-31", mission="UNIFIL") == []
    assert {r.number for r in council.adopted_on("2025-10-31")} == {"2795", "2797", "2798"}
    # several missions renewed the same day: the named one is picked out
    assert [r.number for r in kbglue.adopted_on("2020-05-29", "UNAMI")] == ["2522"]
    assert [r.number for r in kbglue.adopted_on("2020-05-29", "UNAMID")] == ["2523"]
