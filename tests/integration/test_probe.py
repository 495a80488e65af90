"""Looking at a database before choosing it: what it holds, or why it cannot be reached."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import DatabaseUnavailable, ValidationError
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from pos_desktop.storage.probe import Contents, probe_database
from tests.conftest import Staff
from tests.support.databases import PostgresRun
from tests.support.network import SilentServer, closed_port


def test_a_database_of_this_version_is_ours_and_counts_its_users(
    services: Services, staff: Staff
) -> None:
    probe = probe_database(services.db.url)
    assert probe.contents is Contents.CURRENT
    assert probe.backend == services.db.backend
    assert probe.users == 3
    assert "already set up, log in instead" in probe.describe()


def test_an_empty_postgresql_database_is_reported_empty(postgres_run: PostgresRun) -> None:
    name, url = postgres_run.scratch_database()
    try:
        probe = probe_database(url)
    finally:
        postgres_run.drop_scratch(name)
    assert probe.contents is Contents.EMPTY and probe.usable
    assert probe.server.startswith("PostgreSQL ")
    assert "The database is empty" in probe.describe()


def test_a_missing_sqlite_file_is_new_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "later" / "pos.sqlite3"
    probe = probe_database(sqlite_url(path))
    assert probe.contents is Contents.NEW_FILE and probe.usable
    assert not path.exists() and not path.parent.exists()


def test_an_older_schema_is_ours_but_outdated(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    engine = create_engine_for(url)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    probe = probe_database(url)
    assert (probe.contents, probe.revision, probe.usable) == (Contents.OUTDATED, "0001", True)
    assert "upgraded when you go on" in probe.describe()


def test_another_programs_tables_are_foreign_and_not_usable(tmp_path: Path) -> None:
    path = tmp_path / "odd name #1 100%" / "other.sqlite3"  # read through a file: URI
    path.parent.mkdir()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    probe = probe_database(sqlite_url(path))
    assert probe.contents is Contents.FOREIGN and not probe.usable
    assert "another program" in probe.describe()


def test_a_file_that_is_no_database_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 100)
    with pytest.raises(DatabaseUnavailable, match="not a SQLite database"):
        probe_database(sqlite_url(path))


def test_a_closed_port_is_refused_at_once_without_the_password() -> None:
    port = closed_port()
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as caught:
        probe_database(f"postgresql://carl:hunter2-secret@127.0.0.1:{port}/pos", timeout_s=3)
    assert time.monotonic() - started < 3
    assert f"cannot be reached: nothing accepts connections at 127.0.0.1:{port}" in str(
        caught.value
    )
    assert "hunter2" not in str(caught.value)


def test_a_silent_host_is_given_up_after_the_timeout() -> None:
    with SilentServer() as silent:
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as caught:
            probe_database(f"postgresql://carl@127.0.0.1:{silent.port}/pos", timeout_s=2)
        waited = time.monotonic() - started
    assert 1.5 < waited < 4
    assert "No answer from 127.0.0.1" in str(caught.value)
    assert "within 2 seconds" in str(caught.value)


@pytest.mark.postgres
def test_a_missing_database_on_the_server_is_named(postgres_run: PostgresRun) -> None:
    url = postgres_run.url + "_not_there"
    with pytest.raises(DatabaseUnavailable, match="The server has no database pos_test_"):
        probe_database(url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "database: needs a file or a server URL"),
        ("mysql://a@b/c", "unsupported database 'mysql'"),
        ("not a url", "is not a URL like postgresql"),
        ("postgresql://carl@server", "names no database"),
    ],
)
def test_urls_that_cannot_work_are_refused_before_connecting(url: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        probe_database(url)
