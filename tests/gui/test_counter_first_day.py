"""What a first day at the counter ran into (issue 23, item 6), each driven as a cashier would.

Each test failed before its fix: a quantity of 0 was taken and blocked the payment later, a
mistyped customer code vanished from the scan field, the Register screen kept the last
visitor's name and QR, "12,50" was refused at a German booth, cash was taken without a word
when no cash session was open.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.money import set_typing_locale
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.cart_table import COLUMNS
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text

QUANTITY = next(n for n, (_title, attribute) in enumerate(COLUMNS) if attribute == "quantity")
SYMBOLS = "0123456789ABCDEFGHJKMNPRSTVWXYZ"


def open_checkout(qtbot: QtBot, ctx: UiContext) -> CheckoutScreen:
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    return screen


def add_line(qtbot: QtBot, description: str, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, description)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)


def test_a_quantity_edited_to_zero_is_refused_at_once(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    add_line(qtbot, "Poster", "12.50")
    press(qtbot, Qt.Key.Key_F8)
    assert screen.model is not None and screen.cart is not None
    screen.table.setCurrentIndex(screen.model.index(0, QUANTITY))
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: focused() is not screen.table)
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "quantity of 0 is not taken" in screen.messages.text())
    assert "Delete" in screen.messages.text()
    assert screen.cart.lines[0].quantity == "1"
    assert screen.cart.ready_to_pay  # nothing blocks the payment later


def mistyped(code: str) -> str:
    """The code with its first character changed: the check character refuses it."""
    first = SYMBOLS[(SYMBOLS.index(code[0]) + 1) % len(SYMBOLS)]
    return first + code[1:]


def test_a_mistyped_customer_code_stays_selected_for_correction(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    code = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    ).code
    screen = open_checkout(qtbot, cashier_ctx)
    typed = mistyped(CustomerCode(code).display)
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)
    assert typed in screen.messages.text()
    assert screen.scan.text() == typed
    assert screen.scan.selectedText() == typed  # typing (or the next scan) replaces it
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Delete)
    type_text(qtbot, code[0])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    assert screen.scan.text() == ""


def register_by_keyboard(qtbot: QtBot, screen: RegisterCustomerScreen) -> None:
    type_text(qtbot, "Anna Schmidt")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "anna@example.org")
    qtbot.waitUntil(screen.save_button.isEnabled)
    with qtbot.waitSignal(screen.registered):
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def open_register(qtbot: QtBot, ctx: UiContext) -> RegisterCustomerScreen:
    screen = RegisterCustomerScreen(ctx)
    show_active(qtbot, screen, (1100, 760))
    screen.activate()
    qtbot.waitUntil(lambda: focused() is screen.name)
    return screen


def test_the_last_visitor_leaves_the_register_screen_after_a_while(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    screen = open_register(qtbot, cashier_ctx)
    screen.clear_after_ms = 300
    register_by_keyboard(qtbot, screen)
    assert screen.pages.currentWidget() is screen.result
    assert "Anna Schmidt" in screen.card.details.text()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.form_page, timeout=3000)
    assert screen.card.details.text() == "" and screen.card.code.text() == ""
    assert not screen.card.qr.has_qr()
    assert (screen.name.text(), screen.email.text()) == ("", "")
    assert focused() is screen.name  # ready for the next visitor


def test_selling_to_the_visitor_clears_the_register_screen(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    screen = open_register(qtbot, cashier_ctx)
    register_by_keyboard(qtbot, screen)
    with qtbot.waitSignal(screen.sell_requested):
        press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert screen.pages.currentWidget() is screen.form_page
    assert "Anna" not in screen.card.details.text()


@pytest.fixture
def german_typing() -> Iterator[None]:
    assert set_typing_locale("de_DE") == "de_DE"
    yield
    set_typing_locale(None)


@pytest.mark.usefixtures("german_typing")
def test_a_decimal_comma_is_taken_at_a_german_booth(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    add_line(qtbot, "Poster", "12,50")
    assert screen.cart is not None and screen.cart.ready_to_pay
    assert "Total 12.50 EUR" in screen.totals.total.text()
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: getattr(screen, "payment_dialog", None) is not None)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    type_text(qtbot, "20,00")
    assert "Change: <b>7.50 EUR</b>" in screen.payment_dialog.outcome.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [sale] = services.billing.list_invoices(staff.admin, limit=5)
    assert sale.gross == Decimal("12.50")


def pay_cash_up_to_the_confirmation(qtbot: QtBot, screen: CheckoutScreen) -> None:
    add_line(qtbot, "Poster", "12.50")
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: getattr(screen, "payment_dialog", None) is not None)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)


def test_cash_without_an_open_cash_session_is_warned_about(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    qtbot.waitUntil(lambda: screen.cash_session_open is False)
    pay_cash_up_to_the_confirmation(qtbot, screen)
    warning = screen.confirmation.warning
    assert warning.isVisibleTo(screen.confirmation)
    assert "No cash session is open" in warning.text()


def test_no_warning_with_a_cash_session_open(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.cash_sessions.open(staff.cashier, "100.00")
    screen = open_checkout(qtbot, cashier_ctx)
    qtbot.waitUntil(lambda: screen.cash_session_open is True)
    pay_cash_up_to_the_confirmation(qtbot, screen)
    assert not screen.confirmation.warning.isVisibleTo(screen.confirmation)


def test_a_german_booth_offers_19_and_7_percent_for_a_free_line_and_19_is_the_default(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.settings.seller.country = "DE"
    services.products.add(staff.manager, sku="BOOK", name="Book", price="20", vat_rate="7")
    screen = open_checkout(qtbot, cashier_ctx)
    vat = screen.line_entry.vat
    assert vat.text() == "19"
    assert [vat.itemText(n) for n in range(vat.count())] == ["19", "7"]
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Poster")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "10.70")
    press(qtbot, Qt.Key.Key_Tab)  # quantity
    press(qtbot, Qt.Key.Key_Tab)  # the rate
    assert focused() is vat
    press(qtbot, Qt.Key.Key_Down)  # the next of the till's rates
    assert vat.text() == "7"
    press(qtbot, Qt.Key.Key_Return)
    assert screen.cart is not None
    [line] = screen.cart.sale_lines()
    assert (line.description, line.vat_rate) == ("Poster", Decimal(7))
    assert "VAT 7%: 0.70" in screen.totals.breakdown.text()
