"""The Reports screen: today's takings on screen and in a CSV the accountant can open."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.billing import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.reports import ReportsScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active


def sell(services: Services, staff: Staff, amount: str, method: PaymentMethod) -> None:
    line = LineInput("Item", Decimal(1), Decimal(amount), Decimal(19))
    payment = PaymentInput(method, Decimal(amount), reference="R1")
    services.billing.create_invoice(staff.cashier, SaleInput([line], None, [payment]))


def test_todays_sales_are_shown_and_exported(
    qtbot: QtBot,
    manager_ctx: UiContext,
    services: Services,
    staff: Staff,
    tmp_path: Path,
) -> None:
    sell(services, staff, "20.00", PaymentMethod.CASH)
    sell(services, staff, "30.00", PaymentMethod.CARD)
    screen = ReportsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.report is not None)
    text = screen.view.toPlainText()
    assert "Takings 50.00 EUR from 2 invoices" in text
    assert "carl" in text

    target = tmp_path / "sales.csv"
    screen.export_to(target)
    qtbot.waitUntil(lambda: "Saved" in screen.messages.text())
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert ["card", "1", "30.00"] in rows and ["cash", "1", "20.00"] in rows


def test_a_backwards_period_is_explained_from_the_keyboard(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    screen = ReportsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.report is not None)
    assert focused() is screen.first_day
    press(qtbot, Qt.Key.Key_Up)  # a day later than the last day
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "before the first day" in screen.messages.text())
    assert not screen.export_button.isEnabled()  # the old figures are not exported as these
