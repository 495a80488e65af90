"""Where a database's schema stands against this version's migrations, as a value.

A look, never a change: the app asks before its login, ``pos-desktop db check`` and every CLI
command ask before they run. An unreachable database is a state too (with the reason in plain
words), so a front end decides itself whether that ends it (``raise_if_unreachable``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import exc

from pos_desktop.domain.errors import DatabaseUnavailable
from pos_desktop.storage import revisions
from pos_desktop.storage.uow import Database, describe_database_error, reporting_unavailable


class SchemaStatus(Enum):
    EMPTY = "empty"  # no Booth POS schema yet (no tables, or no migration applied)
    CURRENT = "current"  # this version's schema
    OLDER = "older"  # an older version's schema: `db upgrade` (or the app, on its own file)
    NEWER = "newer"  # written by a newer version than this one: update this app
    UNREACHABLE = "unreachable"  # no connection: ``reason`` says why


@dataclass(frozen=True)
class SchemaState:
    backend: str  # "sqlite" or "postgresql"
    status: SchemaStatus
    current: str | None = None  # the database's revision
    head: str | None = None  # this version's latest revision
    #: ``check()`` only: where the tables differ from the models (each spelt by Alembic).
    differences: tuple[str, ...] = ()
    reason: str = ""  # UNREACHABLE: why, without the URL's password

    @property
    def up_to_date(self) -> bool:
        return self.status is SchemaStatus.CURRENT and not self.differences

    def raise_if_unreachable(self) -> None:
        if self.status is SchemaStatus.UNREACHABLE:
            raise DatabaseUnavailable(self.reason)

    def describe(self) -> str:
        """One line for an administrator: where the schema stands and what to run."""
        if self.status is SchemaStatus.UNREACHABLE:
            return self.reason
        if self.status is SchemaStatus.EMPTY:
            return "the database is empty: run `pos-desktop db upgrade` (or `pos-desktop init`)"
        if self.status is SchemaStatus.NEWER:
            return (
                f"the schema is at {self.current}, written by a newer version of Booth POS "
                f"(this one knows up to {self.head}): update this app"
            )
        if self.status is SchemaStatus.OLDER:
            return f"the schema is at {self.current}, the code expects {self.head}: run db upgrade"
        if self.differences:
            return f"the schema differs from the models: {'; '.join(self.differences)}"
        return f"schema is up to date (revision {self.current})"


def read_state(db: Database, *, compare: bool = False) -> SchemaState:
    """The schema's state; ``compare`` also lists where the tables differ from the models
    (slower: it reads the whole catalogue)."""
    backend = db.backend
    head = _head_revision(db)
    differences: tuple[str, ...] = ()
    try:
        with reporting_unavailable():
            if compare:
                from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic, see below

                checked = migrate.check(db.engine)
                current = checked.current
                differences = tuple(str(d) for d in checked.differences)
            else:
                current = _current_revision(db)
    except DatabaseUnavailable as error:
        return SchemaState(backend, SchemaStatus.UNREACHABLE, head=head, reason=str(error))
    if current is None:
        status = SchemaStatus.EMPTY
    elif current == head:
        status = SchemaStatus.CURRENT
    else:
        from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic, see below

        known = migrate.known_revisions(db.engine)
        status = SchemaStatus.OLDER if current in known else SchemaStatus.NEWER
    return SchemaState(backend, status, current, head, differences)


# The look every command and the app's start take reads the revisions without Alembic (about
# 100 ms to import, and then every migration script): ``storage/revisions.py``. What it leaves
# undecided, and everything else here, Alembic answers (``storage/migrate.py``).


def _head_revision(db: Database) -> str | None:
    try:
        return revisions.head(revisions.migrations_dir())
    except revisions.Undecided:
        from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic, see above

        return migrate.head_revision(db.engine)


def _current_revision(db: Database) -> str | None:
    try:
        return revisions.current(db.engine)
    except revisions.Undecided:
        from pos_desktop.storage import migrate  # noqa: PLC0415 - Alembic, see above

        return migrate.current_revision(db.engine)


def describe_driver_error(error: Exception) -> str | None:
    """The sentence for a connection error of the database driver; ``None`` for anything else
    (a command that met the driver outside a unit of work)."""
    if isinstance(error, exc.OperationalError | exc.InterfaceError):
        return describe_database_error(error)
    return None
