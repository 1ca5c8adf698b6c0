"""``missionwatch users``: accounts made, listed, disabled, enabled, re-passworded, re-roled, and
API tokens made (printed once), listed and revoked; passwords never on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from missionwatch.accounts import Accounts
from missionwatch.ledger import open_ledger


def _add(cli, db: str, name: str, role: str, password: str = "pass-word-1") -> object:
    return cli("users", "add", name, "--role", role, "--password-stdin", "--db", db, input=password + "\n")


def test_add_list_disable_enable(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    open_ledger(db).close()
    assert "no accounts yet" in cli("users", "list", "--db", db).stdout
    added = _add(cli, db, "Alice", "admin")
    assert added.exit_code == 0 and added.stdout.strip() == "added alice (admin)"
    assert _add(cli, db, "bob", "reader").exit_code == 0
    listed = json.loads(cli("users", "list", "--db", db, "--format", "json").stdout)
    assert [(u["name"], u["role"], u["disabled"]) for u in listed] == [
        ("alice", "admin", False),
        ("bob", "reader", False),
    ]
    assert "password" not in json.dumps(listed) and "argon2" not in json.dumps(listed)
    assert cli("users", "disable", "bob", "--db", db).stdout.strip() == "bob: disabled"
    text = cli("users", "list", "--db", db).stdout
    assert "bob" in text and "disabled" in text
    with open_ledger(db) as ledger:
        assert Accounts(ledger).login("bob", "pass-word-1") is None
    assert cli("users", "enable", "bob", "--db", db).exit_code == 0
    with open_ledger(db) as ledger:
        assert Accounts(ledger).login("bob", "pass-word-1") is not None
        stored = ledger.accounts.user("bob").password_hash
    assert stored.startswith("$argon2id$") and "pass-word-1" not in stored


def test_the_prompt_asks_twice_and_hides(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    result = cli("users", "add", "carol", "--db", db, input="pass-word-1\npass-word-1\n")
    assert result.exit_code == 0, result.output
    assert "pass-word-1" not in result.stdout  # hidden input is not echoed
    with open_ledger(db) as ledger:
        assert ledger.accounts.user("carol").role == "editor"  # the default role


def test_bad_input_is_one_line(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    bad_role = _add(cli, db, "dan", "owner")
    assert bad_role.exit_code == 2 and bad_role.stderr.startswith("error: owner: unknown role")
    bad_name = _add(cli, db, "no spaces", "editor")
    assert bad_name.exit_code == 2 and "user name" in bad_name.stderr
    short = _add(cli, db, "dan", "editor", "short")
    assert short.exit_code == 1 and "at least 8 characters" in short.stderr
    assert _add(cli, db, "dan", "editor").exit_code == 0
    twice = _add(cli, db, "Dan", "editor")
    assert twice.exit_code == 1 and "exists already" in twice.stderr
    missing = cli("users", "disable", "erin", "--db", db)
    assert missing.exit_code == 1 and missing.stderr.startswith("error: erin: no such user")
    empty = cli("users", "passwd", "dan", "--password-stdin", "--db", db, input="")
    assert empty.exit_code == 2 and "stdin is empty" in empty.stderr
    nowhere = cli("users", "list", "--db", str(tmp_path / "absent.db"))
    assert nowhere.exit_code == 1 and "no ledger here" in nowhere.stderr


def test_passwd_and_role(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    _add(cli, db, "fay", "reader")
    changed = cli("users", "passwd", "fay", "--password-stdin", "--db", db, input="new-pass-22\n")
    assert changed.exit_code == 0 and "sessions ended" in changed.stdout
    assert cli("users", "role", "fay", "editor", "--db", db).stdout.strip() == "fay: editor"
    with open_ledger(db) as ledger:
        accounts = Accounts(ledger)
        assert accounts.login("fay", "pass-word-1") is None
        user = accounts.login("fay", "new-pass-22")
        assert user is not None and user.role == "editor" and user.session_epoch == 1


def test_tokens_are_shown_once_listed_and_revoked(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    _add(cli, db, "gus", "editor")
    made = cli("users", "token", "gus", "--label", "nightly import", "--db", db)
    assert made.exit_code == 0 and "not shown again" in made.stderr
    token = made.stdout.strip()
    assert token.startswith("mwt_") and len(token) > 40
    listed = json.loads(cli("users", "token", "gus", "--list", "--db", db, "-f", "json").stdout)
    assert [(t["id"], t["label"], t["revoked_at"]) for t in listed] == [(1, "nightly import", None)]
    assert token not in json.dumps(listed) and listed[0]["prefix"] == token[:12]
    with open_ledger(db) as ledger:
        assert Accounts(ledger).user_for_token(token).name == "gus"  # type: ignore[union-attr]
    revoked = cli("users", "token", "gus", "--revoke", "1", "--db", db)
    assert revoked.exit_code == 0 and "revoked" in revoked.stdout
    with open_ledger(db) as ledger:
        assert Accounts(ledger).user_for_token(token) is None
    again = cli("users", "token", "gus", "--revoke", "7", "--db", db)
    assert again.exit_code == 1 and "no such token" in again.stderr
    as_json = json.loads(cli("users", "token", "gus", "--db", db, "--format", "json").stdout)
    assert as_json["user"] == "gus" and as_json["token"].startswith("mwt_")


def test_help_teaches(cli) -> None:
    top = cli("users", "--help")
    assert top.exit_code == 0
    for word in ("reader", "editor", "admin", "users add", "Bearer"):
        assert word in top.stdout
    add = cli("users", "add", "--help").stdout
    assert "--password-stdin" in add and "--role" in add


def test_accounts_on_both_databases(cli, db_url: str) -> None:
    """The same commands on SQLite and PostgreSQL (the `db_url` fixture runs both)."""
    assert _add(cli, db_url, "hana", "editor").exit_code == 0
    token = cli("users", "token", "hana", "--db", db_url).stdout.strip()
    assert cli("users", "disable", "hana", "--db", db_url).exit_code == 0
    [row] = json.loads(cli("users", "list", "--db", db_url, "-f", "json").stdout)
    assert row["name"] == "hana" and row["disabled"] is True
    with open_ledger(db_url) as ledger:
        assert Accounts(ledger).user_for_token(token) is None  # a disabled user's token is dead
        assert ledger.accounts.user("hana").session_epoch == 1
