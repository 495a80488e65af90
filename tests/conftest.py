"""Fixtures shared by every test.

Service tests take ``backend`` (parametrised: ``sqlite`` and ``postgresql``) through the
``database_url`` fixture, so each runs against a real SQLite file *and* a real PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings, load_settings
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.exhibitions import ExhibitionInput
from tests.support.clock import FakeClock
from tests.support.databases import PostgresRun, SqliteTemplate, in_ci, pg_unavailable_reason

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Real argon2id, with parameters cheap enough for a test suite that logs in a lot.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery"
CLI = Actor(None, "cli:test", Role.ADMIN, "cli:test")


#: "test id: dialog class" of each dialog a test left open (``no_dialog_left_open``).
LEFT_OPEN: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if LEFT_OPEN:
        terminalreporter.section("dialogs left open by tests (closed before the next)")
        for line in LEFT_OPEN:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
def no_dialog_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """A dialog a test leaves open would be the next test's (a modal one even blocks its
    scans, as the till's router holds scans while any dialog is up): closed after each test,
    whatever the order the tests run in, and listed at the end of the run against the test
    that left it, so the leak can be found (not a failure: the next test is safe now)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication, QDialog  # only once Qt is in

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            LEFT_OPEN.append(f"{request.node.nodeid}: {type(widget).__name__}")
            widget.done(QDialog.DialogCode.Rejected)  # also one that refuses Esc (the lock)
    modal = app.activeModalWidget()
    if modal is not None:
        modal.close()
    app.processEvents()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    template = SqliteTemplate(tmp_path_factory.mktemp("template"))
    template.create()
    return template


@pytest.fixture(scope="session")
def postgres_run() -> Iterator[PostgresRun]:
    reason = pg_unavailable_reason()
    if reason:
        if in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests, but {reason}")
        pytest.skip(reason)
    run = PostgresRun()
    run.create()
    yield run
    run.drop()


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of the test's backend."""
    if backend == "sqlite":
        template: SqliteTemplate = request.getfixturevalue("sqlite_template")
        return template.copy_to(tmp_path)
    run: PostgresRun = request.getfixturevalue("postgres_run")
    run.reset()
    return run.url


@pytest.fixture
def empty_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text("")
    return path


@pytest.fixture
def settings(database_url: str, empty_config: Path) -> Settings:
    loaded = load_settings(
        environ={
            "POS_DATABASE_URL": database_url,
            "POS_CONFIG": str(empty_config),
            "POS_LOG_FOLDER": str(empty_config.parent / "log"),
            "POS_OFFLINE_FOLDER": str(empty_config.parent / "journal"),
        }
    )
    # QTest types faster than any person: with wedge detection on, typed text followed by
    # Enter would be taken for a scan. tests/gui/test_scanning.py turns it on, with a fake clock.
    loaded.scanner.keyboard = False
    # This device's id (terminal lease) in the test's folder, not the developer's data folder.
    loaded.pos.device_id_file = str(empty_config.parent / "device-id")
    return loaded


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(settings: Settings, clock: FakeClock) -> Iterator[Services]:
    built = build_services(settings, clock=clock, hasher=FAST_HASHER)
    yield built
    built.close()


@dataclass(frozen=True)
class Staff:
    admin: Actor
    manager: Actor
    cashier: Actor


@pytest.fixture
def staff(services: Services) -> Staff:
    """An installation set up like at a real booth: exhibition EXPO24 (EUR), three users."""
    services.setup.initialize(
        CLI,
        admin_username="admin",
        admin_password=PASSWORD,
        exhibition=ExhibitionInput(name="Expo 2024", code="EXPO24", currency="EUR"),
    )
    admin = services.users.login("admin", PASSWORD)
    for name, role in (("maria", Role.MANAGER), ("carl", Role.CASHIER)):
        services.users.add_user(admin, username=name, password=PASSWORD, role=role)
    return Staff(
        admin,
        services.users.login("maria", PASSWORD),
        services.users.login("carl", PASSWORD),
    )
