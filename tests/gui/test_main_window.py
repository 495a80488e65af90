"""The main window: each role sees its screens; the dashboard shows what the database holds."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.dashboard import DashboardScreen
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from pos_desktop.ui.widgets.message_bar import Tone
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import sell_by_keyboard

CASHIER_SCREENS = ["Checkout", "Register customer", "Customers", "Invoices", "Cash drawer"]


def open_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    show_active(qtbot, window)
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_a_cashier_sees_selling_screens_only(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    window = open_window(qtbot, cashier_ctx)
    assert titles(window) == [*CASHIER_SCREENS, "Door check-in"]
    assert "carl (cashier)" in window.user_label.text()


def test_the_sidebar_shows_each_screens_icon_and_its_ctrl_key(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    window = open_window(qtbot, cashier_ctx)
    assert [window.nav.hint(row) for row in range(window.nav.count())] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
        "Ctrl+5",
        "Ctrl+6",
    ]
    assert all(not window.nav.item(row).icon().isNull() for row in range(window.nav.count()))
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # what the hint says
    assert window.stack.currentWidget() is window.screens["Door check-in"]


def test_a_manager_also_sees_the_dashboard_and_ctrl_digits_switch_screens(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    window = open_window(qtbot, manager_ctx)
    assert titles(window) == [
        *CASHIER_SCREENS,
        "Dashboard",
        "Reports",
        "Products",
        "Stock",
        "Outbox",
        "Import customers",
        "Workshops",
        "Door check-in",
        "Offline journal",  # after the others: their Ctrl+digits stay
    ]
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["Dashboard"]
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["Reports"]
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.screens["Cash drawer"]
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


def test_ctrl_k_finds_a_customer_from_any_screen_and_enter_sells_to_them(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    ada = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    window = open_window(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # the invoice list
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is window.lookup.code)
    type_text(qtbot, "not-a-code")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lookup.messages.tone is Tone.ERROR)
    assert "No customer code or name matches 'not-a-code'" in window.lookup.messages.text()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, ada.code.lower())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lookup.card is not None)
    assert "Ada Lovelace" in window.lookup.card_view.label.text()

    press(qtbot, Qt.Key.Key_Return)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    assert window.stack.currentWidget() is checkout
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    assert checkout.cart is not None and checkout.cart.customer is not None
    assert checkout.cart.customer.customer.code == ada.code


def test_ctrl_k_finds_customers_by_name_one_at_once_several_in_a_list(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    for name, email in (
        ("山田 花子", "hanako@example.jp"),
        ("Hanako Sato", "sato@example.jp"),
        ("Ada Lovelace", "ada@example.com"),
    ):
        services.customers.register(staff.cashier, CustomerInput(name=name, email=email))
    window = open_window(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is window.lookup.code)
    lookup = window.lookup

    type_text(qtbot, "lovelace")  # eight letters, but not a code: a name
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.card is not None)
    assert lookup.card is not None and lookup.card.customer.name == "Ada Lovelace"

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "hanako")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lookup.matches.isVisible)
    listed = [lookup.matches.item(n).text() for n in range(lookup.matches.count())]
    assert sorted(text.split(" · ")[0] for text in listed) == ["Hanako Sato", "山田 花子"]
    assert focused() is lookup.matches
    press(qtbot, Qt.Key.Key_Down)
    chosen = lookup.matches.currentItem().text().split(" · ")[0]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.card is not None and lookup.card_view.isVisible())
    assert lookup.card is not None and lookup.card.customer.name == chosen
    assert not lookup.matches.isVisible()

    lookup.code.setText("山田")  # what an input method commits (no key events to type it)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.card is not None and lookup.card.customer.name == "山田 花子")
