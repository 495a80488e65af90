"""The audit log screen: admins read who did what, filtered, with before and after."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.audit_log import AuditLogScreen
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active, type_text

POSTER = LineInput("Poster", Decimal(1), Decimal("8.00"), Decimal(19))


def test_admins_filter_the_trail_and_see_what_changed(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    services.billing.void(staff.manager, "EXPO24-T1-000001", reason="wrong poster")
    window = MainWindow(admin_ctx)
    show_active(qtbot, window)
    screen = window.show_screen("Audit log")
    assert isinstance(screen, AuditLogScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and not screen.model.loading)
    actions = {screen.model.row(i).action for i in range(screen.model.rowCount())}
    assert {"login.ok", "invoice.issue", "invoice.void"} <= actions

    type_text(qtbot, "invoice.v")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    press(qtbot, Qt.Key.Key_Return)  # to the table, first row current
    screen.table.selectRow(0)
    details = screen.details.toPlainText()
    assert "maria" in details and "wrong poster" in details
    assert "Before" in details and "After" in details


def test_cashiers_and_managers_have_no_audit_log(qtbot: QtBot, manager_ctx: UiContext) -> None:
    window = MainWindow(manager_ctx)
    qtbot.addWidget(window)
    assert "Audit log" not in window.screens
