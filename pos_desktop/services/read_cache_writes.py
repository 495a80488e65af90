"""Writing a chunk of the server's rows into the journal: only what differs.

Rows the journal lacks are inserted; rows it has are compared with its copy, and only the
columns that changed are updated, grouped by which columns they are (one ``executemany`` per
group). Why not one ``INSERT ... ON CONFLICT DO UPDATE`` of every column: the journal's
triggers ``AFTER UPDATE OF`` a column fire when the column is in the ``SET`` list, changed or
not, and SQLite rewrites every index holding one of those columns. Refreshing 10,000 customers
whose city changed re-indexed each one's whole search text (FTS5 trigrams) and all six
indexes: 2 s of SQLite time, where updating the changed columns alone takes a tenth of it. A
row read again unchanged (its transaction was still open at the last refresh) costs a read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, Update, bindparam, insert, select, tuple_, update

from pos_desktop.services.read_cache_tables import CachedTable


def write_rows(target: Connection, spec: CachedTable, rows: Sequence[dict[str, Any]]) -> None:
    """Bring the journal's copies of ``rows`` (the server's, all columns) up to them."""
    table = spec.table
    held = _held(target, spec, rows)
    new: list[dict[str, Any]] = []
    changes: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        key = tuple(row[name] for name in spec.key)
        mine = held.get(key)
        if mine is None:
            new.append(row)
            continue
        for name in spec.never_lower:
            row[name] = max(row[name], mine[name])
        changed = tuple(name for name, value in row.items() if mine[name] != value)
        if changed:
            changes[changed].append(row)
    if new:
        target.execute(insert(table), new)
    for columns, changed_rows in changes.items():
        target.execute(_update(table, spec.key, columns), _bound(spec.key, columns, changed_rows))


def _held(
    target: Connection, spec: CachedTable, rows: Sequence[dict[str, Any]]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The journal's copies of these rows, by key."""
    table = spec.table
    keys = [tuple(row[name] for name in spec.key) for row in rows]
    if len(spec.key) == 1:
        where = table.c[spec.key[0]].in_([key[0] for key in keys])
    else:
        where = tuple_(*(table.c[name] for name in spec.key)).in_(keys)
    found = target.execute(select(*table.c).where(where))
    return {tuple(row[name] for name in spec.key): dict(row) for row in (r._mapping for r in found)}


def _update(table: Table, key: tuple[str, ...], columns: tuple[str, ...]) -> Update:
    # Bound under names of their own: SQLAlchemy keeps a column's own name for its SET.
    return (
        update(table)
        .where(*(table.c[name] == bindparam(f"key_{name}") for name in key))
        .values({name: bindparam(f"new_{name}") for name in columns})
    )


def _bound(
    key: tuple[str, ...], columns: tuple[str, ...], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    return [
        {**{f"key_{n}": row[n] for n in key}, **{f"new_{n}": row[n] for n in columns}}
        for row in rows
    ]
