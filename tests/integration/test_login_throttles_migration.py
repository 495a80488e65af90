"""Migration 0020: a running lock and a failure count move from ``users`` into
``login_throttles``, the users keep everything else, and down again restores the columns. On a
fresh SQLite file and a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, text

from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.types import UtcDateTime
from tests.support.clock import FakeClock
from tests.support.databases import PostgresRun

BEFORE = "0019"  # the revision before 0020
USERS = (
    "INSERT INTO users (id, username, display_name, role, password_hash, active, failed_logins,"
    " locked_until, created_at, version) VALUES"
    " (1, 'boss', 'Boss', 'admin', 'x', :yes, 0, NULL, :at, 1),"
    " (2, 'carl', 'Carl', 'cashier', 'x', :yes, 5, :until, :at, 4),"
    " (3, 'maria', 'Maria', 'manager', 'x', :yes, 2, NULL, :at, 2)"
)


@pytest.fixture
def fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of its own (downgrading the shared one would disturb other tests)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    run: PostgresRun = request.getfixturevalue("postgres_run")
    name, url = run.scratch_database()
    yield url
    run.drop_scratch(name)


def _old_users(engine: Engine) -> None:
    at = FakeClock().now()
    with engine.begin() as conn:
        conn.execute(
            text(USERS).bindparams(
                bindparam("at", at, type_=UtcDateTime()),
                bindparam("until", at + timedelta(minutes=5), type_=UtcDateTime()),
            ),
            {"yes": True},
        )


def test_counts_and_locks_move_and_come_back(fresh_url: str) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine, BEFORE)
        _old_users(engine)
        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        with engine.connect() as conn:
            moved = conn.execute(
                text("SELECT name, failures, retry_at IS NOT NULL FROM login_throttles ORDER BY 1")
            ).all()
            assert [tuple(r) for r in moved] == [("carl", 5, True), ("maria", 2, False)]
            kept = conn.execute(text("SELECT id, username, version FROM users ORDER BY id")).all()
            assert [tuple(r) for r in kept] == [(1, "boss", 1), (2, "carl", 4), (3, "maria", 2)]
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []

        migrate.downgrade(engine, BEFORE)
        with engine.connect() as conn:
            back = conn.execute(
                text(
                    "SELECT username, failed_logins, locked_until IS NOT NULL FROM users"
                    " ORDER BY id"
                )
            ).all()
        assert [tuple(r) for r in back] == [
            ("boss", 0, False),
            ("carl", 5, True),
            ("maria", 2, False),
        ]
    finally:
        engine.dispose()
