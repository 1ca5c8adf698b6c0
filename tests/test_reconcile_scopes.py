"""Scopes and components (issue 10, item 3): what a figure counts decides what it is compared with.

Sentences are our own; each test builds the claims an extractor would give for them.
"""

from __future__ import annotations

from typing import Any

from missionwatch.models import StoredClaim
from missionwatch.reconcile import Fact, reconcile
from missionwatch.reconcile.scopes import figure_context, prepare, reads_as_target, scope_of


def claim(measure: str, value: Any, sentence: str, **kw: Any) -> StoredClaim:
    fields: dict[str, Any] = {
        "measure": measure,
        "mission": "MSS",
        "value": value,
        "unit": "persons" if not measure.startswith("funding.") else "USD",
        "qualifier": "exact",
        "as_of": "2024-09-12",
        "sentence": sentence,
        "document_id": "doc-a",
        "published": "2024-09-12",
    }
    fields.update(kw)
    return StoredClaim(**fields)


def only(facts: list[Fact], **where: Any) -> Fact:
    found = [f for f in facts if all(getattr(f, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, [(f.measure, f.subject, f.scope, f.component, f.best) for f in facts])
    return found[0]


PARTS = "Belize will send its whole promised unit, 120 soldiers and 45 police officers, by March."


def test_parts_given_alone_are_summed_into_the_total_and_kept_as_components() -> None:
    facts = reconcile(
        [
            claim("personnel.pledged", 120, PARTS, subject="Belize"),
            claim("personnel.pledged", 45, PARTS, subject="Belize"),
        ]
    )
    total = only(facts, measure="personnel.pledged", subject="BLZ", component=None)
    assert (total.best, total.decided_by, total.flags) == (165, "components", ["summed"])
    assert "120 military" in total.notes[0] and "45 police" in total.notes[0]
    assert only(facts, subject="BLZ", component="military").best == 120
    assert only(facts, subject="BLZ", component="police").best == 45


def test_a_stated_total_is_never_reconciled_against_its_parts() -> None:
    s = "Belize promised a unit of 165: 120 soldiers and 45 police officers."
    facts = reconcile(
        [
            claim("personnel.pledged", 165, s, subject="Belize"),
            claim("personnel.pledged", 120, s, subject="Belize"),
            claim("personnel.pledged", 45, s, subject="Belize"),
        ]
    )
    total = only(facts, measure="personnel.pledged", subject="BLZ", component=None)
    assert (total.best, total.low, total.high, total.decided_by) == (165, 165, 165, "agreement")
    assert not total.conflict and "summed" not in total.flags
    assert {f.component for f in facts} == {None, "military", "police"}


def test_two_figures_that_are_not_parts_still_compete() -> None:
    s = "Belize has 120 officers in Haiti, the ministry said, though another report put it at 130 officers."
    facts = reconcile(
        [
            claim("personnel.deployed", 120, s, subject="Belize"),
            claim("personnel.deployed", 130, s, subject="Belize"),
        ]
    )
    f = only(facts, measure="personnel.deployed", subject="BLZ")
    assert (f.low, f.high, f.component) == (120, 130, None)


def test_a_contributor_above_the_mission_total_of_the_same_dates_is_flagged() -> None:
    facts = reconcile(
        [
            claim("personnel.deployed", 500, "About 500 officers serve with the force.", qualifier="approx"),
            claim(
                "personnel.deployed",
                650,
                "Belize alone has 650 officers there.",
                subject="Belize",
                document_id="doc-b",
                as_of="2024-09-15",
            ),
        ]
    )
    f = only(facts, measure="personnel.deployed", subject="BLZ")
    assert f.flags == ["exceeds_total"] and "500" in f.notes[0]
    assert not only(facts, measure="personnel.deployed", subject=None).flags


def test_a_contributor_within_the_total_and_one_above_an_older_total() -> None:
    total = claim("personnel.deployed", 500, "About 500 officers serve with the force.", qualifier="approx")
    within = claim("personnel.deployed", 400, "Belize has 400 of them.", subject="Belize", document_id="b")
    later = claim(
        "personnel.deployed",
        700,
        "Belize now has 700 officers there.",
        subject="Belize",
        document_id="c",
        as_of="2025-02-01",
        published="2025-02-01",
    )
    facts = reconcile([total, within, later])
    by_date = {f.as_of: f for f in facts if f.subject == "BLZ"}
    assert by_date["2024-09-12"].flags == []
    assert by_date["2025-02-01"].flags == ["exceeds_older_total"]
    assert "out of date" in by_date["2025-02-01"].notes[0]


def test_a_total_given_as_a_lower_bound_is_not_exceeded() -> None:
    facts = reconcile(
        [
            claim(
                "personnel.deployed",
                500,
                "More than 500 officers serve with the force.",
                qualifier="at_least",
            ),
            claim("personnel.deployed", 650, "Belize has 650 officers.", subject="Belize", document_id="b"),
        ]
    )
    assert only(facts, subject="BLZ").flags == []


def test_incident_period_and_part_tolls_are_three_series() -> None:
    base = {"mission": None, "subject": "Haiti", "qualifier": "at_least", "as_of": "2024-12-31"}
    year = claim("killed", 4000, "Violence killed more than 4,000 people in Haiti last year.", **base)
    massacre = claim(
        "killed",
        150,
        "More than 150 people were slain in a raid on a coastal village in early November.",
        **{**base, "as_of": "2024-11"},
    )
    part = claim(
        "killed",
        3,
        "The dead include three nurses caught in the crossfire.",
        **{**base, "qualifier": "exact"},
    )
    facts = reconcile([year, massacre, part])
    assert {(f.scope, f.best) for f in facts} == {("period", 4000), ("incident", 150), ("part", 3)}
    period = only(facts, scope="period")
    assert (period.low, period.high, period.conflict) == (4000, 4000, False)


def test_fund_money_and_other_money_are_two_series() -> None:
    bilateral = claim(
        "funding.contributed",
        250_000_000,
        "Washington has given some $250 million in equipment and logistics to the mission.",
        subject="United States",
        qualifier="approx",
    )
    fund = claim(
        "funding.contributed",
        12_000_000,
        "The United States has paid $12 million into the UN trust fund.",
        subject="United States",
        document_id="doc-b",
    )
    facts = reconcile([bilateral, fund])
    assert only(facts, scope=None, subject="USA").best == 250_000_000
    assert only(facts, scope="fund", subject="USA").best == 12_000_000


def test_a_figure_repeated_in_one_document_keeps_its_fund_scope() -> None:
    a = claim(
        "funding.contributed", 12_000_000, "Washington paused a payment of about $12 million.", subject="USA"
    )
    b = claim(
        "funding.contributed",
        12_000_000,
        "Of the trust fund's money, the US gave $12 million.",
        subject="USA",
    )
    facts = reconcile([a, b])
    assert [(f.scope, f.best, f.decided_by) for f in facts] == [("fund", 12_000_000, "agreement")]


def test_the_fund_is_read_in_the_figure_s_own_clause() -> None:
    s = "The trust fund has received $30 million, while the operation needs about $500 million a year."
    assert scope_of(claim("funding.contributed", 30_000_000, s)) == "fund"
    assert scope_of(claim("funding.required", 500_000_000, s)) is None


def test_a_target_read_as_deployed_never_becomes_the_strength() -> None:
    s = "Around 380 officers are in Haiti, well short of the 2,800 the force was designed for."
    deployed = claim("personnel.deployed", 380, s, qualifier="approx")
    target_as_deployed = claim("personnel.deployed", 2800, s)
    assert reads_as_target(target_as_deployed) and not reads_as_target(deployed)
    facts = reconcile([deployed, target_as_deployed])
    strength = only(facts, measure="personnel.deployed")
    assert (strength.best, strength.high) == (380, 380)
    target = only(facts, measure="personnel.target")
    assert target.best == 2800 and target.flags == ["target_not_deployed"]
    for s2 in ("The force, planned at up to 3,000 officers, has begun work.", "It aims for 3,000 officers."):
        assert reads_as_target(claim("personnel.deployed", 3000, s2)), s2


def test_an_increment_is_not_the_stock() -> None:
    pledge = claim("personnel.pledged", 1000, "Belize has promised 1,000 officers.", subject="Belize")
    more = claim(
        "personnel.pledged",
        300,
        "Belize will send a further 300 officers next month.",
        subject="Belize",
        document_id="doc-b",
    )
    extra = claim(
        "personnel.deployed", 300, "The 300 extra officers are still in training.", document_id="doc-c"
    )
    assert scope_of(more) == scope_of(extra) == "increment"
    facts = reconcile([pledge, more, extra])
    assert only(facts, measure="personnel.pledged", scope=None).best == 1000
    assert only(facts, measure="personnel.pledged", scope="increment").best == 300


def test_figure_context_finds_written_numbers() -> None:
    assert figure_context("The dead include two nurses.", "2") == ("The dead include ", " nurses.")
    assert figure_context("Some 1.4 million people fled.", "1400000") == ("Some ", " people fled.")
    assert figure_context("A total of 2,500 people.", "2500") == ("A total of ", " people.")
    assert figure_context("Nothing here.", "7") is None


def test_the_ways_a_figure_is_written_are_kept_per_value() -> None:
    """``_figure_texts`` is cached by the value's text (a first briefing prepares tens of
    thousands of claims of a few thousand values): the same texts each time, in the same order."""
    from missionwatch.reconcile.scopes import _figure_texts

    assert _figure_texts("2500") == ("2,500", "2500", "2.5 thousand")
    assert _figure_texts("2,300") == ("2,300", "2300", "2.3 thousand")
    assert _figure_texts("1400000") == ("1,400,000", "1400000", "1.4 million")
    assert _figure_texts("7") == ("7", "7", "seven")
    assert _figure_texts("12.5") == ("12.5", "12.5")
    assert _figure_texts("abc") == _figure_texts("None") == ()
    assert _figure_texts("2500") is _figure_texts("2500")
    assert figure_context("Some 2.5 thousand troops.", "2500") == ("Some ", " troops.")


def test_prepare_never_changes_the_ledger_s_claims() -> None:
    a = claim("personnel.pledged", 120, PARTS, subject="Belize")
    b = claim("personnel.pledged", 45, PARTS, subject="Belize")
    before = (a.model_dump(), b.model_dump())
    out = prepare([a, b])
    assert (a.model_dump(), b.model_dump()) == before
    assert len(out) == 3 and out[2].id is None and out[2].rule == "sum of components"


def test_mandate_expiry_takes_the_day_from_the_council_record() -> None:
    c = claim(
        "mandate.expiry",
        "2025-10",
        "The resolution extends the mission until October 2025.",
        unit=None,
        as_of="2024-09-30",
        published="2024-09-30",
    )
    f = only(reconcile([c]), measure="mandate.expiry")
    assert (f.best, f.decided_by, f.flags) == ("2025-10-02", "record", ["expiry_from_record"])
    assert "2751" in f.notes[0]
    other = only(reconcile([c.model_copy(update={"value": "2025-11"})]), measure="mandate.expiry")
    assert (other.best, other.decided_by) == ("2025-11", "agreement")  # no record gives November


def test_a_capital_is_a_place_not_its_country() -> None:
    c = claim(
        "gang_control",
        80,
        "Gangs hold 80% of Port-au-Prince.",
        mission=None,
        subject="Port-au-Prince",
        unit="percent",
    )
    h = claim("gang_control", 60, "Gangs hold 60% of Haiti.", mission=None, subject="Haiti", unit="percent")
    facts = reconcile([c, h])
    assert {(f.subject, f.best) for f in facts} == {("port-au-prince", 80), ("HTI", 60)}
