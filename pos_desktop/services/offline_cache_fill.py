"""Fill an offline journal with what a till needs to sell on its own: a whole copy.

The journal (a SQLite file with the whole schema) sells with the ordinary services, so it needs
the server's rows they read: the exhibitions, this terminal and its number series, the users
(with their argon2 hashes: offline login), products, barcodes, prices and stock levels (for
display), customers, workshops with their bookings and check-ins (the door admits offline),
this terminal's open cash session and its CLI sessions. This is
the simple version: when nothing waits to be sent, the journal's own rows are dropped and
those tables copied whole, with the server's ids (an offline sale names product 17 as the
server does). Called when the journal is made and after each sync that sent everything.

Between whole copies the incremental refresh (``offline_read_cache.ReadCache``, transaction-id
watermarks) keeps the copy current: a whole copy records the snapshot it read as the read
cache's watermark, and the last entry it covered (``filled_through``). ``OfflineTill.refresh``
makes a whole copy only when entries made since then left rows of the journal's own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, delete, func, null, select

from pos_desktop.domain.clock import Clock, SystemClock
from pos_desktop.domain.errors import InvalidState
from pos_desktop.domain.phrases import say
from pos_desktop.services.read_cache_state import CacheState, ensure_table, write_state
from pos_desktop.services.read_cache_tables import BLANKED, watermark_owner
from pos_desktop.storage.change_tracking import SNAPSHOT
from pos_desktop.storage.models import Base, CashSession, CliSession, DocumentSeries, Terminal
from pos_desktop.storage.models.offline_entry import PENDING, OfflineEntry

#: Copied from the server, in foreign-key order.
COPIED_TABLES = (
    "exhibitions",
    "terminals",
    "users",
    "stock_locations",
    "products",
    "product_barcodes",
    "stock_levels",
    "customers",
    "workshops",
    "workshop_bookings",
    "workshop_checkins",
    "document_series",
    "cash_sessions",
    "cli_sessions",
)
#: The journal's own: never dropped by a fill. Carts parked offline are not entries: they stay
#: on the journal until recalled there (ui/parked_places.py).
KEPT_TABLES = frozenset({"offline_entries", "offline_code_map", "parked_sales"})
BATCH = 2000


@dataclass(frozen=True, slots=True)
class FillResult:
    rows: dict[str, int]
    seconds: float


def _only_this_terminal(table: Table, terminal_id: int | None, terminal_code: str) -> object:
    """The server rows of ``table`` this till needs (all of them for most tables)."""
    if table.name == "document_series":
        return DocumentSeries.terminal_id == terminal_id
    if table.name == "cash_sessions":
        return (CashSession.terminal_id == terminal_id) & CashSession.closed_at.is_(None)
    if table.name == "cli_sessions":
        return CliSession.terminal == terminal_code
    return None


def _copy(source: Connection, target: Connection, table: Table, where: object) -> int:
    blank = BLANKED.get(table.name, frozenset())  # a booking's invoice: not in the journal
    query = select(
        *(null().label(column.name) if column.name in blank else column for column in table.columns)
    )
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    count = 0
    # Closed also when the line drops mid-copy: a server-side cursor left open is only
    # noticed (and complained of) whenever the garbage collector gets to it.
    with source.execution_options(yield_per=BATCH).execute(query) as result:
        for rows in result.partitions(BATCH):
            target.execute(table.insert(), [row._asdict() for row in rows])
            count += len(rows)
    return count


def fill_journal(
    server: Engine, journal: Engine, terminal_code: str, clock: Clock | None = None
) -> FillResult:
    """Replace the journal's copy of the server's rows; refused while entries wait to be sent
    (they and the rows they made are the only record of those sales)."""
    started = time.perf_counter()
    tables = Base.metadata.tables
    counts: dict[str, int] = {}
    with server.connect() as source:
        on_postgresql = source.dialect.name == "postgresql"
        if on_postgresql:  # one snapshot of the whole copy
            source.execution_options(isolation_level="REPEATABLE READ")
        source.begin()
        snapshot = source.execute(SNAPSHOT).one() if on_postgresql else None
        terminal_id = source.scalar(select(Terminal.id).where(Terminal.code == terminal_code))
        with journal.begin() as target:
            target.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            waiting = target.scalar(
                select(func.count()).select_from(OfflineEntry).where(OfflineEntry.state == PENDING)
            )
            if waiting:
                raise InvalidState(
                    say("{count} entries wait to be sent: sync first", count=waiting)
                )
            for table in reversed(Base.metadata.sorted_tables):
                if table.name not in KEPT_TABLES:
                    target.execute(delete(table))
            for name in COPIED_TABLES:
                table = tables[name]
                where = _only_this_terminal(table, terminal_id, terminal_code)
                counts[name] = _copy(source, target, table, where)
            if snapshot is not None:  # the read cache goes on from this copy's snapshot
                last = target.scalar(select(func.max(OfflineEntry.seq))) or 0
                ensure_table(target)
                state = CacheState(
                    watermark_owner(snapshot.server),
                    int(snapshot.xmin),
                    (clock or SystemClock()).now(),
                    last,
                )
                write_state(target, terminal_code, state)
        source.rollback()
    return FillResult(counts, time.perf_counter() - started)
