"""hourly sales: revenue per hour kept with each sale, back-filled from the invoices

Revision ID: 0004
Revises: 0003

Summing a million invoices per hour took the dashboard over a second on SQLite. From now on
every issue, edit and void adds its difference to ``hourly_sales`` in its own transaction
(pos_desktop/storage/sales_rollup.py); this migration creates the table and fills it from the
invoices issued so far. The hour is written exactly as the application writes it (SQLite: the
ISO text of ``UtcDateTime``; PostgreSQL: a ``timestamptz`` truncated in UTC, whatever the
session's time zone), so later sales add to the back-filled rows instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOUR = {
    "sqlite": "substr(issued_at, 1, 13) || ':00:00.000000'",
    "postgresql": "date_trunc('hour', issued_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'",
}
BACK_FILL = """
INSERT INTO hourly_sales
    (exhibition_id, currency, hour_start, terminal_id, invoices, net, vat, gross)
SELECT exhibition_id, currency, {hour}, terminal_id, count(*), sum(net), sum(vat), sum(gross)
FROM invoices
WHERE status = 'issued'
GROUP BY exhibition_id, currency, {hour}, terminal_id
"""


def upgrade() -> None:
    op.create_table(
        "hourly_sales",
        sa.Column("exhibition_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("hour_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal_id", sa.Integer(), nullable=False),
        sa.Column("invoices", sa.Integer(), nullable=False),
        sa.Column("net", MONEY, nullable=False),
        sa.Column("vat", MONEY, nullable=False),
        sa.Column("gross", MONEY, nullable=False),
        sa.ForeignKeyConstraint(
            ["exhibition_id"],
            ["exhibitions.id"],
            name=op.f("fk_hourly_sales_exhibition_id_exhibitions"),
        ),
        sa.ForeignKeyConstraint(
            ["terminal_id"], ["terminals.id"], name=op.f("fk_hourly_sales_terminal_id_terminals")
        ),
        sa.PrimaryKeyConstraint(
            "exhibition_id", "currency", "hour_start", "terminal_id", name=op.f("pk_hourly_sales")
        ),
    )
    op.execute(BACK_FILL.format(hour=HOUR[op.get_bind().dialect.name]))


def downgrade() -> None:
    op.drop_table("hourly_sales")
