"""cash sessions: a till's float, cash in and out, and the count at closing

Revision ID: 0005
Revises: 0004

One open session per terminal is a partial unique index (``closed_at IS NULL``), so two
windows of the same till cannot both open one.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")
WHEN = sa.DateTime(timezone=True)

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cash_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.Integer(), nullable=False),
        sa.Column("exhibition_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("opened_at", WHEN, nullable=False),
        sa.Column("opened_by", sa.String(length=80), nullable=False),
        sa.Column("float_amount", MONEY, nullable=False),
        sa.Column("closed_at", WHEN, nullable=True),
        sa.Column("closed_by", sa.String(length=80), nullable=True),
        sa.Column("expected_cash", MONEY, nullable=True),
        sa.Column("counted_cash", MONEY, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exhibition_id"],
            ["exhibitions.id"],
            name=op.f("fk_cash_sessions_exhibition_id_exhibitions"),
        ),
        sa.ForeignKeyConstraint(
            ["terminal_id"], ["terminals.id"], name=op.f("fk_cash_sessions_terminal_id_terminals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_sessions")),
    )
    op.create_index(
        "ux_cash_sessions_open_terminal",
        "cash_sessions",
        ["terminal_id"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
        postgresql_where=sa.text("closed_at IS NULL"),
    )
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["cash_sessions.id"],
            name=op.f("fk_cash_movements_session_id_cash_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
    )
    op.create_index(
        op.f("ix_cash_movements_session_id"), "cash_movements", ["session_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_cash_movements_session_id"), table_name="cash_movements")
    op.drop_table("cash_movements")
    op.drop_index("ux_cash_sessions_open_terminal", table_name="cash_sessions")
    op.drop_table("cash_sessions")
