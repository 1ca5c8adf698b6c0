"""fact_marks set again: the newest fact of a series ranked by its last date's last day.

Why: the newest fact of a series (``reconcile.latest``, the marks of 0017, ``stored_latest``'s
heads) was chosen by its last date **as text**, so a window ending on a month-precise claim
'2025-01' (which runs to 31 January) counted as older than one ending '2025-01-05'. The rule is
now ``ledger.facts.newest_rank``: the last day the date covers (a month by its last day, a year
by 31 December), on the same last day the finer date (a day, then a month, then a year), then
the fact's id (bench/serve.md, issue 10, twenty-second round). The facts themselves and their
``rank`` column (``as_of_last`` and id as stored) do not change; which fact of a series is marked
as its newest does, where a month or a year ends a window.

The upgrade sets every mark again from the ``rank`` columns stored, with the rule the code uses
(``newest_marks``, imported: the marks are what the readers of this code expect, so there is one
copy of the rule); the downgrade sets them by the texts again, as 0017 did.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# as 0017's: reconcile.checks.CHECKED_AGAINST_TOTAL, measures.names(group="people")
TOTALS = ("personnel.deployed", "personnel.pledged")
BY_DOCUMENT = ("quote", "role")


def _mark_again(rank: Callable[[str | None, str], Any] | None) -> None:
    from missionwatch.ledger.facts import newest_marks

    bind = op.get_bind()
    facts = sa.table(
        "facts",
        sa.column("seq", sa.Integer),
        sa.column("series", sa.String),
        sa.column("mission", sa.String),
        sa.column("measure", sa.String),
        sa.column("missions", sa.Text),
        sa.column("doc_missions", sa.Text),
        sa.column("rank", sa.Text),
    )
    marked = sa.table("fact_marks", sa.column("scope", sa.String), sa.column("seq", sa.Integer))
    rows = bind.execute(
        sa.select(
            facts.c.seq,
            facts.c.series,
            facts.c.mission,
            facts.c.measure,
            facts.c.missions,
            facts.c.doc_missions,
            facts.c.rank,
        )
    ).all()
    found = set(newest_marks(rows, TOTALS, BY_DOCUMENT, **({} if rank is None else {"rank": rank})))
    before = {(str(s), int(q)) for s, q in bind.execute(sa.select(marked.c.scope, marked.c.seq)).all()}
    # only the marks that change are written: most series end on a day
    gone = sorted(before - found)
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        bind.execute(
            marked.delete().where(sa.or_(*((marked.c.scope == s) & (marked.c.seq == q) for s, q in chunk)))
        )
    added = [{"scope": s, "seq": q} for s, q in sorted(found - before)]
    for start in range(0, len(added), 5000):
        bind.execute(marked.insert(), added[start : start + 5000])


def upgrade() -> None:
    _mark_again(None)


def downgrade() -> None:
    _mark_again(lambda last, fact_id: (last or "", fact_id))
