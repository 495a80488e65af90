"""Reports (managers): a period's net sales (invoices less voids and refunds, as every view
counts them) by day, hour, VAT rate, category, payment method and cashier; and the commission
each cashier earned.

Pick the first and last day (``Alt+F`` / ``Alt+L``, arrow keys change a date; ``Alt+T`` today,
``Alt+7`` the last seven days), ``F5`` or Enter shows the reports, ``Ctrl+E`` exports the sales
as CSV for the accountant, ``Alt+P`` opens them as PDF. Two tabs: ``Alt+S`` Sales, ``Alt+M``
Commission (``Alt+A`` there picks a cashier). The figures are computed in the background; the
files are written there too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.money import display_amount
from pos_desktop.domain.payment_methods import PaymentMethod
from pos_desktop.services.net_sales import Amounts
from pos_desktop.services.reports import SalesReport, sales_report_csv
from pos_desktop.services.sales_report_sheet import sales_report_pdf
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import method_name, tr
from pos_desktop.ui.screens.commission_report import CommissionPanel
from pos_desktop.ui.widgets.html_table import html_table
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.pdf_actions import PdfActions


def _method(value: str) -> str:
    """A payment method's name in the UI's language (one unknown here as it is stored)."""
    try:
        return method_name(PaymentMethod(value))
    except ValueError:
        return value


def _headline(report: SalesReport, money: Callable[[Decimal], str]) -> str:
    """The title, the period's net sales, and how issued, voided and refunded add up to it."""
    t, cur = report.totals, report.currency
    title = tr("Reports", "Sales {first} - {last} · {exhibition} ({currency})").format(
        first=f"{report.first_day:%d %b %Y}",
        last=f"{report.last_day:%d %b %Y}",
        exhibition=escape(report.exhibition_name),
        currency=cur,
    )
    net = tr(
        "Reports",
        "Net sales <b>{gross} {currency}</b> from {count} invoices · VAT {vat} · "
        "discounts given {discounts}",
    ).format(
        gross=money(t.gross),
        currency=cur,
        count=t.count,
        vat=money(t.vat),
        discounts=money(report.discounts),
    )
    if report.unpaid:
        unpaid = tr("Reports", "not paid {amount}").format(amount=money(report.unpaid))
        net += f" · <b>{unpaid}</b>"
    sums = tr(
        "Reports",
        "Issued {issued} ({issued_amount}) − voided {voided} ({voided_amount}) − refunded "
        "{refunded} ({refunded_amount}) = {gross}",
    ).format(
        issued=report.issued[0],
        issued_amount=money(report.issued[1]),
        voided=report.voided[0],
        voided_amount=money(report.voided[1]),
        refunded=report.refunded[0],
        refunded_amount=money(report.refunded[1]),
        gross=money(t.gross),
    )
    return f"<h2>{title}</h2><p style='font-size:14pt'>{net}</p><p>{sums}</p>"


def report_html(report: SalesReport) -> str:
    cur = report.currency

    def money(amount: Decimal) -> str:
        return display_amount(amount, cur)

    def figures(label: str, a: Amounts) -> tuple[str, ...]:
        return (label, str(a.count), money(a.net), money(a.vat), money(a.gross))

    def heading(text: str) -> str:
        return f"<h3>{text}</h3>"

    t = report.totals
    days = [figures(f"{d:%a %d %b}", a) for d, a in report.by_day]
    days.append(figures(tr("Reports", "Total"), t))
    hours = [figures(f"{h:02d}:00", a) for h, a in report.by_hour if a.count or a.gross]
    rates = [figures(f"{format(rate, 'f')} %", a) for rate, a in report.by_vat_rate]
    none = tr("Reports", "(none)")
    categories = [figures(escape(c or none), a) for c, a in report.by_category]
    methods = [(_method(m), str(n), money(amount)) for m, n, amount in report.by_payment_method]
    cashiers = [(escape(c), str(n), money(gross)) for c, n, gross in report.by_cashier]
    invoices, lines = tr("Reports", "Invoices"), tr("Reports", "Lines")
    net, vat, gross = tr("Reports", "Net"), tr("Reports", "VAT"), tr("Reports", "Gross")
    return (
        _headline(report, money)
        + heading(tr("Reports", "By day"))
        + html_table((tr("Reports", "Day"), invoices, net, vat, gross), days)
        + heading(tr("Reports", "By hour"))
        + html_table((tr("Reports", "Hour"), invoices, net, vat, gross), hours)
        + heading(tr("Reports", "By VAT rate"))
        + html_table((tr("Reports", "Rate"), lines, net, vat, gross), rates)
        + heading(tr("Reports", "By category"))
        + html_table((tr("Reports", "Category"), lines, net, vat, gross), categories)
        + heading(tr("Reports", "By payment method"))
        + html_table(
            (tr("Reports", "Method"), tr("Reports", "Payments"), tr("Reports", "Amount")), methods
        )
        + heading(tr("Reports", "By cashier"))
        + html_table((tr("Reports", "Cashier"), invoices, gross), cashiers)
    )


def _date_edit(label: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(label)
    return edit


class ReportsScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: SalesReport | None = None
        self.messages = MessageBar()
        today = self._today()
        self.first_day, self.last_day = (
            _date_edit(tr("Reports", "First day"), today),
            _date_edit(tr("Reports", "Last day"), today),
        )
        self.run_button = QPushButton(tr("Reports", "Show (F5)"))
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(tr("Reports", "Export CSV... (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_button.setEnabled(False)
        today_button = QPushButton(tr("Reports", "&Today"))
        week = QPushButton(tr("Reports", "Last &7 days"))
        today_button.clicked.connect(lambda: self.set_period(0))
        week.clicked.connect(lambda: self.set_period(6))
        controls = QHBoxLayout()
        first_label = QLabel(tr("Reports", "&First day"))
        last_label = QLabel(tr("Reports", "&Last day"))
        first_label.setBuddy(self.first_day)
        last_label.setBuddy(self.last_day)
        for widget in (first_label, self.first_day, last_label, self.last_day, today_button, week):
            controls.addWidget(widget)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        # The files on a second row: one row was wider than a 1024-pixel screen.
        files = QHBoxLayout()
        files.addWidget(self.export_button)
        self.pdf = PdfActions(
            ctx,
            self.messages,
            open_text=tr("Reports", "Open &PDF"),
            save_text=tr("Reports", "Save PDF as..."),
        )
        files.addWidget(self.pdf)
        files.addStretch(1)
        self.view = QTextBrowser()
        self.commission = CommissionPanel(ctx, self.messages)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, tr("Reports", "&Sales"))
        self.tabs.addTab(self.commission, tr("Reports", "Co&mmission"))
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(files)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("F5"), self, self.run)
        QShortcut(QKeySequence("Ctrl+E"), self, self.ask_export)
        for edit in (self.first_day, self.last_day):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                enter = QShortcut(QKeySequence(key), edit, self.run)
                enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.run()
        self.first_day.setFocus()

    def period(self) -> tuple[date, date]:
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        last: date = self.last_day.date().toPython()  # type: ignore[assignment]
        return first, last

    def _today(self) -> date:
        """The booth's today, by the services' clock (the one the invoices are stamped with)."""
        return self.ctx.services.clock.now().astimezone().date()

    def set_period(self, days_back: int) -> None:
        today = self._today()
        last = QDate(today.year, today.month, today.day)
        self.first_day.setDate(last.addDays(-days_back))
        self.last_day.setDate(last)
        self.run()

    def run(self) -> None:
        first, last = self.period()
        actor, reports = self.ctx.actor, self.ctx.services.reports
        tz = datetime.now().astimezone().tzinfo
        assert tz is not None
        self.run_button.setEnabled(False)
        self.export_button.setEnabled(False)  # until the figures of this period are in
        self.pdf.set_document(None, None)
        self.messages.show_message(tr("Reports", "Adding up..."))
        self.ctx.runner.submit(
            lambda: reports.sales(actor, first, last, tz), self._shown, self._failed, owner=self
        )
        self.commission.run(first, last, tz)

    def _shown(self, report: SalesReport) -> None:
        self.report = report
        self.run_button.setEnabled(True)
        self.messages.clear_message()
        self.view.setHtml(report_html(report))
        self.export_button.setEnabled(True)
        shop = self.ctx.services.settings.shop
        self.pdf.set_document(
            f"sales-{report.first_day}-{report.last_day}", lambda: sales_report_pdf(report, shop)
        )

    def _failed(self, error: Exception) -> None:
        self.run_button.setEnabled(True)
        self.messages.show_error(error)

    def ask_export(self) -> None:
        report = self.report
        if report is None or not self.export_button.isEnabled():
            return
        suggested = Path.home() / f"sales-{report.first_day}-{report.last_day}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Reports", "Export sales report"),
            str(suggested),
            tr("Reports", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        text = sales_report_csv(report)

        def write() -> Path:
            path.write_text(text, encoding="utf-8", newline="")
            return path

        self.ctx.runner.submit(write, self._exported, self._failed, owner=self)

    def _exported(self, path: Path) -> None:
        self.messages.show_message(tr("Reports", "Saved {path}").format(path=path), Tone.SUCCESS)
