"""Door mode by scan alone, on both databases: each verdict in its colour and words, the scan
field ready for the next visitor, and a sound only for a refusal; and on PostgreSQL with the
hall's network down, the same verdicts from the till's offline journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.door_verdicts import Signal
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.door import COLOURS, DoorView
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.support.clock import FakeClock
from tests.support.offline_tills import journal_of, till_services
from tests.support.pg_proxy import PostgresProxy
from tests.support.workshops import add_workshop, customer, sell_seats


class CountedSound:
    def __init__(self) -> None:
        self.played = 0

    def __call__(self) -> None:
        self.played += 1


def scan(qtbot: QtBot, door: DoorView, code: str) -> str:
    """A wedge scanner: the code and Enter into the focused field; the headline it gets."""
    before = door.message
    assert focused() is door.scan
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: door.message is not before)
    assert door.scan.text() == "" and focused() is door.scan  # ready for the next visitor
    return door.headline.text()


def test_the_door_admits_the_booked_and_turns_away_the_rest(
    qtbot: QtBot, services: Services, staff: Staff, manager_ctx: UiContext
) -> None:
    add_workshop(services, staff.manager, "TALK1", hours_later=4)
    add_workshop(services, staff.manager, "TALK2", hours_later=6)
    ada = customer(services, staff.cashier, "Ada Example")
    bob = customer(services, staff.cashier, "Bob Example")
    cleo = customer(services, staff.cashier, "Cleo Example")
    sell_seats(services, staff.cashier, "TALK1", ada)
    sell_seats(services, staff.cashier, "TALK2", bob)

    door = DoorView(manager_ctx)
    sound = CountedSound()
    door.sound = sound  # type: ignore[assignment]  # counts instead of playing
    show_active(qtbot, door, (900, 600))
    door.activate()
    qtbot.waitUntil(lambda: door.session.count() == 2)
    assert door.session.currentData() == "TALK1"

    assert scan(qtbot, door, ada) == "Admitted: Ada Example"
    assert door.detail.text() == "seat 1 of 1"
    assert COLOURS[Signal.GO][0] in door.headline.styleSheet()
    assert sound.played == 0

    assert scan(qtbot, door, ada).startswith("Already checked in at ")
    assert door.message is not None and door.message.signal is Signal.LOOK
    assert sound.played == 0

    assert scan(qtbot, door, cleo) == "Not booked - 9 seats free: send to the counter"
    assert COLOURS[Signal.STOP][0] in door.headline.styleSheet()
    assert sound.played == 1

    assert scan(qtbot, door, bob).endswith(", not this session")
    assert "TALK2" in door.detail.text()
    assert sound.played == 2

    assert scan(qtbot, door, "NOPE-123") == "Not a visitor's code: NOPE-123"
    assert sound.played == 3


def test_a_cancelled_session_says_so_at_the_door(
    qtbot: QtBot, services: Services, staff: Staff, manager_ctx: UiContext
) -> None:
    add_workshop(services, staff.manager, "TALK1")
    ada = customer(services, staff.cashier, "Ada Example")
    sell_seats(services, staff.cashier, "TALK1", ada)
    services.workshops.cancel(staff.manager, "TALK1", "the speaker is ill")

    door = DoorView(manager_ctx)
    door.sound = CountedSound()  # type: ignore[assignment]
    show_active(qtbot, door, (900, 600))
    door.activate()
    qtbot.waitUntil(lambda: door.session.count() == 1)
    assert scan(qtbot, door, ada) == "Cancelled"


def test_a_scan_on_the_door_screen_of_the_main_window_checks_in_instead_of_selling(
    qtbot: QtBot, services: Services, staff: Staff, cashier_ctx: UiContext
) -> None:
    """The main window's scanners route a visitor's QR to the checkout, except while the door
    check-in screen is on show: there it admits them."""
    add_workshop(services, staff.manager, "TALK1")
    ada = customer(services, staff.cashier, "Ada Example")
    sell_seats(services, staff.cashier, "TALK1", ada)
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    door = window.show_screen("Door check-in")
    assert isinstance(door, DoorView)
    door.sound = CountedSound()  # type: ignore[assignment]
    qtbot.waitUntil(lambda: door.session.count() == 1)

    window.scanners.router.deliver(ada)

    qtbot.waitUntil(lambda: door.message is not None)
    assert door.headline.text() == "Admitted: Ada Example"
    assert window.stack.currentWidget() is door  # not switched to the checkout


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_door_admits_from_the_offline_journal_when_the_line_drops(  # noqa: PLR0917
    qtbot: QtBot,
    services: Services,
    staff: Staff,
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    runner: ThreadPoolRunner,
) -> None:
    add_workshop(services, staff.manager, "TALK1")
    ada = customer(services, staff.cashier, "Ada Example")
    cleo = customer(services, staff.cashier, "Cleo Example")
    sell_seats(services, staff.cashier, "TALK1", ada)
    with PostgresProxy() as proxy:
        till = till_services(proxy.url(database_url), tmp_path, clock)
        journal_of(till).ensure()  # the whole copy: the workshop and Ada's booking
        proxy.go_down()
        door = DoorView(UiContext(till, runner, staff.cashier))
        door.sound = CountedSound()  # type: ignore[assignment]
        show_active(qtbot, door, (900, 600))
        door.activate()
        qtbot.waitUntil(lambda: door.session.count() == 1, timeout=8000)  # from the journal
        assert door.session.currentData() == "TALK1"

        assert scan(qtbot, door, ada) == "Admitted: Ada Example"
        assert COLOURS[Signal.GO][0] in door.headline.styleSheet()
        assert scan(qtbot, door, ada).startswith("Already checked in at ")
        assert scan(qtbot, door, cleo).startswith("Not booked")
        assert journal_of(till).entries.counts().pending == 1  # Ada's admission waits
        # Full screen at the door there is no status bar: the view itself says where scans go.
        qtbot.waitUntil(door.link.isVisible, timeout=5000)
        assert door.link.text().startswith("Offline since ")
        assert door.link.text().endswith(
            ": 1 check-in is kept on this laptop and sent when the line is back"
        )
        assert services.workshops.show(staff.cashier, "TALK1").checked_in == 0
        runner.wait_for_done()
        till.close()
