"""cli sessions: the command line asks who you are

Revision ID: 0023
Revises: 0022

Any shell user could void, refund and add users through ``pos-desktop``, audited as
``cli:<login>``. ``pos-desktop login`` now hands out a token; the database keeps its SHA-256,
its user and when it expires, so logout, disabling the user and a new password end it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

WHEN = sa.DateTime(timezone=True)

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cli_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("terminal", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_cli_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cli_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_cli_sessions_token_hash")),
    )
    op.create_index(op.f("ix_cli_sessions_user_id"), "cli_sessions", ["user_id"])
    op.create_index(op.f("ix_cli_sessions_expires_at"), "cli_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_cli_sessions_expires_at"), table_name="cli_sessions")
    op.drop_index(op.f("ix_cli_sessions_user_id"), table_name="cli_sessions")
    op.drop_table("cli_sessions")
