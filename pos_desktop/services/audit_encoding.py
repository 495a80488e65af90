"""The canonical text of a row, spelt the same by Python and by SQL.

An audit entry's hash and a business record's digest are SHA-256 over this text. When an entry
is made, Python writes the text from the values in hand; when the chain is verified, the
database writes it (in C, for a million rows) and Python only hashes, or on PostgreSQL the
server hashes too. So each kind of value has one spelling, the one SQLite stores and
PostgreSQL can produce:

- whole numbers in decimal, booleans ``1`` or ``0``, text as it is;
- moments in UTC as ``YYYY-MM-DD HH:MM:SS.ffffff`` (how SQLite stores them; ``to_char`` on
  PostgreSQL): SQLite hands a moment back naive and PostgreSQL aware, the text is the same;
- exact decimals as the whole number value x 10^scale (how SQLite stores them; PostgreSQL's
  ``numeric`` times 10^scale cast to ``bigint``): 12.5 and 12.5000 are one amount.

A row is the JSON array of those texts (``null`` for NULL), compact, non-ASCII as it is:
``json.dumps`` here, ``json_array`` in SQLite and ``array_to_json`` in PostgreSQL write it
byte for byte alike, escapes included (tested), and a JSON array cannot shift a value from
one field into the next. Measured on SQLite, one ``json_array`` call is half the cost of
spelling each field with SQL string operations.

Thread rule: pure functions; safe anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Integer,
    LargeBinary,
    Select,
    Text,
    cast,
    func,
    literal_column,
    type_coerce,
)
from sqlalchemy.dialects import postgresql


def moment_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
    v = value.astimezone(UTC)
    return (
        f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
        f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}"
    )


def _scaled(scale: int) -> Callable[[Any], str]:
    factor = Decimal(10) ** scale

    def spell(value: Any) -> str:  # the same arithmetic as ScaledDecimal's SQLite column
        return str(int((value * factor).to_integral_exact()))

    return spell


@dataclass(frozen=True, slots=True, eq=False)
class Kind:
    """How a column's values are spelt: ``int``, ``text``, ``bool``, ``when`` or ``scaled``.

    One object per kind, compared and hashed by identity: a record's field list is a cache key
    per digest, and hashing each kind's values there was a hundred calls per sale.
    """

    name: str
    #: A value (never None) as its text.
    spell: Callable[[Any], str]
    scale: int = 0


def _int(value: Any) -> str:
    return str(int(value))


def _bool(value: Any) -> str:
    return "1" if value else "0"


INT = Kind("int", _int)
TEXT = Kind("text", str)
BOOL = Kind("bool", _bool)
WHEN = Kind("when", moment_text)
#: The scales of ``storage.types``: Money, Quantity, Percent.
MONEY = Kind("scaled", _scaled(4), 4)
QUANTITY = Kind("scaled", _scaled(3), 3)
PERCENT = Kind("scaled", _scaled(2), 2)

#: A column by name and kind.
Field = tuple[str, Kind]
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def value_text(kind: Kind, value: Any) -> str | None:
    """One value as SQL spells it (``None`` for NULL)."""
    return None if value is None else kind.spell(value)


def encode(fields: Sequence[Field], values: Iterable[Any]) -> str:
    """The fields' values (in the fields' order) as one canonical text."""
    return _dumps(
        [
            None if value is None else kind.spell(value)
            for (_name, kind), value in zip(fields, values, strict=True)
        ]
    )


def join_encodings(*spelt: str) -> str:
    """The encoding of all fields of several encodings, in order (each of at least one)."""
    return "[" + ",".join(text[1:-1] for text in spelt) + "]"


def encode_object(fields: tuple[Field, ...], row: object) -> str:
    """An ORM row (or any object with the fields as attributes) as canonical text."""
    from_state, from_attributes, spells = _reader(fields)
    try:
        # A loaded ORM row holds its column values in its ``__dict__``, where the attribute
        # would return them from (read in C, without an instrumented ``__get__`` per column).
        values = from_state(row.__dict__)
    except (AttributeError, KeyError):  # no __dict__, or a column not loaded: ask the row
        values = from_attributes(row)
    spelt = zip(spells, values, strict=True)
    return _dumps([None if value is None else spell(value) for spell, value in spelt])


_Reader = tuple[
    Callable[[Mapping[str, Any]], tuple[Any, ...]],
    Callable[[object], tuple[Any, ...]],
    tuple[Callable[[Any], str], ...],
]


@cache
def _reader(fields: tuple[Field, ...]) -> _Reader:
    """The fields' values of a row in one call, from its state or its attributes, and each
    field's spelling: worked out once per field list."""
    names = [name for name, _kind in fields]
    from_state, from_attributes = itemgetter(*names), attrgetter(*names)
    spells = tuple(kind.spell for _name, kind in fields)
    if len(names) > 1:
        return from_state, from_attributes, spells
    return (lambda row: (from_state(row),)), (lambda row: (from_attributes(row),)), spells


def encode_mapping(fields: Sequence[Field], row: Mapping[str, Any]) -> str:
    """A row given as column values by name (a bulk load's dict) as canonical text."""
    return encode(fields, (row[name] for name, _kind in fields))


def _sql_text(kind: Kind, column: ColumnElement[Any], dialect: str) -> ColumnElement[str]:
    postgres = dialect == "postgresql"
    if kind is WHEN and postgres:
        moment = func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24:MI:SS.US")
        return type_coerce(moment, Text)
    if kind is BOOL and postgres:
        return cast(cast(column, Integer), Text)
    if kind.name == "scaled" and postgres:
        return cast(cast(column * literal_column(str(10**kind.scale)), BigInteger), Text)
    # SQLite stores every kind in its canonical spelling already: numbers become text, text
    # (and moments, which are text there) is taken as it is.
    if not postgres and kind in (TEXT, WHEN):
        return type_coerce(column, Text)
    return cast(column, Text)


def sql_encoding(
    fields: Sequence[Field], columns: Sequence[ColumnElement[Any]], dialect: str
) -> ColumnElement[str]:
    """An SQL expression giving :func:`encode` of the columns, in ``dialect``."""
    texts = [
        _sql_text(kind, column, dialect)
        for (_name, kind), column in zip(fields, columns, strict=True)
    ]
    if dialect == "postgresql":
        return cast(func.array_to_json(postgresql.array(texts)), Text)
    return func.json_array(*texts, type_=Text)


def sql_byte_length(column: ColumnElement[Any], dialect: str) -> ColumnElement[int]:
    """The length of a text in UTF-8 bytes (``len(text.encode())``): SQLite counts a blob's
    bytes without reading them, where counting characters walks the text."""
    if dialect == "postgresql":
        return func.octet_length(column, type_=Integer)
    return func.length(cast(column, LargeBinary), type_=Integer)


def raw_rows(connection: Connection, statement: Select[Any]) -> Sequence[Sequence[Any]]:
    """All rows of ``statement`` as the driver gives them, without SQLAlchemy's result rows
    (a tenth of verify's time on a million entries). Only for statements whose values are
    our own constants and numbers: they are rendered into the SQL."""
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        rows: Sequence[Sequence[Any]] = cursor.fetchall()
        return rows
    finally:
        cursor.close()
