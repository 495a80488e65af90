"""An error nobody caught, inside the checkout: the cart stays, the log has the traceback, a box
says where, Esc closes it and the sale goes on. And the Help menu: the log folder, the facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop import __version__
from pos_desktop.adapters.log_files import LogFiles, start_logging
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings, load_settings
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.crash_report import CrashReporter, crash_message
from pos_desktop.ui.help_menu import system_information
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import pay_and_confirm


@pytest.fixture
def logs(settings: Settings, tmp_path: Path) -> Iterator[LogFiles]:
    settings.log.folder = str(tmp_path / "logs")
    started = start_logging(settings, stderr_level=None)
    yield started
    started.stop()


@pytest.fixture
def reporter(logs: LogFiles) -> Iterator[CrashReporter]:
    installed = CrashReporter(logs.path).install()
    yield installed
    installed.uninstall()


def add_line(qtbot: QtBot, description: str, amount: str) -> None:
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, description)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, amount)
    press(qtbot, Qt.Key.Key_Return)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_checkout_slot_keeps_the_cart_and_logs_the_traceback(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    logs: LogFiles,
    reporter: CrashReporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = CheckoutScreen(cashier_ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None)
    add_line(qtbot, "Workshop seat", "89.00")
    add_line(qtbot, "Catalogue", "12.50")
    assert screen.cart is not None
    total = screen.totals.total.text()
    assert "Total 101.50 EUR" in total

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the payment dialog fell over")

    monkeypatch.setattr("pos_desktop.ui.screens.checkout_paying.PaymentDialog", broken)
    press(qtbot, Qt.Key.Key_F12)  # the pay slot raises

    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    box = reporter.box
    assert box is not None
    assert box.text() == crash_message(logs.path)
    assert str(logs.path) in box.text()
    assert [line.description for line in screen.cart.lines] == ["Workshop seat", "Catalogue"]
    assert screen.totals.total.text() == total
    for handler in logs.handlers:
        handler.flush()
    text = logs.path.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "unhandled error" in text
    assert "Traceback (most recent call last)" in text
    assert ", in pay\n" in text
    assert "RuntimeError: the payment dialog fell over" in text

    qtbot.waitUntil(box.isActiveWindow)
    press(qtbot, Qt.Key.Key_Escape)  # the keyboard closes it
    qtbot.waitUntil(lambda: not box.isVisible())

    monkeypatch.undo()  # whatever broke is fixed: the same cart is sold
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.focus_scan()
    qtbot.waitUntil(lambda: focused() is screen.scan)
    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    (summary,) = services.billing.list_invoices(staff.admin, limit=5)
    sold = services.billing.get(staff.admin, summary.number or "")
    assert [line.description for line in sold.lines] == ["Workshop seat", "Catalogue"]


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_urls() -> Iterator[_Opened]:
    """What the desktop would have been asked to open (Qt's own hook for a URL scheme)."""
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type] # bytes: refused
    yield opened
    QDesktopServices.unsetUrlHandler("file")


def help_action(window: MainWindow, text: str) -> None:
    (action,) = [a for a in window.help_menu.actions() if a.text().replace("&", "") == text]
    action.trigger()


def test_the_help_menu_opens_the_log_folder_and_copies_the_facts(
    qtbot: QtBot, cashier_ctx: UiContext, settings: Settings, tmp_path: Path, file_urls: _Opened
) -> None:
    settings.log.folder = str(tmp_path / "not yet" / "logs")
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    assert window.help_menu.title() == "&Help"

    help_action(window, "Open log folder")
    assert [url.toLocalFile() for url in file_urls.urls] == [settings.log.folder]
    assert Path(settings.log.folder).is_dir()

    help_action(window, "Copy version and system information")
    copied = QApplication.clipboard().text()
    assert f"Booth POS: {__version__}\n" in copied
    assert "Python: 3." in copied and "Qt: 6." in copied and "System: " in copied
    assert f"Database: {cashier_ctx.services.database_admin.backend}: " in copied
    assert "Terminal: T1 (Till 1)" in copied
    assert f"Log file: {Path(settings.log.folder) / 'pos-desktop.log'}" in copied
    assert "copied" in window.statusBar().currentMessage()


def test_the_system_information_names_the_database_without_its_password(
    empty_config: Path,
) -> None:
    settings = load_settings(
        environ={
            "POS_DATABASE_URL": "postgresql://pos:hunter22@db.booth.local/pos",
            "POS_CONFIG": str(empty_config),
        }
    )
    services = build_services(settings)  # never connects for this
    try:
        info = system_information(services)
    finally:
        services.close()
    assert "Database: postgresql: postgresql://pos:********@db.booth.local/pos\n" in info
    assert "hunter22" not in info


def test_a_bug_in_a_background_job_is_logged_with_its_traceback(
    qtbot: QtBot, runner: ThreadPoolRunner, logs: LogFiles
) -> None:
    """The screen shows one line ("Unexpected error ..."); the log keeps where it happened."""
    errors: list[Exception] = []

    def look_up_the_till() -> None:
        raise KeyError("no till T9")

    runner.submit(look_up_the_till, lambda _value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    for handler in logs.handlers:
        handler.flush()
    text = logs.path.read_text(encoding="utf-8")
    assert "ERROR" in text and "background job" in text
    assert "in look_up_the_till\n" in text
    assert "KeyError: 'no till T9'" in text
