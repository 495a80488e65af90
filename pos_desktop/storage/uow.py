"""Unit of work: one business action, one transaction.

``with db.unit_of_work() as uow: ...; uow.commit()`` -- nothing is saved unless ``commit()`` is
called; leaving the block any other way rolls back. Everything an action causes (audit event,
later outbox email, print job, stock movement) is written through the same ``uow.session``, so a
crash leaves all of it or none of it.

Threading: a ``Database`` may be shared by threads; a ``UnitOfWork`` belongs to one thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pos_desktop.domain.errors import Conflict, DatabaseUnavailable
from pos_desktop.storage.engine import create_engine_for


class UnitOfWork:
    def __init__(self, sessions: sessionmaker[Session], *, write: bool) -> None:
        self._sessions = sessions
        self._write = write
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        if self._write:
            try:
                # Only the SQLite "begin" hook reads this; PostgreSQL ignores it.
                self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            except (exc.OperationalError, exc.InterfaceError) as error:
                self.session.close()
                raise DatabaseUnavailable(describe_database_error(error)) from error
        return self

    def commit(self) -> None:
        self.session.commit()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc_value, StaleDataError):
            raise Conflict(
                "someone changed this on another terminal meanwhile; reload and try again"
            ) from exc_value
        if isinstance(exc_value, exc.OperationalError | exc.InterfaceError):
            raise DatabaseUnavailable(describe_database_error(exc_value)) from exc_value


def describe_database_error(error: exc.DBAPIError) -> str:
    """A sentence for the person at the terminal: what failed and that nothing was saved."""
    text = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    if "locked" in text or "busy" in text:
        return f"the database is busy ({text}); nothing was saved, try again"
    return f"the database cannot be reached ({text}); nothing was saved, try again"


class Database:
    """Engine plus session factory; the one object services need to reach storage."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine_for(url, echo=echo)
        except OSError as error:  # the SQLite file's folder cannot be created
            raise DatabaseUnavailable(
                f"cannot create the database folder ({error.strerror}: {error.filename})"
            ) from error
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def unit_of_work(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self._sessions, write=write)

    def reader(self) -> UnitOfWork:
        """A unit of work that only reads (no write lock taken on SQLite)."""
        return UnitOfWork(self._sessions, write=False)

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def reporting_unavailable() -> Iterator[None]:
    """Turn connection failures outside a unit of work (schema checks) into a clear error."""
    try:
        yield
    except (exc.OperationalError, exc.InterfaceError) as error:
        raise DatabaseUnavailable(describe_database_error(error)) from error
