"""The Settings screen's Scanner tab: its fields, and the live "scan something" test area.

Fields are ``(key, label, hint, choices)`` as the screen's ``FieldSpec`` takes them. Keyboard
rhythm, terminator, prefix/suffix, repeat window and dialog handling apply at once (the wedge
filter reads them at every key); the serial port and camera are opened when the main window is
built, so they apply at the next login.

While the Scanner tab is on screen, scans are shown in its test area (how they were understood)
instead of being acted on: an admin can try the scanner without selling anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pos_desktop.domain.scan_payload import ScanPayload
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.scanning.router import source_name

#: The Settings screen shows these; marked in its context, translated where it shows them.
NEXT_LOGIN = QT_TRANSLATE_NOOP("Settings", "opened at the next login")
SCANNER_FIELDS: tuple[tuple[str, str, str, dict[str, str] | None], ...] = (
    (
        "scanner.keyboard",
        QT_TRANSLATE_NOOP("Settings", "Keyboard scanners"),
        QT_TRANSLATE_NOOP("Settings", "tell scanner bursts from typing"),
        None,
    ),
    (
        "scanner.terminator",
        QT_TRANSLATE_NOOP("Settings", "Scanner ends a code with"),
        "",
        {
            "enter": "Enter",
            "tab": "Tab",
            "none": QT_TRANSLATE_NOOP("Settings", "nothing (a pause ends it)"),
        },
    ),
    (
        "scanner.max_key_gap_ms",
        QT_TRANSLATE_NOOP("Settings", "Max ms between a scan's keys"),
        QT_TRANSLATE_NOOP("Settings", "people type 80+ ms apart"),
        None,
    ),
    (
        "scanner.min_length",
        QT_TRANSLATE_NOOP("Settings", "Shortest code"),
        QT_TRANSLATE_NOOP("Settings", "shorter bursts count as typing"),
        None,
    ),
    (
        "scanner.end_timeout_ms",
        QT_TRANSLATE_NOOP("Settings", "Pause that ends a code (ms)"),
        QT_TRANSLATE_NOOP("Settings", "for scanners without Enter"),
        None,
    ),
    (
        "scanner.prefix",
        QT_TRANSLATE_NOOP("Settings", "Prefix"),
        QT_TRANSLATE_NOOP("Settings", "characters the scanner sends first (removed)"),
        None,
    ),
    (
        "scanner.suffix",
        QT_TRANSLATE_NOOP("Settings", "Suffix"),
        QT_TRANSLATE_NOOP("Settings", "characters the scanner sends last (removed)"),
        None,
    ),
    (
        "scanner.repeat_window_ms",
        QT_TRANSLATE_NOOP("Settings", "Same code again counts after (ms)"),
        QT_TRANSLATE_NOOP("Settings", "0: every scan"),
        None,
    ),
    (
        "scanner.during_dialog",
        QT_TRANSLATE_NOOP("Settings", "Scan while a dialog is open"),
        "",
        {
            "queue": QT_TRANSLATE_NOOP("Settings", "wait until it is closed"),
            "refuse": QT_TRANSLATE_NOOP("Settings", "refuse with a message"),
        },
    ),
    ("scanner.beep", QT_TRANSLATE_NOOP("Settings", "Beep on a rejected scan"), "", None),
    (
        "scanner.serial_port",
        QT_TRANSLATE_NOOP("Settings", "Serial port"),
        QT_TRANSLATE_NOOP("Settings", "/dev/ttyACM0, COM3; opened at the next login"),
        None,
    ),
    (
        "scanner.serial_baud",
        QT_TRANSLATE_NOOP("Settings", "Serial baud rate"),
        QT_TRANSLATE_NOOP("Settings", "as set in the scanner"),
        None,
    ),
    (
        "scanner.camera",
        QT_TRANSLATE_NOOP("Settings", "Camera"),
        QT_TRANSLATE_NOOP(
            "Settings", "0 = first camera, or a device/video path; opened at the next login"
        ),
        None,
    ),
    (
        "scanner.decoder",
        QT_TRANSLATE_NOOP("Settings", "Camera decoder"),
        NEXT_LOGIN,
        {
            "zxing": QT_TRANSLATE_NOOP("Settings", "zxing-cpp (best)"),
            "zbar": QT_TRANSLATE_NOOP("Settings", "zbar (needs libzbar)"),
            "opencv": "OpenCV QR",
        },
    ),
)


class ScanTestArea(QWidget):
    """Shows the last scan and what it was understood as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanTestArea")
        self.title = QLabel(
            tr("ScannerSettings", "<b>Try it:</b> scan something now; it is shown here, not used.")
        )
        self.result = QLabel(tr("ScannerSettings", "Nothing scanned yet."))
        self.result.setObjectName("scanTestResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 14pt; padding: 6px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.result)

    def show_scan(self, payload: ScanPayload, source: str) -> None:
        shown = f"{source_name(source)}: {payload.raw.strip()!r} -> {said(payload.describe())}"
        self.result.setText(shown)
