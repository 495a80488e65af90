"""Unit of work: one business action, one transaction.

``with db.unit_of_work() as uow: ...; uow.commit()`` -- nothing is saved unless ``commit()`` is
called; leaving the block any other way rolls back. Everything an action causes (audit event,
later outbox email, print job, stock movement) is written through the same ``uow.session``, so a
crash leaves all of it or none of it.

A connection error before COMMIT means nothing was saved (``DatabaseUnavailable``). One during
COMMIT does not: the server may have committed and only its answer was lost. ``commit()`` says
so with ``InDoubt``, carrying the action's key (``domain/action_key.py``) that tells, once the
database answers, whether it was saved.

Events: a service announces what its action caused with ``uow.record(event)``; the database's
bus (``services/messagebus.py``, wired in ``bootstrap``) runs their handlers inside the
transaction, before COMMIT, and their listeners after it.

Threading: a ``Database`` may be shared by threads; a ``UnitOfWork`` belongs to one thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Protocol

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import Conflict, DatabaseUnavailable, InDoubt
from pos_desktop.storage.engine import create_engine_for

log = logging.getLogger(__name__)

#: ``Session.info`` key set on the sessions of ``Database.replaying()``.
REPLAY = "offline_replay"


def is_replay(session: Session) -> bool:
    """Whether this transaction replays an action saved on a till's offline journal."""
    return bool(session.info.get(REPLAY))


#: ``Session.info`` key set on the sessions of ``Database.partial_copy()``.
PARTIAL = "partial_copy"


def is_partial_copy(session: Session) -> bool:
    """Whether this database holds only part of the server's rows (a till's offline journal:
    the sales made on it, not the shift's earlier ones): a total read here is not the shift's."""
    return bool(session.info.get(PARTIAL))


class EventDispatch(Protocol):
    """The message bus as storage sees it (it lives in services; storage must not import it)."""

    def in_transaction(self, uow: UnitOfWork, events: list[object]) -> None: ...

    def after_commit(self, events: Sequence[object]) -> None: ...


class UnitOfWork:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        write: bool,
        key: ActionKey | None = None,
        bus: EventDispatch | None = None,
    ) -> None:
        self._sessions = sessions
        self._write = write
        self._bus = bus
        #: What this action caused, in the order it was announced (``record``).
        self.events: list[object] = []
        #: The idempotency key of the action this transaction saves (named in ``InDoubt``).
        self.key = key
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        if self._write:
            # Only the SQLite "begin" hook reads this; PostgreSQL ignores it.
            self._connect({"sqlite_begin": "IMMEDIATE"})
        elif self.session.get_bind().dialect.name == "postgresql":
            # A reader on PostgreSQL reads in autocommit: no BEGIN and no ROLLBACK round trip
            # (half of a lookup by code). Under READ COMMITTED each statement took its own
            # snapshot inside a transaction too; readers that need one snapshot ask for
            # REPEATABLE READ on a connection of their own.
            self._connect({"isolation_level": "AUTOCOMMIT"})
        return self

    def _connect(self, options: dict[str, str]) -> None:
        try:
            self.session.connection(execution_options=options)
        except (exc.OperationalError, exc.InterfaceError) as error:
            self.session.close()
            raise DatabaseUnavailable(describe_database_error(error)) from error

    def record(self, event: object) -> None:
        """Announce something this action caused; its handlers run at ``commit()``."""
        self.events.append(event)

    def commit(self) -> None:
        """Run the events' handlers, flush, then COMMIT, then the events' listeners.

        An error in a handler or while flushing comes before COMMIT was sent (nothing saved); a
        connection error during COMMIT leaves the outcome unknown: ``InDoubt``.
        """
        if self._bus is not None and self.events:
            self._bus.in_transaction(self, self.events)
        try:
            self.session.flush()
        except exc.IntegrityError as error:
            if _key_taken(error):
                raise self._key_conflict() from error
            raise
        try:
            self.session.commit()
        except (exc.OperationalError, exc.InterfaceError) as error:
            key = str(self.key) if self.key else None
            raise InDoubt(describe_in_doubt(error, self.key), key) from error
        events, self.events = self.events, []
        if self._bus is not None and events:
            self._bus.after_commit(events)

    def _key_conflict(self) -> Conflict:
        return Conflict(
            f"this action (key {self.key}) was saved a moment ago from another window "
            "or process: run it again with the same key to see what was saved"
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        try:
            try:
                self.session.rollback()
            finally:
                self.session.close()
        except (exc.OperationalError, exc.InterfaceError):
            # The line dropped after the block's work (the pool discards the connection). What
            # the block did decides: its own error below, else its result stands: a reader's
            # rows were read, an action not committed saved nothing, a lost COMMIT is InDoubt.
            log.debug("rollback on a lost connection", exc_info=True)
        if isinstance(exc_value, exc.IntegrityError) and _key_taken(exc_value):
            # The key's row is written as the action runs (services/action_keys.py).
            raise self._key_conflict() from exc_value
        if isinstance(exc_value, StaleDataError):
            raise Conflict(
                "someone changed this on another terminal meanwhile; reload and try again"
            ) from exc_value
        if isinstance(exc_value, exc.OperationalError | exc.InterfaceError):
            raise DatabaseUnavailable(describe_database_error(exc_value)) from exc_value


def _key_taken(error: exc.IntegrityError) -> bool:
    return "action_keys" in str(error.orig)


def describe_database_error(error: exc.DBAPIError) -> str:
    """A sentence for the person at the terminal: what failed and that nothing was saved."""
    text = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    if "locked" in text or "busy" in text:
        return f"the database is busy ({text}); nothing was saved, try again"
    if text.endswith("is not a SQLite database"):  # engine.py: a URL naming another file
        return f"{text}: check the database URL (--database, POS_DATABASE_URL)"
    return f"the database cannot be reached ({text}); nothing was saved, try again"


def describe_in_doubt(error: exc.DBAPIError, key: ActionKey | None) -> str:
    """For the person at the terminal: the save may have happened, and how to find out."""
    text = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    how = f" (key {key})" if key else ""
    return (
        f"the database stopped answering while saving ({text}): it may be saved; "
        f"the same action again{how} shows what was saved, or saves it once"
    )


class Database:
    """Engine plus session factory; the one object services need to reach storage."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        bus: EventDispatch | None = None,
        fail_fast: bool = False,
    ) -> None:
        self.url = url
        self.bus = bus
        try:
            self.engine: Engine = create_engine_for(url, echo=echo, fail_fast=fail_fast)
        except OSError as error:  # the SQLite file's folder cannot be created
            raise DatabaseUnavailable(
                f"cannot create the database folder ({error.strerror}: {error.filename})"
            ) from error
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def with_bus(self, bus: EventDispatch | None) -> Database:
        """The same database (engine, connections) with another bus: demo data sells without
        printing receipts or emailing the made-up customers."""
        twin = object.__new__(Database)
        twin.url, twin.engine, twin._sessions, twin.bus = self.url, self.engine, self._sessions, bus
        return twin

    def replaying(self) -> Database:
        """The same database whose transactions say they replay what a till saved offline
        (``is_replay``): its receipts were printed there, so print routing skips them."""
        twin = self.with_bus(self.bus)
        twin._sessions = sessionmaker(self.engine, expire_on_commit=False, info={REPLAY: True})
        return twin

    def partial_copy(self) -> Database:
        """The same database whose sessions say it holds part of the server's rows
        (``is_partial_copy``): an X or Z report made on it says so instead of a wrong total."""
        twin = self.with_bus(self.bus)
        twin._sessions = sessionmaker(self.engine, expire_on_commit=False, info={PARTIAL: True})
        return twin

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def unit_of_work(self, *, write: bool = True, key: ActionKey | None = None) -> UnitOfWork:
        return UnitOfWork(self._sessions, write=write, key=key, bus=self.bus)

    def reader(self) -> UnitOfWork:
        """A unit of work that only reads (no write lock taken on SQLite)."""
        return UnitOfWork(self._sessions, write=False, bus=self.bus)

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def reporting_unavailable() -> Iterator[None]:
    """Turn connection failures outside a unit of work (schema checks) into a clear error."""
    try:
        yield
    except (exc.OperationalError, exc.InterfaceError) as error:
        raise DatabaseUnavailable(describe_database_error(error)) from error
