"""PostgreSQL connections as a till uses them: readers hold no transaction open, and a pooled
connection that died while idle is replaced before the work, not failing it."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from pos_desktop.domain.errors import DatabaseUnavailable
from pos_desktop.storage import engine as engine_module
from pos_desktop.storage.uow import Database
from tests.support.databases import PG_ADMIN_URL

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]


def _state_of(pid: int) -> str:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        row = admin.execute("SELECT state FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
    assert row is not None
    return str(row[0])


def _terminate(pid: int) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _backend_pid(db: Database) -> int:
    with db.reader() as uow:
        return int(uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_reader_holds_no_transaction_open(database_url: str) -> None:
    """A screen that keeps a reader open (a long list) must not hold a snapshot and locks."""
    db = Database(database_url)
    try:
        with db.reader() as uow:
            pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            assert _state_of(pid) == "idle"
        with db.unit_of_work() as uow:
            pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            assert _state_of(pid) == "idle in transaction"
    finally:
        db.dispose()


def test_a_connection_killed_while_idle_is_replaced_before_the_work(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_S", 0.0)  # every checkout counts as idle
    db = Database(database_url)
    try:
        first = _backend_pid(db)
        _terminate(first)
        second = _backend_pid(db)  # no error: the ping found the dead one
        assert second != first
    finally:
        db.dispose()


def test_a_connection_killed_just_after_use_fails_once_then_the_pool_starts_afresh(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_S", 3600.0)  # never idle long enough
    db = Database(database_url)
    try:
        first = _backend_pid(db)
        _terminate(first)
        with pytest.raises(DatabaseUnavailable):
            _backend_pid(db)
        assert _backend_pid(db) != first
    finally:
        db.dispose()
