"""The desktop issue's "done when", as one run on an empty database.

A new user creates the admin, the admin adds a manager, registers a customer and sells to them
with the keyboard only; the manager voids the sale; the dashboard and the audit log show it all.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.audit_log import AuditLogScreen
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.dashboard import DashboardScreen
from pos_desktop.ui.screens.invoices import InvoicesScreen
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from pos_desktop.ui.screens.users import UsersScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import PASSWORD
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import sell_by_keyboard
from tests.gui.test_first_start import fill_in, open_first_start

CTRL = Qt.KeyboardModifier.ControlModifier


def log_in(qtbot: QtBot, services: Services, runner: ThreadPoolRunner, username: str) -> Actor:
    login = LoginDialog(services, runner, username=username)
    show_active(qtbot, login)
    qtbot.waitUntil(lambda: focused() is login.password)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.actor is not None)
    assert login.actor is not None
    return login.actor


def open_window(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner, actor: Actor
) -> MainWindow:
    window = MainWindow(UiContext(services, runner, actor))
    show_active(qtbot, window)
    return window


def answer_next_input_dialog(text: str) -> None:
    """The void reason is asked in a modal input dialog: type it and press Enter there."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_from_an_empty_database_to_a_voided_sale_on_the_dashboard_and_in_the_audit_log(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner
) -> None:
    first_start = open_first_start(qtbot, services, runner)
    fill_in(qtbot, currency="EUR")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first_start.result() == QDialog.DialogCode.Accepted)
    admin = log_in(qtbot, services, runner, "boss")
    window = open_window(qtbot, services, runner, admin)

    # The admin adds a manager (Users is the tenth screen of an admin: Ctrl+0).
    press(qtbot, Qt.Key.Key_0, CTRL)
    users = window.stack.currentWidget()
    assert isinstance(users, UsersScreen)
    users.new_username.setFocus()
    for text in ("maria", "Maria Manager"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # role: cashier -> manager
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "maria added as manager" in users.messages.text())

    # Register a visitor, then sell to them: keyboard only.
    press(qtbot, Qt.Key.Key_2, CTRL)
    register = window.stack.currentWidget()
    assert isinstance(register, RegisterCustomerScreen)
    qtbot.waitUntil(lambda: focused() is register.name)
    type_text(qtbot, "Grace Hopper")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "grace@example.com")
    qtbot.waitUntil(register.save_button.isEnabled)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: register.last_registered is not None)
    code = register.last_registered
    press(qtbot, Qt.Key.Key_B, CTRL)
    checkout = window.stack.currentWidget()
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    sell_by_keyboard(qtbot, checkout, "Workshop seat", "45.00")
    [sold] = services.billing.list_invoices(admin)
    assert (sold.customer_code, sold.gross, sold.status.value) == (code, Decimal(45), "issued")
    window.close()

    # The manager logs in at the same till, finds the invoice and voids it.
    manager = log_in(qtbot, services, runner, "maria")
    assert manager.role is Role.MANAGER
    till = open_window(qtbot, services, runner, manager)
    press(qtbot, Qt.Key.Key_4, CTRL)
    invoices = till.stack.currentWidget()
    assert isinstance(invoices, InvoicesScreen)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1 and not invoices.model.loading)
    press(qtbot, Qt.Key.Key_Return)  # opens the first (only) invoice
    qtbot.waitUntil(lambda: invoices.detail.view is not None)
    answer_next_input_dialog("customer cancelled the workshop")
    invoices.detail.void_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "voided" in invoices.detail.messages.text())

    # The dashboard counts nothing for the voided sale but lists it among the latest.
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_6, CTRL)
    dashboard = till.stack.currentWidget()
    assert isinstance(dashboard, DashboardScreen)
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    assert dashboard.figures is not None
    assert (dashboard.figures.invoices_today, dashboard.figures.revenue_today) == (0, Decimal(0))
    assert dashboard.figures.new_customers_today == 1
    assert sold.number is not None and sold.number in dashboard.latest.text()
    till.close()

    # The admin reads the whole story in the audit log.
    window = open_window(qtbot, services, runner, admin)
    audit = window.show_screen("Audit log")
    assert isinstance(audit, AuditLogScreen)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0 and not audit.model.loading)
    trail = [
        (audit.model.row(i).actor, audit.model.row(i).action) for i in range(audit.model.rowCount())
    ]
    for step in (
        ("boss", "user.add"),
        ("boss", "customer.register"),
        ("boss", "invoice.issue"),
        ("maria", "login.ok"),
        ("maria", "invoice.void"),
    ):
        assert step in trail
