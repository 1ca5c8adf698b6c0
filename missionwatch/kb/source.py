"""The one shape every knowledge-base record uses to say where it came from."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Source(BaseModel):
    """A document a KB record rests on: enough to find it again and judge it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    date: str = Field(min_length=4, description="ISO date at its own precision")
    url: str = Field(pattern=r"^https?://")
    licence: str | None = Field(default=None, description="Terms of reuse, for datasets")
