"""Declarative base with a naming convention, so migrations name constraints the same everywhere."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from pos_desktop.storage.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic locking: an UPDATE carries ``WHERE version = <version read>``.

    Two terminals editing one row cannot silently overwrite each other; the second gets a
    conflict and reloads. Only changed columns are written, never a whole stale row.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
