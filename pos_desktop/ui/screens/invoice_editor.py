"""Edit an issued invoice (managers): its lines, its customer, and why.

The invoice keeps its number and payments; the service stores the old state as a revision and
audits the change. The lines are edited in the same table as at the checkout (F2 edits a cell,
Delete removes a line, F3 types a new one). ``Ctrl+S`` saves, ``Esc`` leaves without saving.
If someone else changed the invoice meanwhile, the service refuses and the dialog says so:
nothing typed is lost, the manager can copy it and reopen.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.money import display_amount
from pos_desktop.services.invoice_views import InvoiceView, LineView
from pos_desktop.services.sales import TillInfo
from pos_desktop.ui.cart import Cart, CartLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.exactly_once import submit_keyed
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.models.cart_table import CartTableModel
from pos_desktop.ui.offline_switch import where_held
from pos_desktop.ui.widgets.cart_view import CartView
from pos_desktop.ui.widgets.line_entry import LineEntry
from pos_desktop.ui.widgets.message_bar import MessageBar
from pos_desktop.ui.widgets.totals_panel import TotalsPanel


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def cart_line(line: LineView) -> CartLine:
    """An invoice line as the cashier would have typed it."""
    if line.discount_percent is not None:
        discount = f"{_text(line.discount_percent)}%"
    else:
        discount = format(line.discount, "f") if line.discount else ""
    return CartLine(
        line.description,
        _text(line.quantity),
        format(line.unit_price, "f"),
        _text(line.vat_rate),
        discount,
        line.product_id,
    )


def paid_note(view: InvoiceView) -> QLabel:
    """What stays (the payments) and the keys; wraps: one line of it in German was wider than
    a 1024-pixel screen."""
    note = QLabel(
        tr(
            "InvoiceEditor",
            "Paid so far: {amount} {currency}. Payments stay; the difference shows as due"
            " or owed back. F2 edits a cell, Delete removes a line, F3 adds one,"
            " Ctrl+S saves.",
        ).format(amount=display_amount(view.paid, view.currency), currency=view.currency)
    )
    note.setWordWrap(True)
    return note


class InvoiceEditor(QDialog):
    """Modal while open; ``saved`` holds the new invoice when the dialog is accepted."""

    def __init__(self, ctx: UiContext, view: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.saved: InvoiceView | None = None
        #: This edit's idempotency key, from the editor's opening: each try to save sends it.
        self.key, self.saving = ActionKey.new(), False
        self.setWindowTitle(tr("InvoiceEditor", "Edit invoice {number}").format(number=view.number))
        self.resize(900, 560)
        default_vat = ctx.services.settings.billing.default_vat_rate
        till = TillInfo("", "", view.currency, "", view.prices_include_vat, default_vat)
        self.cart = Cart(till)
        for line in view.lines:
            self.cart.lines.append(cart_line(line))
        self.cart.reprice()
        self.model = CartTableModel(self.cart)
        self.messages = MessageBar()
        self._follow_model()
        self.table = CartView()
        self.table.show_cart(self.model)
        self.line_entry = LineEntry()
        self.line_entry.set_default_vat(_text(default_vat))
        self.line_entry.submitted.connect(self.add_line)
        self.line_entry.cancelled.connect(self.table.setFocus)
        self.totals = TotalsPanel()
        self.totals.currency = view.currency
        form = self._customer_and_reason(view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # Styled as the default it becomes: the bold text of ``:default`` alone was cut.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("role", "primary")
        for button in self.buttons.findChildren(QPushButton):
            # Enter commits a cell; it must not save the invoice half-edited (Ctrl+S does).
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.reason.returnPressed.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(paid_note(view))
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.line_entry)
        layout.addWidget(self.totals)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("F3"), self, self.line_entry.start)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._cart_changed()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _customer_and_reason(self, view: InvoiceView) -> QFormLayout:
        self.customer = QLineEdit(view.customer_code or "")
        self.customer.setPlaceholderText(tr("InvoiceEditor", "empty: walk-in"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("InvoiceEditor", "required, e.g. wrong quantity"))
        form = QFormLayout()
        form.addRow(tr("InvoiceEditor", "&Customer code"), self.customer)
        form.addRow(tr("InvoiceEditor", "&Reason"), self.reason)
        return form

    def _follow_model(self) -> None:
        self.model.cart_changed.connect(self._cart_changed)
        self.model.edit_refused.connect(self.messages.show_error)  # a quantity of 0, at once

    def add_line(self, line: CartLine) -> None:
        self.model.add_line(line)
        problem = self.cart.rows[-1].problem
        if problem:
            self.messages.show_error(
                tr("InvoiceEditor", "line {number}: {problem}").format(
                    number=len(self.cart.rows), problem=problem
                )
            )
        else:
            self.messages.clear_message()
            self.line_entry.next_line()

    def _cart_changed(self) -> None:
        self.totals.show_totals(self.cart.totals)

    def save(self) -> None:
        if not self.cart.ready_to_pay:
            self.messages.show_error(
                self.cart.problem or tr("InvoiceEditor", "an invoice needs at least one line")
            )
            return
        if not self.reason.text().strip():
            self.messages.show_error(tr("InvoiceEditor", "Say why the invoice is edited (Reason)"))
            self.reason.setFocus()
            return
        view, actor = self.view, self.ctx.actor
        assert view.number is not None
        number, lines, reason = view.number, self.cart.sale_lines(), self.reason.text()
        code = self.customer.text().strip().upper() or None
        keep = code == view.customer_code
        self.buttons.setEnabled(False)
        self.messages.show_message(tr("InvoiceEditor", "Saving..."))
        self.saving = True
        self.key = submit_keyed(
            self.ctx.runner,
            # An invoice sold offline is edited on the journal, and the edit follows the sale.
            where_held(
                self.ctx,
                lambda services, key: services.billing.edit(
                    actor,
                    number,
                    lines,
                    reason=reason,
                    expected_version=view.version,
                    customer_code=code,
                    keep_customer=keep,
                    key=key,
                ),
                number=number,
                seen=view,
            ),
            self._saved,
            self._failed,
            owner=self,
            on_doubt=lambda doubt: self.messages.show_error(
                tr(
                    "InvoiceEditor",
                    "Checking whether the edit was saved - the database stopped answering "
                    "({doubt})",
                ).format(doubt=doubt)
            ),
            key=self.key,
        )

    def _saved(self, view: InvoiceView) -> None:
        self.saving = False
        self.saved = view
        self.accept()

    def reject(self) -> None:
        """Esc closes the editor, but not while its edit is being saved (or in doubt)."""
        if self.saving:
            self.messages.show_error(
                tr("InvoiceEditor", "The edit is being saved: wait for the answer")
            )
            return
        super().reject()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.messages.show_error(error)
