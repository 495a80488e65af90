"""GUI tests: real widgets (offscreen), real services on SQLite and PostgreSQL, real threads.

Screens run their service calls on a ``ThreadPoolRunner`` as in the app; tests wait for the
answer with ``qtbot.waitUntil`` instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.domain.roles import Actor
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.garbage import collect_on_ui_thread
from pos_desktop.ui.idle_lock import TerminalLock
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.theme import apply_theme
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.paper import printing_services
from tests.support.socket_printer import SocketPrinter

#: How long a GUI test waits for what it expects (a worker's answer, a repaint) unless it says
#: otherwise: the answer usually comes in milliseconds and the wait ends then; the bound only
#: decides when a missing answer is a failure, and on a shared CI machine whose two cores run
#: PostgreSQL and other suites, pytest-qt's 5 s made slow answers fail as missing ones.
PATIENCE_MS = 15_000
_wait_until = QtBot.waitUntil


def _patient_wait_until(
    self: QtBot, callback: Callable[[], bool | None], *, timeout: int = PATIENCE_MS
) -> None:
    _wait_until(self, callback, timeout=timeout)


QtBot.waitUntil = _patient_wait_until  # type: ignore[method-assign]


def close_what_the_test_left(widget: QWidget) -> None:
    """Run before a test's window is closed at its end: the dialogs it opened are closed
    first (``done``, so the lock dialog that refuses Esc closes too), and a main window closes
    without the cart question (its tests, in test_parked_sales.py, close the window
    themselves). Left up, they were the next test's: a modal one took its keys and focus.
    Again while one opens another (Esc at the sale's confirmation goes back to Payment)."""
    if not shiboken6.isValid(widget):
        return
    for _ in range(5):  # what is still up after that, the safety net (tests/conftest) names
        shown = [dialog for dialog in widget.findChildren(QDialog) if dialog.isVisible()]
        for dialog in reversed(shown):
            dialog.done(QDialog.DialogCode.Rejected)
    if isinstance(widget, MainWindow):
        widget.close_confirmed = True


_add_widget = QtBot.addWidget


def _add_widget_closing_its_dialogs(
    self: QtBot, widget: QWidget, *, before_close_func: Callable[[QWidget], None] | None = None
) -> None:
    """``qtbot.addWidget``: the widget closes at the test's end with the dialogs it opened."""

    def before_close(closing: QWidget) -> None:
        if before_close_func is not None:
            before_close_func(closing)
        close_what_the_test_left(closing)

    _add_widget(self, widget, before_close_func=before_close)


QtBot.addWidget = _add_widget_closing_its_dialogs  # type: ignore[method-assign]
QtBot.add_widget = _add_widget_closing_its_dialogs  # type: ignore[assignment]

#: Makes an idle lock for ``actor`` locking after ``timeout_ms`` (see :func:`new_lock`).
NewLock = Callable[[Actor, int], TerminalLock]


@pytest.fixture(autouse=True)
def the_apps_look(qapp: QApplication) -> Iterator[None]:
    """Every GUI test sees the screens as the app shows them: the design system's style sheet
    (ui/design/), as ``run_gui`` applies it at start; a test that changes the theme gets the
    default back here, so no test inherits another's."""
    apply_theme("system")
    yield
    apply_theme("system")


@pytest.fixture(autouse=True)
def collector_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: cycles are collected on the UI thread only (see ui/garbage.py); the
    tests after the GUI tests get Python's automatic collection back."""
    collector = collect_on_ui_thread(qapp)
    yield
    collector.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[ThreadPoolRunner]:
    pool_runner = ThreadPoolRunner()
    yield pool_runner
    # Before the services close their database (they were set up before this fixture): after
    # this, a widget's late timer cannot open a connection that nobody closes.
    assert pool_runner.shutdown(), "background jobs still running at the end of the test"
    qtbot.waitUntil(lambda: not pool_runner.busy)


@pytest.fixture
def new_lock(qtbot: QtBot, services: Services, runner: ThreadPoolRunner) -> Iterator[NewLock]:
    """Makes an idle lock whose watcher stops and whose window closes when the test ends, also
    when it fails half-way: a watcher left running locked later tests' windows behind an
    application-modal dialog that took their keys.

    The window is closed here rather than by ``qtbot.addWidget``: another user's unlock
    replaces it and deletes the old one, which qtbot would then fail to close."""
    made: list[TerminalLock] = []

    def make(actor: Actor, timeout_ms: int) -> TerminalLock:
        lock = TerminalLock(services, runner, actor, timeout_ms=timeout_ms)
        made.append(lock)
        return lock

    yield make
    for lock in made:
        lock.stop()
        if shiboken6.isValid(lock.window):
            close_what_the_test_left(lock.window)
            lock.window.close()
            lock.window.deleteLater()


@pytest.fixture
def cashier_ctx(services: Services, staff: Staff, runner: ThreadPoolRunner) -> UiContext:
    return UiContext(services, runner, staff.cashier)


@pytest.fixture
def manager_ctx(services: Services, staff: Staff, runner: ThreadPoolRunner) -> UiContext:
    return UiContext(services, runner, staff.manager)


@pytest.fixture
def admin_ctx(services: Services, staff: Staff, runner: ThreadPoolRunner) -> UiContext:
    return UiContext(services, runner, staff.admin)


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    """A receipt printer on a loopback socket."""
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def printing_ctx(
    settings: Settings,
    clock: FakeClock,
    staff: Staff,
    runner: ThreadPoolRunner,
    printer: SocketPrinter,
) -> Iterator[UiContext]:
    """A cashier at a till that prints on ``printer`` (printer.auto_print on)."""
    services = printing_services(settings, clock, printer.url)
    yield UiContext(services, runner, staff.cashier)
    runner.wait_for_done()
    services.close()
