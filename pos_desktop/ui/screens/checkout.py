"""Checkout: scan the customer, add lines, take the money, save. Keyboard only, never waiting.

Flow: the scan field always has focus when nothing else is being typed. A customer code shows
the customer's card; anything else is looked up as a product barcode or SKU, then by name
(one match is added, several are offered in a list). ``F3`` types a
free-text line, ``F12`` pays (payment dialog, then a confirmation: Enter saves, Esc goes back);
``F10`` parks the cart and ``Shift+F10`` brings a parked one back (``checkout_parking.py``).
The quick keys under the cart sell with a tap, ``Alt+1``...``Alt+9`` or arrows and Enter, as a
scan of the tile's product or workshop would (``widgets/quick_keys.py``).
Every service call runs on the runner; while a sale is being saved the cart stays on screen, and
if saving fails (database gone) it is still there to pay again with ``F12``: nothing typed is lost.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.bootstrap import Services
from pos_desktop.domain.basket_discount import spread_discount
from pos_desktop.domain.codes import CustomerCode, looks_like_code
from pos_desktop.domain.errors import (
    InvalidCustomerCode,
    NotFound,
    ValidationError,
)
from pos_desktop.domain.invoice import parse_line
from pos_desktop.domain.money import display_amount, plain_amount
from pos_desktop.domain.scan_payload import is_valid_gtin
from pos_desktop.services.customer_views import CustomerCard
from pos_desktop.services.products import ProductView
from pos_desktop.services.quick_keys import Tile, TileKind
from pos_desktop.services.sales import TillInfo
from pos_desktop.services.workshop_views import SeatItem
from pos_desktop.ui.cart import Cart, CartLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display.announce import announce_idle
from pos_desktop.ui.i18n import said, tr
from pos_desktop.ui.local_dates import WEEKDAY_CLOCK, moment_text
from pos_desktop.ui.models.cart_table import COLUMNS, CartTableModel
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.screens.checkout_parking import CheckoutParking
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.widgets.cart_view import CartView
from pos_desktop.ui.widgets.customer_card import CustomerCardView
from pos_desktop.ui.widgets.line_entry import LineEntry
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.product_picker import ProductPicker
from pos_desktop.ui.widgets.quick_keys import QuickKeysPanel
from pos_desktop.ui.widgets.totals_panel import TotalsPanel


def vat_text(rate: Decimal) -> str:
    """``19``, ``5.5``: a rate as a cashier types it."""
    return format(rate.normalize(), "f")


PICK_LIMIT = 30  # products offered when a typed name matches several
DISCOUNT_COLUMN = next(
    n for n, (_title, attribute) in enumerate(COLUMNS) if attribute == "discount"
)


class CheckoutScreen(CheckoutParking):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cart: Cart | None = None
        self.model: CartTableModel | None = None
        self.saving = False
        self.pages = QStackedWidget()
        self.sale_page = QWidget()
        self.done_panel = InvoicePanel(ctx)
        self.done_panel.done.connect(self.new_sale)
        self.done_panel.watch_receipts()
        self.pages.addWidget(self.sale_page)
        self.pages.addWidget(self.done_panel)
        self._build_sale_page()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_shortcuts()

    # ------------------------------------------------------------------------------ layout

    def _build_sale_page(self) -> None:
        self.title = QLabel(tr("Checkout", "Checkout"))
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.messages = MessageBar()
        self.parked_label = QLabel("")
        self.parked_label.setObjectName("parkedCount")
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(
            tr("Checkout", "Scan or type a customer code or a product barcode / SKU")
        )
        self.scan.setStyleSheet("font-size: 16pt; padding: 6px;")
        self.scan.returnPressed.connect(self.handle_scan)
        self.table = CartView()
        self.line_entry = LineEntry()
        self.line_entry.submitted.connect(self.add_typed_line)
        self.line_entry.cancelled.connect(self.focus_scan)
        self.card_view = CustomerCardView()
        self.totals = TotalsPanel()
        self.pay_button = QPushButton(tr("Checkout", "Pay (F12)"))
        self.pay_button.setStyleSheet("font-size: 16pt; padding: 10px;")
        self.pay_button.clicked.connect(self.pay)
        touch = self.ctx.services.settings.ui.touch_mode
        self.quick_keys = QuickKeysPanel(self.ctx, touch=touch)
        self.quick_keys.chosen.connect(self.sell_tile)
        left = QVBoxLayout()
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.parked_label)
        # Wraps rather than widen the window: "Geparkte Verkäufe: 2 (Umschalt+F10 holt einen
        # zurück)" beside the title was wider than a 1024-pixel screen.
        self.parked_label.setWordWrap(True)
        left.addLayout(heading)
        left.addWidget(self.messages)
        left.addWidget(self.scan)
        left.addWidget(self.table, 1)
        left.addWidget(self.line_entry)
        left.addWidget(self.quick_keys)
        right = QVBoxLayout()
        right.addWidget(self.card_view, 1)
        right.addWidget(self.totals)
        right.addWidget(self.pay_button)
        body = QHBoxLayout(self.sale_page)
        # The cart gets the free space (its description column first, see CartView).
        body.addLayout(left, 5)
        body.addLayout(right, 2)

    def _build_shortcuts(self) -> None:
        bindings = (
            (Qt.Key.Key_F3, self.line_entry.start),
            (Qt.Key.Key_F8, self.table.setFocus),
            (Qt.Key.Key_F7, self.ask_basket_discount),
            (Qt.Key.Key_F9, self.walk_in),
            (Qt.Key.Key_F12, self.pay),
            (Qt.Key.Key_F10, self.ask_park),
        )
        for key, slot in bindings:
            QShortcut(QKeySequence(key), self.sale_page, slot)
        QShortcut(QKeySequence("Ctrl+N"), self.sale_page, self.ask_new_sale)
        QShortcut(QKeySequence("Shift+F10"), self.sale_page, self.ask_recall)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.scan, self.scan.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.quick_keys.add_shortcuts(self.sale_page)

    # ---------------------------------------------------------------------------- the till

    def activate(self) -> None:
        """Called when the screen is shown: load the till once, then wait for a scan; the
        quick keys each time (a manager may have changed products meanwhile)."""
        self.quick_keys.reload()
        if self.cart is None:
            ctx, actor = self.ctx, self.ctx.actor
            self.ctx.runner.submit(
                lambda: read(ctx, lambda services: services.billing.till(actor)),
                self._till_loaded,
                self._failed,
                owner=self,
            )
        else:
            self.refresh_parked_count()  # another window of this till may have parked one
            self.check_cash_session()
        self.focus_scan()

    def _till_loaded(self, till: TillInfo) -> None:
        if self.cart is None:  # not when a cart was handed over meanwhile (adopt_cart)
            self._show_cart(Cart(till))

    def adopt_cart(self, cart: Cart) -> None:
        """Go on with the cart of the window this one replaces (another language)."""
        self._show_cart(cart)
        self.card_view.show_card(cart.customer)

    def _show_cart(self, cart: Cart) -> None:
        till = cart.till
        self.cart = cart
        self.model = CartTableModel(self.cart)
        self.model.cart_changed.connect(self._cart_changed)
        self.model.edit_refused.connect(self.messages.show_error)
        self.table.show_cart(self.model)
        self.totals.currency = till.currency
        self.quick_keys.set_currency(till.currency)
        self.title.setText(
            tr("Checkout", "Checkout · {exhibition} · till {till}").format(
                exhibition=till.exhibition_name, till=till.terminal_code
            )
        )
        self.line_entry.set_default_vat(
            vat_text(till.default_vat_rate), [vat_text(rate) for rate in till.vat_rates]
        )
        self._cart_changed()
        announce_idle(self.ctx, self.cart)
        self.refresh_parked_count()
        self.check_cash_session()

    def focus_scan(self) -> None:
        if self.pages.currentWidget() is self.sale_page:
            self.window().activateWindow()  # back from a dialog, or from another screen
            self.scan.setFocus()

    # -------------------------------------------------------------------------- scanning

    def handle_scan(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text or self.cart is None:
            return
        try:
            code = CustomerCode.parse(text)
        except InvalidCustomerCode as error:
            if looks_like_code(text):
                self.messages.show_error(f"{text}: {said(error.problems[0].message)}")
                self._keep_for_correction(text)
                return
            self._look_up_product(text)
            return
        self.select_customer(code.value, or_product=is_valid_gtin(code.value))

    def select_customer(self, code: str, *, or_product: bool = False) -> None:
        """Show this customer's card and sell to them (a scan, or "sell to" after registering).

        ``or_product``: the code is also a valid EAN-8; with no such customer it is looked up
        as a product before anything is called unknown.
        """
        ctx, actor = self.ctx, self.ctx.actor

        def not_found(error: Exception) -> None:
            if or_product and isinstance(error, NotFound):
                self._look_up_product(code)
            else:
                self._failed(error)
                if isinstance(error, NotFound | InvalidCustomerCode):
                    self._keep_for_correction(code)

        self.ctx.runner.submit(
            lambda: read(ctx, lambda services: services.customers.card(actor, code)),
            self._customer_found,
            not_found,
            owner=self,
        )

    def _keep_for_correction(self, text: str) -> None:
        """A mistyped code stays in the scan field, selected: fix a character, or scan anew
        (a scan replaces the selection)."""
        if not self.scan.text():
            self.scan.setText(text)
            self.scan.selectAll()

    def _customer_found(self, card: CustomerCard) -> None:
        if self.cart is None or self._refuse_while_saving():
            return
        self.cart.customer = card
        self.card_view.show_card(card)
        self._cart_changed()  # the display greets them
        self.messages.show_message(
            tr("Checkout", "Selling to {name}").format(name=card.customer.name), Tone.SUCCESS
        )

    def _look_up_product(self, text: str) -> None:
        """A barcode or SKU exactly; else a workshop's code (its seats); else products whose
        name (or SKU start) matches."""
        ctx, actor = self.ctx, self.ctx.actor

        def look_up(services: Services) -> ProductView | SeatItem | list[ProductView]:
            products, workshops = services.products, services.workshops  # offline: the journal's
            try:
                return products.find(actor, text)
            except NotFound:
                pass
            try:
                return workshops.seat_item(actor, text)
            except NotFound:
                return products.list_products(actor, text=text, limit=PICK_LIMIT)

        self.ctx.runner.submit(
            lambda: read(ctx, look_up),
            lambda found: self._products_found(text, found),
            self._failed,
            owner=self,
        )

    def _products_found(self, text: str, found: ProductView | SeatItem | list[ProductView]) -> None:
        if isinstance(found, SeatItem):
            self._add_seat(found)
        elif isinstance(found, ProductView):
            self._add_product(found)
        elif not found:
            unknown = tr("Checkout", "{text} is neither a customer code nor a known product")
            self._failed(NotFound(unknown.format(text=repr(text))))
        elif len(found) == 1:
            self._add_product(found[0])
        elif self.cart is not None:
            picker = ProductPicker(text, found, self.cart.till.currency, self)
            picker.accepted.connect(self._picked)
            picker.rejected.connect(self.focus_scan)
            self.product_picker = picker
            picker.open()

    def _add_seat(self, seat: SeatItem) -> None:
        """A workshop's seat: booked for a person, so the customer comes first; a full one
        says so here rather than at payment (the sale checks the seats again)."""
        if self.model is None or self.cart is None or self._refuse_while_saving():
            return
        if self.cart.customer is None:
            self.messages.show_message(
                tr(
                    "Checkout",
                    "A seat in {code} is booked for a person: scan the customer's QR first,"
                    " then the workshop again.",
                ).format(code=seat.code),
                Tone.ERROR,
            )
            return
        if seat.seats_free <= 0:
            self.messages.show_message(
                tr(
                    "Checkout",
                    "{code} is full: no seat to sell (put them on its waitlist instead).",
                ).format(code=seat.code),
                Tone.ERROR,
            )
            return
        starts = moment_text(seat.starts_at.astimezone(), WEEKDAY_CLOCK)
        price, rate = plain_amount(seat.price), format(seat.vat_rate.normalize(), "f")
        description = tr("Checkout", "Seat: {title} ({code}, {starts})").format(
            title=seat.title, code=seat.code, starts=starts
        )
        row = self.model.add_line(
            CartLine(description, "1", price, rate, workshop_id=seat.workshop_id)
        )
        self.table.selectRow(row)
        added = tr("Checkout", "Added a seat in {code} ({free} free)")
        self.messages.show_message(added.format(code=seat.code, free=seat.seats_free), Tone.SUCCESS)

    def sell_tile(self, tile: Tile) -> None:
        """A quick key: a product or a seat as its scan would add it (the price, VAT, stock
        and seats read now, not when the grid loaded); a preset as a typed line."""
        if tile.kind is not TileKind.PRESET:
            self._look_up_product(tile.code)
        elif self.model is not None and not self._refuse_while_saving():
            price, rate = plain_amount(tile.price), format(tile.vat_rate.normalize(), "f")
            self.table.selectRow(self.model.add_line(CartLine(tile.label, "1", price, rate)))
            self.messages.show_message(
                tr("Checkout", "Added {name}").format(name=tile.label), Tone.SUCCESS
            )
        self.focus_scan()

    def _picked(self) -> None:
        product = self.product_picker.chosen
        if product is not None:
            self._add_product(product)
        self.focus_scan()

    def _add_product(self, product: ProductView) -> None:
        if self.model is None or self._refuse_while_saving():
            return
        price, rate = plain_amount(product.price), format(product.vat_rate.normalize(), "f")
        line = CartLine(product.name, "1", price, rate, product_id=product.id)
        row = self.model.add_line(line)
        self.table.selectRow(row)
        self.messages.show_message(
            tr("Checkout", "Added {name}").format(name=product.name), Tone.SUCCESS
        )

    # ----------------------------------------------------------------------------- lines

    def add_typed_line(self, line: CartLine) -> None:
        if self.cart is None or self.model is None or self._refuse_while_saving():
            return
        try:
            parse_line(
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                vat_rate=line.vat_rate,
                discount=line.discount,
                currency=self.cart.till.currency,
            )
        except ValidationError as error:
            self.messages.show_error(error)
            return
        self.model.add_line(line)
        self.messages.clear_message()
        self.line_entry.next_line()

    def ask_basket_discount(self) -> None:
        """F7: a discount on the whole sale (10% or an amount), spread over the lines."""
        cart, model = self.cart, self.model
        if cart is None or model is None or not cart.ready_to_pay:
            self.messages.show_error(
                cart.problem if cart and cart.problem else tr("Checkout", "add lines first")
            )
            return
        text, ok = QInputDialog.getText(
            self,
            tr("Checkout", "Discount on the whole sale"),
            tr("Checkout", "10% or an amount, e.g. 5.00:"),
        )
        self.window().activateWindow()  # the closed question had the keyboard
        if ok and text.strip():
            self.apply_basket_discount(text)
        self.focus_scan()

    def apply_basket_discount(self, text: str) -> None:
        cart, model = self.cart, self.model
        if cart is None or model is None or self._refuse_while_saving():
            return
        till = cart.till
        try:
            spread = spread_discount(
                cart.sale_lines(), text, till.currency, till.prices_include_vat
            )
        except ValidationError as error:
            self.messages.show_error(error)
            return
        before = cart.gross
        for row, line in enumerate(spread):
            model.setData(model.index(row, DISCOUNT_COLUMN), format(line.discount, "f"))
        off = before - cart.gross
        amount = display_amount(off, till.currency)
        done = tr("Checkout", "{amount} {currency} off the whole sale")
        self.messages.show_message(done.format(amount=amount, currency=till.currency), Tone.SUCCESS)

    def _refuse_while_saving(self) -> bool:
        """The cart being saved stays as it was paid for; says so and returns True."""
        if self.saving:
            self.messages.show_error(
                tr("Checkout", "The sale is being saved: wait for the answer, then go on")
            )
        return self.saving

    def walk_in(self) -> None:
        if self.cart is not None and not self._refuse_while_saving():
            self.cart.customer = None
            self.card_view.show_card(None)
            self._cart_changed()
            self.messages.show_message(tr("Checkout", "Walk-in sale (no customer)"))

    def ask_new_sale(self) -> None:
        """Ctrl+N: a cart with lines is dropped only after a yes (No is the default); never
        while it is being saved (a save in doubt may still turn out to be a sale)."""
        if self.saving:
            self.messages.show_error(
                tr("Checkout", "The sale is being saved - wait for the answer")
            )
            return
        if self.cart is None or not self.cart.lines:
            self.new_sale()
            return
        count = len(self.cart.lines)
        question = (
            tr("Checkout", "Drop the {count} lines in the cart and start a new sale?")
            if count > 1
            else tr("Checkout", "Drop the 1 line in the cart and start a new sale?")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Checkout", "New sale"),
            question.format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(self._discard_answered)  # no lambda holding the box: see below
        self.discard_question = box
        box.open()

    def _discard_answered(self, button: QAbstractButton) -> None:
        if self.discard_question.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.new_sale()
        else:
            self.focus_scan()

    def new_sale(self) -> None:
        if self.model is not None:
            self.model.reset()
        self.card_view.show_card(None)
        self.messages.clear_message()
        self.pages.setCurrentWidget(self.sale_page)
        announce_idle(self.ctx, self.cart)
        self.quick_keys.reload()  # the seats just sold: the tiles' free seats
        self.focus_scan()
