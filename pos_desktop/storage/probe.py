"""A look at a database before the app commits to it: reachable? which server? whose schema?

First start's "Test connection" and its switch to another database ask this. The look changes
nothing: a SQLite file that does not exist yet is not created (it is reported as new), an
existing one is opened read-only, and a PostgreSQL connection is opened with a short timeout so
an unreachable host answers within seconds instead of a minute of TCP retries.

Failures come back as ``DatabaseUnavailable`` in plain words (wrong password, unknown host,
missing database...), never with the URL's password in them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, column, create_engine, exc, func, inspect, select, table
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from pos_desktop.domain.errors import DatabaseUnavailable, ValidationError
from pos_desktop.storage.engine import normalize_url
from pos_desktop.storage.models import User
from pos_desktop.storage.revisions import migrations_dir

PROBE_TIMEOUT_S = 4
_VERSION_TABLE = "alembic_version"


class Contents(Enum):
    NEW_FILE = "new file"  # a SQLite path with no file yet: created when chosen
    EMPTY = "empty"  # no tables at all
    CURRENT = "current"  # Booth POS, this version's schema
    OUTDATED = "outdated"  # Booth POS, an older schema: upgraded when chosen
    NEWER = "newer"  # Booth POS, written by a newer version than this one
    FOREIGN = "foreign"  # tables of something else: never touched


@dataclass(frozen=True)
class Probe:
    backend: str  # "sqlite" or "postgresql"
    server: str  # "SQLite 3.40.1", "PostgreSQL 15.2"
    contents: Contents
    revision: str | None = None
    users: int = 0

    @property
    def ours(self) -> bool:
        return self.contents in {Contents.CURRENT, Contents.OUTDATED, Contents.NEWER}

    @property
    def usable(self) -> bool:
        """Whether first start may set this database up (or log in to it)."""
        return self.contents not in {Contents.FOREIGN, Contents.NEWER}

    def describe(self) -> str:
        """One or two sentences for the person choosing the database."""
        if self.contents is Contents.NEW_FILE:
            return f"{self.server}: the file does not exist yet; it is created when you go on."
        head = f"Reachable: {self.server}. "
        if self.contents is Contents.EMPTY:
            return head + "The database is empty: Booth POS sets it up when you go on."
        if self.contents is Contents.FOREIGN:
            return head + (
                "The database holds tables of another program: Booth POS does not touch it. "
                "Choose an empty database."
            )
        if self.contents is Contents.NEWER:
            return head + (
                f"Booth POS data from a newer version (schema {self.revision}): update this "
                "app first."
            )
        schema = f"Booth POS data, schema {self.revision}"
        if self.contents is Contents.OUTDATED:
            schema += " (older: upgraded when you go on; update the other tills' app too)"
        if self.users:
            people = "1 user" if self.users == 1 else f"{self.users} users"
            return head + f"{schema}, {people}: this database is already set up, log in instead."
        return head + f"{schema}, no users yet: set it up here."


def probe_database(url: str, *, timeout_s: int = PROBE_TIMEOUT_S) -> Probe:
    """Look at the database behind ``url`` (blocking: call it on a worker thread)."""
    parsed = parse_database_url(url)
    if parsed.drivername.startswith("sqlite"):
        return _probe_sqlite(parsed)
    engine = create_engine(
        parsed,
        poolclass=NullPool,
        connect_args={"connect_timeout": timeout_s, "application_name": "pos-desktop probe"},
    )
    try:
        with engine.connect() as connection:
            info = connection.dialect.server_version_info or ()
            server = "PostgreSQL " + ".".join(str(part) for part in info[:2])
            return _look_inside(connection, "postgresql", server)
    except exc.DBAPIError as error:
        raise DatabaseUnavailable(explain_failure(error, parsed, timeout_s)) from error
    finally:
        engine.dispose()


def parse_database_url(url: str) -> URL:
    """The URL as the engine will use it, or a ``ValidationError`` naming what is wrong."""
    if not url.strip():
        raise ValidationError.single("database", "needs a file or a server URL")
    try:
        parsed = normalize_url(url)
    except exc.ArgumentError:
        raise ValidationError.single(
            "database URL", "is not a URL like postgresql+psycopg://user@host/database"
        ) from None
    except ValueError as error:
        raise ValidationError.single("database URL", str(error)) from None
    if not parsed.drivername.startswith("sqlite") and not parsed.database:
        raise ValidationError.single("database URL", "names no database (…/database at the end)")
    return parsed


def _probe_sqlite(parsed: URL) -> Probe:
    server = f"SQLite {sqlite3.sqlite_version}"
    if not parsed.database or parsed.database == ":memory:":
        raise ValidationError.single("database file", "needs a file name")
    path = Path(parsed.database).expanduser()
    if path.is_dir():
        raise DatabaseUnavailable(f"{path} is a folder, not a database file")
    if not path.exists():
        return Probe("sqlite", server, Contents.NEW_FILE)
    # Read-only, through a URI: opening must not create, convert (WAL) or lock anything.
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    engine = create_engine(
        "sqlite://", poolclass=NullPool, creator=lambda: sqlite3.connect(uri, uri=True)
    )
    try:
        with engine.connect() as connection:
            return _look_inside(connection, "sqlite", server)
    except exc.DBAPIError as error:
        raise DatabaseUnavailable(explain_failure(error, parsed, 0)) from error
    finally:
        engine.dispose()


def _look_inside(connection: Connection, backend: str, server: str) -> Probe:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return Probe(backend, server, Contents.EMPTY)
    if _VERSION_TABLE not in tables or User.__tablename__ not in tables:
        return Probe(backend, server, Contents.FOREIGN)
    version = table(_VERSION_TABLE, column("version_num"))
    revision = connection.execute(select(version.c.version_num)).scalar()
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only a probe needs Alembic

    script = ScriptDirectory(str(migrations_dir()))
    known = {rev.revision for rev in script.walk_revisions()}
    users = connection.execute(select(func.count()).select_from(User)).scalar_one()
    if revision == script.get_current_head():
        contents = Contents.CURRENT
    elif revision in known:
        contents = Contents.OUTDATED
    else:
        contents = Contents.NEWER
    return Probe(backend, server, contents, revision, int(users))


#: First matching fragment of the driver's message -> what the person at the booth reads.
_REASONS: tuple[tuple[str, str], ...] = (
    ("password authentication failed", "wrong user name or password for user {user}"),
    ("no password supplied", "the server wants a password for user {user}: type it in"),
    ('database "', "the server has no database {database}: create it first, or correct the name"),
    ('role "', "the server knows no user {user}"),
    ("could not translate host name", "the host name {host} is unknown (typo, or no network?)"),
    ("name or service not known", "the host name {host} is unknown (typo, or no network?)"),
    (
        "connection refused",
        "the server cannot be reached: nothing accepts connections at {host}:{port} "
        "(no PostgreSQL running there, or the wrong port)",
    ),
    (
        "timeout expired",
        "no answer from {host}:{port} within {timeout} seconds: the host is unreachable "
        "(network, firewall) or is not a PostgreSQL server",
    ),
    ("no route to host", "the host {host} is unreachable from here (network, firewall)"),
    ("network is unreachable", "the network to {host} is unreachable from here"),
    ("file is not a database", "this file is not a SQLite database"),
    ("unable to open database file", "the file cannot be opened (permissions?)"),
    ("no pg_hba.conf entry", "the server refuses connections from this computer (pg_hba.conf)"),
)


def explain_failure(error: exc.DBAPIError, url: URL, timeout_s: int) -> str:
    """Why the connection failed, in plain words, without the password."""
    original = str(error.orig) if error.orig is not None else str(error)
    lines = [line.strip() for line in original.strip().splitlines() if line.strip()]
    detail = _last_fatal(lines)
    lowered = original.lower()
    reason = f"the database cannot be reached ({detail})"
    for fragment, words in _REASONS:
        if fragment in lowered:
            reason = words.format(
                user=url.username or "(none)",
                host=url.host or "localhost",
                port=url.port or 5432,
                timeout=timeout_s,
                database=url.database or "(none)",
                detail=detail,
            )
            break
    password = url.password
    if password:
        reason = reason.replace(str(password), "********")
    return reason[:1].upper() + reason[1:]


def _last_fatal(lines: list[str]) -> str:
    """psycopg repeats 'connection to server ... failed:' per address; the reason is at the end."""
    if not lines:
        return "no details"
    last = lines[-1]
    for prefix in ("FATAL:", "ERROR:"):
        if prefix in last:
            last = last.split(prefix, 1)[1].strip()
    if "failed:" in last:
        last = last.rsplit("failed:", 1)[1].strip()
    return last
