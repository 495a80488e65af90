"""customers get a postal address and a VAT ID; invoices keep their buyer and reverse charge

Revision ID: 0019
Revises: 0018

Customers: ``street``, ``postcode`` and ``vat_id`` (city, country and company exist). Invoices:
the buyer as the customer record said at issue time (``buyer_*``: a full invoice keeps the
address it was issued with when the customer moves later) and ``reverse_charge``, a manager's
choice per sale. Existing invoices keep no buyer snapshot (their customers had no address, so
none of them was a full invoice) and are not reverse charged.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUYER_COLUMNS = (
    ("buyer_name", 120),
    ("buyer_company", 120),
    ("buyer_street", 120),
    ("buyer_postcode", 16),
    ("buyer_city", 80),
    ("buyer_country", 2),
    ("buyer_vat_id", 20),
)


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on both databases: on SQLite a batch would rebuild the
    # tables, and dropping the old ``invoices`` fails on the rows that refer to it.
    op.add_column("customers", sa.Column("street", sa.String(length=120), nullable=True))
    op.add_column("customers", sa.Column("postcode", sa.String(length=16), nullable=True))
    op.add_column("customers", sa.Column("vat_id", sa.String(length=20), nullable=True))
    for name, length in BUYER_COLUMNS:
        op.add_column("invoices", sa.Column(name, sa.String(length=length), nullable=True))
    op.add_column(
        "invoices",
        sa.Column("reverse_charge", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # SQLite drops these plain columns in place (3.35+): alembic's rebuild of the table would
    # drop the invoices and customers that other rows refer to, and fail on their keys.
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, columns in (
        ("invoices", ["reverse_charge", *(name for name, _length in reversed(BUYER_COLUMNS))]),
        ("customers", ["vat_id", "postcode", "street"]),
    ):
        for column in columns:
            if sqlite:
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            else:
                op.drop_column(table, column)
