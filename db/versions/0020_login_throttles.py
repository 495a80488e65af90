"""login throttles: failed logins counted per typed name, users lose their lock columns

Revision ID: 0020
Revises: 0019

A user name now waits longer after each failed login instead of being locked for minutes, and
an unknown name is counted and made to wait exactly like a real one (so neither tells which
names exist): the counters move from ``users`` into ``login_throttles``, keyed by the typed
name. A running lock or count moves along; ``users.failed_logins`` and ``users.locked_until``
are dropped (SQLite drops a plain column in place since 3.35).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

WHEN = sa.DateTime(timezone=True)

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_throttles",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("retry_at", WHEN, nullable=True),
        sa.Column("last_failure_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_login_throttles")),
    )
    op.create_index(
        op.f("ix_login_throttles_last_failure_at"), "login_throttles", ["last_failure_at"]
    )
    op.execute(
        "INSERT INTO login_throttles (name, failures, retry_at, last_failure_at)"
        " SELECT username, failed_logins, locked_until, COALESCE(locked_until, created_at)"
        " FROM users WHERE failed_logins > 0 OR locked_until IS NOT NULL"
    )
    op.drop_column("users", "locked_until")
    op.drop_column("users", "failed_logins")


def downgrade() -> None:
    op.add_column(
        "users",
        sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("users", sa.Column("locked_until", WHEN, nullable=True))
    op.execute(
        "UPDATE users SET failed_logins = COALESCE((SELECT t.failures FROM login_throttles t"
        " WHERE t.name = users.username), 0), locked_until = (SELECT t.retry_at"
        " FROM login_throttles t WHERE t.name = users.username)"
    )
    op.drop_index(op.f("ix_login_throttles_last_failure_at"), table_name="login_throttles")
    op.drop_table("login_throttles")
