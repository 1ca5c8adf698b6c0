"""The ledger: documents and their claims stored durably, de-duplicated, clustered and searchable.

``open_ledger(db)`` opens a SQLite file or a database URL at the current schema and returns a
``Ledger``; see ``docs/ledger.md`` for the schema, migrations and the durability design.
"""

from missionwatch.ledger import watch_schema as _watch_schema  # noqa: F401  (its tables join Base.metadata)
from missionwatch.ledger.records import IngestRun, SearchHit, StoredDocument, StoreResult
from missionwatch.ledger.store import Ledger, open_ledger

__all__ = ["IngestRun", "Ledger", "SearchHit", "StoreResult", "StoredDocument", "open_ledger"]
