"""The Pydantic shapes the ledger returns besides ``StoredClaim``: documents, runs, search hits."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from missionwatch.models import Document


class StoredDocument(Document):
    """A document as the ledger returns it: the read document plus its cluster and when it was stored."""

    cluster_id: str
    stored_at: datetime | None = None
    claim_count: int | None = None


class StoreResult(BaseModel):
    """What ``Ledger.store`` did with one document."""

    status: Literal["stored", "duplicate"]
    document_id: str
    cluster_id: str | None = None
    claims: int = 0


class IngestRun(BaseModel):
    """One ingest or import run as recorded in ``ingest_runs``."""

    id: int
    command: str
    inputs: list[str]
    started_at: datetime
    finished_at: datetime | None = None
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    claims: int = 0
    errors: list[str] = []
    extractor: str | None = None


class SearchHit(BaseModel):
    """One full-text match: which document, and the words around the match."""

    document_id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    snippet: str = ""
