"""The till keeps selling in the app when the server does not answer (docs/offline-design.md,
step 5): the checkout saves on the offline journal with the next number, the status bar says
so, the sync puts the sale on the server once; sales made offline are voided, refunded and
edited offline while the server's invoices wait; a manager sees what waits and what
conflicted; a cashier logs in on the journal's users.

The till reaches the real PostgreSQL through ``tests/support/pg_proxy.py``: ``go_down`` is the
hall's network dropping.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.outbox import MessageKind
from pos_desktop.domain.roles import Actor
from pos_desktop.ui.app import open_database
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.offline_switch import LOGGED_IN_OFFLINE, ON_THE_SERVER, make_journal
from pos_desktop.ui.screens.cash_drawer import CashDrawerScreen
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.screens.invoices import OFFLINE_LIST, InvoicesScreen
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.screens.offline_journal import OfflineJournalScreen
from pos_desktop.ui.screens.refund_dialog import RefundDialog
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import PASSWORD, Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import pay_and_confirm
from tests.gui.test_checkout import stored_invoices
from tests.gui.test_invoice_editor import open_editor
from tests.gui.test_register_customer import decode_shown_qr
from tests.support.clock import FakeClock
from tests.support.offline_tills import SALE, journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def proxy() -> Iterator[PostgresProxy]:
    with PostgresProxy() as running:
        yield running


@pytest.fixture
def customer_code(services: Services, staff: Staff) -> str:
    view = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    services.products.add(staff.manager, sku="MUG", name="Mug", price="9.50", vat_rate="19")
    return view.code


@pytest.fixture
def till(  # noqa: PLR0917 - fixtures are named parameters by nature
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    proxy: PostgresProxy,
    staff: Staff,
    customer_code: str,
    runner: ThreadPoolRunner,
) -> Iterator[Services]:
    """A till on the proxy whose journal holds the users, the customer and the mug."""
    del staff, customer_code  # on the server before the journal copies it
    built = till_services(proxy.url(database_url), tmp_path, clock)
    built.settings.scanner.keyboard = False
    journal_of(built).ensure()
    yield built
    runner.wait_for_done()
    built.close()


def open_window(qtbot: QtBot, till: Services, runner: ThreadPoolRunner, actor: Actor) -> MainWindow:
    window = MainWindow(UiContext(till, runner, actor))
    show_active(qtbot, window, (1280, 800))
    return window


def offline_words(clock: FakeClock, sales: int) -> str:
    since = clock.now().astimezone().strftime("%H:%M")
    return f"Offline since {since} - {sales} sale{'s' if sales != 1 else ''} waiting"


def test_a_whole_sale_by_keyboard_is_saved_offline_then_reaches_the_server_once(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
    clock: FakeClock,
    customer_code: str,
) -> None:
    sell(till, staff.cashier)  # online: EXPO24-T1-000001
    window = open_window(qtbot, till, runner, staff.cashier)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None and focused() is checkout.scan)
    assert window.link_label.isHidden()
    proxy.go_down()

    type_text(qtbot, customer_code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Selling to Ada Lovelace" in checkout.messages.text(), timeout=5000)
    type_text(qtbot, "MUG")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Added Mug" in checkout.messages.text())
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Poster")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Return)
    pay_and_confirm(qtbot, checkout)
    qtbot.waitUntil(lambda: checkout.pages.currentWidget() is checkout.done_panel, timeout=5000)

    assert checkout.done_panel.messages.text() == (
        "Saved on this till (offline) as EXPO24-T1-000002; it goes to the server when the "
        "line is back"
    )
    qtbot.waitUntil(lambda: window.link_label.text() == offline_words(clock, 1))
    assert window.link_label.isVisible()
    assert window.link_label.property("role") == "offline"
    assert len(stored_invoices(services, staff)) == 1  # not on the server yet

    proxy.come_back()
    result = journal_of(till).sync_round()
    assert (result.pushed, result.pending, result.conflicts) == (1, 0, 0)
    qtbot.waitUntil(lambda: window.link_label.text() == "")
    assert window.link_label.isHidden()
    invoices = {view.number or "": view for view in stored_invoices(services, staff)}
    assert sorted(invoices) == ["EXPO24-T1-000001", "EXPO24-T1-000002"]
    offline_sale = invoices["EXPO24-T1-000002"]
    assert offline_sale.customer_code == customer_code
    assert offline_sale.gross == Decimal("22.00")
    assert journal_of(till).sync_round().pushed == 0  # nothing twice
    assert len(stored_invoices(services, staff)) == 2


def test_a_refund_of_the_servers_invoice_is_refused_offline_with_words(
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    proxy: PostgresProxy,
) -> None:
    view, offline = sell(till, staff.cashier)
    assert not offline
    panel = InvoicePanel(UiContext(till, runner, staff.cashier))
    show_active(qtbot, panel, (1000, 500))
    panel.show_invoice(view)
    proxy.go_down()
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "refund_dialog", None), RefundDialog))
    dialog = panel.refund_dialog
    qtbot.waitUntil(lambda: dialog.messages.text() == ON_THE_SERVER, timeout=5000)
    assert dialog.lines == []
    assert journal_of(till).link.state.sells_offline


def test_the_manager_screen_lists_what_waits_and_what_conflicted_and_sends_it(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    journal = journal_of(till)
    proxy.go_down()
    taken, _ = sell(till, staff.cashier)  # offline: EXPO24-T1-000001 ...
    services.billing.create_invoice(staff.cashier, SALE)  # ... which another device takes
    proxy.come_back()
    assert journal.sync_round().conflicts == 1
    proxy.go_down()
    waiting, offline = sell(till, staff.cashier)
    assert offline

    screen = OfflineJournalScreen(UiContext(till, runner, staff.manager))
    show_active(qtbot, screen, (1100, 600))
    screen.activate()
    qtbot.waitUntil(lambda: screen.waiting.rowCount() == 1 and screen.conflicts.rowCount() == 1)
    entry = screen.waiting.rows[0]
    assert (entry.kind, entry.number, entry.by) == ("sale", waiting.number, "carl")
    texts = [screen.waiting.data(screen.waiting.index(0, c)) for c in range(5)]
    assert texts[1:3] == ["Sale", waiting.number]
    assert texts[4] == "carl"
    screen.conflict_table.setCurrentIndex(screen.conflicts.index(0, 0))
    assert taken.number is not None
    assert f"the till gave {taken.number}, the server EXPO24-T1-000002" in (
        screen.conflict_text.text()
    )
    qtbot.waitUntil(lambda: screen.summary.text().startswith("1 waiting to be sent · 1 conflict"))
    assert screen.line.text().startswith("Offline since")

    proxy.come_back()
    screen.send_button.click()
    qtbot.waitUntil(lambda: "Sent 1" in screen.messages.text(), timeout=5000)
    qtbot.waitUntil(lambda: screen.waiting.rowCount() == 0)
    assert screen.line.text() == "Online: the server answers."
    qtbot.waitUntil(lambda: screen.conflicts.rowCount() == 1)  # kept for the manager


def test_a_sqlite_till_has_no_journal_to_show(
    qtbot: QtBot, tmp_path: Path, staff: Staff, runner: ThreadPoolRunner
) -> None:
    embedded = build_services(
        Settings(database=DatabaseSettings(url=f"sqlite:///{tmp_path / 'pos.sqlite3'}"))
    )
    assert embedded.offline is None
    screen = OfflineJournalScreen(UiContext(embedded, runner, staff.manager))
    show_active(qtbot, screen)
    screen.activate()
    assert "keeps no offline journal" in screen.summary.text()
    assert not screen.send_button.isEnabled()
    screen.close()
    embedded.close()


def test_a_cashier_logs_in_on_the_journals_users_when_the_server_does_not_answer(
    qtbot: QtBot, till: Services, runner: ThreadPoolRunner, proxy: PostgresProxy
) -> None:
    proxy.go_down()
    opened: list[Services] = []
    assert open_database(till.settings, opened)  # the journal is there: the login may go on
    opened[0].close()
    login = LoginDialog(till, runner)
    show_active(qtbot, login)
    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "not his password")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "wrong user name or password" in login.message.text(), timeout=5000)
    assert login.actor is None
    type_text(qtbot, PASSWORD)
    with qtbot.waitSignal(login.finished, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    assert login.result() == QDialog.DialogCode.Accepted
    assert login.actor is not None
    assert login.actor.username == "carl"
    assert login.offline
    assert login.message.text() == LOGGED_IN_OFFLINE
    assert journal_of(till).link.state.sells_offline


def test_a_visitor_registered_offline_gets_a_code_and_qr_and_their_email_after_sync(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    screen = RegisterCustomerScreen(UiContext(till, runner, staff.cashier))
    show_active(qtbot, screen, (1100, 760))
    screen.activate()
    qtbot.waitUntil(lambda: focused() is screen.name)
    proxy.go_down()
    type_text(qtbot, "Bea Offline")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "bea@example.org")
    qtbot.waitUntil(screen.save_button.isEnabled)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.result, timeout=5000)
    code = screen.last_registered
    assert code is not None
    assert screen.result_messages.text() == (
        f"Registered Bea Offline on this till (offline) as {CustomerCode(code).display}; the "
        "welcome email goes out when the line is back"
    )
    qtbot.waitUntil(lambda: not screen.card.qr.pixmap().isNull())
    assert decode_shown_qr(screen.card.qr) == [code]

    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 1
    assert services.customers.card(staff.cashier, code).customer.name == "Bea Offline"
    welcome = services.outbox.messages(staff.admin, kind=MessageKind.WELCOME)
    assert [m.recipient for m in welcome if m.customer_code == code] == ["bea@example.org"]


def test_the_app_makes_the_journal_in_the_background_after_the_login(  # noqa: PLR0917
    qtbot: QtBot,
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    staff: Staff,
    runner: ThreadPoolRunner,
) -> None:
    del staff  # users to copy
    fresh = till_services(database_url, tmp_path, clock, terminal="T2")
    assert not journal_of(fresh).exists()
    make_journal(fresh, runner)  # returns at once; the copy runs on the runner
    qtbot.waitUntil(journal_of(fresh).exists, timeout=10_000)
    assert journal_of(fresh).services.users.login("carl", PASSWORD).username == "carl"
    runner.wait_for_done()
    fresh.close()


def test_a_sale_made_offline_is_voided_offline_and_a_server_invoice_is_refused(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    on_server, _ = sell(till, staff.cashier)
    proxy.go_down()
    wrong, offline = sell(till, staff.cashier)
    assert offline
    panel = InvoicePanel(UiContext(till, runner, staff.manager))
    show_active(qtbot, panel, (1000, 500))
    panel.show_invoice(wrong)
    panel.void("wrong mug")
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.status == "voided", timeout=5000)
    assert f"{wrong.number} voided" in panel.messages.text()

    panel.show_invoice(on_server)
    qtbot.wait(500)  # its receipt and credit notes looked up on the journal: nothing said
    assert "no invoice" not in panel.messages.text()
    panel.void("test void")
    qtbot.waitUntil(lambda: panel.messages.text() == ON_THE_SERVER, timeout=5000)
    assert panel.view is not None and panel.view.status == "issued"

    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 2  # the sale, then its void
    statuses = {view.number: view.status for view in stored_invoices(services, staff)}
    assert statuses == {on_server.number: "issued", wrong.number: "voided"}


def test_a_sale_made_offline_is_refunded_offline_by_keyboard_and_the_server_gets_it(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    proxy.go_down()
    sale, offline = sell(till, staff.cashier)  # two mugs, cash
    assert offline
    panel = InvoicePanel(UiContext(till, runner, staff.cashier))
    show_active(qtbot, panel, (1000, 500))
    panel.show_invoice(sale)
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "refund_dialog", None), RefundDialog))
    dialog = panel.refund_dialog
    qtbot.waitUntil(lambda: len(dialog.lines) == 1, timeout=5000)  # from the journal
    qtbot.waitUntil(lambda: focused() is dialog.reason)
    type_text(qtbot, "a chipped mug")
    press(qtbot, Qt.Key.Key_S, CTRL)  # everything left: both mugs
    qtbot.waitUntil(lambda: dialog.credit_note is not None, timeout=5000)
    assert dialog.credit_note is not None and dialog.credit_note.gross == Decimal("19.00")

    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 2  # the sale, then its credit note
    notes = services.credit_notes.of_invoice(staff.manager, sale.number or "")
    assert [(n.number, n.gross, n.reason) for n in notes] == [
        (dialog.credit_note.number, Decimal("19.00"), "a chipped mug")
    ]


def test_a_sale_made_offline_is_edited_offline_by_keyboard_and_a_server_invoice_is_refused(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    on_server, _ = sell(till, staff.cashier)
    proxy.go_down()
    sale, offline = sell(till, staff.cashier)  # two mugs
    assert offline
    panel = InvoicePanel(UiContext(till, runner, staff.manager))
    show_active(qtbot, panel, (1000, 500))
    panel.show_invoice(sale)
    editor = open_editor(qtbot, panel)
    press(qtbot, Qt.Key.Key_Right)  # to the quantity
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.cart.totals.gross == Decimal("28.50"))
    unknown = CustomerCode.generate().value  # a well-made code no one has
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, unknown)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "three mugs")
    press(qtbot, Qt.Key.Key_S, CTRL)
    # Refused on the journal for the code, not as an invoice of the server's.
    qtbot.waitUntil(lambda: f"no customer with code {unknown}" in editor.messages.text())
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)  # walk-in, as it was
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: f"{sale.number} edited" in panel.messages.text(), timeout=5000)
    assert panel.view is not None and panel.view.gross == Decimal("28.50")

    panel.show_invoice(on_server)
    qtbot.wait(500)  # its receipt and credit notes looked up on the journal: nothing said
    panel.edit()  # as Ctrl+E does
    refused = panel.editor
    qtbot.waitUntil(lambda: focused() is refused.table)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "test edit")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: refused.messages.text() == ON_THE_SERVER, timeout=5000)
    assert not refused.saving
    refused.reject()

    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 2  # the sale, then its edit
    totals = {view.number: view.gross for view in stored_invoices(services, staff)}
    assert totals == {on_server.number: Decimal("19.00"), sale.number: Decimal("28.50")}


def test_the_invoices_screen_lists_and_opens_the_sales_made_offline(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    on_server, _ = sell(till, staff.cashier)
    window = open_window(qtbot, till, runner, staff.manager)
    proxy.go_down()
    wrong, offline = sell(till, staff.cashier)
    assert offline
    press(qtbot, Qt.Key.Key_4, CTRL)  # Invoices, by keyboard
    screen = window.screens["Invoices"]
    assert isinstance(screen, InvoicesScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.model.row(0).number == wrong.number  # the journal's, not the server's
    assert screen.messages.text() == OFFLINE_LIST
    qtbot.waitUntil(lambda: focused() is screen.search)
    press(qtbot, Qt.Key.Key_Return)  # opens the first
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.detail, timeout=5000)
    assert screen.detail.view is not None and screen.detail.view.number == wrong.number
    screen.detail.void("wrong mug")  # as Ctrl+D does, after its reason
    qtbot.waitUntil(
        lambda: screen.detail.view is not None and screen.detail.view.status == "voided",
        timeout=5000,
    )

    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 2  # the sale, then its void
    statuses = {view.number: view.status for view in stored_invoices(services, staff)}
    assert statuses == {on_server.number: "issued", wrong.number: "voided"}
    press(qtbot, Qt.Key.Key_Escape)  # back to the list: the server's again
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    assert screen.messages.text() == ""


def test_the_cash_drawer_closes_offline_and_says_what_it_cannot_know(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
) -> None:
    journal_of(till).run(
        lambda s, k: s.cash_sessions.open(staff.cashier, "100.00", key=k), ActionKey.new()
    )
    sell(till, staff.cashier)  # 19.00 cash, on the server
    assert journal_of(till).sync_round().refreshed
    window = open_window(qtbot, till, runner, staff.cashier)
    proxy.go_down()
    sell(till, staff.cashier)  # 19.00 cash, on the journal
    screen = window.show_screen("Cash drawer")
    assert isinstance(screen, CashDrawerScreen)
    qtbot.waitUntil(lambda: "X report (offline)" in screen.view.toPlainText(), timeout=5000)
    assert "Expected cash" not in screen.view.toPlainText().split("Offline:")[0]
    qtbot.waitUntil(lambda: focused() in (screen.move_amount, screen.counted))
    screen.counted.setFocus()
    type_text(qtbot, "138.00")
    screen.close_session("138.00")  # as Enter and Yes do
    qtbot.waitUntil(lambda: "closed on this till (offline)" in screen.messages.text(), timeout=5000)
    assert screen.messages.text() == (
        "Session 1 closed on this till (offline) with 138.00 EUR counted; the difference comes"
        " with the line"
    )
    assert "Drawer counted (offline)" in screen.last_z.toPlainText()

    proxy.come_back()
    assert journal_of(till).sync_round().pending == 0
    z = services.cash_sessions.z_report(staff.manager)
    assert (z.expected_cash, z.counted_cash, z.difference) == (
        Decimal("138.00"),
        Decimal("138.00"),
        Decimal(0),
    )


def test_ctrl_k_finds_a_visitor_by_name_offline_in_the_journals_copy(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    proxy: PostgresProxy,
    customer_code: str,
) -> None:
    window = open_window(qtbot, till, runner, staff.cashier)
    proxy.go_down()
    sell(till, staff.cashier)  # the till notices the line is down
    press(qtbot, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: focused() is window.lookup.code)
    type_text(qtbot, "lovelace")  # the visitor left their QR at the hotel
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lookup.card is not None, timeout=5000)
    assert window.lookup.card is not None
    assert (window.lookup.card.customer.name, window.lookup.card.customer.code) == (
        "Ada Lovelace",
        customer_code,
    )
    press(qtbot, Qt.Key.Key_Return)  # and sells to them
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
