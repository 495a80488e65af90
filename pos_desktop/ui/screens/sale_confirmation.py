"""The last look before a sale is saved: Enter saves, Esc goes back to change it.

For a manager selling to a business with another EU country's VAT ID, a "Reverse charge"
box (Alt+R) puts the reverse-charge note on the invoice; the billing service checks again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.invoice import Settlement
from pos_desktop.domain.money import display_amount
from pos_desktop.ui.cart import Cart
from pos_desktop.ui.i18n import method_name, tr


def summary_html(cart: Cart, settlement: Settlement) -> str:
    cur = cart.till.currency
    who = (
        f"{escape(cart.customer.customer.name)} ({cart.customer.customer.code})"
        if cart.customer
        else tr("SaleConfirmation", "Walk-in customer")
    )
    lines = "".join(
        f"<tr><td>{escape(r.line.description)}</td><td align='right'>{escape(r.line.quantity)}"
        f"</td><td align='right'>{display_amount(r.amounts.gross, cur)}</td></tr>"
        for r in cart.rows
        if r.amounts is not None
    )
    ref = tr("SaleConfirmation", "ref {reference}")
    paid = "".join(
        f"<div>{method_name(p.method)}: {display_amount(p.tendered, cur)} {cur}"
        f"{' ' + ref.format(reference=escape(p.reference)) if p.reference else ''}</div>"
        for p in settlement.payments
    )
    total = tr("SaleConfirmation", "Total {amount} {currency}").format(
        amount=display_amount(cart.gross, cur), currency=cur
    )
    change = tr("SaleConfirmation", "Change {amount} {currency}").format(
        amount=display_amount(settlement.change, cur), currency=cur
    )
    return (
        f"<div style='font-size:14pt'>{who}</div>"
        f"<table width='100%' cellspacing='4'>{lines}</table>"
        f"<div style='font-size:18pt; font-weight:700'>{total}</div>{paid}"
        f"<div style='font-size:16pt'>{change}</div>"
    )


class SaleConfirmation(QDialog):
    def __init__(
        self,
        cart: Cart,
        settlement: Settlement,
        parent: QWidget | None = None,
        *,
        reverse_charge_for: str | None = None,
        warning: str | None = None,
    ) -> None:
        """``reverse_charge_for``: the buyer's VAT ID when the reverse charge may be offered;
        ``warning``: something to know before saving (cash with no cash session open)."""
        super().__init__(parent)
        self.setWindowTitle(tr("SaleConfirmation", "Confirm the sale"))
        self.summary = QLabel(summary_html(cart, settlement))
        self.summary.setWordWrap(True)
        self.warning = QLabel(warning or "")
        self.warning.setObjectName("saleWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b45309; font-weight: 600;")
        self.warning.setVisible(bool(warning))
        self.reverse_charge_box = QCheckBox(
            tr(
                "SaleConfirmation", "&Reverse charge: VAT accounted for by the buyer ({vat_id})"
            ).format(vat_id=reverse_charge_for)
        )
        if reverse_charge_for is None:
            self.reverse_charge_box.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            tr("SaleConfirmation", "Save sale (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            tr("SaleConfirmation", "Back (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        # Styled as the default button from the start: the bold text of ``:default`` alone was
        # wider than the size the button was given, and cut.
        self.save_button.setProperty("role", "primary")
        # Back to the save button once ticked, so Enter still saves (from the box it went Back).
        self.reverse_charge_box.toggled.connect(self._ticked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.reverse_charge_box)
        layout.addWidget(buttons)
        self.save_button.setFocus()

    def _ticked(self, _checked: bool) -> None:
        self.save_button.setFocus()

    @property
    def reverse_charge(self) -> bool:
        return self.reverse_charge_box.isVisibleTo(self) and self.reverse_charge_box.isChecked()
