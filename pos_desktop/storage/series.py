"""Handing out gapless document numbers.

The counter row is bumped with ``UPDATE ... SET last_number = last_number + 1 RETURNING``. On
PostgreSQL that locks the row until the issuing transaction commits or rolls back, so concurrent
terminals on one series take turns and a rolled-back sale gives its number back. On SQLite the
writing transaction holds the database's write lock (``BEGIN IMMEDIATE``) anyway. Call this once
everything that can refuse the sale has been checked: the lock is held until commit.

The statement runs on the session's connection as plain Core, not as an ORM bulk update: that
skips the ORM's autoflush and bookkeeping (a third of a sale's time), and lets the caller put the
number into the invoice's own ``INSERT`` instead of a second ``UPDATE`` of the row.
"""

from __future__ import annotations

from sqlalchemy import Table, Update, bindparam, select, update
from sqlalchemy.orm import Session

from pos_desktop.domain.numbering import DocumentKind, format_number, series_prefix
from pos_desktop.storage.models import DocumentSeries
from pos_desktop.storage.upsert import insert_ignoring_conflict


def _bump_statement() -> Update:
    """The counter's ``UPDATE ... RETURNING``, built once (a sale runs it every time)."""
    table = DocumentSeries.__table__
    assert isinstance(table, Table)
    series = table.c
    return (
        update(table)
        .where(
            series.exhibition_id == bindparam("exhibition"),
            series.terminal_id == bindparam("terminal"),
            series.kind == bindparam("series_kind"),
        )
        .values(last_number=series.last_number + 1)
        .returning(series.id, series.last_number, series.prefix)
    )


_BUMP = _bump_statement()


def allocate_number(
    session: Session,
    *,
    exhibition_id: int,
    exhibition_code: str,
    terminal_id: int,
    terminal_code: str,
    kind: DocumentKind,
) -> tuple[int, int, str]:
    """``(series_id, sequence, number)`` for the next document of the series."""
    bump = {"exhibition": exhibition_id, "terminal": terminal_id, "series_kind": kind.value}
    connection = session.connection()
    row = connection.execute(_BUMP, bump).one_or_none()
    if row is None:
        insert_ignoring_conflict(
            session,
            DocumentSeries,
            {
                "exhibition_id": exhibition_id,
                "terminal_id": terminal_id,
                "kind": kind.value,
                "prefix": series_prefix(exhibition_code, terminal_code, kind),
                "last_number": 0,
            },
            ["exhibition_id", "terminal_id", "kind"],
        )
        row = connection.execute(_BUMP, bump).one()
    series_id, sequence, prefix = row
    return series_id, sequence, format_number(prefix, sequence)


def last_numbers(session: Session) -> dict[str, int]:
    """Last sequence handed out per series prefix (for reports and checks)."""
    rows = session.execute(select(DocumentSeries.prefix, DocumentSeries.last_number))
    return {prefix: number for prefix, number in rows}  # noqa: C416 - rows are Row objects
