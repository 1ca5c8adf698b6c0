"""Claim filter keys (migration 0002): backfilled by `db upgrade`, kept by every writer, used by plans.

Also: read-only commands refuse a SQLite file that does not exist instead of creating one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, Table, insert, select, text

from missionwatch.errors import LedgerError
from missionwatch.ledger import open_ledger
from missionwatch.ledger import queries as q
from missionwatch.ledger.engine import _alembic_config, current_revision, head_revision, make_engine, writer
from missionwatch.ledger.schema import ClaimRow, DocumentRow
from missionwatch.models import Claim, Document

TEXT_A = "Kenyan police officers arrived in Port-au-Prince as the first contingent of the mission."
TEXT_B = "Donors have deposited only a fraction of the money the mission needs in the trust fund."
NOW = datetime(2025, 1, 1, 12, 0)


def _doc_row(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "url": None, "title": "t", "outlet": doc.outlet, "published": doc.published,
            "published_precision": doc.published_precision, "retrieved_at": NOW, "language": "en",
            "content_type": "text/plain", "text": doc.text, "source": "x", "cluster_id": doc.id,
            "meta": {}, "minhash": None, "stored_at": NOW, "run_id": None}  # fmt: skip


def _claim_row(doc_id: str, seq: int, **fields: Any) -> dict[str, Any]:
    claim = Claim(**fields)
    return claim.model_dump() | {"document_id": doc_id, "seq": seq, "value_num": q.numeric(claim.value)}


A = Document(text=TEXT_A, source="a", published="2024-06-25", outlet="AP")
B = Document(text=TEXT_B, source="b", published="2025-01-10")
CLAIMS = [
    (A, dict(measure="personnel.deployed", mission="MSS", subject="KEN", value=400, as_of="2024-06-25")),
    (A, dict(measure="funding.pledged", mission="mss", subject="usa", value=300, unit="USD")),
    (B, dict(measure="personnel.deployed", mission="Mss", subject="Jam", value=200)),
    (B, dict(measure="personnel.target", mission="GSF", value=5550, as_of="2025-09-30")),
    (B, dict(measure="displaced", value=1000)),
]


def _check_filters(led: Any) -> None:
    """The answers of test_ledger.py's filter test, whichever way the rows got in."""
    assert led.count_claims() == 5
    assert led.count_claims(measure="personnel.*") == 3
    assert led.count_claims(mission="mss") == 3
    assert [c.value for c in led.claims(mission="MSS", measure="personnel.deployed")] == [400, 200]
    assert [c.subject for c in led.claims(subject="ken")] == ["KEN"]
    assert [c.subject for c in led.claims(subject="JAM")] == ["Jam"]
    assert {c.value for c in led.claims(since="2025")} == {200, 5550, 1000}
    assert {c.value for c in led.claims(until="2024-12")} == {400, 300}
    assert [c.value for c in led.claims(measure="funding.required")] == []
    assert led.claims(measure="funding.pledged")[0].outlet == "AP"
    assert [c.value for c in led.claims(limit=2, offset=1)] == [300, 200]
    assert [c.value for c in led.claims(mission="MSS", limit=1, offset=2)] == [200]


def test_db_upgrade_migrates_a_first_revision_ledger(cli, db_url):
    """A ledger made by revision 0001 (keys absent) is migrated by `db upgrade` with data intact."""
    from alembic import command

    engine = make_engine(db_url)
    try:
        with writer(engine) as conn:
            command.upgrade(_alembic_config(conn), "0001")
            meta = MetaData()
            documents = Table("documents", meta, autoload_with=conn)
            claims = Table("claims", meta, autoload_with=conn)
            assert "mission_key" not in claims.c
            conn.execute(insert(documents), [_doc_row(A), _doc_row(B)])
            conn.execute(insert(claims), [_claim_row(d.id, i, **c) for i, (d, c) in enumerate(CLAIMS)])
        with engine.connect() as conn:
            assert current_revision(conn) == "0001"
    finally:
        engine.dispose()

    with pytest.raises(LedgerError, match="db upgrade"):
        open_ledger(db_url)
    res = cli("db", "upgrade", "--db", db_url)
    assert res.exit_code == 0, res.stderr
    assert "0001 → revision " + head_revision() in res.stdout

    with open_ledger(db_url) as led:
        assert led.count_documents() == 2
        assert [h.document_id for h in led.search("trust fund")] == [B.id]
        with led.engine.connect() as conn:
            keys = conn.execute(
                select(ClaimRow.mission_key, ClaimRow.subject_key, ClaimRow.date_key).order_by(ClaimRow.id)
            ).all()
        assert [tuple(k) for k in keys] == [
            ("MSS", "ken", "2024-06-25"),
            ("MSS", "usa", "2024-06-25"),
            ("MSS", "jam", "2025-01-10"),
            ("GSF", None, "2025-09-30"),
            (None, None, "2025-01-10"),
        ]
        _check_filters(led)
        # And it keeps working as a ledger at head: new claims get their keys on store.
        led.store(
            Document(text="A third article.", source="c", published="2025-03"),
            [Claim(measure="personnel.deployed", mission="mss", subject="BLZ", value=150)],
        )
        assert [
            c.value for c in led.claims(mission="MSS", measure="personnel.deployed", since="2025-03")
        ] == [150]


def test_store_and_import_paths_fill_the_keys(ledger):
    ledger.store(A, [Claim(**c) for d, c in CLAIMS if d is A])
    ledger.store(B, [Claim(**c) for d, c in CLAIMS if d is B])
    _check_filters(ledger)
    # Case folding is Python's on both databases (SQLite's lower() only folds ASCII).
    c = Document(text="Ivorian police are expected later in the year.", source="c", published="2025-05")
    ledger.store(c, [Claim(measure="contributor", mission="MSS", subject="CÔTE D'IVOIRE", value=1)])
    assert [x.subject for x in ledger.claims(subject="côte d'ivoire")] == ["CÔTE D'IVOIRE"]
    # replace_claims keys the new claims with the document's date.
    ledger.replace_claims(c.id, [Claim(measure="contributor", mission="mss", value=2)])
    assert [x.value for x in ledger.claims(mission="MSS", since="2025-05", until="2025-05")] == [2]


def test_rows_inserted_without_keys_get_them(ledger):
    """Another tool writing the tables directly (e.g. the serve benchmark's loader) is keyed by trigger."""
    with ledger.engine.begin() as conn:
        conn.execute(insert(DocumentRow), [_doc_row(A), _doc_row(B)])
        conn.execute(insert(ClaimRow), [_claim_row(d.id, i, **c) for i, (d, c) in enumerate(CLAIMS)])
    _check_filters(ledger)


def _plan(led: Any, **filters: Any) -> str:
    stmt = q.claims_query(q.claim_filters(**filters, dialect="sqlite"), limit=50, offset=0)
    with led.engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        return "\n".join(r[-1] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))


def test_sqlite_plans_use_the_key_indexes(tmp_path):
    with open_ledger(str(tmp_path / "plan.db")) as led:
        for i in range(30):
            d = Document(text=f"Article number {i} about the mission.", source=str(i), published="2025-01-02")
            led.store(
                d,
                [
                    Claim(measure=m, mission=ms, subject="KEN", value=i)
                    for m in ("personnel.deployed", "displaced")
                    for ms in ("MSS", "GSF")
                ],
            )
        with led.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        plan = _plan(led, mission="mss", measure="personnel.deployed")
        assert "USING COVERING INDEX ix_claims_mission_measure_date (mission_key=? AND measure=?)" in plan
        plan = _plan(led, mission="MSS", measure="personnel.*")
        assert "ix_claims_mission_measure_date (mission_key=? AND measure>? AND measure<?)" in plan
        plan = _plan(led, measure="displaced", since="2025-01", until="2025-06")
        assert "ix_claims_measure_date (measure=? AND date_key>? AND date_key<?)" in plan
        assert "ix_claims_subject_key (subject_key=?)" in _plan(led, subject="ken")
        for filters in ({"mission": "MSS"}, {"measure": "displaced"}, {"subject": "KEN"}):
            assert "SCAN claims" not in _plan(led, **filters)


READS = (("documents",), ("show", "abcd1234"), ("export",), ("db", "info"))


@pytest.mark.parametrize("args", READS, ids=lambda a: a[0] if a[0] != "db" else "db-info")
def test_read_commands_refuse_a_missing_sqlite_file(cli, tmp_path, args):
    db = str(tmp_path / "typo.db")
    res = cli(*args, "--db", db)
    assert res.exit_code == 1
    assert res.stderr.strip() == (
        f"error: {db}: no ledger here — run missionwatch ingest or missionwatch demo first"
    )
    assert not Path(db).exists()


def test_writes_still_create_the_ledger(cli, tmp_path):
    db = tmp_path / "new.db"
    export = tmp_path / "empty.jsonl"
    export.write_text("")
    assert cli("import", str(export), "--db", str(db)).exit_code == 0
    assert db.exists()
    assert cli("documents", "--db", str(db)).exit_code == 0
    with pytest.raises(LedgerError, match="no ledger here"):
        open_ledger(str(tmp_path / "other.db"), create=False)
    open_ledger(str(tmp_path / "other.db")).close()  # the default still creates


def test_the_documents_speaking_of_a_mission_are_read_from_the_mission_index(tmp_path):
    """A briefing's quotes and roles naming no mission are those of the documents that file some
    claim under it: that sub-select reads an index alone, no claim row (revision 0010: the
    claims' mission index; since 0014 the mission's documents kept beside the claims)."""
    from sqlalchemy import func, select

    from missionwatch.ledger.mission_scope import MissionScope
    from missionwatch.ledger.schema import ClaimRow

    with open_ledger(str(tmp_path / "scope.db")) as led:
        for i in range(30):
            d = Document(text=f"Article {i}: the mission and a quote.", source=str(i), published="2025-01-02")
            led.store(
                d,
                [
                    Claim(measure="personnel.deployed", mission="MSS" if i % 2 else "GSF", value=i),
                    Claim(measure="quote", subject="A. Speaker", value=f"We are here {i}."),
                ],
            )
        with led.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            scope = MissionScope(conn, "MSS", mission_free=[], by_document=["quote"])
            stmt = select(func.count()).select_from(ClaimRow).where(*scope._where(["quote"]))
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = "\n".join(r[-1] for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "LIST SUBQUERY" in plan
            assert "SEARCH mission_documents USING COVERING INDEX" in plan
            assert "(mission_key=?)" in plan.split("SEARCH mission_documents", 1)[1]
            assert scope.count() == 15 + 15  # MSS's deployed figures and the quotes of its documents
