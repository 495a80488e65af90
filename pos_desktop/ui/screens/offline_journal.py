"""Offline journal (managers): what this till sold or registered while the server did not
answer and has not sent yet, and the conflicts the sync recorded (never dropped: a manager
reads them here). "Send now" (Ctrl+Return) runs one sync round; F5 reloads. The lists follow
the till's line (``LinkChanged``): a sale offline, an entry sent, the line back.

A till on an embedded SQLite database keeps no journal (it has no line to lose): the screen
says so. Everything it reads runs on the runner; the journal is this till's own SQLite file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_desktop.services.events import LinkChanged
from pos_desktop.services.offline_entries import EntryView, JournalCounts
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

if TYPE_CHECKING:
    from pos_desktop.bootstrap.offline import OfflineTill
    from pos_desktop.services.offline_sync import SyncResult

NO_JOURNAL = (
    "This till keeps no offline journal: its database is embedded (SQLite, on this computer), "
    "so there is no line to the server to lose."
)
NOT_MADE = "The offline journal is not made yet (the app makes it in the background at start)."
KINDS = {
    "sale": "Sale",
    "registration": "Registration",
    "cash_open": "Cash session opened",
    "cash_move": "Cash in/out",
    "cash_close": "Cash session closed",
}


def local_time(when: datetime | None, pattern: str = "%Y-%m-%d %H:%M:%S") -> str:
    if when is None:
        return "-"
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return aware.astimezone().strftime(pattern)


COLUMNS: tuple[Column[EntryView], ...] = (
    Column("Seq", lambda e: str(e.seq), right_aligned=True),
    Column("Kind", lambda e: KINDS.get(e.kind, e.kind)),
    Column("Number / code", lambda e: e.number or ""),
    Column("When", lambda e: local_time(e.created_at)),
    Column("Cashier", lambda e: e.by or ""),
)
CONFLICT_COLUMNS: tuple[Column[EntryView], ...] = (
    *COLUMNS[:4],
    Column("On the server", lambda e: e.server_number or ""),
    Column("Conflict", lambda e: e.conflict or ""),
)


def summary_text(counts: JournalCounts | None) -> str:
    if counts is None:
        return NOT_MADE
    conflicts = f"{counts.conflicts} conflict{'s' if counts.conflicts != 1 else ''}"
    return (
        f"{counts.pending} waiting to be sent · {conflicts} · "
        f"last sync {local_time(counts.last_sync, '%Y-%m-%d %H:%M')}"
    )


class OfflineJournalScreen(QWidget):
    #: A ``LinkChanged`` from any thread, queued to the UI thread.
    _heard = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.till: OfflineTill | None = ctx.services.offline
        self.messages = MessageBar()
        self.line = QLabel("")
        self.line.setObjectName("journalLine")
        self.summary = QLabel(NO_JOURNAL if self.till is None else "")
        self.summary.setWordWrap(True)
        self.waiting: PagedTableModel[EntryView] = PagedTableModel(
            ctx.runner, COLUMNS, lambda: self._query("pending")
        )
        self.conflicts: PagedTableModel[EntryView] = PagedTableModel(
            ctx.runner, CONFLICT_COLUMNS, lambda: self._query("conflict")
        )
        self.waiting_table = ListTable(stretch_column=4)
        self.waiting_table.setModel(self.waiting)
        self.conflict_table = ListTable(stretch_column=5)
        self.conflict_table.setModel(self.conflicts)
        self.conflict_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_conflict(current.row())
        )
        for model in (self.waiting, self.conflicts):
            model.failed.connect(self.messages.show_error)
        self.conflict_text = QLabel("")
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton("Send now (Ctrl+Enter)")
        self.send_button.clicked.connect(self.send_now)
        self.send_button.setEnabled(self.till is not None)
        self._layout()
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send_now)
        self._loaded = False
        self._sending = False
        if self.till is not None:
            self._heard.connect(self._line_changed)
            stop = ctx.services.bus.listen(LinkChanged, self._heard.emit)
            self.destroyed.connect(lambda _gone=None: stop())

    def _layout(self) -> None:
        title = QLabel("Offline journal")
        title.setProperty("role", "heading")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.line)
        layout.addWidget(self.summary)
        waiting_caption = QLabel("&Waiting to be sent (oldest first)")
        waiting_caption.setBuddy(self.waiting_table)
        layout.addWidget(waiting_caption)
        layout.addWidget(self.waiting_table, 3)
        conflict_caption = QLabel("&Conflicts (kept with the sale; for a manager to settle)")
        conflict_caption.setBuddy(self.conflict_table)
        layout.addWidget(conflict_caption)
        layout.addWidget(self.conflict_table, 2)
        layout.addWidget(self.conflict_text)
        for table in (self.waiting_table, self.conflict_table):
            table.setVisible(self.till is not None)

    # ------------------------------------------------------------------------- reading

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.waiting_table.setFocus()

    def reload(self) -> None:
        till = self.till
        if till is None:
            return
        self._show_line()
        self.ctx.runner.submit(
            lambda: till.entries.counts() if till.exists() else None,
            self._counted,
            self.messages.show_error,
            owner=self,
            background=True,
        )
        self.conflict_text.clear()
        self.waiting.restart()
        self.conflicts.restart()

    def _query(self, state: str) -> Callable[[EntryView | None, int], list[EntryView]]:
        till = self.till

        def fetch(after: EntryView | None, limit: int) -> list[EntryView]:
            if till is None or not till.exists():
                return []
            return till.entries.listed(
                state=state, limit=limit, after=after.seq if after is not None else None
            )

        return fetch

    def _counted(self, counts: JournalCounts | None) -> None:
        self.summary.setText(summary_text(counts))

    def _show_line(self) -> None:
        till = self.till
        if till is not None:
            words = till.link.state.status_text()
            self.line.setText(words or "Online: the server answers.")

    def _line_changed(self, _event: LinkChanged) -> None:
        if self._loaded:
            self.reload()

    def _show_conflict(self, row: int) -> None:
        entry = self.conflicts.row(row) if 0 <= row < self.conflicts.rowCount() else None
        if entry is None:
            self.conflict_text.clear()
            return
        self.conflict_text.setText(
            f"<b>{escape(KINDS.get(entry.kind, entry.kind))} {escape(entry.number or '')}</b>"
            f" ({escape(local_time(entry.created_at))}): {escape(entry.conflict or '')}"
        )

    # ------------------------------------------------------------------------- sending

    def send_now(self) -> None:
        """One sync round on the runner: what waits goes to the server, in order, once."""
        till = self.till
        if till is None or self._sending:
            return
        self._sending = True
        self.send_button.setEnabled(False)
        self.messages.show_message("Sending...")
        self.ctx.runner.submit(
            lambda: till.sync_round() if till.exists() else None,
            self._sent,
            self._not_sent,
            owner=self,
        )

    def _sent(self, result: SyncResult | None) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        if result is None:
            self.messages.show_error(NOT_MADE)
        elif result.error:
            self.messages.show_error(
                f"Sent {result.pushed}; {result.pending} still waiting: {result.error}"
            )
        else:
            new = f", {result.new_conflicts} new conflict(s)" if result.new_conflicts else ""
            self.messages.show_message(
                f"Sent {result.pushed}{new}; {result.pending} waiting", Tone.SUCCESS
            )
        self.reload()

    def _not_sent(self, error: Exception) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.messages.show_error(error)
