"""Article 27: nine affirmative votes, and for substantive matters no permanent member voting no."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from missionwatch.council import outcome
from missionwatch.errors import InputError

ELECTED_2024 = ["CHE", "DZA", "ECU", "GUY", "JPN", "KOR", "MLT", "MOZ", "SLE", "SVN"]


@pytest.mark.parametrize(
    ("votes", "procedural", "adopted", "vetoed_by", "yes"),
    [
        pytest.param({}, False, True, [], 15, id="unanimous"),
        pytest.param({"CHN": "no"}, False, False, ["CHN"], 14, id="one-veto"),
        pytest.param({"CHN": "no", "RUS": "no"}, False, False, ["CHN", "RUS"], 13, id="double-veto"),
        pytest.param({"USA": "no"}, False, False, ["USA"], 14, id="us-veto"),
        pytest.param({"CHN": "abstain", "RUS": "abstain"}, False, True, [], 13, id="abstention-is-not-veto"),
        pytest.param({"RUS": "absent"}, False, True, [], 14, id="absence-is-not-veto"),
        pytest.param({"CHN": "no"}, True, True, [], 14, id="procedural-ignores-veto"),
        pytest.param({c: "no" for c in ELECTED_2024[:6]}, False, True, [], 9, id="nine-is-enough"),
        pytest.param({c: "abstain" for c in ELECTED_2024[:7]}, False, False, [], 8, id="eight-fail"),
        pytest.param(
            {c: "abstain" for c in ELECTED_2024[:7]}, True, False, [], 8, id="eight-fail-procedural"
        ),
        pytest.param({c: "absent" for c in ELECTED_2024[:7]}, False, False, [], 8, id="eight-fail-absences"),
        pytest.param(
            {**{c: "no" for c in ELECTED_2024[:7]}, "FRA": "no"},
            False,
            False,
            ["FRA"],
            7,
            id="short-and-vetoed",
        ),
        pytest.param(
            {"Russian Federation": "voted against", "China": "abstained"},
            False,
            False,
            ["RUS"],
            13,
            id="names-and-vote-words",
        ),
        pytest.param(
            {"Japan": "no", "Malta": "no", "Mozambique": "no"},
            False,
            True,
            [],
            12,
            id="elected-no-is-no-veto",
        ),
    ],
)
def test_article_27(
    votes: dict[str, str], procedural: bool, adopted: bool, vetoed_by: list[str], yes: int
) -> None:
    result = outcome(votes, year=2024, procedural=procedural)
    assert result.adopted is adopted
    assert result.vetoed_by == vetoed_by
    assert result.counts["yes"] == yes
    assert sum(result.counts.values()) == 15
    assert result.reason.startswith("Adopted" if adopted else "Not adopted")


def test_veto_reason_names_the_permanent_members() -> None:
    result = outcome({"CHN": "no", "RUS": "no"}, year=2024)
    assert result.reason == "Not adopted: vetoed by China, Russian Federation (permanent members voting no)"


def test_resolution_2699_as_voted_is_adopted() -> None:
    result = outcome({"China": "abstain", "Russia": "abstain"}, year=2023)
    assert result.adopted and result.counts == {"yes": 13, "no": 0, "abstain": 2, "absent": 0}
    assert "not a veto" in result.reason


def test_non_member_cannot_vote() -> None:
    with pytest.raises(InputError, match="Kenya did not sit"):
        outcome({"Kenya": "no"}, year=2024)


def test_unknown_country_and_vote_words() -> None:
    with pytest.raises(InputError):
        outcome({"Atlantis": "no"}, year=2024)
    with pytest.raises(InputError):
        outcome({"CHN": "maybe"}, year=2024)


def test_unrecorded_year_needs_all_fifteen_votes() -> None:
    with pytest.raises(InputError, match="name all 15"):
        outcome({"CHN": "no"}, year=1990)
    # Fifteen named votes (the 1990 Council, Zaire written as COD) are enough without the KB.
    council_1990 = [
        "CHN",
        "FRA",
        "RUS",
        "GBR",
        "USA",
        "CAN",
        "CIV",
        "COL",
        "CUB",
        "ETH",
        "FIN",
        "MYS",
        "ROU",
        "YEM",
        "COD",
    ]
    votes = {c: "yes" for c in council_1990} | {"CUB": "no"}
    result = outcome(votes, year=1990)
    assert result.adopted and result.counts["no"] == 1


VOTES = ("yes", "no", "abstain", "absent")


@settings(max_examples=200, deadline=None)
@given(year=st.sampled_from(range(2020, 2027)), data=st.data(), procedural=st.booleans())
def test_article_27_property(year: int, data: st.DataObject, procedural: bool) -> None:
    """Adopted exactly when nine or more vote yes and, unless procedural, no permanent member votes no."""
    from missionwatch.kb import council

    seats = [m.alpha3 for m in council.members(year)]
    votes = {code: data.draw(st.sampled_from(VOTES), label=code) for code in seats}
    result = outcome(votes, year=year, procedural=procedural)
    yes = sum(v == "yes" for v in votes.values())
    p5_no = [c for c in council.permanent_members() if votes[c] == "no"]
    assert result.adopted == (yes >= 9 and (procedural or not p5_no))
    assert result.vetoed_by == ([] if procedural else p5_no)
    assert result.counts == {v: sum(x == v for x in votes.values()) for v in VOTES}
