"""The two shapes every stage passes along: a Document read from a source and a Claim found in it.

They are plain Pydantic models with no spaCy, SQLAlchemy or web types in them, so that readers,
the extractor, the ledger, reconciliation and the web layer can all speak them without importing
each other. The claim keys follow the contract of the development corpus (measure, mission,
subject, value, unit, qualifier, as_of, sentence) plus the evidence offsets and provenance.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from missionwatch.measures import NAMES as measure_names

Precision = Literal["day", "month", "year"]
Qualifier = Literal["exact", "approx", "at_least", "at_most"]
ClaimValue = str | int | float | None

MEASURES: tuple[str, ...] = measure_names  # the corpus vocabulary, from missionwatch.measures


def normalise_text(text: str) -> str:
    """The text a document id is computed over: NFC, unified newlines, trimmed trailing blanks.

    Two copies of one article that differ only in line endings or trailing spaces get the same id.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def document_id(text: str) -> str:
    """sha256 of the normalised text: the same text from two places is one document."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def date_precision(value: str | None) -> Precision | None:
    """The precision of an ISO date string written at its own precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return None


class Document(BaseModel):
    """One article, report or feed entry, as read: its text and what we know about where it came from."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    text: str
    source: str = Field(description="The input it was read from: a path, a URL, 'path:line' for JSONL")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO date at its own precision")
    published_precision: Precision | None = None
    retrieved_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    language: str | None = None
    status: str | None = Field(
        default=None,
        description="Why it holds no claims when it is not for lack of facts: 'language not supported'",
    )
    content_type: str = "text/plain"
    meta: dict[str, Any] = Field(default_factory=dict)

    def model_post_init(self, __context: Any) -> None:
        self.text = normalise_text(self.text)
        if not self.id:
            self.id = document_id(self.text)
        if self.published and self.published_precision is None:
            self.published_precision = date_precision(self.published)


class Claim(BaseModel):
    """One figure, decision, quote or role found in a document, tied to the words that state it."""

    model_config = ConfigDict(extra="forbid")

    measure: str
    mission: str | None = None
    subject: str | None = None
    value: ClaimValue = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    qualifier_cue: str | None = Field(default=None, description="The words that set the qualifier")
    as_of: str | None = None
    as_of_precision: Precision | None = None
    resolution: str | None = Field(default=None, description="Resolution number the claim concerns")
    sentence: str = ""
    start: int = Field(default=0, ge=0, description="Offset of the evidence in the document text")
    end: int = Field(default=0, ge=0)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    extractor: str = "missionwatch"
    extractor_version: str = ""
    rule: str | None = Field(default=None, description="Normalisation rule applied, e.g. a vague count")
    flags: list[str] = Field(default_factory=list, description="Checks that failed, e.g. tally_sum")
    attrs: dict[str, Any] = Field(default_factory=dict, description="Anything else worth keeping")

    def model_post_init(self, __context: Any) -> None:
        if self.as_of and self.as_of_precision is None:
            self.as_of_precision = date_precision(self.as_of)

    def key(self) -> tuple[Any, ...]:
        """What makes two claims of one document the same claim (used to drop repeats)."""
        return (
            self.measure,
            self.mission,
            self.subject,
            str(self.value),
            self.unit,
            self.qualifier,
            self.as_of,
            self.start,
            self.end,
        )


class StoredClaim(Claim):
    """A claim as the ledger returns it, with the document facts reconciliation needs."""

    model_config = ConfigDict(extra="ignore")

    id: int | None = None
    document_id: str
    cluster_id: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass
class RunSummary:
    """What one run that stores documents did (ingest, backfill); ``--format json`` prints it."""

    db: str = ""
    run_id: int | None = None
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    claims: int = 0
    extractor: str | None = None
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0
