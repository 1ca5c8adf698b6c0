"""Which of a mission and its successor a figure belongs to (v2): a plan told before the new mission
begins is the new mission's, a promise dated before the article stays with the mission of its time,
and an authorisation ending before the new mission could have run a first term is the old one's
(sentences written for these tests)."""

from __future__ import annotations

from missionwatch.nlp.frames.pipeline import extract


def _facts(text: str, published: str) -> set[tuple[str, str | None, str | None, object]]:
    return {(c.measure, c.mission, c.subject, c.value) for c in extract(text, published)}


def test_a_plan_for_a_mission_not_yet_begun_is_its_own() -> None:
    text = (
        "ATMIS hands over to AUSSOM on 1 January. "
        "The AU has put the first-year cost of AUSSOM at about $166 million."
    )
    assert ("funding.required", "AUSSOM", None, 166_000_000) in _facts(text, "2024-12-20")


def test_a_planned_size_of_the_successor_is_the_successors() -> None:
    text = (
        "ATMIS is winding down. "
        "The mission that replaces it on 1 January, AUSSOM, is planned at about 11,900 personnel."
    )
    got = _facts(text, "2024-12-20")
    assert any(m == "personnel.target" and mission == "AUSSOM" and v == 11900 for m, mission, _, v in got), (
        got
    )


def test_a_promise_dated_before_the_article_stays_with_its_mission() -> None:
    text = (
        "The GSF replaced the MSS in October. Kenya had pledged 1,000 officers to the mission in July 2023."
    )
    got = _facts(text, "2025-12-01")
    assert ("personnel.pledged", "MSS", "KEN", 1000) in got, got


def test_an_authorisation_ending_days_after_the_successor_began_is_the_predecessors() -> None:
    text = (
        "The Council turned the MSS into the GSF on 30 September. "
        "Its authorisation was due to run out on 2 October."
    )
    got = _facts(text, "2025-10-06")
    assert ("mandate.expiry", "MSS", None, "2025-10-02") in got, got
    assert ("mandate.expiry", "GSF", None, "2025-10-02") not in got
