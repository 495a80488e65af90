"""Invoices: newest first, filtered as you type, scrolled lazily however many there are.

Typing a customer code lists that customer's invoices; anything else is taken as the start of
an invoice number. Enter (or a double click) opens the invoice; Esc goes back to the list. The
Date header (or the Order drop-down, Alt+O) turns the list to oldest first and back.

While the till sells on its offline journal, the list and the invoice opened from it are the
journal's (the sales made on this till since the line dropped: those a manager can void,
refund or edit offline), and the screen says so; the server's come back with the line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import InvalidCustomerCode
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.money import display_amount
from pos_desktop.services.invoice_views import InvoiceSummary, InvoiceView
from pos_desktop.services.sales import InvoiceFilter
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr, value_name
from pos_desktop.ui.local_dates import DATE_TIME, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.offline_switch import read, read_online_only, sells_offline
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.widgets.list_export import ExportJob, ListExport
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.sort_picker import SortPicker

TYPING_PAUSE_MS = 200
#: Above the list while it shows the offline journal's invoices.
OFFLINE_LIST = QT_TRANSLATE_NOOP(
    "Invoices",
    "Offline: the sales made on this till since the line dropped; the server's invoices are"
    " listed again when the line is back",
)
COLUMNS: tuple[Column[InvoiceSummary], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number or tr("Invoices", "draft")),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda r: moment_text(r.issued_at, DATE_TIME),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: value_name(r.status.value)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Customer"),
        lambda r: r.customer_name or tr("Invoices", "walk-in"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Total"),
        lambda r: f"{display_amount(r.gross, r.currency)} {r.currency}",
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Paid"), lambda r: display_amount(r.paid, r.currency), True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Cashier"), lambda r: r.cashier),
)
DATE_COLUMN = 1
STATUSES = (
    (QT_TRANSLATE_NOOP("Invoices", "All but drafts"), None),
    (QT_TRANSLATE_NOOP("Invoices", "Issued"), "issued"),
    (QT_TRANSLATE_NOOP("Invoices", "Voided"), "voided"),
    (QT_TRANSLATE_NOOP("Invoices", "Drafts"), "draft"),
)


def _day_start(day: QDate) -> datetime:
    return datetime.combine(date(day.year(), day.month(), day.day()), time.min, tzinfo=UTC)


class InvoicesScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Invoices", "Invoice number or customer code"))
        self.status = QComboBox()
        for label, _value in STATUSES:
            self.status.addItem(tr("Invoices", label))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setSpecialValueText(tr("Invoices", "any day"))
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())
        self.model: PagedTableModel[InvoiceSummary] = PagedTableModel(
            ctx.runner, COLUMNS, self._query
        )
        self.model.failed.connect(self.messages.show_error)
        self.model.page_loaded.connect(self._say_where_from)
        self.table = ListTable(stretch_column=3)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.export = ListExport(
            ctx,
            self.messages,
            noun=tr("Invoices", "invoices"),
            job_for=self._export_job,
            parent=self,
        )
        self.detail = InvoicePanel(ctx, tr("Invoices", "Back (Esc)"))
        self.detail.done.connect(self.back_to_list)
        self.pages = QStackedWidget()
        list_page = QWidget()
        column = QVBoxLayout(list_page)
        column.addWidget(self.messages)
        column.addLayout(self._filter_row())
        column.addWidget(self.table, 1)
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.detail)
        QVBoxLayout(self).addWidget(self.pages)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.date_from.dateChanged.connect(lambda _d: self.reload())
        self.date_to.dateChanged.connect(lambda _d: self.reload())
        self.search.returnPressed.connect(self._open_first_or_current)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail, self.back_to_list)
        self._loaded = False
        #: Whether the list on screen was read while the till sold offline.
        self._listed_offline = False

    def _filter_row(self) -> QVBoxLayout:
        """Search, status, dates and the order (the Date header or Alt+O)."""
        self.oldest_first = False
        newest, oldest = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
        self.table.sort_by_header({DATE_COLUMN}, self.sort, DATE_COLUMN, newest)
        self.order_picker = SortPicker(
            self.table,
            (
                (tr("Invoices", "Newest first"), DATE_COLUMN, newest),
                (tr("Invoices", "Oldest first"), DATE_COLUMN, oldest),
            ),
        )
        order_label = QLabel(tr("Invoices", "&Order"))
        order_label.setBuddy(self.order_picker)
        # Two rows: what to find, then its order and the export (one row was wider than a
        # 1024-pixel screen beside the sidebar).
        find, order = QHBoxLayout(), QHBoxLayout()
        find.addWidget(self.search, 3)
        find.addWidget(self.status, 1)
        find.addWidget(QLabel(tr("Invoices", "from")))
        find.addWidget(self.date_from)
        find.addWidget(QLabel(tr("Invoices", "to")))
        find.addWidget(self.date_to)
        order.addWidget(order_label)
        order.addWidget(self.order_picker)
        order.addStretch(1)
        order.addWidget(self.export)
        filters = QVBoxLayout()
        filters.addLayout(find)
        filters.addLayout(order)
        return filters

    def activate(self) -> None:
        # The line dropped or came back since the list was read: it is another list now.
        if not self._loaded or self._listed_offline != sells_offline(self.ctx):
            self._loaded = True
            self.reload()
        self.search.setFocus()

    # -- filtering

    def filters(self) -> InvoiceFilter:
        text = self.search.text().strip()
        code = number = None
        if text:
            try:
                code = CustomerCode.parse(text).value
            except InvalidCustomerCode:
                number = text
        status = STATUSES[self.status.currentIndex()][1]
        start, end = self.date_from, self.date_to
        return InvoiceFilter(
            status=InvoiceStatus(status) if status else None,
            customer_code=code,
            issued_from=_day_start(start.date()) if start.date() > start.minimumDate() else None,
            issued_to=(
                _day_start(end.date()) + timedelta(days=1)
                if end.date() > end.minimumDate()
                else None
            ),
            number_prefix=number,
        )

    def reload(self) -> None:
        self._pause.stop()
        self.messages.clear_message()
        self.model.restart()

    def _query(self) -> Callable[[InvoiceSummary | None, int], list[InvoiceSummary]]:
        """Read the filters here, on the UI thread; the returned call runs on the pool, on
        the server or, while the till sells offline, on its journal."""
        ctx, actor, filters = self.ctx, self.ctx.actor, self.filters()
        oldest_first = self.oldest_first
        return lambda after, limit: read(
            ctx,
            lambda services: services.billing.list_invoices(
                actor, filters, limit=limit, after=after, oldest_first=oldest_first
            ),
        )

    def _say_where_from(self) -> None:
        self._listed_offline = sells_offline(self.ctx)
        if self._listed_offline:
            self.messages.show_message(tr("Invoices", OFFLINE_LIST), Tone.INFO)

    def _export_job(self) -> ExportJob:
        """The list's filters and order, read here; the file gets every match, not one page."""
        actor, filters, exports = self.ctx.actor, self.filters(), self.ctx.services.exports
        oldest_first = self.oldest_first
        return lambda path, cancelled: exports.export_invoices(
            actor, path, filters=filters, oldest_first=oldest_first, cancelled=cancelled
        )

    def sort(self, _column: int, order: Qt.SortOrder) -> None:
        self.oldest_first = order == Qt.SortOrder.AscendingOrder
        self.reload()

    # -- opening one

    def _open_first_or_current(self) -> None:
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
        if self.model.rowCount():
            self.open_row(row)

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.open_row(self.table.currentIndex().row())

    def open_row(self, row: int) -> None:
        number = self.model.row(row).number
        if number is None:
            return
        ctx, actor = self.ctx, self.ctx.actor
        self.ctx.runner.submit(
            # From where the list came (an invoice of the server's, asked offline, is refused
            # with words): the panel's void, refund and edit act on what it shows.
            lambda: read_online_only(ctx, lambda services: services.billing.get(actor, number)),
            self._show,
            self.messages.show_error,
            owner=self,
        )

    def _show(self, view: InvoiceView) -> None:
        self.detail.show_invoice(view)
        self.pages.setCurrentWidget(self.detail)

    def back_to_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.model.restart()  # a void there shows here
        self.table.setFocus()
