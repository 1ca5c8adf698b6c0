"""facts.recent: a fact of many claims keeps its first and newest claim references apart.

Why: a page shows of each fact its first and newest few claims, and an alert list those since a
day; to pick them a reader parsed every reference of the fact (``refs``, 0012) — of the facts with
thousands of claims 23 MB of JSON for a first alert list at 1,000,009 claims (0.34 s), 13 MB for a
first briefing (bench/serve.md, eleventh round). ``recent`` holds, for a fact of more than 64
claims, lines of JSON: ``[n, [its first 8 references], the positions of the newest claim of
each of its values (up to 256 values), 64]``, then its 64 newest references (by publication,
confidence, id; ties in the fact's order) and those of the newest of each value, each
``[position, *reference]`` (``ledger/facts.py``, ``recent_text``); NULL for a smaller fact, whose
``refs`` a reader parses.

The upgrade writes it from the references stored, in this file's own copy of the rule (the
facts are not recomputed); facts computed after it are written with it.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from __future__ import annotations

import heapq
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

RECENT_AT = 64
RECENT_FIRST = 8
RECENT_VALUES = 256


def _recent(refs: list[list[Any]]) -> str | None:
    n = len(refs)
    if n <= RECENT_AT:
        return None
    texts = [json.dumps(r, ensure_ascii=False) for r in refs]
    keys = [(r[2] or "", r[3], r[0] or 0) for r in refs]
    newest = heapq.nlargest(RECENT_AT, range(n), key=keys.__getitem__)
    best: dict[str, int] = {}
    for i, r in enumerate(refs):
        value = json.dumps(r[4:7], sort_keys=True)
        if keys[i] > keys[best.setdefault(value, i)]:
            best[value] = i
    values = sorted(best.values()) if len(best) <= RECENT_VALUES else None
    extra = sorted(set(values or ()) - set(newest))
    first = f"[{n},[{','.join(texts[:RECENT_FIRST])}],{json.dumps(values)},{len(newest)}]"
    return "\n".join([first, *(f"[{i},{texts[i][1:]}" for i in [*newest, *extra])])


def upgrade() -> None:
    op.add_column("facts", sa.Column("recent", sa.Text()))
    bind = op.get_bind()
    facts = sa.table(
        "facts", sa.column("seq", sa.Integer), sa.column("refs", sa.Text), sa.column("recent", sa.Text)
    )
    found: list[dict[str, Any]] = []
    read = sa.select(facts.c.seq, facts.c.refs).execution_options(stream_results=True, yield_per=500)
    rows = bind.execute(read)
    for seq, refs in rows:
        recent = _recent(json.loads(refs or "[]"))
        if recent is not None:
            found.append({"s": seq, "r": recent})
    stmt = facts.update().where(facts.c.seq == sa.bindparam("s")).values(recent=sa.bindparam("r"))
    for start in range(0, len(found), 500):
        bind.execute(stmt, found[start : start + 500])


def downgrade() -> None:
    op.execute("ALTER TABLE facts DROP COLUMN recent")
