"""The dashboard screen: F5 shows sales made meanwhile, and reloading does not pile up charts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.dashboard import DashboardScreen
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active


def sell(services: Services, staff: Staff, amount: str) -> None:
    line = LineInput("Item", Decimal(1), Decimal(amount), Decimal(19))
    services.billing.create_invoice(staff.cashier, SaleInput([line]))


def test_f5_shows_a_sale_made_meanwhile_and_frees_the_old_charts(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    sell(services, staff, "12.50")
    screen = DashboardScreen(manager_ctx)
    show_active(qtbot, screen)
    screen.charts[0].setFocus()
    screen.activate()
    qtbot.waitUntil(lambda: screen.figures is not None)
    assert "12.50 EUR" in screen.revenue.text()
    old_charts = [view.chart() for view in screen.charts]

    sell(services, staff, "7.50")
    screen.figures = None
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.figures is not None)
    assert "20.00 EUR" in screen.revenue.text()
    assert "<b style='font-size:20pt'>2</b>" in screen.count.text()

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(isValid(chart) for chart in old_charts)  # 2.6 MB each time, before
    assert all(isValid(view.chart()) for view in screen.charts)
