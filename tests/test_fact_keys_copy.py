"""PostgreSQL: the key spans of a rebuild or a drain go in by one COPY (issue 10, thirteenth round).

A rebuild at 1,000,009 claims writes 938,434 key spans; the driver's ``executemany`` made each a
statement for the server. They are now streamed with ``COPY … FROM STDIN`` in the same
transaction. The rows written are those SQLite gets from its ``INSERT``s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, select

from missionwatch.ledger import open_ledger
from missionwatch.ledger.schema import FactKeyRow
from missionwatch.models import Claim, Document
from missionwatch.reconcile.materialized import rebuild, sync


def _fill(led: Any, first: int, last: int) -> None:
    for n in range(first, last):
        day = f"2025-04-{n + 1:02d}"
        doc = Document(
            text=f"Bulletin {n} from the coastal monitors. " * 3,
            source=f"bulletin{n}.txt",
            published=day,
            outlet="Coast Wire",
        )
        claims = [
            Claim(
                measure="personnel.deployed",
                mission="CMF",
                subject=country,
                value=40 + n + k,
                as_of=day if n % 4 else None,
                sentence=f"{country} kept {40 + n + k} monitors on the coast.",
                extractor="t",
            )
            for k, country in enumerate(["Oskar", "Vellmark"])
        ]
        led.store(doc, claims)


def _keys(led: Any) -> list[tuple[Any, ...]]:
    cols = [getattr(FactKeyRow, c) for c in ("key_id", "document_id", "measure", "days", "first", "last")]
    with led.engine.connect() as conn:
        rows = conn.execute(select(*cols, FactKeyRow.undated)).all()
    return sorted((*r[:-1], bool(r[-1])) for r in rows)


@pytest.mark.postgres
def test_key_spans_go_to_postgresql_by_copy_and_equal_sqlites(
    pg_url: str, new_db: Callable[[str], str]
) -> None:
    pg, lite = open_ledger(pg_url), open_ledger(new_db("sqlite"))
    try:
        inserts: list[str] = []

        @event.listens_for(pg.engine, "before_cursor_execute")
        def spy(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.lstrip().upper().startswith("INSERT INTO FACT_KEYS"):
                inserts.append(statement)

        for led in (pg, lite):
            _fill(led, 0, 12)
            rebuild(led)
        assert _keys(pg) == _keys(lite) and len(_keys(pg)) == 24
        for led in (pg, lite):  # a drain's spans too
            _fill(led, 12, 16)
            sync(led)
        assert _keys(pg) == _keys(lite) and len(_keys(pg)) == 32
        assert inserts == []
    finally:
        pg.close()
        lite.close()
