"""Serial and camera scanners in the app: their threads' callbacks become queued signals.

The readers (``adapters/serial_scanner.py``, ``adapters/camera.py``) call back on their own
threads; the bridge below lives on the UI thread, so a signal emitted from a reader thread is
delivered on the UI thread, where the router and the preview run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pos_desktop.adapters.camera import CameraScanner, FrameResult
from pos_desktop.adapters.decoders import DecoderUnavailable, make_decoder
from pos_desktop.adapters.serial_scanner import SerialScanner
from pos_desktop.config import ScannerSettings
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.message_bar import error_words


class ReaderBridge(QObject):
    code = Signal(str, str)  # text, source ("serial", "camera")
    status = Signal(str, object, bool)  # source, text (a say() phrase), working
    frame = Signal(object)  # FrameResult, only while a preview wants it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.want_frames = False
        self._painting = False  # a frame is on its way to the preview: skip the next ones

    def frame_seen(self, result: FrameResult) -> None:
        """Camera thread: hand a frame to the preview unless it is still busy with one (a
        slow paint must never build a backlog that delays the codes behind it)."""
        if self.want_frames and not self._painting:
            self._painting = True
            self.frame.emit(result)

    def frame_painted(self) -> None:
        self._painting = False


class BackgroundReaders:
    """The serial and camera readers the settings ask for, started and stopped together."""

    def __init__(self, settings: ScannerSettings, bridge: ReaderBridge) -> None:
        self.serial: SerialScanner | None = None
        self.camera: CameraScanner | None = None
        self.problems: list[str] = []
        if settings.serial_port:
            self.serial = SerialScanner(
                settings.serial_port,
                settings.serial_baud,
                lambda text: bridge.code.emit(text, "serial"),
                lambda text, ok: bridge.status.emit("serial", text, ok),
            )
        if settings.camera:
            try:
                decoder = make_decoder(settings.decoder)
            except DecoderUnavailable as error:
                self.problems.append(
                    tr("ScanReaders", "{error}; using zxing").format(error=error_words(error))
                )
                decoder = make_decoder("zxing")
            self.camera = CameraScanner(
                settings.camera,
                decoder,
                lambda text: bridge.code.emit(text, "camera"),
                lambda text, ok: bridge.status.emit("camera", text, ok),
                bridge.frame_seen,
            )

    def start(self) -> None:
        for reader in (self.serial, self.camera):
            if reader is not None:
                reader.start()

    def stop(self) -> None:
        for reader in (self.serial, self.camera):
            if reader is not None:
                reader.stop()
