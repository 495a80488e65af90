"""The main window's scanners: the router and every source that feeds it.

Built once per main window (a new cashier gets a new window, and with it new scanners); the
wedge filter is removed when the window goes. The status bar's scanner label names the
sources that are active.

Threading: UI thread. Background readers (serial, camera) report through queued signals.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from pos_desktop.ui.scanning.router import ScanRouter
from pos_desktop.ui.scanning.scan_actions import main_window_actions
from pos_desktop.ui.scanning.wedge import WedgeFilter
from pos_desktop.ui.widgets.message_bar import Tone

if TYPE_CHECKING:
    from pos_desktop.ui.main_window import MainWindow

MESSAGE_MS = 8000


class Scanners(QObject):
    def __init__(
        self,
        window: MainWindow,
        label: QLabel,
        *,
        clock: Callable[[], float] = time.monotonic,
        beep: Callable[[], None] = QApplication.beep,
    ) -> None:
        super().__init__(window)  # no Python reference to the window: it must die with its C++
        self._label = label
        self.settings = window.ctx.services.settings.scanner
        actions = main_window_actions(window, self.say)
        self.router = ScanRouter(self.settings, window, actions, clock=clock, beep=beep)
        self.router.message.connect(self.say)
        self.wedge = WedgeFilter(self.settings, window, clock=clock)
        self.wedge.scanned.connect(lambda text: self.router.deliver(text, "keyboard"))
        self.wedge.install()
        self.show_status()

    def say(self, text: str, tone: object = Tone.INFO) -> None:
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, MESSAGE_MS)

    def sources(self) -> list[str]:
        names = []
        if self.settings.keyboard:
            names.append("keyboard")
        return names

    def show_status(self) -> None:
        self._label.setText(f"Scanner: {' + '.join(self.sources()) or 'off'}")

    def stop(self) -> None:
        self.wedge.uninstall()
