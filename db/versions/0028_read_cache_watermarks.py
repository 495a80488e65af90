"""read cache: transaction ids on the rows a terminal caches, and a record of deletions

Revision ID: 0028
Revises: 0027

A terminal with an offline journal refreshes its read cache from the server incrementally
(docs/offline-design.md, decision 7; ``services/offline_read_cache.py``). On PostgreSQL each
cached table gets ``changed_xid xid8``, stamped by a ``BEFORE INSERT OR UPDATE`` trigger with
the writing transaction's id (``pg_current_xact_id()``); a refresh reads the rows whose id is at
or above its watermark. Transaction ids, not timestamps: terminals' clocks differ, and a
timestamp taken at the start of a transaction that commits late sorts before rows already read.

Existing rows get ``'0'`` through the column's constant default: PostgreSQL 11+ adds such a
column without rewriting the table (a million customers take milliseconds, where an ``UPDATE``
stamping each row took minutes and bloated the table), and a terminal's first refresh copies
every row whatever its stamp.

Deletions (a product or customer removed must not stay sellable in a cache): an ``AFTER
DELETE`` trigger writes the row's key (JSON: ``{"id": 7}``, ``{"barcode": "..."}``) with the
deleting transaction's id into ``cache_deletions``, which a refresh reads with the same
watermark. Its rows are a few bytes each and deletions of cached rows are rare (mostly barcodes
taken off a product), so it is not pruned.

Indexes on ``changed_xid`` only where a table is big (customers, products and their barcodes):
every other cached table holds at most a few thousand rows, and ``stock_levels`` and
``document_series`` are updated by every sale, where an index on a column each update changes
would cost a sale its HOT updates.

SQLite: nothing (an embedded till has no server to cache; a journal is itself SQLite).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Cached table -> its key columns (what ``cache_deletions`` records of a deleted row).
CACHED: dict[str, tuple[str, ...]] = {
    "exhibitions": ("id",),
    "terminals": ("id",),
    "stock_locations": ("id",),
    "users": ("id",),
    "products": ("id",),
    "product_barcodes": ("barcode",),
    "stock_levels": ("product_id", "location_id"),
    "customers": ("id",),
    "document_series": ("id",),
    "cash_sessions": ("id",),
}
INDEXED = ("customers", "products", "product_barcodes")

FUNCTIONS_UP = (
    """
CREATE FUNCTION cache_stamp_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    RETURN NEW;
END
$$""",
    """
CREATE FUNCTION cache_record_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_key jsonb := '{}';
    part text;
BEGIN
    FOREACH part IN ARRAY TG_ARGV LOOP
        row_key := row_key || jsonb_build_object(part, to_jsonb(OLD) -> part);
    END LOOP;
    INSERT INTO cache_deletions (table_name, row_key, changed_xid)
    VALUES (TG_TABLE_NAME, row_key, pg_current_xact_id());
    RETURN OLD;
END
$$""",
    """
CREATE TABLE cache_deletions (
    id bigserial CONSTRAINT pk_cache_deletions PRIMARY KEY,
    table_name text NOT NULL,
    row_key jsonb NOT NULL,
    changed_xid xid8 NOT NULL
)""",
    "CREATE INDEX ix_cache_deletions_changed_xid ON cache_deletions (changed_xid)",
)


def _table_up(table: str, key: tuple[str, ...]) -> list[str]:
    arguments = ", ".join(f"'{column}'" for column in key)
    statements = [
        f"ALTER TABLE {table} ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0'",
        f"CREATE TRIGGER {table}_changed_xid BEFORE INSERT OR UPDATE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION cache_stamp_changed()",
        f"CREATE TRIGGER {table}_cache_deleted AFTER DELETE ON {table}"
        f" FOR EACH ROW EXECUTE FUNCTION cache_record_deleted({arguments})",
    ]
    if table in INDEXED:
        statements.append(f"CREATE INDEX ix_{table}_changed_xid ON {table} (changed_xid)")
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in FUNCTIONS_UP:
        op.execute(statement)
    for table, key in CACHED.items():
        for statement in _table_up(table, key):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in CACHED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_cache_deleted ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_changed_xid ON {table}")
        # The column's index goes with it.
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS changed_xid")
    op.execute("DROP TABLE IF EXISTS cache_deletions")
    op.execute("DROP FUNCTION IF EXISTS cache_record_deleted()")
    op.execute("DROP FUNCTION IF EXISTS cache_stamp_changed()")
