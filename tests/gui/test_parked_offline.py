"""Parked sales at a till that sells offline: F10 parks on the offline journal while the line is
down, Shift+F10 lists the carts of both places (the journal's alone offline) and brings each
back from the database it was parked in (the two number their carts each from 1).

The till reaches the real PostgreSQL through ``tests/support/pg_proxy.py`` (the fixtures of
``test_offline_till.py``): ``go_down`` is the hall's line dropping.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.ui import parked_places
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.widgets.parked_picker import ParkedPicker
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import Staff
from tests.gui import test_offline_till as offline_till
from tests.gui.keyboard import focused, press, type_text
from tests.gui.selling import pay_and_confirm
from tests.gui.test_checkout import stored_invoices
from tests.gui.test_offline_till import open_window
from tests.integration.test_parked_sales import a_cart
from tests.support.clock import FakeClock
from tests.support.offline_tills import journal_of, sell
from tests.support.pg_proxy import PostgresProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]
SHIFT = Qt.KeyboardModifier.ShiftModifier

# The offline till's fixtures: the line to PostgreSQL, what the journal copies, the till.
proxy = offline_till.proxy
customer_code = offline_till.customer_code
till = offline_till.till


def open_checkout(
    qtbot: QtBot, till: Services, runner: ThreadPoolRunner, staff: Staff
) -> CheckoutScreen:
    window = open_window(qtbot, till, runner, staff.cashier)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None and focused() is checkout.scan)
    return checkout


def add_line(qtbot: QtBot, description: str, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, description)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)  # back to the scan field


def park_by_keyboard(qtbot: QtBot, checkout: CheckoutScreen, note: str) -> str:
    """F10, the note, Enter: what the checkout says once the cart is parked."""
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: getattr(checkout, "park_question", None) is not None)
    qtbot.waitUntil(lambda: focused() is not None and focused() is not checkout.scan)
    type_text(qtbot, note)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Parked:" in checkout.messages.text(), timeout=8000)
    assert checkout.cart is not None and not checkout.cart.lines
    return checkout.messages.text()


def open_parked(qtbot: QtBot, checkout: CheckoutScreen) -> ParkedPicker:
    before = getattr(checkout, "parked_picker", None)
    press(qtbot, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: getattr(checkout, "parked_picker", None) is not before, timeout=8000)
    picker = checkout.parked_picker
    qtbot.waitUntil(lambda: focused() is picker.list)
    return picker


def listed(picker: ParkedPicker) -> list[str]:
    return [picker.list.item(row).text() for row in range(picker.list.count())]


def next_sale(qtbot: QtBot, checkout: CheckoutScreen) -> None:
    """Pay what is in the cart (cash, exact) and start the next sale."""
    pay_and_confirm(qtbot, checkout)
    qtbot.waitUntil(lambda: checkout.pages.currentWidget() is checkout.done_panel, timeout=8000)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checkout.pages.currentWidget() is checkout.sale_page)
    qtbot.waitUntil(lambda: checkout.cart is not None and not checkout.cart.lines)
    qtbot.waitUntil(lambda: focused() is checkout.scan)


def test_offline_f10_parks_on_the_journal_and_shift_f10_brings_it_back_whole(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
    customer_code: str,
) -> None:
    checkout = open_checkout(qtbot, till, runner, staff)
    proxy.go_down()
    type_text(qtbot, customer_code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Selling to Ada Lovelace" in checkout.messages.text(), timeout=8000)
    type_text(qtbot, "MUG")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Added Mug" in checkout.messages.text())
    add_line(qtbot, "Catalogue", "30.00")

    said = park_by_keyboard(qtbot, checkout, "fetching her card")
    assert "on this till (offline)" in said
    assert checkout.cart is not None and checkout.cart.customer is None
    qtbot.waitUntil(lambda: "Parked sales: 1 (Shift+F10" in checkout.parked_label.text())

    add_line(qtbot, "Poster", "12.50")  # the next visitor is served meanwhile
    pay_and_confirm(qtbot, checkout)
    qtbot.waitUntil(lambda: checkout.pages.currentWidget() is checkout.done_panel, timeout=8000)
    assert "Saved on this till (offline)" in checkout.done_panel.messages.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is checkout.scan)

    picker = open_parked(qtbot, checkout)
    [cart] = listed(picker)
    assert "Ada Lovelace" in cart
    assert "fetching her card" in cart
    assert picker.offline_note.isVisible()  # the server's carts show when the line is back
    press(qtbot, Qt.Key.Key_Return)
    recalled = checkout.cart
    assert recalled is not None
    qtbot.waitUntil(lambda: len(recalled.lines) == 2 and recalled.customer is not None)
    assert recalled.customer is not None and recalled.customer.customer.code == customer_code
    assert [(line.description, line.unit_price) for line in recalled.lines] == [
        ("Mug", "9.50"),
        ("Catalogue", "30.00"),
    ]
    assert "Total 39.50 EUR" in checkout.totals.total.text()
    qtbot.waitUntil(lambda: checkout.parked_label.text() == "")
    assert journal_of(till).services.parked_sales.count(staff.cashier) == 0
    next_sale(qtbot, checkout)  # paid offline too

    proxy.come_back()
    assert services.parked_sales.count(staff.cashier) == 0  # never on the server
    assert stored_invoices(services, staff) == []  # both sales wait on the journal
    assert journal_of(till).sync_round().pushed == 2
    assert sorted(view.gross for view in stored_invoices(services, staff)) == [
        Decimal("12.50"),
        Decimal("39.50"),
    ]


def test_carts_parked_on_the_server_and_offline_are_both_listed_and_each_recalled_once(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
    clock: FakeClock,
) -> None:
    checkout = open_checkout(qtbot, till, runner, staff)
    add_line(qtbot, "Catalogue", "30.00")
    assert "offline" not in park_by_keyboard(qtbot, checkout, "parked online")
    [on_server] = services.parked_sales.list_parked(staff.cashier)

    clock.advance(minutes=5)
    proxy.go_down()
    sell(till, staff.cashier)  # a sale on the journal: the sync copies the journal anew after it
    add_line(qtbot, "Poster", "12.50")
    add_line(qtbot, "Pin", "2.00")
    assert "offline" in park_by_keyboard(qtbot, checkout, "parked offline")
    [on_journal] = journal_of(till).services.parked_sales.list_parked(staff.cashier)
    assert on_journal.id == on_server.id == 1  # each database numbers its own
    picker = open_parked(qtbot, checkout)
    assert [text.rsplit("- ", 1)[-1] for text in listed(picker)] == ["parked offline"]
    press(qtbot, Qt.Key.Key_Escape)

    proxy.come_back()
    result = journal_of(till).sync_round()
    assert (result.pushed, result.pending) == (1, 0)
    assert not journal_of(till).link.state.sells_offline
    picker = open_parked(qtbot, checkout)
    assert [text.rsplit("- ", 1)[-1] for text in listed(picker)] == [
        "parked online",
        "parked offline",
    ]
    assert not picker.offline_note.isVisible()
    assert "Parked sales: 2" in checkout.parked_label.text()

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # the journal's cart 1, not the server's
    qtbot.waitUntil(lambda: checkout.cart is not None and len(checkout.cart.lines) == 2)
    assert checkout.cart is not None
    assert [line.description for line in checkout.cart.lines] == ["Poster", "Pin"]
    assert services.parked_sales.count(staff.cashier) == 1  # the server's is still parked
    qtbot.waitUntil(lambda: "Parked sales: 1" in checkout.parked_label.text())
    next_sale(qtbot, checkout)

    picker = open_parked(qtbot, checkout)
    assert [text.rsplit("- ", 1)[-1] for text in listed(picker)] == ["parked online"]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checkout.cart is not None and len(checkout.cart.lines) == 1)
    assert checkout.cart is not None
    assert [line.description for line in checkout.cart.lines] == ["Catalogue"]
    next_sale(qtbot, checkout)

    press(qtbot, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: checkout.messages.text() == "No parked sales at this till")
    assert services.parked_sales.count(staff.cashier) == 0
    assert journal_of(till).services.parked_sales.count(staff.cashier) == 0
    gross = sorted(view.gross for view in stored_invoices(services, staff))
    assert gross == [
        Decimal("14.50"),
        Decimal("19.00"),
        Decimal("30.00"),
    ]  # the offline mug sale, then each cart once


def test_a_cart_parked_in_both_places_by_one_lost_answer_is_listed_and_recalled_once(
    till: Services, runner: ThreadPoolRunner, staff: Staff, services: Services
) -> None:
    """The server's COMMIT of an F10 got there but its answer did not; the retry found no
    server, so the cart was parked on the journal too, under the same key."""
    ctx = UiContext(till, runner, staff.cashier)
    cart = a_cart("lost answer")
    services.parked_sales.park(staff.cashier, cart)
    journal_of(till).services.parked_sales.park(staff.cashier, cart)
    found = parked_places.parked(ctx, staff.cashier)
    assert [(c.note, c.on_journal) for c in found.carts] == [("lost answer", False)]
    parked_places.recall(ctx, staff.cashier, found.carts[0])
    assert parked_places.parked(ctx, staff.cashier).carts == []
    assert journal_of(till).services.parked_sales.count(staff.cashier) == 0
