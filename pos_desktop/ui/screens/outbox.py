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
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.local_dates import CLOCK_SECONDS, DATE_TIME, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

COLUMNS: tuple[Column[OutboxEntry], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Queued (UTC)"), lambda e: moment_text(e.created_at, DATE_TIME)
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda e: e.state.value),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: e.kind),
    Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda e: e.recipient),
    Column(QT_TRANSLATE_NOOP("Columns", "Tries"), lambda e: f"{e.attempts}/{e.max_attempts}"),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda e: e.subject),
)
STATES = (
    (QT_TRANSLATE_NOOP("Outbox", "Waiting"), MessageState.QUEUED),
    (QT_TRANSLATE_NOOP("Outbox", "Failed"), MessageState.FAILED),
    (QT_TRANSLATE_NOOP("Outbox", "Sent"), MessageState.SENT),
    (QT_TRANSLATE_NOOP("Outbox", "Cancelled"), MessageState.CANCELLED),
    (QT_TRANSLATE_NOOP("Outbox", "All"), None),
)
#: What the Kind filter calls each kind (one not named here shows as its value).
KIND_LABELS = {
    MessageKind.WELCOME: QT_TRANSLATE_NOOP("Outbox", "Welcome"),
    MessageKind.INVOICE: QT_TRANSLATE_NOOP("Outbox", "Invoice"),
    MessageKind.VOID: QT_TRANSLATE_NOOP("Outbox", "Void notice"),
    MessageKind.REFUND: QT_TRANSLATE_NOOP("Outbox", "Refund notice"),
}


def entry_html(entry: OutboxEntry) -> str:
    about = " · ".join(
        x
        for x in (
            (
                tr("Outbox", "customer {code}").format(code=entry.customer_code)
                if entry.customer_code
                else ""
            ),
            (
                tr("Outbox", "invoice {number}").format(number=entry.invoice_number)
                if entry.invoice_number
                else ""
            ),
        )
        if x
    )
    when = (
        tr("Outbox", "next try {time} UTC").format(
            time=moment_text(entry.next_attempt_at, CLOCK_SECONDS)
        )
        if entry.state is MessageState.QUEUED
        else ""
    )
    to = tr("Outbox", "<b>{subject}</b> to {recipient}").format(
        subject=escape(entry.subject), recipient=escape(entry.recipient)
    )
    status = tr("Outbox", "Status: <b>{status}</b>").format(status=escape(said(entry.status_text)))
    return f"{to}<br>{escape(about)}<br>{status} {when}"


class OutboxScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.state = QComboBox()
        for label, state in STATES:
            self.state.addItem(tr("Outbox", label), state)
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind = QComboBox()
        self.kind.addItem(tr("Outbox", "All kinds"), None)
        for kind in MessageKind:
            label = tr("Outbox", KIND_LABELS[kind]) if kind in KIND_LABELS else kind.value
            self.kind.addItem(label, kind.value)
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
        self.retry_button = QPushButton(tr("Outbox", "Retry now (Ctrl+R)"))
        self.cancel_button = QPushButton(tr("Outbox", "Cancel (Del)"))
        self.resend_button = QPushButton(tr("Outbox", "Resend welcome"))
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        self.resend_button.clicked.connect(self.resend)
        top = QHBoxLayout()
        for text, combo in (
            (tr("Outbox", "&Show"), self.state),
            (tr("Outbox", "&Kind"), self.kind),
        ):
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
        self._run(
            lambda: outbox.retry(actor, entry.id),
            tr("Outbox", "Email to {recipient}: will be sent at the next round"),
        )

    def cancel(self) -> None:
        entry = self.selected()
        if entry is None or not self.cancel_button.isEnabled():
            return
        outbox, actor = self.ctx.services.outbox, self.ctx.actor
        self._run(
            lambda: outbox.cancel(actor, entry.id), tr("Outbox", "Email to {recipient}: cancelled")
        )

    def resend(self) -> None:
        entry = self.selected()
        if entry is None or entry.customer_code is None:
            return
        outbox, actor, code = self.ctx.services.outbox, self.ctx.actor, entry.customer_code
        self._run(
            lambda: outbox.resend_welcome(actor, code),
            tr("Outbox", "Email to {recipient}: queued again"),
        )

    def _run(self, job: Callable[[], OutboxEntry], done_text: str) -> None:
        """``done_text``: what to say once done, ``{recipient}`` filled with the address."""

        def done(entry: OutboxEntry) -> None:
            self.messages.show_message(done_text.format(recipient=entry.recipient), Tone.SUCCESS)
            self.model.restart()

        self.ctx.runner.submit(job, done, self.messages.show_error, owner=self)
