"""customers: drop the two dashboard indexes nothing reads any more

Revision ID: 0017
Revises: 0016

Migration 0003 added them for the dashboard's counts of customers by country and by type;
since 0004 those counts come from ``customer_counts`` and no query filters or sorts customers
by country or type. Each index still cost every new customer a B-tree insert at a random place:
together about a seventh of the database's share of a customer import on SQLite (0.4 of 3.0 s
per 95,000 new customers). The index on the exhibition and creation time stays: the
dashboard's "new today" reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_customers_exhibition_country", ["registered_exhibition_id", "country"]),
    ("ix_customers_exhibition_type", ["registered_exhibition_id", "customer_type"]),
)


def upgrade() -> None:
    for name, _columns in INDEXES:
        op.drop_index(name, table_name="customers")


def downgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "customers", columns)
