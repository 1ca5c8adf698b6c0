"""The knowledge base holds together: sources everywhere, 15 seats a year, votes that add up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionwatch.kb import council, countries, missions, people
from missionwatch.kb.source import Source

FACTS = Path("/work/shared/reference/facts.jsonl")


def test_every_mission_has_a_sourced_record_with_valid_codes() -> None:
    codes = {m.code for m in missions.all_missions()}
    assert len(codes) == len(missions.all_missions()), "duplicate mission code"
    for m in missions.all_missions():
        assert isinstance(m.source, Source) and m.source.url.startswith("http")
        for code in filter(None, (m.lead, m.host, *m.also_hosts)):
            assert countries.country_name(code), (m.code, code)
        for other in filter(None, (m.successor, m.predecessor)):
            assert other in codes, (m.code, other)
        if m.end and m.start:
            assert m.start <= m.end, m.code


def test_successions_are_symmetric() -> None:
    for m in missions.all_missions():
        if m.successor:
            assert missions.get(m.successor).predecessor == m.code, m.code


def test_no_alias_names_two_missions() -> None:
    from missionwatch.kb._text import fold

    seen: dict[str, str] = {}
    for form, code in missions.surface_forms().items():
        assert seen.setdefault(fold(form), code) == code, form


def test_haiti_missions_and_their_resolutions() -> None:
    mss, gsf = missions.lookup("MSS"), missions.lookup("GSF")
    assert mss.lead == "KEN" and mss.host == "HTI" and mss.successor == "GSF"
    assert mss.resolutions == ("2699", "2751") and gsf.resolutions == ("2793",)
    for m in missions.all_missions():
        for number in m.resolutions:
            res = council.resolution(number)
            if res is not None:  # older authorising resolutions are recorded on the mission only
                assert m.code in (res.mission, *res.also_missions), (m.code, number)


def test_recorded_years() -> None:
    assert council.known_years() == list(range(2020, 2027))


@pytest.mark.parametrize("year", range(2020, 2027))
def test_composition_has_fifteen_members_five_permanent(year: int) -> None:
    members = council.members(year)
    assert len(members) == 15 and len({m.alpha3 for m in members}) == 15
    assert sorted(m.alpha3 for m in members if m.permanent) == ["CHN", "FRA", "GBR", "RUS", "USA"]
    for m in members:
        assert m.source.url.startswith("http")
        assert countries.country_name(m.alpha3)
        if not m.permanent:
            assert m.term[0] <= year <= m.term[1] and m.term[1] - m.term[0] == 1


def test_elected_members_serve_two_consecutive_years() -> None:
    for year in range(2021, 2027):
        stayed = {m.alpha3 for m in council.members(year - 1) if not m.permanent} & {
            m.alpha3 for m in council.members(year) if not m.permanent
        }
        assert len(stayed) == 5, year


def test_composition_matches_facts_jsonl() -> None:
    if not FACTS.exists():
        pytest.skip("shared reference facts not available")
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        if fact["measure"] == "council.member" and "," not in fact["subject"]:
            code = countries.to_alpha3(fact["subject"])
            assert council.sat_on_council(code, int(fact["value"])), fact["subject"]


def test_every_resolution_is_sourced_and_its_votes_add_up() -> None:
    for res in council.resolutions():
        assert res.source.url.startswith("http"), res.number
        assert res.date.startswith(str(res.year))
        assert missions.get(res.mission) is not None, res.number
        for code in res.penholders:
            assert countries.country_name(code)
        if res.tally is None:
            continue
        assert res.tally.for_ + res.tally.against + res.tally.abstain <= 15
        if res.year in council.known_years():
            assert len(res.votes) == 15
            assert len(res.voted("yes")) == res.tally.for_
            assert len(res.voted("no")) == res.tally.against
            assert len(res.voted("abstain")) == res.tally.abstain
            for code in (*res.votes, *res.penholders):
                assert council.sat_on_council(code, res.year), (res.number, code)


def test_resolutions_agree_with_facts_jsonl() -> None:
    if not FACTS.exists():
        pytest.skip("shared reference facts not available")
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        number = fact.get("resolution")
        if not number or "CONFLICT" in (fact.get("note") or ""):
            continue
        res = council.resolution(number)
        assert res is not None, number
        measure, value = fact["measure"], fact["value"]
        if measure == "council.adopted":
            assert res.date == value
        elif measure == "council.vote":
            assert (str(res.tally) if value != "unanimous" else res.tally.unanimous) in (value, True)
        elif measure == "council.member_vote":
            assert res.votes[countries.to_alpha3(fact["subject"])] == value
        elif measure == "council.penholder":
            assert countries.to_alpha3(fact["subject"]) in res.penholders
        elif measure == "council.meeting":
            assert res.meeting == value
        elif measure == "mandate.expiry" and fact["mission"] == res.mission:
            assert res.expiry == value
        elif measure == "mandate.duration" and fact["mission"] == res.mission:
            assert res.duration_months == value


def test_the_four_key_resolutions() -> None:
    assert str(council.resolution("2699").tally) == "13-0-2"
    assert council.resolution("2699").voted("abstain") == ["CHN", "RUS"]
    assert council.resolution("2751").tally.unanimous
    assert council.resolution("2793").voted("abstain") == ["CHN", "PAK", "RUS"]
    assert council.resolution("2814").expiry == "2027-01-31"
    assert [r.number for r in council.resolutions("BINUH")][-2:] == ["2785", "2814"]
    assert [r.number for r in council.resolutions("the Kenya-led mission")] == ["2699", "2751", "2793"]


def test_adopted_on_links_a_day_to_its_resolution() -> None:
    assert [r.number for r in council.adopted_on("2024-09-30")] == ["2751"]
    assert [r.number for r in council.adopted_on("2025-09-30", mission="GSF")] == ["2793"]
    assert council.adopted_on("2025-09-30", mission="BINUH") == []
    in_2025 = council.adopted_on("2025")
    assert {"2785", "2786", "2790", "2793"} <= {r.number for r in in_2025}
    assert all(r.date.startswith("2025") for r in in_2025)
    assert [r.date for r in in_2025] == sorted(r.date for r in in_2025)
    assert [r.number for r in council.adopted_on("2025-08-28")] == ["2790"]
    assert council.adopted_on("2024-10-01") == []


def test_resolution_number_spellings() -> None:
    for text in ("2699", 2699, "resolution 2699", "S/RES/2699 (2023)", "S/RES/2699(2023)", "Res. 2699"):
        assert council.resolution(text).number == "2699", text
    assert council.resolution("no number") is None


def test_sat_on_council() -> None:
    assert council.sat_on_council("China", 2026)
    assert council.sat_on_council("Ecuador", 2024) and not council.sat_on_council("Ecuador", 2025)
    assert council.sat_on_council("DRC", 2026) and not council.sat_on_council("Kenya", 2023)


def test_every_person_has_sourced_roles_and_resolves() -> None:
    for person in people.all_people():
        assert person.roles, person.name
        for role in person.roles:
            assert role.source.url.startswith("http"), person.name
            if role.country:
                assert countries.country_name(role.country)
            if role.mission:
                assert missions.get(role.mission) is not None
            if role.start and role.end:
                assert role.start <= role.end
        for form in (person.name, *person.aliases):
            assert people.lookup(form) is person, form


def test_people_of_facts_jsonl_are_in_the_kb() -> None:
    if not FACTS.exists():
        pytest.skip("shared reference facts not available")
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        if fact["measure"] == "role":
            assert people.lookup(fact["subject"]) is not None, fact["subject"]


def test_people_lookup() -> None:
    assert people.lookup("Kenyan President William Ruto").name == "William Ruto"
    assert people.lookup("Ruto").name == "William Ruto"
    assert people.lookup("stephane dujarric").name == "Stéphane Dujarric"
    assert people.lookup("Henry") is None  # Ariel Henry and Kevron Henry
    assert people.lookup("El Salvador") is None
    conille = people.lookup("Garry Conille")
    assert conille.role_on("2024-09-30").title == "Prime Minister of Haiti"
    assert conille.role_on("2025-01-15") is None


def test_country_aliases_of_the_scorer_resolve() -> None:
    """Every alias the reference scorer knows resolves to the same code (lower-case forms aside)."""
    scorer = Path("/work/shared/tools/score.py")
    if not scorer.exists():
        pytest.skip("shared scorer not available")
    namespace: dict = {}
    source = scorer.read_text(encoding="utf-8")
    start = source.index("ALIASES = {")
    end = source.index("\n}\n", start) + 3
    exec(source[start:end], namespace)
    for code, names in namespace["ALIASES"].items():
        for name in names:
            # The scorer folds case; abbreviations only match in capitals here ("us" is a pronoun).
            found = countries.to_alpha3(name) or countries.to_alpha3(name.upper())
            assert found == code, (name, found, code)
