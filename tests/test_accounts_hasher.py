"""The password hasher the product uses, unpatched: the suite hashes at argon2id's cheapest
parameters (tests/conftest.py, ``_cheap_password_hashes``), so this checks the real one."""

from __future__ import annotations

import pytest

argon2 = pytest.importorskip("argon2", reason="the 'web' extra is not installed")

from missionwatch import accounts  # noqa: E402
from missionwatch.accounts import _hasher as REAL_HASHER  # noqa: E402  (imported before the patch)


def test_passwords_are_stored_as_argon2id_at_the_libraries_default_cost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(accounts, "_hasher", REAL_HASHER)
    stored = accounts.hash_password("pass-word-1")
    assert stored.startswith("$argon2id$") and "pass-word-1" not in stored
    assert argon2.extract_parameters(stored) == argon2.extract_parameters(argon2.PasswordHasher().hash("x"))
    assert accounts.verify_password(stored, "pass-word-1")
    assert not accounts.verify_password(stored, "pass-word-2")
