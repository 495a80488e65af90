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
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.local_dates import DATE_TIME, DATE_TIME_SECONDS, Shape, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.link_status import link_text
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

if TYPE_CHECKING:
    from pos_desktop.bootstrap.offline import OfflineTill
    from pos_desktop.services.offline_sync import SyncResult

NO_JOURNAL = QT_TRANSLATE_NOOP(
    "OfflineJournal",
    "This till keeps no offline journal: its database is embedded (SQLite, on this computer), "
    "so there is no line to the server to lose.",
)
NOT_MADE = QT_TRANSLATE_NOOP(
    "OfflineJournal",
    "The offline journal is not made yet (the app makes it in the background at start).",
)
KINDS = {
    "sale": QT_TRANSLATE_NOOP("OfflineJournal", "Sale"),
    "registration": QT_TRANSLATE_NOOP("OfflineJournal", "Registration"),
    "cash_open": QT_TRANSLATE_NOOP("OfflineJournal", "Cash session opened"),
    "cash_move": QT_TRANSLATE_NOOP("OfflineJournal", "Cash in/out"),
    "cash_close": QT_TRANSLATE_NOOP("OfflineJournal", "Cash session closed"),
    "checkin": QT_TRANSLATE_NOOP("OfflineJournal", "Door check-in"),
    "void": QT_TRANSLATE_NOOP("OfflineJournal", "Void"),
    "refund": QT_TRANSLATE_NOOP("OfflineJournal", "Refund"),
    "edit": QT_TRANSLATE_NOOP("OfflineJournal", "Invoice edited"),
}


def local_time(when: datetime | None, shape: Shape = DATE_TIME_SECONDS) -> str:
    if when is None:
        return "-"
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return moment_text(aware.astimezone(), shape)


def kind_name(kind: str) -> str:
    """An entry's kind in the UI's language (one not named in ``KINDS`` as it is stored)."""
    return tr("OfflineJournal", KINDS[kind]) if kind in KINDS else kind


COLUMNS: tuple[Column[EntryView], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Seq"), lambda e: str(e.seq), right_aligned=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: kind_name(e.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Number / code"), lambda e: e.number or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: local_time(e.created_at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Cashier"), lambda e: e.by or ""),
)
CONFLICT_COLUMNS: tuple[Column[EntryView], ...] = (
    *COLUMNS[:4],
    Column(QT_TRANSLATE_NOOP("Columns", "On the server"), lambda e: e.server_number or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Conflict"), lambda e: e.conflict or ""),
)


def summary_text(counts: JournalCounts | None) -> str:
    if counts is None:
        return tr("OfflineJournal", NOT_MADE)
    summary = (
        tr("OfflineJournal", "{pending} waiting to be sent · 1 conflict · last sync {when}")
        if counts.conflicts == 1
        else tr(
            "OfflineJournal", "{pending} waiting to be sent · {count} conflicts · last sync {when}"
        )
    )
    return summary.format(
        pending=counts.pending,
        count=counts.conflicts,
        when=local_time(counts.last_sync, DATE_TIME),
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
        self.summary = QLabel(tr("OfflineJournal", NO_JOURNAL) if self.till is None else "")
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
        self.send_button = QPushButton(tr("OfflineJournal", "Send now (Ctrl+Enter)"))
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
        title = QLabel(tr("OfflineJournal", "Offline journal"))
        title.setProperty("role", "heading")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.line)
        layout.addWidget(self.summary)
        waiting_caption = QLabel(tr("OfflineJournal", "&Waiting to be sent (oldest first)"))
        waiting_caption.setBuddy(self.waiting_table)
        layout.addWidget(waiting_caption)
        layout.addWidget(self.waiting_table, 3)
        conflict_caption = QLabel(
            tr("OfflineJournal", "&Conflicts (kept with the sale; for a manager to settle)")
        )
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
            words = link_text(till.link.state)
            self.line.setText(words or tr("OfflineJournal", "Online: the server answers."))

    def _line_changed(self, _event: LinkChanged) -> None:
        if self._loaded:
            self.reload()

    def _show_conflict(self, row: int) -> None:
        entry = self.conflicts.row(row) if 0 <= row < self.conflicts.rowCount() else None
        if entry is None:
            self.conflict_text.clear()
            return
        self.conflict_text.setText(
            f"<b>{escape(kind_name(entry.kind))} {escape(entry.number or '')}</b>"
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
        self.messages.show_message(tr("OfflineJournal", "Sending..."))
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
            self.messages.show_error(tr("OfflineJournal", NOT_MADE))
        elif result.error:
            self.messages.show_error(
                tr("OfflineJournal", "Sent {sent}; {pending} still waiting: {error}").format(
                    sent=result.pushed, pending=result.pending, error=said(result.error)
                )
            )
        else:
            sent = (
                tr("OfflineJournal", "Sent {sent}, {count} new conflict(s); {pending} waiting")
                if result.new_conflicts
                else tr("OfflineJournal", "Sent {sent}; {pending} waiting")
            )
            self.messages.show_message(
                sent.format(sent=result.pushed, count=result.new_conflicts, pending=result.pending),
                Tone.SUCCESS,
            )
        self.reload()

    def _not_sent(self, error: Exception) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.messages.show_error(error)
