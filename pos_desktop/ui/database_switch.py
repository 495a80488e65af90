"""Moving the app to another database during first start: schema, config file, new services.

Part of the composition root (like ``app.py``): it builds services for the chosen database, so
it sits above the service layer. Everything here blocks (network, disk): run it on the runner.

Order matters: look first (never migrate a database that holds another program's tables or a
newer version's schema), then create or upgrade the schema, then save ``database.url``; the
config file only ever names a database that is ready, so the next start opens it directly.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.config_store import config_path, write_settings
from pos_desktop.domain.errors import PosError
from pos_desktop.services.database_admin import PROBE_TIMEOUT_S, Probe, probe_database
from pos_desktop.ui.i18n import tr

Connect = Callable[[Settings], Services]


@dataclass(frozen=True)
class Switched:
    services: Services
    probe: Probe
    has_users: bool
    saved_to: Path


def choice_locked_by(settings: Settings) -> str | None:
    """Why ``database.url`` cannot be chosen here (it would not be saved), or None."""
    source = settings.sources.get("database.url", "default")
    if source.startswith("env "):
        variable = source.removeprefix("env ")
        return tr(
            "DatabaseSwitch",
            "The database is set by the environment variable {variable}, which beats the "
            "config file: a choice made here could not be saved. To choose here, start "
            "without {variable}.",
        ).format(variable=variable)
    if source == "command line":
        return tr(
            "DatabaseSwitch",
            "The database was given on the command line (--database), which beats the config "
            "file: a choice made here could not be saved. To choose here, start without it.",
        )
    return None


def with_database(settings: Settings, url: str, source: str) -> Settings:
    """A copy of ``settings`` on another database (the original stays with the old services)."""
    moved = copy.deepcopy(settings)
    moved.database.url = url
    moved.sources["database.url"] = source
    return moved


def switch_database(
    settings: Settings,
    url: str,
    *,
    connect: Connect = build_services,
    timeout_s: int = PROBE_TIMEOUT_S,
) -> Switched:
    """Pool thread: make ``url`` this terminal's database, or raise ``PosError`` saying why not."""
    probe = probe_database(url, timeout_s=timeout_s)
    if not probe.usable:
        raise PosError(probe.describe())
    target = config_path(settings)
    services = connect(with_database(settings, url, f"file {target}"))
    try:
        has_users = services.database_admin.prepare_chosen()
        try:
            write_settings({"database.url": url}, config_file=target)
        except OSError as error:
            not_saved = tr(
                "DatabaseSwitch",
                "The database is ready, but the choice cannot be saved in {file} ({reason}); "
                "nothing was switched.",
            )
            raise PosError(not_saved.format(file=target, reason=error.strerror)) from error
    except BaseException:
        services.close()
        raise
    return Switched(services, probe, has_users, target)
