"""The Cash drawer screen: a shift by keyboard, the Z report's difference on screen."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.billing import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.cash_drawer import CashDrawerScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text


def test_open_move_cash_and_close_with_the_keyboard(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = CashDrawerScreen(cashier_ctx)
    show_active(qtbot, screen, (1100, 650))
    screen.activate()
    qtbot.waitUntil(lambda: focused() is screen.float_amount)
    type_text(qtbot, "150")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.report is not None and focused() is screen.move_amount)

    line = LineInput("Poster", Decimal(1), Decimal("20.00"), Decimal(19))
    pay = PaymentInput(PaymentMethod.CASH, Decimal("20.00"))
    services.billing.create_invoice(staff.cashier, SaleInput([line], None, [pay]))
    type_text(qtbot, "40")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "to the safe")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Cash out
    qtbot.waitUntil(lambda: "Cash out recorded" in screen.messages.text())
    assert screen.report is not None and screen.report.expected_cash == Decimal("130.00")
    assert "130.00 EUR" in screen.view.toPlainText()

    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the Counted field
    type_text(qtbot, "129.50")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            hasattr(screen, "close_question") and focused() is screen.close_question.defaultButton()
        )
    )
    press(qtbot, Qt.Key.Key_Return)  # Yes is the default here: counting is done
    qtbot.waitUntil(lambda: "closed" in screen.messages.text())
    assert "difference -0.50 EUR" in screen.messages.text()
    z = services.cash_sessions.z_report(staff.manager)
    assert (z.expected_cash, z.counted_cash) == (Decimal("130.00"), Decimal("129.50"))
    assert "-0.50 EUR" in screen.last_z.toPlainText()
    qtbot.waitUntil(lambda: focused() is screen.float_amount)  # ready for the next shift
