"""What every command needs: settings, services (built lazily), the acting CLI user.

The CLI acts as the operating-system user, audited as ``cli:<login>`` with admin rights:
whoever can read the database credentials can change anything anyway, and the audit log still
says who it was.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pos_desktop.domain.errors import PosError
from pos_desktop.domain.roles import Actor, Role

if TYPE_CHECKING:  # imported when first used: ``--help`` needs neither
    from pos_desktop.bootstrap import Services
    from pos_desktop.config import Settings


class SchemaNotReady(PosError):
    """The database is empty, behind the code's migrations, or ahead of them."""


def cli_actor() -> Actor:
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        login = "unknown"
    return Actor(None, f"cli:{login}", Role.ADMIN, f"cli:{login}")


@dataclass
class CliContext:
    database: str | None = None
    config_file: Path | None = None
    _settings: Settings | None = None
    _services: Services | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from pos_desktop.config import load_settings  # noqa: PLC0415 - lazy, see above

            overrides = {"database.url": self.database} if self.database else {}
            self._settings = load_settings(config_file=self.config_file, overrides=overrides)
        return self._settings

    def services(self, *, require_schema: bool = True) -> Services:
        """Services on the configured database; by default refuses an unmigrated schema."""
        from pos_desktop.bootstrap import build_services  # noqa: PLC0415 - lazy, see above
        from pos_desktop.services.database_admin import SchemaStatus  # noqa: PLC0415

        if self._services is None:
            self._services = build_services(self.settings)
        if require_schema:
            state = self._services.database_admin.state()
            state.raise_if_unreachable()
            if state.status is SchemaStatus.EMPTY:
                raise SchemaNotReady(
                    "this database is empty: run `pos-desktop init` (or `pos-desktop db upgrade`)"
                )
            if state.status is SchemaStatus.NEWER:
                raise SchemaNotReady(
                    f"the database schema is at {state.current}, written by a newer version"
                    f" than this one (which knows up to {state.head}): update this app"
                )
            if state.status is not SchemaStatus.CURRENT:
                raise SchemaNotReady(
                    f"the database schema is at {state.current}, this version needs {state.head}:"
                    " run `pos-desktop db upgrade`"
                )
        return self._services

    @property
    def actor(self) -> Actor:
        return cli_actor()

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


pass_context = click.make_pass_decorator(CliContext)
