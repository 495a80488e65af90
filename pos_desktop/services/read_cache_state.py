"""Where a terminal's read cache stands: one row in the journal, written with the rows it covers.

The table belongs to the journal alone, so it has its own ``MetaData`` and is created on first
use rather than by the shared migrations: on the server, or an embedded SQLite till, it would
be an empty table with no meaning. The schema check skips it by name (storage/migrate.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, Column, Connection, MetaData, String, Table, select
from sqlalchemy.dialects import sqlite

from pos_desktop.storage.change_tracking import READ_CACHE_STATE
from pos_desktop.storage.types import UtcDateTime

STATE = Table(
    READ_CACHE_STATE,
    MetaData(),
    Column("terminal", String(8), primary_key=True),
    #: The server database the watermark belongs to (its oid and name): a watermark means
    #: nothing on another database, a restored one included.
    Column("server", String(200), nullable=False),
    #: The next refresh reads rows whose ``changed_xid`` is at least this.
    Column("watermark", BigInteger, nullable=False),
    Column("refreshed_at", UtcDateTime, nullable=False),
    #: The last offline entry (``seq``) the latest whole copy covered: entries after it made
    #: rows of the journal's own (local ids), which only a whole copy replaces.
    Column("filled_through", BigInteger, nullable=False, server_default="0"),
)


@dataclass(frozen=True)
class CacheState:
    server: str
    watermark: int
    refreshed_at: datetime
    filled_through: int = 0


def ensure_table(connection: Connection) -> None:
    STATE.create(connection, checkfirst=True)


def read_state(connection: Connection, terminal: str) -> CacheState | None:
    row = connection.execute(
        select(
            STATE.c.server, STATE.c.watermark, STATE.c.refreshed_at, STATE.c.filled_through
        ).where(STATE.c.terminal == terminal)
    ).first()
    if row is None:
        return None
    return CacheState(row.server, int(row.watermark), row.refreshed_at, int(row.filled_through))


def write_state(connection: Connection, terminal: str, state: CacheState) -> None:
    values = {
        "server": state.server,
        "watermark": state.watermark,
        "refreshed_at": state.refreshed_at,
        "filled_through": state.filled_through,
    }
    statement = sqlite.insert(STATE).values(terminal=terminal, **values)
    connection.execute(
        statement.on_conflict_do_update(index_elements=[STATE.c.terminal], set_=values)
    )
