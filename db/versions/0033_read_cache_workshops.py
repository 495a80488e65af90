"""read cache: transaction ids on workshops, their bookings and check-ins

Revision ID: 0033
Revises: 0032

The door admits visitors on a till's offline journal when the hall's network drops (issue 24):
the journal needs the workshops, who holds seats in them and who is in already, and an
incremental refresh must keep them current between whole copies (a seat sold at another till
after the last copy is a booking the door would not know). As migration 0028 did for the other
cached tables: ``changed_xid xid8`` stamped by ``cache_stamp_changed()`` on insert and update,
deletions recorded by ``cache_record_deleted('id')`` (both functions made by 0028), and the
column added with a constant default, so existing rows are not rewritten (a first refresh
copies every row whatever its stamp).

An index on ``changed_xid`` for bookings and check-ins (tens of thousands of rows at a big
fair, mostly inserted, seldom updated); none for ``workshops``, a few hundred rows whose
counters every seat sold updates (an index would cost those updates their HOT path).

SQLite: nothing (as 0028).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("workshops", "workshop_bookings", "workshop_checkins")
INDEXED = ("workshop_bookings", "workshop_checkins")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0'")
        op.execute(
            f"CREATE TRIGGER {table}_changed_xid BEFORE INSERT OR UPDATE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION cache_stamp_changed()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_cache_deleted AFTER DELETE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION cache_record_deleted('id')"
        )
        if table in INDEXED:
            op.execute(f"CREATE INDEX ix_{table}_changed_xid ON {table} (changed_xid)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_cache_deleted ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_changed_xid ON {table}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS changed_xid")
