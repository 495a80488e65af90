"""parked sales: carts put aside at a till (F10) and recalled later

Revision ID: 0027
Revises: 0026

A cart parked while its customer fetches a card must survive closing the app, so it is a row:
its lines as typed (JSON text), its customer, its note, per terminal. The cart's idempotency
key is unique: a retried park leaves one row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")
WHEN = sa.DateTime(timezone=True)

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "parked_sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terminal", sa.String(length=8), nullable=False),
        sa.Column("action_key", sa.String(length=64), nullable=False),
        sa.Column("parked_at", WHEN, nullable=False),
        sa.Column("parked_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("customer_code", sa.String(length=16), nullable=True),
        sa.Column("customer_name", sa.String(length=200), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("gross", MONEY, nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_sales")),
        sa.UniqueConstraint("action_key", name=op.f("uq_parked_sales_action_key")),
    )
    op.create_index(op.f("ix_parked_sales_terminal"), "parked_sales", ["terminal"])


def downgrade() -> None:
    op.drop_index(op.f("ix_parked_sales_terminal"), table_name="parked_sales")
    op.drop_table("parked_sales")
