"""net sales: hourly totals net of voids and refunds, per-customer totals

Revision ID: 0022
Revises: 0021

One definition of the day's money (pos_desktop/services/net_sales.py): invoices issued, less
voids when they are made, less credit notes when and where they are made. ``hourly_sales`` is
counted again that way: a void used to take the invoice out of the hour it was issued in, and
credit notes were not in it at all.

``customer_totals`` holds each customer's bills and totals per currency, net of voids and
credit notes, for the customer card and the customers list's sortable columns. Triggers keep
it, like ``customer_counts`` (0004): an invoice inserted or updated (issued, edited, moved to
another customer, voided) takes its old amounts off its old row and adds its new ones, a credit
note takes its amounts off its invoice's customer, in the same transaction and without a round
trip of the sale's own (a sale on PostgreSQL already sits at its time budget). On PostgreSQL an
invoice moving between two customers changes their rows in customer id order, so two opposite
moves cannot deadlock. Both tables are filled here from what exists, with the SQL kept in this
file. Payments get an index on ``received_at``: money by payment method now counts when it was
received.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")

revision: str = "0022"
down_revision: str | None = "0021"
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


_SQLITE_ADD_NEW = """
    INSERT INTO customer_totals (customer_id, currency, bills, net, gross)
    SELECT new.customer_id, new.currency, 1, new.net, new.gross
    WHERE new.status = 'issued' AND new.customer_id IS NOT NULL
    ON CONFLICT (customer_id, currency) DO UPDATE SET
        bills = bills + excluded.bills, net = net + excluded.net, gross = gross + excluded.gross;"""
_SQLITE_TAKE_OLD = """
    UPDATE customer_totals SET bills = bills - 1, net = net - old.net, gross = gross - old.gross
    WHERE old.status = 'issued' AND customer_id = old.customer_id AND currency = old.currency;"""
INVOICE_COLUMNS = "status, customer_id, currency, net, gross"
SQLITE_UP = (
    "CREATE TRIGGER customer_totals_invoice_insert AFTER INSERT ON invoices "
    f"BEGIN {_SQLITE_ADD_NEW} END",
    f"CREATE TRIGGER customer_totals_invoice_update AFTER UPDATE OF {INVOICE_COLUMNS} "
    f"ON invoices BEGIN {_SQLITE_TAKE_OLD} {_SQLITE_ADD_NEW} END",
    """CREATE TRIGGER customer_totals_credit_note AFTER INSERT ON credit_notes BEGIN
    UPDATE customer_totals SET net = net - new.net, gross = gross - new.gross
    WHERE currency = new.currency
      AND customer_id = (SELECT customer_id FROM invoices WHERE id = new.invoice_id);
END""",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS customer_totals_credit_note",
    "DROP TRIGGER IF EXISTS customer_totals_invoice_update",
    "DROP TRIGGER IF EXISTS customer_totals_invoice_insert",
)
POSTGRES_UP = (
    """
CREATE FUNCTION customer_totals_add(
    to_customer integer, to_currency text, add_bills integer, add_net numeric, add_gross numeric
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_customer IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO customer_totals AS t (customer_id, currency, bills, net, gross)
    VALUES (to_customer, to_currency, add_bills, add_net, add_gross)
    ON CONFLICT (customer_id, currency) DO UPDATE
    SET bills = t.bills + excluded.bills, net = t.net + excluded.net,
        gross = t.gross + excluded.gross;
END $$""",
    """
CREATE FUNCTION customer_totals_follow_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'issued' THEN
            PERFORM customer_totals_add(NEW.customer_id, NEW.currency, 1, NEW.net, NEW.gross);
        END IF;
        RETURN NULL;
    END IF;
    IF OLD.status = 'issued' AND NEW.status = 'issued'
       AND OLD.customer_id IS NOT DISTINCT FROM NEW.customer_id
       AND OLD.currency = NEW.currency THEN
        IF OLD.net <> NEW.net OR OLD.gross <> NEW.gross THEN
            PERFORM customer_totals_add(
                NEW.customer_id, NEW.currency, 0, NEW.net - OLD.net, NEW.gross - OLD.gross);
        END IF;
        RETURN NULL;
    END IF;
    IF coalesce(OLD.customer_id, 0) <= coalesce(NEW.customer_id, 0) THEN
        IF OLD.status = 'issued' THEN
            PERFORM customer_totals_add(OLD.customer_id, OLD.currency, -1, -OLD.net, -OLD.gross);
        END IF;
        IF NEW.status = 'issued' THEN
            PERFORM customer_totals_add(NEW.customer_id, NEW.currency, 1, NEW.net, NEW.gross);
        END IF;
    ELSE
        IF NEW.status = 'issued' THEN
            PERFORM customer_totals_add(NEW.customer_id, NEW.currency, 1, NEW.net, NEW.gross);
        END IF;
        IF OLD.status = 'issued' THEN
            PERFORM customer_totals_add(OLD.customer_id, OLD.currency, -1, -OLD.net, -OLD.gross);
        END IF;
    END IF;
    RETURN NULL;
END $$""",
    f"CREATE TRIGGER customer_totals_follow AFTER INSERT OR UPDATE OF {INVOICE_COLUMNS} "
    "ON invoices FOR EACH ROW EXECUTE FUNCTION customer_totals_follow_invoice()",
    """
CREATE FUNCTION customer_totals_follow_credit_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM customer_totals_add(
        (SELECT customer_id FROM invoices WHERE id = NEW.invoice_id),
        NEW.currency, 0, -NEW.net, -NEW.gross);
    RETURN NULL;
END $$""",
    "CREATE TRIGGER customer_totals_follow AFTER INSERT ON credit_notes "
    "FOR EACH ROW EXECUTE FUNCTION customer_totals_follow_credit_note()",
)
POSTGRES_DOWN = (
    "DROP TRIGGER IF EXISTS customer_totals_follow ON credit_notes",
    "DROP TRIGGER IF EXISTS customer_totals_follow ON invoices",
    "DROP FUNCTION IF EXISTS customer_totals_follow_credit_note()",
    "DROP FUNCTION IF EXISTS customer_totals_follow_invoice()",
    "DROP FUNCTION IF EXISTS customer_totals_add(integer, text, integer, numeric, numeric)",
)


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
    for statement in SQLITE_UP if dialect == "sqlite" else POSTGRES_UP:
        op.execute(statement)
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
    for statement in SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN:
        op.execute(statement)
    op.drop_index("ix_payments_received_at", table_name="payments")
    op.drop_index("ix_customer_totals_currency_bills", table_name="customer_totals")
    op.drop_index("ix_customer_totals_currency_gross", table_name="customer_totals")
    op.drop_table("customer_totals")
