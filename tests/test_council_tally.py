"""Checks on reported tallies: sums, membership, the KB's record, and parsing tallies as written."""

from __future__ import annotations

import pytest

from missionwatch.council import FLAG_CODES, Flag, check_tally, check_tally_text, parse_tally
from missionwatch.errors import InputError


def codes(flags: list[Flag]) -> list[str]:
    return [f.code for f in flags]


@pytest.mark.parametrize(
    ("tally", "kwargs", "expected"),
    [
        pytest.param(
            (13, 0, 2),
            {"year": 2023, "named": {"China": "abstaining", "Russia": "abstaining"}},
            [],
            id="2699-as-reported",
        ),
        pytest.param(
            (13, 0, 2),
            {
                "year": 2023,
                "resolution": "2699",
                "named": {"China": "abstain", "Russian Federation": "abstained"},
            },
            [],
            id="2699-against-kb",
        ),
        pytest.param(
            (12, 0, 3),
            {
                "year": 2025,
                "resolution": "resolution 2793",
                "named": {"CHN": "abstain", "PAK": "abstain", "RUS": "abstain"},
            },
            [],
            id="2793-against-kb",
        ),
        pytest.param((15, 0, 0), {"year": 2024, "resolution": "2751"}, [], id="2751-unanimous"),
        pytest.param((14, 0, 2), {"year": 2023}, ["tally_sum"], id="sums-past-15"),
        pytest.param(
            (13, 0, 3),
            {"year": 2025, "resolution": "2793"},
            ["tally_sum", "kb_tally", "known_misreport"],
            id="2793-misreport",
        ),
        pytest.param(
            (13, 0, 2),
            {"year": 2024, "named": {"Kenya": "abstain"}},
            ["not_on_council"],
            id="kenya-not-on-council",
        ),
        pytest.param(
            (13, 0, 2),
            {"year": 2025, "named": {"Ecuador": "abstain", "China": "abstain"}},
            ["not_on_council"],
            id="ecuador-left-end-2024",
        ),
        pytest.param(
            (13, 0, 2),
            {"year": 2023, "named": {"China": "abstain", "Russia": "abstain", "Brazil": "abstain"}},
            ["named_exceeds_tally"],
            id="three-abstainers-named-for-two",
        ),
        pytest.param(
            (13, 0, 2),
            {"year": 2023, "resolution": "2699", "named": {"China": "against"}},
            ["named_exceeds_tally", "kb_member_vote"],
            id="china-did-not-vote-no",
        ),
        pytest.param((13, 0, 2), {"year": 2024, "resolution": "2699"}, ["resolution_year"], id="wrong-year"),
        pytest.param(
            (15, 0, 0), {"year": 2024, "resolution": "2698"}, ["resolution_unknown"], id="unknown-resolution"
        ),
        pytest.param(
            (13, 0, 2), {"year": 2019, "named": {"China": "abstain"}}, ["year_unknown"], id="unrecorded-year"
        ),
        pytest.param(
            (13, 0, 2),
            {"year": 2023, "named": {"Narnia": "abstain"}},
            ["unknown_country"],
            id="unknown-country",
        ),
        pytest.param((13, 0, 2), {"year": 2023, "named": {"China": "perhaps"}}, ["bad_vote"], id="bad-vote"),
        pytest.param((-1, 0, 2), {"year": 2023}, ["tally_negative"], id="negative"),
    ],
)
def test_check_tally(tally: tuple[int, int, int], kwargs: dict, expected: list[str]) -> None:
    assert codes(check_tally(*tally, **kwargs)) == expected


def test_flags_are_code_and_message_strings() -> None:
    (flag,) = check_tally(14, 0, 2, year=2023)
    assert isinstance(flag, str) and flag.startswith("tally_sum: ")
    assert flag.code == "tally_sum" and "16" in flag.message
    assert set(FLAG_CODES) >= {"tally_sum", "not_on_council", "kb_tally"}
    with pytest.raises(ValueError):
        Flag("made_up", "x")


def test_unanimous_claim_for_2793_is_flagged_as_known_misreport() -> None:
    assert codes(check_tally_text("adopted unanimously", year=2025, resolution="2793")) == [
        "kb_tally",
        "known_misreport",
    ]
    assert check_tally_text("unanimously", year=2026, resolution="2814") == []


def test_unanimous_with_abstentions_contradicts_itself() -> None:
    flags = check_tally(12, 0, 3, year=2025, unanimous=True)
    assert codes(flags) == ["tally_short"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13-0-2", (13, 0, 2)),
        ("by a vote of 13–0–2", (13, 0, 2)),
        ("13 in favour, none against, 2 abstentions", (13, 0, 2)),
        ("12 votes in favour to none against, with 3 abstentions", (12, 0, 3)),
        ("thirteen votes in favour, 0 against and two abstentions", (13, 0, 2)),
        ("adopted unanimously", (15, 0, 0)),
        ("a unanimous vote", (15, 0, 0)),
        ("passed 15-0", (15, 0, 0)),
        ("11 in favor, 2 against, 2 abstentions", (11, 2, 2)),
    ],
)
def test_parse_tally(text: str, expected: tuple[int, int, int]) -> None:
    tally = parse_tally(text)
    assert tally is not None and (tally.for_, tally.against, tally.abstain) == expected


@pytest.mark.parametrize("text", ["adopted on 2023-10-02", "the 15-member Council", "no vote was held"])
def test_parse_tally_finds_none(text: str) -> None:
    assert parse_tally(text) is None


def test_check_tally_text_without_a_tally_is_bad_input() -> None:
    with pytest.raises(InputError):
        check_tally_text("the Council met", year=2024)
