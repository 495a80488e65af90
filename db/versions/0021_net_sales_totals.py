"""net sales: hourly totals net of voids and refunds, per-customer totals

Revision ID: 0021
Revises: 0019

One definition of the day's money (pos_desktop/services/net_sales.py): invoices issued, less
voids when they are made, less credit notes when and where they are made. ``hourly_sales`` is
counted again that way: a void used to take the invoice out of the hour it was issued in, and
credit notes were not in it at all.

``customer_totals`` holds each customer's bills and totals per currency, net of voids and
credit notes, for the customer card and the customers list's sortable columns; issue, edit,
void and refund keep it in their own transactions (pos_desktop/storage/customer_totals.py).
Both are filled here from what exists, with the SQL kept in this file. Payments get an index
on ``received_at``: money by payment method now counts when it was received.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")

revision: str = "0021"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOUR = {
    "sqlite": "substr({column}, 1, 13) || ':00:00.000000'",
    "postgresql": "date_trunc('hour', {column} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'",
}
NET_SALES_BACK_FILL = """
INSERT INTO hourly_sales
    (exhibition_id, currency, hour_start, terminal_id, invoices, net, vat, gross)
SELECT exhibition_id, currency, hour, terminal_id,
       sum(invoices), sum(net), sum(vat), sum(gross)
FROM (
    SELECT exhibition_id, currency, {issued} AS hour, terminal_id,
           1 AS invoices, net, vat, gross
    FROM invoices WHERE issued_at IS NOT NULL
    UNION ALL
    SELECT exhibition_id, currency, {voided}, terminal_id, -1, -net, -vat, -gross
    FROM invoices WHERE status = 'voided'
    UNION ALL
    SELECT i.exhibition_id, n.currency, {refunded}, n.terminal_id, 0, -n.net, -n.vat, -n.gross
    FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id
) AS events
GROUP BY exhibition_id, currency, hour, terminal_id
"""
ISSUED_ONLY_BACK_FILL = """
INSERT INTO hourly_sales
    (exhibition_id, currency, hour_start, terminal_id, invoices, net, vat, gross)
SELECT exhibition_id, currency, {issued}, terminal_id, count(*), sum(net), sum(vat), sum(gross)
FROM invoices
WHERE status = 'issued'
GROUP BY exhibition_id, currency, {issued}, terminal_id
"""
CUSTOMER_BACK_FILL = """
INSERT INTO customer_totals (customer_id, currency, bills, net, gross)
SELECT customer_id, currency, sum(bills), sum(net), sum(gross)
FROM (
    SELECT customer_id, currency, 1 AS bills, net, gross
    FROM invoices WHERE status = 'issued' AND customer_id IS NOT NULL
    UNION ALL
    SELECT i.customer_id, n.currency, 0, -n.net, -n.gross
    FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id
    WHERE i.customer_id IS NOT NULL
) AS events
GROUP BY customer_id, currency
"""


def _hour(dialect: str, column: str) -> str:
    return HOUR[dialect].format(column=column)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "customer_totals",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("bills", sa.Integer(), nullable=False),
        sa.Column("net", MONEY, nullable=False),
        sa.Column("gross", MONEY, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_totals_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("customer_id", "currency", name=op.f("pk_customer_totals")),
    )
    op.execute(CUSTOMER_BACK_FILL)
    op.create_index(
        "ix_customer_totals_currency_gross", "customer_totals", ["currency", "gross", "customer_id"]
    )
    op.create_index(
        "ix_customer_totals_currency_bills", "customer_totals", ["currency", "bills", "customer_id"]
    )
    op.create_index("ix_payments_received_at", "payments", ["received_at"])
    op.execute("DELETE FROM hourly_sales")
    op.execute(
        NET_SALES_BACK_FILL.format(
            issued=_hour(dialect, "issued_at"),
            voided=_hour(dialect, "voided_at"),
            refunded=_hour(dialect, "n.created_at"),
        )
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("DELETE FROM hourly_sales")
    op.execute(ISSUED_ONLY_BACK_FILL.format(issued=_hour(dialect, "issued_at")))
    op.drop_index("ix_payments_received_at", table_name="payments")
    op.drop_index("ix_customer_totals_currency_bills", table_name="customer_totals")
    op.drop_index("ix_customer_totals_currency_gross", table_name="customer_totals")
    op.drop_table("customer_totals")
