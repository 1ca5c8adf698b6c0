"""Missions and resolutions added for issue 9 item 5: EU naval and CSDP missions, the NNSC, the
founding resolutions news still cites and the renewals of late 2025 and January 2026.

A sample is read back against the pages the records cite (see their ``source`` and ``note``), the
names news uses resolve to one mission, and the new renewals keep their mission's chain in order.
"""

from __future__ import annotations

import pytest

from missionwatch.kb import council, missions

pytestmark = pytest.mark.usefixtures("kb_package_only")  # the package data, no overlay


# alias as news writes it -> code, kind, host, start, end
MISSIONS = [
    ("EUNAVFOR MED Irini", "IRINI", "eu", None, "2020-04-01", None),
    ("Operation Atalanta", "ATALANTA", "eu", None, "2008-12-08", None),
    ("EU NAVFOR Somalia", "ATALANTA", "eu", None, "2008-12-08", None),
    ("EUNAVFOR Aspides", "ASPIDES", "eu", None, "2024-02-19", None),
    ("EU Monitoring Mission in Georgia", "EUMM", "eu", "GEO", "2008-10-01", None),
    ("EU Mission in Armenia", "EUMA", "eu", "ARM", "2023-02-20", None),
    ("EUTM Mali", "EUTMMALI", "eu", "MLI", "2013", "2024-05-18"),
    ("EUTM Mozambique", "EUTMMOZ", "eu", None, "2021-07", "2024-08-31"),
    ("EUMAM Mozambique", "EUMAMMOZ", "eu", None, "2024-09-01", None),
    ("Neutral Nations Supervisory Commission", "NNSC", "ad_hoc", "KOR", "1953-07-27", None),
]


@pytest.mark.parametrize(("alias", "code", "kind", "host", "start", "end"), MISSIONS)
def test_new_missions_read_back(
    alias: str, code: str, kind: str, host: str | None, start: str, end: str | None
) -> None:
    m = missions.lookup(alias)
    assert m is not None, alias
    assert (m.code, m.kind, m.host, m.start, m.end) == (code, kind, host, start, end)
    assert m.source.url.startswith("http")


def test_eutm_mozambique_became_eumam_mozambique() -> None:
    assert [m.code for m in missions.chain("EUMAMMOZ")] == ["EUTMMOZ", "EUMAMMOZ"]
    training, assistance = missions.get("EUTMMOZ"), missions.get("EUMAMMOZ")
    assert training is not None and assistance is not None
    assert training.end is not None and assistance.start is not None
    assert training.end < assistance.start


def test_the_mission_in_mozambique_is_not_an_eu_training_mission() -> None:
    """Reporting's 'the (regional) mission in Mozambique' is SAMIM, not the EU's training or
    assistance mission working there: those record no host, so a description by host skips them."""
    from missionwatch.nlp import kbglue

    assert {m.code for m in kbglue.hosted_in("MOZ")} == {"SAMIM"}
    for code in ("EUTMMOZ", "EUMAMMOZ"):
        mission = missions.get(code)
        assert mission is not None and "Mozambique" in (mission.area or "")


def test_a_bare_eunavfor_names_no_operation() -> None:
    """Three operations carry the EUNAVFOR prefix: the prefix alone must not pick one."""
    assert missions.lookup("EUNAVFOR") is None


def test_untmis_was_not_duplicated() -> None:
    untmis = missions.lookup("UN Transitional Assistance Mission in Somalia")
    assert untmis is not None and untmis.code == "UNTMIS" and untmis.predecessor == "UNSOM"


# number, mission, date, tally (None where the page gives no count), abstaining members, expiry
RESOLUTIONS = [
    ("186", "UNFICYP", "1964-03-04", None, [], None),
    ("350", "UNDOF", "1974-05-31", "13-0-0", [], None),
    ("425", "UNIFIL", "1978-03-19", "12-0-2", [], None),
    ("426", "UNIFIL", "1978-03-19", "12-0-2", [], None),
    ("690", "MINURSO", "1991-04-29", "15-0-0", [], None),
    ("1244", "UNMIK", "1999-06-10", "14-0-1", ["CHN"], None),
    ("1701", "UNIFIL", "2006-08-11", "15-0-0", [], None),
    ("2773", "MONUSCO", "2025-02-21", "15-0-0", [], None),
    ("2809", "AUSSOM", "2025-12-23", "15-0-0", [], "2026-12-31"),
    ("2811", "UNDOF", "2025-12-29", "15-0-0", [], "2026-06-30"),
    ("2815", "UNFICYP", "2026-01-30", "13-0-2", ["PAK", "SOM"], "2027-01-31"),
]


@pytest.mark.parametrize(("number", "mission", "date", "tally", "abstain", "expiry"), RESOLUTIONS)
def test_new_resolutions_read_back(
    number: str, mission: str, date: str, tally: str | None, abstain: list[str], expiry: str | None
) -> None:
    res = council.resolution(number)
    assert res is not None, number
    assert (res.mission, res.date, res.expiry) == (mission, date, expiry)
    assert (str(res.tally) if res.tally else None) == tally
    assert res.voted("abstain") == sorted(abstain)
    assert res.source.url.startswith("http")
    assert number in [r.number for r in council.resolutions(mission)]


def test_founding_resolutions_are_their_missions_authorising_ones() -> None:
    for number, code in [("186", "UNFICYP"), ("350", "UNDOF"), ("425", "UNIFIL"), ("690", "MINURSO")]:
        mission = missions.get(code)
        assert mission is not None and number in mission.resolutions, (number, code)


def test_1244_acts_on_unmik_and_kfor_and_2809_on_aussom_and_untmis() -> None:
    assert "1244" in [r.number for r in council.resolutions("KFOR")]
    assert "2809" in [r.number for r in council.resolutions("UNTMIS")]
    aussom = council.resolution("2809")
    assert aussom is not None and aussom.ceiling == {"uniformed": 11826, "police": 680}


def test_1701_set_the_ceiling_2539_later_cut() -> None:
    first, cut = council.resolution("1701"), council.resolution("2539")
    assert first is not None and cut is not None
    assert first.ceiling == {"troops": 15000} and cut.ceiling == {"troops": 13000}


def test_non_voting_members_of_old_councils_are_kept_apart_from_the_tally() -> None:
    res = council.resolution("350")
    assert res is not None and res.voted("absent") == ["CHN", "IRQ"]
    assert res.tally is not None and res.tally.for_ == 13


@pytest.mark.parametrize(("before", "after"), [("2782", "2811"), ("2771", "2815")])
def test_new_renewals_follow_the_last_one_before_it_ran_out(before: str, after: str) -> None:
    old, new = council.resolution(before), council.resolution(after)
    assert old is not None and new is not None and old.mission == new.mission
    assert old.date < new.date <= (old.expiry or "")
    assert new.expiry is not None and new.expiry > (old.expiry or "")


def test_a_renewal_is_found_by_its_day_and_mission() -> None:
    assert [r.number for r in council.adopted_on("2025-12-29", mission="UNDOF")] == ["2811"]
    assert [r.number for r in council.adopted_on("2026-01-30", mission="the UN force in Cyprus")] == ["2815"]


def test_a_planned_strength_is_read_with_its_source() -> None:
    mss = missions.get("MSS")
    assert mss is not None and mss.planned_strength == 2500
    assert mss.planned_strength_source is not None and mss.planned_strength_source.date == "2024-10-01"


def test_a_planned_strength_without_a_source_is_refused() -> None:
    entry = {
        "code": "TESTM",
        "name": "Test mission",
        "kind": "ad_hoc",
        "planned_strength": 900,
        "source": {"title": "t", "outlet": "o", "date": "2024", "url": "https://example.org/"},
    }
    with pytest.raises(ValueError, match="planned_strength"):
        missions.Mission(**entry)
