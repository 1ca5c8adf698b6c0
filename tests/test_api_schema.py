"""Property-based checks of the API against its own OpenAPI spec (schemathesis, few examples).

Every operation is called with generated parameters; responses must match the documented
schemas and status codes, and no input may produce a 500.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from missionwatch.config import Settings
from missionwatch.ledger import open_ledger
from missionwatch.web.app import create_app
from missionwatch.web.sample import load_sample

_dir = Path(tempfile.mkdtemp(prefix="mw-schema-"))
atexit.register(shutil.rmtree, _dir, ignore_errors=True)
_ledger = open_ledger(str(_dir / "schema.db"))
load_sample(_ledger)
app = create_app(_ledger, settings=Settings(token="schema-token"))

schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_matches_its_spec(case) -> None:
    case.call_and_validate()
