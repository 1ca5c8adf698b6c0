"""The kind of personnel a mission-wide figure counts (v2): a ceiling whose owner the discourse
leaves to the force keeps the kind its words name, and a component's strength is that component's
kind (sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _people(text: str, published: str = "2026-03-02") -> set[tuple[str, str | None, object]]:
    return {
        (c.measure, c.subject, c.value)
        for c in extract(text, published)
        if c.measure.startswith("personnel.")
    }


def test_a_forces_ceiling_keeps_the_kind_its_words_name() -> None:
    text = (
        "Kenya flew 200 more officers to Port-au-Prince for the GSF on Monday. "
        "The force, which replaced a Kenyan-led mission, is meant to reach its full strength of 5,500 "
        "uniformed personnel by October."
    )
    got = _people(text)
    assert ("personnel.target", "uniformed", 5500) in got
    assert ("personnel.target", "KEN", 5500) not in got


def test_a_components_strength_is_that_kind() -> None:
    text = "As at 30 June 2025, the strength of the military component of UNMISS stood at 13,100 personnel."
    assert ("personnel.deployed", "military", 13100) in _people(text, "2025-07-20")


def test_a_strength_without_a_kind_stays_the_forces() -> None:
    text = "As at 30 June 2025, the strength of UNMISS stood at 16,400 personnel."
    assert ("personnel.deployed", None, 16400) in _people(text, "2025-07-20")


def test_a_kind_before_a_coordinated_figure_is_the_first_figures() -> None:
    # "N uniformed and M civilian personnel": the shared noun's last kind is only the second figure's
    text = "The resolution authorises 3,300 uniformed and 70 civilian personnel for the force in Haiti."
    got = _people(text)
    assert ("personnel.target", "uniformed", 3300) in got
    assert ("personnel.target", "civilian", 70) in got
    assert ("personnel.target", "civilian", 3300) not in got


def test_a_kind_before_an_aside_is_the_figures() -> None:
    text = (
        "Members set a cap of 2,600 personnel, with 2,550 uniformed (military and police) "
        "and 50 civilian staff."
    )
    got = _people(text)
    assert ("personnel.target", "uniformed", 2550) in got
    assert ("personnel.target", "civilian", 2550) not in got
