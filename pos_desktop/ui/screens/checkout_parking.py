"""Checkout: parking the cart (F10) and bringing a parked one back (Shift+F10).

A base of ``CheckoutScreen`` like ``CheckoutPaying``. Parking stores the cart as typed (lines,
customer, discounts, an optional note) through ``ParkedSales`` on the runner, then starts an
empty sale; the cart is locked while it is on its way, and stays on screen if parking fails.
Recalling reads the list, lets the cashier pick, and takes the cart out of the database in one
transaction (two windows cannot both get it), then looks the customer up again for their card.
A till with an offline journal parks there when the line is down and lists both places; each
cart goes back to its own (ui/parked_places.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

from pos_desktop.domain.errors import PosError
from pos_desktop.services.customer_views import CustomerCard
from pos_desktop.services.parked_sales import (
    CartToPark,
    ParkedLine,
    ParkedSaleSummary,
    RecalledSale,
)
from pos_desktop.ui import parked_places
from pos_desktop.ui.cart import CartLine
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.screens.checkout_paying import CheckoutPaying
from pos_desktop.ui.widgets.customer_card import CustomerCardView
from pos_desktop.ui.widgets.message_bar import Tone, error_words
from pos_desktop.ui.widgets.parked_picker import (
    SERVER_PARKED_AWAY,
    ParkedPicker,
    describe_parked,
)


@dataclass(frozen=True, slots=True)
class _Recalled:
    sale: RecalledSale
    card: CustomerCard | None
    #: Why the customer's card could not be read (the cart came back without it).
    card_problem: str | None


class CheckoutParking(CheckoutPaying):
    # Built by CheckoutScreen; read here.
    card_view: CustomerCardView
    parked_label: QLabel
    #: The open dialogs, kept as attributes (read when they are answered).
    park_question: QInputDialog
    parked_picker: ParkedPicker

    def new_sale(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------------------ count

    def refresh_parked_count(self) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        self.ctx.runner.submit(
            lambda: parked_places.count(ctx, actor),
            self._show_parked_count,
            self._count_failed,
            owner=self,
            background=True,
        )

    def _show_parked_count(self, count: int) -> None:
        self.parked_label.setText(
            tr("CheckoutParking", "Parked sales: {count} (Shift+F10 brings one back)").format(
                count=count
            )
            if count
            else ""
        )

    def _count_failed(self, _error: Exception) -> None:
        self.parked_label.setText("")  # the next park or recall says what is wrong

    # ------------------------------------------------------------------------------ park

    def ask_park(self) -> None:
        """F10: ask for an optional note, then park."""
        cart = self.cart
        if cart is None or self.saving:
            return
        if not cart.lines:
            self.messages.show_error(tr("CheckoutParking", "Nothing to park: the cart is empty"))
            return
        question = QInputDialog(self)
        question.setWindowTitle(tr("CheckoutParking", "Park this sale"))
        question.setLabelText(
            tr("CheckoutParking", "A note to find it again (optional), Enter parks:")
        )
        question.setTextEchoMode(QLineEdit.EchoMode.Normal)
        question.accepted.connect(self._park_answered)
        question.rejected.connect(self.focus_scan)
        self.park_question = question
        question.open()

    def _park_answered(self) -> None:
        self.park(self.park_question.textValue())

    def park(self, note: str = "", then: Callable[[], None] | None = None) -> None:
        """Store the cart and start an empty sale; ``then`` runs once it is parked."""
        cart, model = self.cart, self.model
        if cart is None or model is None or self.saving or not cart.lines:
            return
        customer = cart.customer.customer if cart.customer else None
        # The same fields on both sides (a test holds them so): a new one cannot be dropped.
        lines = tuple(ParkedLine(**asdict(line)) for line in cart.lines)
        parcel = CartToPark(
            lines,
            cart.till.currency,
            cart.gross,
            cart.key,
            note=note.strip(),
            customer_code=customer.code if customer else None,
            customer_name=customer.name if customer else None,
        )
        ctx, actor = self.ctx, self.ctx.actor
        self.saving = True  # nothing in the cart may change on its way to the database
        model.locked = True
        self.messages.show_message(tr("CheckoutParking", "Parking the sale..."))
        self.ctx.runner.submit(
            lambda: parked_places.park(ctx, actor, parcel),
            lambda summary: self._parked(summary, then),
            self._park_failed,
            owner=self,
        )

    def _parked(self, summary: ParkedSaleSummary, then: Callable[[], None] | None) -> None:
        self._unlock()
        self.new_sale()
        said = (
            tr(
                "CheckoutParking",
                "Parked: {sale}, on this till (offline). Shift+F10 brings it back.",
            )
            if summary.on_journal
            else tr("CheckoutParking", "Parked: {sale}. Shift+F10 brings it back.")
        )
        self.messages.show_message(said.format(sale=describe_parked(summary)), Tone.SUCCESS)
        self.refresh_parked_count()
        if then is not None:
            then()

    def _park_failed(self, error: Exception) -> None:
        self._unlock()
        self._cart_changed()
        self._failed(error)
        self.messages.show_error(
            tr("CheckoutParking", "{error} - not parked; the sale is still here").format(
                error=self.messages.text()
            )
        )

    # ------------------------------------------------------------------------------ recall

    def ask_recall(self) -> None:
        """Shift+F10: the list of parked sales (read first, on the runner)."""
        if self.cart is None or self.saving:
            return
        if self.cart.lines:
            self.messages.show_error(
                tr(
                    "CheckoutParking",
                    "Finish this sale or park it (F10) first; then Shift+F10 brings a parked"
                    " one back",
                )
            )
            return
        ctx, actor = self.ctx, self.ctx.actor
        self.ctx.runner.submit(
            lambda: parked_places.parked(ctx, actor), self._offer_parked, self._failed, owner=self
        )

    def _offer_parked(self, listed: parked_places.Listed) -> None:
        parked = listed.carts
        self._show_parked_count(len(parked))
        if not parked:
            self.messages.show_message(
                tr("CheckoutParking", "No parked sales at this till")
                if listed.server_listed
                else tr("ParkedPicker", SERVER_PARKED_AWAY)
            )
            self.focus_scan()
            return
        picker = ParkedPicker(parked, self, server_listed=listed.server_listed)
        picker.accepted.connect(self._picked_parked)
        picker.rejected.connect(self.focus_scan)
        self.parked_picker = picker
        picker.open()

    def _picked_parked(self) -> None:
        chosen = self.parked_picker.chosen
        if chosen is not None:
            self.recall(chosen)
        self.focus_scan()

    def recall(self, parked: ParkedSaleSummary) -> None:
        """Take ``parked`` back from the database it was parked in (the server's or the
        journal's: their ids overlap)."""
        ctx, actor = self.ctx, self.ctx.actor

        def take_back() -> _Recalled:
            sale = parked_places.recall(ctx, actor, parked)
            code = sale.summary.customer_code
            if code is None:
                return _Recalled(sale, None, None)
            try:  # the cart is out of the database now: a missing card must not lose it
                card = read(ctx, lambda services: services.customers.card(actor, code))
                return _Recalled(sale, card, None)
            except PosError as error:
                problem = tr("CheckoutParking", "customer {code}: {error}")
                return _Recalled(sale, None, problem.format(code=code, error=error_words(error)))

        self.messages.show_message(tr("CheckoutParking", "Bringing the parked sale back..."))
        self.ctx.runner.submit(take_back, self._recalled, self._recall_failed, owner=self)

    def _recalled(self, recalled: _Recalled) -> None:
        cart, model = self.cart, self.model
        if cart is None or model is None:
            return
        if not cart.lines:  # it goes on as the same cart: its key still names one sale
            cart.key = recalled.sale.key
        for line in recalled.sale.lines:
            model.add_line(CartLine(**asdict(line)))
        if recalled.card is not None:
            cart.customer = recalled.card
            self.card_view.show_card(recalled.card)
        self.refresh_parked_count()
        if recalled.card_problem:
            self.messages.show_error(
                tr("CheckoutParking", "Recalled, but without the customer: {problem}").format(
                    problem=recalled.card_problem
                )
            )
        else:
            self.messages.show_message(
                tr("CheckoutParking", "Recalled: {sale}").format(
                    sale=describe_parked(recalled.sale.summary)
                ),
                Tone.SUCCESS,
            )
        self.focus_scan()

    def _recall_failed(self, error: Exception) -> None:
        self.refresh_parked_count()
        self._failed(error)
