"""Accounts and roles: who may read, who may correct the record, who may manage accounts.

Roles are ordered: ``reader`` < ``editor`` < ``admin``. A reader reads (needed only on a private
instance), an editor writes (documents, reviews), an admin also manages accounts.

Passwords are hashed with argon2id (``argon2-cffi``, the ``web`` extra) at the library's default
cost; a hash made with an older cost is upgraded at the next successful login. API tokens are
256-bit random secrets (``mwt_…``) stored as their sha256 — a memory-hard hash buys nothing for
a secret nobody can guess — and shown once. The ledger keeps only the hashes
(``ledger/accounts.py``).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from missionwatch.errors import InputError

if TYPE_CHECKING:
    from missionwatch.ledger import Ledger
    from missionwatch.ledger.accounts import UserRecord

ROLES = ("reader", "editor", "admin")
NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # argon2 takes any length; a cap keeps one request from costing much more
TOKEN_PREFIX = "mwt_"
# The name reviews and logs record for MISSIONWATCH_TOKEN, the instance's single admin token.
# Not a valid user name (parentheses), so it can never be mistaken for an account.
ADMIN_TOKEN_NAME = "(admin token)"


def rank(role: str) -> int:
    """Position of a role in the order; an unknown role ranks below every known one."""
    return ROLES.index(role) if role in ROLES else -1


def check_name(name: str) -> str:
    """A user name, lower-cased, or InputError saying what a name may be."""
    folded = name.strip().lower()
    if not NAME.fullmatch(folded):
        raise InputError(
            "a user name is 1-64 characters: letters, digits, '.', '_' or '-', starting with a "
            "letter or digit",
            input=name,
        )
    return folded


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"unknown role; choose one of {', '.join(ROLES)}", input=role)
    return role


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"a password needs at least {MIN_PASSWORD} characters", input="password")
    if len(password) > MAX_PASSWORD:
        raise InputError(f"a password has at most {MAX_PASSWORD} characters", input="password")
    return password


def _hasher() -> Any:
    from missionwatch.extras import load

    argon2 = load("argon2", "web", "hashing passwords")
    return argon2.PasswordHasher()


def hash_password(password: str) -> str:
    return str(_hasher().hash(check_password(password)))


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches; never raises for a wrong or malformed one."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > MAX_PASSWORD:
        return False
    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH: str | None = None


def burn_verify(password: str) -> None:
    """Spend the time of one verification, so an unknown name answers as slowly as a known one."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    verify_password(_DUMMY_HASH, password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Principal:
    """Who made a request: a user (by session or token) or the instance's admin token."""

    name: str
    role: str
    via: str  # "session" or "token"
    user_id: int | None = None

    def can(self, role: str) -> bool:
        return rank(self.role) >= rank(role)


class Accounts:
    """Account operations over a ledger: the one place passwords and tokens are hashed."""

    def __init__(self, ledger: Ledger) -> None:
        self.store = ledger.accounts

    def add(self, name: str, role: str, password: str) -> UserRecord:
        name, role = check_name(name), check_role(role)
        return self.store.add_user(name, role, hash_password(password))

    def set_password(self, name: str, password: str) -> UserRecord:
        """New password; every session of the user ends (tokens stay: revoke them apart)."""
        digest = hash_password(password)
        return self.store.update_user(check_name(name), password_hash=digest, end_sessions=True)

    def set_role(self, name: str, role: str) -> UserRecord:
        return self.store.update_user(check_name(name), role=check_role(role))

    def set_disabled(self, name: str, disabled: bool) -> UserRecord:
        """Disabling ends the user's sessions, and its tokens stop working (checked per request)."""
        return self.store.update_user(check_name(name), disabled=disabled, end_sessions=disabled)

    def login(self, name: str, password: str) -> UserRecord | None:
        """The user whose name and password match and who is not disabled, else None."""
        try:
            folded = check_name(name)
        except InputError:
            burn_verify(password)
            return None
        user = self.store.find_user(folded)
        if user is None:
            burn_verify(password)
            return None
        if not verify_password(user.password_hash, password) or user.disabled:
            return None
        if _hasher().check_needs_rehash(user.password_hash):
            self.store.update_user(user.name, password_hash=hash_password(password))
        return user

    def create_token(self, name: str, label: str | None = None) -> tuple[int, str]:
        """A new token for ``name``: (its id, the token). The token is not stored; show it once."""
        token = new_token()
        token_id = self.store.add_token(check_name(name), token_hash(token), token[:12], label)
        return token_id, token

    def user_for_token(self, token: str) -> UserRecord | None:
        """The enabled owner of a live token, else None."""
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        user = self.store.user_for_token(token_hash(token))
        return user if user is not None and not user.disabled else None
