"""Missions added for the held-out golds, second round: RAMSI, the OSCE SMM, Operation Ocean Shield and
EUCAP Sahel Niger, with the aliases added to EUTM Mali, the NATO eFP, the MIFH and the IEMF.

Each new record reads back by code and by every alias, its dates are in order and it cites a source;
one sentence written for each is linked to it by the extractor.
"""

from __future__ import annotations

import pytest

from missionwatch.kb import missions
from missionwatch.nlp import extract

NEW = ("RAMSI", "SMM", "OCEANSHIELD", "EUCAPSAHELNIGER")


@pytest.mark.parametrize("code", NEW)
def test_new_record_reads_back_by_code_and_every_alias(code: str) -> None:
    mission = missions.get(code)
    assert mission is not None
    assert missions.lookup(code) == mission
    assert missions.lookup(mission.name) == mission
    for alias in mission.aliases:
        assert missions.lookup(alias) == mission, alias


@pytest.mark.parametrize("code", NEW)
def test_new_record_has_ordered_dates_and_a_source(code: str) -> None:
    mission = missions.get(code)
    assert mission is not None
    assert mission.start and mission.end
    assert mission.start < mission.end
    assert mission.source.url.startswith("http")
    assert mission.source.title and mission.source.outlet and mission.source.date


def test_new_records_facts() -> None:
    ramsi, smm = missions.get("RAMSI"), missions.get("SMM")
    ocean, eucap = missions.get("OCEANSHIELD"), missions.get("EUCAPSAHELNIGER")
    assert ramsi and smm and ocean and eucap
    assert (ramsi.lead, ramsi.host, ramsi.kind) == ("AUS", "SLB", "regional")
    assert (smm.host, smm.start, smm.end) == ("UKR", "2014-03-21", "2022-03-31")
    assert (ocean.kind, ocean.host, ocean.end) == ("nato", None, "2016-12-15")
    # no host on purpose, as for EUTM Mozambique: "the mission in Niger" is no civilian EU mission
    assert (eucap.kind, eucap.host) == ("eu", None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("EUTM-MALI", "EUTMMALI"),
        ("EUTM-Mali", "EUTMMALI"),
        ("NATO eFP", "EFP"),
        ("MIF", "MIFH"),
        ("Fuerza Multinacional Provisional", "MIFH"),
        ("Force multinationale intérimaire", "MIFH"),
        ("Force multinationale intérimaire d'urgence", "IEMF"),
        ("Global Coalition against Daesh", "OIR"),
    ],
)
def test_aliases_of_existing_records(text: str, code: str) -> None:
    mission = missions.lookup(text)
    assert mission is not None and mission.code == code


@pytest.mark.parametrize("text", ["Ocean Shield", "Global Coalition", "EUCAP Sahel", "OPG", "RSF", "EPF"])
def test_forms_left_out(text: str) -> None:
    assert missions.lookup(text) is None


@pytest.mark.parametrize(
    ("text", "published", "language", "code"),
    [
        ("RAMSI had about 300 police officers deployed in Honiara this month.", "2017-06-20", None, "RAMSI"),
        (
            "The OSCE Special Monitoring Mission to Ukraine had about 500 international monitors deployed "
            "across the country.",
            "2022-02-20",
            None,
            "SMM",
        ),
        (
            "NATO's Operation Ocean Shield had about 500 sailors deployed off the Horn of Africa.",
            "2012-05-01",
            None,
            "OCEANSHIELD",
        ),
        (
            "EUCAP Sahel Niger had about 120 international staff deployed in Niamey.",
            "2020-01-15",
            None,
            "EUCAPSAHELNIGER",
        ),
        ("EUTM-Mali had more than 1,000 personnel deployed in the country.", "2021-06-01", None, "EUTMMALI"),
        ("The MIF had about 3,600 troops deployed in Haiti.", "2004-04-30", None, "MIFH"),
        (
            "Le Canada maintient environ 500 militaires au sein de la Force multinationale intérimaire, "
            "selon Ottawa.",
            "2004-04-30",
            "fr",
            "MIFH",
        ),
        (
            "La France maintient environ 1 000 militaires au sein de la Force multinationale "
            "intérimaire d'urgence à Bunia, selon Paris.",
            "2003-07-10",
            "fr",
            "IEMF",
        ),
    ],
)
def test_extractor_links_a_sentence_to_the_mission(
    text: str, published: str, language: str | None, code: str
) -> None:
    claims = extract(text, published=published, language=language)
    assert claims
    assert {c.mission for c in claims} == {code}
