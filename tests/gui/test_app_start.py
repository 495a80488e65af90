"""Starting the app: on a database left by an older version; first start moving elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import bindparam, text

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Role
from pos_desktop.services.database_admin import Startup
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from pos_desktop.storage.types import UtcDateTime
from pos_desktop.ui.app import _start, application, run_session
from pos_desktop.ui.screens.first_start import FirstStartDialog
from pos_desktop.ui.screens.login import LoginDialog
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import CLI, FAST_HASHER, PASSWORD
from tests.support.clock import FakeClock


def test_an_embedded_database_from_an_older_version_is_migrated_at_start(
    tmp_path: Path, empty_config: Path
) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    engine = create_engine_for(url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:  # a cashier, as the first version wrote one
        conn.execute(
            text(
                "INSERT INTO users (username, display_name, role, password_hash, active,"
                " failed_logins, created_at, version)"
                " VALUES ('carl', 'carl', 'cashier', :hash, 1, 0, :at, 1)"
            ).bindparams(bindparam("at", FakeClock().now(), type_=UtcDateTime())),
            {"hash": FAST_HASHER.hash(PASSWORD)},
        )
    engine.dispose()
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(empty_config)})
    services = build_services(settings, hasher=FAST_HASHER)
    try:
        assert services.database_admin.startup() is Startup.OUTDATED

        assert services.database_admin.upgrade_embedded() is Startup.LOG_IN
        assert migrate.current_revision(services.db.engine) == migrate.head_revision(
            services.db.engine
        )
        assert services.users.login("carl", PASSWORD).role is Role.CASHIER  # nothing lost
    finally:
        services.close()


def test_first_start_moved_to_a_database_with_users_opens_the_login_there(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The whole start as ``run_gui`` does it: first start, another database, the login."""
    other = tmp_path / "shared.sqlite3"
    ready = build_services(
        load_settings(environ={"POS_DATABASE_URL": sqlite_url(other)}), hasher=FAST_HASHER
    )
    migrate.upgrade(ready.db.engine)
    ready.users.add_user(CLI, username="anna", password=PASSWORD, role=Role.ADMIN)
    ready.close()
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{sqlite_url(tmp_path / "first.sqlite3")}"\n')
    device = str(tmp_path / "device-id")  # not the developer's data folder
    services = build_services(
        load_settings(environ={"POS_CONFIG": str(config), "POS_POS_DEVICE_ID_FILE": device})
    )
    runner = ThreadPoolRunner()
    opened = [services]
    seen: list[str] = []

    def drive() -> None:
        """Acts on whichever modal dialog is up, as the person at the keyboard would."""
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstStartDialog) and "first start" not in seen:
            seen.append("first start")
            dialog.database_page.sqlite_path.setText(str(other))
            dialog.go_on()
        elif isinstance(dialog, LoginDialog):
            seen.append(f"login: {dialog.message.text()}")
            dialog.reject()
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    try:
        assert run_session(application(), services, runner, opened) == 0
    finally:
        runner.wait_for_done()
        for each in opened:
            each.close()
    assert seen[0] == "first start"
    assert seen[1].startswith("login: This database is already set up: log in.")
    assert [s.db.url for s in opened] == [sqlite_url(tmp_path / "first.sqlite3"), sqlite_url(other)]
    assert load_settings(environ={"POS_CONFIG": str(config)}).database.url == sqlite_url(other)


def test_the_app_on_a_second_device_with_a_taken_terminal_id_says_so_and_stops(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_url(tmp_path / "shared.sqlite3")

    def laptop(name: str) -> Services:
        environ = {"POS_DATABASE_URL": url, "POS_POS_DEVICE_ID_FILE": str(tmp_path / name)}
        return build_services(load_settings(environ=environ), hasher=FAST_HASHER)

    first = laptop("first-device-id")
    migrate.upgrade(first.db.engine)
    first.users.add_user(CLI, username="anna", password=PASSWORD, role=Role.ADMIN)
    first.terminal_lease.claim()  # the first laptop is selling as T1
    shown: list[str] = []
    monkeypatch.setattr("pos_desktop.ui.app._fatal", shown.append)
    cloned = laptop("cloned-device-id")
    runner = ThreadPoolRunner()
    try:
        assert run_session(application(), cloned, runner, [cloned]) == 1
    finally:
        runner.wait_for_done()
        cloned.close()
        first.close()
    assert len(shown) == 1
    assert shown[0].startswith("This terminal id is taken.")
    assert "terminal T1 is in use on another device" in shown[0]
    assert QApplication.activeModalWidget() is None  # no login was offered


def test_the_cold_start_login_gives_way_to_the_same_refusal_on_a_second_device(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own start (``_start``): the login is on screen while the database opens behind
    it; the lease check there closes it with the same words, and nobody can log in."""
    url = sqlite_url(tmp_path / "shared.sqlite3")
    environ = {"POS_DATABASE_URL": url, "POS_POS_DEVICE_ID_FILE": str(tmp_path / "first-id")}
    first = build_services(load_settings(environ=environ), hasher=FAST_HASHER)
    migrate.upgrade(first.db.engine)
    first.users.add_user(CLI, username="anna", password=PASSWORD, role=Role.ADMIN)
    first.terminal_lease.claim()
    shown: list[str] = []
    monkeypatch.setattr("pos_desktop.ui.app._fatal", shown.append)
    cloned = {**environ, "POS_POS_DEVICE_ID_FILE": str(tmp_path / "cloned-id")}
    runner = ThreadPoolRunner()
    opened: list[Services] = []
    # Should the check let the login through, Quit after a while: the test fails, not hangs.
    QTimer.singleShot(15_000, _quit_any_dialog)
    try:
        assert _start(application(), load_settings(environ=cloned), runner, opened) == 1
    finally:
        runner.wait_for_done()
        for each in opened:
            each.close()
        first.close()
    assert len(shown) == 1 and shown[0].startswith("This terminal id is taken.")
    assert "terminal T1 is in use on another device" in shown[0]


def _quit_any_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QDialog):
        dialog.reject()
