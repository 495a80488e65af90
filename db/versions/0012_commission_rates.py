"""commission rates per cashier or per product category

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

PERCENT = sa.Numeric(18, 2).with_variant(sa.BigInteger(), "sqlite")

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commission_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("rate", PERCENT, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_rates")),
        sa.UniqueConstraint("kind", "key", name=op.f("uq_commission_rates_kind_key")),
    )


def downgrade() -> None:
    op.drop_table("commission_rates")
