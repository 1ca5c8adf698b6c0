"""Missions and operations added for issue 9 item 5 (second round): NATO Mission Iraq, the ECOWAS
mission in Guinea-Bissau, the unified force of the Alliance of Sahel States, the Global Coalition's
Operation Inherent Resolve, Operation Prosperity Guardian, France's Serval, Barkhane and Sangaris,
UNITAD, EUMAM Ukraine and the OSCE Mission in Kosovo.

Each record is read back (code, kind, host, dates) as the page its ``source`` names gives it, the
names news uses resolve to it, and the extractor files a figure in a sentence naming it under it.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from missionwatch.kb import missions
from missionwatch.nlp import extract

pytestmark = pytest.mark.usefixtures("kb_package_only")  # the package data, no overlay


# code, kind, host, also_hosts, lead, start, end
RECORDS = [
    ("NMI", "nato", "IRQ", (), None, "2018", None),
    ("ESSMGB", "regional", "GNB", (), None, "2022-05", None),
    ("FUAES", "regional", "NER", ("MLI", "BFA"), None, "2025-12-20", None),
    ("OIR", "ad_hoc", "IRQ", ("SYR",), "USA", "2014-10", None),
    ("PROSPERITYGUARDIAN", "ad_hoc", None, (), "USA", "2023-12-18", None),
    ("OPSERVAL", "other", "MLI", (), "FRA", "2013-01-11", "2014-07"),
    ("BARKHANE", "other", "MLI", ("BFA", "NER", "TCD", "MRT"), "FRA", "2014-08-01", "2022-11-09"),
    ("SANGARIS", "other", "CAF", (), "FRA", "2013-12-05", "2016-10-30"),
    ("UNITAD", "un_political", "IRQ", (), None, "2017-09", "2024-09-17"),
    ("EUMAMUKR", "eu", None, (), None, "2022-11-15", None),
    ("OMIK", "regional", "XKX", (), None, "1999-07-01", None),
    ("EFP", "nato", "EST", ("LVA", "LTU", "POL"), None, "2017", None),
]


@pytest.mark.parametrize(("code", "kind", "host", "also", "lead", "start", "end"), RECORDS)
def test_record_reads_back(
    code: str,
    kind: str,
    host: str | None,
    also: tuple[str, ...],
    lead: str | None,
    start: str,
    end: str | None,
) -> None:
    m = missions.get(code)
    assert m is not None, code
    assert (m.kind, m.host, m.also_hosts, m.lead, m.start, m.end) == (kind, host, also, lead, start, end)
    assert m.source.url.startswith("http") and m.source.title and m.source.outlet


# the name as news writes it -> code
ALIASES = [
    ("NMI", "NMI"),
    ("NATO Mission Iraq", "NMI"),
    ("NATO Mission-Iraq", "NMI"),
    ("NATO's mission in Iraq", "NMI"),
    ("NATO’s mission in Iraq", "NMI"),
    ("eFP", "EFP"),
    ("NATO's enhanced Forward Presence", "EFP"),
    ("ESSMGB", "ESSMGB"),
    ("SSMGB", "ESSMGB"),
    ("ECOWAS Stabilisation Support Mission in Guinea-Bissau", "ESSMGB"),
    ("ECOWAS Stabilization Support Mission in Guinea-Bissau", "ESSMGB"),
    ("Guinea-Bissau Stabilisation Support Mission", "ESSMGB"),
    ("FU-AES", "FUAES"),
    ("AES joint force", "FUAES"),
    ("AES unified force", "FUAES"),
    ("Unified Force of the AES", "FUAES"),
    ("Force unifiée de l'AES", "FUAES"),
    ("OIR", "OIR"),
    ("CJTF-OIR", "OIR"),
    ("Operation Inherent Resolve", "OIR"),
    ("Combined Joint Task Force – Operation Inherent Resolve", "OIR"),
    ("Global Coalition to Defeat ISIS", "OIR"),
    ("Global Coalition against Daesh", "OIR"),
    ("Operation Prosperity Guardian", "PROSPERITYGUARDIAN"),
    ("Operation Serval", "OPSERVAL"),
    ("Opération Barkhane", "BARKHANE"),
    ("Operation Sangaris", "SANGARIS"),
    ("UNITAD", "UNITAD"),
    ("U.N. Investigative Team to Promote Accountability for Crimes Committed by Da'esh/ISIL", "UNITAD"),
    ("EUMAM Ukraine", "EUMAMUKR"),
    ("EU Military Assistance Mission in support of Ukraine", "EUMAMUKR"),
    ("OSCE Mission in Kosovo", "OMIK"),
    ("OMiK", "OMIK"),
]


@pytest.mark.parametrize(("alias", "code"), ALIASES)
def test_alias_resolves(alias: str, code: str) -> None:
    m = missions.lookup(alias)
    assert m is not None and m.code == code, alias


@pytest.mark.parametrize(
    "name",
    [
        "Global Coalition",  # any "global coalition" of NGOs or donors
        "NATO Training Mission in Iraq",  # NTM-I (2004-2011), another mission
        "AES",  # the confederation, not its force
        "joint force",
        "unified force",
        "Serval",  # the wild cat
        "RSF",  # Sudan's Rapid Support Forces
        "EUMAM",  # EUMAM Mozambique as well as EUMAM Ukraine
    ],
)
def test_names_of_other_things_are_no_alias(name: str) -> None:
    found = missions.lookup(name)
    assert found is None or found.code not in {c for c, *_ in RECORDS}, name


def test_barkhane_followed_serval() -> None:
    assert [m.code for m in missions.chain("BARKHANE")] == ["OPSERVAL", "BARKHANE"]


# a sentence of our own naming the mission -> the code its figure is filed under
SENTENCES = [
    (
        "NATO Mission Iraq now has about 500 personnel deployed in Baghdad, an alliance spokesperson said.",
        "NMI",
    ),
    (
        "The ECOWAS Stabilisation Support Mission in Guinea-Bissau has some 600 troops deployed in the "
        "country, officials said.",
        "ESSMGB",
    ),
    ("The AES joint force will number 5,000 troops, Niger's defence minister said on Tuesday.", "FUAES"),
    ("Operation Inherent Resolve still has about 2,000 troops deployed in Iraq, an official said.", "OIR"),
    (
        "Operation Barkhane had about 5,100 troops deployed across the Sahel, the French army said.",
        "BARKHANE",
    ),
]


@pytest.mark.parametrize(("text", "code"), SENTENCES)
def test_extractor_files_the_figure_under_the_new_mission(text: str, code: str) -> None:
    claims = [c for c in extract(text, "2026-02-01") if c.measure.startswith("personnel.")]
    assert claims, text
    assert {c.mission for c in claims} == {code}
