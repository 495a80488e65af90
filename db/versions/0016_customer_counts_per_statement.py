"""customer counts on PostgreSQL: new customers counted once per statement, not once per row

Revision ID: 0016
Revises: 0015

An import writes a thousand customers per statement (``COPY``). The row trigger of 0004 ran
an upsert of ``customer_counts`` per customer, and in one long transaction (an import's dry
run) every upsert of the same few rows left a version behind that the next had to step over:
the dry run of 100,000 customers took most of a minute. A statement trigger with the
statement's new rows (a transition table) adds them per (exhibition, country, type), in key
order like the row trigger, so two imports at once cannot deadlock. Updates and deletes keep
the row trigger. SQLite has no statement triggers; its row trigger is cheap there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROW_TRIGGER = (
    "CREATE TRIGGER customer_counts_follow "
    "AFTER {events} OR UPDATE OF registered_exhibition_id, country, customer_type "
    "ON customers FOR EACH ROW EXECUTE FUNCTION customer_counts_follow()"
)
POSTGRES_UP = (
    "DROP TRIGGER customer_counts_follow ON customers",
    ROW_TRIGGER.format(events="DELETE"),
    """
CREATE FUNCTION customer_counts_add_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO customer_counts AS c (exhibition_id, country, customer_type, registered)
    SELECT registered_exhibition_id, coalesce(country, ''), customer_type, count(*)
    FROM new_customers
    WHERE registered_exhibition_id IS NOT NULL
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (exhibition_id, country, customer_type)
    DO UPDATE SET registered = c.registered + excluded.registered;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER customer_counts_add_new AFTER INSERT ON customers "
    "REFERENCING NEW TABLE AS new_customers "
    "FOR EACH STATEMENT EXECUTE FUNCTION customer_counts_add_new()",
)
POSTGRES_DOWN = (
    "DROP TRIGGER customer_counts_add_new ON customers",
    "DROP FUNCTION customer_counts_add_new()",
    "DROP TRIGGER customer_counts_follow ON customers",
    ROW_TRIGGER.format(events="INSERT OR DELETE"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
