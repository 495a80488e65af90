"""This version's head revision and a database's current one, read without Alembic.

Every CLI command and the app's start ask where the schema stands. Alembic answers by importing
itself (about 100 ms) and then every migration script as a module; the answer needs only the
``revision`` and ``down_revision`` lines of the scripts and the row of ``alembic_version``. This
reads them directly and leaves anything it does not understand (a branch, a merge, a line
written another way, more than one row) to Alembic (``storage/migrate.py``), which then answers
or refuses as it always did. A test holds both to the same answers.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, column, inspect, select, table

import pos_desktop

#: Alembic's default version table (db/env.py configures no other).
VERSION_TABLE = "alembic_version"

_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>.+?)\s*$", re.MULTILINE
)
_QUOTED = re.compile(r"""^(['"])([^'"\\]+)\1$""")


def migrations_dir() -> Path:
    """``db/`` of a source checkout, an installed wheel or the bundle."""
    return pos_desktop.bundled_dir("db")


class Undecided(Exception):
    """Not the plain shape read here: ask Alembic."""


def _value(text_value: str) -> str | None:
    if text_value == "None":
        return None
    quoted = _QUOTED.match(text_value)
    if quoted is None:  # a tuple (a merge), a name, a call...
        raise Undecided(text_value)
    return quoted.group(2)


@cache
def _chain(folder: Path) -> dict[str, str | None]:
    """Each script's revision -> the revision it revises, from the scripts' own lines."""
    chain: dict[str, str | None] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        found: dict[str, str | None] = {}
        for match in _ASSIGNMENT.finditer(script.read_text(encoding="utf-8")):
            if match.group("name") in found:
                raise Undecided(f"{script.name}: {match.group('name')} assigned twice")
            found[match.group("name")] = _value(match.group("value"))
        revision = found.get("revision")
        if revision is None or "down_revision" not in found or revision in chain:
            raise Undecided(script.name)
        chain[revision] = found["down_revision"]
    return chain


def shipped(folder: Path) -> dict[str, str | None]:
    """Every revision the scripts in ``folder`` define, each with the one it revises; raises
    ``Undecided`` for anything but one straight line of plain scripts."""
    chain = _chain(folder)
    roots = [r for r, down in chain.items() if down is None]
    revised = {down for down in chain.values() if down is not None}
    if len(roots) != 1 or not revised <= chain.keys() or len(revised) != len(chain) - 1:
        raise Undecided("not one straight line of revisions")
    return chain


def head(folder: Path) -> str | None:
    """The one revision no other revises (``None``: no scripts at all)."""
    chain = shipped(folder) if any((folder / "versions").glob("*.py")) else {}
    revised = set(chain.values())
    heads = [r for r in chain if r not in revised]
    return heads[0] if heads else None


def current(engine: Engine) -> str | None:
    """The database's revision; ``None`` when it has none (no version table, or empty)."""
    with engine.connect() as connection:
        return _current(connection)


def _current(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    version = table(VERSION_TABLE, column("version_num"))
    rows = connection.execute(select(version.c.version_num)).all()
    if len(rows) > 1:
        raise Undecided("more than one current revision")
    return str(rows[0][0]) if rows else None
