"""Keyboard-wedge scanners: an application-wide event filter that takes scanner bursts out of
whatever field they were typed into and hands them over as one scan.

A USB scanner is a keyboard: its keys reach the focused widget like a person's. Holding keys
back until we know would delay every keystroke a person types, so the keys are let through and
the field is put back afterwards: at the first key of each sequence the filter remembers what
the focused field held (text, cursor, selection), and when the sequence turns out to be a scan
(fast keys, long enough, then the terminator) the field gets that back, the terminator is
swallowed (an Enter must not confirm the payment dialog, a Tab must not move on), and
``scanned`` is emitted on the next turn of the event loop. Password fields are left alone: a
password manager types fast too. So are fields marked with :func:`let_scans_through`, where a
scan is what the person wants typed (a product's barcode in the product editor).

Threading: UI thread only (an event filter). The clock is injectable (monotonic seconds), so
tests type bursts on a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pos_desktop.config import ScannerSettings
from pos_desktop.domain.scan_burst import BurstDetector, BurstRules

_TERMINATOR_KEYS = {
    "enter": {Qt.Key.Key_Return, Qt.Key.Key_Enter},
    "tab": {Qt.Key.Key_Tab},
    "none": set(),
}
_CHORDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def burst_rules(settings: ScannerSettings) -> BurstRules:
    return BurstRules(
        max_gap=settings.max_key_gap_ms / 1000,
        min_length=settings.min_length,
        terminator=settings.terminator,
        end_timeout=settings.end_timeout_ms / 1000,
        prefix=settings.prefix,
        suffix=settings.suffix,
    )


@dataclass
class _Snapshot:
    """What a field held before a sequence's first key, to put back if it was a scan."""

    widget: QWidget
    text: str
    cursor: int
    selection_start: int
    selection_length: int

    @classmethod
    def take(cls, widget: QWidget) -> _Snapshot | None:
        line = _line_edit(widget)
        if line is not None:
            return cls(
                line,
                line.text(),
                line.cursorPosition(),
                line.selectionStart(),
                len(line.selectedText()),
            )
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            cursor = widget.textCursor()
            return cls(widget, widget.toPlainText(), cursor.position(), cursor.anchor(), 0)
        return None

    def restore(self) -> None:
        widget = self.widget
        if not shiboken6.isValid(widget):
            return
        if isinstance(widget, QLineEdit):
            if widget.text() != self.text:
                widget.setText(self.text)
            if self.selection_length and self.selection_start >= 0:
                widget.setSelection(self.selection_start, self.selection_length)
            else:
                widget.setCursorPosition(self.cursor)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.toPlainText() != self.text:
            widget.setPlainText(self.text)
            cursor = widget.textCursor()
            cursor.setPosition(min(self.cursor, len(self.text)))
            widget.setTextCursor(cursor)


def _line_edit(widget: QWidget) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


_TAKES_SCANS = "takesScans"


def let_scans_through(widget: QWidget) -> None:
    """A scan into this field stays there as typed text (and its Enter reaches the field)."""
    widget.setProperty(_TAKES_SCANS, True)


def _left_alone(widget: QWidget) -> bool:
    if widget.property(_TAKES_SCANS):
        return True
    line = _line_edit(widget)
    return line is not None and line.echoMode() != QLineEdit.EchoMode.Normal


class WedgeFilter(QObject):
    """Install with :meth:`install`; ``scanned(text)`` carries each scan (prefix and suffix
    removed). Only keys for widgets of ``window`` (and its dialogs) are watched."""

    scanned = Signal(str)

    def __init__(
        self,
        settings: ScannerSettings,
        window: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)  # the window is our parent; no Python reference back to it
        self._settings = settings
        self.clock = clock
        self.detector = BurstDetector(burst_rules(settings))
        self._snapshot: _Snapshot | None = None
        self._end_timer = QTimer(self, singleShot=True)
        self._end_timer.timeout.connect(self.check_timeout)
        self._installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    # -- the filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self._settings.keyboard or not isinstance(event, QKeyEvent):
            return False
        widget = self._receiver(watched)
        if widget is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # An Enter that ends a scan must not trigger a shortcut either: claim it here,
            # then swallow the key press that follows.
            if self._is_terminator(event) and self.detector.ends_burst(self.clock()):
                event.accept()
                return True
            return False
        return self._key_press(widget, event)

    def _receiver(self, watched: QObject) -> QWidget | None:
        """The focused widget of our window or one of its dialogs (each key is seen once)."""
        if not isinstance(watched, QWidget):
            return None
        focus = QApplication.focusWidget()
        if watched is not focus and not (focus is None and watched.isWindow()):
            return None
        window, top = self.parent(), watched.window()
        while top is not window:
            parent = top.parentWidget()
            if parent is None:
                return None
            top = parent.window()
        return None if _left_alone(watched) else watched

    def _is_terminator(self, event: QKeyEvent) -> bool:
        return Qt.Key(event.key()) in _TERMINATOR_KEYS[self._settings.terminator]

    def _key_press(self, widget: QWidget, event: QKeyEvent) -> bool:
        now = self.clock()
        rules = burst_rules(self._settings)
        if rules != self.detector.rules:  # the Settings screen changed them: from now on
            self.detector = BurstDetector(rules)
        if self._is_terminator(event):
            code = self.detector.terminate(now)
            if code is None:
                return False
            self._finish(code)
            return True
        text = event.text()
        if event.isAutoRepeat() or event.modifiers() & _CHORDS or len(text) != 1:
            self.detector.reset()
            self._snapshot = None
            return False
        if not text.isprintable():
            self.detector.reset()
            return False
        if self.detector.key(text, now):
            self._snapshot = _Snapshot.take(widget)
        if self._settings.terminator == "none":
            self._end_timer.start(self._settings.end_timeout_ms + 5)
        return False

    def check_timeout(self) -> None:
        """Scanners without a terminator: the pause after the last key ends the scan."""
        code = self.detector.timeout(self.clock())
        if code is not None:
            self._finish(code)

    def _finish(self, code: str) -> None:
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is not None:
            snapshot.restore()
        QTimer.singleShot(0, self, lambda: self.scanned.emit(code))
