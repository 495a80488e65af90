"""What every command needs: settings, services (built lazily), the acting CLI user.

A command that reads or changes business data acts as a logged-in user (``actor``): the one
named by ``POS_USER`` with the password in ``POS_PASSWORD_FILE`` (a login for this command
only), else the one whose ``pos-desktop login`` token is in the session file
(``session_file.py``). ``services/cli_sessions.py`` checks either and returns the ``Actor``;
the services check that actor's role as they do the app's. Without either the command stops
with ``LoginRequired`` (exit 5) before touching anything.

The few commands that need no login (``init``, ``db check|upgrade``, ``config show``, ``scan``,
``printer status``...) ask for ``services(login=False)``; ``init`` and ``db upgrade`` are
audited as the operating-system user (``system_actor``), as there may be no user yet.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pos_desktop.domain.errors import LOG_IN_FIRST, LoginRequired, PosError
from pos_desktop.domain.roles import Actor, Role

if TYPE_CHECKING:  # imported when first used: ``--help`` needs neither
    from pos_desktop.bootstrap import Services
    from pos_desktop.config import Settings


class SchemaNotReady(PosError):
    """The database is empty, behind the code's migrations, or ahead of them."""


#: A login for one command, without a session: the user name, and the file holding the password.
USER_VARIABLE = "POS_USER"
PASSWORD_FILE_VARIABLE = "POS_PASSWORD_FILE"  # noqa: S105 - the name of a variable


def _password_from_environment() -> str:
    path = os.environ.get(PASSWORD_FILE_VARIABLE, "")
    if not path:
        raise LoginRequired(
            f"{USER_VARIABLE} is set but {PASSWORD_FILE_VARIABLE} is not: name the file that"
            f" holds the password; or {LOG_IN_FIRST}"
        )
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise LoginRequired(
            f"cannot read {PASSWORD_FILE_VARIABLE} {path}: {err.strerror}; or {LOG_IN_FIRST}"
        ) from None
    if not lines or not lines[0]:
        raise LoginRequired(f"{path} is empty: put the password on its first line")
    return lines[0]


def _running_command() -> str:
    """``invoice void``: the running subcommand's names, without the program's."""
    ctx = click.get_current_context(silent=True)
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))


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
    _actor: Actor | None = None
    #: The command the actor was resolved for (``invoice void``), for auditing a refusal.
    command: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from pos_desktop.config import load_settings  # noqa: PLC0415 - lazy, see above

            overrides = {"database.url": self.database} if self.database else {}
            self._settings = load_settings(config_file=self.config_file, overrides=overrides)
        return self._settings

    def services(self, *, require_schema: bool = True, login: bool | None = None) -> Services:
        """Services on the configured database; by default refuses an unmigrated schema and
        anyone not logged in (``login=False`` for the commands that need no user; a schema that
        is not checked cannot check a login either, so it implies no login)."""
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
        if (require_schema if login is None else login) and self._actor is None:
            self._actor = self._log_in(self._services)
            # One terminal id, one device: refused (exit 1) while another device holds it.
            self._services.terminal_lease.claim()
        return self._services

    @property
    def actor(self) -> Actor:
        """The logged-in user this command acts for (``LoginRequired`` when there is none)."""
        if self._actor is None:
            self.services()
        assert self._actor is not None
        return self._actor

    @property
    def logged_in(self) -> Actor | None:
        """The actor if this command has already resolved one (for auditing a refusal)."""
        return self._actor

    @property
    def system_actor(self) -> Actor:
        """The operating-system user, for what runs before anyone can log in (``init``,
        ``db upgrade``)."""
        return cli_actor()

    def adopt(self, actor: Actor) -> None:
        """The user ``init`` just logged in acts for the rest of this command."""
        self._actor = actor

    def offline_actor(self, journal: Services) -> Actor:
        """The user checked against the offline journal's copy (the server did not answer)."""
        if self._actor is None:
            self._actor = self._log_in(journal)
        return self._actor

    def _log_in(self, services: Services) -> Actor:
        self.command = _running_command()
        env = os.environ
        username = env.get(USER_VARIABLE, "").strip()
        if username:
            return services.cli_sessions.login_once(username, _password_from_environment())
        from pos_desktop.cli import session_file  # noqa: PLC0415 - lazy, see above

        stored = session_file.read(session_file.session_path(), self.settings.database.url)
        if stored is None:
            raise LoginRequired(LOG_IN_FIRST)
        return services.cli_sessions.actor(stored.token)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


pass_context = click.make_pass_decorator(CliContext)
