"""The dashboard screen: F5 shows sales made meanwhile, and reloading does not pile up charts;
today's workshops with their seats booked and people checked in."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.dashboard import (
    DashboardScreen,
    bar_chart,
    hour_labels,
    pie_chart,
    pie_legend,
)
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active
from tests.support.workshops import AFTERNOON, add_workshop, customer, sell_seats


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


def test_todays_workshops_show_time_booked_of_capacity_and_checked_in(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = DashboardScreen(manager_ctx)
    show_active(qtbot, screen)
    screen.activate()
    qtbot.waitUntil(lambda: screen.workshops.stats is not None)
    assert screen.workshops.empty.isVisible()

    add_workshop(services, staff.manager, capacity=10)
    add_workshop(services, staff.manager, "TOMORROW", hours_later=28)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    sell_seats(services, staff.cashier, "TALK1", ada, seats=2)
    services.workshops.check_in(staff.cashier, "TALK1", ada)
    screen.workshops.stats = None
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.workshops.stats is not None)
    panel = screen.workshops
    assert panel.table.rowCount() == 1  # tomorrow's is not today's
    assert [panel.cell(0, c) for c in range(4)] == [
        f"{AFTERNOON.astimezone():%H:%M}",
        "Espresso basics TALK1",
        "2/10",
        "1",
    ]
    assert panel.table.isVisible()
    assert not panel.empty.isVisible()


def test_pie_names_are_listed_whole_and_hours_are_labelled_every_other_when_crowded(
    qtbot: QtBot,
) -> None:
    chart = pie_chart("Customers by type", (("individual", 54), ("exhibitor", 18)))
    legend = pie_legend(chart)
    assert "individual&nbsp;(54)" in legend and "exhibitor&nbsp;(18)" in legend
    assert hour_labels(list(range(10, 18))) == [str(h) for h in range(10, 18)]
    # A usual day (8 to 19) in the narrow chart beside the days': every other hour ("10" and
    # "11" side by side were cut to "..." at 1280 px).
    assert hour_labels(list(range(8, 20))) == [str(h) if h % 2 == 0 else "" for h in range(8, 20)]
    crowded = hour_labels(list(range(5, 20)))
    assert crowded[:4] == ["", "6", "", "8"]
    hours = bar_chart("Revenue by hour", crowded, [1.0] * len(crowded))
    [axis] = hours.axes(Qt.Orientation.Horizontal)
    assert isinstance(axis, QCategoryAxis)
    assert axis.categoriesLabels() == [str(h) for h in range(6, 20, 2)]
