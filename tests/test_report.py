"""The briefing and the alerts: every figure footnoted, dates respected, thresholds from settings."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest

from missionwatch.config import Settings
from missionwatch.errors import NotFoundError
from missionwatch.models import StoredClaim
from missionwatch.report import build_briefing, compute_alerts, to_atom, to_html, to_markdown
from missionwatch.report.alerts import disagrees
from missionwatch.report.backend import Backend, FactView, fact_view, resolution_view
from missionwatch.report.format import money, value_text

HOSTILE = "<script>alert(1)</script>"


def claim(
    i: int,
    measure: str,
    value,
    subject=None,
    unit="persons",
    published="2024-09-01",
    mission="MSS",
    outlet="Harbour Times",
    **kw,
) -> StoredClaim:
    return StoredClaim(
        id=i,
        document_id=f"doc{i}",
        measure=measure,
        mission=mission,
        subject=subject,
        value=value,
        unit=unit,
        published=published,
        outlet=outlet,
        url=f"https://example.org/{i}",
        sentence=f"Sentence {i} says {value}.",
        start=0,
        end=10,
        as_of=kw.pop("as_of", published),
        **kw,
    )


@pytest.fixture
def claims() -> list[StoredClaim]:
    return [
        claim(1, "personnel.deployed", 1000, published="2024-06-01"),
        claim(2, "personnel.deployed", 2500, published="2024-09-01", qualifier="approx"),
        claim(3, "personnel.deployed", 1900, published="2024-09-05", outlet="Island Wire"),
        claim(4, "personnel.deployed", 400, subject="Kenya", published="2024-07-01"),
        claim(5, "personnel.target", 11500, published="2024-09-01", qualifier="at_most"),
        claim(6, "funding.required", 600_000_000, unit="USD"),
        claim(7, "funding.contributed", 100_000_000, subject="United States", unit="USD"),
        claim(8, "mandate.expiry", "2024-10-02", unit=None),
        claim(9, "quote", f"We stay {HOSTILE}", subject="Jane Doe", unit=None),
        claim(10, "role", "force commander", subject="Jane Doe", unit=None),
        claim(11, "displaced", 700_000, subject="Haiti", mission=None, published="2024-08-15"),
        claim(12, "personnel.deployed", 3100, published="2024-10-20"),  # after the briefing date
    ]


class FakeBackend(Backend):
    """Reconciliation by 'newest claim wins', Council record with one resolution."""

    def __init__(self) -> None:
        super().__init__(
            reconcile=self._reconcile,
            resolutions=self._resolutions,
            missions=lambda: [{"code": "MSS", "name": "Security Support"}],
            lookup=lambda text: (
                {"code": "MSS", "name": "Security Support"} if text.upper() == "MSS" else None
            ),
        )

    @staticmethod
    def _reconcile(claims, as_of=None):
        groups: dict = {}
        for c in claims:
            groups.setdefault((c.measure, c.mission, c.subject), []).append(c)
        out = []
        for (measure, mission, subject), cs in groups.items():
            cs = sorted(cs, key=lambda c: c.published or "")
            nums = [c.value for c in cs if isinstance(c.value, int | float)]
            out.append(
                {
                    "measure": measure,
                    "mission": mission,
                    "subject": subject,
                    "best": cs[-1].value,
                    "low": min(nums) if nums else None,
                    "high": max(nums) if nums else None,
                    "unit": cs[-1].unit,
                    "as_of": cs[-1].as_of,
                    "decided_by": "later",
                    "conflict": len({str(c.value) for c in cs}) > 1,
                    "claims": cs,
                }
            )
        return out

    @staticmethod
    def _resolutions(mission):
        return [
            {
                "number": "2699",
                "date": "2023-10-02",
                "tally": "13-0-2",
                "expiry": "2024-10-02",
                "votes": {"China": "abstain", "France": "yes"},
            },
            {"number": "2751", "date": "2024-09-30", "tally": "15-0-0", "expiry": "2025-10-02"},
        ]


def brief(claims, **kw):
    return build_briefing("MSS", claims, backend=FakeBackend(), **kw)


def test_every_figure_is_footnoted_to_a_claim_with_outlet_date_and_sentence(claims):
    b = brief(claims, as_of="2024-09-15")
    total = b.strength.total
    assert total.deployed.value == 1900 and total.deployed.conflict
    assert total.deployed.range == "1,000–2,500"
    by_n = {s.n: s for s in b.sources}
    for n in total.deployed.refs:
        src = by_n[n]
        assert src.outlet and src.published and src.url and src.sentence.startswith("Sentence")
        assert src.link.startswith("/documents/doc") and "#claim-" in src.link
    assert b.money.total.required.text == "USD 600 million"
    assert b.money.total.contributed.derived  # summed from the donors, said so
    assert b.money.pct_contributed == pytest.approx(16.7)
    assert b.strength.total.pct_of_target == pytest.approx(16.5)


def test_as_of_hides_later_documents_and_later_resolutions(claims):
    b = brief(claims, as_of="2024-09-15")
    assert [r.number for r in b.mandate.resolutions] == ["2699"]
    assert all(p.date <= "2024-09-15" for p in b.strength.trend)
    assert b.mandate.days_left == 17
    later = brief(claims, as_of="2024-10-25")
    assert later.strength.total.deployed.value == 3100
    assert [r.number for r in later.mandate.resolutions] == ["2699", "2751"]


def test_since_lists_what_changed(claims):
    b = brief(claims, as_of="2024-09-15", since="2024-08-01")
    changed = {(c.measure, c.subject): c for c in b.changes}
    deployed = changed[("personnel.deployed", None)]
    assert deployed.before.value == 1000 and deployed.after.value == 1900
    assert changed[("displaced", "Haiti")].before is None
    assert ("personnel.deployed", "Kenya") not in changed  # unchanged since July


def test_statements_carry_speaker_role_and_source(claims):
    b = brief(claims, as_of="2024-09-15")
    [st] = b.statements
    assert (st.speaker, st.role) == ("Jane Doe", "force commander")
    assert st.link.endswith("#claim-9")


def test_unknown_mission_is_not_found(claims):
    with pytest.raises(NotFoundError):
        build_briefing("NOPE", claims, backend=FakeBackend())


def test_markdown_escapes_document_text_and_lists_sources(claims):
    md = to_markdown(brief(claims, as_of="2024-09-15", since="2024-08-01"))
    assert HOSTILE not in md and "&lt;script&gt;" in md
    assert "## Mandate" in md and "## Open conflicts" in md and "## What changed since 2024-08-01" in md
    assert "**17 days left**" in md
    assert "[^1]:" in md and "Harbour Times" in md
    assert "abstain**: China" in md


def test_html_briefing_is_self_contained_with_charts_and_escaped(claims):
    html = to_html(brief(claims, as_of="2024-09-15"))
    assert HOSTILE not in html and "&lt;script&gt;" in html
    assert html.count("<svg") >= 2  # strength and trend
    assert "<script" not in html.replace("&lt;script", "")  # no scripts at all
    assert 'href="#source-' in html  # figures lead to their footnotes in the standalone page
    assert "http://" not in html.replace("http://www.w3.org", "")  # nothing fetched from a network


def test_alert_thresholds_come_from_settings(claims):
    alerts = compute_alerts(
        {"MSS": claims}, settings=Settings(), as_of="2024-09-15", since="2024-08-01", backend=FakeBackend()
    )
    kinds = {a.kind for a in alerts}
    assert {"mandate_expiring", "deployed_low", "funding_low", "conflict"} <= kinds
    quiet = Settings(alert_mandate_days=10, alert_deployed_pct=10, alert_funding_pct=10)
    kinds = {
        a.kind
        for a in compute_alerts(
            {"MSS": claims}, settings=quiet, as_of="2024-09-15", since="2024-08-01", backend=FakeBackend()
        )
    }
    assert not kinds & {"mandate_expiring", "deployed_low", "funding_low"}


def test_new_council_vote_and_conflicting_claim_alerts(claims):
    alerts = compute_alerts(
        {"MSS": claims}, settings=Settings(), as_of="2024-10-25", since="2024-09-20", backend=FakeBackend()
    )
    votes = [a for a in alerts if a.kind == "council_vote"]
    assert [a.title for a in votes] == ["MSS: Council adopted resolution 2751 (15-0-0)"]
    conflicts = [a for a in alerts if a.kind == "conflict"]
    assert conflicts == []  # the only new claim (3,100) is the best estimate itself
    again = compute_alerts(
        {"MSS": claims}, settings=Settings(), as_of="2024-10-25", since="2024-09-20", backend=FakeBackend()
    )
    assert [a.id for a in again] == [a.id for a in alerts]  # stable ids: feeds do not repeat


def test_atom_feed_is_valid_and_escapes(claims):
    alerts = compute_alerts(
        {"MSS": claims}, settings=Settings(), as_of="2024-09-15", since="2024-08-01", backend=FakeBackend()
    )
    alerts[0].title += HOSTILE
    xml = to_atom(alerts, base_url="http://127.0.0.1:8000/")
    root = ET.fromstring(xml)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(alerts)
    assert entries[0].find("a:title", ns).text.endswith(HOSTILE)  # kept as text, escaped in XML
    assert b"<script>" not in xml
    assert entries[0].find("a:link", ns).get("href").startswith("http://127.0.0.1:8000/")


def test_disagreement_tolerates_one_percent():
    fact = FactView(measure="personnel.deployed", mission="MSS", subject=None, best=1000)
    assert not disagrees(claim(1, "personnel.deployed", 1005), fact)
    assert disagrees(claim(1, "personnel.deployed", 1100), fact)
    fact = FactView(measure="mandate.expiry", mission="MSS", subject=None, best="2024-10-02")
    assert disagrees(claim(1, "mandate.expiry", "2025-10-02"), fact)


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "text"),
    [
        (2500, "persons", "approx", "about 2,500"),
        (300_000_000, "USD", None, "USD 300 million"),
        (21_600_000, "USD", "at_least", "at least USD 21.6 million"),
        (1_500_000_000, "KES", None, "KES 1.5 billion"),
        (60, "percent", None, "60 %"),
        ("13-0-2", None, None, "13-0-2"),
        (None, None, None, "—"),
    ],
)
def test_values_read_as_a_reader_says_them(value, unit, qualifier, text):
    assert value_text(value, unit, qualifier) == text


def test_money_keeps_small_amounts_whole():
    assert money(950_000, "CAD") == "CAD 950,000"


def test_adapters_read_the_real_shapes():
    from missionwatch.reconcile import reconcile

    facts = reconcile([claim(1, "personnel.deployed", 400, subject="Kenya")])
    view = fact_view(facts[0])
    assert view.best == 400 and view.claims[0].id == 1 and view.display
    res = resolution_view(
        {
            "number": 2699,
            "date": "2023-10-02",
            "tally": [13, 0, 2],
            "member_votes": [{"member": "CHN", "vote": "abstain"}],
        }
    )
    assert res.tally == "13-0-2" and res.votes == {"China": "abstain"}


def test_real_backend_briefs_the_real_mission(claims):
    b = build_briefing("MSS", claims, as_of="2024-09-15")
    assert b.mission == "MSS" and b.strength.total.deployed is not None
    assert any(r.number == "2699" and r.votes for r in b.mandate.resolutions)


def test_latest_reports_are_newest_first_one_per_figure(claims):
    b = brief(claims, as_of="2024-09-15")
    keys = [(f.measure, f.subject) for f in b.latest]
    assert keys[0] == ("personnel.deployed", None) and b.latest[0].value == 1900  # 5 Sept, not 20 Oct
    assert len(keys) == len(set(keys))
    assert all(f.measure not in ("quote", "role") for f in b.latest)
    assert [f.as_of for f in b.latest] == sorted((f.as_of for f in b.latest), reverse=True)


def test_no_threshold_alerts_for_a_mission_that_has_ended(claims):
    backend = FakeBackend()
    backend.lookup = lambda text: {"code": "MSS", "name": "Security Support", "end": "2024-09-10"}
    kinds = {
        a.kind
        for a in compute_alerts(
            {"MSS": claims}, settings=Settings(), as_of="2024-09-15", since="2024-08-01", backend=backend
        )
    }
    assert not kinds & {"mandate_expiring", "deployed_low", "funding_low"}
    assert "conflict" in kinds  # what the sources say still matters


def test_personnel_categories_are_not_contributors(claims):
    extra = [
        claim(20, "personnel.target", 50, subject="civilian", published="2024-09-01"),
        claim(21, "personnel.deployed", 300, subject="police", published="2024-09-01"),
    ]
    b = brief(
        [c for c in claims if not (c.measure == "personnel.deployed" and c.subject is None)] + extra,
        as_of="2024-09-15",
    )
    rows = {r.subject: r for r in b.strength.rows}
    assert rows["civilian"].category and rows["police"].category and not rows["Kenya"].category
    assert [r.category for r in b.strength.rows] == sorted(r.category for r in b.strength.rows)
    assert b.strength.total.deployed.value == 400  # Kenya only: the police category is not added


def test_the_chart_engine_is_warmed_with_every_kind_of_chart() -> None:
    """``charts.warm`` draws a strength, trend and money chart from made-up figures (before a
    server listens), each an SVG, so a first overview does not pay for their first drawings."""
    pytest.importorskip("vl_convert")
    from missionwatch.report import charts

    sample = charts._sample_briefing()
    specs = [make(sample) for make in (charts.strength_spec, charts.trend_spec, charts.money_spec)]
    assert all(spec is not None for spec in specs)
    charts._svg.cache_clear()
    charts.warm()
    for spec in specs:
        before = charts._svg.cache_info().hits
        drawn = charts.svg(spec)
        assert drawn is not None and drawn.startswith("<svg")
        assert charts._svg.cache_info().hits == before + 1  # drawn by warm already
