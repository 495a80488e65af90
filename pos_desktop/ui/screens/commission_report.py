"""Commission (the Reports screen's second tab): what each cashier earned over the period.

The period is the Reports screen's (``F5`` shows both reports); ``Alt+A`` picks one cashier
or all of them. Per cashier: net sales and commission, refunds taken back at the same rate
(``services/commission.py`` says how the rates apply). The figures are computed in the runner;
picking a cashier only filters what is on screen.
"""

from __future__ import annotations

from datetime import date, tzinfo
from html import escape

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from pos_desktop.domain.money import ZERO, display_amount
from pos_desktop.services.commission import CommissionLine, CommissionReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.widgets.html_table import html_table
from pos_desktop.ui.widgets.message_bar import MessageBar

#: The picker's first entry (index 0): every cashier's line.
ALL_CASHIERS = QT_TRANSLATE_NOOP("CommissionReport", "All cashiers")


def commission_html(report: CommissionReport, lines: tuple[CommissionLine, ...]) -> str:
    cur = report.currency

    def money(line: CommissionLine) -> tuple[str, str, str]:
        return (
            line.cashier,
            display_amount(line.net_sales, cur),
            display_amount(line.commission, cur),
        )

    rows = [money(line) for line in lines]
    if len(lines) > 1:
        net = sum((line.net_sales for line in lines), ZERO)
        paid = sum((line.commission for line in lines), ZERO)
        rows.append(money(CommissionLine(tr("CommissionReport", "Total"), net, paid)))
    headers = (
        tr("CommissionReport", "Cashier"),
        tr("CommissionReport", "Net sales"),
        tr("CommissionReport", "Commission"),
    )
    table = (
        html_table(headers, rows)
        if rows
        else "<p>" + tr("CommissionReport", "No sales in this period.") + "</p>"
    )
    title = tr("CommissionReport", "Commission {first} - {last} ({currency})").format(
        first=f"{report.first_day:%d %b %Y}",
        last=f"{report.last_day:%d %b %Y}",
        currency=escape(cur),
    )
    note = tr(
        "CommissionReport",
        "On net sales (without VAT); refunds in the period are taken back at the same rate.",
    )
    return f"<h2>{title}</h2>{table}<p>{note}</p>"


class CommissionPanel(QWidget):
    def __init__(self, ctx: UiContext, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = messages
        self.report: CommissionReport | None = None
        self.cashier = QComboBox()
        self.cashier.addItem(tr("CommissionReport", ALL_CASHIERS))
        self.cashier.currentIndexChanged.connect(self._render)
        label = QLabel(tr("CommissionReport", "C&ashier"))
        label.setBuddy(self.cashier)
        self.view = QTextBrowser()
        filters = QHBoxLayout()
        filters.addWidget(label)
        filters.addWidget(self.cashier)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def run(self, first: date, last: date, tz: tzinfo) -> None:
        actor, commission = self.ctx.actor, self.ctx.services.commission
        self.ctx.runner.submit(
            lambda: commission.report(actor, first, last, tz),
            self._shown,
            self.messages.show_error,
            owner=self,
        )

    def _shown(self, report: CommissionReport) -> None:
        self.report = report
        chosen = self.cashier.currentText() if self.cashier.currentIndex() > 0 else ""
        names = [line.cashier for line in report.lines]
        self.cashier.blockSignals(True)
        self.cashier.clear()
        self.cashier.addItems([tr("CommissionReport", ALL_CASHIERS), *names])
        if chosen in names:  # the same cashier over another period
            self.cashier.setCurrentText(chosen)
        self.cashier.blockSignals(False)
        self._render()

    def _render(self, _index: int = -1) -> None:
        report = self.report
        if report is None:
            return
        every = self.cashier.currentIndex() <= 0
        chosen = self.cashier.currentText()
        lines = tuple(line for line in report.lines if every or line.cashier == chosen)
        self.view.setHtml(commission_html(report, lines))
