"""Audit log (admins): who did what, when, from which till; newest first, filtered as you type.

Two filters: an action prefix (``invoice`` finds every invoice event, ``login.failed`` the
refused logins) and the thing changed (an invoice number or customer code). The row under the
cursor shows the before and after values of that change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from pos_desktop.services.audit import AuditEntry
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.local_dates import DATE_TIME_SECONDS, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar

TYPING_PAUSE_MS = 200
COLUMNS: tuple[Column[AuditEntry], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "When (UTC)"),
        lambda e: moment_text(e.occurred_at, DATE_TIME_SECONDS),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda e: e.actor),
    Column(QT_TRANSLATE_NOOP("Columns", "Till"), lambda e: e.terminal or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: e.action),
    Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda e: e.summary),
)


def change_html(entry: AuditEntry) -> str:
    def block(title: str, value: dict[str, object] | None) -> str:
        if value is None:
            return ""
        text = json.dumps(value, indent=2, ensure_ascii=False)
        return f"<p><b>{title}</b></p><pre>{escape(text)}</pre>"

    what = tr("AuditLog", "<b>{action}</b> by {actor}: {summary}").format(
        action=escape(entry.action), actor=escape(entry.actor), summary=escape(entry.summary)
    )
    before = block(tr("AuditLog", "Before"), entry.before)
    return what + before + block(tr("AuditLog", "After"), entry.after)


class AuditLogScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.action = QLineEdit()
        self.action.setPlaceholderText(
            tr("AuditLog", "Action starts with (invoice, customer, login.failed...)")
        )
        self.entity = QLineEdit()
        self.entity.setPlaceholderText(tr("AuditLog", "Invoice number or customer code"))
        self.model: PagedTableModel[AuditEntry] = PagedTableModel(ctx.runner, COLUMNS, self._query)
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=4)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.details = QTextBrowser()  # scrolls: a 20-line invoice is a long "after"
        filters = QHBoxLayout()
        filters.addWidget(self.action, 2)
        filters.addWidget(self.entity, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 2)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        for field in (self.action, self.entity):
            field.textChanged.connect(lambda _text: self._pause.start())
            field.returnPressed.connect(self.table.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.action.setFocus()

    def reload(self) -> None:
        self._pause.stop()
        self.messages.clear_message()
        self.details.clear()
        self.model.restart()

    def _query(self) -> Callable[[AuditEntry | None, int], list[AuditEntry]]:
        """Read the filters here, on the UI thread; the returned call runs on the pool."""
        actor, audit = self.ctx.actor, self.ctx.services.audit
        action = self.action.text().strip() or None
        entity = self.entity.text().strip().upper() or None
        return lambda after, limit: audit.entries(
            actor, action=action, entity_key=entity, limit=limit, after=after
        )

    def _show(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.details.setHtml(change_html(self.model.row(row)))
