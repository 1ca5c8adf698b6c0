"""fact_marks: the newest fact of each series marked, per mission and for all; facts.series, rank.

Why: a reader of where things stand (a briefing, the alert list, the conflicts list) picks the
newest fact of each series (``reconcile.latest``) among the facts it selects; it read the heads of
all of them to find those — 20,012 heads for a first alert list at 1,000,009 claims, and the
pick itself, about a third of that list (bench/serve.md, thirteenth round). Which fact is the
newest depends on what is selected: a mission reads its own facts, the country context's and the
quotes and roles of its documents, so the mark is kept per scope: ``fact_marks`` holds (scope,
seq) for the newest fact of each series among the facts that belong to a mission (``scope`` its
code: its own, those filed under it, quotes and roles of its documents) and among all facts
(``scope`` ``''``), and every mission total (``ledger/facts.py``, ``newest_marks``). A reader
selects as before and reads only the facts marked for its missions or for all.

``facts.series`` is the sha1 of a fact's series (its key without the quote text, a quote's text
folded: ``ledger/facts.py``, ``series_of``), ``facts.rank`` what its newest is chosen by
(``as_of_last``, the fact's id) and whether it names no subject: a drain sets the marks again of
the series it wrote from these, without reading heads. ``ix_facts_series`` finds a series' facts
(on SQLite it covers what the marks are set from, as 0008's index covers heads).

The upgrade fills them from the heads stored (0008), in this file's own copy of the rules.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# the order of ledger/facts.py HEAD_FIELDS (0008) and the rules' constants as they are now
FIELDS = (
    "id", "mission", "measure", "subject", "resolution", "unit", "scope", "component", "as_of_last",
    "best", "conflict",
)  # fmt: skip
SERIES = ("mission", "measure", "subject", "resolution", "unit", "scope", "component")
TOTALS = ("personnel.deployed", "personnel.pledged")  # reconcile.checks.CHECKED_AGAINST_TOTAL
BY_DOCUMENT = ("quote", "role")  # measures.names(group="people")
ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s-]", " ", text.casefold()).split())


def series_and_rank(head: dict[str, Any]) -> tuple[str, str]:
    fields = [head[k] for k in SERIES]
    extra = fold(str(head["best"])) if head["measure"] == "quote" else None
    series = hashlib.sha1(ENCODE([*fields, extra]).encode("utf-8")).hexdigest()
    rank = f"{head['as_of_last'] or ''}\t{head['id']}\t{'' if head['subject'] is None else 's'}"
    return series, rank


def _bars(text: str | None) -> list[str]:
    return [m for m in (text or "").split("|") if m]


def marks(rows: list[tuple[Any, ...]]) -> list[tuple[str, int]]:
    """(scope, seq) of (seq, series, mission, measure, missions, doc_missions, rank) rows."""
    best: dict[tuple[str, str], tuple[tuple[str, str], int]] = {}
    out: set[tuple[str, int]] = set()
    for seq, series, mission, measure, missions, doc_missions, rank in sorted(rows, key=lambda r: r[0]):
        last, fact_id, subject = rank.split("\t")
        no_subject = not subject
        scopes = {"", *_bars(missions)}
        if mission is not None:
            scopes.add(mission)
        elif measure in BY_DOCUMENT:
            scopes.update(_bars(doc_missions))
        if no_subject and measure in TOTALS:
            out.update((scope, seq) for scope in scopes)
        for scope in scopes:
            cur = best.get((series, scope))
            if cur is None or (last, fact_id) > cur[0]:
                best[(series, scope)] = ((last, fact_id), seq)
    out.update((scope, seq) for (_series, scope), (_at, seq) in best.items())
    return sorted(out)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("facts", sa.Column("series", sa.String(40)))
    op.add_column("facts", sa.Column("rank", sa.Text()))
    op.create_table(
        "fact_marks",
        sa.Column("scope", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
    )
    op.create_index("ix_fact_marks_seq", "fact_marks", ["seq"])
    facts = sa.table(
        "facts",
        sa.column("seq", sa.Integer),
        sa.column("mission", sa.String),
        sa.column("measure", sa.String),
        sa.column("missions", sa.Text),
        sa.column("doc_missions", sa.Text),
        sa.column("head", sa.Text),
        sa.column("series", sa.String),
        sa.column("rank", sa.Text),
    )
    cols = (
        facts.c.seq,
        facts.c.mission,
        facts.c.measure,
        facts.c.missions,
        facts.c.doc_missions,
        facts.c.head,
    )
    rows: list[tuple[Any, ...]] = []
    for seq, mission, measure, missions, doc_missions, head in bind.execute(sa.select(*cols)).all():
        series, rank = series_and_rank(dict(zip(FIELDS, json.loads(head), strict=True)))
        rows.append((seq, series, mission, measure, missions, doc_missions, rank))
    stmt = (
        facts.update()
        .where(facts.c.seq == sa.bindparam("s"))
        .values(series=sa.bindparam("x"), rank=sa.bindparam("r"))
    )
    found = [{"s": seq, "x": series, "r": rank} for seq, series, *_rest, rank in rows]
    for start in range(0, len(found), 2000):
        bind.execute(stmt, found[start : start + 2000])
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX ix_facts_series ON facts "
            "(series, seq, mission, measure, missions, doc_missions, rank)"
        )
    else:
        op.execute("CREATE INDEX ix_facts_series ON facts (series)")
    marked = sa.table("fact_marks", sa.column("scope", sa.String), sa.column("seq", sa.Integer))
    found_marks = [{"scope": scope, "seq": seq} for scope, seq in marks(rows)]
    for start in range(0, len(found_marks), 5000):
        bind.execute(marked.insert(), found_marks[start : start + 5000])


def downgrade() -> None:
    op.execute("DROP INDEX ix_facts_series")
    op.drop_table("fact_marks")
    op.execute("ALTER TABLE facts DROP COLUMN rank")
    op.execute("ALTER TABLE facts DROP COLUMN series")
