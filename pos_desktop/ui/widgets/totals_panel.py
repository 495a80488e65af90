"""Net, VAT per rate and the total to pay, in large type: what the customer asks about."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pos_desktop.domain.invoice import InvoiceTotals
from pos_desktop.domain.money import format_amount


class TotalsPanel(QWidget):
    def __init__(self, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.breakdown = QLabel()
        self.total = QLabel()
        self.total.setObjectName("cartTotal")
        self.total.setStyleSheet("QLabel#cartTotal { font-size: 26pt; font-weight: 700; }")
        self.total.setWordWrap(True)  # "Total" above the amount where the column is narrow
        layout = QVBoxLayout(self)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.total)

    def show_totals(self, totals: InvoiceTotals) -> None:
        cur = self.currency
        rows = [f"Net {format_amount(totals.net, cur)}"]
        rows += [
            f"VAT {format(b.rate.normalize(), 'f')}%: {format_amount(b.vat, cur)}"
            for b in totals.vat_breakdown
        ]
        if totals.discount:
            rows.append(f"Discounts {format_amount(totals.discount, cur)}")
        self.breakdown.setText("<br>".join(rows))
        self.total.setText(f"Total {format_amount(totals.gross, cur)} {cur}")
