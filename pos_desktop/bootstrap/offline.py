"""This terminal's offline journal, wired: the journal's services, the sync, the fallback.

A terminal on PostgreSQL keeps a SQLite *offline journal* (``<data>/journal/<terminal>.sqlite3``,
made by the same migrations; docs/offline-design.md). When the server does not answer, an
action runs on the journal through the *same* services, built here on a bus that adds the
entry handlers (``services/offline_entries.py``) to stock, totals and receipts; the journal
queues no emails (the server sends them after sync). ``sync`` replays the entries through the
server's services on a replaying database (no receipt printed twice). No service knows which
database it runs on.

While the till is online, listeners on the server's bus keep the journal's copy of this
terminal's numbers, new customers and the door's admissions current (after COMMIT, on the
committing thread): the journal must go on with the number after the last one the server gave,
and a visitor admitted online is "already" in if the line drops before the next copy.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Table, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import ReplayClock
from pos_desktop.domain.errors import DatabaseUnavailable, InDoubt
from pos_desktop.services.events import (
    CustomerCheckedIn,
    CustomerRegistered,
    PrintJobQueued,
    RefundMade,
    SaleIssued,
)
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.services.offline_link import TillLink
from pos_desktop.services.on_demand import built_once
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.engine import normalize_url, sqlite_url
from pos_desktop.storage.models import (
    CreditNote,
    Customer,
    DocumentSeries,
    Invoice,
    PrintJob,
    Terminal,
    WorkshopCheckin,
)
from pos_desktop.storage.uow import Database

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services
    from pos_desktop.services.offline_cache_fill import FillResult
    from pos_desktop.services.offline_entries import OfflineEntries
    from pos_desktop.services.offline_read_cache import RefreshResult
    from pos_desktop.services.offline_sync import OfflineSync, SyncResult

log = logging.getLogger(__name__)
T = TypeVar("T")

#: After a COMMIT whose answer was lost, one more try a moment later (as the CLI does); short
#: enough that a cut inside a COMMIT still sells on the journal within 3 s (this wait, then the
#: retry's 2 s connect timeout).
RETRY_AFTER_SECONDS = 0.5


def journal_wanted(settings: Settings) -> bool:
    """Only a terminal on PostgreSQL keeps a journal (and only if ``[offline] enabled``)."""
    if not settings.offline.enabled:
        return False
    try:
        return normalize_url(settings.database.url).drivername.startswith("postgresql")
    except ValueError:
        return False


def journal_path(settings: Settings) -> Path:
    return settings.offline.journal_folder() / f"{settings.pos.terminal}.sqlite3"


class OfflineTill:
    """The journal of one terminal, its services, and the way back to the server."""

    def __init__(self, server: Services) -> None:
        self._server = server
        self.settings = server.settings
        self.path = journal_path(server.settings)
        self._building: threading.RLock = server._building
        self._making = threading.Lock()
        self._print_wakers: list[Callable[[], None]] = []
        #: Online, offline since when, syncing; with the entries waiting (the status bar's).
        self.link = TillLink(server.bus, server.clock, server.settings.pos.terminal)

    # ------------------------------------------------------------------ the journal itself

    def exists(self) -> bool:
        return self.path.exists()

    @built_once
    def db(self) -> Database:
        # The shift's sales before the line dropped are on the server only: its drawer
        # reports say they are partial (``is_partial_copy``).
        return Database(sqlite_url(self.path)).partial_copy()

    def ensure(self) -> bool:
        """Make the journal (migrations, then a copy of the server's rows) unless it exists;
        ``True`` when made now. Made under another name and renamed: a half-made journal
        (a crash, the server gone mid-copy) is never taken for one."""
        with self._making:  # the sync loop's first round and the app's start may both ask
            return self._make()

    def _make(self) -> bool:
        if self.exists():
            return False
        from pos_desktop.services.offline_cache_fill import fill_journal  # noqa: PLC0415
        from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic: only here

        making = self.path.with_suffix(".making")
        for leftover in (making, Path(f"{making}-wal"), Path(f"{making}-shm")):
            leftover.unlink(missing_ok=True)
        fresh = Database(sqlite_url(making))
        try:
            migrate.upgrade(fresh.engine)
            fill_journal(
                self._server.db.engine, fresh.engine, self.settings.pos.terminal, self._server.clock
            )
        finally:
            fresh.dispose()
        making.rename(self.path)
        return True

    def refresh(self) -> FillResult | RefreshResult | None:
        """Bring the journal's copy up to date: only what changed on the server (the read
        cache), unless entries made since the last whole copy left rows of the journal's own
        (customers registered offline, under local ids): then a whole copy replaces them, once
        the receipts of those sales have printed (``None`` until then: the copy is kept)."""
        from pos_desktop.services.offline_cache_fill import fill_journal  # noqa: PLC0415
        from pos_desktop.services.offline_read_cache import ReadCache  # noqa: PLC0415

        server, journal = self._server.db.engine, self.db.engine
        terminal = self.settings.pos.terminal
        cache = ReadCache(server, journal, terminal, clock=self._server.clock)
        if self.entries.last_seq() > cache.filled_through():
            if self._receipts_waiting():
                return None  # a whole copy would drop them: after they printed
            return fill_journal(server, journal, terminal, self._server.clock)
        return cache.refresh()

    def _receipts_waiting(self) -> int:
        """Print jobs of the journal not printed yet (sales made offline, printer away)."""
        from pos_desktop.services.printing.jobs import OPEN  # noqa: PLC0415 - lazy

        with self.db.reader() as uow:
            query = select(func.count()).select_from(PrintJob)
            return int(uow.session.scalar(query.where(PrintJob.state.in_(OPEN))) or 0)

    @built_once
    def services(self) -> Services:
        """The ordinary services on the journal: stock, totals, receipts and the entries."""
        from pos_desktop.bootstrap import Services  # noqa: PLC0415 - a cycle otherwise
        from pos_desktop.bootstrap.event_wiring import book_keeping, receipts  # noqa: PLC0415
        from pos_desktop.services.offline_entries import journal_entries  # noqa: PLC0415

        settings = replace(
            self.settings,
            database=DatabaseSettings(url=sqlite_url(self.path)),
            # Its stock levels are a copy, for display: the server's ledger decides (sync).
            billing=replace(self.settings.billing, allow_oversell=True),
        )
        bus = MessageBus()
        station = StationResolver(settings.pos)
        server = self._server
        built = Services(
            settings,
            self.db.with_bus(bus),
            server.clock,
            station,
            bus,
            hasher=server._hasher,
        )
        book_keeping(bus, station, settings)
        receipts(bus, settings)
        journal_entries(bus)
        bus.listen(PrintJobQueued, self._wake_printers)
        return built

    def _wake_printers(self, _event: PrintJobQueued) -> None:
        for wake in self._print_wakers:
            wake()

    def on_print_job(self, wake: Callable[[], None]) -> None:
        """Call ``wake`` after each print job queued on the journal (the app's print loop)."""
        self._print_wakers.append(wake)

    @built_once
    def entries(self) -> OfflineEntries:
        from pos_desktop.services.offline_entries import OfflineEntries  # noqa: PLC0415

        return OfflineEntries(self.db)

    def waiting(self) -> int:
        """Entries not yet on the server (0 without a journal)."""
        return self.entries.waiting() if self.exists() else 0

    def holds(self, number: str) -> bool:
        """Whether the journal has the invoice ``number`` (sold on it, offline): a correction
        refused there for another reason (an unknown customer code) is not the server's."""
        return self.issued_at(number) is not None

    def issued_at(self, number: str) -> datetime | None:
        """When the journal's invoice ``number`` was issued (``None``: it holds none). Its
        copy on the server has the same moment (the sync replays it at the till's time);
        another sale with that number there does not."""
        with self.db.reader() as uow:
            return uow.session.scalar(select(Invoice.issued_at).where(Invoice.number == number))

    # ------------------------------------------------------------------------------- sync

    @built_once
    def sync(self) -> OfflineSync:
        """Replays through the server's services on a replaying database: stock may go below
        zero and no open cash session is needed (a sale the till made is never refused)."""
        from pos_desktop.bootstrap import build_services  # noqa: PLC0415 - a cycle otherwise
        from pos_desktop.services.offline_sync import OfflineSync, PresetCodes  # noqa: PLC0415

        server = self._server
        codes = PresetCodes()
        billing = replace(self.settings.billing, allow_oversell=True, require_cash_session=False)
        clock = ReplayClock(server.clock)
        replayer = build_services(
            replace(self.settings, billing=billing),
            db=server.db.replaying(),
            clock=clock,
            hasher=server._hasher,
            new_code=codes,
            journal=False,
        )
        return OfflineSync(self.db, replayer, codes, clock, refresh=self.refresh)

    # --------------------------------------------------------------- online, then offline

    def run(self, act: Callable[[Services, ActionKey], T], key: ActionKey) -> tuple[T, bool]:
        """``act`` on the server, else on the journal with the same key; ``(result, offline)``.

        While entries wait, the journal takes the action too (the server's series must take
        them first). A COMMIT whose answer was lost is tried once more; if the server still
        does not answer, the action is saved on the journal under its key: had the COMMIT got
        there, the replay finds the key and compares the numbers (decision 3)."""
        if self.waiting():
            return self.on_journal(act, key), True
        try:
            try:
                result = act(self._server, key)
            except InDoubt:
                time.sleep(RETRY_AFTER_SECONDS)
                result = act(self._server, key)
        except (DatabaseUnavailable, InDoubt):
            if not self.exists():
                raise
            self.link.went_offline()
            return self.on_journal(act, key), True
        self.after_online(result)
        return result, False

    def on_journal(self, act: Callable[[Services, ActionKey], T], key: ActionKey) -> T:
        """``act`` on the journal (the caller knows it belongs there)."""
        result = act(self.services, key)
        self.link.entries_added(self.entries)
        return result

    def sync_round(self) -> SyncResult:
        """One sync (``OfflineSync.sync_once``), and what it says about the line: the server
        answered (syncing, or online once nothing waits) or not (offline)."""
        result = self.sync.sync_once()
        if result.error:
            self.link.went_offline()
        else:
            self.link.server_answers()  # syncing while entries wait, else online
        self.link.entries_counted(result.pending_by_kind, result.newest)
        return result

    def after_online(self, result: object) -> None:
        """After an action the server saved: the journal learns its number (a retry that
        found the sale saved announced no event for the listener)."""
        number = getattr(result, "number", None)
        if not isinstance(number, str) or not self.exists():
            return
        try:
            self.mirror_number(number)
        except Exception:  # the action is saved; a journal that cannot be updated is logged
            log.exception("the offline journal %s could not be updated", self.path)

    # ------------------------------------------------------------- the server's listeners

    def mirror_number(self, number: str) -> None:
        prefix, _, sequence = number.rpartition("-")
        if not sequence.isdigit():
            return
        series = DocumentSeries.__table__
        assert isinstance(series, Table)
        with self.db.engine.begin() as journal:
            journal.execute(
                update(series)
                .where(series.c.prefix == prefix, series.c.last_number < int(sequence))
                .values(last_number=int(sequence))
            )

    def sale_issued(self, event: SaleIssued) -> None:
        """The journal goes on from the server's last number (a series new since the copy
        is added with the server's ids)."""
        invoice = event.invoice
        if not self.exists() or invoice.number is None:
            return
        self._series_known(event, invoice, invoice.series_id, invoice.terminal_id, "invoice")
        self.mirror_number(invoice.number)

    def refund_made(self, event: RefundMade) -> None:
        """Likewise a credit note made here online: a refund offline numbers the next one,
        never this one again."""
        note = event.note
        if not self.exists():
            return
        self._series_known(event, note, note.series_id, note.terminal_id, "credit_note")
        self.mirror_number(note.number)

    def _series_known(
        self,
        event: SaleIssued | RefundMade,
        document: Invoice | CreditNote,
        series_id: int | None,
        terminal_id: int,
        kind: str,
    ) -> None:
        """The server's series ``series_id`` in the journal (the terminal's first document of
        that kind made its row on the server after the copy)."""
        series = DocumentSeries.__table__
        assert isinstance(series, Table)
        number = document.number or ""
        with self.db.engine.begin() as journal:
            known = journal.scalar(
                select(func.count()).select_from(series).where(series.c.id == series_id)
            )
            if known:
                return
            journal.execute(
                sqlite_insert(Terminal)
                .values(
                    id=terminal_id,
                    code=event.terminal,
                    name=self.settings.pos.terminal_name,
                    created_at=event.at,
                )
                .on_conflict_do_nothing()
            )
            journal.execute(
                series.insert().values(
                    id=series_id,
                    exhibition_id=event.invoice.exhibition_id,
                    terminal_id=terminal_id,
                    kind=kind,
                    prefix=number.rpartition("-")[0],
                    last_number=0,
                )
            )

    def customer_registered(self, event: CustomerRegistered) -> None:
        """A customer registered here online can be sold to offline at once."""
        if not self.exists():
            return
        table = Customer.__table__
        assert isinstance(table, Table)
        row = event.customer
        values = {
            attr.columns[0].name: getattr(row, attr.key)
            for attr in Customer.__mapper__.column_attrs
        }
        with self.db.engine.begin() as journal:
            known = select(func.count()).select_from(table).where(table.c.id == row.id)
            if not journal.scalar(known):
                journal.execute(table.insert().values(**values))

    def customer_checked_in(self, event: CustomerCheckedIn) -> None:
        """A visitor admitted online at this till's door: offline a second scan says
        "already" (the server's id; a seat the journal has already is left alone)."""
        if not self.exists():
            return
        values = {
            "id": event.checkin_id,
            "workshop_id": event.workshop_id,
            "customer_id": event.customer_id,
            "seat": event.seat,
            "checked_in_at": event.at,
            "checked_in_by": event.by,
        }
        with self.db.engine.begin() as journal:
            journal.execute(
                sqlite_insert(WorkshopCheckin).values(**values).on_conflict_do_nothing()
            )
