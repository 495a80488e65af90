"""The cold start's login window: on screen before the database is open, typing at once, and a
Log in pressed early goes ahead when the database is ready (ui/app.py ``_start``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.config import Settings
from pos_desktop.ui.app import open_database
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import PASSWORD, Staff
from tests.gui.keyboard import focused, press, show_active, type_text


def test_log_in_pressed_while_the_database_opens_goes_ahead_once_it_is_open(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner
) -> None:
    dialog = LoginDialog.while_opening("Counter 1", runner)
    show_active(qtbot, dialog)
    assert "Counter 1" in dialog.intro.text()
    assert focused() is dialog.username

    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == "Opening the database..."
    assert dialog.actor is None and not dialog.login_button.isEnabled()

    dialog.attach(services)
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor is not None and dialog.actor.username == "carl"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_a_wrong_password_typed_early_is_refused_once_the_database_is_open(
    qtbot: QtBot, services: Services, staff: Staff, runner: ThreadPoolRunner
) -> None:
    dialog = LoginDialog.while_opening("Counter 1", runner)
    show_active(qtbot, dialog)
    type_text(qtbot, "carl")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "not the password")
    press(qtbot, Qt.Key.Key_Return)

    dialog.attach(services)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.actor is None
    assert "wrong user name or password" in dialog.message.text().lower()
    assert focused() is dialog.password and dialog.password.text() == ""


def test_open_database_says_whether_someone_can_log_in(
    settings: Settings, services: Services, staff: Staff
) -> None:
    """Set up with users: the login goes ahead; the services it built are handed back to close."""
    opened: list[Services] = []
    try:
        assert open_database(settings, opened) is True
        assert len(opened) == 1
    finally:
        for each in opened:
            each.close()


def test_an_empty_database_is_not_ready_for_a_login(settings: Settings) -> None:
    """First start: ``_start`` gives way to the full start sequence (first-start dialog)."""
    opened: list[Services] = []
    try:
        assert open_database(settings, opened) is False
    finally:
        for each in opened:
            each.close()
