"""Settings screen: an admin changes the terminal's configuration with the keyboard only.

``POS_CUSTOMERS_EMAIL_REQUIRED`` is set in the environment in every test here, as on a
terminal whose admin pinned it there; the screen must show it read-only.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings, load_settings
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.theme import is_dark
from pos_desktop.ui.widgets.message_bar import Tone
from tests.conftest import Staff
from tests.gui.conftest import NewLock
from tests.gui.keyboard import focused, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
HAND_WRITTEN = '# the booth at hall 4\n[pos]\nterminal_name = "Hall 4"  # by the door\n'


@pytest.fixture
def settings(database_url: str, empty_config: Path) -> Settings:
    return load_settings(
        environ={
            "POS_DATABASE_URL": database_url,
            "POS_CONFIG": str(empty_config),
            "POS_CUSTOMERS_EMAIL_REQUIRED": "no",
        }
    )


def open_settings(qtbot: QtBot, ctx: UiContext) -> SettingsScreen:
    screen = SettingsScreen(ctx)
    show_active(qtbot, screen, (900, 600))
    screen.activate()
    qtbot.waitUntil(lambda: focused() is screen.fields["billing.default_currency"].editor)
    return screen


def saved(qtbot: QtBot, screen: SettingsScreen, tone: Tone) -> None:
    qtbot.waitUntil(lambda: screen.messages.tone is tone)


def test_admin_changes_idle_lock_and_theme_by_keyboard(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, empty_config: Path
) -> None:
    empty_config.write_text(HAND_WRITTEN, encoding="utf-8")
    screen = open_settings(qtbot, admin_ctx)
    assert not is_dark(QApplication.palette())

    press(qtbot, Qt.Key.Key_Y, ALT)  # Securit&y
    idle = screen.fields["security.idle_lock_minutes"].editor
    assert isinstance(idle, QSpinBox) and focused() is idle
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_A, ALT)  # &Appearance
    theme = screen.fields["ui.theme"].editor
    assert isinstance(theme, QComboBox) and focused() is theme
    type_text(qtbot, "D")  # "Dark"
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.SUCCESS)

    text = empty_config.read_text(encoding="utf-8")
    assert text.startswith(HAND_WRITTEN)  # the admin's comments survive
    written = tomllib.loads(text)
    assert written["security"] == {"idle_lock_minutes": 3}
    assert written["ui"] == {"theme": "dark"}
    assert "Applied now: Lock after idle minutes, Theme." in screen.messages.text()
    assert is_dark(QApplication.palette())
    assert services.settings.security.idle_lock_minutes == 3
    assert "from the configuration file" in screen.fields["ui.theme"].source.text()
    assert "default value" in screen.fields["billing.default_vat_rate"].source.text()


def test_an_invalid_vat_rate_is_shown_at_its_field_and_nothing_is_written(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, empty_config: Path
) -> None:
    empty_config.write_text(HAND_WRITTEN, encoding="utf-8")
    screen = open_settings(qtbot, admin_ctx)
    press(qtbot, Qt.Key.Key_Tab)
    vat = screen.fields["billing.default_vat_rate"]
    assert focused() is vat.editor
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "120")
    press(qtbot, Qt.Key.Key_Y, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "7")  # a good change in the same save is not written either
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.ERROR)

    assert vat.error.isVisible()
    assert vat.error.text() == "120 is larger than the maximum 100"
    assert "Nothing was saved" in screen.messages.text()
    assert screen.tabs.currentIndex() == 0 and focused() is vat.editor
    assert empty_config.read_text(encoding="utf-8") == HAND_WRITTEN
    assert services.settings.security.idle_lock_minutes == 10

    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "7.5")
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.SUCCESS)
    assert not vat.error.isVisible()
    written = tomllib.loads(empty_config.read_text(encoding="utf-8"))
    assert written["billing"] == {"default_vat_rate": 7.5}


def test_a_value_set_by_the_environment_is_read_only_with_the_reason(
    qtbot: QtBot, admin_ctx: UiContext
) -> None:
    screen = open_settings(qtbot, admin_ctx)
    email = screen.fields["customers.email_required"]
    assert not email.editor.isEnabled()
    assert "set by env POS_CUSTOMERS_EMAIL_REQUIRED; change it there" in email.source.text()
    press(qtbot, Qt.Key.Key_C, ALT)  # &Customers: focus skips the locked checkbox
    assert focused() is screen.fields["customers.default_phone_region"].editor
    terminal = screen.fields["pos.terminal"]
    assert "Applies at the next start." in terminal.source.text()


def test_the_terminal_code_applies_at_the_next_start(
    qtbot: QtBot, admin_ctx: UiContext, services: Services
) -> None:
    screen = open_settings(qtbot, admin_ctx)
    press(qtbot, Qt.Key.Key_I, ALT)  # &Invoices
    code = screen.fields["pos.terminal"].editor
    assert isinstance(code, QLineEdit) and focused() is code
    type_text(qtbot, "T7")
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.SUCCESS)
    assert "At the next start of the app: Terminal code." in screen.messages.text()
    assert "Applied now" not in screen.messages.text()


def test_a_saved_idle_time_counts_at_once_on_the_running_terminal(
    qtbot: QtBot,
    services: Services,
    staff: Staff,
    new_lock: NewLock,
) -> None:
    lock = new_lock(staff.admin, 600_000)
    lock.start()
    lock.window.activateWindow()
    qtbot.waitUntil(lock.window.isActiveWindow)
    screen = lock.window.show_screen("Settings")
    assert isinstance(screen, SettingsScreen)
    press(qtbot, Qt.Key.Key_Y, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "1")
    press(qtbot, Qt.Key.Key_S, CTRL)
    saved(qtbot, screen, Tone.SUCCESS)
    assert 0 < lock.watcher.remaining_ms <= 60_000

    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: services.settings.security.idle_lock_minutes == 0)
    qtbot.waitUntil(lambda: not lock.watcher.watching)
