"""Seats at the checkout like products (issue 24): scan the customer, scan the workshop's code,
pay; the seat is booked. Without a customer, or when the workshop is full, the cashier is told
at the scan, not at the payment. Both databases, keyboard only."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.widgets.message_bar import Tone
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import pay_and_confirm
from tests.support.workshops import add_workshop, customer, sell_seats


def open_checkout(qtbot: QtBot, ctx: UiContext) -> CheckoutScreen:
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None)
    return screen


def scan(qtbot: QtBot, screen: CheckoutScreen, text: str) -> None:
    before = screen.messages.text()
    screen.focus_scan()
    assert focused() is screen.scan
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.messages.text() != before)


def test_a_seat_scanned_after_the_customer_is_sold_and_booked(
    qtbot: QtBot, services: Services, staff: Staff, cashier_ctx: UiContext
) -> None:
    add_workshop(services, staff.manager, "TALK1", capacity=10, price="25.00")
    ada = customer(services, staff.cashier, "Ada Example")
    screen = open_checkout(qtbot, cashier_ctx)

    scan(qtbot, screen, "TALK1")  # no customer yet
    assert screen.messages.tone is Tone.ERROR
    assert "scan the customer's QR first" in screen.messages.text()
    assert screen.cart is not None and screen.cart.lines == []

    scan(qtbot, screen, ada)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    scan(qtbot, screen, "talk1")  # typed loosely
    assert screen.messages.text() == "Added a seat in TALK1 (10 free)"
    [line] = screen.cart.lines
    assert line.description.startswith("Seat: Espresso basics TALK1 (TALK1, ")
    assert line.unit_price == "25.00"

    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    view = services.workshops.show(staff.manager, "TALK1")
    assert (view.booked, view.revenue) == (1, Decimal("25.00"))


def test_a_full_workshop_says_so_at_the_scan(
    qtbot: QtBot, services: Services, staff: Staff, cashier_ctx: UiContext
) -> None:
    add_workshop(services, staff.manager, "TALK1", capacity=1)
    sell_seats(services, staff.cashier, "TALK1", customer(services, staff.cashier, "Bob Example"))
    ada = customer(services, staff.cashier, "Ada Example")
    screen = open_checkout(qtbot, cashier_ctx)
    scan(qtbot, screen, ada)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)

    scan(qtbot, screen, "TALK1")

    assert screen.messages.tone is Tone.ERROR
    assert screen.messages.text().startswith("TALK1 is full")
    assert screen.cart is not None and screen.cart.lines == []
