"""Domain errors, in one place, with messages that tell the user what happened and what to do.

    MissionWatchError
     ├── InputError        an input could not be read (missing, empty, binary, too large, unreachable…)
     ├── ExtractionError   the extractor failed on a document
     ├── LedgerError       the database could not be opened, migrated or written
     └── NotFoundError     a mission, resolution, document… named by the user does not exist

The CLI turns each into one line, ``error: INPUT: reason``, and an exit code; the web layer turns
each into the one JSON error shape. Nothing here imports anything else of the package.
"""

from __future__ import annotations


class MissionWatchError(Exception):
    """Base of every error MissionWatch raises on purpose."""

    code = "error"

    def __init__(self, reason: str, *, input: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.input = input

    def one_line(self) -> str:
        """``error: INPUT: reason`` with newlines folded, as the CLI prints it."""
        reason = " ".join(self.reason.split())
        return f"error: {self.input}: {reason}" if self.input else f"error: {reason}"


class InputError(MissionWatchError):
    code = "bad_input"


class ExtractionError(MissionWatchError):
    code = "extraction_failed"


class LedgerError(MissionWatchError):
    code = "ledger_error"


class NotFoundError(MissionWatchError):
    code = "not_found"
