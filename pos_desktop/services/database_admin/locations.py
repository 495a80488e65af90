"""Which database: URLs as people type them, and a look at one before choosing it.

First start's database page and its switch to another database use these; the look itself
(``probe_database``, changes nothing, blocking: call it on a worker thread) is the storage's,
offered here so that front ends reach storage only through services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from pos_desktop.storage.engine import normalize_url, sqlite_url
from pos_desktop.storage.probe import (
    PROBE_TIMEOUT_S,
    Contents,
    Probe,
    parse_database_url,
    probe_database,
)

__all__ = [
    "PROBE_TIMEOUT_S",
    "Contents",
    "DatabaseLocation",
    "Probe",
    "file_url",
    "probe_database",
    "same_database",
    "server_url",
]


@dataclass(frozen=True)
class DatabaseLocation:
    """A database URL split as the first-start page shows it: a file, or a server and its
    password (which has a masked field of its own)."""

    file: str | None  # SQLite: the file's path; None: a server
    server: str = ""  # the server's URL without the password
    password: str = field(default="", repr=False)

    @classmethod
    def of(cls, url: str) -> DatabaseLocation:
        parsed = make_url(url)
        if parsed.drivername.startswith("sqlite"):
            return cls(parsed.database or "")
        # ``URL.set(password=None)`` keeps the password (None means "unchanged") and would
        # show it as "***" in the URL field; the password has a field of its own.
        server = parsed._replace(password=None).render_as_string()
        return cls(None, server, str(parsed.password or ""))


def file_url(path: Path) -> str:
    """The URL of a SQLite file."""
    return sqlite_url(path)


def server_url(text: str, password: str = "") -> str:
    """A typed server URL, checked (``ValidationError`` naming what is wrong), with the
    password of its own field put in; the result holds the password: never show it."""
    parsed = parse_database_url(text)
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def same_database(first: str, second: str) -> bool:
    """Whether two URLs name one database (a SQLite file by its resolved path)."""
    try:
        a, b = normalize_url(first), normalize_url(second)
    except Exception:  # an unparsable URL is no match for anything
        return False
    if a.drivername.startswith("sqlite") and b.drivername.startswith("sqlite"):
        return _resolved(a.database) == _resolved(b.database)
    return a == b


def _resolved(path: str | None) -> Path | None:
    return Path(path).expanduser().resolve() if path else None
