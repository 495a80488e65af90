"""quick keys: the checkout's grid of product tiles, as a manager arranged it

Revision ID: 0030
Revises: 0027

A table of its own rather than columns on ``products``: a product carries a version that the
product editor checks (optimistic locking), so moving a tile would make a colleague's price
edit fail as "changed meanwhile"; the layout is the till's, not the catalogue's (imports,
exports and the product's audit document stay as they are); and a preset tile (a named amount
with its VAT rate) has no product at all. No row: the product shows, unpinned, after the
arranged ones. A new table only: nothing is copied, however many sales the database holds.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")
PERCENT = sa.Numeric(18, 2).with_variant(sa.BigInteger(), "sqlite")
WHEN = sa.DateTime(timezone=True)

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quick_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=60), nullable=True),
        sa.Column("amount", MONEY, nullable=True),
        sa.Column("vat_rate", PERCENT, nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("shown", sa.Boolean(), nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.CheckConstraint(
            "product_id IS NOT NULL OR "
            "(label IS NOT NULL AND amount IS NOT NULL AND vat_rate IS NOT NULL)",
            name=op.f("ck_quick_keys_product_or_preset"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_quick_keys_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quick_keys")),
        sa.UniqueConstraint("product_id", name=op.f("uq_quick_keys_product_id")),
    )


def downgrade() -> None:
    op.drop_table("quick_keys")
