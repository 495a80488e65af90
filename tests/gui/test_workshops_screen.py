"""The Workshops screen (managers): set one up, see its seats fill as a bar, cancel it with a
reason, and open the door view from it; on both databases."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.workshops import WorkshopStatus
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.screens.door import DoorView
from pos_desktop.ui.screens.workshops import COLUMNS, WorkshopsScreen
from pos_desktop.ui.widgets.message_bar import Tone
from tests.conftest import Staff
from tests.gui.keyboard import show_active
from tests.support.workshops import add_workshop, customer, sell_seats


def cell(screen: WorkshopsScreen, row: int, title: str) -> str:
    column = [c.title for c in COLUMNS].index(title)
    return str(screen.model.index(row, column).data())


def test_a_manager_sets_up_a_talk_and_watches_its_seats_fill(
    qtbot: QtBot, services: Services, staff: Staff, manager_ctx: UiContext
) -> None:
    screen = WorkshopsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    screen.code.setText("talk1")
    screen.title.setText("Espresso basics")
    screen.capacity.setValue(10)
    screen.price.setText("25.00")
    screen.add_button.click()
    qtbot.waitUntil(lambda: screen.messages.tone is Tone.SUCCESS)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert cell(screen, 0, "Code") == "TALK1"
    assert cell(screen, 0, "Seats") == "░░░░░░░░░░ 0/10"

    for name in ("Ada", "Bob", "Cleo", "Dan", "Eve", "Fay", "Gus"):
        sell_seats(services, staff.cashier, "TALK1", customer(services, staff.cashier, name))
    screen.model.restart()
    qtbot.waitUntil(lambda: cell(screen, 0, "Seats") == "███████░░░ 7/10")
    assert cell(screen, 0, "Revenue") == "175.00"


def test_cancelling_needs_a_reason_and_the_door_view_opens_from_here(
    qtbot: QtBot, services: Services, staff: Staff, manager_ctx: UiContext
) -> None:
    screen = WorkshopsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.code.setText("TALK2")
    screen.title.setText("Latte art")
    screen.add_button.click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectRow(0)

    screen.cancel_button.click()
    assert screen.messages.tone is Tone.ERROR and "say why" in screen.messages.text()
    screen.reason.setText("the speaker is ill")
    screen.cancel_button.click()
    qtbot.waitUntil(lambda: cell(screen, 0, "Status") == WorkshopStatus.CANCELLED.value)
    assert services.workshops.show(staff.manager, "TALK2").cancel_reason == "the speaker is ill"

    screen.door_button.click()
    assert isinstance(screen.door, DoorView) and screen.door.isVisible()
    qtbot.addWidget(screen.door)


def test_a_german_manager_reads_the_revenue_as_german_writes_it(
    qtbot: QtBot, services: Services, staff: Staff, manager_ctx: UiContext
) -> None:
    add_workshop(services, staff.manager, "TALK1")
    for name in ("Ada", "Bob"):
        sell_seats(services, staff.cashier, "TALK1", customer(services, staff.cashier, name))
    apply_language("de")
    try:
        screen = WorkshopsScreen(manager_ctx)
        show_active(qtbot, screen, (1100, 700))
        screen.activate()
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
        column = [c.title for c in COLUMNS].index("Revenue")
        revenue = str(screen.model.index(0, column).data())
        assert revenue == "50,00"  # two seats at 25.00, as German writes it
    finally:
        apply_language("")
