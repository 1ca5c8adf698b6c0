"""The shapes the API speaks: pages of results, documents and claims with their links, ingest bodies.

The ledger's and reconciliation's own Pydantic models are served as they are where they fit
(``Briefing``, ``Conflict``, ``TimelinePoint``, ``Alert``); these add what only the web needs —
the path of the HTML view beside every item, and pagination.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from missionwatch.models import StoredClaim
from missionwatch.report.briefing import Briefing

T = TypeVar("T")

MAX_LIMIT = 500


class Page(BaseModel, Generic[T]):
    """One page of a list: the items, how many there are in all, and where the next page is."""

    items: list[T]
    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="Path of the next page, or null on the last one")


class MissionOut(BaseModel):
    code: str
    name: str
    kind: str | None = None
    host: str | None = None
    lead: str | None = None
    start: str | None = None
    end: str | None = None
    successor: str | None = None
    predecessor: str | None = None
    html: str
    api: str


class ClaimOut(StoredClaim):
    """A stored claim with the path of its highlighted sentence in the document view."""

    link: str


class DocumentOut(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    status: str | None = None  # "language not supported": stored, but no extractor reads its language
    cluster_id: str | None = None
    claim_count: int | None = None
    html: str


class Segment(BaseModel):
    """A run of the document text: plain, or the evidence of one or more claims."""

    text: str
    claims: list[int] = Field(default_factory=list)
    start: int


class DocumentDetail(DocumentOut):
    text: str
    claims: list[ClaimOut]
    segments: list[Segment]


class FactOut(BaseModel):
    """A reconciled fact without its claim bodies (their ids and links instead)."""

    id: str
    mission: str | None = None
    measure: str
    subject: str | None = None
    subject_label: str | None = None
    resolution: str | None = None
    unit: str | None = None
    kind: str | None = None
    as_of: str | None = None
    low: Any = None
    best: Any = None
    high: Any = None
    qualifier: str | None = None
    values: list[Any] = Field(default_factory=list)
    sources: int = 0
    decided_by: str | None = None
    reviewed: str | None = Field(default=None, description="'pinned by NAME', 'corrected by NAME'…")
    conflict: bool = False
    official: bool = False
    claim_ids: list[int] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)


class ResolutionOut(BaseModel):
    number: str
    mission: str | None = None
    date: str | None = None
    tally: str | None = None
    votes: dict[str, str] = Field(default_factory=dict)
    expiry: str | None = None
    summary: str | None = None
    source_url: str | None = None
    source_title: str | None = None


class Overview(BaseModel):
    """The JSON twin of a mission's overview page: its briefing and the Vega-Lite specs of its charts."""

    briefing: Briefing
    charts: dict[str, dict[str, Any]] = Field(default_factory=dict)


class SearchOut(BaseModel):
    query: str
    hits: list[dict[str, Any]]


class IngestIn(BaseModel):
    """A document to store: its text (with optional metadata) or one http(s) URL to fetch."""

    # "exactly one of text and url" written into the spec too, so clients and schemathesis see it
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "oneOf": [
                {"required": ["text"], "properties": {"text": {"type": "string", "pattern": r"\S"}}},
                {"required": ["url"], "properties": {"url": {"type": "string", "pattern": r"\S"}}},
            ]
        },
    )

    text: str | None = Field(default=None, description="The article text; a 'Key: value' header is read")
    url: str | None = Field(
        default=None, max_length=2048, description="Fetch this URL instead (private addresses refused)"
    )
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=300)
    published: str | None = Field(default=None, max_length=40, description="ISO date")
    source_url: str | None = Field(default=None, max_length=2048, description="Where the text came from")

    @model_validator(mode="after")
    def _one_input(self) -> IngestIn:
        if bool(self.text and self.text.strip()) == bool(self.url and self.url.strip()):
            raise ValueError("give exactly one of 'text' or 'url'")
        return self


class IngestResult(BaseModel):
    status: str
    document_id: str
    cluster_id: str | None = None
    claims: int = 0
    note: str | None = None  # "language not supported": stored, but no extractor reads its language
    html: str


class IngestOut(BaseModel):
    documents: list[IngestResult]
