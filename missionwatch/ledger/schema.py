"""The ledger's tables as SQLAlchemy 2.0 declarative models.

These classes describe the schema the Alembic migrations build (``ledger/migrations``); a test
checks that the two agree. Everything outside ``ledger/`` speaks the Pydantic shapes of
``missionwatch.models`` instead of these rows.

Why the columns look the way they do:

- ``documents.seq`` is the integer primary key and ``documents.id`` (sha256 of the normalised text)
  a unique key: SQLite's FTS5 external-content index needs a stable integer rowid, which a TEXT
  primary key does not give (VACUUM may renumber implicit rowids).
- ``claims.value`` is JSON so that ``2`` (int), ``2.0`` (float) and ``"2"`` (text) come back as
  they went in; ``value_num`` mirrors numeric values for range queries.
- ``claims.mission_key``, ``subject_key`` and ``date_key`` are the filter values normalised at
  write time (mission upper-cased, subject lower-cased, ``coalesce(as_of, documents.published)``),
  so that the filters of ``Ledger.claims`` are index range scans instead of expressions no index
  serves (migration 0002).
- ``documents.minhash`` keeps the MinHash signature and ``doc_bands`` its LSH band hashes, so that
  near-duplicate lookup works across processes with one indexed query.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the ledger tables."""


class DocumentRow(Base):
    """One stored document: its text, metadata and near-duplicate cluster."""

    __tablename__ = "documents"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10))
    published_precision: Mapped[str | None] = mapped_column(String(5))
    retrieved_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    language: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(40))  # "language not supported", else null
    content_type: Mapped[str] = mapped_column(String(100), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    cluster_id: Mapped[str] = mapped_column(String(64), nullable=False)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    run_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_documents_published", "published"),
        Index("ix_documents_outlet", "outlet"),
        Index("ix_documents_cluster_id", "cluster_id"),
    )


class ClaimRow(Base):
    """One claim, tied to its document; deleted with it."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    measure: Mapped[str] = mapped_column(String(64), nullable=False)
    mission: Mapped[str | None] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(Text)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    value_num: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(32))
    qualifier: Mapped[str | None] = mapped_column(String(16))
    qualifier_cue: Mapped[str | None] = mapped_column(Text)
    as_of: Mapped[str | None] = mapped_column(String(10))
    as_of_precision: Mapped[str | None] = mapped_column(String(5))
    resolution: Mapped[str | None] = mapped_column(String(16))
    sentence: Mapped[str] = mapped_column(Text, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    confidence: Mapped[float] = mapped_column(Float, nullable=False)
    extractor: Mapped[str] = mapped_column(String(64), nullable=False)
    extractor_version: Mapped[str] = mapped_column(String(32), nullable=False)
    rule: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    mission_key: Mapped[str | None] = mapped_column(String(32))
    subject_key: Mapped[str | None] = mapped_column(Text)
    date_key: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (
        Index("ix_claims_document_id", "document_id"),
        Index("ix_claims_mission_measure_date", "mission_key", "measure", "date_key", "document_id"),  # 0010
        Index("ix_claims_measure_date", "measure", "date_key"),
        Index("ix_claims_subject_key", "subject_key"),
    )


class DocBandRow(Base):
    """One LSH band hash of a document's MinHash signature (near-duplicate candidates)."""

    __tablename__ = "doc_bands"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_doc_bands_document_id", "document_id"),)


class RunRow(Base):
    """One ``ingest`` (or ``import``) run: what it read, when, and how it went."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command: Mapped[str] = mapped_column(String(32), nullable=False)
    inputs: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    stored: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    failed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    claims: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    errors: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    extractor: Mapped[str | None] = mapped_column(String(100))


class FactsQueueRow(Base):
    """A document whose claims changed since its facts were last computed (migration 0003).

    Triggers on ``claims`` add the row in the transaction that inserts, updates or deletes a claim,
    so no write — the ledger's own, an import, a bulk loader's — can be missed, and a crash before
    the facts are brought up to date leaves the row for the next run.
    """

    __tablename__ = "facts_queue"

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class FactKeyRow(Base):
    """Which documents hold claims of which fact key (``key_id``: sha1 of the key), so that one key
    can be recomputed from the documents that touch it. No foreign key: a deleted document's keys
    must outlive it until its facts are recomputed."""

    __tablename__ = "fact_keys"

    key_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    measure: Mapped[str] = mapped_column(String(64), nullable=False)
    days: Mapped[int | None] = mapped_column(Integer)
    first: Mapped[str | None] = mapped_column(String(10))
    last: Mapped[str | None] = mapped_column(String(10))
    undated: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # the key's mission (its facts', None: the situation's, a resolution's vote or not known; 0020)
    mission: Mapped[str | None] = mapped_column(String(32))

    # with the mission and measure: a briefing at a date reads the late documents' keys of its
    # mission and the situation's from the index alone, not every late key (0020)
    __table_args__ = (Index("ix_fact_keys_document_id", "document_id", "mission", "measure"),)


class FactRow(Base):
    """One materialized fact (``reconcile.Fact`` as JSON, cross-fact checks not yet applied)."""

    __tablename__ = "facts"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_id: Mapped[str] = mapped_column(String(40), nullable=False)
    fact_id: Mapped[str] = mapped_column(String(12), nullable=False)
    mission: Mapped[str | None] = mapped_column(String(32))
    measure: Mapped[str] = mapped_column(String(64), nullable=False)
    missions: Mapped[str] = mapped_column(Text, nullable=False)
    doc_missions: Mapped[str] = mapped_column(Text, nullable=False)
    window: Mapped[str] = mapped_column(String(8), nullable=False)
    window_first: Mapped[str | None] = mapped_column(String(10))
    window_last: Mapped[str | None] = mapped_column(String(10))
    body: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    head: Mapped[str | None] = mapped_column(Text)  # ledger/facts.py HEAD_FIELDS of the body (0008)
    summary: Mapped[str | None] = mapped_column(Text)  # the body without its claims (0009)
    claims_mark: Mapped[str | None] = mapped_column(String(40))  # hash of its claims (0011)
    refs: Mapped[str | None] = mapped_column(Text)  # its claims, by reference (0012, ledger/facts.py)
    sides: Mapped[str | None] = mapped_column(Text)  # in conflict: its values' sides (0013, ledger/facts.py)
    recent: Mapped[str | None] = mapped_column(
        Text
    )  # its first and newest references (0015, ledger/facts.py)
    # sha1 of its series and what the series' newest is chosen by (0017, ledger/facts.py
    # ``series_of``); indexed by raw DDL (``ix_facts_series``, covering on SQLite)
    series: Mapped[str | None] = mapped_column(String(40))
    rank: Mapped[str | None] = mapped_column(Text)
    # its claims that disagree with its best, by day, and the newest such day (0018, ledger/facts.py
    # ``disagreement``); indexed by raw DDL (``ix_facts_disagree``, covering on SQLite)
    disagree: Mapped[str | None] = mapped_column(Text)
    disagree_last: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (
        Index("ix_facts_key_id", "key_id"),
        Index("ix_facts_mission_measure", "mission", "measure"),
    )


class FactMarkRow(Base):
    """A fact a reader of ``scope`` picks where things stand (migration 0017): the newest of its
    series among the facts selected for a mission (``scope`` its code) or among all facts
    (``scope`` ``''``), or a mission total (``ledger/facts.py``, ``newest_marks``). Kept by the
    drain and a rebuild in the transaction that writes the facts."""

    __tablename__ = "fact_marks"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)

    __table_args__ = (Index("ix_fact_marks_seq", "seq"),)


class ClaimCountRow(Base):
    """How many claims of each measure are filed under each mission (``mission_key`` ``''``:
    under none), kept by triggers on ``claims`` in the transaction of each change (migration
    0014): a briefing's count and the missions that have claims, without counting claims."""

    __tablename__ = "claim_counts"

    mission_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    measure: Mapped[str] = mapped_column(String(64), primary_key=True)
    claims: Mapped[int] = mapped_column(Integer, nullable=False)


class MissionDocumentRow(Base):
    """A document that files ``claims`` claims under a mission, with its publication date, kept by
    triggers on ``claims`` (migration 0014): a mission's documents newest first from an index,
    not every document probed for a claim filed under it."""

    __tablename__ = "mission_documents"

    mission_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    published: Mapped[str | None] = mapped_column(String(10))
    claims: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (Index("ix_mission_documents_published", "mission_key", "published"),)


class UnfiledCountRow(Base):
    """How many claims of each measure a document files under no mission, kept by triggers on
    ``claims`` (migration 0016): the quotes and roles of a mission's documents counted by its
    documents."""

    __tablename__ = "unfiled_counts"

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    measure: Mapped[str] = mapped_column(String(64), primary_key=True)
    claims: Mapped[int] = mapped_column(Integer, nullable=False)


class UserRow(Base):
    """An account (migration 0005): a name, a role, an argon2 password hash, and whether it is
    disabled; ``session_epoch`` rises to end every session signed before it."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    disabled: Mapped[bool] = mapped_column(Boolean, nullable=False)
    session_epoch: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)


class ApiTokenRow(Base):
    """An API token of a user: only its sha256 is kept (the token is shown once)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    prefix: Mapped[str] = mapped_column(String(16), nullable=False)
    label: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))

    __table_args__ = (Index("ix_api_tokens_user_id", "user_id"),)


class InstanceSettingRow(Base):
    """A value the instance keeps for itself (the generated session secret)."""

    __tablename__ = "instance_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class ReviewRow(Base):
    """One review event (migration 0004): an analyst's accept, reject, correction, pin, group, added
    fact or undo, beside the machine's claim and never in place of it. Rows are only ever inserted.

    The claim is named by its document and its place in it (``claim_seq``), which survive an export
    and import (claim row ids do not); ``claim_sig`` is the claim's measure, value and evidence span
    hashed, so an event whose claim was re-extracted into something else no longer applies.
    """

    __tablename__ = "reviews"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=False), nullable=False)
    editor: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    document_id: Mapped[str] = mapped_column(String(64), nullable=False)
    claim_seq: Mapped[int | None] = mapped_column(Integer)
    claim_sig: Mapped[str | None] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_reviews_document_claim", "document_id", "claim_seq"),)
