"""The claim tallies (migrations 0014, 0016): how many claims each mission files of each measure,
which documents file claims under each mission, newest first, and how many claims of each
measure each document files under no mission.

Triggers on ``claims`` keep ``claim_counts``, ``mission_documents`` and ``unfiled_counts`` in
the transaction of each change, whoever writes the claims; readers use them where they counted
claims or probed every document for a claim filed under a mission (bench/serve.md, eleventh
round). ``recount`` counts them again from the claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, and_, delete, func, select

from missionwatch.ledger.schema import ClaimCountRow, MissionDocumentRow, UnfiledCountRow

COUNT = (
    "INSERT INTO claim_counts (mission_key, measure, claims) "
    "SELECT coalesce(mission_key, ''), measure, count(*) FROM claims "
    "GROUP BY coalesce(mission_key, ''), measure",
    "INSERT INTO mission_documents (mission_key, document_id, published, claims) "
    "SELECT claims.mission_key, claims.document_id, documents.published, count(*) "
    "FROM claims JOIN documents ON documents.id = claims.document_id "
    "WHERE claims.mission_key IS NOT NULL AND claims.mission_key <> '' "
    "GROUP BY claims.mission_key, claims.document_id, documents.published",
    "INSERT INTO unfiled_counts (document_id, measure, claims) "
    "SELECT document_id, measure, count(*) FROM claims "
    "WHERE mission_key IS NULL OR mission_key = '' GROUP BY document_id, measure",
)


def recount(conn: Connection) -> None:
    """Count the tallies again from the claims (in the caller's transaction)."""
    for table in (ClaimCountRow, MissionDocumentRow, UnfiledCountRow):
        conn.execute(delete(table))
    for statement in COUNT:
        conn.exec_driver_sql(statement)


def tallies(
    conn: Connection,
) -> tuple[
    dict[tuple[str, str], int], dict[tuple[str, str], tuple[str | None, int]], dict[tuple[str, str], int]
]:
    """The tallies as stored: (mission key, measure) → claims; (mission key, document) →
    (published, claims); (document, measure) → claims filed under no mission."""
    counts = {(str(m), str(k)): int(n) for m, k, n in conn.execute(select(ClaimCountRow.__table__))}
    documents = {
        (str(m), str(d)): (p, int(n)) for m, d, p, n in conn.execute(select(MissionDocumentRow.__table__))
    }
    unfiled = {(str(d), str(k)): int(n) for d, k, n in conn.execute(select(UnfiledCountRow.__table__))}
    return counts, documents, unfiled


def unfiled_in_documents_of(conn: Connection, mission_key: str, measures: Sequence[str]) -> int:
    """How many claims of ``measures`` filed under no mission the documents that file some claim
    under ``mission_key`` hold: a sum over the mission's documents."""
    md, uc = MissionDocumentRow, UnfiledCountRow
    stmt = (
        select(func.coalesce(func.sum(uc.claims), 0))
        .select_from(md)
        .join(uc, uc.document_id == md.document_id)
        .where(md.mission_key == mission_key, uc.measure.in_(sorted(measures)))
    )
    return int(conn.execute(stmt).scalar_one())


def scope_in_documents(
    conn: Connection,
    mission_key: str,
    documents: Sequence[str],
    mission_free: Sequence[str],
    by_document: Sequence[str],
) -> int:
    """How many claims of a mission's scope (``ledger.mission_scope``) these documents hold, from
    the tallies: those filed under ``mission_key``, those of ``mission_free`` filed under none, and
    those of ``by_document`` filed under none in the documents that file some claim under
    ``mission_key`` — a look-up of each document's tally rows, where each claim was read. The
    documents are given (500 at a time, by key), not a condition: SQLite walked the mission's
    documents (``mission_key = ?``, 0.2 s for MSS at 1,000,009 claims) to find a few late ones."""
    md, uc = MissionDocumentRow, UnfiledCountRow
    n = 0
    for start in range(0, len(documents), 500):
        ids = sorted(documents[start : start + 500])
        mine = and_(md.mission_key == mission_key, md.document_id.in_(ids))
        sums = [select(func.coalesce(func.sum(md.claims), 0)).where(mine)]
        unfiled = select(func.coalesce(func.sum(uc.claims), 0)).where(uc.document_id.in_(ids))
        if mission_free:
            sums.append(unfiled.where(uc.measure.in_(sorted(mission_free))))
        if by_document:
            speaking = select(md.document_id).where(mine)
            sums.append(unfiled.where(uc.measure.in_(sorted(by_document)), uc.document_id.in_(speaking)))
        n += sum(int(conn.execute(stmt).scalar_one()) for stmt in sums)
    return n


def claims_filed(conn: Connection, mission_key: str, measures: Sequence[str] | None = None) -> int:
    """How many claims are filed under ``mission_key`` (``''``: under none), of ``measures`` (all
    when None): what ``count(*)`` over the claims gives, from the tally."""
    stmt = select(func.coalesce(func.sum(ClaimCountRow.claims), 0)).where(
        ClaimCountRow.mission_key == mission_key
    )
    if measures is not None:
        stmt = stmt.where(ClaimCountRow.measure.in_(sorted(measures)))
    return int(conn.execute(stmt).scalar_one())


def total_claims(conn: Connection) -> int:
    """Every claim in the ledger, from the tally."""
    return int(conn.execute(select(func.coalesce(func.sum(ClaimCountRow.claims), 0))).scalar_one())


def missions_with_claims(conn: Connection) -> set[str]:
    """The mission keys some claim is filed under."""
    stmt = select(ClaimCountRow.mission_key).where(ClaimCountRow.mission_key != "", ClaimCountRow.claims > 0)
    return {str(m) for m in conn.execute(stmt.distinct()).scalars()}


__all__ = [
    "claims_filed",
    "missions_with_claims",
    "recount",
    "scope_in_documents",
    "tallies",
    "total_claims",
    "unfiled_in_documents_of",
]
