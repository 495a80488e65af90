"""A database as a backup sees it: a consistent copy, its rows counted, its audit chain's end.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies every page in one step,
inside one read transaction: with WAL the tills keep writing meanwhile and the copy is the
database as of one moment. PostgreSQL: a ``REPEATABLE READ`` transaction exports its snapshot;
``pg_dump --snapshot`` dumps exactly what that transaction sees and the rows are counted in it,
so the manifest's counts describe the dump, not the database a second later.

Everything here blocks (file copies, counting every table): call it from a worker.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func, inspect, select, table, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from pos_desktop.storage.engine import SQLITE_BUSY_TIMEOUT_MS, normalize_url

_VERSION_TABLE = "alembic_version"
_HEAD_TABLE = "audit_chain_head"


@dataclass(frozen=True, slots=True)
class Contents:
    """What a database holds, as far as a backup promises to keep it."""

    backend: str  # "sqlite" or "postgresql"
    server: str  # "SQLite 3.40.1", "PostgreSQL 15.20"
    revision: str | None
    #: Rows per table, by table name (sorted).
    tables: dict[str, int]
    audit_seq: int | None
    audit_hash: str | None


def _parsed(url: str | URL) -> URL:
    """``normalize_url`` keeping the password (``str(URL)`` would mask it)."""
    if isinstance(url, URL):
        url = url.render_as_string(hide_password=False)
    return normalize_url(url)


def backend_of(url: str | URL) -> str:
    return "sqlite" if _parsed(url).drivername.startswith("sqlite") else "postgresql"


def sqlite_path(url: str | URL) -> Path:
    database = _parsed(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise ValueError("a backup needs a SQLite database in a file")
    return Path(database).expanduser()


def _sqlite_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def copy_sqlite(url: str | URL, target: Path) -> None:
    """Copy the live SQLite database into ``target`` (a new file) as of one moment.

    The copy is left in rollback-journal mode: one self-contained file, no ``-wal`` beside it.
    """
    source_path = sqlite_path(url)
    if not source_path.is_file():
        raise FileNotFoundError(f"no SQLite database at {source_path}")
    with closing(_sqlite_connect(source_path)) as source, closing(_sqlite_connect(target)) as copy:
        source.backup(copy)  # pages=-1: all of them in one step, one read transaction
        copy.execute("PRAGMA journal_mode=DELETE")


def load_sqlite(payload: Path, url: str | URL) -> None:
    """Write the backed-up SQLite file ``payload`` over the database at ``url`` (created if it
    does not exist, readable by its owner only)."""
    target = sqlite_path(url)
    created = not target.exists()
    if created:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with closing(_sqlite_connect(payload)) as source, closing(_sqlite_connect(target)) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=WAL")
    if created and os.name == "posix":
        target.chmod(0o600)


def contents_of_sqlite(path: Path) -> Contents:
    """The contents of a SQLite file nothing else writes (a backup's copy)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return _contents(connection, "sqlite", f"SQLite {sqlite3.sqlite_version}")
    finally:
        engine.dispose()


def contents_of(url: str | URL) -> Contents:
    """The contents of the database at ``url``, read in one transaction (``REPEATABLE READ``
    on PostgreSQL, so the counts belong together)."""
    if backend_of(url) == "sqlite":
        return contents_of_sqlite(sqlite_path(url))
    engine = create_engine(_parsed(url), poolclass=NullPool)
    try:
        with _repeatable_read(engine) as connection:
            return _contents(connection, "postgresql", _pg_server(connection))
    finally:
        engine.dispose()


@contextmanager
def exported_snapshot(url: str | URL) -> Iterator[tuple[str, Contents]]:
    """A PostgreSQL snapshot held open for ``pg_dump --snapshot``, with its contents counted in
    it. The dump must run inside the block: the snapshot ends with the transaction."""
    engine = create_engine(
        _parsed(url),
        poolclass=NullPool,
        connect_args={"application_name": "pos-desktop backup"},
    )
    try:
        with _repeatable_read(engine) as connection:
            snapshot = str(connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one())
            yield snapshot, _contents(connection, "postgresql", _pg_server(connection))
    finally:
        engine.dispose()


def server_major(url: str | URL) -> int:
    """The PostgreSQL server's major version (15 for 15.20): pg_dump and pg_restore must be
    at least as new."""
    engine = create_engine(_parsed(url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            number = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
            return number // 10_000
    finally:
        engine.dispose()


def clear_postgresql(url: str | URL) -> None:
    """Drop everything in the ``public`` schema (restore ``--force``, after its backup)."""
    engine = create_engine(_parsed(url), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            owner = connection.exec_driver_sql(
                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"
            ).scalar()
            connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            quoted = connection.dialect.identifier_preparer.quote(str(owner or "CURRENT_USER"))
            authorization = "CURRENT_USER" if owner is None else quoted
            connection.exec_driver_sql(f"CREATE SCHEMA public AUTHORIZATION {authorization}")
            connection.exec_driver_sql("GRANT USAGE ON SCHEMA public TO PUBLIC")
    finally:
        engine.dispose()


@contextmanager
def _repeatable_read(engine: Engine) -> Iterator[Connection]:
    """One read-only ``REPEATABLE READ`` transaction: every count sees the same moment."""
    with engine.connect() as plain:
        connection = plain.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with connection.begin() as transaction:
            yield connection
            transaction.rollback()


def _pg_server(connection: Connection) -> str:
    version = str(connection.exec_driver_sql("SHOW server_version").scalar_one())
    return f"PostgreSQL {version.split(maxsplit=1)[0]}"


def _contents(connection: Connection, backend: str, server: str) -> Contents:
    names = sorted(
        name for name in inspect(connection).get_table_names() if not name.startswith("sqlite_")
    )
    tables = {
        name: int(connection.execute(select(func.count()).select_from(table(name))).scalar_one())
        for name in names
    }
    revision = None
    if _VERSION_TABLE in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    seq: int | None = None
    last_hash: str | None = None
    if _HEAD_TABLE in tables:
        head = connection.execute(
            text("SELECT last_seq, last_hash FROM audit_chain_head ORDER BY id LIMIT 1")
        ).first()
        if head is not None:
            seq, last_hash = int(head[0]), str(head[1])
    return Contents(backend, server, revision, tables, seq, last_hash)
