"""Each user's UI language: chosen by the user, stored, audited, carried by the next login; and
migration 0031 adding the column to a database that already holds users and sales."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import ValidationError
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import AuditEvent
from tests.conftest import PASSWORD, Staff
from tests.support.databases import PostgresRun


def test_a_user_chooses_their_language_and_the_next_login_carries_it(
    services: Services, staff: Staff
) -> None:
    assert staff.cashier.language == ""  # nobody chose yet: the system's
    changed = services.users.set_language(staff.cashier, "de")
    assert changed.language == "de" and changed.user_id == staff.cashier.user_id
    assert services.users.login("carl", PASSWORD).language == "de"
    assert services.users.login("maria", PASSWORD).language == ""  # one user's choice only

    with services.db.reader() as uow:
        events = uow.session.execute(
            select(AuditEvent.entity_key, AuditEvent.summary).where(
                AuditEvent.action == "user.language"
            )
        ).all()
    assert [tuple(e) for e in events] == [("carl", "language of carl: de")]

    services.users.set_language(changed, "")  # back to the computer's language
    assert services.users.login("carl", PASSWORD).language == ""


def test_a_language_the_app_does_not_speak_is_refused(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationError, match="language"):
        services.users.set_language(staff.cashier, "tlh")
    assert services.users.login("carl", PASSWORD).language == ""


@pytest.fixture
def fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    run: PostgresRun = request.getfixturevalue("postgres_run")
    name, url = run.scratch_database()
    yield url
    run.drop_scratch(name)


def test_migration_0031_adds_an_empty_language_to_existing_users(fresh_url: str) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine, "0030")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO users (id, username, display_name, role, password_hash, active,"
                    " created_at, version) VALUES (1, 'carl', 'Carl', 'cashier', 'x', :yes,"
                    " '2026-01-01T10:00:00+00:00', 3)"
                ),
                {"yes": True},
            )
        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT username, language, version FROM users")).all()
            assert [tuple(r) for r in rows] == [("carl", "", 3)]
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        migrate.downgrade(engine, "0030")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT username FROM users")).scalars().all() == ["carl"]
    finally:
        engine.dispose()
