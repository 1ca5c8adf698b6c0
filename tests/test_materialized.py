"""Materialized facts (issue 10, item 1): the facts the ledger keeps equal a full reconciliation.

The property: after any sequence of ingests (``store``), corrections (``replace_claims``, the
re-extraction of a document) and removals (``delete_document``), with the queue drained after
some of them and at the end, the stored facts read back equal ``reconcile`` over every claim of
the ledger — on SQLite and on PostgreSQL. The claims are drawn to hit what makes grouping subtle:
components summed from one sentence, increments, targets read as deployed, fund money repeated
in a document, incident tolls, month-precise dates, Council votes filed under two missions,
syndicated copies.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionwatch.ledger import open_ledger
from missionwatch.models import Claim, Document
from missionwatch.reconcile import conflicts, latest, reconcile
from missionwatch.reconcile.materialized import rebuild, stored_conflicts, stored_facts, sync

START = date(2024, 9, 1)

# (measure, mission, subject, value, unit, sentence): sentences chosen for the scope rules.
TEMPLATES: list[tuple[str, str | None, str | None, Any, str | None, str]] = [
    ("personnel.deployed", "MSS", None, 410, None, "The mission had about 410 officers."),
    ("personnel.deployed", "MSS", None, 430, None, "The mission numbered 430 officers."),
    (
        "personnel.deployed",
        "MSS",
        None,
        2500,
        None,
        "It is well short of the 2,500 the mission was designed for.",
    ),
    ("personnel.deployed", "MSS", "Kenya", 600, None, "Kenya sent a further 600 officers."),
    ("personnel.deployed", "MSS", "Kenya", 800, None, "Kenya had 800 officers there."),
    (
        "personnel.pledged",
        "MSS",
        "Jamaica",
        170,
        None,
        "Jamaica pledged 170 soldiers and 30 police officers.",
    ),
    ("personnel.pledged", "MSS", "Jamaica", 30, None, "Jamaica pledged 170 soldiers and 30 police officers."),
    ("personnel.pledged", "MSS", "Jamaica", 200, None, "Jamaica pledged 200 personnel."),
    ("funding.contributed", "MSS", None, 21_000_000, "USD", "The UN trust fund has received $21 million."),
    ("funding.contributed", "MSS", None, 21_000_000, "USD", "Donors gave $21 million."),
    ("funding.pledged", "MSS", "United States", 300_000_000, "USD", "Washington pledged $300 million."),
    ("killed", None, "Haiti", 200, None, "At least 200 were slain in a raid in early December."),
    ("killed", None, "Haiti", 5600, None, "More than 5,600 lives were lost last year."),
    ("killed", None, "Haiti", 4000, None, "Some 4,000 people were killed."),
    ("council.vote", "MSS", "resolution 2793", "12-0-3", None, "Resolution 2793 passed 12-0-3."),
    ("council.vote", "GSF", "resolution 2793", "13", None, "Resolution 2793 won 13 votes."),
    ("mandate.expiry", "MSS", None, "2025-10", None, "The mandate runs until October 2025."),
    ("mandate.expiry", "MSS", None, "2025-10-02", None, "The mandate ends on 2 October 2025."),
    ("contributor", "MSS", "Bahamas", "deployed", None, "The Bahamas has deployed officers."),
    # within 1 % of 410 (agrees with it; not with 430), and just beyond: the edge of a conflict
    # alert (0018)
    ("personnel.deployed", "MSS", None, 414, None, "The mission counted 414 officers."),
    ("personnel.deployed", "MSS", None, 417, None, "The mission had 417 officers."),
]
OUTLETS = ["Wire", "Daily", "UN News", None]
URLS = [None, "https://press.un.org/x", "https://example.com/y"]


@st.composite
def day(draw: st.DrawFn, month: bool = True, near: int | None = None) -> str | None:
    """A day (or month) in September–October 2024, or None; ``near``: within four days of that one
    (a document's claims are mostly about the days around it, so a change touches a few windows)."""
    kind = draw(st.sampled_from(["day", "day", "month", None] if month else ["day", None]))
    if kind is None:
        return None
    offset = draw(st.integers(0, 60) if near is None else st.integers(max(0, near - 4), min(60, near + 4)))
    d = START + timedelta(days=offset)
    return d.isoformat() if kind == "day" else d.isoformat()[:7]


@st.composite
def claim_lists(draw: st.DrawFn, templates: int = len(TEMPLATES)) -> list[Claim]:
    picks = draw(st.lists(st.integers(0, templates - 1), min_size=0, max_size=6))
    near = draw(st.one_of(st.none(), st.integers(0, 60)))
    out = []
    for i in picks:
        measure, mission, subject, value, unit, sentence = TEMPLATES[i]
        qualifier = draw(st.sampled_from([None, None, "approx", "at_least", "at_most"]))
        out.append(
            Claim(
                measure=measure,
                mission=draw(st.sampled_from([mission, mission, "mss"])) if mission == "MSS" else mission,
                subject=subject,
                value=value,
                unit=unit,
                qualifier=qualifier if isinstance(value, int) else None,
                as_of=draw(day(near=near)),
                resolution="2793" if measure == "council.vote" else None,
                sentence=sentence,
                extractor="test",
            )
        )
    return out


@st.composite
def operations(draw: st.DrawFn, templates: int = len(TEMPLATES), most: int = 10) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(1, most))):
        kind = draw(st.sampled_from(["store", "store", "store", "replace", "delete"]))
        text = draw(st.sampled_from(list(BODIES)))
        ops.append(
            (
                kind,
                text,
                draw(claim_lists(templates)),
                draw(day(month=False)),
                draw(st.sampled_from(OUTLETS)),
                draw(st.sampled_from(URLS)),
                draw(st.booleans()),  # drain the queue after this operation
            )
        )
    return ops


BODIES = {
    # "a" and "b" share most words: MinHash puts them in one cluster (a syndicated copy).
    t: " ".join(f"word{i}" for i in range(60)) + f" ending {t}" if t in "ab" else f"Story {t} " * 5
    for t in "abcdefghij"
}


def _document(text: str, published: str | None, outlet: str | None, url: str | None) -> Document:
    return Document(text=BODIES[text], source=f"{text}.txt", published=published, outlet=outlet, url=url)


def _dump(facts: list[Any]) -> list[dict[str, Any]]:
    return [f.model_dump(mode="json") for f in facts]


def _clear(led: Any) -> None:
    for d in list(led.documents(limit=None)):
        led.delete_document(d.id)
    sync(led)


def run_ops(led: Any, ops: list[tuple[Any, ...]]) -> None:
    ids: dict[str, str] = {}
    for kind, text, claims, published, outlet, url, drain in ops:
        doc = _document(text, published, outlet, url)
        if kind == "store":
            led.store(doc, claims)
            ids[text] = doc.id
        elif kind == "replace" and led.has_document(doc.id):
            led.replace_claims(doc.id, claims)
        elif kind == "delete" and led.has_document(doc.id):
            led.delete_document(doc.id)
        if drain:
            sync(led)
    sync(led)


PROPS = settings(
    max_examples=int(os.environ.get("MW_PROP_EXAMPLES", "40")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@PROPS
@given(ops=operations())
def test_incremental_facts_equal_a_full_reconciliation(ledger: Any, ops: list[tuple[Any, ...]]) -> None:
    _clear(ledger)
    run_ops(ledger, ops)
    assert ledger.facts_pending() == 0
    whole = reconcile(ledger.claims())
    expected, disputed = _dump(whole), conflicts(latest(whole))
    assert _dump(stored_facts(ledger)) == expected
    assert stored_conflicts(ledger) == disputed  # the sides kept beside the facts (0013)
    marked = _marks(ledger)  # the newest of each series, per scope (0017)
    disagree = _disagree(ledger)  # the claims that disagree with their fact's best (0018)
    assert _positions(disagree) == _disagreeing(whole)
    _same_claims(disagree, whole)
    assert _disagree_by_the_upgrade(ledger) == _stored_disagree(ledger)
    # and a rebuild from scratch agrees with the incremental state
    rebuild(ledger)
    assert _dump(stored_facts(ledger)) == expected
    assert stored_conflicts(ledger) == disputed
    assert _marks(ledger) == marked
    assert _disagree(ledger) == disagree


def _marks(led: Any) -> list[tuple[Any, ...]]:
    """The ``fact_marks`` by the fact they mark (key, id, window), not by its seq
    (``tests/test_fact_marks.py`` checks what readers make of them)."""
    from sqlalchemy import text

    with led.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.scope, f.key_id, f.fact_id, f.window, f.window_first, f.window_last "
                "FROM fact_marks m JOIN facts f ON f.seq = m.seq"
            )
        )
        return sorted(tuple(row) for row in rows)


def _stored_disagree(led: Any) -> dict[str, tuple[str | None, str | None]]:
    """The ``disagree`` and ``disagree_last`` columns of each stored fact, by fact id."""
    from sqlalchemy import text

    with led.engine.connect() as conn:
        rows = conn.execute(text("SELECT fact_id, disagree, disagree_last FROM facts")).all()
    return {fact_id: (found, last) for fact_id, found, last in rows}


def _disagree(led: Any) -> dict[str, list[tuple[str, int, int | None]]]:
    """Each stored fact's ``disagree`` entries (day, position, claim id), by fact id — the newest
    day its ``disagree_last``, the days newest first."""
    from missionwatch.ledger.facts import disagreement_entries

    out: dict[str, list[tuple[str, int, int | None]]] = {}
    for fact_id, (found, last) in _stored_disagree(led).items():
        lines = found.split("\n") if found else []
        days = [line.split(" ")[0] for line in lines]
        assert days == sorted(days, reverse=True) and last == (days[0] if days else None)
        out[fact_id] = []
        for line in lines:
            day, pairs = disagreement_entries(line)
            assert int(line.split(" ")[1]) == len(pairs)
            out[fact_id] += [(day, pos, cid) for pos, cid in pairs]
    return out


def _positions(found: dict[str, list[tuple[str, int, int | None]]]) -> dict[str, list[tuple[str, int]]]:
    return {k: sorted((day, pos) for day, pos, _cid in v) for k, v in found.items()}


def _disagreeing(facts: list[Any]) -> dict[str, list[tuple[str, int]]]:
    """(day, position) of each published claim of each fact that ``report.alerts.disagrees`` with
    its best — none for the measures that keep no marks (``ledger.facts.UNMARKED``)."""
    from missionwatch.ledger.facts import UNMARKED
    from missionwatch.report.alerts import disagrees
    from missionwatch.report.backend import fact_view

    out: dict[str, list[tuple[str, int]]] = {}
    for f in facts:
        view = fact_view(f)
        out[f.id] = sorted(
            ((c.published or "")[:10], pos)
            for pos, c in enumerate(f.claims)
            if f.measure not in UNMARKED and (c.published or "")[:10] and disagrees(c, view)
        )
    return out


def _same_claims(found: dict[str, list[tuple[str, int, int | None]]], facts: list[Any]) -> None:
    """A mark's claim id is the id of the claim at its position (when it names one)."""
    claims = {f.id: f.claims for f in facts}
    for fact_id, entries in found.items():
        for _day, pos, cid in entries:
            assert cid is None or claims[fact_id][pos].id == cid


def _disagree_by_the_upgrade(led: Any) -> dict[str, tuple[str | None, str | None]]:
    """The columns the upgrade's copy of the rule (0018) writes from the stored heads and refs."""
    import importlib.util
    import json
    from pathlib import Path

    from sqlalchemy import text

    from missionwatch.ledger import facts as lf

    path = Path(lf.__file__).parent / "migrations" / "versions" / "0018_fact_disagree.py"
    spec = importlib.util.spec_from_file_location("m0018", path)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert set(lf.UNMARKED) == migration.UNMARKED
    assert lf.HEAD_FIELDS[migration.MEASURE] == "measure" and lf.HEAD_FIELDS[migration.BEST] == "best"
    with led.engine.connect() as conn:
        rows = conn.execute(text("SELECT fact_id, measure, head, refs FROM facts")).all()
    return {
        fact_id: (None, None)
        if measure in migration.UNMARKED
        else migration.disagree(json.loads(head)[migration.BEST], json.loads(refs))
        for fact_id, measure, head, refs in rows
    }


@PROPS
@given(ops=operations(templates=2, most=14))
def test_one_busy_series_recomputed_window_by_window_equals_a_full_reconciliation(
    ledger: Any, ops: list[tuple[Any, ...]]
) -> None:
    """Many claims of one key (the mission's strength) over two months, day- and month-precise:
    only the windows a change can move are recomputed, and the result is still the whole."""
    _clear(ledger)
    run_ops(ledger, ops)
    assert _dump(stored_facts(ledger)) == _dump(reconcile(ledger.claims()))


def test_every_write_queues_its_document_in_the_same_transaction(ledger: Any) -> None:
    doc = _document("c", "2024-09-10", "Wire", None)
    claim = Claim(measure="personnel.deployed", mission="MSS", value=410, sentence="about 410", extractor="t")
    ledger.store(doc, [claim])
    assert ledger.facts_pending() == 1
    assert sync(ledger) == 1 and ledger.facts_pending() == 0
    assert [f.best for f in stored_facts(ledger)] == [410]
    ledger.replace_claims(doc.id, [claim.model_copy(update={"value": 430})])
    assert ledger.facts_pending() == 1
    assert [f.best for f in stored_facts(ledger)] == [430]  # a reader drains the queue first
    ledger.delete_document(doc.id)
    assert ledger.facts_pending() == 1
    assert stored_facts(ledger) == []


def test_a_reader_selects_by_mission_and_measure(ledger: Any) -> None:
    ops = [
        (
            "store",
            "c",
            [Claim(**{**_t(0), "as_of": "2024-09-10"}), Claim(**_t(11))],
            None,
            "Wire",
            None,
            False,
        ),
        ("store", "d", [Claim(**_t(14)), Claim(**_t(15))], "2024-09-12", "Daily", None, False),
    ]
    run_ops(ledger, ops)
    everything = stored_facts(ledger)
    mss = stored_facts(ledger, missions=["MSS"])
    assert {f.measure for f in mss} == {
        "personnel.deployed",
        "council.vote",
    }  # the vote is filed under MSS too
    assert {f.measure for f in stored_facts(ledger, missions=["GSF"])} == {"council.vote"}
    with_free = stored_facts(ledger, missions=["MSS"], mission_free=["killed"])
    assert {f.measure for f in with_free} == {"personnel.deployed", "council.vote", "killed"}
    assert [f.measure for f in stored_facts(ledger, missions=["MSS"], measures=["personnel.*"])] == [
        "personnel.deployed"
    ]
    assert len(everything) == 3


def test_a_quote_naming_no_mission_belongs_to_the_missions_of_its_document(ledger: Any) -> None:
    quote = Claim(measure="quote", subject="A. Speaker", value="We will stay.", sentence="x", extractor="t")
    mss = Claim(**_t(1))
    run_ops(ledger, [("store", "c", [quote, mss], "2024-09-12", None, None, False)])
    assert [f.measure for f in stored_facts(ledger, missions=["MSS"], by_document=["quote"])] == [
        "quote",  # mission-less first, as reconcile sorts
        "personnel.deployed",
    ]
    assert stored_facts(ledger, missions=["BINUH"], by_document=["quote"]) == []
    # the document loses its MSS claim: the quote no longer belongs to MSS
    ledger.replace_claims(_document("c", None, None, None).id, [quote])
    assert stored_facts(ledger, missions=["MSS"], by_document=["quote"]) == []


def _t(i: int) -> dict[str, Any]:
    measure, mission, subject, value, unit, sentence = TEMPLATES[i]
    res = "2793" if measure == "council.vote" else None
    return dict(
        measure=measure, mission=mission, subject=subject, value=value, unit=unit, sentence=sentence,
        resolution=res, extractor="t",
    )  # fmt: skip


def _ledger_at_0002(new_db: Callable[[str], str]) -> str:
    """A SQLite ledger at revision 0002 with one document and one claim, as an older version left it."""
    from alembic import command

    from missionwatch.ledger.engine import _alembic_config, make_engine, writer

    url = new_db("sqlite")
    engine = make_engine(url)
    with writer(engine) as conn:
        command.upgrade(_alembic_config(conn), "0002")
    with writer(engine) as conn:  # what an older MissionWatch stored
        conn.exec_driver_sql(
            "INSERT INTO documents (id, text, source, cluster_id, meta, retrieved_at, stored_at, "
            "content_type, published) VALUES ('d1', 'x', 'x', 'd1', '{}', '2024-01-01', '2024-01-01', "
            "'text/plain', '2024-09-10')"
        )
        conn.exec_driver_sql(
            'INSERT INTO claims (document_id, seq, measure, mission, value, sentence, start, "end", '
            "confidence, extractor, extractor_version, flags, attrs) VALUES ('d1', 0, "
            "'personnel.deployed', 'MSS', '410', 'about 410', 0, 0, 1.0, 't', '', '[]', '{}')"
        )
    return url


def test_upgrade_of_a_ledger_from_revision_0002_queues_and_builds_its_facts(
    new_db: Callable[[str], str],
) -> None:
    """A ledger written before the facts table: reading it after the migration gives its facts."""
    from missionwatch.ledger.engine import ensure_schema, head_revision, make_engine

    url = _ledger_at_0002(new_db)
    engine = make_engine(url)
    assert ensure_schema(engine, upgrade=True)[1] == head_revision()
    engine.dispose()
    with open_ledger(url) as led:
        assert led.facts_pending() == 1
        assert [f.best for f in stored_facts(led, missions=["MSS"])] == [410]
        assert led.facts_pending() == 0


def test_db_upgrade_and_rebuild_facts_commands(new_db: Callable[[str], str], cli: Callable[..., Any]) -> None:
    from missionwatch.ledger.engine import head_revision

    url = _ledger_at_0002(new_db)
    result = cli("db", "upgrade", "--db", url)
    assert result.exit_code == 0, result.stderr
    assert f"0002 → revision {head_revision()}" in result.stdout
    assert "facts: those of 1 changed documents recomputed" in result.stdout
    with open_ledger(url) as led:
        assert led.facts_pending() == 0
        assert [f.best for f in stored_facts(led)] == [410]
    result = cli("db", "rebuild-facts", "--db", url)
    assert result.exit_code == 0 and result.stdout.startswith("facts: 1 rebuilt from every claim")
    result = cli("facts", "MSS", "--db", url, "-f", "json")
    assert result.exit_code == 0 and '"best": 410' in result.stdout


@pytest.mark.parametrize("kind", ["sqlite"])
def test_a_bulk_load_outside_the_ledger_is_queued_by_the_trigger(
    new_db: Callable[[str], str], kind: str
) -> None:
    from sqlalchemy import insert

    from missionwatch.ledger.schema import ClaimRow

    with open_ledger(new_db(kind)) as led:
        doc = _document("e", "2024-09-10", None, None)
        led.store(doc, [])
        sync(led)
        with led.engine.begin() as conn:
            conn.execute(
                insert(ClaimRow),
                [Claim(**_t(1)).model_dump() | {"document_id": doc.id, "seq": 0, "value_num": 430.0}],
            )
        assert led.facts_pending() == 1
        assert [f.best for f in stored_facts(led)] == [430]


_FIGURE_CHARS = st.sampled_from(
    list("0123456789.,  aAbkKtTwelveMILLIONmillion$\u017f\u212a\u0130\u0131\u0663")
)


@settings(max_examples=2000, deadline=None, database=None)
@given(
    sentence=st.text(_FIGURE_CHARS, max_size=30),
    text=st.sampled_from(["1", "12", "1,500", "2.5 million", "twelve", "1.5", "k", "15"]),
)
def test_finding_a_figure_without_a_regex_per_sentence_finds_what_the_regex_found(
    sentence: str, text: str
) -> None:
    """``scopes._find_figure`` (a rebuild compiled a regex per sentence) agrees with that regex."""
    import re

    from missionwatch.reconcile.scopes import _find_figure

    m = re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d,]|\.\d)", sentence, re.I)
    assert _find_figure(sentence, text) == ((m.start(), m.end()) if m else None)


def _deployed(as_of: str, value: int = 410) -> Claim:
    return Claim(**{**_t(0), "value": value, "as_of": as_of})


@pytest.mark.parametrize(
    "steps",
    [
        # a month-precise figure sits in the window around mid-October; a later report starts a
        # window of its own, which the month overlaps too: it must stay where it was
        [
            ("c", ["2024-10-10", "2024-10-18"]),
            ("d", ["2024-10"]),
            ("e", ["2024-10-25"]),
            ("f", ["2024-10-27"]),
        ],
        # an earlier report moves every window after it (anchors shift)
        [("c", ["2024-09-10", "2024-09-20", "2024-09-30"]), ("d", ["2024-10-08"]), ("e", ["2024-09-03"])],
        # a window's first report is removed: the window re-anchors on its second
        [("c", ["2024-09-10"]), ("d", ["2024-09-20", "2024-09-26"]), ("-c", []), ("e", ["2024-10-09"])],
        # a report in the gap between two windows, and a month over both
        [("c", ["2024-09-01", "2024-09-30"]), ("d", ["2024-09"]), ("e", ["2024-09-16"])],
    ],
)
def test_windows_recomputed_around_a_change(ledger: Any, steps: list[tuple[str, list[str]]]) -> None:
    for name, dates in steps:
        doc = _document(name.lstrip("-"), None, "Wire", None)
        if name.startswith("-"):
            ledger.delete_document(doc.id)
        else:
            ledger.store(doc, [_deployed(d, 400 + i) for i, d in enumerate(dates)])
        sync(ledger)
        assert _dump(stored_facts(ledger)) == _dump(reconcile(ledger.claims())), name


def _window_rows(ledger: Any) -> dict[tuple[str, str | None], tuple[int, str | None, str]]:
    """(window, first day) → (seq, claims mark, body as JSON) of every stored fact with a window."""
    import json

    from sqlalchemy import select

    from missionwatch.ledger.schema import FactRow

    cols = (FactRow.window, FactRow.window_first, FactRow.seq, FactRow.claims_mark, FactRow.body)
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(*cols).where(FactRow.window != "all")).all()
    return {(w, first): (seq, mark, json.dumps(body, sort_keys=True)) for w, first, seq, mark, body in rows}


def test_a_drain_keeps_a_recomputed_window_whose_claims_did_not_change(
    ledger: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report on 17 September starts a window that reaches the one of 20 September, so the drain
    recomputes from 1 September on; the window of 1 September comes out with the same claims and
    is kept as stored (same row, not written again), the others are redone — and everything
    equals a rebuild."""
    from missionwatch.ledger.facts import FactStore

    _clear(ledger)
    for name, day_ in (("c", "2024-09-01"), ("d", "2024-09-20")):
        ledger.store(_document(name, None, "Wire", None), [_deployed(day_, 410)])
    sync(ledger)
    before = _window_rows(ledger)
    written: list[tuple[str, str | None]] = []
    add_facts = FactStore.add_facts

    def recording(store: FactStore, rows: Any) -> None:
        written.extend((r["window"], r["window_first"]) for r in rows)
        add_facts(store, rows)

    monkeypatch.setattr(FactStore, "add_facts", recording)
    ledger.store(_document("e", None, "Wire", None), [_deployed("2024-09-17", 430)])
    sync(ledger)
    monkeypatch.undo()
    after = _window_rows(ledger)
    assert written == [("day", "2024-09-17")]  # the window of 1 September is not written again
    assert after[("day", "2024-09-01")] == before[("day", "2024-09-01")]  # the same row
    assert ("day", "2024-09-20") not in after and ("day", "2024-09-17") in after
    assert _dump(stored_facts(ledger)) == _dump(reconcile(ledger.claims()))
    rebuild(ledger)
    rebuilt = _window_rows(ledger)
    assert {k: v[1:] for k, v in rebuilt.items()} == {k: v[1:] for k, v in after.items()}  # marks, bodies


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_rebuild_in_worker_processes_equals_one_in_this_process(
    new_db: Callable[[str], str], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measure families reconciled by two worker processes give the facts one process gives."""
    from missionwatch.reconcile import materialized

    with open_ledger(new_db(kind)) as led:
        for i in range(12):
            claims = [Claim(**_t(n)) for n in (i % 5, (i * 3) % 7, 9 + i % 4, 14 + i % 3, 16)]
            text = f"Story {i} of the rebuild test, told once. " * 3
            led.store(
                Document(
                    text=text, source=f"p{i}.txt", published=(START + timedelta(days=i * 3)).isoformat()
                ),
                claims,
            )
        rebuild(led, workers=1)
        alone = _dump(stored_facts(led))
        monkeypatch.setattr(materialized, "PARALLEL_AT", 0)
        rebuild(led, workers=2)
        assert _dump(stored_facts(led)) == alone == _dump(reconcile(led.claims()))


def test_a_fact_is_written_as_its_head_summary_and_claim_references(ledger: Any) -> None:
    """``fact_texts``: the summary reads back as the fact without its claims (non-ASCII text,
    quotes, backslashes and nesting included), the head as its ``HEAD_FIELDS``, the references as
    each claim's id, document, publication and confidence, followed by the claim itself only when
    the ledger cannot give it back by id; a ledger stores the body (the summary) as a JSON object,
    not a JSON string holding one, and reads the claims back whole."""
    import json

    from missionwatch.ledger.facts import HEAD_FIELDS, REF_FIELDS, fact_texts, read_facts

    sentence = 'Il a dit « 410 » — ,"claims":[ "about" Ñ \\ \n'
    attrs = {"a": [1, {"b": None}], "claims": [1]}
    claim = Claim(**{**_t(16), "value": "2025-10", "sentence": sentence, "attrs": attrs})
    ledger.store(_document("a", "2025-03-01", "Agence Ñ", None), [_deployed("2025-03-01"), claim])
    sync(ledger)
    facts = stored_facts(ledger)
    assert any(c.sentence == sentence for f in facts for c in f.claims)
    for fact in facts:
        for as_read in (True, False):
            head, summary, refs = fact_texts(fact, lambda _c, as_read=as_read: as_read)
            whole = fact.model_dump(mode="json")
            assert json.loads(summary) == {k: v for k, v in whole.items() if k != "claims"}
            assert summary == fact.model_dump_json(exclude={"claims"})
            assert json.loads(head) == [whole[k] for k in HEAD_FIELDS]
            found = json.loads(refs)
            assert [r[: len(REF_FIELDS)] for r in found] == [
                [c[k] for k in REF_FIELDS] for c in whole["claims"]
            ]
            assert [r[len(REF_FIELDS) :] for r in found] == [[] if as_read else [c] for c in whole["claims"]]
    typeof = "json_type" if ledger.engine.dialect.name == "sqlite" else "json_typeof"
    with ledger.engine.connect() as conn:
        stored = read_facts(conn)
        kinds = set(conn.exec_driver_sql(f"SELECT {typeof}(body) FROM facts").scalars())
        inline = [r for (text,) in conn.exec_driver_sql("SELECT refs FROM facts") for r in json.loads(text)]
    assert {f["best"] for f in stored if f["measure"] == "personnel.deployed"} == {410}
    assert any(c.sentence == sentence for f in stored for c in f["claims"])
    assert kinds == {"object"}  # not a JSON string holding the object
    assert inline and all(len(r) == len(REF_FIELDS) for r in inline)  # read back by id, none held


def test_claims_sort_as_by_their_whole_json_when_all_else_ties() -> None:
    """``claim_sort_key`` encodes a claim only on a tie, and the order is the one the eager key
    (every claim encoded) gives."""
    from missionwatch.models import StoredClaim
    from missionwatch.reconcile.facts import claim_sort_key

    def claim(value: Any, start: int, doc: str = "d1", **extra: Any) -> StoredClaim:
        return StoredClaim(
            measure="personnel.deployed", value=value, as_of="2025-01-01", document_id=doc, start=start,
            end=start + 3, **extra,
        )  # fmt: skip

    claims = [
        claim(410, 5),
        claim(400, 5),
        claim(410, 5, qualifier="approx"),
        claim(12, 1),
        claim(410, 5, doc="d0"),
        claim(410, 5),
    ]

    def eager(c: StoredClaim) -> tuple:
        return (c.as_of or "", c.published or "", c.document_id, c.start, c.end, c.model_dump_json())

    assert sorted(claims, key=claim_sort_key) == sorted(claims, key=eager)
    assert [c.model_dump_json() for c in sorted(reversed(claims), key=claim_sort_key)] == [
        c.model_dump_json() for c in sorted(claims, key=eager)
    ]


def test_no_collections_turns_the_collector_off_and_back_on() -> None:
    import gc

    from missionwatch.reconcile.materialized import no_collections

    was = gc.isenabled()
    try:
        gc.enable()
        inside: list[bool] = []
        with no_collections():
            inside.append(gc.isenabled())
            with no_collections():  # nested, as a rebuild inside a sync would be
                inside.append(gc.isenabled())
            inside.append(gc.isenabled())
        assert inside == [False] * 3
        assert gc.isenabled()
        gc.disable()  # collection turned off by someone else: left off
        with no_collections():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_upgrade_to_fact_summaries_fills_them_from_the_stored_bodies(ledger: Any) -> None:
    """Revisions 0009-0010 on a ledger whose facts were stored before them (taken back to 0008):
    the migration fills each fact's summary from its body in SQL (SQLite's ``json_remove``,
    PostgreSQL's ``jsonb - 'claims'``), and the facts read from the summaries are the stored facts."""
    from alembic import command

    from missionwatch.ledger.engine import _alembic_config, writer
    from missionwatch.reconcile.materialized import claim_refs, stored_summaries
    from missionwatch.web.service import _fact_out

    for i, (text, day) in enumerate((("a", "2025-03-01"), ("b", "2025-03-02"), ("c", "2025-06-01"))):
        claims = [_deployed(day, 400 + i), Claim(**_t(i % len(TEMPLATES)))]
        ledger.store(_document(text, day, f"Outlet {i}", None), claims)
    sync(ledger)
    whole = stored_facts(ledger)
    with writer(ledger.engine) as conn:
        command.downgrade(_alembic_config(conn), "0008")
    with writer(ledger.engine) as conn:
        command.upgrade(_alembic_config(conn), "head")
    light, stored_at = stored_summaries(ledger)
    claims = claim_refs(ledger, stored_at.values())
    assert [f.model_dump(exclude={"claims"}) for f in light] == [
        f.model_dump(exclude={"claims"}) for f in whole
    ]
    assert [_fact_out(f, claims[stored_at[id(f)][0]]) for f in light] == [_fact_out(f) for f in whole]


@pytest.mark.postgres
def test_a_rebuild_on_postgresql_leaves_planner_statistics_for_what_it_read_and_wrote(pg_url: str) -> None:
    """After a bulk load the planner knows nothing of the claims; the rebuild that follows takes
    the statistics of the tables it read and rewrote (on an empty table's estimates a briefing's
    count chose a nested loop over every claim of the mission: bench/serve.md, seventh round)."""
    from missionwatch.web.sample import sample_documents

    led = open_ledger(pg_url)
    try:
        for doc, claims in sample_documents():
            led.store(doc, claims)
        rebuild(led)
        with led.engine.connect() as conn:
            analysed = set(
                conn.exec_driver_sql(
                    "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = current_schema()"
                ).scalars()
            )
    finally:
        led.close()
    assert {"claims", "documents", "facts", "fact_keys"} <= analysed
