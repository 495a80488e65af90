"""The terminal's read cache: what the offline journal needs from the server, kept up to date.

``ReadCache(server, journal, terminal_code).refresh()`` copies into the journal (SQLite) the
rows of ``services/read_cache_tables.py`` that changed on the server (PostgreSQL) since the
last refresh; the first refresh copies all of them (docs/offline-design.md, decision 7).

Which rows changed is told by transaction ids, not clocks. Migration 0028 stamps each cached
row with the id of the transaction that last wrote it (``changed_xid``). A refresh reads in one
``REPEATABLE READ`` transaction: its first statement takes the snapshot's ``xmin``, the oldest
transaction still running at that moment, and every later read sees exactly that snapshot.
Every transaction below ``xmin`` has ended, so its rows are either in this snapshot or were
rolled back: nothing below ``xmin`` can appear later. A transaction at or above it may still
commit after the snapshot, with rows this refresh did not see; so ``xmin`` (not the highest
``changed_xid`` read) is the next watermark, and the next refresh reads ``changed_xid >=
xmin``. Rows of transactions that were open are read again then; the upsert makes a second copy
of a row the same as the first. A watermark of "the highest id read" would skip, for ever, a
row whose transaction began before the refresh and committed after it.

The journal's rows and its watermark (``services/read_cache_state.py``) are written in one
SQLite transaction: a refresh cut half way leaves the previous watermark with the rows it
covered, and the next one starts from there.

Call ``refresh`` while no offline entry is waiting to be sent (the sync refreshes after it has
pushed them): the cache holds the server's view. As a guard, a series' last number never goes
down in the journal. Only what differs is written (``services/read_cache_writes.py``).

Threading: talks to both databases for up to a second (minutes on a first copy of a million
customers); call it from a worker or the sync loop, never the UI thread.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, exc, select, update

from pos_desktop.domain.clock import Clock, SystemClock
from pos_desktop.services.read_cache_state import CacheState, ensure_table, read_state, write_state
from pos_desktop.services.read_cache_tables import (
    BY_NAME,
    CACHED_TABLES,
    CachedTable,
    watermark_owner,
)
from pos_desktop.services.read_cache_writes import write_rows
from pos_desktop.storage.change_tracking import SNAPSHOT, changed_since, deleted_since
from pos_desktop.storage.engine import rare_checkpoints

#: Rows fetched from the server and written to the journal at a time.
CHUNK_ROWS = 5_000


@dataclass(frozen=True)
class RefreshResult:
    """What one refresh did; ``rows`` counts the rows read (and upserted) per cached table."""

    full: bool
    rows: Mapping[str, int]
    deleted: Mapping[str, int]
    #: Deletions the journal could not make (its own rows refer to the row): retired instead
    #: (``active`` off) where the table has such a flag, kept otherwise.
    kept: Mapping[str, int]
    watermark_before: int | None
    watermark_after: int
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


class ReadCache:
    """Copies the server's rows a terminal needs offline into its journal; see the module."""

    def __init__(
        self,
        server: Engine,
        journal: Engine,
        terminal_code: str,
        *,
        clock: Clock | None = None,
        chunk_rows: int = CHUNK_ROWS,
    ) -> None:
        if server.dialect.name != "postgresql" or journal.dialect.name != "sqlite":
            raise ValueError("a read cache copies from PostgreSQL into a SQLite journal")
        self._server = server
        self._journal = journal
        self._terminal = terminal_code
        self._clock = clock or SystemClock()
        self._chunk = chunk_rows
        self._table_ready = False

    def watermark(self) -> int | None:
        """The watermark of the last refresh (``None`` before the first)."""
        with self._journal.connect() as connection:
            self._ensure_table(connection)
            state = read_state(connection, self._terminal)
        return None if state is None else state.watermark

    def filled_through(self) -> int:
        """The last offline entry the latest whole copy (``offline_cache_fill``) covered."""
        with self._journal.connect() as connection:
            self._ensure_table(connection)
            state = read_state(connection, self._terminal)
        return 0 if state is None else state.filled_through

    def refresh(self) -> RefreshResult:
        started = time.perf_counter()
        reading = self._server.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with reading as source, source.begin():
            snapshot = source.execute(SNAPSHOT).one()
            with self._journal.connect() as target:
                self._ensure_table(target)
                writing = target.execution_options(sqlite_begin="IMMEDIATE")
                with rare_checkpoints(writing), writing.begin():
                    result = self._copy(source, writing, snapshot, started)
        return result

    def _ensure_table(self, connection: Connection) -> None:
        if not self._table_ready:
            with connection.begin():
                ensure_table(connection)
            self._table_ready = True

    def _copy(
        self, source: Connection, target: Connection, snapshot: Any, started: float
    ) -> RefreshResult:
        state = read_state(target, self._terminal)
        since = _usable_watermark(state, snapshot)
        deleted: dict[str, int] = defaultdict(int)
        kept: dict[str, int] = defaultdict(int)
        if since is not None:
            self._apply_deletions(source, target, since, deleted, kept)
        rows = {spec.name: self._copy_table(source, target, spec, since) for spec in CACHED_TABLES}
        watermark = int(snapshot.xmin)
        filled = state.filled_through if state is not None else 0
        write_state(
            target,
            self._terminal,
            CacheState(watermark_owner(snapshot.server), watermark, self._clock.now(), filled),
        )
        return RefreshResult(
            full=since is None,
            rows=rows,
            deleted=dict(deleted),
            kept=dict(kept),
            watermark_before=None if state is None else state.watermark,
            watermark_after=watermark,
            seconds=time.perf_counter() - started,
        )

    def _copy_table(
        self, source: Connection, target: Connection, spec: CachedTable, since: int | None
    ) -> int:
        table = spec.table
        query = select(*spec.columns).where(spec.scope(self._terminal))
        if since is not None:
            query = query.where(changed_since(table.name, since))
        elif spec.first_copy is not None:
            query = query.where(spec.first_copy)
        query = query.order_by(*(table.c[name] for name in spec.key))
        count = 0
        streamed = source.execution_options(stream_results=True, max_row_buffer=self._chunk)
        with streamed.execute(query) as result:  # its server-side cursor closed on any error
            for chunk in result.partitions(self._chunk):
                write_rows(target, spec, [dict(row._mapping) for row in chunk])
                count += len(chunk)
        return count

    def _apply_deletions(
        self,
        source: Connection,
        target: Connection,
        since: int,
        deleted: dict[str, int],
        kept: dict[str, int],
    ) -> None:
        """Rows deleted on the server go from the journal, children before their parents,
        before any row is copied (a key deleted and written again is then copied back)."""
        keys: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for table_name, row_key in source.execute(deleted_since(since)):
            if table_name in BY_NAME:
                keys[table_name].append(row_key)
        for spec in reversed(CACHED_TABLES):
            for row_key in keys.get(spec.name, ()):
                if _delete_row(target, spec, row_key):
                    deleted[spec.name] += 1
                else:
                    kept[spec.name] += 1


def _usable_watermark(state: CacheState | None, snapshot: Any) -> int | None:
    """The stored watermark, unless it belongs to another database or another set of cached
    tables (an upgrade that caches more), or lies ahead of the server's transaction ids (a
    restored or re-created database): then everything is copied."""
    if state is None or state.server != watermark_owner(snapshot.server):
        return None
    if state.watermark > int(snapshot.xmax):
        return None
    return state.watermark


def _delete_row(target: Connection, spec: CachedTable, row_key: Mapping[str, Any]) -> bool:
    """Delete the journal's copy; ``False`` when the journal's own rows (an offline sale, its
    audit entries) still refer to it: then it is retired where it can be, and kept."""
    table = spec.table
    where = [table.c[name] == value for name, value in row_key.items()]
    try:
        with target.begin_nested():
            target.execute(delete(table).where(*where))
    except exc.IntegrityError:
        if spec.retire:
            target.execute(update(table).where(*where).values(**spec.retire))
        return False
    return True
