"""Settings: the camera list (cameras that open, or a file/URL typed) above the camera field.

This machine has no camera, so the first test probes for real (OpenCV, numbers 0-4) and sees
none; the others stand in a probe that reports cameras, as nothing else can here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from pos_desktop.adapters.camera import probe_cameras
from pos_desktop.bootstrap import Services
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.widgets.camera_choice import CameraChoice
from tests.gui.keyboard import focused, press, show_active, type_text


def scanner_tab(qtbot: QtBot, ctx: UiContext) -> SettingsScreen:
    screen = SettingsScreen(ctx)
    show_active(qtbot, screen, (900, 700))
    tab = next(i for i in range(screen.tabs.count()) if screen.tabs.tabText(i) == "Sca&nner")
    screen.tabs.setCurrentIndex(tab)
    return screen


def items(choice: CameraChoice) -> list[str]:
    return [choice.combo.itemText(i) for i in range(choice.combo.count())]


def camera_line(screen: SettingsScreen) -> QLineEdit:
    editor = screen.fields["scanner.camera"].editor
    assert isinstance(editor, QLineEdit)
    return editor


def test_without_a_camera_the_list_says_so_and_a_video_file_can_still_be_typed(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, tmp_path: Path
) -> None:
    assert probe_cameras() == []  # really none here (no /dev/video*)
    screen = scanner_tab(qtbot, admin_ctx)
    choice = screen.camera_choice
    qtbot.waitUntil(lambda: choice.found is not None)
    assert "No camera found (numbers 0-4 checked)" in items(choice)
    assert choice.combo.currentText() == "No camera"
    assert not [text for text in items(choice) if text.startswith("Camera ")]

    choice.combo.setFocus()
    choice.combo.setCurrentIndex(choice.combo.findText("File or URL..."))
    choice.combo.activated.emit(choice.combo.currentIndex())
    line = camera_line(screen)
    qtbot.waitUntil(lambda: focused() is line)
    video = str(tmp_path / "booth.mp4")
    type_text(qtbot, video)
    assert choice.combo.currentText() == "File or URL..."
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.settings.scanner.camera == video)


def test_picking_a_found_camera_fills_the_field_and_typing_a_number_selects_it(
    qtbot: QtBot, admin_ctx: UiContext
) -> None:
    screen = SettingsScreen(admin_ctx)
    qtbot.addWidget(screen)  # closed and deleted at the end of the test, not by a later GC
    line = camera_line(screen)
    choice = CameraChoice(admin_ctx, line, probe=lambda: [0, 2])  # cameras cannot exist here
    show_active(qtbot, choice)
    qtbot.waitUntil(lambda: choice.found == [0, 2])
    assert items(choice) == ["No camera", "Camera 0", "Camera 2", "File or URL..."]

    choice.combo.setCurrentIndex(2)
    choice.combo.activated.emit(2)
    assert line.text() == "2"
    line.setText("0")
    assert choice.combo.currentText() == "Camera 0"
    line.setText("4")  # set, but not found now (unplugged, or busy in this very app)
    assert choice.combo.currentText() == "Camera 4 (set; busy or not found now)"
    choice.search()
    qtbot.waitUntil(choice.search_button.isEnabled)
    assert choice.combo.currentText() == "Camera 4 (set; busy or not found now)"
    choice.combo.setCurrentIndex(0)
    choice.combo.activated.emit(0)
    assert line.text() == ""
