"""The widened KB holds together: chains, dates, sources, votes; lookups are O(1) and right."""

from __future__ import annotations

import time

import pytest

from missionwatch.kb import council, missions
from missionwatch.kb._text import fold

pytestmark = pytest.mark.usefixtures("kb_package_only")  # the package data, no overlay


def test_successor_chains_are_acyclic_and_dated_in_order() -> None:
    for m in missions.all_missions():
        seen = [m.code]
        cur = m
        while cur.successor:
            nxt = missions.get(cur.successor)
            assert nxt is not None, cur.code
            assert nxt.code not in seen, f"cycle through {[*seen, nxt.code]}"
            # a successor outlives its predecessor (MINURCAT began before EUFOR Tchad/RCA handed over)
            if cur.start and nxt.end:
                assert cur.start[:7] <= nxt.end[:7], (cur.code, nxt.code)
            if cur.end and nxt.end:
                assert cur.end[:7] <= nxt.end[:7], (cur.code, nxt.code)
            seen.append(nxt.code)
            cur = nxt
        chain = [c.code for c in missions.chain(m.code)]
        assert m.code in chain and len(chain) == len(set(chain))


@pytest.mark.parametrize(
    ("code", "chain"),
    [
        ("BINUH", ["MIFH", "MINUSTAH", "MINUJUSTH", "BINUH"]),
        ("GSF", ["MSS", "GSF"]),
        ("ATMIS", ["AMISOM", "ATMIS", "AUSSOM"]),
        ("MINUSCA", ["MISCA", "MINUSCA"]),
        ("MINUSMA", ["AFISMA", "MINUSMA"]),
        ("UNMISS", ["UNAMIS", "UNMIS", "UNMISS"]),
        ("MONUSCO", ["MONUC", "MONUSCO"]),
        ("UNMIT", ["INTERFET", "UNTAET", "UNMISET", "UNOTIL", "UNMIT"]),
        ("BNUB", ["AMIB", "ONUB", "BINUB", "BNUB"]),
        ("UNIPSIL", ["UNAMSIL", "UNIOSIL", "UNIPSIL"]),
        ("UNAMID", ["AMIS", "UNAMID"]),
        ("EUFOR", ["SFOR", "EUFOR"]),
        ("UNTMIS", ["UNPOS", "UNSOM", "UNTMIS"]),
    ],
)
def test_known_chains(code: str, chain: list[str]) -> None:
    assert [m.code for m in missions.chain(code)] == chain


def test_the_field_is_covered() -> None:
    codes = {m.code for m in missions.all_missions()}
    wanted = {
        "AMISOM", "ATMIS", "AUSSOM", "SAMIDRC", "EACRF", "SAMIM", "ECOMIG", "ECOMIB", "MSS", "GSF",
        "KFOR", "EUFOR", "EULEX", "MFO", "MNJTF", "FCG5S", "MISCA", "MINUSCA", "AFISMA", "MINUSMA",
        "UNAMID", "UNMIL", "UNOCI", "MINUSTAH", "MINUJUSTH", "BINUH", "UNMIT", "UNMEE", "UNAMSIL",
        "UNMIS", "UNMISS", "UNMIK", "UNAMA", "UNAMI", "UNSMIL", "UNSOM", "UNITAMS", "UNMHA", "UNVMC",
        "UNOWAS", "UNOCA", "UNRCCA", "MONUC", "MONUSCO", "UNIFIL", "UNDOF", "UNFICYP", "MINURSO",
    }  # fmt: skip
    assert wanted <= codes, sorted(wanted - codes)
    assert len(codes) >= 90
    kinds = {m.kind for m in missions.all_missions()}
    assert {"un_peace_operation", "un_political", "au", "regional", "eu", "nato", "ad_hoc"} <= kinds


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MMAS", "MSS"),
        ("Mission multinationale d'appui à la sécurité", "MSS"),
        ("FRG", "GSF"),
        ("Force de répression des gangs", "GSF"),
        ("MONUC", "MONUC"),
        ("UN Mission in Liberia", "UNMIL"),
        ("ONUCI", "UNOCI"),
        ("Opération des Nations Unies en Côte d'Ivoire", "UNOCI"),
        ("Mission des Nations Unies pour la stabilisation en Haïti", "MINUSTAH"),
        ("AU-UN Hybrid Operation in Darfur", "UNAMID"),
        ("G5 Sahel Joint Force", "FCG5S"),
        ("FC-G5S", "FCG5S"),
        ("EUFOR Althea", "EUFOR"),
        ("UNOWA", "UNOWAS"),
        ("unsoa", "UNSOA"),
    ],
)
def test_lookup_of_names_and_foreign_names(text: str, code: str) -> None:
    found = missions.lookup(text)
    assert found is not None and found.code == code, text


def test_get_is_a_dict_lookup() -> None:
    assert missions.get("unmil").code == "UNMIL" and missions.get(" GSF ").code == "GSF"
    assert missions.get("NOPE") is None
    started = time.perf_counter()
    for _ in range(20_000):
        missions.get("UNMIL")
        council.resolution("2793")
    assert time.perf_counter() - started < 0.5  # a linear scan over every record would not be


def test_every_resolution_is_on_a_known_mission_dated_and_sourced() -> None:
    numbers = set()
    for res in council.resolutions():
        assert res.number not in numbers
        numbers.add(res.number)
        for code in (res.mission, *res.also_missions):
            assert missions.get(code) is not None, (res.number, code)
        assert (
            res.source.title and res.source.outlet and res.source.date and res.source.url.startswith("http")
        )
        if res.expiry:
            assert res.expiry >= res.date, res.number
        if res.tally is not None:
            assert res.tally.for_ + res.tally.against + res.tally.abstain <= 15, res.number
            if len(res.votes) == 15:
                assert len(res.voted("yes")) == res.tally.for_, res.number
                assert len(res.voted("no")) == res.tally.against, res.number
                assert len(res.voted("abstain")) == res.tally.abstain, res.number
        if res.vote_source is not None:
            assert res.vote_source.url.startswith("http")


def test_a_resolution_falls_within_its_missions_life() -> None:
    """Resolutions act on missions that exist (or are being created or ended) at the time."""
    for res in council.resolutions():
        m = missions.get(res.mission)
        if m.end:
            assert res.date[:7] <= m.end[:7] or res.date[:4] <= m.end[:4], (res.number, m.code)


def test_successor_resolutions_are_filed_under_the_successor() -> None:
    assert council.resolution("1925").mission == "MONUSCO"
    assert "MONUC" in council.resolution("1925").also_missions
    assert council.resolution("2767").mission == "AUSSOM"
    assert council.resolution("2149").mission == "MINUSCA"
    assert [r.number for r in council.resolutions("MONUC")][:2] == ["1291", "1925"]
    assert [r.number for r in council.resolutions("GSF")] == ["2793"]


def test_mission_authorising_resolutions_agree_with_the_resolution_records() -> None:
    for m in missions.all_missions():
        for number in m.resolutions:
            res = council.resolution(number)
            if res is not None:
                assert m.code in (res.mission, *res.also_missions), (m.code, number)


def test_fold_keeps_foreign_names_apart() -> None:
    forms = missions.surface_forms()
    folded: dict[str, str] = {}
    for form, code in forms.items():
        assert folded.setdefault(fold(form), code) == code, form
