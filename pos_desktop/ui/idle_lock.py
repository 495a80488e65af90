"""Idle lock: after some minutes without keyboard or mouse input the terminal locks itself.

A till at a fair is left alone all the time; whoever walks by must not sell, void or read
customers under the cashier's name. The main window's content is hidden behind a lock dialog
that takes the password of the user who was logged in, or lets another user log in.
The same user finds everything as it was (the open cart included: the window is kept);
another user gets a main window built for their role, and the previous cart is discarded,
so nobody finishes a sale under someone else's name.

Threading: everything here runs on the UI thread; the password check runs on the runner
through ``LoginDialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from pos_desktop.bootstrap import Services
from pos_desktop.domain.roles import Actor
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import apply_language, tr
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.login import Countdown, LoginDialog, monotonic_ms
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.widgets.message_bar import error_words
from pos_desktop.ui.workers import Runner

#: Input that proves somebody is at the till (a barcode scanner types, so it counts too).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input anywhere in the application.

    An application-wide event filter sees every event of every widget, so it only notes the
    time of the last input; the timer, when it fires, decides whether that was long enough ago
    or waits for the rest.
    """

    idle = Signal()

    def __init__(
        self,
        timeout_ms: int,
        *,
        now_ms: Callable[[], int] = monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._now_ms = now_ms
        self._last_input_ms = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False
        self.watching = False

    @property
    def remaining_ms(self) -> int:
        """Until the lock if nobody touches anything; -1 when not watching."""
        if not self.watching:
            return -1
        return max(0, self._timeout_ms - (self._now_ms() - self._last_input_ms))

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        if self.watching:
            self._timer.start(self.remaining_ms)

    def start(self) -> None:
        if not self._installed:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._installed = True
        self.watching = True
        self._last_input_ms = self._now_ms()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        self.watching = False
        self._timer.stop()

    def uninstall(self) -> None:
        self.stop()
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self.watching and event.type() in _ACTIVITY:
            self._last_input_ms = self._now_ms()
        return False

    def _check(self) -> None:
        left = self.remaining_ms
        if left > 0:
            self._timer.start(left)
        elif self.watching:
            self.stop()
            self.idle.emit()


class LockDialog(LoginDialog):
    """The login dialog with the locked user's name filled in; Esc does not unlock."""

    def __init__(
        self,
        services: Services,
        runner: Runner,
        actor: Actor,
        *,
        countdown: Countdown | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            services, runner, username=actor.username, countdown=countdown, parent=parent
        )
        self.setWindowTitle(tr("LockDialog", "Booth POS: locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, on=False)
        self.intro.setText(
            tr(
                "LockDialog",
                "<b>Locked</b> after a while without input. {user}: your password to go on. "
                "Someone else: log in with your own name (the open sale is then discarded).",
            ).format(user=actor.label)
        )
        self.cancel_button.hide()

    def reject(self) -> None:
        """Esc and the window's close button would unlock the till: ignored."""


class TerminalLock(QObject):
    """Owns the main window and swaps it when another user unlocks the terminal."""

    window_replaced = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: Runner,
        actor: Actor,
        *,
        timeout_ms: int,
        build_window: Callable[[UiContext], MainWindow] = MainWindow,
        new_countdown: Callable[[], Countdown] = Countdown,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._build_window = build_window
        self._new_countdown = new_countdown
        self._enabled = timeout_ms > 0
        self.window = build_window(UiContext(services, runner, actor))
        self.dialog: LockDialog | None = None
        self._focus: QWidget | None = None
        self.watcher = IdleWatcher(timeout_ms, parent=self)
        self.watcher.idle.connect(self.lock)
        self._follow_settings()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def start(self) -> None:
        """Show the main window, maximised (the status bar stays on a small screen), and start
        counting idle time (0 minutes: never lock)."""
        self.window.showMaximized()
        if self._enabled:
            self.watcher.start()

    def stop(self) -> None:
        self.watcher.uninstall()

    def set_idle_minutes(self, minutes: int) -> None:
        """A new idle time from the Settings screen counts at once (0: never lock)."""
        self._enabled = minutes > 0
        self.watcher.set_timeout(minutes * 60_000)
        if not self._enabled:
            self.watcher.stop()
        elif not self.watcher.watching and not self.locked:
            self.watcher.start()

    def _follow_settings(self) -> None:
        """The window's Ctrl+L locks now; its Settings screen's idle time counts at once."""
        self.window.lock_requested.connect(self.lock)
        screen = self.window.screens.get("Settings")
        if isinstance(screen, SettingsScreen):
            screen.idle_lock_changed.connect(self.set_idle_minutes)
        self.window.language_requested.connect(self.change_language)

    # -------------------------------------------------------------------------- language

    def change_language(self, code: str) -> None:
        """The user's own choice of language: stored (on the runner), then applied at once by
        building the window anew in it with the open cart handed over (no restart)."""
        actor = self.window.ctx.actor
        users = self._services.users
        self._runner.submit(
            lambda: users.set_language(actor, code),
            self.switch_language,
            lambda error: self._language_not_saved(actor, code, error),
            owner=self,
        )

    def _language_not_saved(self, actor: Actor, code: str, error: Exception) -> None:
        """Not stored (the server away, say): shown in it all the same, for this session."""
        self.switch_language(replace(actor, language=code))
        self.window.statusBar().showMessage(
            tr("TerminalLock", "The language was not saved: {error}").format(
                error=error_words(error)
            ),
            10_000,
        )

    def switch_language(self, actor: Actor) -> None:
        """Apply ``actor``'s language and build the window anew in it, keeping the cart."""
        if self.locked:
            return
        apply_language(actor.language)
        self._replace_window(actor, hand_over=True)

    def lock(self) -> None:
        """Hide the till behind the lock dialog (a child of the window: it blocks closing it)."""
        if self.dialog is not None:
            return
        self.watcher.stop()
        self._focus = QApplication.focusWidget()
        self._show_content(False)
        actor = self.window.ctx.actor
        dialog = LockDialog(
            self._services, self._runner, actor, countdown=self._new_countdown(), parent=self.window
        )
        dialog.accepted.connect(self._unlocked)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _unlocked(self) -> None:
        """The same user goes on where they were; anyone else gets a fresh window."""
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.actor is None:
            return
        dialog.deleteLater()
        if dialog.actor.user_id == self.window.ctx.actor.user_id:
            self._show_content(True)
            self.window.activateWindow()
            if self._focus is not None and shiboken6.isValid(self._focus):
                self._focus.setFocus()
        else:
            apply_language(dialog.actor.language)  # the new user's, before their window
            self._replace_window(dialog.actor)
        self._focus = None
        if self._enabled:
            self.watcher.start()

    def _show_content(self, visible: bool) -> None:
        content = self.window.centralWidget()
        if content is not None:
            content.setVisible(visible)

    def _replace_window(self, actor: Actor, *, hand_over: bool = False) -> None:
        """A new window for ``actor``: another user's (the open cart parked) or the same user's
        in another language (``hand_over``: the cart goes on in the new window)."""
        old = self.window
        cart = old.hand_over_cart() if hand_over else None
        if not hand_over:
            old.park_open_cart(f"left open by {old.ctx.actor.label} when {actor.label} took over")
        self.window = self._build_window(UiContext(self._services, self._runner, actor))
        if cart is not None:
            self.window.take_over_cart(cart)
        self.window.setGeometry(old.geometry())
        self.window.setWindowState(old.windowState())
        self._follow_settings()
        self.window.show()  # before closing the old one, so the app never has no window
        old.close_without_asking()
        old.deleteLater()
        self.window_replaced.emit(self.window)
