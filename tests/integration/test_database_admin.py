"""The database admin service both front ends use: the schema's state (empty, current, older,
newer, unreachable), the upgrade and who may run it, the app's own SQLite upgrade, and the
first start. On a SQLite file and a PostgreSQL database of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.errors import DatabaseUnavailable, InvalidState, PermissionDenied
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.database_admin import (
    DemoRequest,
    FirstStart,
    SchemaStatus,
    Startup,
)
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.storage import migrate
from tests.conftest import CLI, FAST_HASHER, PASSWORD, Staff
from tests.support.cli import empty_database, sqlite_url
from tests.support.network import closed_port

EARLIER = "0020"  # a revision this version knows, before its latest
NEWER = "9999_from_a_newer_version"
CASHIER = Actor(7, "carl", Role.CASHIER, "carl")
MANAGER = Actor(8, "maria", Role.MANAGER, "maria")


def _services(url: str, config: Path) -> Services:
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(config)})
    return build_services(settings, hasher=FAST_HASHER)


@pytest.fixture
def empty(
    backend: str, tmp_path: Path, empty_config: Path, request: pytest.FixtureRequest
) -> Iterator[Services]:
    """Services on a database without any table (downgrading the shared one would disturb
    other tests)."""
    with empty_database(backend, tmp_path, request) as url:
        services = _services(url, empty_config)
        try:
            yield services
        finally:
            services.close()


def _revision(services: Services) -> str | None:
    return migrate.current_revision(services.db.engine)


def _set_revision(services: Services, revision: str) -> None:
    with services.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


# --------------------------------------------------------------------------------- states


def test_an_empty_database_is_empty_and_asks_for_the_first_start(empty: Services) -> None:
    admin = empty.database_admin
    state = admin.state()
    assert (state.status, state.current, state.backend) == (
        SchemaStatus.EMPTY,
        None,
        empty.db.backend,
    )
    assert state.head == migrate.head_revision(empty.db.engine)
    assert not state.up_to_date
    assert "db upgrade" in state.describe() and "init" in state.describe()
    assert admin.startup() is Startup.SET_UP
    assert _revision(empty) is None  # only looked


def test_this_versions_schema_is_current_and_matches_the_models(services: Services) -> None:
    state = services.database_admin.check()
    assert state.status is SchemaStatus.CURRENT
    assert state.current == state.head
    assert state.differences == ()
    assert state.up_to_date
    assert "up to date" in state.describe()
    assert services.database_admin.startup() is Startup.SET_UP  # nobody can log in yet


def test_with_users_the_app_goes_to_the_login(services: Services, staff: Staff) -> None:
    assert services.database_admin.startup() is Startup.LOG_IN


def test_an_older_schema_is_older_and_an_admin_upgrades_it(empty: Services) -> None:
    migrate.upgrade(empty.db.engine)
    migrate.downgrade(empty.db.engine, EARLIER)
    admin = empty.database_admin

    state = admin.check()
    assert (state.status, state.current) == (SchemaStatus.OLDER, EARLIER)
    assert state.differences  # the models are ahead of the tables
    assert "run db upgrade" in state.describe()
    assert admin.startup() is Startup.OUTDATED

    with pytest.raises(PermissionDenied):
        admin.upgrade(MANAGER)
    assert _revision(empty) == EARLIER  # refused means untouched

    done = admin.upgrade(CLI)
    assert (done.before, done.after, done.changed) == (EARLIER, state.head, True)
    assert admin.check().up_to_date
    again = admin.upgrade(CLI)
    assert (again.before, again.after, again.changed) == (state.head, state.head, False)


def test_a_newer_versions_schema_is_newer_and_never_touched(empty: Services) -> None:
    migrate.upgrade(empty.db.engine)
    _set_revision(empty, NEWER)
    admin = empty.database_admin

    state = admin.state()
    assert (state.status, state.current) == (SchemaStatus.NEWER, NEWER)
    assert "update this app" in state.describe()
    assert admin.startup() is Startup.OUTDATED
    with pytest.raises(InvalidState, match="newer version"):
        admin.upgrade(CLI)
    assert admin.upgrade_embedded() is Startup.OUTDATED
    with pytest.raises(InvalidState, match="newer version"):
        admin.first_start(CLI, FirstStart("boss", PASSWORD))
    assert _revision(empty) == NEWER


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_an_unreachable_database_says_why_without_the_password(
    backend: str, tmp_path: Path, empty_config: Path
) -> None:
    if backend == "sqlite":
        folder = tmp_path / "a folder, not a file"
        folder.mkdir()
        url = sqlite_url(folder)
    else:
        url = f"postgresql://carl:hunter2-secret@127.0.0.1:{closed_port()}/pos"
    services = _services(url, empty_config)
    try:
        admin = services.database_admin
        state = admin.state()
        assert state.status is SchemaStatus.UNREACHABLE
        assert state.backend == backend
        assert "cannot be reached" in state.reason
        assert "hunter2" not in state.reason
        assert state.describe() == state.reason
        assert admin.check().status is SchemaStatus.UNREACHABLE
        with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
            admin.startup()
        with pytest.raises(DatabaseUnavailable):
            admin.upgrade(CLI)
    finally:
        services.close()


def test_a_path_with_escaped_characters_is_looked_at_and_upgraded(
    tmp_path: Path, empty_config: Path
) -> None:
    """SQLAlchemy spells a comma in a path (or a password) as %2C; Alembic's configuration
    must not read that as interpolation."""
    url = sqlite_url(tmp_path / "100% booth, hall 4" / "pos.sqlite3")
    services = _services(url, empty_config)
    try:
        admin = services.database_admin
        assert admin.state().status is SchemaStatus.EMPTY
        assert admin.upgrade(CLI).after == admin.state().head
        assert admin.check().up_to_date
    finally:
        services.close()


# ------------------------------------------------------------------ the app's own upgrade


def test_the_app_upgrades_its_own_sqlite_file_but_leaves_a_server_to_the_admin(
    empty: Services, backend: str
) -> None:
    migrate.upgrade(empty.db.engine)
    migrate.downgrade(empty.db.engine, EARLIER)
    admin = empty.database_admin

    outcome = admin.upgrade_embedded()

    if backend == "sqlite":
        assert outcome is Startup.SET_UP
        assert admin.state().status is SchemaStatus.CURRENT
    else:  # other tills may run the old version: `pos-desktop db upgrade`, by an admin
        assert outcome is Startup.OUTDATED
        assert _revision(empty) == EARLIER


# ---------------------------------------------------------------------------- first start


def test_first_start_creates_the_schema_the_admin_and_the_exhibition(empty: Services) -> None:
    admin = empty.database_admin
    expo = ExhibitionInput(name="Expo 2026", code="EXPO26", currency="CHF")

    outcome = admin.first_start(CLI, FirstStart("Boss", PASSWORD, "Bea Boss", expo))

    assert admin.check().up_to_date
    assert outcome.setup.admin.username == "boss"
    assert outcome.setup.exhibition is not None
    assert (outcome.setup.exhibition.code, outcome.setup.exhibition.currency) == (
        "EXPO26",
        "CHF",
    )
    assert (outcome.demo, outcome.demo_error) == (None, None)
    assert empty.users.login("boss", PASSWORD).role is Role.ADMIN
    assert admin.startup() is Startup.LOG_IN
    till = empty.billing.till(CLI)
    assert (till.exhibition_name, till.currency) == ("Expo 2026", "CHF")


def test_first_start_only_on_a_database_without_users(services: Services, staff: Staff) -> None:
    with pytest.raises(InvalidState, match="set up already"):
        services.database_admin.first_start(CLI, FirstStart("intruder", PASSWORD))
    names = [u.username for u in services.users.list_users(staff.admin)]
    assert names == ["admin", "carl", "maria"]


def test_first_start_with_demo_data_sells_in_the_new_exhibition(empty: Services) -> None:
    expo = ExhibitionInput(name="Demo Fair", currency="EUR")
    request = FirstStart("boss", PASSWORD, exhibition=expo, demo=DemoRequest(5, 8))

    outcome = empty.database_admin.first_start(CLI, request)

    assert outcome.demo_error is None
    assert outcome.demo is not None and outcome.demo.invoices == 8
    assert outcome.setup.exhibition is not None
    prefix = outcome.setup.exhibition.code + "-"
    invoices = empty.billing.list_invoices(CLI, limit=100)
    assert len(invoices) == 8
    assert all(i.number and i.number.startswith(prefix) for i in invoices)


def test_a_chosen_database_gets_its_schema_and_says_whether_it_has_users(
    empty: Services,
) -> None:
    admin = empty.database_admin
    assert admin.prepare_chosen() is False
    assert admin.state().status is SchemaStatus.CURRENT
    empty.users.add_user(CLI, username="anna", password=PASSWORD, role=Role.ADMIN)
    assert admin.prepare_chosen() is True
