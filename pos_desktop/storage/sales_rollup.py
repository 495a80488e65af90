"""Keeping ``hourly_sales`` equal to the issued invoices, one upsert per money-changing event.

Call :func:`count_change` as the last statement before the commit of the transaction that
issues, edits or voids an invoice. The statement is ``INSERT ... ON CONFLICT DO UPDATE SET
total = total + change``: on PostgreSQL it locks the one row it touches until the commit, so
concurrent transactions add their changes one after the other and none is lost; on SQLite the
writer holds the database lock anyway. Taking that lock last (after the number series and the
invoice row) keeps it short and the lock order the same everywhere, so there is no deadlock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pos_desktop.domain.money import ZERO
from pos_desktop.storage.models import HourlySales, Invoice

TABLE = HourlySales.__table__
assert isinstance(TABLE, Table)
KEY = ("exhibition_id", "currency", "hour_start", "terminal_id")


@dataclass(frozen=True, slots=True)
class SalesAmounts:
    """What one invoice (or a difference between two states of it) adds to its hour."""

    invoices: int
    net: Decimal
    vat: Decimal
    gross: Decimal

    @classmethod
    def of(cls, invoice: Invoice) -> SalesAmounts:
        return cls(1, invoice.net, invoice.vat, invoice.gross)

    def __neg__(self) -> SalesAmounts:
        return SalesAmounts(-self.invoices, -self.net, -self.vat, -self.gross)

    def __sub__(self, other: SalesAmounts) -> SalesAmounts:
        return SalesAmounts(
            self.invoices - other.invoices,
            self.net - other.net,
            self.vat - other.vat,
            self.gross - other.gross,
        )

    @property
    def is_zero(self) -> bool:
        return not self.invoices and self.net == self.vat == self.gross == ZERO


def hour_start(moment: datetime) -> datetime:
    """The UTC hour a moment falls in (the rollup's key)."""
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def count_change(session: Session, invoice: Invoice, change: SalesAmounts) -> None:
    """Add ``change`` to the totals of ``invoice``'s issue hour (issue: ``of``, void: ``-of``)."""
    if invoice.issued_at is None:
        raise ValueError("only issued invoices count in the sales totals")
    if change.is_zero:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(TABLE).values(
        exhibition_id=invoice.exhibition_id,
        currency=invoice.currency,
        hour_start=hour_start(invoice.issued_at),
        terminal_id=invoice.terminal_id,
        invoices=change.invoices,
        net=change.net,
        vat=change.vat,
        gross=change.gross,
    )
    added = statement.excluded
    columns = TABLE.c
    statement = statement.on_conflict_do_update(
        index_elements=list(KEY),
        set_={
            "invoices": columns.invoices + added.invoices,
            "net": columns.net + added.net,
            "vat": columns.vat + added.vat,
            "gross": columns.gross + added.gross,
        },
    )
    session.connection().execute(statement)
