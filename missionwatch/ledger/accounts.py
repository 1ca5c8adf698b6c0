"""The ledger's side of accounts: users, their API tokens and instance settings (migration 0005).

The ledger stores and reads rows; it never sees a password or a token, only their hashes, which
``missionwatch.accounts`` computes. Every read goes to the database (no cache), so a user disabled
by one process is refused by every other on its next request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from missionwatch.errors import InputError, NotFoundError
from missionwatch.ledger.engine import writer
from missionwatch.ledger.schema import ApiTokenRow, InstanceSettingRow, UserRow


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class UserRecord:
    id: int
    name: str
    role: str
    password_hash: str
    disabled: bool
    session_epoch: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class TokenRecord:
    id: int
    user: str
    prefix: str
    label: str | None
    created_at: datetime
    revoked_at: datetime | None


_USER_COLUMNS = (
    UserRow.id,
    UserRow.name,
    UserRow.role,
    UserRow.password_hash,
    UserRow.disabled,
    UserRow.session_epoch,
    UserRow.created_at,
    UserRow.updated_at,
)


class AccountStore:
    """Reads and writes of the account tables; writes take the ledger's writer lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- users ------------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password_hash: str) -> UserRecord:
        now = _now()
        try:
            with writer(self.engine) as conn:
                conn.execute(
                    insert(UserRow),
                    {
                        "name": name,
                        "role": role,
                        "password_hash": password_hash,
                        "disabled": False,
                        "session_epoch": 0,
                        "created_at": now,
                        "updated_at": now,
                    },
                )
        except IntegrityError:
            raise InputError("a user of that name exists already", input=name) from None
        return self.user(name)

    def find_user(self, name: str) -> UserRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(*_USER_COLUMNS).where(UserRow.name == name)).first()
        return UserRecord(*row) if row else None

    def user_by_id(self, user_id: int) -> UserRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(*_USER_COLUMNS).where(UserRow.id == user_id)).first()
        return UserRecord(*row) if row else None

    def user(self, name: str) -> UserRecord:
        found = self.find_user(name)
        if found is None:
            raise NotFoundError("no such user (missionwatch users list shows them)", input=name)
        return found

    def users(self) -> list[UserRecord]:
        with self.engine.connect() as conn:
            return [UserRecord(*r) for r in conn.execute(select(*_USER_COLUMNS).order_by(UserRow.name))]

    def count_users(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(UserRow)).scalar_one())

    def update_user(self, name: str, *, end_sessions: bool = False, **values: object) -> UserRecord:
        """Change columns of a user; ``end_sessions`` also invalidates every session it holds."""
        changes: dict[str, object] = {**values, "updated_at": _now()}
        if end_sessions:
            changes["session_epoch"] = UserRow.session_epoch + 1
        with writer(self.engine) as conn:
            done = conn.execute(update(UserRow).where(UserRow.name == name).values(**changes))
        if done.rowcount == 0:
            raise NotFoundError("no such user (missionwatch users list shows them)", input=name)
        return self.user(name)

    # -- API tokens -------------------------------------------------------------------------
    def add_token(self, name: str, token_hash: str, prefix: str, label: str | None) -> int:
        user = self.user(name)
        with writer(self.engine) as conn:
            result = conn.execute(
                insert(ApiTokenRow).returning(ApiTokenRow.id),
                {
                    "user_id": user.id,
                    "token_hash": token_hash,
                    "prefix": prefix,
                    "label": label,
                    "created_at": _now(),
                },
            )
            return int(result.scalar_one())

    def user_for_token(self, token_hash: str) -> UserRecord | None:
        """The owner of a live (not revoked) token, disabled or not: the caller decides."""
        stmt = (
            select(*_USER_COLUMNS)
            .join(ApiTokenRow, ApiTokenRow.user_id == UserRow.id)
            .where(ApiTokenRow.token_hash == token_hash, ApiTokenRow.revoked_at.is_(None))
        )
        with self.engine.connect() as conn:
            row = conn.execute(stmt).first()
        return UserRecord(*row) if row else None

    def tokens(self, name: str | None = None) -> list[TokenRecord]:
        stmt = select(
            ApiTokenRow.id,
            UserRow.name,
            ApiTokenRow.prefix,
            ApiTokenRow.label,
            ApiTokenRow.created_at,
            ApiTokenRow.revoked_at,
        ).join(UserRow, ApiTokenRow.user_id == UserRow.id)
        if name is not None:
            stmt = stmt.where(UserRow.name == name)
        with self.engine.connect() as conn:
            return [TokenRecord(*r) for r in conn.execute(stmt.order_by(ApiTokenRow.id))]

    def revoke_token(self, token_id: int, name: str | None = None) -> TokenRecord:
        """Revoke a token (of ``name`` when given, so a user can only revoke their own)."""
        with writer(self.engine) as conn:
            stmt = update(ApiTokenRow).where(ApiTokenRow.id == token_id, ApiTokenRow.revoked_at.is_(None))
            if name is not None:
                owner = select(UserRow.id).where(UserRow.name == name).scalar_subquery()
                stmt = stmt.where(ApiTokenRow.user_id == owner)
            conn.execute(stmt.values(revoked_at=_now()))
        found = [t for t in self.tokens(name) if t.id == token_id]
        if not found:
            raise NotFoundError("no such token", input=str(token_id))
        return found[0]

    # -- instance settings ------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(InstanceSettingRow.value).where(InstanceSettingRow.key == key)
            ).scalar_one_or_none()

    def setting_or_create(self, key: str, make: str) -> str:
        """The stored value of ``key``, storing ``make`` first if there is none (once, even when two
        processes start together: the check runs inside the writer lock)."""
        found = self.setting(key)
        if found is not None:
            return found
        with writer(self.engine) as conn:
            found = conn.execute(
                select(InstanceSettingRow.value).where(InstanceSettingRow.key == key)
            ).scalar_one_or_none()
            if found is None:
                conn.execute(insert(InstanceSettingRow), {"key": key, "value": make})
                found = make
        return found
