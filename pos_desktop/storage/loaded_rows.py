"""New ORM objects written by one Core ``INSERT ... RETURNING id`` and then held by the session
as if they had just been loaded: no unit-of-work flush, no refresh.

Why: a sale writes an invoice, its lines and payments, an audit entry and an outbox row. The
ORM's flush works out dependencies, orders the objects, builds one statement per row on SQLite
and bookkeeps every attribute: it was a third of a sale's Python calls. The rows a sale writes
are all new and their order is known, so each class goes to the database in one statement
(SQLite: one multi-row ``VALUES``; PostgreSQL: one array per column, see ``_unnested``), and
the objects stay usable as ORM objects afterwards (``invoice.lines``, an ``update`` in the same
transaction with its version check, relationships to them).

The returned ids are matched to the objects by ``match`` columns, not by order: neither SQLite
nor PostgreSQL promise the order of ``RETURNING`` rows. Objects equal in their ``match`` columns
must be equal in every other column too (two identical payments of one sale), so which of them
gets which id changes nothing stored.

:func:`new_row` builds the objects: ``Model(**values)`` sets each attribute through the ORM's
events (about 120 calls for an invoice line), which no one needs for an object written here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    ARRAY,
    Boolean,
    Connection,
    Insert,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session, configure_mappers, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.types import TypeEngine

from pos_desktop.storage.models import Base
from pos_desktop.storage.types import ScaledDecimal, UtcDateTime

B = TypeVar("B", bound=Base)


def new_row(model: type[B], **values: Any) -> B:
    """A new (transient) ``model`` object holding ``values``, made without the attribute events
    of ``model(**values)``: what it holds is what :func:`insert_as_loaded` writes, and what a
    flush inserts if it is added to a session instead. Give columns only (no relationships:
    those need their events to cascade)."""
    row: B = _shape(model).manager.new_instance()
    row.__dict__.update(values)
    return row


def insert_as_loaded(
    session: Session,
    rows: Sequence[Base],
    *,
    match: Sequence[str] = (),
    common: Mapping[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (new objects of one mapped class with an integer ``id``) in one
    statement and attach them to ``session`` as persistent, unchanged objects.

    ``common``: columns every row takes (a parent's id known only now), set on the objects
    too. Columns left unset take their scalar Python default (``version`` = 1) or NULL, and are
    set on the objects too, so reading them never goes back to the database. ``match`` must
    tell the rows apart (see the module's docstring); one row needs none.
    """
    if not rows:
        return
    shape = _shape(rows[0].__class__)
    values = [_column_values(shape, row, common) for row in rows]
    connection = session.connection()
    if len(rows) == 1:
        ids = [connection.execute(shape.insert_one, values[0]).scalar_one()]
    else:
        ids = _matched_ids(connection, shape.table, values, match)
    for row, row_id in zip(rows, ids, strict=True):
        # Transient still: the id is what the database holds, not a change to flush.
        row.__dict__["id"] = row_id
        make_transient_to_detached(row)
        session.add(row)


def attach_loaded(parent: Base, attribute: str, children: Sequence[Base]) -> None:
    """``parent.attribute`` reads ``children`` (persistent already) with no load and no change
    to flush: the collection is as the database holds it."""
    set_committed_value(parent, attribute, list(children))


@dataclass(frozen=True, slots=True)
class _Shape:
    """What inserting a mapped class's rows needs, worked out once per class."""

    manager: Any  # the class's ClassManager: makes instances without calling __init__
    table: Table
    #: Every column attribute but ``id``, in the mapper's order.
    names: tuple[str, ...]
    #: What a column left unset takes (its scalar Python default, else NULL).
    defaults: dict[str, Any]
    #: Columns the database fills (a server default): they must be set before inserting.
    server_filled: frozenset[str]
    insert_one: Insert


@cache
def _shape(model: type[Base]) -> _Shape:
    configure_mappers()  # what the first ``model(...)`` would have done
    mapper = model.__mapper__
    table = mapper.local_table
    assert isinstance(table, Table)
    names = tuple(prop.key for prop in mapper.column_attrs if prop.key != "id")
    defaults: dict[str, Any] = {}
    for name in names:
        default = mapper.columns[name].default
        defaults[name] = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
    return _Shape(
        manager=mapper.class_manager,
        table=table,
        names=names,
        defaults=defaults,
        server_filled=frozenset(
            name for name in names if mapper.columns[name].server_default is not None
        ),
        # Built once: SQLAlchemy then finds the compiled form by the object itself.
        insert_one=insert(table).returning(table.c.id),
    )


def _column_values(shape: _Shape, row: Base, common: Mapping[str, Any] | None) -> dict[str, Any]:
    state = row.__dict__
    if common:
        state.update(common)
    missing = [name for name in shape.names if name not in state]
    for name in missing:
        if name in shape.server_filled:
            raise ValueError(f"{name} has a database default: set it before inserting")
        state[name] = shape.defaults[name]
    return {name: state[name] for name in shape.names}


def _matched_ids(
    connection: Connection, table: Table, values: list[dict[str, Any]], match: Sequence[str]
) -> list[int]:
    if not match:
        raise ValueError("several rows need columns to match their ids by")
    key = tuple(match)
    names = tuple(values[0])
    unnested = _unnested(table, names, key) if connection.dialect.name == "postgresql" else None
    if unnested is not None:
        returned = connection.execute(
            unnested, {name: [row[name] for row in values] for name in names}
        )
    else:
        returned = connection.execute(_insert_matched(table, key), values)
    free: defaultdict[tuple[Any, ...], list[int]] = defaultdict(list)
    for row_id, *found in returned:
        free[tuple(found)].append(row_id)
    return [free[tuple(row[name] for name in match)].pop() for row in values]


@cache
def _insert_matched(table: Table, match: tuple[str, ...]) -> Insert:
    return insert(table).returning(table.c.id, *(table.c[name] for name in match))


@cache
def _unnested(table: Table, names: tuple[str, ...], match: tuple[str, ...]) -> Insert | None:
    """PostgreSQL: the rows as one array per column, ``INSERT ... SELECT * FROM unnest(...)``.

    Why: psycopg keeps a statement's parsed form only up to 50 parameters, and a multi-row
    ``VALUES`` of five invoice lines has 65: parsing it again took a sale about 1,000 calls
    (the arrays cost half that). The statement is then the same for any number of rows.
    ``None`` where a column's type has no plain array form here (JSON): the ``VALUES`` then.
    """
    arrays = []
    for name in names:
        element = _array_element(table.c[name].type)
        if element is None:
            return None
        arrays.append(bindparam(name, type_=ARRAY(element)))
    rows = func.unnest(*arrays).table_valued(*names).render_derived()
    return (
        insert(table)
        .from_select(list(names), select(*rows.c))
        .returning(table.c.id, *(table.c[name] for name in match))
    )


def _array_element(kind: TypeEngine[Any]) -> TypeEngine[Any] | None:
    """The element type of a column's array: the column's own (its checks and conversions run
    on each value, and the array is cast as a ``VALUES`` row's value is), but text without its
    length: a cast to ``VARCHAR(n)`` would cut a too-long text, where the INSERT refuses it."""
    if isinstance(kind, ScaledDecimal | UtcDateTime | Boolean | Integer):
        return kind
    if type(kind) in (String, Text):
        return String()
    return None
