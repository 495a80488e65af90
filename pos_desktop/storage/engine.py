"""Database URL -> SQLAlchemy engine, with the settings that make commits durable.

SQLite (one terminal): WAL journal so readers never wait for the writer, ``synchronous=FULL``
so a committed sale survives a power cut, foreign keys on, a busy timeout, and ``BEGIN
IMMEDIATE`` for transactions that write, so two writers queue up front instead of failing at
their first write; a new file (and so its WAL) is its owner's only (config/file_modes.py).
PostgreSQL (several terminals): psycopg 3, a connect timeout so a dead server is reported
within seconds, and a liveness check before a pooled connection is reused.

Both: text holding a NUL or a lone surrogate is refused with a ``ValidationError`` before the
statement runs. Services clean or refuse such text where it comes in (domain/text.py); this is
the last guard for a path that forgot, so the person reads "holds a NUL" and not "the database
cannot be reached" (SQLite's full-text search) or an unhandled psycopg ``DataError``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from time import monotonic
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url

from pos_desktop.config.file_modes import create_private_file, private_folder
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.text import UNSTORABLE, describe_character

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: SQLite's own default: the WAL is copied into the database file once it holds this many pages.
SQLITE_CHECKPOINT_PAGES = 1000
#: The same while a bulk job commits (about 40 MB of WAL at 4 KiB pages).
BULK_CHECKPOINT_PAGES = 10_000
CONNECT_TIMEOUT_S = 5
#: A pooled PostgreSQL connection idle longer than this is pinged before use (seconds).
PING_AFTER_S = 1.0
_IDLE_SINCE = "pos_idle_since"
#: A terminal with an offline journal: a cut line must fail within about 2 s, not the kernel's
#: minutes, so the till goes on selling on its journal (docs/offline-design.md, decision 8).
FAIL_FAST_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": 2,
    "tcp_user_timeout": 2000,  # ms unacknowledged data may wait before the line counts as dead
    "keepalives": 1,
    "keepalives_idle": 2,
    "keepalives_interval": 1,
    "keepalives_count": 2,
}


class UnreadableUrl(exc.ArgumentError, ValueError):
    """Text that is no database URL at all. A ``ValueError`` like an unsupported kind, so the
    CLI and the offline check treat both alike (the text is not repeated: it may hold a
    password); still SQLAlchemy's ``ArgumentError`` for the callers that catch that."""


def normalize_url(url: str | URL) -> URL:
    """Accept the spellings people paste (``postgres://``, ``postgresql://``) and pick psycopg 3."""
    text = str(url) if isinstance(url, URL) else url.strip()
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://") :]
    try:
        parsed = make_url(text)
    except exc.ArgumentError:
        raise UnreadableUrl(
            "the database URL cannot be read: write sqlite:///FILE or"
            " postgresql://USER@HOST/DATABASE"
        ) from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in {"sqlite", "sqlite+pysqlite", "postgresql+psycopg"}:
        raise ValueError(f"unsupported database {parsed.drivername!r}: use sqlite or postgresql")
    return parsed


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _configure_sqlite(engine: Engine, file: Path | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy (below) emit BEGIN itself; pysqlite's own implicit BEGIN is neither
        # IMMEDIATE nor aware of savepoints.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as error:
            if "not a database" not in str(error):
                raise
            # A URL naming another file (a CSV, the password file): a connection failure,
            # reported as such everywhere, and naming the file; the file is left as it was.
            raise sqlite3.OperationalError(
                f"{file or 'the file'} is not a SQLite database"
            ) from error
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _create_private(engine: Engine, file: Path) -> None:
    """A new database file is created 0600 just before SQLite would create it (at the first
    connection, so a look at a file that is not there yet still finds none); SQLite gives its
    -wal and -shm files the database file's mode."""

    @event.listens_for(engine, "do_connect")
    def _before_connect(*_args: Any) -> None:
        # A folder gone (a USB stick pulled) or read-only: SQLite's own error says so, and the
        # unit of work turns it into "database unavailable".
        with suppress(OSError):
            create_private_file(file)


#: Parameter classes that hold no text: the fast check skips them without a call each.
_NO_TEXT = frozenset({int, float, bool, Decimal, type(None), bytes, datetime, date, time})
#: The containers SQLAlchemy hands the driver: a tuple or dict per statement, a list of them
#: (and lists inside: PostgreSQL arrays).
_CONTAINERS = (tuple, list, dict)
_SEQUENCES = (tuple, list)


def _all_storable(values: Any) -> bool:
    """Whether no text among the parameters can hold a NUL or a lone surrogate: every string
    joined and tested at once (a sale binds about 150 strings, nearly all ASCII), the items of
    inner lists and tuples (rows, arrays) in one more pass. ``False`` also when unsure (a
    ``str`` subclass, another kind of mapping): the exact search then decides."""
    if values.__class__ not in _CONTAINERS:
        return False
    items = values.values() if values.__class__ is dict else values
    texts = [value for value in items if value.__class__ is str]
    others = [value for value in items if value.__class__ not in _NO_TEXT]
    if len(others) != len(texts):
        inner = [item for value in others if value.__class__ in _SEQUENCES for item in value]
        for value in others:
            kind = value.__class__
            if kind is str or kind in _SEQUENCES:
                continue
            if kind is dict:
                if not _all_storable(value):
                    return False
            elif isinstance(value, str | Mapping | list | tuple):
                return False
        if inner and not _all_storable(inner):
            return False
    joined = "".join(texts)
    if "\x00" in joined:
        return False
    return joined.isascii() or UNSTORABLE.search(joined) is None


def _ping_after_idle(engine: Engine) -> None:
    """Ping a pooled PostgreSQL connection before use when it lay idle over ``PING_AFTER_S``.

    Why: a connection that died in the pool (the server restarted, the line dropped) is found
    by the ping and replaced before any work, instead of failing the work's first statement.
    Pinging at every checkout (``pool_pre_ping``) cost a round trip per unit of work, a third
    of a lookup by code; one used a moment ago is trusted, and if it died in that moment the
    work fails as "database unavailable" as on any cut, the pool starting afresh.
    """

    @event.listens_for(engine, "connect")
    @event.listens_for(engine, "checkin")
    def _left(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:  # a new connection has just answered: no ping on first use
            record.info[_IDLE_SINCE] = monotonic()

    @event.listens_for(engine, "checkout")
    def _taken(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is not None and monotonic() - since < PING_AFTER_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.DisconnectionError(str(error)) from error
        if not alive:
            raise exc.DisconnectionError("the connection did not answer its ping")


def _unstorable_text(values: Any) -> str | None:
    """The first NUL or lone surrogate among a statement's parameters: one set or many (a
    mapping, a sequence, or a sequence of either), and inside list values (arrays)."""
    items = values.values() if isinstance(values, Mapping) else values
    for value in items:
        if isinstance(value, str):
            if "\x00" in value:
                return "\x00"
            if not value.isascii() and (found := UNSTORABLE.search(value)):
                return found.group()
        elif isinstance(value, Mapping | list | tuple):
            inner = _unstorable_text(value)
            if inner is not None:
                return inner
    return None


def _refuse_unstorable_text(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _check(
        _conn: Any, _cursor: Any, _statement: str, parameters: Any, _ctx: Any, _many: bool
    ) -> None:
        if not isinstance(parameters, Mapping | list | tuple):
            return
        if _all_storable(parameters):
            return  # nearly always: the exact search below only names what was found
        bad = _unstorable_text(parameters)
        if bad is not None:
            raise ValidationError.single(
                "text", f"holds a character that cannot be stored ({describe_character(bad)})"
            )


def create_engine_for(url: str | URL, *, echo: bool = False, fail_fast: bool = False) -> Engine:
    """``fail_fast``: PostgreSQL gives up on a dead line within about 2 s (a till that has an
    offline journal to sell on); SQLite ignores it."""
    parsed = normalize_url(url)
    if parsed.drivername.startswith("sqlite"):
        database = parsed.database
        file = None
        if database and database != ":memory:" and not database.startswith("file:"):
            file = Path(database).expanduser()
            private_folder(file.parent)
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        if file is not None:
            _create_private(engine, file)
        _configure_sqlite(engine, file)
    else:
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "pos-desktop"}
            | (FAIL_FAST_CONNECT_ARGS if fail_fast else {}),
        )
        _ping_after_idle(engine)
    _refuse_unstorable_text(engine)
    return engine


def backend_name(engine: Engine) -> str:
    return engine.dialect.name


@contextmanager
def rare_checkpoints(connection: Connection) -> Iterator[None]:
    """On SQLite: WAL checkpoints every ``BULK_CHECKPOINT_PAGES`` pages for this connection,
    for a bulk job's transaction and its commit (wrap both); back to the default after.

    Why: a customer import commits every 10,000 rows, and each commit rewrites the same
    index and FTS5 pages; checkpointing every 4 MB copied them into the database file (and
    synced it) again and again (0.3 of 2.7 s of SQLite's time per 95,000 new customers). The
    setting is the connection's, not the transaction's, so it is put back on the very
    connection, even after the commit has handed it back to the pool. PostgreSQL: nothing to do.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA wal_autocheckpoint={SQLITE_CHECKPOINT_PAGES}")
