"""Reading commands never leave an empty ledger behind a mistyped --db; they say so in one line."""

import pytest
from typer.testing import CliRunner

from missionwatch.cli import app


@pytest.mark.parametrize(
    "args",
    [
        ["brief", "MSS"],
        ["alerts"],
        ["documents"],
        ["serve", "--port", "0"],
    ],
)
def test_missing_sqlite_file_is_one_error_line(tmp_path, args):
    db = tmp_path / "typo.db"
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 1
    assert f"error: {db}: no ledger here" in result.output
    assert not db.exists()
