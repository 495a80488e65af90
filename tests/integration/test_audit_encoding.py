"""The canonical text of a row: what Python writes when an entry is made is exactly what the
database writes when the chain is verified, on SQLite and PostgreSQL, for awkward values too.
A difference here would make ``audit verify`` report tampering that never happened."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Boolean, Column, Integer, MetaData, Table, Text, select
from sqlalchemy.types import TypeEngine

from pos_desktop.services.audit_encoding import (
    BOOL,
    INT,
    MONEY,
    PERCENT,
    QUANTITY,
    TEXT,
    WHEN,
    Field,
    Kind,
    encode,
    sql_encoding,
)
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.types import Money, Percent, Quantity, UtcDateTime

BERLIN = timezone(timedelta(hours=2))
VALUES: list[tuple[Kind, TypeEngine[Any], Any]] = [
    (INT, Integer(), 0),
    (INT, Integer(), -42),
    (INT, Integer(), None),
    (TEXT, Text(), ""),
    (TEXT, Text(), "3:ab~"),
    (TEXT, Text(), "Käse – 🧀 ½ ünd\nzwei Zeilen"),
    (TEXT, Text(), 'q"uote back\\slash \t\b\f\r \x01\x1f\x7f \u2028 /'),
    (TEXT, Text(), 'q"uote back\\slash \t\x01\x1f\x7f \u2028 /'),
    (TEXT, Text(), None),
    (BOOL, Boolean(), True),
    (BOOL, Boolean(), False),
    (WHEN, UtcDateTime(), datetime(2026, 5, 1, 9, 30, tzinfo=UTC)),
    (WHEN, UtcDateTime(), datetime(2026, 5, 1, 11, 30, 0, 123456, tzinfo=BERLIN)),
    (WHEN, UtcDateTime(), None),
    (MONEY, Money(), Decimal("12.5")),
    (MONEY, Money(), Decimal("-0.0001")),
    (MONEY, Money(), Decimal("99999999.9999")),
    (MONEY, Money(), Decimal(0)),
    (QUANTITY, Quantity(), Decimal("0.001")),
    (PERCENT, Percent(), Decimal("19.00")),
    (PERCENT, Percent(), None),
]


def test_python_and_the_database_spell_every_kind_of_value_alike(database_url: str) -> None:
    """The values stored in a table of the kinds' column types, read back spelt by SQL."""
    fields: list[Field] = [(f"f{n}", kind) for n, (kind, _type, _v) in enumerate(VALUES)]
    odd = Table(
        "encoding_probe",
        MetaData(),
        Column("id", Integer, primary_key=True),
        *(
            Column(name, type_)
            for (name, _k), (_kind, type_, _v) in zip(fields, VALUES, strict=True)
        ),
    )
    engine = create_engine_for(database_url)
    odd.create(engine)
    try:
        with engine.begin() as conn:
            conn.execute(
                odd.insert(),
                {name: v for (name, _k), (_k2, _t, v) in zip(fields, VALUES, strict=True)},
            )
            columns = [odd.c[name] for name, _kind in fields]
            spelt = conn.scalar(select(sql_encoding(fields, columns, engine.dialect.name)))
    finally:
        odd.drop(engine)
        engine.dispose()
    assert spelt == encode(fields, [value for _k, _t, value in VALUES])


def test_amounts_of_one_value_are_spelt_alike_and_fields_stay_apart() -> None:
    assert encode([("a", MONEY)], [Decimal("12.5")]) == encode([("a", MONEY)], [Decimal("12.5000")])
    assert encode([("a", MONEY)], [Decimal("12.5")]) == '["125000"]'
    two: list[Field] = [("a", TEXT), ("b", TEXT)]
    assert encode(two, ["ab", "c"]) != encode(two, ["a", "bc"])
    assert encode(two, ['a","b', None]) == r'["a\",\"b",null]'


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        encode([("at", WHEN)], [datetime(2026, 5, 1, 9, 30)])
