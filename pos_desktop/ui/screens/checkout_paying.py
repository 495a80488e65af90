"""Checkout, second half: take the money and save the sale (``CheckoutScreen``'s base).

F12 opens the payment dialog, then the confirmation (Enter saves, Esc goes back to paying).
The save runs on the runner with the cart's idempotency key: while it is out the cart is
locked; if the answer is lost it is asked again until known (never "not saved"); a discount
beyond the cashier's limit opens the manager's approval in place. The screen (``checkout.py``)
builds the cart; this class only reads it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.errors import ApprovalRequired, InDoubt
from pos_desktop.domain.invoice import PaymentInput, Settlement
from pos_desktop.domain.payment_methods import PaymentMethod
from pos_desktop.domain.roles import Permission
from pos_desktop.domain.vat_id import reverse_charge_problem
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.reverse_charge import seller_country
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.cart import Cart
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display.announce import announce_cart, announce_payment
from pos_desktop.ui.exactly_once import submit_keyed
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.models.cart_table import CartTableModel
from pos_desktop.ui.offline_switch import SAVED_OFFLINE, read, run_keyed
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.screens.payment_dialog import PaymentDialog
from pos_desktop.ui.screens.sale_confirmation import SaleConfirmation
from pos_desktop.ui.widgets.manager_approval import ManagerApproval
from pos_desktop.ui.widgets.message_bar import MessageBar, error_words
from pos_desktop.ui.widgets.totals_panel import TotalsPanel


class CheckoutPaying(QWidget):
    # Built by CheckoutScreen; read here.
    ctx: UiContext
    cart: Cart | None
    model: CartTableModel | None
    saving: bool
    messages: MessageBar
    totals: TotalsPanel
    pay_button: QPushButton
    pages: QStackedWidget
    done_panel: InvoicePanel
    #: The open dialogs, kept as attributes (read when they are accepted).
    payment_dialog: PaymentDialog
    confirmation: SaleConfirmation
    #: Whether this till has an open cash session, as last asked (None: not known yet).
    cash_session_open: bool | None = None

    def focus_scan(self) -> None:
        raise NotImplementedError

    def open_cart(self) -> Cart | None:
        """The cart still to be sold, if it has lines. Not the lines of the sale just saved,
        shown with its invoice until the next sale: closing the window or handing the till
        over would have parked them (or carried them on) to be sold a second time."""
        sold = self.pages.currentWidget() is self.done_panel
        return None if sold or self.cart is None or not self.cart.lines else self.cart

    def _cart_changed(self) -> None:
        if self.cart is None:
            return
        self.totals.show_totals(self.cart.totals)
        self.pay_button.setEnabled(self.cart.ready_to_pay and not self.saving)
        announce_cart(self.ctx, self.cart)

    # ------------------------------------------------------------------------------ paying

    def check_cash_session(self) -> None:
        """Ask (on the runner) whether a cash session is open; the answer is there long before
        the cashier has typed the cash, and the confirmation warns when there is none."""
        actor = self.ctx.actor
        if not actor.can(Permission.CASH_SESSION):
            return
        ctx = self.ctx
        self.ctx.runner.submit(
            # Offline, the journal's copy of this till's open session answers.
            lambda: read(ctx, lambda services: services.cash_sessions.is_open(actor)),
            self._cash_session_known,
            self._unknown,
            owner=self,
            background=True,
        )

    def _cash_session_known(self, is_open: bool) -> None:
        self.cash_session_open = is_open

    def _unknown(self, _error: Exception) -> None:
        self.cash_session_open = None  # the save itself will say what is wrong

    def _cash_warning(self, payments: list[PaymentInput]) -> str | None:
        takes_cash = any(p.method is PaymentMethod.CASH and p.amount > 0 for p in payments)
        if not takes_cash or self.cash_session_open is not False:
            return None
        return tr(
            "CheckoutPaying",
            "No cash session is open at this till: this cash will be in no drawer count. "
            "Open one in the Cash drawer screen (with the counted float) when you can.",
        )

    def pay(self) -> None:
        cart = self.cart
        if cart is None or self.saving:
            return
        if not cart.ready_to_pay:
            self.messages.show_error(
                cart.problem or tr("CheckoutPaying", "add a line first (F3, or scan a product)")
            )
            return
        self.check_cash_session()  # opened or closed in another window meanwhile
        dialog = PaymentDialog(
            cart.gross,
            cart.till.currency,
            self,
            tender_limit=self.ctx.services.settings.billing.tender_limit,
            touch=self.ctx.services.settings.ui.touch_mode,
        )
        dialog.accepted.connect(self._paid)
        dialog.rejected.connect(self._not_paid)
        self.payment_dialog = dialog
        dialog.open()

    def _paid(self) -> None:
        """Dialogs are kept as attributes and read here: a lambda holding its own dialog made a
        reference cycle that the garbage collector could free on a pool thread (a crash)."""
        self._confirm(self.payment_dialog.payments(), self.payment_dialog.settlement)

    def _not_paid(self) -> None:
        """Payment cancelled: the visitor sees their cart again, the cashier the scan field."""
        if self.cart is not None:
            announce_cart(self.ctx, self.cart)
        self.focus_scan()

    def _confirm(self, payments: list[PaymentInput], settlement: Settlement | None) -> None:
        if self.cart is None or settlement is None:
            return
        announce_payment(self.ctx, self.cart, settlement)
        confirmation = SaleConfirmation(
            self.cart,
            settlement,
            self,
            reverse_charge_for=self._reverse_charge_offer(),
            warning=self._cash_warning(payments),
        )
        confirmation.accepted.connect(
            lambda: self._save(payments, reverse_charge=self.confirmation.reverse_charge)
        )
        confirmation.rejected.connect(self.pay)
        self.confirmation = confirmation
        confirmation.open()

    def _reverse_charge_offer(self) -> str | None:
        """The customer's VAT ID when a manager may put the reverse-charge note on this sale
        (the service checks the same rule again)."""
        cart = self.cart
        if cart is None or cart.customer is None:
            return None
        if not self.ctx.actor.can(Permission.REVERSE_CHARGE):
            return None
        vat_id = cart.customer.customer.vat_id
        country = seller_country(self.ctx.services.settings.seller)
        return vat_id if reverse_charge_problem(vat_id, country) is None else None

    def _save(
        self,
        payments: list[PaymentInput],
        approver: ApproverCredentials | None = None,
        *,
        reverse_charge: bool = False,
    ) -> None:
        cart = self.cart
        if cart is None or self.saving:
            return
        code = cart.customer.customer.code if cart.customer else None
        sale = SaleInput(
            cart.sale_lines(), code, payments, approver=approver, reverse_charge=reverse_charge
        )
        actor = self.ctx.actor
        self.saving = True
        if self.model is not None:
            self.model.locked = True
        self.pay_button.setEnabled(False)
        self.messages.show_message(tr("CheckoutPaying", "Saving the sale..."))
        submit_keyed(
            self.ctx.runner,
            run_keyed(
                self.ctx,
                lambda services, key: services.billing.create_invoice(actor, sale, key=key),
            ),
            self._saved,
            lambda error: self._save_failed(error, payments, reverse_charge=reverse_charge),
            owner=self,
            on_doubt=self._save_in_doubt,
            key=cart.key,
        )

    def _save_in_doubt(self, doubt: InDoubt) -> None:
        """The answer to COMMIT was lost: the sale may be saved. Everything stays as it is
        (no new sale, no second F12) while the same save is asked again until it is known."""
        self.messages.show_error(
            tr(
                "CheckoutPaying",
                "Checking whether the sale was saved - the database stopped answering ({doubt})."
                " The cart stays here; do not sell it again.",
            ).format(doubt=doubt)
        )
        self.focus_scan()  # the closed dialogs had the focus; the keys must still answer

    def _unlock(self) -> None:
        self.saving = False
        if self.model is not None:
            self.model.locked = False

    def _saved(self, saved: tuple[InvoiceView, bool]) -> None:
        view, offline = saved
        self._unlock()
        self._close_approval()
        self.window().activateWindow()  # the closed dialogs had the focus
        saved_as = tr("CheckoutPaying", "Sale saved as {number}")
        note = tr("Offline", SAVED_OFFLINE) if offline else saved_as
        self.done_panel.show_invoice(view, note.format(number=view.number))
        self.pages.setCurrentWidget(self.done_panel)
        self.done_panel.done_button.setFocus()

    def _save_failed(
        self,
        error: Exception,
        payments: list[PaymentInput] | None = None,
        *,
        reverse_charge: bool = False,
    ) -> None:
        self._unlock()
        self._cart_changed()
        if isinstance(error, ApprovalRequired):
            self._ask_manager(error, payments or [], reverse_charge=reverse_charge)
            return
        self._close_approval()
        self._failed(error)
        self.messages.show_error(
            tr("CheckoutPaying", "{error} - the sale is still here: press F12 to pay again").format(
                error=self.messages.text()
            )
        )

    def _ask_manager(
        self, error: ApprovalRequired, payments: list[PaymentInput], *, reverse_charge: bool
    ) -> None:
        """A discount or price beyond the cashier's limit: a manager approves here, the sale
        goes on (an approval already open says why the manager was refused and asks again)."""
        current: ManagerApproval | None = getattr(self, "approval", None)
        if current is not None and current.isVisible():
            current.refused(error)
            return
        why = error_words(error)
        approval = ManagerApproval(why, self)
        approval.approved.connect(
            lambda credentials: self._save(payments, credentials, reverse_charge=reverse_charge)
        )
        approval.rejected.connect(
            lambda: self.messages.show_error(
                tr("CheckoutPaying", "{why} - the sale is still here (F12)").format(why=why)
            )
        )
        self.approval = approval  # kept, not deleteLater'd: see InvoicePanel.refund
        approval.open()

    def _close_approval(self) -> None:
        current: ManagerApproval | None = getattr(self, "approval", None)
        if current is not None:
            current.finish()

    def _failed(self, error: Exception) -> None:
        self.messages.show_error(error)
        self.focus_scan()
