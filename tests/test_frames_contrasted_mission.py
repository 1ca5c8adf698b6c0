"""A mission named only to be set against the topic ("Unlike Operation Prosperity Guardian, it will
not strike targets on land") does not become "the operation" of the sentences after it; "the
original mission" is the one the current force replaced. Texts written for these tests; each failed
before."""

from __future__ import annotations

from missionwatch.nlp import extract

TEXT = """Explainer: the EU's naval mission in the Red Sea

BRUSSELS — EU ministers on Monday launched EUNAVFOR Aspides to protect merchant ships in the Red Sea. \
Unlike the U.S.-led Operation Prosperity Guardian, it will not strike targets on land.

Who is sending ships?
At the launch, three member states had committed frigates: Greece, Italy and France.
"""


def test_a_mission_set_against_the_topic_does_not_take_it_over() -> None:
    statuses = {
        (c.mission, c.subject)
        for c in extract(TEXT, "2024-02-20", extractor="frames")
        if c.measure == "contributor"
    }
    assert {("ASPIDES", "GRC"), ("ASPIDES", "ITA"), ("ASPIDES", "FRA")} <= statuses


def test_the_original_mission_is_the_one_the_current_force_replaced() -> None:
    text = (
        "Haiti force\n\nThe Gang Suppression Force has about 1,000 personnel. Benin, which had "
        "offered 2,000 soldiers to the original mission, has yet to deploy anyone."
    )
    claims = {(c.measure, c.mission, c.value) for c in extract(text, "2026-01-10", extractor="frames")}
    assert ("personnel.pledged", "MSS", 2000) in claims
    assert ("personnel.deployed", "GSF", 1000) in claims
