"""Customers: the whole list by name, narrowed as you type, with the selected one's card.

Every typed word must match name, email, phone, company or code (the service's rule); matches
come newest first, so the visitor who registered a moment ago tops the list. The list scrolls
lazily through any number of customers, a screenful first; the card on the right loads in the
background for the row under the cursor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.customer_views import CustomerCard, CustomerView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.customer_card import CustomerCardView
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar

TYPING_PAUSE_MS = 150
#: Rows a window shows, about; the view asks for the next (full) page as it nears the bottom,
#: or at once if the first one does not fill it.
FIRST_PAGE = 50
COLUMNS: tuple[Column[CustomerView], ...] = (
    Column("Name", lambda c: c.name),
    Column("Code", lambda c: c.code),
    Column("Company", lambda c: c.company or ""),
    Column("Email", lambda c: c.email or ""),
    Column("Phone", lambda c: c.phone or ""),
    Column("Country", lambda c: c.country or ""),
)


class CustomersScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search name, email, phone, company or code (newest first)")
        self.model: PagedTableModel[CustomerView] = PagedTableModel(
            ctx.runner, COLUMNS, self._query, first_page_size=FIRST_PAGE
        )
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=0)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.card = CustomerCardView()
        self.card.show_card(None)
        self.card.label.setText("Select a customer to see their bills.")
        left = QVBoxLayout()
        left.addWidget(self.messages)
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        body = QHBoxLayout(self)
        body.addLayout(left, 3)
        body.addWidget(self.card, 1)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self._select_first)
        self._loaded = False
        self._wanted: str | None = None
        self._stale = threading.Event()  # set when the list's current query is replaced

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        self._pause.stop()
        self.messages.clear_message()
        self.model.restart()

    def _query(self) -> Callable[[CustomerView | None, int], list[CustomerView]]:
        """Read the search text here, on the UI thread; the returned call runs on the pool.

        Each new query marks the one before as stale, so a slow scan still running for an
        older keystroke stops (its answer would be dropped anyway) instead of taking the
        machine from this one.
        """
        self._stale.set()
        self._stale = stale = threading.Event()
        actor, text, customers = self.ctx.actor, self.search.text(), self.ctx.services.customers
        return lambda after, limit: customers.list_customers(
            actor, text, limit=limit, after=after, stop=stale.is_set
        )

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        code = self.model.row(rows[0].row()).code
        self._wanted = code
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda: self.ctx.services.customers.card(actor, code),
            self._card_loaded,
            self.messages.show_error,
            owner=self,
        )

    def _card_loaded(self, card: CustomerCard) -> None:
        if card.customer.code == self._wanted:  # arrow keys move faster than cards load
            self.card.show_card(card)
