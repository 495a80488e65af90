"""Parked sales at the checkout, by keyboard: F10 parks, the app restarts, Shift+F10 recalls.

Real services on SQLite and PostgreSQL; the "restart" is a second set of services and a new
window on the same database, as when the app is closed and started again.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import FAST_HASHER, Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import pay_and_confirm, sell_by_keyboard
from tests.support.clock import FakeClock


@pytest.fixture
def customer_code(services: Services, staff: Staff) -> str:
    view = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    return view.code


@pytest.fixture
def restarted_ctx(
    settings: Settings, clock: FakeClock, staff: Staff, runner: ThreadPoolRunner
) -> Iterator[UiContext]:
    """The app started again on the same database: services of its own, the same cashier."""
    built = build_services(settings, clock=clock, hasher=FAST_HASHER)
    yield UiContext(built, runner, staff.cashier)
    runner.wait_for_done()
    built.close()


def open_checkout(qtbot: QtBot, ctx: UiContext) -> CheckoutScreen:
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None, timeout=15_000)  # a loaded CI machine
    return screen


def add_line(qtbot: QtBot, description: str, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, description)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)  # leave the line entry: back to the scan field


def fill_cart(qtbot: QtBot, screen: CheckoutScreen, customer_code: str) -> None:
    type_text(qtbot, customer_code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    add_line(qtbot, "Catalogue", "30.00")
    add_line(qtbot, "Mug", "10.00")
    screen.apply_basket_discount("10%")  # what F7's question passes on
    assert screen.cart is not None and screen.cart.gross == Decimal("36.00")


def park_by_keyboard(qtbot: QtBot, screen: CheckoutScreen, note: str) -> None:
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: getattr(screen, "park_question", None) is not None)
    qtbot.waitUntil(lambda: focused() is not None and focused() is not screen.scan)
    type_text(qtbot, note)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Parked:" in screen.messages.text())


def test_park_restart_recall_and_pay(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    restarted_ctx: UiContext,
    staff: Staff,
    customer_code: str,
) -> None:
    restarted = restarted_ctx.services
    first = open_checkout(qtbot, cashier_ctx)
    fill_cart(qtbot, first, customer_code)
    park_by_keyboard(qtbot, first, "fetching her card")
    assert first.cart is not None and not first.cart.lines and first.cart.customer is None
    assert "36.00 EUR" in first.messages.text()
    qtbot.waitUntil(lambda: "Parked sales: 1" in first.parked_label.text())
    first.close()

    again = open_checkout(qtbot, restarted_ctx)
    qtbot.waitUntil(lambda: "Parked sales: 1 (Shift+F10" in again.parked_label.text())
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(again, "parked_picker", None) is not None)
    picker = again.parked_picker
    qtbot.waitUntil(lambda: focused() is picker.list)
    assert "Ada Lovelace" in picker.list.item(0).text()
    assert "fetching her card" in picker.list.item(0).text()
    press(qtbot, Qt.Key.Key_Return)

    cart = again.cart
    assert cart is not None
    qtbot.waitUntil(lambda: len(cart.lines) == 2 and cart.customer is not None)
    assert cart.customer is not None and cart.customer.customer.name == "Ada Lovelace"
    assert [(line.description, line.discount) for line in cart.lines] == [
        ("Catalogue", "3.00"),
        ("Mug", "1.00"),
    ]
    assert "Total 36.00 EUR" in again.totals.total.text()
    qtbot.waitUntil(lambda: again.parked_label.text() == "")
    assert restarted.parked_sales.count(staff.cashier) == 0

    qtbot.waitUntil(lambda: focused() is again.scan)
    pay_and_confirm(qtbot, again)
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.done_panel)
    [summary] = restarted.billing.list_invoices(staff.admin, limit=5)
    invoice = restarted.billing.get(staff.admin, summary.number or "")
    assert invoice.gross == Decimal("36.00")
    assert invoice.customer_code == customer_code


def test_a_parked_cart_is_recalled_once_from_two_windows(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner
) -> None:
    one = open_checkout(qtbot, UiContext(services, runner, staff.cashier))
    add_line(qtbot, "Poster", "12.50")
    park_by_keyboard(qtbot, one, "")
    [parked] = services.parked_sales.list_parked(staff.cashier)
    two = open_checkout(qtbot, UiContext(services, runner, staff.manager))

    one.recall(parked)
    two.recall(parked)
    qtbot.waitUntil(lambda: not runner.busy)
    carts = [screen.cart for screen in (one, two)]
    assert sorted(len(cart.lines) for cart in carts if cart is not None) == [0, 1]
    loser = one if one.cart is not None and not one.cart.lines else two
    assert "no longer parked" in loser.messages.text()


def test_f10_with_an_empty_cart_says_so(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    press(qtbot, Qt.Key.Key_F10)
    assert "Nothing to park" in screen.messages.text()
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "No parked sales" in screen.messages.text())


def open_window_with_a_line(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    show_active(qtbot, window)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    add_line(qtbot, "Workshop seat", "89.00")
    return window


def test_closing_the_window_with_a_cart_offers_to_park_it(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    window = open_window_with_a_line(qtbot, cashier_ctx)
    window.close()
    qtbot.waitUntil(lambda: getattr(window, "close_question", None) is not None)
    assert window.isVisible()  # nothing closed before the answer
    box = window.close_question
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    assert box.defaultButton() is window.park_and_close_button
    qtbot.waitUntil(lambda: focused() is window.park_and_close_button)
    press(qtbot, Qt.Key.Key_Return)  # the default: park, then close
    qtbot.waitUntil(lambda: not window.isVisible())
    [parked] = services.parked_sales.list_parked(staff.cashier)
    assert parked.gross == Decimal("89.00")
    assert parked.note == "left open when the window was closed"


def test_closing_the_window_can_be_cancelled(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    window = open_window_with_a_line(qtbot, cashier_ctx)
    window.close()
    qtbot.waitUntil(lambda: getattr(window, "close_question", None) is not None)
    box: QMessageBox = window.close_question
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    qtbot.waitUntil(lambda: focused() is window.park_and_close_button)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen) and checkout.cart is not None
    assert len(checkout.cart.lines) == 1
    assert services.parked_sales.count(staff.cashier) == 0
    window.close_without_asking()


def test_closing_the_window_after_a_sale_asks_nothing_and_parks_nothing(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    runner: ThreadPoolRunner,
) -> None:
    """The sold lines stay on screen with the invoice until the next sale: they are no open
    cart to park (parked, they could be sold a second time)."""
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None and focused() is checkout.scan)
    sell_by_keyboard(qtbot, checkout, "Workshop seat", "89.00")
    window.close()
    assert not window.isVisible()
    assert getattr(window, "close_question", None) is None
    assert runner.wait_for_done()
    assert services.parked_sales.count(staff.cashier) == 0
