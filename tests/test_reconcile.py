"""Reconciliation rules: grouping, best value, conflicts, tolerances, sources and timelines."""

from __future__ import annotations

import json
from itertools import count
from pathlib import Path

import pytest

from missionwatch.errors import InputError
from missionwatch.models import StoredClaim
from missionwatch.reconcile import Rules, conflicts, latest, load_rules, reconcile, timeline
from missionwatch.reconcile.compare import claims_disagree, independent_sources, numbers_disagree
from missionwatch.reconcile.normalise import parse_tally, subject_key

_ids = count(1)


def claim(
    value,
    *,
    measure="personnel.deployed",
    mission="MSS",
    subject=None,
    qualifier="exact",
    as_of="2024-09-30",
    published=None,
    outlet=None,
    url=None,
    doc=None,
    cluster=None,
    sentence=None,
    **extra,
) -> StoredClaim:
    """A stored claim with sensible defaults; each call is its own document unless ``doc`` says."""
    n = next(_ids)
    return StoredClaim(
        id=n,
        measure=measure,
        mission=mission,
        subject=subject,
        value=value,
        qualifier=qualifier,
        as_of=as_of,
        published=published or as_of,
        outlet=outlet or f"Outlet {n}",
        url=url,
        document_id=doc or f"doc{n}",
        cluster_id=cluster,
        sentence=sentence or f"Sentence {n} says {value}.",
        **extra,
    )


def only(facts, measure=None):
    chosen = [f for f in facts if measure is None or f.measure == measure]
    assert len(chosen) == 1, [(f.measure, f.subject, f.as_of_first, f.values) for f in facts]
    return chosen[0]


# --- the real conflicts, as StoredClaims -----------------------------------------------------------


def september_2024(official: bool = True) -> list[StoredClaim]:
    """Late September 2024: the MSS reported at 382, some 400, about 410 and about 430 officers."""
    return [
        claim(
            382,
            as_of="2024-09-27",
            outlet="UN Press" if official else "Gazette",
            url="https://press.un.org/en/2024/sc0000.doc.htm" if official else None,
        ),
        claim(400, qualifier="approx", as_of="2024-09-30", outlet="Wire"),
        claim(410, qualifier="approx", as_of="2024-09-30", outlet="Agency"),
        claim(430, qualifier="approx", as_of="2024-10-03", outlet="Daily"),
    ]


def test_september_2024_strength_is_one_conflicting_fact_decided_by_the_official_figure():
    fact = only(reconcile(september_2024()))
    assert (fact.low, fact.best, fact.high) == (382, 382, 430)
    assert fact.values == [382, 400, 410, 430]
    assert fact.conflict is True
    assert fact.decided_by == "official"
    assert fact.sources == 4 and len(fact.claims) == 4
    assert fact.mission == "MSS" and fact.subject is None and fact.unit == "persons"


def test_september_2024_without_an_official_source_the_exact_figure_wins():
    fact = only(reconcile(september_2024(official=False)))
    assert (fact.best, fact.decided_by, fact.qualifier) == (382, "exact", "exact")


def test_september_2024_conflict_lists_both_sides_with_evidence():
    found = conflicts(reconcile(september_2024()))
    assert len(found) == 1
    k = found[0]
    assert [s.value for s in k.sides] == [382, 400, 410, 430]
    assert k.sides[0].is_best and k.sides[0].official
    ev = k.sides[-1].evidence[0]
    assert ev.outlet == "Daily" and ev.sentence.endswith("430.") and ev.published == "2024-10-03"
    assert k.spread == pytest.approx(48 / 430, abs=1e-3)


def test_wider_tolerance_removes_the_september_conflict():
    facts = reconcile(september_2024())
    assert conflicts(facts, tolerance=0.05)
    assert conflicts(facts, tolerance=0.2) == []


def resolution_2793() -> list[StoredClaim]:
    common = {"measure": "council.vote", "as_of": "2025-09-30"}
    return [
        claim(
            "12-0-3",
            mission="GSF",
            subject="2793",
            outlet="UN Press",
            url="https://press.un.org/en/2025/sc0001.doc.htm",
            published="2025-09-30",
            **common,
        ),
        claim("13", mission="GSF", subject="resolution 2793", published="2025-10-02", **common),
        claim("unanimous", mission="MSS", subject="Resolution 2793", published="2025-10-03", **common),
    ]


def test_resolution_2793_tallies_conflict_and_official_tally_is_best():
    fact = only(reconcile(resolution_2793()))
    assert fact.subject == "2793" and fact.resolution == "2793"
    assert fact.conflict is True
    assert fact.best == "12-0-3" and fact.decided_by == "official"
    assert set(fact.values) == {"12-0-3", "13-?-?", "15-0-0"}
    assert fact.mission == "GSF"  # two of three claims file it under the GSF
    (k,) = conflicts([fact])
    assert {s.value for s in k.sides} == {"12-0-3", "13-?-?", "15-0-0"}


def test_unanimous_agrees_with_fifteen_nil_nil():
    fact = only(
        reconcile(
            [
                claim("unanimous", measure="council.vote", subject="2751"),
                claim("15-0-0", measure="council.vote", subject="2751"),
            ]
        )
    )
    assert fact.conflict is False and fact.best == "15-0-0" and fact.decided_by == "agreement"


# --- the rules, one at a time ------------------------------------------------------------------------

RULE_CASES = [
    pytest.param(
        [claim(100, outlet="UN News", url="https://news.un.org/a"), claim(150), claim(150), claim(150)],
        100,
        "official",
        id="official beats reports (even three of them)",
    ),
    pytest.param(
        [claim(100, outlet="Gov", attrs={"official": True}), claim(150), claim(150)],
        100,
        "official",
        id="attrs mark a claim official",
    ),
    pytest.param(
        [claim(500), claim(520, qualifier="approx"), claim(520, qualifier="approx")],
        500,
        "exact",
        id="exact beats approx",
    ),
    pytest.param(
        [claim(600, qualifier="at_least"), claim(550), claim(650)],
        650,
        "exact",
        id="exact within an at_least bound",
    ),
    pytest.param(
        [
            claim(2500, qualifier="at_most", measure="personnel.target"),
            claim(2600, measure="personnel.target"),
            claim(2400, measure="personnel.target"),
        ],
        2400,
        "exact",
        id="exact within an at_most bound",
    ),
    pytest.param(
        [
            claim(400, as_of="2024-09-30", published="2024-09-30"),
            claim(420, as_of="2024-09-30", published="2024-10-02"),
        ],
        420,
        "later",
        id="later statement about the same date wins",
    ),
    pytest.param(
        [
            claim(600, as_of="2024-10-01", cluster="c1"),
            claim(600, as_of="2024-10-02", cluster="c2"),
            claim(650, as_of="2024-10-03"),
        ],
        600,
        "sources",
        id="more independent sources win",
    ),
    pytest.param(
        [
            claim(650, as_of="2024-10-03", cluster="c1"),
            claim(650, as_of="2024-10-03", cluster="c1", published="2024-10-03"),
            claim(600, as_of="2024-10-01"),
            claim(700, as_of="2024-10-02"),
        ],
        650,
        "median",
        id="a syndicated copy is no second source: median decides",
    ),
    pytest.param(
        [claim(300, as_of="2024-10-01"), claim(700, as_of="2024-10-02"), claim(500, as_of="2024-10-03")],
        500,
        "median",
        id="median when nothing else separates",
    ),
    pytest.param(
        [claim(300, as_of="2024-10-01"), claim(700, as_of="2024-10-02")],
        300,
        "median",
        id="lower median of two is a stated value",
    ),
    pytest.param([claim(400), claim(400)], 400, "agreement", id="agreement"),
]


@pytest.mark.parametrize(("claims", "best", "rule"), RULE_CASES)
def test_best_value_rules(claims, best, rule):
    fact = only(reconcile(claims))
    assert (fact.best, fact.decided_by) == (best, rule)


def test_rule_order_is_configurable():
    claims = [
        claim(100, outlet="UN News", url="https://un.org/x"),
        claim(150, cluster="a"),
        claim(150, cluster="b"),
    ]
    assert only(reconcile(claims)).decided_by == "official"
    fact = only(reconcile(claims, Rules(order=["sources", "official", "median"])))
    assert (fact.best, fact.decided_by) == (150, "sources")


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "disagree"),
    [
        (100, "exact", 105, "exact", False),  # 4.8 % apart: within 5 %
        (100, "exact", 106, "exact", True),  # 5.7 % apart
        (100, "approx", 110, "exact", False),  # approx widens to 10 %
        (100, "approx", 112, "exact", True),
        (100, "approx", 117, "approx", False),  # both approx: 15 %
        (100, "approx", 119, "approx", True),
        (100, "at_least", 96, "exact", False),  # just below a lower bound, within tolerance
        (100, "at_least", 90, "exact", True),
        (100, "at_least", 500, "exact", False),  # far above a lower bound is consistent
        (100, "at_most", 120, "exact", True),
        (100, "at_most", 40, "exact", False),
        (100, "at_least", 40, "at_least", False),
        (100, "at_least", 80, "at_most", True),
        (100, "at_most", 150, "at_least", True),
    ],
)
def test_number_tolerance_edges(a, qa, b, qb, disagree):
    rules = Rules()
    assert numbers_disagree(a, qa, b, qb, rules) is disagree
    assert numbers_disagree(b, qb, a, qa, rules) is disagree


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        ("2025-10-02", "2025-10", False),
        ("2025-10-02", "2025-10-31", False),  # same month
        ("2024-10-02", "2025-10-02", True),
        ("2025-09-30", "2025-10-01", True),  # a day apart but different months
        ("2025", "2025-10-02", False),
    ],
)
def test_date_conflicts_are_by_month(a, b, disagree):
    ca, cb = (claim(v, measure="mandate.expiry") for v in (a, b))
    assert claims_disagree(ca, cb, Rules()) is disagree


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        ("15-0-0", "unanimous", False),
        ("12-0-3", "unanimous", True),
        ("13", "12-0-3", True),
        ("13 in favour", "13-0-2", False),
        ("13-0-2", "13-1-1", True),
    ],
)
def test_tally_conflicts(a, b, disagree):
    ca, cb = (claim(v, measure="council.vote", subject="2699") for v in (a, b))
    assert claims_disagree(ca, cb, Rules()) is disagree


def test_parse_tally_forms():
    assert parse_tally("13 in favour").text() == "13-?-?"
    assert parse_tally("unanimous", council_size=15).text() == "15-0-0"
    assert parse_tally("12–0–3").text() == "12-0-3"
    assert parse_tally(None, attrs={"for": 12, "against": 0, "abstain": 3}).text() == "12-0-3"
    assert parse_tally("adopted") is None


# --- grouping -------------------------------------------------------------------------------------


def test_subjects_fold_countries_and_categories():
    assert subject_key("personnel.deployed", "Kenya") == subject_key("personnel.deployed", "KEN") == "KEN"
    assert subject_key("personnel.target", "uniformed personnel") == "uniformed"
    assert subject_key("personnel.target", "591 police personnel") == "police"
    assert subject_key("council.vote", "resolution 2793") == "2793"
    facts = reconcile([claim(400, subject="Kenya"), claim(400, subject="KEN"), claim(200, subject="Jamaica")])
    assert sorted((f.subject, len(f.claims)) for f in facts) == [("JAM", 1), ("KEN", 2)]
    assert {f.subject_label for f in facts} == {"Kenya", "Jamaica"}


def test_windows_split_figures_weeks_apart():
    facts = reconcile(
        [claim(400, as_of="2024-09-01"), claim(410, as_of="2024-09-10"), claim(600, as_of="2024-10-20")]
    )
    assert [len(f.claims) for f in facts] == [2, 1]
    assert facts[0].conflict is False


def test_month_precise_claim_joins_the_overlapping_window():
    facts = reconcile(
        [
            claim(400, as_of="2024-09-28"),
            claim(410, as_of="2024-10-02"),
            claim(405, as_of="2024-09", qualifier="approx"),
        ]
    )
    assert len(facts) == 1 and len(facts[0].claims) == 3


def test_window_is_configurable():
    claims = [claim(400, as_of="2024-09-01"), claim(410, as_of="2024-09-10")]
    assert len(reconcile(claims, Rules(windows={"personnel.*": 3}))) == 2
    assert len(reconcile(claims, Rules(windows={"personnel.*": None}))) == 1


def test_council_votes_group_by_resolution_not_by_date_or_mission():
    facts = reconcile(
        [
            claim("13-0-2", measure="council.vote", subject="2699", mission="MSS", as_of="2023-10-02"),
            claim("13-0-2", measure="council.vote", subject="2699", mission=None, as_of="2023-11-20"),
            claim("15-0-0", measure="council.vote", subject="2751", mission="MSS", as_of="2024-09-30"),
        ]
    )
    assert [(f.subject, len(f.claims)) for f in facts] == [("2699", 2), ("2751", 1)]


def test_member_votes_are_per_resolution_and_disagree_when_different():
    facts = reconcile(
        [
            claim("abstain", measure="council.member_vote", subject="China", resolution="2699"),
            claim("abstain", measure="council.member_vote", subject="CHN", resolution="2699"),
            claim("yes", measure="council.member_vote", subject="China", resolution="2751"),
            claim("no", measure="council.member_vote", subject="China", resolution="2751"),
        ]
    )
    assert [(f.resolution, f.conflict) for f in facts] == [("2699", False), ("2751", True)]


def test_currencies_are_separate_facts():
    facts = reconcile(
        [
            claim(241_000_000, measure="funding.required", subject="Kenya", unit="USD"),
            claim(36_571_750_000, measure="funding.required", subject="Kenya", unit="KES"),
        ]
    )
    assert sorted(f.unit for f in facts) == ["KES", "USD"]
    assert not any(f.conflict for f in facts)


def test_statuses_and_quotes_never_conflict():
    facts = reconcile(
        [
            claim("willing", measure="contributor", subject="Jamaica", as_of="2024-09-01"),
            claim("deployed", measure="contributor", subject="Jamaica", as_of="2024-09-05"),
            claim("We stand with Haiti.", measure="quote", subject="Ann Example"),
            claim("We will not leave.", measure="quote", subject="Ann Example"),
        ]
    )
    assert not any(f.conflict for f in facts)
    assert len([f for f in facts if f.measure == "quote"]) == 2


def test_mission_aliases_fold_to_the_code():
    facts = reconcile([claim(400, mission="MSS"), claim(400, mission="Multinational Security Support")])
    assert len(facts) == 1 and facts[0].mission == "MSS"


def test_unreadable_values_stay_with_their_fact():
    fact = only(reconcile([claim(400), claim("many")]))
    assert len(fact.claims) == 2 and fact.best == 400


# --- sources --------------------------------------------------------------------------------------


def test_sources_count_clusters_and_outlet_days_once():
    rules = Rules()
    a = claim(400, doc="d1", cluster="d1", outlet="Wire", published="2024-09-30")
    copy = claim(400, doc="d2", cluster="d1", outlet="Paper", published="2024-10-01")
    same_outlet_day = claim(400, doc="d3", cluster="d3", outlet="wire", published="2024-09-30")
    other = claim(400, doc="d4", cluster="d4", outlet="Agency", published="2024-09-30")
    assert independent_sources([a, copy], rules) == 1
    assert independent_sources([a, same_outlet_day], rules) == 1
    assert independent_sources([a, same_outlet_day, other], rules) == 2
    assert independent_sources([a, same_outlet_day], Rules(outlet_day_once=False)) == 2
    # a copy republished by the Wire's own outlet on that day does not merge the Wire with it
    foreign_copy = claim(400, doc="d5", cluster="d4", outlet="Wire", published="2024-09-30")
    assert independent_sources([a, other, foreign_copy], rules) == 2


def test_official_sources_are_configurable():
    claims = [claim(100, url="https://example.gov/x"), claim(150), claim(150)]
    assert only(reconcile(claims)).decided_by != "official"
    fact = only(reconcile(claims, Rules(official_domains=["example.gov"])))
    assert (fact.best, fact.decided_by, fact.official) == (100, "official", True)


# --- as-of and latest --------------------------------------------------------------------------------


def test_as_of_keeps_what_was_public_then():
    claims = september_2024()
    fact = only(reconcile(claims, as_of="2024-09-30"))
    assert fact.values == [382, 400, 410]
    assert reconcile(claims, as_of="2024-01-01") == []


def test_latest_keeps_the_newest_fact_per_series():
    facts = reconcile(
        [
            claim(400, as_of="2024-09-01"),
            claim(600, as_of="2024-11-01"),
            claim(2500, measure="personnel.target", qualifier="at_most"),
        ]
    )
    newest = latest(facts)
    assert sorted((f.measure, f.best) for f in newest) == [
        ("personnel.deployed", 600),
        ("personnel.target", 2500),
    ]


# --- timelines -------------------------------------------------------------------------------------


def strength_claims() -> list[StoredClaim]:
    return [
        *september_2024(),
        claim(600, as_of="2024-11-20"),
        claim(400, subject="Kenya", as_of="2024-09-30"),
        claim(24, subject="Jamaica", as_of="2024-09-12"),
        claim(2500, measure="personnel.target", qualifier="at_most", as_of="2024-09-30"),
        claim(700, mission="GSF", as_of="2025-12-10", qualifier="approx", subject="Kenya"),
        claim(1000, mission="GSF", as_of="2025-12-10"),
    ]


def test_timeline_total_strength_over_time():
    pts = timeline(strength_claims(), "MSS", "personnel.deployed")
    assert [(p.date, p.best, p.low, p.high) for p in pts] == [
        ("2024-09-27", 382, 382, 430),
        ("2024-11-20", 600, 600, 600),
    ]
    assert pts[0].conflict and pts[0].sources == 4


def test_timeline_by_contributor_with_target_and_successor():
    pts = timeline(strength_claims(), "MSS", "strength", by="subject", include_successor=True)
    series = {(p.mission, p.measure, p.subject) for p in pts}
    assert ("MSS", "personnel.target", None) in series
    assert ("MSS", "personnel.deployed", "KEN") in series
    assert ("MSS", "personnel.deployed", "JAM") in series
    assert ("GSF", "personnel.deployed", None) in series
    assert ("GSF", "personnel.deployed", "KEN") in series
    no_successor = timeline(strength_claims(), "MSS", "strength", by="subject")
    assert all(p.mission == "MSS" for p in no_successor)


def test_timeline_takes_humanitarian_figures_without_a_mission():
    claims = [
        claim(
            700_000,
            measure="displaced",
            mission=None,
            subject="Haiti",
            qualifier="at_least",
            as_of="2025-01-22",
        ),
        claim(1_041_000, measure="displaced", mission=None, subject="Haiti", as_of="2024-12-31"),
    ]
    pts = timeline(claims, "MSS", "humanitarian")
    assert [p.best for p in pts] == [1_041_000, 700_000]


def test_timeline_rejects_unknown_grouping():
    with pytest.raises(ValueError, match="by"):
        timeline([], "MSS", "personnel.deployed", by="outlet")


# --- rules files -------------------------------------------------------------------------------------


def test_load_rules_from_toml_and_json(tmp_path):
    toml = tmp_path / "rules.toml"
    toml.write_text(
        'order = ["sources", "median"]\ntolerance = 0.1\n'
        'official_domains = ["example.org"]\n'
        '[windows]\n"personnel.*" = 3\n"funding.*" = "none"\n'
    )
    rules = load_rules(toml)
    assert rules.order == ["sources", "median"] and rules.tolerance == 0.1
    assert rules.window_for("personnel.deployed") == 3 and rules.window_for("funding.pledged") is None
    assert rules.window_for("killed") == 14  # untouched defaults stay
    js = tmp_path / "rules.json"
    js.write_text(json.dumps({"reconcile": {"council_size": 16}}))
    assert load_rules(js).council_size == 16


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.toml", "order = [", "not valid"),
        ("bad.json", "{", "not valid"),
        ("unknown.toml", "colour = 'red'", "colour"),
        ("badrule.toml", "order = ['loudest']", "order"),
        ("neg.toml", "tolerance = -1", "tolerance"),
    ],
)
def test_bad_rules_files_are_input_errors(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputError, match=message) as info:
        load_rules(path)
    assert info.value.one_line().startswith(f"error: {path}: ")


def test_missing_rules_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_rules(tmp_path / "nope.toml")


def test_a_status_takes_the_newest_statement():
    fact = only(
        reconcile(
            [
                claim("deployed", measure="contributor", subject="Jamaica", as_of="2024-09-12"),
                claim("willing", measure="contributor", subject="Jamaica", as_of="2024-09-01"),
            ]
        )
    )
    assert (fact.best, fact.decided_by, fact.conflict) == ("deployed", "latest", False)


# --- the shared reference timeline ---------------------------------------------------------------

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "facts.jsonl"


def reference_claims() -> list[StoredClaim]:
    """The ~300 sourced facts of the real timeline, read as claims (one document per source URL)."""
    if not REFERENCE.is_file():
        pytest.skip(f"shared reference facts not found at {REFERENCE}")
    out = []
    for i, line in enumerate(REFERENCE.read_text(encoding="utf-8").splitlines()):
        r = json.loads(line)
        value = r.get("value")
        out.append(
            StoredClaim(
                id=i,
                measure=r["measure"],
                mission=r.get("mission"),
                subject=r.get("subject"),
                value=value if isinstance(value, int | float | str) else json.dumps(value),
                unit=r.get("unit") if r.get("unit") not in ("votes", "vote", "date", "text") else None,
                qualifier=r.get("qualifier")
                if r.get("qualifier") in ("exact", "approx", "at_least", "at_most")
                else None,
                as_of=r.get("as_of"),
                resolution=r.get("resolution"),
                published=r.get("published"),
                document_id=r.get("source_url") or f"ref{i}",
                url=r.get("source_url"),
                sentence=r.get("note") or "",
                attrs={"note": r.get("note") or ""},
            )
        )
    return out


def test_reference_timeline_reconciles_with_its_known_conflicts():
    claims = reference_claims()
    facts = reconcile(claims)
    assert sum(len(f.claims) for f in facts) == len(claims)
    vote = [f for f in facts if f.measure == "council.vote" and f.subject == "2793"]
    assert len(vote) == 1 and vote[0].conflict and vote[0].best == "12-0-3"
    kenya_sept = [
        f
        for f in facts
        if f.measure == "personnel.deployed"
        and f.subject == "KEN"
        and (f.as_of_first or "").startswith("2024-09")
    ]
    assert any(f.conflict and f.low == 382 and f.high == 450 for f in kenya_sept)
    assert len(conflicts(facts)) >= 10


def test_council_votes_without_a_number_group_by_date():
    facts = reconcile(
        [
            claim("unanimous", measure="council.vote", subject=None, as_of="2024-09-30"),
            claim("15-0-0", measure="council.vote", subject=None, as_of="2024-10-01"),
            claim("12-0-3", measure="council.vote", subject=None, as_of="2025-09-30"),
        ]
    )
    assert [(len(f.claims), f.conflict) for f in facts] == [(2, False), (1, False)]


def test_a_bound_beats_figures_that_break_it():
    fact = only(reconcile([claim(600, qualifier="at_least"), claim(550), claim(500, qualifier="approx")]))
    assert (fact.best, fact.decided_by, fact.qualifier) == (600, "exact", "at_least")
    assert fact.conflict  # 500 approx is clearly below "at least 600"


def test_words_are_shown_as_written():
    fact = only(
        reconcile(
            [
                claim("MSS", measure="mission.lead", subject="Kenya"),
                claim("mss", measure="mission.lead", subject="Kenya"),
                claim("MSS", measure="mission.lead", subject="Kenyan"),
            ]
        )
    )
    assert (fact.best, fact.values, fact.conflict) == ("MSS", ["MSS"], False)


def test_as_of_must_be_a_date():
    with pytest.raises(ValueError, match="ISO date"):
        reconcile([claim(400)], as_of="last week")


def test_a_conflict_within_one_source_is_marked_internal():
    (k,) = conflicts(
        reconcile(
            [
                claim("12-0-3", measure="council.vote", subject="2793", doc="d1"),
                claim("unanimous", measure="council.vote", subject="2793", doc="d1"),
            ]
        )
    )
    assert k.internal
    assert not conflicts(reconcile(september_2024()))[0].internal
