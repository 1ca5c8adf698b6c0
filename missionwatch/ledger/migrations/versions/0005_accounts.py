"""Accounts: users with a role, their API tokens, and instance settings (the session secret).

Why: reviews (issue 11) need to know who made them, and only editors may make them. Passwords are
stored as argon2id hashes (``missionwatch.accounts``), API tokens as the sha256 of a 256-bit random
secret (shown once, never stored), so a copy of the ledger gives neither away.

- ``users``: ``name`` (lower-case, unique), ``role`` (reader, editor or admin), ``password_hash``,
  ``disabled``, and ``session_epoch``, bumped when the password changes or the account is disabled,
  so every session signed before that stops working.
- ``api_tokens``: one row per token: its owner, ``token_hash`` (unique), the first characters
  (``prefix``) to tell tokens apart in a list, a label, and when it was created and revoked.
- ``instance_settings``: key/value pairs the instance generates for itself, such as the secret that
  signs session cookies when ``MISSIONWATCH_SECRET_KEY`` is not set.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("session_epoch", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("label", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=False)),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_table(
        "instance_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("instance_settings")
    op.drop_index("ix_api_tokens_user_id", "api_tokens")
    op.drop_table("api_tokens")
    op.drop_table("users")
