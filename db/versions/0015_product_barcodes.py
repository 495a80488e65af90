"""product barcodes: a product may have several barcodes, each unique across all products

Revision ID: 0015
Revises: 0014

The single ``products.barcode`` column moves into ``product_barcodes`` (as each product's first
barcode) and is dropped. SQLite cannot drop a UNIQUE column, so there ``products`` is rebuilt by
hand: Alembic's batch mode renames a copy into place, which SQLite's deferred foreign-key count
never forgives (invoice lines, stock... refer to the dropped table), while re-inserting the rows
into a table of the same name settles every reference before the commit.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")
QUANTITY = sa.Numeric(18, 3).with_variant(sa.BigInteger(), "sqlite")
PERCENT = sa.Numeric(18, 2).with_variant(sa.BigInteger(), "sqlite")
WHEN = sa.DateTime(timezone=True)
KEPT = (
    "id, sku, name, price, vat_rate, active, updated_at, created_at, version, track_stock,"
    " category, low_stock_at"
)

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _products_table(*, with_barcode: bool) -> None:
    barcode = [sa.Column("barcode", sa.String(length=40), nullable=True)] if with_barcode else []
    unique = [sa.UniqueConstraint("barcode", name=op.f("uq_products_barcode"))] if with_barcode else []
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        *barcode,
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("price", MONEY, nullable=False),
        sa.Column("vat_rate", PERCENT, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("track_stock", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("low_stock_at", QUANTITY, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        *unique,
        sa.UniqueConstraint("sku", name=op.f("uq_products_sku")),
    )


def _rebuild_sqlite_products(*, with_barcode: bool) -> None:
    """Drop and recreate ``products`` under the same name, keeping every row and its id."""
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute(f"CREATE TEMPORARY TABLE products_copy AS SELECT {KEPT} FROM products")
    op.drop_table("products")
    _products_table(with_barcode=with_barcode)
    op.execute(f"INSERT INTO products ({KEPT}) SELECT {KEPT} FROM products_copy")
    op.execute("DROP TABLE products_copy")


def upgrade() -> None:
    op.create_table(
        "product_barcodes",
        sa.Column("barcode", sa.String(length=40), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_product_barcodes_product_id_products")
        ),
        sa.PrimaryKeyConstraint("barcode", name=op.f("pk_product_barcodes")),
    )
    op.create_index(
        op.f("ix_product_barcodes_product_id"), "product_barcodes", ["product_id"], unique=False
    )
    op.execute(
        "INSERT INTO product_barcodes (barcode, product_id, position)"
        " SELECT barcode, id, 0 FROM products WHERE barcode IS NOT NULL"
    )
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_products(with_barcode=False)
    else:
        op.drop_column("products", "barcode")  # its unique constraint goes with it


def downgrade() -> None:
    """Back to one barcode per product: the first one stays, the others are lost."""
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_products(with_barcode=True)
    else:
        op.add_column("products", sa.Column("barcode", sa.String(length=40), nullable=True))
        op.create_unique_constraint(op.f("uq_products_barcode"), "products", ["barcode"])
    op.execute(
        "UPDATE products SET barcode = (SELECT b.barcode FROM product_barcodes b"
        " WHERE b.product_id = products.id ORDER BY b.position LIMIT 1)"
    )
    op.drop_index(op.f("ix_product_barcodes_product_id"), table_name="product_barcodes")
    op.drop_table("product_barcodes")
