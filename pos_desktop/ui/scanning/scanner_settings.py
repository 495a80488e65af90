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

NEXT_LOGIN = "opened at the next login"
SCANNER_FIELDS: tuple[tuple[str, str, str, dict[str, str] | None], ...] = (
    ("scanner.keyboard", "Keyboard scanners", "tell scanner bursts from typing", None),
    ("scanner.terminator", "Scanner ends a code with", "", {
        "enter": "Enter", "tab": "Tab", "none": "nothing (a pause ends it)"}),
    ("scanner.max_key_gap_ms", "Max ms between a scan's keys", "people type 80+ ms apart", None),
    ("scanner.min_length", "Shortest code", "shorter bursts count as typing", None),
    ("scanner.end_timeout_ms", "Pause that ends a code (ms)", "for scanners without Enter", None),
    ("scanner.prefix", "Prefix", "characters the scanner sends first (removed)", None),
    ("scanner.suffix", "Suffix", "characters the scanner sends last (removed)", None),
    ("scanner.repeat_window_ms", "Same code again counts after (ms)", "0: every scan", None),
    ("scanner.during_dialog", "Scan while a dialog is open", "", {
        "queue": "wait until it is closed", "refuse": "refuse with a message"}),
    ("scanner.beep", "Beep on a rejected scan", "", None),
    ("scanner.serial_port", "Serial port", f"/dev/ttyACM0, COM3; {NEXT_LOGIN}", None),
    ("scanner.serial_baud", "Serial baud rate", "as set in the scanner", None),
    ("scanner.camera", "Camera", f"0 = first camera, or a device/video path; {NEXT_LOGIN}", None),
    ("scanner.decoder", "Camera decoder", NEXT_LOGIN, {
        "zxing": "zxing-cpp (best)", "zbar": "zbar (needs libzbar)", "opencv": "OpenCV QR"}),
)  # fmt: skip


class ScanTestArea(QWidget):
    """Shows the last scan and what it was understood as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanTestArea")
        self.title = QLabel("<b>Try it:</b> scan something now; it is shown here, not used.")
        self.result = QLabel("Nothing scanned yet.")
        self.result.setObjectName("scanTestResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 14pt; padding: 6px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.result)

    def show_scan(self, payload: ScanPayload, source: str) -> None:
        self.result.setText(f"{source}: {payload.raw.strip()!r} -> {payload.describe()}")
