"""Net, VAT per rate and the total to pay, in large type: what the customer asks about."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from pos_desktop.domain.invoice import InvoiceTotals
from pos_desktop.domain.money import display_amount
from pos_desktop.ui.i18n import tr

LARGEST_PT = 26
SMALLEST_PT = 14


class TotalLabel(QLabel):
    """The total on one line, as large as its width allows (26 pt down to 14 pt).

    Wrapped, "Total 233.00" and "EUR" landed on two lines beside the cart on a 1024-pixel
    screen; a smaller size reads better than a broken amount.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartTotal")
        # The column's other widgets decide its width, the label fits its font into it (no
        # size-hint overrides: layouts call those from C++ at any time, teardown included).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._fit()

    def _font(self, points: int) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSize(points)
        return font

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        points = LARGEST_PT
        while points > SMALLEST_PT:
            if QFontMetrics(self._font(points)).horizontalAdvance(self.text()) <= room:
                break
            points -= 1
        if self.font().pointSize() != points or not self.font().bold():
            self.setFont(self._font(points))


class TotalsPanel(QWidget):
    def __init__(self, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.breakdown = QLabel()
        self.total = TotalLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.total)

    def show_totals(self, totals: InvoiceTotals) -> None:
        cur = self.currency
        rows = [tr("Totals", "Net {amount}").format(amount=display_amount(totals.net, cur))]
        vat = tr("Totals", "VAT {rate}%: {amount}")
        rows += [
            vat.format(rate=format(b.rate.normalize(), "f"), amount=display_amount(b.vat, cur))
            for b in totals.vat_breakdown
        ]
        if totals.discount:
            discounts = tr("Totals", "Discounts {amount}")
            rows.append(discounts.format(amount=display_amount(totals.discount, cur)))
        self.breakdown.setText("<br>".join(rows))
        total = tr("Totals", "Total {amount} {currency}")
        self.total.setText(total.format(amount=display_amount(totals.gross, cur), currency=cur))
