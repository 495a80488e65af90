"""Starting the app on a database left by an older version."""

from __future__ import annotations

from pathlib import Path

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.roles import Role
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, sqlite_url
from pos_desktop.ui.app import Startup, startup_state, upgrade_own_file
from tests.conftest import CLI, FAST_HASHER, PASSWORD


def test_an_embedded_database_from_an_older_version_is_migrated_at_start(
    tmp_path: Path, empty_config: Path
) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    engine = create_engine_for(url)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(empty_config)})
    services = build_services(settings, hasher=FAST_HASHER)
    try:
        services.users.add_user(CLI, username="carl", password=PASSWORD, role=Role.CASHIER)
        assert startup_state(services) is Startup.OUTDATED

        assert upgrade_own_file(services) is Startup.LOG_IN
        assert migrate.current_revision(services.db.engine) == migrate.head_revision(
            services.db.engine
        )
        assert services.users.login("carl", PASSWORD).role is Role.CASHIER  # nothing lost
    finally:
        services.close()
