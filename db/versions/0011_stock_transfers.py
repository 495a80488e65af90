"""stock transfers: requested, approved or rejected, sent, received, with their differences

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

QUANTITY = sa.Numeric(18, 3).with_variant(sa.BigInteger(), "sqlite")
WHEN = sa.DateTime(timezone=True)

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stock_transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=False),
        sa.Column("to_location_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("requested_at", WHEN, nullable=False),
        sa.Column("requested_by", sa.String(length=80), nullable=False),
        sa.Column("decided_at", WHEN, nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("reject_reason", sa.String(length=200), nullable=True),
        sa.Column("sent_at", WHEN, nullable=True),
        sa.Column("sent_by", sa.String(length=80), nullable=True),
        sa.Column("received_at", WHEN, nullable=True),
        sa.Column("received_by", sa.String(length=80), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["stock_locations.id"],
            name=op.f("fk_stock_transfers_from_location_id_stock_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"],
            ["stock_locations.id"],
            name=op.f("fk_stock_transfers_to_location_id_stock_locations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfers")),
    )
    op.create_table(
        "stock_transfer_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("requested", QUANTITY, nullable=False),
        sa.Column("sent", QUANTITY, nullable=True),
        sa.Column("received", QUANTITY, nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_stock_transfer_lines_product_id_products"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["stock_transfers.id"],
            name=op.f("fk_stock_transfer_lines_transfer_id_stock_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer_lines")),
    )
    op.create_index(
        op.f("ix_stock_transfer_lines_transfer_id"), "stock_transfer_lines", ["transfer_id"]
    )


def downgrade() -> None:
    op.drop_table("stock_transfer_lines")
    op.drop_table("stock_transfers")
