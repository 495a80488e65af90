"""The main window's scanners: the router and every source that feeds it.

Built once per main window (a new cashier gets a new window, and with it new scanners): the
keyboard-wedge filter, and the serial and camera readers the ``[scanner]`` settings name. The
wedge filter goes with the window; the reader threads are stopped when it is destroyed. The
status bar's scanner label names the active sources and turns red while one is lost; a
configured camera also gets a dockable live preview with the detected code outlined.

Threading: UI thread. Background readers report through queued signals (``ReaderBridge``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QMainWindow, QWidget

from pos_desktop.adapters.camera import FrameResult, describe_source
from pos_desktop.domain.scan_payload import ScanPayload
from pos_desktop.ui.i18n import said, tr
from pos_desktop.ui.scanning.background_readers import BackgroundReaders, ReaderBridge
from pos_desktop.ui.scanning.reject_sound import RejectSound
from pos_desktop.ui.scanning.router import ScanRouter
from pos_desktop.ui.scanning.scan_actions import main_window_actions
from pos_desktop.ui.scanning.scanner_settings import ScanTestArea
from pos_desktop.ui.scanning.wedge import WedgeFilter
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.widgets.camera_preview import CameraPreview
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
        beep: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)  # no Python reference to the window: it must die with its C++
        self._label = label
        self.settings = window.ctx.services.settings.scanner
        actions = main_window_actions(window, self.say)
        #: The rejection sound (QApplication.beep where it cannot be played).
        self.reject_sound = beep or RejectSound(self)
        self.router = ScanRouter(
            self.settings, window, actions, clock=clock, beep=self.reject_sound
        )
        self.router.message.connect(self.say)
        self.wedge = WedgeFilter(self.settings, window, clock=clock)
        self.wedge.scanned.connect(lambda text: self.router.deliver(text, "keyboard"))
        self.wedge.install()
        self.bridge = ReaderBridge(self)
        self.bridge.code.connect(self.router.deliver)
        self.bridge.status.connect(self._reader_status)
        self.readers = BackgroundReaders(self.settings, self.bridge)
        self._lost: dict[str, str] = {}
        self.preview: CameraPreview | None = None
        if self.readers.camera is not None:
            self._add_preview(window)
        for problem in self.readers.problems:
            self.say(said(problem), Tone.ERROR)
        readers = self.readers
        window.destroyed.connect(readers.stop)  # holds the readers, not the window
        readers.start()
        self.test_area: ScanTestArea | None = None
        window.screens.when_built("Settings", self._add_test_area)
        self.show_status()

    def _add_test_area(self, screen: QWidget) -> None:
        """The Settings screen's Scanner tab gets a "scan something" area; while it is on
        screen, scans are shown there instead of being acted on."""
        field = (
            screen.fields.get("scanner.keyboard") if isinstance(screen, SettingsScreen) else None
        )
        page = field.row.parentWidget() if field is not None else None
        form = page.layout() if page is not None else None
        if not isinstance(form, QFormLayout):
            return
        area = ScanTestArea()
        form.addRow(area)

        def show_if_visible(payload: ScanPayload, source: str) -> bool:
            if not area.isVisible():
                return False
            area.show_scan(payload, source)
            return True

        self.router.try_out = show_if_visible
        self.test_area = area

    def _add_preview(self, window: QMainWindow) -> None:
        self.preview = CameraPreview()
        dock = QDockWidget(tr("Scanners", "Camera"), window)
        dock.setObjectName("cameraDock")
        dock.setWidget(self.preview)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.bridge.frame.connect(self._show_frame)
        self.bridge.want_frames = True

    def _show_frame(self, result: FrameResult) -> None:
        if self.preview is not None:
            self.preview.show_frame(result)
        self.bridge.frame_painted()

    def say(self, text: str, tone: object = Tone.INFO) -> None:
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, MESSAGE_MS)

    def _reader_status(self, source: str, text: object, working: bool) -> None:
        if working:
            self._lost.pop(source, None)
        elif self._lost.get(source) is None:
            self._lost[source] = said(text) if isinstance(text, str) else str(text)
            self.say(self._lost[source], Tone.ERROR)  # once per outage, not at every retry
        self.show_status()

    def sources(self) -> list[str]:
        names = []
        if self.settings.keyboard:
            names.append("keyboard")
        if self.readers.serial is not None:
            names.append(tr("Scanners", "serial {port}").format(port=self.settings.serial_port))
        if self.readers.camera is not None:
            names.append(describe_source(self.settings.camera))
        return names

    def show_status(self) -> None:
        names = [tr("Scanners", "keyboard") if n == "keyboard" else n for n in self.sources()]
        text = tr("Scanners", "Scanner: {sources}").format(
            sources=" + ".join(names) or tr("Scanners", "off")
        )
        if self._lost:
            lost = tr("Scanners", "({sources} lost, retrying)")
            text += " " + lost.format(sources=", ".join(self._lost))
        self._label.setText(text)
        self._label.setStyleSheet("color: #b91c1c;" if self._lost else "")
        self._label.setToolTip("\n".join(self._lost.values()))

    def stop(self) -> None:
        self.wedge.uninstall()
        self.readers.stop()
