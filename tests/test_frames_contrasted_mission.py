"""A mission named only to be set against the topic ("Unlike Operation Prosperity Guardian, it will
not strike targets on land") does not become "the operation" of the sentences after it. Text written
for this test; it failed before."""

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
