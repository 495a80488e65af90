"""The Settings screen's Email tab: try a server with "Send test email" before saving, and the
SMTP password in the keyring where one exists, else in the file with a warning."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.widgets.message_bar import Tone
from tests.gui.keyboard import show_active
from tests.support.network import closed_port
from tests.support.smtp_server import SmtpServer


def open_email_tab(qtbot: QtBot, ctx: UiContext) -> SettingsScreen:
    screen = SettingsScreen(ctx)
    show_active(qtbot, screen, (900, 700))
    screen.tabs.setCurrentIndex(screen._tab_of["smtp.host"])
    return screen


def type_into(screen: SettingsScreen, key: str, value: str | int) -> None:
    editor = screen.fields[key].editor
    if isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(value))


def test_send_test_email_uses_the_typed_values_and_says_what_happened(
    qtbot: QtBot, admin_ctx: UiContext
) -> None:
    port = closed_port()
    screen = open_email_tab(qtbot, admin_ctx)
    for key, value in (
        ("smtp.host", "127.0.0.1"),
        ("smtp.port", port),
        ("smtp.security", "none"),
        ("smtp.sender", "booth@shop.example"),
    ):
        type_into(screen, key, value)
    screen.email_test.to.setText("admin@shop.example")

    screen.email_test.button.click()  # nothing listens yet
    qtbot.waitUntil(lambda: screen.messages.tone is Tone.ERROR, timeout=10_000)
    assert f"127.0.0.1:{port} is not reachable" in screen.messages.text()

    with SmtpServer(port=port) as server:
        screen.email_test.button.click()
        qtbot.waitUntil(lambda: screen.messages.tone is Tone.SUCCESS, timeout=10_000)
        (message,) = server.messages
    assert message["To"] == "admin@shop.example"
    assert "Test email sent to admin@shop.example" in screen.messages.text()


def test_without_a_keyring_the_password_goes_to_the_file_with_a_warning(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, empty_config: Path
) -> None:
    screen = open_email_tab(qtbot, admin_ctx)
    type_into(screen, "smtp.host", "mail.example.org")
    type_into(screen, "smtp.user", "shop")
    type_into(screen, "smtp.password", "s3cret pass")
    screen.save()
    qtbot.waitUntil(lambda: "Note:" in screen.messages.text(), timeout=10_000)
    assert "no keyring on this computer" in screen.messages.text()
    written = tomllib.loads(empty_config.read_text())
    assert written["smtp"]["password"] == "s3cret pass"
    assert services.settings.smtp.password == "s3cret pass"
