"""Taking the money: cash with change, card with a reference, or both (split).

Opens with the cash field holding the total, selected: a cashier who is handed the exact amount
presses Enter, one who is handed a 50 types ``50`` and Enter and sees the change. ``F6`` moves
the total to the card instead (then the reference field), and any mix of the two is a split
payment. The amounts are checked by the domain's ``settle``, the same rule the service applies.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import PaymentInput, PaymentMethod, Settlement, settle
from pos_desktop.domain.money import ZERO, format_amount, parse_amount


class PaymentDialog(QDialog):
    def __init__(self, gross: Decimal, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Payment")
        self.gross, self.currency = gross, currency
        self.due_label = QLabel(f"To pay: <b>{format_amount(gross, currency)} {currency}</b>")
        self.due_label.setStyleSheet("font-size: 18pt;")
        self.cash = QLineEdit(format_amount(gross, currency))
        self.card = QLineEdit()
        self.card_reference = QLineEdit()
        self.card_reference.setPlaceholderText("authorisation code from the card terminal")
        self.outcome = QLabel()
        self.outcome.setStyleSheet("font-size: 16pt;")
        form = QFormLayout()
        form.addRow("Cash received", self.cash)
        form.addRow("Card amount (F6)", self.card)
        form.addRow("Card reference", self.card_reference)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_label)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        for field in (self.cash, self.card, self.card_reference):
            field.textChanged.connect(self._refresh)
            field.returnPressed.connect(self._accept_if_valid)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.pay_by_card)
        self.settlement: Settlement | None = None
        self._refresh()
        self.cash.setFocus()
        self.cash.selectAll()

    def pay_by_card(self) -> None:
        self.cash.clear()
        self.card.setText(format_amount(self.gross, self.currency))
        self.card_reference.setFocus()

    def payments(self) -> list[PaymentInput]:
        """Card first, then cash: change comes only from cash."""
        taken: list[PaymentInput] = []
        card = self._amount(self.card, "card amount")
        if card:
            ref = self.card_reference.text().strip() or None
            taken.append(PaymentInput(PaymentMethod.CARD, card, ref))
        cash = self._amount(self.cash, "cash received")
        if cash:
            taken.append(PaymentInput(PaymentMethod.CASH, cash))
        return taken

    def _amount(self, field: QLineEdit, name: str) -> Decimal:
        text = field.text().strip()
        if not text:
            return ZERO
        return parse_amount(text, self.currency, field=name, allow_zero=True)

    def _refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            settlement = settle(self.gross, self.payments(), self.currency)
        except ValidationError as error:
            self.settlement = None
            self.outcome.setText(f"<span style='color:#b91c1c'>{error}</span>")
            ok.setEnabled(False)
            return
        cur = self.currency
        if settlement.balance > ZERO:
            self.settlement = None
            self.outcome.setText(
                f"<span style='color:#b91c1c'>Still to pay: "
                f"{format_amount(settlement.balance, cur)} {cur}</span>"
            )
            ok.setEnabled(False)
            return
        self.settlement = settlement
        self.outcome.setText(f"Change: <b>{format_amount(settlement.change, cur)} {cur}</b>")
        ok.setEnabled(True)

    def _accept_if_valid(self) -> None:
        if self.settlement is not None:
            self.accept()
