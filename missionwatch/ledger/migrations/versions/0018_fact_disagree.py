"""facts.disagree, facts.disagree_last: the claims of a fact that disagree with its best, by day.

Why: a ``conflict`` alert is a claim published since a day that disagrees with the best of the
newest fact of its series (``report.alerts``). An alert list since 2024-01-01 at 1,000,009 claims
is 120,859 alerts; to list them a reader read every claim since the day of every newest fact
(122,263 claims by id) and built every alert, 5.7-6.4 s and 750-790 MB for a first request
(bench/serve.md, sixteenth round). ``disagree`` holds the claims of the fact that disagree with
its best and were published, a line for each day (the first ten characters of ``published``),
newest first: ``day count position:claim id,…`` (the claim id left out for a claim held whole in
``refs``); ``disagree_last`` the newest such day; both NULL for a fact without one and for the measures no
alert is raised on this way (``ledger/facts.py``, ``UNMARKED``, ``disagreement``). A reader
counts the alerts from these and builds only those of the page it serves. The drain and a rebuild
write them in the statement that writes the fact.

``ix_facts_disagree`` finds the facts with such a claim since a day; on SQLite it covers
``disagree`` (the column sits after a fact's claims in the row, which a read would walk).

The upgrade fills them from the heads (the best) and references stored, in this file's own copy
of the rule (the facts are not recomputed).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# ledger/facts.py UNMARKED as it is now, and the place of ``measure`` and ``best`` in a head (0008)
UNMARKED = {"quote", "role", "contributor", "donor", "mission.lead", "council.penholder", "mandate.expiry"}
MEASURE, BEST = 2, 9
REF_FIELDS = 7  # a reference longer than this holds its claim whole (0012)


def as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def disagree(best: Any, refs: list[list[Any]]) -> tuple[str | None, str | None]:
    number, said = as_number(best), str(best).strip().lower()
    days: dict[str, list[str]] = {}
    for pos, ref in enumerate(refs):
        day = (ref[2] or "")[:10]
        if not day:
            continue
        value = ref[4]
        a = as_number(value)
        if a is not None and number is not None:
            off = abs(a - number) > 0.01 * max(abs(a), abs(number), 1.0)
        else:
            off = str(value).strip().lower() != said
        if off:
            cid = ref[0] if len(ref) == REF_FIELDS and ref[0] is not None else ""
            days.setdefault(day, []).append(f"{pos}:{cid}")
    if not days:
        return None, None
    order = sorted(days, reverse=True)
    return "\n".join(f"{d} {len(days[d])} {','.join(days[d])}" for d in order), order[0]


def upgrade() -> None:
    op.add_column("facts", sa.Column("disagree", sa.Text()))
    op.add_column("facts", sa.Column("disagree_last", sa.String(10)))
    bind = op.get_bind()
    facts = sa.table(
        "facts",
        sa.column("seq", sa.Integer),
        sa.column("measure", sa.String),
        sa.column("head", sa.Text),
        sa.column("refs", sa.Text),
        sa.column("disagree", sa.Text),
        sa.column("disagree_last", sa.String),
    )
    read = (
        sa.select(facts.c.seq, facts.c.head, facts.c.refs)
        .where(facts.c.measure.not_in(sorted(UNMARKED)))
        .execution_options(stream_results=True, yield_per=500)
    )
    found: list[dict[str, Any]] = []
    for seq, head, refs in bind.execute(read):
        text, last = disagree(json.loads(head)[BEST], json.loads(refs or "[]"))
        if text is not None:
            found.append({"s": seq, "d": text, "l": last})
    stmt = (
        facts.update()
        .where(facts.c.seq == sa.bindparam("s"))
        .values(disagree=sa.bindparam("d"), disagree_last=sa.bindparam("l"))
    )
    for start in range(0, len(found), 500):
        bind.execute(stmt, found[start : start + 500])
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX ix_facts_disagree ON facts (disagree_last, seq, disagree) "
            "WHERE disagree_last IS NOT NULL"
        )
    else:
        op.execute("CREATE INDEX ix_facts_disagree ON facts (disagree_last) WHERE disagree_last IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ix_facts_disagree")
    op.execute("ALTER TABLE facts DROP COLUMN disagree_last")
    op.execute("ALTER TABLE facts DROP COLUMN disagree")
