"""Taking the money: cash with change, card with a reference, or both (split).

Opens with the cash field holding the total, selected: a cashier who is handed the exact amount
presses Enter, one who is handed a 50 types ``50`` and Enter and sees the change. ``F6`` moves
the total to the card instead (then the reference field), and any mix of the two is a split
payment. The amounts are checked by the domain's ``settle``, the same rule the service applies.

In touch mode (``ui.touch_mode``) an on-screen numpad types into the amounts and a row of likely
notes fills the cash field with one tap (``ui/widgets/numpad.py``).

Cash far above what is due (``billing.tender_limit_*``: 100,000,000 for a 5.00 sale) is shown in
amber while typed, and Enter then asks "Is that right?" (No, the default, goes back to the
amount); only a Yes sends the payment with ``confirm_large_tender``, which the service needs.
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
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.errors import LargeTender, ValidationError
from pos_desktop.domain.invoice import (
    PaymentInput,
    PaymentMethod,
    Settlement,
    TenderLimit,
    check_tender,
    settle,
)
from pos_desktop.domain.money import ZERO, display_amount, parse_amount
from pos_desktop.domain.tenders import likely_tenders
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.theme import colour
from pos_desktop.ui.widgets.message_bar import error_words
from pos_desktop.ui.widgets.numpad import Numpad


class PaymentDialog(QDialog):
    def __init__(
        self,
        gross: Decimal,
        currency: str,
        parent: QWidget | None = None,
        *,
        tender_limit: TenderLimit | None = None,
        touch: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PaymentDialog", "Payment"))
        self.setMinimumWidth(420)  # the amounts and the change read at arm's length
        self.gross, self.currency = gross, currency
        self.tender_limit = tender_limit or TenderLimit()
        #: The cashier said yes to the large cash amount now in the field.
        self.large_tender_confirmed = False
        self.due_label = QLabel(
            tr("PaymentDialog", "To pay: <b>{amount} {currency}</b>").format(
                amount=display_amount(gross, currency), currency=currency
            )
        )
        self.due_label.setStyleSheet("font-size: 18pt;")
        self.cash = QLineEdit(display_amount(gross, currency))
        self.card = QLineEdit()
        self.card_reference = QLineEdit()
        self.card_reference.setPlaceholderText(
            tr("PaymentDialog", "authorisation code from the card terminal")
        )
        self.outcome = QLabel()
        self.outcome.setStyleSheet("font-size: 16pt;")
        form = QFormLayout()
        form.addRow(tr("PaymentDialog", "Cash received"), self.cash)
        form.addRow(tr("PaymentDialog", "Card amount (F6)"), self.card)
        form.addRow(tr("PaymentDialog", "Card reference"), self.card_reference)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_label)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        #: Touch mode: digits and likely notes on screen (``None`` with a keyboard).
        self.numpad: Numpad | None = None
        if touch:
            self.numpad = Numpad((self.cash, self.card, self.card_reference), self.cash, self)
            self.numpad.offer_tenders(likely_tenders(gross), currency)
            layout.addWidget(self.numpad)
        layout.addWidget(self.buttons)
        for field in (self.cash, self.card, self.card_reference):
            field.textChanged.connect(self._refresh)
            field.returnPressed.connect(self._accept_if_valid)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.pay_by_card)
        self.large_tender_question = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("PaymentDialog", "Large amount of cash"),
            "",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        # Answered once the box is gone (``finished``), so the focus can come back here.
        self.large_tender_question.finished.connect(self._large_tender_answered)
        self.settlement: Settlement | None = None
        self._refresh()
        self.cash.setFocus()
        self.cash.selectAll()

    def pay_by_card(self) -> None:
        self.cash.clear()
        self.card.setText(display_amount(self.gross, self.currency))
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
            taken.append(
                PaymentInput(
                    PaymentMethod.CASH, cash, confirm_large_tender=self.large_tender_confirmed
                )
            )
        return taken

    def large_tender(self) -> LargeTender | None:
        """The cash amount is above the plausibility limit (and not confirmed yet)."""
        cash = self._amount(self.cash, "cash received")
        due = self.gross - self._amount(self.card, "card amount")
        if not cash or due <= ZERO or self.large_tender_confirmed:
            return None
        try:
            check_tender(cash, due, self.currency, self.tender_limit, field="cash received")
        except LargeTender as error:
            return error
        return None

    def _amount(self, field: QLineEdit, name: str) -> Decimal:
        text = field.text().strip()
        if not text:
            return ZERO
        return parse_amount(text, self.currency, field=name, allow_zero=True)

    def _refresh(self) -> None:
        self.large_tender_confirmed = False  # a changed amount is asked about again
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            settlement = settle(self.gross, self.payments(), self.currency)
        except ValidationError as error:
            self.settlement = None
            self.outcome.setText(
                f"<span style='color:{colour('error')}'>{error_words(error)}</span>"
            )
            ok.setEnabled(False)
            return
        cur = self.currency
        if settlement.balance > ZERO:
            self.settlement = None
            still = tr("PaymentDialog", "Still to pay: {amount} {currency}").format(
                amount=display_amount(settlement.balance, cur), currency=cur
            )
            self.outcome.setText(f"<span style='color:{colour('error')}'>{still}</span>")
            ok.setEnabled(False)
            return
        self.settlement = settlement
        change = tr("PaymentDialog", "Change: <b>{amount} {currency}</b>").format(
            amount=display_amount(settlement.change, cur), currency=cur
        )
        if self.large_tender() is not None:
            check = tr("PaymentDialog", "{change} - check the cash received").format(change=change)
            change = f"<span style='color:{colour('warning')}'>{check}</span>"
        self.outcome.setText(change)
        ok.setEnabled(True)

    def _accept_if_valid(self) -> None:
        # Enter in a field comes twice (the field's returnPressed, then the default button):
        # one question at a time.
        if self.settlement is None or self.large_tender_question.isVisible():
            return
        large = self.large_tender()
        if large is None:
            self.accept()
            return
        cur = self.currency
        box = self.large_tender_question
        box.setText(
            tr(
                "PaymentDialog",
                "Cash received: {amount} {currency} for {due} {currency} due.\n\nDid the "
                "customer really hand over that much? The change would be {change} {currency}.",
            ).format(
                amount=display_amount(large.amount, cur),
                due=display_amount(large.due, cur),
                change=display_amount(large.amount - large.due, cur),
                currency=cur,
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.open()

    def _large_tender_answered(self, _result: int) -> None:
        box = self.large_tender_question
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.large_tender_confirmed = True
            self.accept()
        else:  # No or Esc: correct the amount
            self.activateWindow()
            self.cash.setFocus()
            self.cash.selectAll()
