"""Real databases for tests: a SQLite file per test, and one PostgreSQL database per test run.

PostgreSQL: ``POS_TEST_PG_URL`` (default ``postgresql://postgres@127.0.0.1:5432/postgres``) is
the maintenance connection; each run creates ``pos_test_<random>``, migrates it once, empties its
tables before each test, and drops it at the end. Without a server the PostgreSQL half is
skipped locally, but fails under ``CI=true``: CI must prove both backends.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import text

from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import Base

PG_ADMIN_URL = os.environ.get("POS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pg_unavailable_reason() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.OperationalError as err:
        return f"no PostgreSQL at {PG_ADMIN_URL}: {str(err).strip().splitlines()[0]}"


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


class PostgresRun:
    """One database for the whole run; tables emptied before each test."""

    def __init__(self) -> None:
        self.name = f"pos_test_{uuid.uuid4().hex[:10]}"
        self.url = _with_database(PG_ADMIN_URL, self.name)

    def create(self) -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}"')
        engine = create_engine_for(self.url)
        migrate.upgrade(engine)
        engine.dispose()

    def reset(self) -> None:
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        engine = create_engine_for(self.url)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        engine.dispose()

    def drop(self) -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def scratch_database(self) -> tuple[str, str]:
        """A further, empty database (for migration tests); returns ``(name, url)``."""
        name = f"{self.name}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name, _with_database(PG_ADMIN_URL, name)

    def drop_scratch(self, name: str) -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class SqliteTemplate:
    """A migrated SQLite file, copied for each test (much faster than migrating each time)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "template.sqlite3"

    def create(self) -> None:
        engine = create_engine_for(f"sqlite:///{self.path}")
        migrate.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()

    def copy_to(self, folder: Path) -> str:
        target = folder / "pos.sqlite3"
        shutil.copyfile(self.path, target)
        return f"sqlite:///{target}"


class Outage:
    """A real outage of one PostgreSQL database: new connections refused, open ones killed.

    What a till sees when the server restarts or the network drops: the pooled connection is
    dead and reconnecting fails, until ``restore()``.
    """

    def __init__(self, database_url: str) -> None:
        self.name = database_url.rsplit("/", 1)[1]

    def __enter__(self) -> Outage:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.restore()

    def start(self) -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false')
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (self.name,),
            )

    def restore(self) -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')
