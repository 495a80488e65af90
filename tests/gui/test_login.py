"""Login and idle lock, by keyboard, against real databases and real argon2 on the runner."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.roles import Role
from pos_desktop.ui.idle_lock import IdleWatcher, TerminalLock
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.login import Countdown, LoginDialog
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import PASSWORD, Staff
from tests.gui.conftest import NewLock
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import sell_by_keyboard
from tests.support.clock import FakeClock


def fake_ms(clock: FakeClock) -> Callable[[], int]:
    """The lock countdown on the services' fake clock: both agree on when a lock ends."""
    return lambda: int(clock.now().timestamp() * 1000)


def open_dialog(qtbot: QtBot, dialog: QDialog) -> None:
    show_active(qtbot, dialog)


def open_login(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner, clock: FakeClock
) -> LoginDialog:
    dialog = LoginDialog(services, runner, countdown=Countdown(fake_ms(clock), tick_ms=10))
    open_dialog(qtbot, dialog)
    assert focused() is dialog.username
    return dialog


def attempt(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    """Type the password into the focused password field and press Enter; wait for the answer."""
    assert focused() is dialog.password
    type_text(qtbot, password)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy)


def test_the_right_password_logs_in(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner, clock: FakeClock
) -> None:
    dialog = open_login(qtbot, services, runner, clock)

    type_text(qtbot, "Carl")  # user names are case-insensitive
    press(qtbot, Qt.Key.Key_Return)  # Enter with no password yet: on to the password
    assert focused() is dialog.password and dialog.actor is None
    attempt(qtbot, dialog, PASSWORD)

    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.role) == ("carl", Role.CASHIER)
    assert not dialog.isVisible()
    assert dialog.password.text() == ""


def test_a_wrong_name_and_a_wrong_password_read_the_same(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner, clock: FakeClock
) -> None:
    dialog = open_login(qtbot, services, runner, clock)
    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Tab)

    attempt(qtbot, dialog, "not the password")
    assert dialog.actor is None and dialog.isVisible()
    said_for_carl = dialog.message.text()
    assert said_for_carl == "wrong user name or password"
    assert dialog.password.text() == "" and focused() is dialog.password
    assert dialog.login_button.isEnabled()

    press(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "nobody")  # no such user: the very same words
    press(qtbot, Qt.Key.Key_Tab)
    attempt(qtbot, dialog, "not the password")
    assert dialog.message.text() == said_for_carl


def fail_until_the_wait_is(
    qtbot: QtBot, dialog: LoginDialog, clock: FakeClock, seconds: int
) -> None:
    """Wrong passwords, each after the wait the one before earned, until one earns ``seconds``."""
    while True:
        attempt(qtbot, dialog, "wrong guess")
        if dialog.countdown.seconds_left >= seconds:
            return
        if dialog.countdown.seconds_left:
            clock.advance(seconds=dialog.countdown.seconds_left)
            qtbot.waitUntil(dialog.login_button.isEnabled)
            dialog.password.setFocus()


def test_failures_make_the_name_wait_longer_and_the_dialog_counts_down(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner, clock: FakeClock
) -> None:
    dialog = open_login(qtbot, services, runner, clock)
    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Tab)
    fail_until_the_wait_is(qtbot, dialog, clock, 16)  # 1, 2, 4, 8, 16 seconds

    assert "carl can try again in 0:16" in dialog.message.text()
    assert not dialog.login_button.isEnabled()
    type_text(qtbot, PASSWORD)  # the right password: Enter does nothing while waiting
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.busy and dialog.actor is None

    # Another terminal (a fresh dialog) is refused by the service, right password or not.
    other = open_login(qtbot, services, runner, clock)
    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Tab)
    attempt(qtbot, other, PASSWORD)
    assert other.actor is None and "carl can try again in 0:16" in other.message.text()
    other.close()

    clock.advance(seconds=10)
    qtbot.waitUntil(lambda: "try again in 0:06" in dialog.message.text())
    assert not dialog.login_button.isEnabled()

    clock.advance(seconds=6)
    qtbot.waitUntil(dialog.login_button.isEnabled)
    assert "wait is over" in dialog.message.text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.password.setFocus()
    dialog.password.selectAll()
    attempt(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_locked_name_does_not_block_another_user(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner, clock: FakeClock
) -> None:
    dialog = open_login(qtbot, services, runner, clock)
    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Tab)
    for _ in range(5):
        attempt(qtbot, dialog, "wrong guess")
    assert not dialog.login_button.isEnabled()

    press(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "maria")  # Shift+Tab selected the name: typing replaces it
    assert dialog.login_button.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    attempt(qtbot, dialog, PASSWORD)
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor is not None and dialog.actor.username == "maria"


def start_locked_terminal(
    qtbot: QtBot, new_lock: NewLock, staff: Staff
) -> tuple[TerminalLock, CheckoutScreen]:
    """Carl's checkout with one line in the cart, then no input until the terminal locks."""
    lock = new_lock(staff.cashier, 60_000)
    lock.start()
    lock.window.activateWindow()
    qtbot.waitUntil(lock.window.isActiveWindow)
    screen = lock.window.screens["Checkout"]
    assert isinstance(screen, CheckoutScreen)
    qtbot.waitUntil(lambda: screen.cart is not None and focused() is screen.scan)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Catalogue")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.cart is not None and len(screen.cart.lines) == 1
    assert focused() is screen.line_entry.description  # ready for the next line

    lock.watcher.set_timeout(150)  # a short idle time, to lock now
    lock.watcher.start()
    qtbot.waitUntil(lambda: lock.locked)
    # After the unlock, a long one again: 150 ms could pass while a loaded machine builds the
    # next user's window, which would then lock at once.
    lock.watcher.set_timeout(60_000)
    assert lock.dialog is not None
    qtbot.waitUntil(lambda: lock.dialog is not None and focused() is lock.dialog.password)
    content = lock.window.centralWidget()
    assert content is not None and not content.isVisible()
    return lock, screen


def test_the_idle_lock_hides_the_till_and_the_same_user_finds_the_cart_again(
    qtbot: QtBot, new_lock: NewLock, staff: Staff
) -> None:
    lock, screen = start_locked_terminal(qtbot, new_lock, staff)
    window, dialog = lock.window, lock.dialog
    assert dialog is not None and dialog.username.text() == "carl"

    press(qtbot, Qt.Key.Key_Escape)  # Esc must not unlock
    assert lock.locked and dialog.isVisible()
    type_text(qtbot, "wrong password")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "wrong user name or password" in dialog.message.text())
    assert lock.locked

    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked)
    content = window.centralWidget()
    assert content is not None
    qtbot.waitUntil(content.isVisible)
    assert lock.window is window  # not rebuilt: the open sale is still there
    assert screen.cart is not None and [ln.description for ln in screen.cart.lines] == ["Catalogue"]
    qtbot.waitUntil(lambda: focused() is screen.line_entry.description)  # typing goes on
    assert lock.watcher.watching  # counting again


def test_another_user_unlocking_gets_a_window_for_their_role(
    qtbot: QtBot, new_lock: NewLock, staff: Staff
) -> None:
    lock, _ = start_locked_terminal(qtbot, new_lock, staff)
    old = lock.window
    assert "Dashboard" not in old.screens  # a cashier's window

    press(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not lock.locked and lock.window is not old)
    assert lock.window.ctx.actor.username == "maria"
    assert "Dashboard" in lock.window.screens  # a manager's window
    assert lock.window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # the old window is gone
    # ... and carl's cart waits, parked, for carl (or anyone at this till: Shift+F10)
    services = lock.window.ctx.services
    qtbot.waitUntil(lambda: services.parked_sales.count(staff.cashier) == 1)
    [parked] = services.parked_sales.list_parked(staff.cashier)
    assert parked.parked_by == staff.cashier.label
    assert parked.note == "left open by carl when maria took over"


def test_ctrl_l_locks_at_once_and_another_user_can_take_the_till_over(
    qtbot: QtBot, new_lock: NewLock, staff: Staff
) -> None:
    lock = new_lock(staff.cashier, 0)  # no idle lock: only Ctrl+L
    lock.start()
    lock.window.activateWindow()
    qtbot.waitUntil(lock.window.isActiveWindow)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.dialog is not None and focused() is lock.dialog.password)
    content = lock.window.centralWidget()
    assert content is not None and not content.isVisible()
    old = lock.window
    press(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked and lock.window is not old)
    assert lock.window.ctx.actor.username == "maria"
    lock.window.activateWindow()
    qtbot.waitUntil(lock.window.isActiveWindow)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # her window locks too
    qtbot.waitUntil(lambda: lock.locked)


def test_another_user_taking_over_after_a_sale_finds_nothing_parked(
    qtbot: QtBot, new_lock: NewLock, staff: Staff, services: Services, runner: ThreadPoolRunner
) -> None:
    """Carl's sale is saved, its invoice still on screen: no open cart to park for him."""
    lock = new_lock(staff.cashier, 0)
    lock.start()
    lock.window.activateWindow()
    screen = lock.window.screens["Checkout"]
    assert isinstance(screen, CheckoutScreen)
    qtbot.waitUntil(lambda: screen.cart is not None and focused() is screen.scan)
    sell_by_keyboard(qtbot, screen, "Catalogue", "12.50")
    old = lock.window
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lock.dialog is not None and focused() is lock.dialog.password)
    press(qtbot, Qt.Key.Key_Backtab)
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked and lock.window is not old)
    assert runner.wait_for_done()
    assert services.parked_sales.count(staff.cashier) == 0


def test_input_restarts_the_idle_time(qtbot: QtBot) -> None:
    now = [0]
    watcher = IdleWatcher(60_000, now_ms=lambda: now[0])
    field = QWidget()
    qtbot.addWidget(field)
    field.show()
    watcher.start()
    now[0] = 45_000
    assert watcher.remaining_ms == 15_000
    QTest.keyClick(field, Qt.Key.Key_A)
    assert watcher.remaining_ms == 60_000
    watcher.uninstall()
    assert not watcher.watching and watcher.remaining_ms == -1
