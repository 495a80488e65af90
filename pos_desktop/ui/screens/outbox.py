"""Outbox (managers): the customer emails, newest first, filtered by state (``Alt+S``) and kind
(``Alt+K``: welcome, invoice, void or refund notice); retry or cancel.

A failed message shows its reason under the list; ``Ctrl+R`` retries it (attempts start again,
it goes at the sender's next round), ``Delete`` cancels one that should not go out, ``F5``
reloads. Resending a customer's welcome is ``customer email CODE`` or this screen's
"Resend welcome" on a welcome message.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.outbox import MessageKind, MessageState
from pos_desktop.services.outbox import OutboxEntry
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

COLUMNS: tuple[Column[OutboxEntry], ...] = (
    Column("Queued (UTC)", lambda e: f"{e.created_at:%Y-%m-%d %H:%M}"),
    Column("State", lambda e: e.state.value),
    Column("Kind", lambda e: e.kind),
    Column("To", lambda e: e.recipient),
    Column("Tries", lambda e: f"{e.attempts}/{e.max_attempts}"),
    Column("Subject", lambda e: e.subject),
)
STATES = (
    ("Waiting", MessageState.QUEUED),
    ("Failed", MessageState.FAILED),
    ("Sent", MessageState.SENT),
    ("Cancelled", MessageState.CANCELLED),
    ("All", None),
)
#: What the Kind filter calls each kind (one not named here shows as its value).
KIND_LABELS = {
    MessageKind.WELCOME: "Welcome",
    MessageKind.INVOICE: "Invoice",
    MessageKind.VOID: "Void notice",
    MessageKind.REFUND: "Refund notice",
}


def entry_html(entry: OutboxEntry) -> str:
    about = " · ".join(
        x
        for x in (
            f"customer {entry.customer_code}" if entry.customer_code else "",
            f"invoice {entry.invoice_number}" if entry.invoice_number else "",
        )
        if x
    )
    when = (
        f"next try {entry.next_attempt_at:%H:%M:%S} UTC"
        if entry.state is MessageState.QUEUED
        else ""
    )
    return (
        f"<b>{escape(entry.subject)}</b> to {escape(entry.recipient)}<br>"
        f"{escape(about)}<br>Status: <b>{escape(entry.status_text)}</b> {when}"
    )


class OutboxScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.state = QComboBox()
        for label, state in STATES:
            self.state.addItem(label, state)
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind = QComboBox()
        self.kind.addItem("All kinds", None)
        for kind in MessageKind:
            self.kind.addItem(KIND_LABELS.get(kind, kind.value), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.model: PagedTableModel[OutboxEntry] = PagedTableModel(ctx.runner, COLUMNS, self._query)
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=5)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("Retry now (Ctrl+R)")
        self.cancel_button = QPushButton("Cancel (Del)")
        self.resend_button = QPushButton("Resend welcome")
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        self.resend_button.clicked.connect(self.resend)
        top = QHBoxLayout()
        for text, combo in (("&Show", self.state), ("&Kind", self.kind)):
            caption = QLabel(text)
            caption.setBuddy(combo)
            top.addWidget(caption)
            top.addWidget(combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.cancel_button, self.resend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        QShortcut(QKeySequence("Ctrl+R"), self, self.retry)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.cancel)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._loaded = False
        self._show(-1)

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        self.details.clear()
        self.model.restart()
        self._show(-1)

    def _query(self) -> Callable[[OutboxEntry | None, int], list[OutboxEntry]]:
        """Read the filters here, on the UI thread; the returned call runs on the pool."""
        actor, outbox = self.ctx.actor, self.ctx.services.outbox
        data = self.state.currentData()  # Qt hands an enum back as its plain string
        state = MessageState(data) if data else None
        kind_data = self.kind.currentData()
        kind = MessageKind(kind_data) if kind_data else None
        return lambda after, limit: outbox.messages(
            actor, state=state, kind=kind, limit=limit, before_id=after.id if after else None
        )

    def selected(self) -> OutboxEntry | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _show(self, row: int) -> None:
        entry = self.model.row(row) if 0 <= row < self.model.rowCount() else None
        self.details.setText(entry_html(entry) if entry else "")
        state = entry.state if entry is not None else None
        self.retry_button.setEnabled(state is not None and state is not MessageState.SENT)
        self.cancel_button.setEnabled(state in (MessageState.QUEUED, MessageState.FAILED))
        self.resend_button.setEnabled(
            entry is not None and entry.kind == "welcome" and entry.customer_code is not None
        )

    def retry(self) -> None:
        entry = self.selected()
        if entry is None or not self.retry_button.isEnabled():
            return
        outbox, actor = self.ctx.services.outbox, self.ctx.actor
        self._run(lambda: outbox.retry(actor, entry.id), "will be sent at the next round")

    def cancel(self) -> None:
        entry = self.selected()
        if entry is None or not self.cancel_button.isEnabled():
            return
        outbox, actor = self.ctx.services.outbox, self.ctx.actor
        self._run(lambda: outbox.cancel(actor, entry.id), "cancelled")

    def resend(self) -> None:
        entry = self.selected()
        if entry is None or entry.customer_code is None:
            return
        outbox, actor, code = self.ctx.services.outbox, self.ctx.actor, entry.customer_code
        self._run(lambda: outbox.resend_welcome(actor, code), "queued again")

    def _run(self, job: Callable[[], OutboxEntry], what: str) -> None:
        def done(entry: OutboxEntry) -> None:
            self.messages.show_message(f"Email to {entry.recipient}: {what}", Tone.SUCCESS)
            self.model.restart()

        self.ctx.runner.submit(job, done, self.messages.show_error, owner=self)
