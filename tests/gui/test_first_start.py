"""First start: the first admin and the exhibition, typed by keyboard; and how the app starts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.cli.main import display_available, main
from pos_desktop.config import load_settings, masked
from pos_desktop.domain.roles import Role
from pos_desktop.services.database_admin import Startup
from pos_desktop.ui.screens.first_start import FirstStartDialog
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import FAST_HASHER, PASSWORD
from tests.gui.keyboard import focused, press, show_active, type_text


def open_first_start(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner
) -> FirstStartDialog:
    """Opened and taken past the database page (Enter: the configured database)."""
    dialog = FirstStartDialog(services, runner, demo_customers=4, demo_invoices=6)
    show_active(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.database_page
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is dialog.setup_page.username)
    return dialog


def fill_in(
    qtbot: QtBot,
    *,
    password: str = PASSWORD,
    again: str = PASSWORD,
    currency: str = "CHF",
    demo: bool = False,
) -> None:
    """Every field in Tab order, as someone at the keyboard does."""
    for text in ("boss", "Bo Boss", password, again, "Expo 2026", "EXPO26", currency):
        type_text(qtbot, text)  # Tab selects a field's text: typing replaces the default
        press(qtbot, Qt.Key.Key_Tab)
    if demo:
        press(qtbot, Qt.Key.Key_Space)


def test_first_start_creates_the_admin_and_the_exhibition_and_the_admin_logs_in(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner
) -> None:
    dialog = open_first_start(qtbot, services, runner)
    shown = dialog.setup_page.database.text()
    if services.db.backend == "sqlite":
        assert f"SQLite file <code>{services.db.engine.url.database}</code>" in shown
    else:
        assert f"PostgreSQL database <code>{masked('database.url', services.db.url)}" in shown
    assert dialog.setup_page.currency.text() == services.settings.billing.default_currency

    fill_in(qtbot)
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.admin_name == "boss"
    assert "exhibition Expo 2026 (EXPO26, CHF)" in dialog.notice
    login = LoginDialog(services, runner, username=dialog.admin_name)
    qtbot.addWidget(login)
    login.show()
    login.activateWindow()
    qtbot.waitUntil(lambda: focused() is login.password)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.actor is not None)
    assert login.actor is not None and (login.actor.username, login.actor.role) == (
        "boss",
        Role.ADMIN,
    )
    [expo] = services.exhibitions.list_exhibitions(login.actor)
    assert (expo.code, expo.name, expo.currency, expo.active) == (
        "EXPO26",
        "Expo 2026",
        "CHF",
        True,
    )
    [admin] = services.users.list_users(login.actor)
    assert admin.display_name == "Bo Boss"


def test_different_passwords_are_refused_and_nothing_is_written(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner
) -> None:
    dialog = open_first_start(qtbot, services, runner)
    fill_in(qtbot, again=PASSWORD + "!")
    press(qtbot, Qt.Key.Key_Return)

    assert "the two passwords differ" in dialog.message.text()
    assert focused() is dialog.setup_page.password
    assert not dialog.busy and dialog.isVisible()
    assert not services.users.has_users()


def test_a_short_password_and_a_bad_currency_are_refused_together(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner
) -> None:
    minimum = services.settings.security.min_password_length
    dialog = open_first_start(qtbot, services, runner)
    fill_in(qtbot, password="abc123", again="abc123", currency="XX")
    press(qtbot, Qt.Key.Key_Return)

    text = dialog.message.text()
    assert f"password: needs at least {minimum} characters" in text
    assert "currency: 'XX' is not an ISO 4217 currency code" in text
    assert not dialog.busy and dialog.isVisible()
    assert not services.users.has_users()


def test_demo_data_when_ticked(qtbot: QtBot, services: Services, runner: ThreadPoolRunner) -> None:
    dialog = open_first_start(qtbot, services, runner)
    fill_in(qtbot, currency="EUR", demo=True)
    assert dialog.setup_page.demo.isChecked()
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    assert "demo data: 4 customers" in dialog.notice
    admin = services.users.login("boss", PASSWORD)
    assert len(services.products.list_products(admin, limit=100)) > 0
    assert services.billing.list_invoices(admin, limit=100)


def test_a_brand_new_database_gets_its_schema_on_create(
    qtbot: QtBot, tmp_path: Path, empty_config: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(empty_config)})
    services = build_services(settings, hasher=FAST_HASHER)
    pool = ThreadPoolRunner()
    try:
        assert services.database_admin.startup() is Startup.SET_UP
        dialog = open_first_start(qtbot, services, pool)
        assert str(tmp_path / "new.sqlite3") in dialog.setup_page.database.text()
        fill_in(qtbot)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        assert services.database_admin.startup() is Startup.LOG_IN
    finally:
        pool.wait_for_done()
        qtbot.waitUntil(lambda: not pool.busy)
        services.close()


def test_a_display_is_found_through_the_session_variables() -> None:
    assert display_available({"DISPLAY": ":0"}, platform="linux")
    assert display_available({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    assert display_available({"QT_QPA_PLATFORM": "offscreen"}, platform="linux")
    assert not display_available({"DISPLAY": ""}, platform="linux")
    assert display_available({}, platform="win32")


def test_without_a_display_the_command_shows_the_status(tmp_path: Path, empty_config: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    env = {
        "DISPLAY": None,
        "WAYLAND_DISPLAY": None,
        "QT_QPA_PLATFORM": None,
        "POS_DATABASE_URL": url,
        "POS_CONFIG": str(empty_config),
    }
    result = CliRunner().invoke(main, [], env=env, catch_exceptions=False)
    assert result.exit_code == 0
    assert "This database is new" in result.output
    assert "No window: no display found" in result.output
    assert "pos-desktop gui" in result.output


def test_without_qt_the_command_still_shows_the_status(
    tmp_path: Path, empty_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pos_desktop.ui.app", None)  # import fails as without Qt
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "POS_DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}",
        "POS_CONFIG": str(empty_config),
    }
    result = CliRunner().invoke(main, [], env=env, catch_exceptions=False)
    assert result.exit_code == 0
    assert "No window: the window needs Qt's system libraries" in result.output
    assert "This database is new" in result.output
