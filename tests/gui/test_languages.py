"""A German colleague logs in: the till speaks German, amounts read "12,50"; a change of
language in the Language menu rebuilds the window in the new one at once, the cart kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerType
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.workshops import WorkshopStatus
from pos_desktop.services.transfers import APPROVED, RECEIVED, REJECTED, REQUESTED, SENT
from pos_desktop.ui.i18n import apply_language, current_language, value_name
from pos_desktop.ui.idle_lock import TerminalLock
from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.conftest import PASSWORD, Staff
from tests.gui.conftest import NewLock
from tests.gui.keyboard import focused, press, type_text
from tests.gui.selling import sell_by_keyboard


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """The language is the process's: later tests see the English source again."""
    yield
    apply_language("")


TRANSFER_STATES = (REQUESTED, APPROVED, REJECTED, SENT, RECEIVED)


def german_till(qtbot: QtBot, services: Services, staff: Staff, new_lock: NewLock) -> TerminalLock:
    """Carl chose German; his login applies it as the app does after a login (ui/app.py)."""
    services.users.set_language(staff.cashier, "de")
    carl = services.users.login("carl", PASSWORD)
    assert apply_language(carl.language) == "de"
    lock = new_lock(carl, 60_000)
    lock.start()
    checkout = lock.window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    lock.window.activateWindow()
    qtbot.waitUntil(lambda: checkout.cart is not None and focused() is checkout.scan)
    return lock


def add_line(qtbot: QtBot, checkout: CheckoutScreen, description: str, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, description)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    press(qtbot, Qt.Key.Key_Return)


def test_a_german_user_gets_the_till_in_german(
    qtbot: QtBot, services: Services, staff: Staff, new_lock: NewLock
) -> None:
    lock = german_till(qtbot, services, staff, new_lock)
    window = lock.window
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)

    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert names[:4] == ["Kasse", "Kunde erfassen", "Kunden", "Rechnungen"]
    assert window.nav.hint(0) == "Strg+1"  # Qt's own German for the keys
    assert checkout.title.text().startswith("Kasse · Expo 2024")
    assert checkout.pay_button.text() == "Bezahlen (F12)"
    assert checkout.scan.placeholderText().startswith("Kundencode, Barcode oder Artikelnr.")
    assert window.printer_label.text().startswith("Drucker: ")
    assert checkout.line_entry.add_button.text() == "Position hinzufügen"
    assert window.scanner_label.text() in ("Scanner: aus", "Scanner: Tastatur")
    assert window.db_label.text().startswith("Datenbank: ")
    assert "(Kassierer)" in window.user_label.text()
    assert [a.text() for a in window.menuBar().actions()][:1] == ["&Sprache"]

    add_line(qtbot, checkout, "Katalog", "12,50")  # a German decimal comma, typed
    assert checkout.cart is not None and len(checkout.cart.lines) == 1
    assert "Summe 12,50 EUR" in checkout.totals.total.text()

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is checkout.payment_dialog.cash)
    dialog = checkout.payment_dialog
    assert dialog.windowTitle() == "Zahlung"
    assert "Zu zahlen: <b>12,50 EUR</b>" in dialog.due_label.text()
    assert dialog.cash.text() == "12,50"
    assert "Wechselgeld" in dialog.outcome.text()
    press(qtbot, Qt.Key.Key_Escape)


def test_changing_the_language_rebuilds_the_window_in_it_with_the_cart_kept(
    qtbot: QtBot, services: Services, staff: Staff, new_lock: NewLock
) -> None:
    lock = german_till(qtbot, services, staff, new_lock)
    old = lock.window
    checkout = old.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    add_line(qtbot, checkout, "Katalog", "12,50")
    cart = checkout.cart
    assert cart is not None and len(cart.lines) == 1

    old.language_actions["en"].trigger()  # Language > English

    qtbot.waitUntil(lambda: lock.window is not old)
    window = lock.window
    assert current_language() == "en"
    assert window.nav.item(0).text() == "Checkout"
    assert window.language_actions["en"].isChecked()
    new = window.screens["Checkout"]
    assert isinstance(new, CheckoutScreen)
    assert new.pay_button.text() == "Pay (F12)"
    assert new.cart is cart and [ln.description for ln in cart.lines] == ["Katalog"]
    assert new.model is not None and new.model.rowCount() == 1
    assert "Total 12.50 EUR" in new.totals.total.text()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    assert services.users.login("carl", PASSWORD).language == "en"  # stored for next time
    assert services.parked_sales.count(staff.cashier) == 0  # handed over, not parked


def test_a_sale_just_saved_is_not_carried_into_the_rebuilt_window(
    qtbot: QtBot, services: Services, staff: Staff, new_lock: NewLock
) -> None:
    """Its lines stay with its invoice on the old window: the new one starts an empty sale
    (carried over, they would have been on the till to be sold again)."""
    lock = german_till(qtbot, services, staff, new_lock)
    old = lock.window
    checkout = old.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    sell_by_keyboard(qtbot, checkout, "Katalog", "12,50")

    old.language_actions["en"].trigger()  # Language > English

    qtbot.waitUntil(lambda: lock.window is not old)
    new = lock.window.screens["Checkout"]
    assert isinstance(new, CheckoutScreen)
    qtbot.waitUntil(lambda: new.cart is not None)
    assert new.cart is not None and new.cart.lines == []
    assert new.pages.currentWidget() is new.sale_page


def test_stored_values_read_in_the_users_language_and_every_one_has_a_name() -> None:
    """An invoice "issued", a visitor "exhibitor": the database keeps the English word, a
    German cashier reads German; a state added to the domain without a name would show
    English, so the list must know every one."""
    every = [
        *(s.value for s in InvoiceStatus),
        *(s.value for s in WorkshopStatus),
        *(t.value for t in CustomerType),
        *TRANSFER_STATES,
    ]
    assert all(value_name(v) == v for v in every)  # English: the word itself
    assert apply_language("de") == "de"
    german = {v: value_name(v) for v in every}
    assert german["issued"] == "ausgestellt" and german["exhibitor"] == "Aussteller"
    assert [v for v, shown in german.items() if shown == v] == []
    assert value_name("something new") == "something new"


def test_a_services_refusal_reads_in_german_on_a_german_till(
    qtbot: QtBot, services: Services, staff: Staff, new_lock: NewLock
) -> None:
    """The service raises its message in English (scripts read it so); Carl reads German."""
    lock = german_till(qtbot, services, staff, new_lock)
    checkout = lock.window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    nobody = str(CustomerCode.generate())
    type_text(qtbot, nobody)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(checkout.messages.isVisible)
    assert checkout.messages.text() == f"kein Kunde mit dem Code {nobody}"
