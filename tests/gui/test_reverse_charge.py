"""The reverse charge at the checkout: a manager ticks it (Alt+R) when confirming a sale to a
business with another EU country's VAT ID; a cashier is not offered it. Real databases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.support.pdf_reading import page_texts

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def french_business(services: Services, staff: Staff) -> str:
    seller = services.settings.seller
    seller.name, seller.country, seller.vat_id = "Booth Books GmbH", "DE", "DE136695976"
    return services.customers.register(
        staff.cashier,
        CustomerInput(
            name="Zoé Lefèvre",
            email="zoe@creme.example",
            company="Café Crème SARL",
            street="12 rue de la Paix",
            postcode="75002",
            city="Paris",
            country="FR",
            vat_id="FR40303265045",
            language="en",  # reads English (a French customer's documents would be French)
        ),
    ).code


def to_confirmation(qtbot: QtBot, ctx: UiContext, code: str) -> CheckoutScreen:
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None)
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Stand lighting")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "400.00")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    return screen


def test_a_manager_ticks_reverse_charge_and_the_invoice_carries_the_note(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff, french_business: str
) -> None:
    screen = to_confirmation(qtbot, manager_ctx, french_business)
    box = screen.confirmation.reverse_charge_box
    assert box.isVisible() and "FR40303265045" in box.text()
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(box.isChecked)  # a mnemonic clicks the box (animated: a moment later)
    assert focused() is screen.confirmation.save_button
    press(qtbot, Qt.Key.Key_Return)  # Enter still saves
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    assert "full invoice · reverse charge" in screen.done_panel.details.text()

    [summary] = services.billing.list_invoices(staff.admin)
    assert summary.number is not None
    invoice = services.billing.get(staff.admin, summary.number)
    assert invoice.reverse_charge and invoice.is_full
    text = " ".join(page_texts(services.documents.render_invoice_pdf(summary.number))[0].split())
    assert "Reverse charge: VAT to be accounted for by the recipient" in text


def test_a_cashier_is_not_offered_the_reverse_charge(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, french_business: str
) -> None:
    screen = to_confirmation(qtbot, cashier_ctx, french_business)
    assert not screen.confirmation.reverse_charge_box.isVisible()
    press(qtbot, Qt.Key.Key_R, ALT)  # nothing to tick
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [summary] = services.billing.list_invoices(staff.admin)
    assert not services.billing.get(staff.admin, summary.number or "").reverse_charge
