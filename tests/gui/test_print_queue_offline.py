"""The print queue and the printer label of a till that sells offline: the receipts of sales
made on its journal wait in the journal's own queue; the dialog lists them with the server's
and acts on each in its own queue (the two databases number their jobs each from 1), and the
label counts both, offline too.

The till reaches the real PostgreSQL through ``tests/support/pg_proxy.py`` (the fixtures of
``test_offline_till.py``); the printer is a socket on loopback, or a closed port (unplugged).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.services.cash_sessions import SessionReport
from pos_desktop.services.printing import PrintJobView, PrintLoop
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.cash_drawer import CashDrawerScreen
from pos_desktop.ui.screens.print_queue import SERVER_AWAY, PrintQueueDialog
from pos_desktop.ui.widgets.printer_status import PrinterStatusLabel
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import Staff
from tests.gui import test_offline_till as offline_till
from tests.gui.keyboard import press
from tests.gui.test_offline_till import open_window
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.network import closed_port
from tests.support.offline_tills import journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy
from tests.support.socket_printer import SocketPrinter

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# The offline till's fixtures: the line to PostgreSQL, what the journal copies, the till.
proxy = offline_till.proxy
customer_code = offline_till.customer_code
till = offline_till.till


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def loop(till: Services) -> Iterator[PrintLoop]:
    """The app's print loop on the till (the server's queue, then the journal's), woken by
    each queued receipt; no timed rounds during the test."""
    till.print_round_seconds = 60.0
    till.print_loop.start()
    yield till.print_loop
    till.print_loop.stop()


def use_printer(till: Services, url: str) -> None:
    """The till's printer (the journal's services share its settings)."""
    settings = till.settings.printer
    settings.url, settings.timeout_seconds, settings.auto_print = url, 2, True


def unplugged() -> str:
    return f"tcp://127.0.0.1:{closed_port()}"


def sale_online_then_offline(till: Services, staff: Staff, proxy: PostgresProxy) -> tuple[str, str]:
    """A sale on the server, then one on the journal with the line down; each receipt waits
    as job 1 of its own queue. Their numbers."""
    online, offline = sell(till, staff.cashier)
    assert not offline
    proxy.go_down()
    on_journal, offline = sell(till, staff.cashier)
    assert offline
    assert online.number is not None and on_journal.number is not None
    return online.number, on_journal.number


def server_jobs(services: Services, staff: Staff) -> list[PrintJobView]:
    """The till's jobs on the server, read past the proxy."""
    return services.printing.jobs(staff.cashier, waiting_only=False)


def open_queue(qtbot: QtBot, window: MainWindow) -> PrintQueueDialog:
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = window.print_queue
    assert isinstance(dialog, PrintQueueDialog)
    qtbot.waitUntil(lambda: not dialog.model.loading)
    return dialog


def printed_numbers(printer: SocketPrinter, count: int) -> list[list[str]]:
    return [decode(job).qr_codes for job in printer.wait_for_jobs(count)]


def test_offline_the_journals_receipt_is_listed_and_retried_there_not_on_the_server(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
    printer: SocketPrinter,
) -> None:
    use_printer(till, unplugged())
    online, offline = sale_online_then_offline(till, staff, proxy)
    [server_job] = server_jobs(services, staff)
    assert (server_job.id, server_job.document, server_job.state) == (1, online, "queued")

    window = open_window(qtbot, till, runner, staff.cashier)
    dialog = open_queue(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.row(0).document == offline
    assert dialog.model.row(0).id == 1  # the journal's job 1, as the server's is
    assert dialog.offline_note.isVisible()
    assert dialog.offline_note.text() == SERVER_AWAY
    assert dialog.messages.text() == ""  # no error about the server

    press(qtbot, Qt.Key.Key_R, CTRL)  # the printer is still unplugged
    qtbot.waitUntil(lambda: dialog.messages.text().startswith(f"{offline} still waits: "))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.loading)
    assert dialog.model.row(0).attempts == 1

    use_printer(till, printer.url)  # plugged in
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: dialog.messages.text() == f"Printed {offline}")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.model.loading)
    assert printed_numbers(printer, 1) == [[offline]]
    assert server_jobs(services, staff) == [server_job]  # job 1 on the server: not touched
    dialog.close()


def test_back_online_both_queues_are_listed_and_each_job_acted_on_in_its_own(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    services: Services,
    proxy: PostgresProxy,
    printer: SocketPrinter,
) -> None:
    use_printer(till, unplugged())
    online, offline = sale_online_then_offline(till, staff, proxy)
    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 1  # the sale; its receipt still waits here
    use_printer(till, printer.url)

    window = open_window(qtbot, till, runner, staff.cashier)
    dialog = open_queue(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    rows = [dialog.model.row(i) for i in range(2)]
    assert [(job.document, job.id) for job in rows] == [(online, 1), (offline, 1)]
    assert not dialog.offline_note.isVisible()

    dialog.table.setCurrentIndex(dialog.model.index(1, 0))  # the journal's job 1
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.messages.text().startswith(f"{offline} will not print"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.loading)
    assert dialog.model.row(0).document == online
    assert [job.state for job in server_jobs(services, staff)] == ["queued"]

    press(qtbot, Qt.Key.Key_R, CTRL)  # the server's job 1
    qtbot.waitUntil(lambda: dialog.messages.text() == f"Printed {online}")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.model.loading)
    assert printed_numbers(printer, 1) == [[online]]
    assert [job.state for job in server_jobs(services, staff)] == ["printed"]
    dialog.close()


def test_the_printer_label_counts_the_journals_receipts_offline_and_both_queues_after(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    proxy: PostgresProxy,
    loop: PrintLoop,
) -> None:
    use_printer(till, unplugged())
    sale_online_then_offline(till, staff, proxy)  # the loop tried each receipt once
    qtbot.waitUntil(lambda: journal_of(till).services.printing.queue_state().problem is not None)
    problem = journal_of(till).services.printing.queue_state().problem
    window = open_window(qtbot, till, runner, staff.cashier)
    label = window.printer_label
    assert isinstance(label, PrinterStatusLabel)
    label.refresh()
    qtbot.waitUntil(lambda: label.text() == f"Printer: {problem} - 1 waiting")

    proxy.come_back()
    assert journal_of(till).sync_round().pushed == 1
    label.refresh()
    qtbot.waitUntil(lambda: label.text() == f"Printer: {problem} - 2 waiting")


def test_a_z_report_closed_offline_prints_that_shift_after_the_line_is_back_not_another(  # noqa: PLR0917
    qtbot: QtBot,
    till: Services,
    runner: ThreadPoolRunner,
    staff: Staff,
    proxy: PostgresProxy,
    printer: SocketPrinter,
    clock: FakeClock,
    database_url: str,
    tmp_path: Path,
) -> None:
    """The journal numbers the shifts made on it after the ones it knows; while the line is
    down another till's shift takes that number on the server. Printed when the line is back,
    the report on screen is this till's shift (found by till and opening), not that one."""
    cashier = staff.cashier
    till.settings.printer.url = printer.url  # the report is printed when asked, not at closing

    def drawer(act: Callable[[Services, ActionKey], SessionReport]) -> tuple[SessionReport, bool]:
        return journal_of(till).run(act, ActionKey.new())

    drawer(lambda s, k: s.cash_sessions.open(cashier, "100.00", key=k))  # the server's 1
    drawer(lambda s, k: s.cash_sessions.close(cashier, "100.00", key=k))
    clock.advance(hours=1)
    window = open_window(qtbot, till, runner, cashier)
    proxy.go_down()
    (tmp_path / "t2").mkdir()
    other = till_services(database_url, tmp_path / "t2", clock, terminal="T2")
    try:  # the till next door, on the server all along: its shift is the server's 2
        taken = other.cash_sessions.open(cashier, "77.00")
        other.cash_sessions.close(cashier, "77.00")
    finally:
        other.close()
    opened, offline = drawer(lambda s, k: s.cash_sessions.open(cashier, "50.00", key=k))
    assert offline and opened.session_id == taken.session_id  # the journal's 2
    screen = window.show_screen("Cash drawer")
    assert isinstance(screen, CashDrawerScreen)
    qtbot.waitUntil(lambda: "X report" in screen.view.toPlainText(), timeout=5000)
    screen.close_session("50.00")  # as Enter and Yes do
    qtbot.waitUntil(lambda: "closed" in screen.messages.text(), timeout=5000)
    assert "50.00" in screen.last_z.toPlainText()

    proxy.come_back()
    assert journal_of(till).sync_round().pending == 0  # the shift is the server's 3 now
    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(
        lambda: bool(re.match(r"Z report \d+ printed", screen.messages.text())), timeout=5000
    )
    paper = decode(printer.wait_for_jobs(1)[0]).text
    assert re.search(r"^Float +50\.00$", paper, re.MULTILINE), paper
    assert "77.00" not in paper  # the other till's shift, on the server under the journal's id
