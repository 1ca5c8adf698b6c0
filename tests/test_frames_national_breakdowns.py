"""One country's peacekeepers counted force by force. A count told in turn with the forces ("UNMISS,
with 1,712; MONUSCO, with 1,104") or the countries that host them ("1,577 in South Sudan") is that
force's share of the country's contingents, not the force's total and not the host's own army; a
country described by an apposition holding a figure owns the figure."""

from __future__ import annotations

import pytest

from missionwatch.nlp import extract


def _deployed(text: str, published: str = "2025-03-09") -> set[tuple[str | None, str | None, int]]:
    return {
        (c.mission, c.subject, int(c.value))
        for c in extract(text, published)
        if c.measure == "personnel.deployed"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nepal has some 6,100 personnel in United Nations peacekeeping missions, the army said. "
            "Of these, about 1,700 serve with UNMISS, nearly 1,200 with MONUSCO and close to 850 with "
            "UNIFIL.",
            {("UNMISS", "NPL", 1700), ("MONUSCO", "NPL", 1200), ("UNIFIL", "NPL", 850)},
            id="forces named after the counts",
        ),
        pytest.param(
            "Nepali troops and police make up one of the largest national groups in UN operations, with "
            "6,100 Nepali personnel deployed. The largest contingents are in the United Nations Mission in "
            "South Sudan (UNMISS), with 1,712 personnel; MONUSCO, with 1,104; and UNIFIL, with 861.",
            {("UNMISS", "NPL", 1712), ("MONUSCO", "NPL", 1104), ("UNIFIL", "NPL", 861)},
            id="forces named before the counts after a national total",
        ),
        pytest.param(
            "Sixty Bangladeshi police officers left Dhaka for Bangui on Saturday to join MINUSCA.\n\n"
            "According to the army, 5,640 Bangladeshi peacekeepers are serving in ten missions. Of them, "
            "1,402 are deployed in the Central African Republic, 1,577 in South Sudan and 1,511 in the "
            "Democratic Republic of the Congo.",
            {("MINUSCA", "BGD", 1402), ("UNMISS", "BGD", 1577), ("MONUSCO", "BGD", 1511)},
            id="host countries stand for their forces and are no owners",
        ),
    ],
)
def test_counts_told_in_turn_with_their_forces(text: str, expected: set[tuple[str, str, int]]) -> None:
    assert expected <= _deployed(text)


def test_a_sum_over_several_missions_is_none_of_them() -> None:
    text = (
        "About 5,700 Nepali soldiers and police serve in eleven missions, the biggest contingents being "
        "in South Sudan, with some 1,700, and in Lebanon, with close to 870."
    )
    got = _deployed(text)
    assert ("UNMISS", "NPL", 1700) in got and ("UNIFIL", "NPL", 870) in got
    assert not any(value == 5700 and mission in ("UNMISS", "UNIFIL") for mission, _, value in got)


def test_a_country_in_apposition_owns_its_figure() -> None:
    text = (
        "Spain, which has about 650 soldiers in UNIFIL, and Ghana, the third-largest contributor with "
        "roughly 870, oppose the cut."
    )
    assert ("UNIFIL", "GHA", 870) in _deployed(text, "2025-08-20")


def test_one_force_compared_with_itself_stays_one_force() -> None:
    got = _deployed("KFOR has about 4,500 troops in Kosovo, up from roughly 3,800 in 2023.", "2025-06-02")
    assert {mission for mission, _, _ in got} == {"KFOR"}


def test_a_month_before_the_offering_country_is_no_place() -> None:
    claims = extract("But remember that in December Chad offered 1,500 soldiers to the GSF.", "2026-03-25")
    assert {c.subject for c in claims if c.measure == "personnel.pledged"} == {"TCD"}


def test_people_counted_in_millions_are_no_force() -> None:
    text = "The 2026 humanitarian plan for Haiti aims to reach 3.9 million of them and asks for $910 million."
    assert not [c for c in extract(text, "2026-01-15") if c.measure.startswith("personnel.")]


def test_a_shortfall_is_no_ceiling() -> None:
    text = (
        "At this pace the GSF would reach roughly 3,800 by September, still about 1,700 short of its ceiling."
    )
    values = {int(c.value) for c in extract(text, "2026-03-01") if c.measure.startswith("personnel.")}
    assert 1700 not in values and 3800 in values


def test_a_further_count_after_a_breakdown_is_the_same_countrys() -> None:
    text = (
        "Nepali troops and police make up one of the largest national groups in UN operations, with "
        "6,100 Nepali personnel deployed. The largest contingents are in the United Nations Mission in "
        "South Sudan (UNMISS), with 1,712 personnel; MONUSCO, with 1,104; and UNIFIL, with 861. A further "
        "402 personnel were serving with the UN Interim Security Force in Abyei."
    )
    assert ("UNISFA", "NPL", 402) in _deployed(text)


def test_bare_counts_in_a_sentence_on_a_countrys_deployments() -> None:
    text = (
        "Nepal has 6,100 peacekeepers abroad. Besides South Sudan, the biggest Nepali deployments are in "
        "Lebanon, where some 870 serve with UNIFIL, and in the Democratic Republic of the Congo, with "
        "about 1,150 in MONUSCO."
    )
    got = _deployed(text)
    assert {("UNIFIL", "NPL", 870), ("MONUSCO", "NPL", 1150)} <= got
