"""The customer display follows the counter: welcome, cart and total, money, thank-you + QR."""

from __future__ import annotations

import random
from decimal import Decimal

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.customer_display import DisplayLine, DisplayState, Phase
from pos_desktop.ui.cart import CartLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_display.feed import DisplayFeed
from pos_desktop.ui.customer_display.window import CustomerDisplay
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text


def open_counter(qtbot: QtBot, ctx: UiContext) -> tuple[CheckoutScreen, CustomerDisplay]:
    """A checkout and the display beside it, joined only by the services' bus."""
    services = ctx.services
    feed = DisplayFeed(services.bus, services.station.terminal_code)
    display = CustomerDisplay(feed, welcome="Welcome to Booth Tools")
    qtbot.addWidget(display)
    display.resize(800, 600)
    display.show()
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None)
    return screen, display


def decoded_qr(display: CustomerDisplay) -> str:
    """What a phone's camera would read off the display's QR."""
    image = display.qr.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(height, stride)[:, :width]
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(np.ascontiguousarray(pixels))
    return str(text)


@pytest.fixture
def visitor(services: Services, staff: Staff) -> str:
    return services.customers.register(
        staff.cashier, CustomerInput(name="Yamada Hanako", email="hanako@example.com")
    ).code


def test_the_visitor_watches_their_sale_and_keeps_their_code(
    qtbot: QtBot, cashier_ctx: UiContext, visitor: str
) -> None:
    screen, display = open_counter(qtbot, cashier_ctx)
    assert display.pages.currentWidget() is display.idle_page
    assert display.welcome.text() == "Welcome to Booth Tools"

    type_text(qtbot, visitor)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: display.pages.currentWidget() is display.cart_page)
    assert display.greeting.text() == "Hello, Yamada Hanako"

    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Catalogue")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "\b2")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert display.total.text() == "Total 25.00 EUR"
    assert display.lines.rowCount() == 1
    assert display.lines.data(display.lines.index(0, 0)) == "Catalogue"
    assert display.lines.data(display.lines.index(0, 2)) == "25.00 EUR"

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    type_text(qtbot, "50")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    assert display.pages.currentWidget() is display.paying_page
    assert display.given.text() == "Given 50.00 EUR"
    assert display.change.text() == "Change 25.00 EUR"

    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: display.pages.currentWidget() is display.thanks_page)
    assert display.thanks.text() == "Thank you, Yamada Hanako!"
    assert "Your change: 25.00 EUR" in display.keep.text()
    assert decoded_qr(display) == visitor

    # The cashier moves on at once: the code stays up for the visitor to photograph...
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.sale_page)
    assert display.pages.currentWidget() is display.thanks_page
    # ... until it times out, or the next visitor's first line replaces it.
    display.feed.thanks_timer.timeout.emit()
    assert display.pages.currentWidget() is display.idle_page


def test_a_cancelled_payment_shows_the_cart_again(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    screen, display = open_counter(qtbot, cashier_ctx)
    assert screen.model is not None
    screen.model.add_line(CartLine("Poster", unit_price="8.00"))
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    type_text(qtbot, "10")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    assert display.feed.state.phase is Phase.PAYING
    press(qtbot, Qt.Key.Key_Escape)  # back to paying
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    press(qtbot, Qt.Key.Key_Escape)  # no payment after all
    qtbot.waitUntil(lambda: display.pages.currentWidget() is display.cart_page)
    assert display.total.text() == "Total 8.00 EUR"


def test_the_display_shows_the_checkouts_total_after_each_of_200_random_changes(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    screen, display = open_counter(qtbot, cashier_ctx)
    model, cart = screen.model, screen.cart
    assert model is not None and cart is not None
    rng = random.Random(2026)
    typed = ("1", "2", "3", "0.5", "x", "-1")
    prices = ("4.20", "12.50", "0.99", "100", "12,50", "")
    for _change in range(200):
        action = rng.random()
        if action < 0.45 or not cart.lines:
            model.add_line(CartLine(f"Item {rng.randint(1, 99)}", unit_price=rng.choice(prices)))
        elif action < 0.85:
            row = rng.randrange(len(cart.lines))
            column = rng.choice((1, 2))  # quantity, unit price
            value = rng.choice(typed if column == 1 else prices)
            model.setData(model.index(row, column), value)
        else:
            model.remove_line(rng.randrange(len(cart.lines)))
        shown = display.total.text() if display.pages.currentWidget() is display.cart_page else ""
        expected = f"Total {cart.totals.gross:.2f} EUR" if cart.lines else ""
        assert shown == expected
        if cart.lines:
            assert shown == screen.totals.total.text()
            assert display.lines.rowCount() == len(cart.lines)
    assert cart.totals.gross > Decimal(0)  # the run ended with something to pay


def test_a_german_till_speaks_german_to_the_visitor(
    qtbot: QtBot, cashier_ctx: UiContext, visitor: str
) -> None:
    """The display speaks the cashier's language, amounts as it writes them."""
    services = cashier_ctx.services
    apply_language("de")
    try:
        display = CustomerDisplay(
            DisplayFeed(services.bus, services.station.terminal_code), welcome=""
        )
        qtbot.addWidget(display)
        display.show_state(DisplayState().idle("Expo 2024"))
        assert display.welcome.text() == "Willkommen bei Expo 2024"
        line = DisplayLine("Katalog", "2", Decimal("25.00"))
        cart = DisplayState().showing_cart((line,), Decimal("1234.50"), "EUR", "Yamada Hanako")
        display.show_state(cart)
        assert display.greeting.text() == "Guten Tag, Yamada Hanako"
        assert display.total.text() == "Summe 1.234,50 EUR"
        paying = cart.paying(Decimal("1234.50"), Decimal("1300"), Decimal("65.50"))
        display.show_state(paying)
        assert display.given.text() == "Gegeben 1.300,00 EUR"
        assert display.change.text() == "Wechselgeld 65,50 EUR"
        thanks = paying.thanks(
            total=Decimal("1234.50"),
            given=Decimal("1300"),
            change=Decimal("65.50"),
            currency="EUR",
            customer_name="Yamada Hanako",
            customer_code=visitor,
            invoice_number="EXPO24-T1-000001",
        )
        display.show_state(thanks)
        assert display.thanks.text() == "Vielen Dank, Yamada Hanako!"
        assert display.keep.text().splitlines() == [
            "Ihr Wechselgeld: 65,50 EUR",
            "Speichern Sie diesen Code auf Ihrem Handy: Beim nächsten Besuch scannen wir ihn "
            "an unserem Stand.",
            "Rechnung EXPO24-T1-000001",
        ]
    finally:
        apply_language("")


def test_the_display_speaks_the_visitors_language_while_the_till_keeps_the_cashiers(
    qtbot: QtBot, cashier_ctx: UiContext, staff: Staff
) -> None:
    """A visitor from France at an English till: their cart, total and thank-you in French,
    amounts written the French way; the next walk-in sale is in the till's language again."""
    services = cashier_ctx.services
    french = services.customers.register(
        staff.cashier,
        CustomerInput(name="Camille Martin", email="camille@example.fr", country="FR"),
    ).code
    screen, display = open_counter(qtbot, cashier_ctx)
    type_text(qtbot, french)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: display.pages.currentWidget() is display.cart_page)
    assert display.greeting.text() == "Bonjour Camille Martin"
    assert screen.model is not None
    screen.model.add_line(CartLine("Catalogue", unit_price="1234.50"))
    assert display.total.text() == "Total 1\u202f234,50 EUR"
    assert screen.totals.total.text().startswith("Total 1234.50 EUR")  # the cashier's own

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    type_text(qtbot, "1300")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    assert display.change.text() == "Rendu 65,50 EUR"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: display.pages.currentWidget() is display.thanks_page)
    assert display.thanks.text() == "Merci, Camille Martin\xa0!"

    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.sale_page)
    screen.model.add_line(CartLine("Poster", unit_price="8.00"))  # a walk-in, no card
    assert display.total.text() == "Total 8.00 EUR"
