"""A printer that took a receipt and went quiet, in the app: the status bar asks the cashier to
check the printer, the loop never prints it again, and the print queue reprints it as a COPY
without opening the drawer (Ctrl+P) or marks it printed (Ctrl+M). The printer's own words
(cover open, paper out) show in the status bar, the queue and Settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.services.printing import PrintLoop
from pos_desktop.storage.models import PrintJob
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.print_queue import PrintQueueDialog
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.widgets.printer_status import PrinterStatusLabel
from tests.gui.keyboard import press, show_active
from tests.gui.test_printing_app import sell_in_the_app
from tests.support.escpos_decoder import decode
from tests.support.socket_printer import SocketPrinter

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
COPY = "*** COPY ***"


@pytest.fixture
def loop(services: Services) -> Iterator[PrintLoop]:
    """The app's print loop, a round every 0.2 s: it gets every chance to print twice."""
    services.print_round_seconds = 0.2  # bootstrap's own loop and wiring, rounds more often
    services.print_loop.start()
    yield services.print_loop
    services.print_loop.stop()


def use_printer(services: Services, printer: SocketPrinter) -> None:
    settings = services.settings.printer
    settings.url, settings.timeout_seconds, settings.auto_print = printer.url, 1, True
    settings.drawer_kick = True


def states(services: Services) -> list[tuple[str, bool]]:
    with services.db.reader() as uow:
        return [
            (j.state, j.copy) for j in uow.session.scalars(select(PrintJob).order_by(PrintJob.id))
        ]


def stalled_sale(
    qtbot: QtBot, window: MainWindow, services: Services, printer: SocketPrinter
) -> tuple[str, PrinterStatusLabel, PrintQueueDialog]:
    """A cash sale whose receipt the printer took and never confirmed; the queue opened."""
    printer.mode = "stall"
    number = sell_in_the_app(qtbot, window)
    qtbot.waitUntil(lambda: services.printing.queue_state().unsure == 1, timeout=10_000)
    label = window.printer_label
    assert isinstance(label, PrinterStatusLabel)
    label.refresh()
    expected = f"Printer: {number} may not have printed - check the printer (Ctrl+Shift+P)"
    qtbot.waitUntil(lambda: label.text() == expected)
    assert "reprint it as a COPY" in label.toolTip()
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = window.print_queue
    assert isinstance(dialog, PrintQueueDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.data(dialog.model.index(0, 3)) == "MAY HAVE PRINTED (timeout)"
    assert f"{number} may not have printed" in dialog.details.text()
    assert dialog.copy_button.isEnabled() and dialog.printed_button.isEnabled()
    assert not dialog.retry_button.isEnabled() and not dialog.cancel_button.isEnabled()
    return number, label, dialog


def test_an_unsure_receipt_is_never_printed_again_and_reprints_as_a_copy(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    printer: SocketPrinter,
    loop: PrintLoop,
) -> None:
    use_printer(services, printer)
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    number, label, dialog = stalled_sale(qtbot, window, services, printer)
    printer.mode = "ready"  # the printer is back; the loop keeps running, Ctrl+R is refused
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.wait(1_000)  # five rounds of the loop
    assert len(printer.jobs) == 1 and states(services) == [("unsure", False)]
    assert decode(printer.jobs[0]).drawer_kicks == [2]

    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "printed on" in dialog.messages.text(), timeout=15_000)
    assert dialog.messages.text() == f"Copy of {number} printed on {printer.url}"
    copy = decode(printer.wait_for_jobs(2)[1])
    assert copy.qr_codes == [number] and COPY in copy.lines
    assert copy.drawer_kicks == []  # the drawer stays shut
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.model.loading)
    assert states(services) == [("replaced", False), ("printed", True)]
    qtbot.waitUntil(lambda: label.text() == "Printer: ready", timeout=5_000)
    dialog.close()


def test_an_unsure_receipt_seen_on_paper_is_marked_printed(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    printer: SocketPrinter,
    loop: PrintLoop,
) -> None:
    use_printer(services, printer)
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    number, label, dialog = stalled_sale(qtbot, window, services, printer)
    press(qtbot, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: dialog.messages.text() == f"{number} marked printed")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.model.loading)
    assert states(services) == [("printed", False)]
    assert len(printer.jobs) == 1
    qtbot.waitUntil(lambda: "may not have printed" not in label.text(), timeout=5_000)
    dialog.close()


def test_cover_open_is_said_in_those_words(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    printer: SocketPrinter,
    loop: PrintLoop,
) -> None:
    use_printer(services, printer)
    printer.mode = "cover open"
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    sell_in_the_app(qtbot, window)
    qtbot.waitUntil(lambda: services.printing.queue_state().problem == "cover open", timeout=5_000)
    # The loop's rounds retry every 0.2 s; the queue's "printer now" line is only asked between
    # two rounds ("busy printing" otherwise), so the retrying stops once the problem is known.
    loop.stop()
    label = window.printer_label
    assert isinstance(label, PrinterStatusLabel)
    label.refresh()
    qtbot.waitUntil(lambda: label.text() == "Printer: cover open - 1 waiting")
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = window.print_queue
    assert isinstance(dialog, PrintQueueDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.data(dialog.model.index(0, 3)) == "cover open"
    assert "has its cover open" in dialog.details.text()
    qtbot.waitUntil(lambda: dialog.printer.text() == "Printer now: cover open")
    assert printer.jobs == []
    dialog.close()


def test_settings_say_paper_out(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, printer: SocketPrinter
) -> None:
    screen = SettingsScreen(admin_ctx)
    show_active(qtbot, screen, (1000, 800))
    url_field = screen.fields["printer.url"].editor
    assert isinstance(url_field, QLineEdit)
    printer.mode = "paper out"
    url_field.setText(printer.url)
    screen.printer_test.check()
    expected = f"Status of {printer.url}: paper out"
    qtbot.waitUntil(lambda: screen.printer_test.status.text() == expected)
