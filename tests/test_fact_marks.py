"""The newest fact of each series marked in the ledger (``fact_marks``, migration 0017).

A reader of where things stand picks the newest fact of each series among the facts it selects;
the marks let it read only the candidates. What is checked: after any sequence of ingests,
corrections and removals (drained as they go), the marks the drain kept are those a rebuild sets
and those the rule sets from the ``series`` and ``rank`` the upgrade's copy (0017) computes from
the stored heads; and every reader that
uses them (a briefing's, the alert list's, the conflicts lists) gives what it gives reading every
head — with quotes and roles naming no mission, which belong to the missions of their documents,
and a quote told in two spellings that fold to one series.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text
from test_materialized import OUTLETS, PROPS, TEMPLATES, _clear, day, run_ops

from missionwatch.ledger import facts as lf
from missionwatch.models import Claim, Document
from missionwatch.reconcile import materialized as mat
from missionwatch.reconcile.materialized import (
    rebuild,
    stored_conflicts,
    stored_latest,
    stored_latest_by_mission,
)

MIGRATION = Path(lf.__file__).parent / "migrations" / "versions" / "0017_fact_marks.py"
SITUATION = ("displaced", "killed")
PEOPLE = ("quote", "role")

# beside test_materialized's: quotes and a role naming no mission, a quote in two spellings, and
# a figure of another mission
EXTRA: list[tuple[str, str | None, str | None, Any, str | None, str]] = [
    ("quote", None, "A. Speaker", "We will stay the course.", None, "'We will stay the course,' she said."),
    ("quote", None, "A. Speaker", "we will stay the course", None, "She said we will stay the course."),
    ("quote", None, "B. Officer", "The road is open.", None, "'The road is open,' he said."),
    ("role", None, "A. Speaker", "force commander", None, "A. Speaker, the force commander, spoke."),
    ("personnel.deployed", "GSF", None, 900, None, "The new force had 900 personnel."),
]
ALL = TEMPLATES + EXTRA


@st.composite
def claim_lists(draw: st.DrawFn) -> list[Claim]:
    picks = draw(st.lists(st.integers(0, len(ALL) - 1), min_size=0, max_size=6))
    near = draw(st.one_of(st.none(), st.integers(0, 60)))
    out = []
    for i in picks:
        measure, mission, subject, value, unit, sentence = ALL[i]
        out.append(
            Claim(
                measure=measure,
                mission=mission,
                subject=subject,
                value=value,
                unit=unit,
                as_of=draw(day(near=near)),
                resolution="2793" if measure == "council.vote" else None,
                sentence=sentence,
                extractor="test",
            )
        )
    return out


@st.composite
def operations(draw: st.DrawFn, most: int = 10) -> list[tuple[Any, ...]]:
    return [
        (
            draw(st.sampled_from(["store", "store", "store", "replace", "delete"])),
            draw(st.sampled_from("abcdefg")),
            draw(claim_lists()),
            draw(day(month=False)),
            draw(st.sampled_from(OUTLETS)),
            None,
            draw(st.booleans()),
        )
        for _ in range(draw(st.integers(1, most)))
    ]


def marks(led: Any) -> list[tuple[str, str, str, str, str | None, str | None]]:
    """The marks by the fact they mark (its key, id and window), not by its seq."""
    with led.engine.connect() as conn:
        assert not conn.execute(
            text("SELECT count(*) FROM fact_marks WHERE seq NOT IN (SELECT seq FROM facts)")
        ).scalar()
        rows = conn.execute(
            text(
                "SELECT m.scope, f.key_id, f.fact_id, f.window, f.window_first, f.window_last "
                "FROM fact_marks m JOIN facts f ON f.seq = m.seq"
            )
        )
        return sorted(tuple(row) for row in rows)  # type: ignore[misc]


def _dump(found: Any) -> Any:
    if isinstance(found, dict):
        return {k: _dump(v) for k, v in found.items()}
    return [f.model_dump(mode="json") for f in found]


def reads(led: Any) -> dict[str, Any]:
    scope: dict[str, Any] = dict(mission_free=SITUATION, by_document=PEOPLE)
    out: dict[str, Any] = {}
    for m in ("MSS", "GSF", "BINUH"):
        out[f"briefing {m}"] = stored_latest(
            led, missions=[m], **scope, bare=PEOPLE, few=2, conflicts="sides", sides_few=2
        )
        out[f"every claim {m}"] = stored_latest(led, missions=[m], **scope)
        out[f"conflicts {m}"] = stored_conflicts(led, missions=[m], **scope, bare=PEOPLE)
    out["alerts"] = stored_latest_by_mission(
        led, ["MSS", "GSF"], **scope, skip=["role"], few=2, since="2024-09-20", conflicts="none"
    )
    out["conflicts"] = stored_conflicts(led, bare=PEOPLE)
    return {k: _dump(v) for k, v in out.items()}


def every_head(led: Any) -> dict[str, Any]:
    mat.USE_MARKS = False
    try:
        return reads(led)
    finally:
        mat.USE_MARKS = True


def upgrade_rule() -> Any:
    spec = importlib.util.spec_from_file_location("m0017", MIGRATION)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    return migration


def by_the_upgrade(led: Any) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The marks the upgrade's copy of the rule sets from the stored heads, and those stored."""
    migration = upgrade_rule()
    with led.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT seq, series, mission, measure, missions, doc_missions, rank, head FROM facts")
        ).all()
        stored = sorted(tuple(r) for r in conn.execute(text("SELECT scope, seq FROM fact_marks")))
    found = []
    for seq, series, mission, measure, missions, doc_missions, rank, head in rows:
        assert migration.series_and_rank(dict(zip(migration.FIELDS, json.loads(head), strict=True))) == (
            series,
            rank,
        )
        found.append((seq, series, mission, measure, missions, doc_missions, rank))
    # the marks themselves by the code's rule (migration 0019 sets them again with it)
    return lf.newest_marks(found, migration.TOTALS, migration.BY_DOCUMENT), stored


@PROPS
@given(ops=operations())
def test_drained_marks_are_a_rebuilds_and_marked_reads_are_those_of_every_head(
    ledger: Any, ops: list[tuple[Any, ...]]
) -> None:
    _clear(ledger)
    run_ops(ledger, ops)
    drained = marks(ledger)
    assert reads(ledger) == every_head(ledger)
    upgraded, stored = by_the_upgrade(ledger)
    assert upgraded == stored
    rebuild(ledger)
    assert marks(ledger) == drained
    assert reads(ledger) == every_head(ledger)


def test_the_rule_constants_of_the_upgrade_are_the_codes() -> None:
    from missionwatch.reconcile.checks import CHECKED_AGAINST_TOTAL

    migration = upgrade_rule()
    assert migration.FIELDS == lf.HEAD_FIELDS
    assert migration.SERIES == lf.SERIES_FIELDS
    assert set(migration.TOTALS) == set(CHECKED_AGAINST_TOTAL)
    assert set(migration.BY_DOCUMENT) == mat.MARKED_BY_DOCUMENT


def _deployed(published: str, value: int, subject: str | None = None) -> tuple[Document, list[Claim]]:
    doc = Document(
        text=f"A report of {published} on {subject or 'the mission'}.",
        source=f"{published}-{subject}.txt",
        published=published,
    )
    return doc, [
        Claim(measure="personnel.deployed", mission="MSS", subject=subject, value=value, as_of=published)
    ]


def test_a_reader_reads_the_newest_window_of_a_series_and_every_window_of_a_total(ledger: Any) -> None:
    """Kenya's strength in five windows and the mission's in five: of Kenya's the newest is
    marked; of the mission total every window (a contributor's figure is checked against the
    total of its own dates). A newer report moves Kenya's mark to its window."""
    for i, day_ in enumerate(["2025-01-05", "2025-03-05", "2025-05-05", "2025-07-05", "2025-09-05"]):
        ledger.store(*_deployed(day_, 400 + i))
        ledger.store(*_deployed(day_, 100 + i, "KEN"))
    mat.sync(ledger)

    def heads(newest: bool) -> list[tuple[Any, Any]]:
        with ledger.engine.connect() as conn:
            found = lf.read_heads(conn, missions=["MSS"], by_document=PEOPLE, newest=newest)
        return sorted((h["subject"] or "", h["as_of_last"]) for _seq, h in found)

    assert len(heads(False)) == 10
    assert heads(True) == [
        *(("", d) for d in ["2025-01-05", "2025-03-05", "2025-05-05", "2025-07-05", "2025-09-05"]),
        ("KEN", "2025-09-05"),
    ]
    ledger.store(*_deployed("2025-11-05", 120, "KEN"))
    mat.sync(ledger)
    assert heads(True)[-1] == ("KEN", "2025-11-05") and len(heads(True)) == 6
    assert reads(ledger) == every_head(ledger)


def _january() -> list[tuple[Document, list[Claim]]]:
    """Kenya's strength in MSS in two windows (14 days; a contributor's, so only the newest is
    marked, not every window as of a mission total): 400 on 2025-01-05, and 777 on 2025-01-20 with a
    month-precise 777 for 'January' that joins the window nearest its middle (01-20's), so that
    window's last date is '2025-01' — which runs to 31 January, after 5 January."""
    docs = [
        (
            Document(text="A report of 6 January.", source="jan-6.txt", published="2025-01-06"),
            [(400, "2025-01-05")],
        ),
        (
            Document(text="A report of 25 January.", source="jan-25.txt", published="2025-01-25"),
            [(777, "2025-01-20"), (777, "2025-01")],
        ),
    ]
    return [
        (
            doc,
            [
                Claim(measure="personnel.deployed", mission="MSS", subject="KEN", value=v, as_of=d)
                for v, d in claims
            ],
        )
        for doc, claims in docs
    ]


def test_the_newest_window_is_the_one_whose_last_date_ends_last_a_month_by_its_last_day(ledger: Any) -> None:
    """Ranked by their last dates as texts, '2025-01' came before '2025-01-05': the newest
    strength was the window of 5 January (400), though the other runs to 20 January and holds
    January. Ranked by the last day a date covers (``newest_rank``), the newest is that window
    (777) — for the whole reconciliation, the stored facts read by their marks and every head."""
    from missionwatch.reconcile import latest, reconcile

    for doc, claims in _january():
        ledger.store(doc, claims)
    mat.sync(ledger)
    whole = [f for f in latest(reconcile(ledger.claims())) if f.measure == "personnel.deployed"]
    assert [(f.best, f.as_of_last) for f in whole] == [(777, "2025-01")]
    stored = [f for f in stored_latest(ledger, missions=["MSS"]) if f.measure == "personnel.deployed"]
    assert [f.model_dump(mode="json") for f in stored] == [f.model_dump(mode="json") for f in whole]
    assert reads(ledger) == every_head(ledger)


def test_the_rank_on_equal_last_days_prefers_the_finer_date_then_the_id() -> None:
    assert lf.newest_rank("2025-01", "a") > lf.newest_rank("2025-01-05", "z")
    assert lf.newest_rank("2025-01-31", "a") > lf.newest_rank("2025-01", "z")
    assert lf.newest_rank("2025-12", "a") > lf.newest_rank("2025", "z") > lf.newest_rank("2025-12-30", "z")
    assert lf.newest_rank("2024-02", "a")[0] == "2024-02-29"
    assert lf.newest_rank("2025-01-05", "b") > lf.newest_rank("2025-01-05", "a") > lf.newest_rank(None, "z")


def test_the_upgrade_to_0019_marks_again_by_the_last_day(ledger: Any) -> None:
    """A ledger whose marks were set by the texts (0018, as the downgrade sets them again) marks
    the window of 5 January as MSS's newest strength; the upgrade marks the January window, as a
    rebuild does."""
    from alembic import command

    from missionwatch.ledger.engine import _alembic_config, writer

    for doc, claims in _january():
        ledger.store(doc, claims)
    mat.sync(ledger)
    now = marks(ledger)

    def newest_strength() -> list[str | None]:
        return [first for scope, _k, _id, window, first, _last in marks(ledger) if scope == "MSS" and window]

    assert newest_strength() == ["2025-01-20"]

    with writer(ledger.engine) as conn:
        command.downgrade(_alembic_config(conn), "0018")
    assert newest_strength() == ["2025-01-05"]
    with writer(ledger.engine) as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert marks(ledger) == now
    rebuild(ledger)
    assert marks(ledger) == now
    assert reads(ledger) == every_head(ledger)
