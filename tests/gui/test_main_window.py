"""The main window: each role sees its screens; the dashboard shows what the database holds."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.billing import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.dashboard import DashboardScreen
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import sell_by_keyboard

CASHIER_SCREENS = ["Checkout", "Register customer", "Customers", "Invoices"]


def open_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    show_active(qtbot, window)
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_a_cashier_sees_selling_screens_only(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    window = open_window(qtbot, cashier_ctx)
    assert titles(window) == CASHIER_SCREENS
    assert "carl (cashier)" in window.user_label.text()


def test_a_manager_also_sees_the_dashboard_and_ctrl_digits_switch_screens(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    window = open_window(qtbot, manager_ctx)
    assert titles(window) == [*CASHIER_SCREENS, "Dashboard", "Reports", "Products"]
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["Dashboard"]
    press(qtbot, Qt.Key.Key_F4)
    assert window.stack.currentWidget() is window.screens["Checkout"]


def test_the_dashboard_shows_todays_figures_from_the_database(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    for amount in ("12.50", "7.50"):
        line = LineInput("Item", Decimal(1), Decimal(amount), Decimal(19))
        services.billing.create_invoice(staff.cashier, SaleInput([line]))
    window = open_window(qtbot, manager_ctx)
    screen = window.show_screen("Dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.figures is not None)
    assert "20.00 EUR" in screen.revenue.text()
    assert "<b style='font-size:20pt'>2</b>" in screen.count.text()
    assert "10.00 EUR" in screen.basket.text()
    assert "EXPO24-T1-000002" in screen.latest.text()


def test_register_a_visitor_then_bill_them_with_the_keyboard(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    window = open_window(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    register = window.screens["Register customer"]
    assert isinstance(register, RegisterCustomerScreen)
    qtbot.waitUntil(lambda: focused() is register.name)
    type_text(qtbot, "Grace Hopper")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "grace@example.com")
    qtbot.waitUntil(register.save_button.isEnabled)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: register.last_registered is not None)
    code = register.last_registered
    assert code is not None

    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # sell to this customer
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    sell_by_keyboard(qtbot, checkout, "Workshop seat", "45.00")

    [summary] = services.billing.list_invoices(staff.admin)
    assert (summary.customer_code, summary.gross) == (code, Decimal("45.00"))
    card = services.customers.card(staff.admin, code)
    assert (card.bill_count, card.totals[0].total) == (1, Decimal("45.00"))
