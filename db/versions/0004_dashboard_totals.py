"""dashboard totals: sales per hour and customers per country and type, kept as they change

Revision ID: 0004
Revises: 0003

At a million invoices and customers the dashboard took over a second on SQLite: summing every
invoice per hour, and counting every customer by country and by type (85 ms per count even
from covering indexes). Both now read small tables of totals, filled here from what exists:

- ``hourly_sales``: every issue, edit and void adds its difference in its own transaction
  (pos_desktop/storage/sales_rollup.py). The hour is written exactly as the application writes
  it (SQLite: the ISO text of ``UtcDateTime``; PostgreSQL: a ``timestamptz`` truncated in UTC,
  whatever the session's time zone), so later sales add to the back-filled rows.
- ``customer_counts``: kept by triggers on ``customers``, so every way of writing a customer
  (service, import, bulk load) counts. On PostgreSQL an update that moves a customer between
  two rows changes them in key order, so two opposite moves cannot deadlock.
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
SALES_BACK_FILL = """
INSERT INTO hourly_sales
    (exhibition_id, currency, hour_start, terminal_id, invoices, net, vat, gross)
SELECT exhibition_id, currency, {hour}, terminal_id, count(*), sum(net), sum(vat), sum(gross)
FROM invoices
WHERE status = 'issued'
GROUP BY exhibition_id, currency, {hour}, terminal_id
"""
COUNTS_BACK_FILL = """
INSERT INTO customer_counts (exhibition_id, country, customer_type, registered)
SELECT registered_exhibition_id, coalesce(country, ''), customer_type, count(*)
FROM customers
WHERE registered_exhibition_id IS NOT NULL
GROUP BY registered_exhibition_id, coalesce(country, ''), customer_type
"""

_SQLITE_ADD = """
    INSERT INTO customer_counts (exhibition_id, country, customer_type, registered)
    SELECT new.registered_exhibition_id, coalesce(new.country, ''), new.customer_type, 1
    WHERE new.registered_exhibition_id IS NOT NULL
    ON CONFLICT (exhibition_id, country, customer_type)
    DO UPDATE SET registered = registered + 1;"""
_SQLITE_REMOVE = """
    UPDATE customer_counts SET registered = registered - 1
    WHERE exhibition_id = old.registered_exhibition_id
      AND country = coalesce(old.country, '') AND customer_type = old.customer_type;"""
SQLITE_UP = (
    f"CREATE TRIGGER customer_counts_insert AFTER INSERT ON customers BEGIN {_SQLITE_ADD} END",
    "CREATE TRIGGER customer_counts_update AFTER UPDATE OF "
    "registered_exhibition_id, country, customer_type ON customers "
    f"BEGIN {_SQLITE_REMOVE} {_SQLITE_ADD} END",
    f"CREATE TRIGGER customer_counts_delete AFTER DELETE ON customers BEGIN {_SQLITE_REMOVE} END",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS customer_counts_delete",
    "DROP TRIGGER IF EXISTS customer_counts_update",
    "DROP TRIGGER IF EXISTS customer_counts_insert",
)
POSTGRES_UP = (
    """
CREATE FUNCTION customer_counts_add(
    to_exhibition integer, to_country text, to_type text, change integer
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_exhibition IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO customer_counts AS c (exhibition_id, country, customer_type, registered)
    VALUES (to_exhibition, coalesce(to_country, ''), to_type, change)
    ON CONFLICT (exhibition_id, country, customer_type)
    DO UPDATE SET registered = c.registered + excluded.registered;
END $$""",
    """
CREATE FUNCTION customer_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM customer_counts_add(
            NEW.registered_exhibition_id, NEW.country, NEW.customer_type, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM customer_counts_add(
            OLD.registered_exhibition_id, OLD.country, OLD.customer_type, -1);
    ELSIF (OLD.registered_exhibition_id, coalesce(OLD.country, ''), OLD.customer_type)
          IS DISTINCT FROM
          (NEW.registered_exhibition_id, coalesce(NEW.country, ''), NEW.customer_type) THEN
        IF (OLD.registered_exhibition_id, coalesce(OLD.country, ''), OLD.customer_type)
           < (NEW.registered_exhibition_id, coalesce(NEW.country, ''), NEW.customer_type) THEN
            PERFORM customer_counts_add(
                OLD.registered_exhibition_id, OLD.country, OLD.customer_type, -1);
            PERFORM customer_counts_add(
                NEW.registered_exhibition_id, NEW.country, NEW.customer_type, 1);
        ELSE
            PERFORM customer_counts_add(
                NEW.registered_exhibition_id, NEW.country, NEW.customer_type, 1);
            PERFORM customer_counts_add(
                OLD.registered_exhibition_id, OLD.country, OLD.customer_type, -1);
        END IF;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER customer_counts_follow "
    "AFTER INSERT OR DELETE OR UPDATE OF registered_exhibition_id, country, customer_type "
    "ON customers FOR EACH ROW EXECUTE FUNCTION customer_counts_follow()",
)
POSTGRES_DOWN = (
    "DROP TRIGGER IF EXISTS customer_counts_follow ON customers",
    "DROP FUNCTION IF EXISTS customer_counts_follow()",
    "DROP FUNCTION IF EXISTS customer_counts_add(integer, text, text, integer)",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
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
    op.execute(SALES_BACK_FILL.format(hour=HOUR[dialect]))
    op.create_table(
        "customer_counts",
        sa.Column("exhibition_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("customer_type", sa.String(length=16), nullable=False),
        sa.Column("registered", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exhibition_id"],
            ["exhibitions.id"],
            name=op.f("fk_customer_counts_exhibition_id_exhibitions"),
        ),
        sa.PrimaryKeyConstraint(
            "exhibition_id", "country", "customer_type", name=op.f("pk_customer_counts")
        ),
    )
    op.execute(COUNTS_BACK_FILL)
    for statement in SQLITE_UP if dialect == "sqlite" else POSTGRES_UP:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN:
        op.execute(statement)
    op.drop_table("customer_counts")
    op.drop_table("hourly_sales")
