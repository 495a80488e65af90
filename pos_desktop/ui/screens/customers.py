"""Customers: the whole list by name, narrowed as you type, with the selected one's card.

Every typed word must match name, email, phone, company or code (the service's rule); matches
come newest first, so the visitor who registered a moment ago tops the list. The list scrolls
lazily through any number of customers, a screenful first; the card on the right loads in the
background for the row under the cursor. A header click sorts the whole list by name, code or
registration, number of bills or total billed (again: reversed); ``Ctrl+E`` corrects the
selected customer's details. Each row shows the state of the customer's welcome email and
their bills and total billed, net of voids and refunds (fetched with its page, a query each);
``Ctrl+Shift+W`` queues the selected customer's welcome again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.money import display_amount
from pos_desktop.services.customer_views import BilledTotal, CustomerCard, CustomerView
from pos_desktop.services.customers import CustomerOrder
from pos_desktop.services.outbox import OutboxEntry
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.local_dates import DATE_TIME, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.screens.customer_editor import CustomerEditor
from pos_desktop.ui.widgets.customer_card import CustomerCardView
from pos_desktop.ui.widgets.list_export import ExportJob, ListExport
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.sort_picker import SortPicker

TYPING_PAUSE_MS = 150
#: Rows a window shows, about; the view asks for the next (full) page as it nears the bottom,
#: or at once if the first one does not fill it.
FIRST_PAGE = 50
#: The welcome-email column's text when none was ever queued (no address given).
NO_EMAIL = ""


@dataclass(frozen=True, slots=True)
class CustomerRow(CustomerView):
    """A listed customer with their latest welcome email's status (queued / sent / failed)
    and what they were billed (bills issued and not voided; totals net of refunds)."""

    email_status: str = NO_EMAIL
    billed: tuple[BilledTotal, ...] = ()

    @property
    def bills(self) -> int:
        return sum(t.bill_count for t in self.billed)

    @property
    def total_text(self) -> str:
        """``45.00 EUR`` (more currencies side by side); empty when never billed."""
        return " · ".join(
            f"{display_amount(t.total, t.currency)} {t.currency}" for t in self.billed
        )


def with_email_status(
    views: Sequence[CustomerView],
    statuses: dict[str, OutboxEntry],
    billed: dict[str, tuple[BilledTotal, ...]] | None = None,
) -> list[CustomerRow]:
    names = [f.name for f in fields(CustomerView)]
    return [
        CustomerRow(
            **{n: getattr(v, n) for n in names},
            email_status=statuses[v.code].status_text if v.code in statuses else NO_EMAIL,
            billed=(billed or {}).get(v.code, ()),
        )
        for v in views
    ]


COLUMNS: tuple[Column[CustomerRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda c: c.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda c: c.company or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda c: c.email or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda c: c.country or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Registered"),
        lambda c: moment_text(c.created_at.astimezone(), DATE_TIME),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Welcome email"), lambda c: said(c.email_status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Bills"), lambda c: str(c.bills), right_aligned=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda c: c.total_text, right_aligned=True),
)
#: Header columns the list can be sorted by (each an index walk in the database).
SORTABLE = {
    0: CustomerOrder.NAME,
    1: CustomerOrder.CODE,
    6: CustomerOrder.NEWEST,
    8: CustomerOrder.BILLS,
    9: CustomerOrder.TOTAL,
}


class CustomersScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("Customers", "Search name, email, phone, company or code (newest first)")
        )
        self.model: PagedTableModel[CustomerRow] = PagedTableModel(
            ctx.runner, COLUMNS, self._query, first_page_size=FIRST_PAGE
        )
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=0)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.order, self.descending = CustomerOrder.NAME, False
        self.table.sort_by_header(SORTABLE, self.sort, 0)
        up, down = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        self.order_picker = SortPicker(
            self.table,
            (
                (tr("Customers", "Name A-Z"), 0, up),
                (tr("Customers", "Name Z-A"), 0, down),
                (tr("Customers", "Code"), 1, up),
                (tr("Customers", "Newest first"), 6, up),
                (tr("Customers", "Oldest first"), 6, down),
                (tr("Customers", "Most billed first"), 9, up),
                (tr("Customers", "Least billed first"), 9, down),
                (tr("Customers", "Most bills first"), 8, up),
            ),
        )
        self.card = CustomerCardView()
        self.card.show_card(None)
        self.card.label.setText(tr("Customers", "Select a customer to see their bills."))
        self.export = ListExport(
            ctx,
            self.messages,
            noun=tr("Customers", "customers"),
            job_for=self._export_job,
            parent=self,
        )
        self.resend_button = QPushButton(tr("Customers", "Resend welcome email (Ctrl+Shift+W)"))
        self.resend_button.clicked.connect(self.resend_welcome)
        left = QVBoxLayout()
        left.addWidget(self.messages)
        # The order under the search: in one row, German words made the window wider than
        # 1024 pixels.
        search_row, order_row = QHBoxLayout(), QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.export)
        order_label = QLabel(tr("Customers", "&Order"))
        order_label.setBuddy(self.order_picker)
        order_row.addWidget(order_label)
        order_row.addWidget(self.order_picker)
        order_row.addStretch(1)
        left.addLayout(search_row)
        left.addLayout(order_row)
        left.addWidget(self.table, 1)
        body = QHBoxLayout(self)
        body.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.card, 1)
        right.addWidget(self.resend_button)
        body.addLayout(right, 1)
        #: The search runs once typing pauses (not at every key).
        self.typing_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing_pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.typing_pause.start())
        self.search.returnPressed.connect(self._select_first)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_selected)
        QShortcut(QKeySequence("Ctrl+Shift+W"), self, self.resend_welcome)
        self._loaded = False
        self._wanted: str | None = None
        self._stale = threading.Event()  # set when the list's current query is replaced

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        self.typing_pause.stop()
        self.messages.clear_message()
        self.model.restart()

    def _query(self) -> Callable[[CustomerRow | None, int], list[CustomerRow]]:
        """Read the search text here, on the UI thread; the returned call runs on the pool.

        Each new query marks the one before as stale, so a slow scan still running for an
        older keystroke stops (its answer would be dropped anyway) instead of taking the
        machine from this one.
        """
        self._stale.set()
        self._stale = stale = threading.Event()
        actor, text, customers = self.ctx.actor, self.search.text(), self.ctx.services.customers
        outbox = self.ctx.services.outbox
        order, descending = self.order, self.descending

        def page(after: CustomerRow | None, limit: int) -> list[CustomerRow]:
            views = customers.list_customers(
                actor,
                text,
                limit=limit,
                after=after,
                stop=stale.is_set,
                order=order,
                descending=descending,
            )
            codes = [v.code for v in views]
            statuses = outbox.customer_statuses(actor, codes)
            return with_email_status(views, statuses, customers.billed(actor, codes))

        return page

    def _export_job(self) -> ExportJob:
        """The list's search and order, read here; the file gets every match, not one page."""
        actor, text, exports = self.ctx.actor, self.search.text(), self.ctx.services.exports
        order, descending = self.order, self.descending
        return lambda path, cancelled: exports.export_customers(
            actor, path, text=text, order=order, descending=descending, cancelled=cancelled
        )

    def sort(self, column: int, order: Qt.SortOrder) -> None:
        """A header was clicked: the whole list in that order (matches stay newest first)."""
        self.order = SORTABLE[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def edit_selected(self) -> None:
        """Ctrl+E: correct the selected customer's details; the list and card follow."""
        card = self.card.card
        if card is None or card.customer.code != self._wanted:
            self.messages.show_error(
                tr("Customers", "Select a customer first (arrows, then Ctrl+E)")
            )
            return
        editor = CustomerEditor(self.ctx, card.customer, self)
        editor.accepted.connect(self._edited)  # a bound method: no cycle through the editor
        self.editor = editor
        editor.open()

    def resend_welcome(self) -> None:
        """Ctrl+Shift+W: queue the selected customer's welcome email again (they lost it)."""
        card = self.card.card
        if card is None or card.customer.code != self._wanted:
            self.messages.show_error(
                tr("Customers", "Select a customer first (arrows, then Ctrl+Shift+W)")
            )
            return
        outbox, actor, code = self.ctx.services.outbox, self.ctx.actor, card.customer.code
        self.ctx.runner.submit(
            lambda: outbox.resend_welcome(actor, code),
            self._resent,
            self.messages.show_error,
            owner=self,
        )

    def _resent(self, entry: OutboxEntry) -> None:
        self.messages.show_message(
            tr("Customers", "Welcome email to {recipient} queued again").format(
                recipient=entry.recipient
            ),
            Tone.SUCCESS,
        )
        if entry.customer_code is not None:
            self._load_card(entry.customer_code)
        self.model.restart()

    def _edited(self) -> None:
        view = self.editor.saved
        if view is None:
            return
        self.reload()  # the row may move in this order
        self._load_card(view.code)
        self.messages.show_message(
            tr("Customers", "{name} saved").format(name=view.name), Tone.SUCCESS
        )

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        self._load_card(self.model.row(rows[0].row()).code)

    def _load_card(self, code: str) -> None:
        self._wanted = code
        actor, customers = self.ctx.actor, self.ctx.services.customers
        self.ctx.runner.submit(
            lambda: customers.card(actor, code),
            self._card_loaded,
            self.messages.show_error,
            owner=self,
        )

    def _card_loaded(self, card: CustomerCard) -> None:
        if card.customer.code == self._wanted:  # arrow keys move faster than cards load
            self.card.show_card(card)
