"""Grouping timestamps by UTC hour in SQL, the same text on SQLite and PostgreSQL.

Reports sum a day's or a fortnight's invoices per hour in the database (a few hundred groups)
instead of reading every invoice into Python; the caller then places each UTC hour in the
booth's local day and hour. Zones with a half-hour offset see an hour's sales 30 minutes off.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import QueryableAttribute

HOUR_FORMAT = "%Y-%m-%d %H"


def utc_hour(column: QueryableAttribute[Any], dialect: str) -> ColumnElement[str]:
    """``'YYYY-MM-DD HH'`` of a UTC timestamp column (see ``UtcDateTime``)."""
    if dialect == "sqlite":  # stored as ISO text in UTC: the first 13 characters
        return func.substr(column, 1, 13)
    return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")


def parse_utc_hour(text: str) -> datetime:
    return datetime.strptime(text, HOUR_FORMAT).replace(tzinfo=UTC)
