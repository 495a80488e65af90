"""New ORM objects written by one Core ``INSERT ... RETURNING id`` and then held by the session
as if they had just been loaded: no unit-of-work flush, no refresh.

Why: a sale writes an invoice, its lines and payments, an audit entry, an outbox row, a print
job and its key. The ORM's flush works out dependencies, orders the objects, builds one
statement per row on SQLite and bookkeeps every attribute: it was a third of a sale's Python
calls. The rows a sale writes are all new and their order is known, so each class goes to the
database in one statement (the driver's ``insertmanyvalues``: one multi-row ``VALUES`` on both
databases), and the objects stay usable as ORM objects afterwards (``invoice.lines``, an
``update`` in the same transaction with its version check, relationships to them).

The returned ids are matched to the objects by ``match`` columns, not by order: neither SQLite
nor PostgreSQL promise the order of ``RETURNING`` rows. Objects equal in their ``match`` columns
must be equal in every other column too (two identical payments of one sale), so which of them
gets which id changes nothing stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Insert, Table, insert
from sqlalchemy.orm import Mapper, Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from pos_desktop.storage.models import Base


def insert_as_loaded(session: Session, rows: Sequence[Base], *, match: Sequence[str] = ()) -> None:
    """Insert ``rows`` (new objects of one mapped class with an integer ``id``) in one
    statement and attach them to ``session`` as persistent, unchanged objects.

    Columns left unset take their scalar Python default (``version`` = 1) or NULL, and are set
    on the objects too, so reading them never goes back to the database. ``match`` must tell the
    rows apart (see the module's docstring); one row needs none.
    """
    if not rows:
        return
    mapper: Mapper[Any] = rows[0].__mapper__
    table = mapper.local_table
    assert isinstance(table, Table)
    names = [prop.key for prop in mapper.column_attrs if prop.key != "id"]
    values = [_column_values(mapper, row, names) for row in rows]
    if len(rows) == 1:
        ids = [session.connection().execute(_insert_one(table), values).one()[0]]
    else:
        ids = _matched_ids(session, table, values, match)
    for row, row_id in zip(rows, ids, strict=True):
        row.id = row_id  # type: ignore[attr-defined]
        make_transient_to_detached(row)
        session.add(row)


def attach_loaded(parent: Base, attribute: str, children: Sequence[Base]) -> None:
    """``parent.attribute`` reads ``children`` (persistent already) with no load and no change
    to flush: the collection is as the database holds it."""
    set_committed_value(parent, attribute, list(children))


def _column_values(mapper: Mapper[Any], row: Base, names: Sequence[str]) -> dict[str, Any]:
    state = row.__dict__
    values: dict[str, Any] = {}
    for name in names:
        if name in state:
            values[name] = state[name]
            continue
        column = mapper.columns[name]
        if column.server_default is not None:
            raise ValueError(f"{name} has a database default: set it before inserting")
        default = column.default
        value = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
        setattr(row, name, value)
        values[name] = value
    return values


@cache
def _insert_one(table: Table) -> Insert:
    """Built once per table: SQLAlchemy then finds the compiled form by the object itself."""
    return insert(table).returning(table.c.id)


@cache
def _insert_matched(table: Table, match: tuple[str, ...]) -> Insert:
    return insert(table).returning(table.c.id, *(table.c[name] for name in match))


def _matched_ids(
    session: Session, table: Table, values: list[dict[str, Any]], match: Sequence[str]
) -> list[int]:
    if not match:
        raise ValueError("several rows need columns to match their ids by")
    statement = _insert_matched(table, tuple(match))
    free: defaultdict[tuple[Any, ...], list[int]] = defaultdict(list)
    for row_id, *key in session.connection().execute(statement, values):
        free[tuple(key)].append(row_id)
    return [free[tuple(row[name] for name in match)].pop() for row in values]
