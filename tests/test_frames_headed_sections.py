"""A line that only names a mission heads the lines under it, also when the mission has closed.

Fact boxes and report sections about several missions ("Darfur, Sudan - UNAMID", then its bullets)
name each mission once, on its own line. Sentences written for this test; failed before.
"""

from __future__ import annotations

from missionwatch.nlp import extract

FACT_BOX = """FACTBOX: Three UN operations that have closed

Liberia - UNMIL
- Authorised in September 2003 with up to 15,000 military personnel.

Darfur, Sudan - UNAMID
- It was authorised to deploy up to 19,555 military personnel.
- Its mandate ended on 31 December 2020.

Mali - MINUSMA
- The Council ended the mandate on 30 June 2023.
"""


def test_each_section_is_its_headings_mission() -> None:
    got = {(c.measure, c.mission, c.value) for c in extract(FACT_BOX, "2024-03-01", extractor="frames")}
    assert ("personnel.target", "UNAMID", 19555) in got
    assert ("mandate.expiry", "MINUSMA", "2023-06-30") in got
    assert not any(m == "UNMIL" and v in (19555, "2023-06-30") for _, m, v in got)


def test_a_sentence_naming_a_closed_mission_in_passing_heads_nothing() -> None:
    text = (
        "The Multinational Security Support mission now has about 1,000 officers in Haiti.\n\n"
        "Its predecessor in spirit, MINUSTAH, left in 2017 after thirteen years.\n\n"
        "The force expects another 200 officers next month."
    )
    got = {(c.measure, c.mission, c.value) for c in extract(text, "2025-03-01", extractor="frames")}
    assert not any(m == "MINUSTAH" and v == 200 for _, m, v in got)
