"""Many rows at once: inserted (``COPY`` on PostgreSQL, multi-row INSERTs on SQLite), updated
(one ``UPDATE ... FROM json_each`` on SQLite), or looked up by a list of values bound as one
parameter.

Why not ``executemany``: on SQLite each row is then a statement of its own, and a statement
that fires the customers' FTS5 trigger opens a statement savepoint, at which FTS5 flushes its
pending terms: one index segment per row, merged again and again (the whole insert cost about
three times as much). One statement for a batch fires the same triggers row by row but flushes
once. On PostgreSQL ``COPY`` is several times faster than a pipelined INSERT per row; triggers
and constraints apply the same either way.

Values pass each column's own bind processing, so they are stored exactly as an ORM or Core
INSERT stores them (aware datetimes, JSON documents).

Why ``one_of`` and not ``column.in_(values)``: an ``IN`` list renders one placeholder per value
on every execution (about 2.5 ms for a thousand, four times per import batch); one array
parameter keeps the statement the same whatever the count, compiled once and cached. The
column's index serves it the same way on both databases.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    Table,
    any_,
    bindparam,
    column,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

#: SQLite's default limit on ``?`` in one statement (since 3.32); used if the driver won't say.
SQLITE_VARIABLES = 32_766


def insert_rows(
    connection: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """``rows`` (values in the order of ``names``) into ``table``, in as few statements as the
    database allows."""
    if not rows:
        return
    dialect = connection.dialect
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    processed = _processed(rows, processors)
    preparer = dialect.identifier_preparer
    columns = ", ".join(preparer.quote(name) for name in names)
    target = preparer.format_table(table)
    raw = connection.connection.driver_connection
    assert raw is not None
    if dialect.name == "postgresql":
        with raw.cursor() as cursor, cursor.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
            for row in processed:
                copy.write_row(row)
        return
    limit = SQLITE_VARIABLES
    if isinstance(raw, sqlite3.Connection):
        limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    group = "(" + ", ".join("?" * len(names)) + ")"
    start = 0
    for size in _chunk_sizes(len(processed), max(1, limit // len(names))):
        chunk = processed[start : start + size]
        start += size
        values = ", ".join([group] * size)
        statement = f"INSERT INTO {target} ({columns}) VALUES {values}"  # noqa: S608 - names
        connection.exec_driver_sql(statement, tuple(chain.from_iterable(chunk)))


def update_rows(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    bump: str | None = None,
) -> None:
    """Each row (``table``'s primary key first, then values in the order of ``names``) written
    over the row with that key; ``bump`` names an integer column that goes up by one.

    On SQLite all rows are one statement, ``UPDATE ... FROM json_each(?)``, for the reason
    inserts are: under ``executemany`` each row was a statement of its own and the customers'
    FTS5 trigger flushed per row (12 s for 95,000 customers). PostgreSQL takes a pipelined
    ``executemany``.
    """
    if not rows:
        return
    [key] = table.primary_key.columns
    if connection.dialect.name == "postgresql":
        values: dict[str, Any] = {name: bindparam(f"v{i}") for i, name in enumerate(names, 1)}
        if bump is not None:
            values[bump] = table.c[bump] + 1
        changes = update(table).where(key == bindparam("v0")).values(values)
        connection.execute(changes, [{f"v{i}": v for i, v in enumerate(row)} for row in rows])
        return
    dialect = connection.dialect
    processors: list[Callable[[Any], Any] | None] = [
        column.type.dialect_impl(dialect).bind_processor(dialect)
        for column in (key, *(table.c[name] for name in names))
    ]
    preparer = dialect.identifier_preparer
    target = preparer.format_table(table)
    sets = [
        f"{preparer.quote(name)} = json_extract(v.value, '$[{i}]')"
        for i, name in enumerate(names, 1)
    ]
    if bump is not None:
        column = preparer.quote(bump)
        sets.append(f"{column} = {target}.{column} + 1")
    statement = (
        f"UPDATE {target} SET {', '.join(sets)} FROM json_each(?) AS v "  # noqa: S608 - names
        f"WHERE {target}.{preparer.quote(key.name)} = json_extract(v.value, '$[0]')"
    )
    connection.exec_driver_sql(statement, (json.dumps(_processed(rows, processors)),))


def _chunk_sizes(count: int, most: int) -> list[int]:
    """``count`` split into powers of two of at most ``most`` rows, largest first.

    The driver keeps each distinct statement prepared, and a prepared INSERT of a thousand
    rows holds megabytes: with powers of two a few statements serve every batch size (with
    one statement per size there were dozens, and 60 MB went to them).
    """
    largest = 1 << (most.bit_length() - 1)
    sizes = []
    while count >= largest:
        sizes.append(largest)
        count -= largest
    while count:
        size = 1 << (count.bit_length() - 1)
        sizes.append(size)
        count -= size
    return sizes


def _processed(
    rows: Sequence[Sequence[Any]], processors: list[Callable[[Any], Any] | None]
) -> list[Sequence[Any]]:
    """Rows with each value bind-processed. ``None`` and a value that is the very object the
    row before had in that column (the batch's one timestamp) are processed once."""
    active = [(i, p, p(None)) for i, p in enumerate(processors) if p is not None]
    if not active:
        return list(rows)
    last: dict[int, tuple[Any, Any]] = {}
    result: list[Sequence[Any]] = []
    for row in rows:
        values = list(row)
        for index, process, none in active:
            value = values[index]
            if value is None:
                values[index] = none
                continue
            seen = last.get(index)
            if seen is not None and seen[0] is value:
                values[index] = seen[1]
            else:
                values[index] = processed = process(value)
                last[index] = (value, processed)
        result.append(values)
    return result


def one_of(
    dialect: str, target: ColumnElement[Any], values: Collection[str]
) -> ColumnElement[bool]:
    """``target IN values`` for text values, the values bound as one parameter: a PostgreSQL
    array, a JSON array on SQLite (``json_each``)."""
    if dialect == "postgresql":
        return target == any_(bindparam(None, list(values), type_=ARRAY(String), unique=True))
    listed = func.json_each(bindparam(None, json.dumps(list(values)), type_=String, unique=True))
    return target.in_(select(column("value")).select_from(listed))
