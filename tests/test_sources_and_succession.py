"""Sources and succession (issue 10, item 4): an outlet for every document that names where it is
from, and a superseded mission whose clock stops and whose briefing points to its successor."""

from __future__ import annotations

from pathlib import Path

from missionwatch.config import Settings
from missionwatch.models import StoredClaim
from missionwatch.report import build_briefing, compute_alerts, to_markdown
from missionwatch.sources import read_inputs
from missionwatch.sources.base import outlet_from


def _read(path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    return doc


def test_outlet_from_source_basis_source_header_or_url(tmp_path: Path) -> None:
    basis = _read(
        tmp_path / "a.txt",
        "Published: 2024-01-02\nSource-basis: https://www.example-news.org/a/b; https://other.net/c\n\n"
        "Officers arrived in the capital on Tuesday.\n",
    )
    assert (basis.outlet, basis.meta["outlet_from"]) == ("example-news.org", "source_basis")
    named = _read(
        tmp_path / "b.txt",
        "Published: 2024-01-02\nSource: Harbour Gazette\nSource-basis: https://x.org/1\n\nText here.\n",
    )
    assert named.outlet == "Harbour Gazette"
    own = _read(
        tmp_path / "c.txt",
        "Published: 2024-01-02\nOutlet: Morning Star\nSource-basis: https://x.org/1\n\nText.\n",
    )
    assert own.outlet == "Morning Star" and "outlet_from" not in own.meta
    none = _read(tmp_path / "d.txt", "Published: 2024-01-02\nSource-basis: a seed document\n\nText.\n")
    assert none.outlet is None
    assert outlet_from({}, "https://www.press.example.int/x") == ("press.example.int", "url")


def _claim(measure: str, value: object, **kw: object) -> StoredClaim:
    base: dict = {
        "measure": measure,
        "mission": "MSS",
        "value": value,
        "as_of": "2025-09-29",
        "published": "2025-09-29",
        "document_id": "doc-1",
        "sentence": "The mission's authorisation runs until 2 October 2025.",
    }
    base.update(kw)
    return StoredClaim(**base)


def test_a_superseded_mission_s_clock_stops_and_its_briefing_names_the_successor() -> None:
    claims = [_claim("mandate.expiry", "2025-10-02")]
    before = build_briefing("MSS", claims, as_of="2025-09-29")
    assert before.mandate.succeeded_by is None and before.mandate.days_left == 3
    after = build_briefing("MSS", claims, as_of="2025-10-01")
    m = after.mandate
    assert (m.succeeded_by, m.succeeded_on, m.days_left) == ("GSF", "2025-09-30", None)
    text = to_markdown(after)
    assert "Succeeded by Gang Suppression Force" in text and "(/missions/GSF)" in text
    assert "left**" not in text


def test_no_expiry_alert_once_the_successor_has_started() -> None:
    claims = [_claim("mandate.expiry", "2025-10-02")]
    settings = Settings(alert_mandate_days=30)
    kinds_before = {a.kind for a in compute_alerts({"MSS": claims}, settings=settings, as_of="2025-09-29")}
    kinds_after = {a.kind for a in compute_alerts({"MSS": claims}, settings=settings, as_of="2025-10-01")}
    assert "mandate_expiring" in kinds_before
    assert "mandate_expiring" not in kinds_after
