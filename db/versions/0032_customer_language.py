"""customer language: the language of a customer's receipts, invoices and emails

Revision ID: 0032
Revises: 0031

One nullable column on ``customers``: NULL (everyone until they choose) means "from the
customer's country" (``domain/document_language.py``). A plain ADD COLUMN on both databases:
on SQLite a batch copy would drop the table that invoices, bookings and emails point at.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # in place (3.35+), not a copy: see upgrade
        op.execute("ALTER TABLE customers DROP COLUMN language")
    else:
        op.drop_column("customers", "language")
