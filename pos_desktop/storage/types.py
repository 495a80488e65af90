"""Column types that keep money exact and time in UTC on both SQLite and PostgreSQL.

SQLite has no exact decimal type (``NUMERIC`` values become binary floats), so decimals are
stored there as integers scaled by a fixed power of ten; PostgreSQL gets a real ``NUMERIC``.
Either way Python sees ``Decimal`` and SQL ``SUM`` stays exact.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Dialect, Numeric
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator, TypeEngine


class ScaledDecimal(TypeDecorator[Decimal]):
    """``Decimal`` with ``scale`` decimals: ``NUMERIC(18, scale)``; a scaled integer on SQLite."""

    impl = Numeric
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(18, self.scale, asdecimal=True))

    # Both run for every amount a statement binds or reads (a sale binds about 60): the class
    # test spares the ``isinstance`` call, the quantum is made once.
    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.__class__ is not Decimal and not isinstance(value, Decimal):
            raise TypeError(f"exact decimal columns take Decimal, not {type(value).__name__}")
        if dialect.name == "sqlite":
            return int((value * self._factor).to_integral_exact())
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / self._factor).quantize(self._quantum)
        return value if value.__class__ is Decimal else Decimal(value)

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in model declarations
    """Amounts: four decimals cover every ISO 4217 minor unit (CLF has four)."""
    return ScaledDecimal(4)


def Quantity() -> ScaledDecimal:  # noqa: N802
    return ScaledDecimal(3)


def Percent() -> ScaledDecimal:  # noqa: N802
    return ScaledDecimal(2)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python; ``timestamptz`` on PostgreSQL, ISO text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


#: Snapshots and audit values: ``JSONB`` on PostgreSQL (indexable), JSON text on SQLite.
JsonDocument = JSON().with_variant(JSONB(), "postgresql")
