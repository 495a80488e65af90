"""Typing as a cashier does: every key goes to whatever widget has the keyboard focus.

A dialog that was just opened takes the focus a moment later (when its window is activated),
so each key first waits until some widget has it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def show_active(qtbot: QtBot, widget: QWidget, size: tuple[int, int] | None = None) -> None:
    """Show ``widget`` as the active window, so keys and shortcuts reach it (offscreen too)."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def _target(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: focused() is not None)
    widget = focused()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    QTest.keyClicks(_target(qtbot), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(_target(qtbot), key, modifier)
