"""The PostgreSQL-only objects of migrations 0028, 0033 and 0034 that the read cache reads, by name.

Each cached table carries ``changed_xid xid8`` (the id of the transaction that last wrote the
row, set by a trigger) and ``cache_deletions`` records deleted rows' keys. They are not in the
models, whose tables must be the same on SQLite: the schema check skips them by these names,
and the read cache reaches them through ``text`` and the lightweight table below.
"""

from __future__ import annotations

from sqlalchemy import TextClause, text

CHANGED_XID = "changed_xid"
DELETIONS = "cache_deletions"
#: The journal's own table (``services/read_cache_state.py``), made outside the migrations.
READ_CACHE_STATE = "read_cache_state"
#: Indexes migrations 0028 and 0033 create on ``changed_xid``.
CHANGED_XID_INDEXES = frozenset(
    {
        "ix_customers_changed_xid",
        "ix_products_changed_xid",
        "ix_product_barcodes_changed_xid",
        "ix_cache_deletions_changed_xid",
        "ix_workshop_bookings_changed_xid",
        "ix_workshop_checkins_changed_xid",
    }
)
#: Names of schema objects that exist outside the models (see db/versions/0028...).
CHANGE_TRACKING_OBJECTS = frozenset(
    {CHANGED_XID, DELETIONS, READ_CACHE_STATE, "pk_cache_deletions"} | CHANGED_XID_INDEXES
)


def changed_since(table: str, watermark: int) -> TextClause:
    """``changed_xid >= watermark`` for a ``WHERE`` clause on a table of migration 0028."""
    return text(f"{table}.{CHANGED_XID} >= CAST(:since AS xid8)").bindparams(since=str(watermark))


def deleted_since(watermark: int) -> TextClause:
    """The keys of cached rows deleted by transactions at or above ``watermark``, in order."""
    return text(
        "SELECT table_name, row_key FROM cache_deletions"
        " WHERE changed_xid >= CAST(:since AS xid8) ORDER BY id"
    ).bindparams(since=str(watermark))


#: Taken as the first statement of a ``REPEATABLE READ`` transaction: the oldest transaction
#: still running when its snapshot was made (``xmin``), the next id to be handed out (``xmax``)
#: and which database this is.
SNAPSHOT = text(
    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,"
    " pg_snapshot_xmax(pg_current_snapshot())::text AS xmax,"
    " (SELECT oid FROM pg_database WHERE datname = current_database())::text"
    " || '/' || current_database() AS server"
)
