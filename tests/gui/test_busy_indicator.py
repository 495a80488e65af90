""" "Working..." in the status bar means someone waits: it goes when the work is done, and a
status label's poll (a printer probe that takes its whole timeout) never shows it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.gui.keyboard import show_active
from tests.support.socket_printer import SocketPrinter


def failing_job() -> None:
    raise RuntimeError("the database is gone")


def test_working_goes_after_an_error_and_background_polls_never_show_it(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    runner = cashier_ctx.runner
    qtbot.waitUntil(lambda: not runner.busy)
    errors: list[Exception] = []
    release = threading.Event()

    runner.submit(release.wait, lambda _done: None, errors.append, owner=window)
    assert window.busy_label.text() == "Working..."
    release.set()
    qtbot.waitUntil(lambda: window.busy_label.text() == "")

    runner.submit(failing_job, lambda _done: None, errors.append, owner=window)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert window.busy_label.text() == ""

    release.clear()
    runner.submit(release.wait, lambda _done: None, errors.append, owner=window, background=True)
    assert runner.busy and window.busy_label.text() == ""
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)


def test_a_printer_that_stopped_answering_does_not_keep_working_on_screen(
    qtbot: QtBot, printing_ctx: UiContext, printer: SocketPrinter
) -> None:
    printer.mode = "mute"  # takes receipts, never answers the status probe (1 s time limit)
    window = MainWindow(printing_ctx)
    show_active(qtbot, window)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None)
    label = window.printer_label
    # Before: "Working..." for as long as the probe waited for its answer.
    qtbot.waitUntil(lambda: label._asking and window.busy_label.text() == "")
    qtbot.waitUntil(lambda: not label._asking, timeout=10_000)
    assert label.text().startswith("Printer:")
