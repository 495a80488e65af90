"""Logging in: user name, password, Enter. Also the face of the idle lock (``idle_lock.py``).

The check runs on the runner: argon2 takes tens of milliseconds on purpose and the database may
be a server on the booth's network, so the UI thread never waits for it. The service is the
guard (it counts failures and makes the name wait a little longer after each); this dialog only
explains: the same words for a wrong name and a wrong password, and a wait's time left, counted
down on screen with the Log in button disabled for that name until it reaches zero.

At the app's cold start the dialog appears before the database is open (``while_opening``):
the cashier types while the database layer loads on the runner, and a Log in pressed before it
is ready goes ahead once ``attach`` hands the services over.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.errors import AccountLocked
from pos_desktop.domain.login_delay import minutes_seconds
from pos_desktop.domain.roles import Actor
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import LOGGED_IN_OFFLINE, log_in
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.workers import Runner

if TYPE_CHECKING:  # the database layer loads after this dialog is on screen
    from pos_desktop.bootstrap import Services


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class Countdown(QObject):
    """Seconds left of a wait after failed logins, from a deadline: display ticks never drift.

    ``now_ms`` is the time source: the monotonic clock in the app; tests pass the fake clock
    the services use, so the dialog and the service agree on when the wait ends.
    """

    changed = Signal(int)
    finished = Signal()

    def __init__(
        self,
        now_ms: Callable[[], int] = monotonic_ms,
        *,
        tick_ms: int = 250,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now_ms = now_ms
        self._deadline_ms = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self.seconds_left = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, seconds: int) -> None:
        self._deadline_ms = self._now_ms() + seconds * 1000
        self._timer.start()
        self.seconds_left = -1  # always announce the new lock, even with the same time left
        self._set(seconds)

    def _tick(self) -> None:
        self._set(math.ceil((self._deadline_ms - self._now_ms()) / 1000))

    def _set(self, seconds: int) -> None:
        left = max(0, seconds)
        if left != self.seconds_left or left == 0:
            self.seconds_left = left
            self.changed.emit(left)
        if left == 0:
            self._timer.stop()
            self.finished.emit()


class LoginDialog(QDialog):
    """Sets ``actor`` and accepts once the service lets the user in; Esc quits."""

    def __init__(
        self,
        services: Services | None,
        runner: Runner,
        *,
        username: str = "",
        terminal_name: str = "",
        countdown: Countdown | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``services`` None: the database is still opening (see ``while_opening``)."""
        super().__init__(parent)
        self.setWindowTitle(tr("Login", "Booth POS: log in"))
        self.setMinimumWidth(420)
        self._services = services
        self._runner = runner
        self.actor: Actor | None = None
        #: Logged in against the offline journal's copy of the users (the server did not answer).
        self.offline = False
        self.busy = False
        self.locked_name: str | None = None
        self.waiting_for_database = False
        if services is not None:
            terminal_name = services.settings.pos.terminal_name
        self.intro = QLabel(
            tr("Login", "Terminal {terminal}: please log in.").format(terminal=terminal_name)
        )
        self.intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageBar()
        self.login_button = QPushButton(tr("Login", "&Log in"))
        self.login_button.setDefault(True)  # Enter in either field logs in
        # Styled as the default button from the start: the bold text of ``:default`` alone was
        # wider than the size the button was given, and cut.
        self.login_button.setProperty("role", "primary")
        self.login_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(tr("Login", "&Quit"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.countdown = countdown or Countdown()
        self.countdown.setParent(self)
        self.countdown.changed.connect(self._show_lock)
        self.countdown.finished.connect(self._lock_over)
        self.username.textChanged.connect(self._update_button)
        self._layout()
        (self.password if username else self.username).setFocus()

    @classmethod
    def while_opening(cls, terminal_name: str, runner: Runner) -> LoginDialog:
        """The cold start's login: on screen at once, Log in goes ahead after ``attach``."""
        return cls(None, runner, terminal_name=terminal_name)

    @property
    def services(self) -> Services | None:
        return self._services

    def attach(self, services: Services) -> None:
        """The database is open: a Log in pressed while it opened runs now."""
        self._services = services
        if self.waiting_for_database:
            self.waiting_for_database = False
            self.busy = False
            self._update_button()
            self.submit()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Login", "&User name"), self.username)
        form.addRow(tr("Login", "&Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _name(self) -> str:
        return self.username.text().strip().lower()

    def _update_button(self) -> None:
        locked = self.locked_name is not None and self._name() == self.locked_name
        self.login_button.setEnabled(not self.busy and not locked)

    def submit(self) -> None:
        """Enter: an empty field takes the focus first, so typing on simply continues."""
        name, password = self._name(), self.password.text()
        if not name:
            self.username.setFocus()
            return
        if not password:
            self.password.setFocus()
            return
        if not self.login_button.isEnabled():
            return
        self.busy = True
        self._update_button()
        if self._services is None:
            self.waiting_for_database = True
            self.message.show_message(tr("Login", "Opening the database..."), Tone.INFO)
            return
        self.message.show_message(tr("Login", "Checking..."), Tone.INFO)
        services = self._services
        self._runner.submit(
            lambda: log_in(services, name, password), self._logged_in, self._failed, owner=self
        )

    def _logged_in(self, answer: tuple[Actor, bool]) -> None:
        actor, self.offline = answer
        self.busy = False
        self.password.clear()
        self.actor = actor
        if self.offline:
            self.message.show_message(tr("Offline", LOGGED_IN_OFFLINE), Tone.INFO)
        else:
            self.message.clear_message()
        self._update_button()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, AccountLocked):
            self.locked_name = self._name()
            self.countdown.start(error.seconds_left)
        else:
            self.message.show_error(error)
        self._update_button()

    def _show_lock(self, seconds: int) -> None:
        if seconds and self._name() == self.locked_name:  # not over another user's message
            self.message.show_message(
                tr(
                    "Login",
                    "Wrong user name or password, too often: {user} can try again in {wait}"
                    " (minutes:seconds).",
                ).format(user=self.locked_name, wait=minutes_seconds(seconds)),
                Tone.ERROR,
            )

    def _lock_over(self) -> None:
        self.locked_name = None
        self.message.show_message(tr("Login", "The wait is over: try again."), Tone.INFO)
        self._update_button()
