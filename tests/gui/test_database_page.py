"""First start's database page, by keyboard: test a connection, choose another database.

Real databases (SQLite files, the PostgreSQL server), a real config file in ``tmp_path``, real
sockets for a server that is down or silent.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings, load_settings
from pos_desktop.services.database_admin import Startup
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import sqlite_url
from pos_desktop.storage.probe import Contents, probe_database
from pos_desktop.ui.screens.first_start import FirstStartDialog
from pos_desktop.ui.widgets.message_bar import Tone
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import CLI, FAST_HASHER, PASSWORD
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.test_first_start import fill_in
from tests.support.databases import PostgresRun
from tests.support.network import SilentServer, closed_port

ALT = Qt.KeyboardModifier.AltModifier
SECRET = "s3cret-Passw0rd"


def fast_services(settings: Settings) -> Services:
    return build_services(settings, hasher=FAST_HASHER)


@dataclass
class Start:
    """The app as started with a config file naming ``first.sqlite3``."""

    config: Path
    first: Path
    services: Services

    def saved_url(self) -> str:
        return load_settings(environ={"POS_CONFIG": str(self.config)}).database.url


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Start]:
    first = tmp_path / "first.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(f'# the booth\n[database]\nurl = "{sqlite_url(first)}"\n')
    services = fast_services(load_settings(environ={"POS_CONFIG": str(config)}))
    assert services.database_admin.startup() is Startup.SET_UP  # as the app looks first
    yield Start(config, first, services)
    services.close()


@pytest.fixture
def dialogs(qtbot: QtBot, runner: ThreadPoolRunner) -> Iterator[list[FirstStartDialog]]:
    """Dialogs opened by a test; the services they moved to are closed afterwards."""
    opened: list[FirstStartDialog] = []
    yield opened
    runner.wait_for_done()
    qtbot.waitUntil(lambda: not runner.busy)
    for dialog in opened:
        dialog.services.close()


def open_dialog(
    qtbot: QtBot,
    services: Services,
    runner: ThreadPoolRunner,
    dialogs: list[FirstStartDialog],
    *,
    probe_timeout_s: int = 3,
) -> FirstStartDialog:
    dialog = FirstStartDialog(
        services,
        runner,
        connect=fast_services,
        probe_timeout_s=probe_timeout_s,
        demo_customers=4,
        demo_invoices=6,
    )
    dialogs.append(dialog)
    show_active(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.database_page
    return dialog


def choose_server(qtbot: QtBot, dialog: FirstStartDialog, url: str, password: str = "") -> None:
    """Alt+P, then the URL and the password, as typed at the keyboard."""
    page = dialog.database_page
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(page.postgres_choice.isChecked)
    assert page.server_url.isEnabled() and not page.sqlite_path.isEnabled()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.server_url
    type_text(qtbot, url)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.server_password
    type_text(qtbot, password)


def test_connection_to_an_empty_postgresql_database_says_empty_and_changes_nothing(
    qtbot: QtBot,
    runner: ThreadPoolRunner,
    start: Start,
    dialogs: list[FirstStartDialog],
    postgres_run: PostgresRun,
) -> None:
    name, url = postgres_run.scratch_database()
    try:
        dialog = open_dialog(qtbot, start.services, runner, dialogs)
        page = dialog.database_page
        assert focused() is page.sqlite_choice
        assert page.sqlite_path.text() == str(start.first)
        choose_server(qtbot, dialog, url.replace("postgresql://", "postgresql+psycopg://"), SECRET)
        press(qtbot, Qt.Key.Key_T, ALT)

        qtbot.waitUntil(lambda: page.result.tone is Tone.SUCCESS, timeout=5_000)
        text = page.result.text()
        assert text.startswith("Reachable: PostgreSQL ")
        assert "The database is empty" in text
        assert SECRET not in text
        assert page.last_probe is not None and page.last_probe.contents is Contents.EMPTY
        assert probe_database(url).contents is Contents.EMPTY  # only looked
        assert start.saved_url() == sqlite_url(start.first)
        assert dialog.pages.currentWidget() is page
    finally:
        postgres_run.drop_scratch(name)


@pytest.mark.parametrize("server", ["closed port", "silent"])
def test_an_unreachable_server_is_reported_within_the_timeout(
    qtbot: QtBot,
    runner: ThreadPoolRunner,
    start: Start,
    dialogs: list[FirstStartDialog],
    server: str,
) -> None:
    with SilentServer() as silent:
        port = closed_port() if server == "closed port" else silent.port
        dialog = open_dialog(qtbot, start.services, runner, dialogs, probe_timeout_s=2)
        page = dialog.database_page
        choose_server(qtbot, dialog, f"postgresql://carl@127.0.0.1:{port}/pos", SECRET)
        started = time.monotonic()
        press(qtbot, Qt.Key.Key_T, ALT)
        if server == "silent":  # long enough to see that it is waiting, and for how long
            qtbot.waitUntil(lambda: page.testing)
            assert "at most 2 seconds" in page.result.text()
            assert not page.test_button.isEnabled()
        qtbot.waitUntil(lambda: page.result.tone is Tone.ERROR, timeout=4_000)
        waited = time.monotonic() - started

    text = page.result.text()
    assert waited < 3.5
    if server == "closed port":
        assert f"cannot be reached: nothing accepts connections at 127.0.0.1:{port}" in text
    else:
        assert f"No answer from 127.0.0.1:{port} within 2 seconds" in text
    assert SECRET not in text
    assert page.test_button.isEnabled()


def test_choosing_a_new_sqlite_file_creates_it_saves_it_and_the_admin_lands_there(
    qtbot: QtBot,
    runner: ThreadPoolRunner,
    start: Start,
    dialogs: list[FirstStartDialog],
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "booth" / "till.sqlite3"
    dialog = open_dialog(qtbot, start.services, runner, dialogs)
    press(qtbot, Qt.Key.Key_Tab)  # from the SQLite choice to its file name, all selected
    assert focused() is dialog.database_page.sqlite_path
    type_text(qtbot, str(chosen))
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.setup_page, timeout=10_000)
    assert focused() is dialog.setup_page.username
    assert chosen.is_file()
    assert start.saved_url() == sqlite_url(chosen)
    assert "# the booth" in start.config.read_text()  # the admin's comment is kept
    assert f"saved in {start.config}" in dialog.message.text()
    assert str(chosen) in dialog.setup_page.database.text()
    assert dialog.services is not start.services

    fill_in(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert not dialog.log_in_instead and dialog.admin_name == "boss"
    reopened = fast_services(load_settings(environ={"POS_CONFIG": str(start.config)}))
    try:
        assert reopened.users.login("boss", PASSWORD).username == "boss"
    finally:
        reopened.close()
    assert probe_database(sqlite_url(start.first)).contents is Contents.EMPTY


def test_a_database_that_is_set_up_already_goes_to_the_login(
    qtbot: QtBot,
    runner: ThreadPoolRunner,
    start: Start,
    dialogs: list[FirstStartDialog],
    tmp_path: Path,
) -> None:
    other = tmp_path / "shared.sqlite3"
    ready = fast_services(load_settings(environ={"POS_DATABASE_URL": sqlite_url(other)}))
    migrate.upgrade(ready.db.engine)
    ready.setup.initialize(
        CLI,
        admin_username="anna",
        admin_password=PASSWORD,
        exhibition=ExhibitionInput(name="Expo", code="EXPO", currency="EUR"),
    )
    ready.close()
    dialog = open_dialog(qtbot, start.services, runner, dialogs)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, str(other))
    press(qtbot, Qt.Key.Key_T, ALT)
    page = dialog.database_page
    qtbot.waitUntil(lambda: page.result.tone is Tone.INFO and "Reachable" in page.result.text())
    assert "1 user: this database is already set up, log in instead" in page.result.text()

    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.log_in_instead
    assert "already set up: log in" in dialog.notice
    assert dialog.services.users.login("anna", PASSWORD).username == "anna"
    assert start.saved_url() == sqlite_url(other)


def test_another_programs_database_is_refused_and_nothing_is_saved(
    qtbot: QtBot,
    runner: ThreadPoolRunner,
    start: Start,
    dialogs: list[FirstStartDialog],
    tmp_path: Path,
) -> None:
    other = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    dialog = open_dialog(qtbot, start.services, runner, dialogs)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, str(other))
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.message.tone is Tone.ERROR, timeout=10_000)
    assert "tables of another program" in dialog.message.text()
    assert dialog.pages.currentWidget() is dialog.database_page
    assert focused() is dialog.database_page.sqlite_path  # back where it was, to correct it
    assert dialog.services is start.services
    assert start.saved_url() == sqlite_url(start.first)


def test_choosing_an_empty_postgresql_database_sets_it_up_there(
    qtbot: QtBot,
    runner: ThreadPoolRunner,
    start: Start,
    dialogs: list[FirstStartDialog],
    postgres_run: PostgresRun,
) -> None:
    name, url = postgres_run.scratch_database()
    try:
        dialog = open_dialog(qtbot, start.services, runner, dialogs)
        choose_server(qtbot, dialog, url, SECRET)  # trust auth: any password is accepted
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.setup_page, timeout=20_000)
        assert dialog.services.db.backend == "postgresql"
        shown = dialog.setup_page.database.text()
        assert "PostgreSQL database" in shown and SECRET not in shown and "********" in shown
        saved = start.saved_url()
        assert saved.startswith("postgresql+psycopg://postgres:") and saved.endswith(name)
        assert probe_database(url).contents is Contents.CURRENT

        fill_in(qtbot)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        assert probe_database(url).users == 1
    finally:
        for dialog in dialogs:
            dialog.services.close()
        postgres_run.drop_scratch(name)


def test_a_database_set_by_the_environment_cannot_be_chosen_here(
    qtbot: QtBot, services: Services, runner: ThreadPoolRunner, dialogs: list[FirstStartDialog]
) -> None:
    dialog = open_dialog(qtbot, services, runner, dialogs)
    page = dialog.database_page
    assert "POS_DATABASE_URL" in page.note.text() and "could not be saved" in page.note.text()
    for widget in (page.sqlite_choice, page.postgres_choice, page.sqlite_path, page.server_url):
        assert not widget.isEnabled()
    assert focused() is page.test_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.result.tone is Tone.SUCCESS)
    assert "Booth POS data, schema" in page.result.text()
    assert "no users yet: set it up here" in page.result.text()


def test_a_configured_server_shows_its_password_only_in_the_password_field(
    qtbot: QtBot, tmp_path: Path, runner: ThreadPoolRunner, dialogs: list[FirstStartDialog]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "postgresql://pos:{SECRET}@db.hall4:5433/booth"\n')
    services = fast_services(load_settings(environ={"POS_CONFIG": str(config)}))
    dialog = open_dialog(qtbot, services, runner, dialogs)
    page = dialog.database_page
    assert page.postgres_choice.isChecked()
    assert page.server_url.text() == "postgresql://pos@db.hall4:5433/booth"  # no "pos:***@"
    assert page.server_password.text() == SECRET
    assert page.chosen_url() == f"postgresql+psycopg://pos:{SECRET}@db.hall4:5433/booth"
    page.server_password.clear()  # a server that needs no password
    assert page.chosen_url() == "postgresql+psycopg://pos@db.hall4:5433/booth"
