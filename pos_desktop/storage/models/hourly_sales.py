"""Sales totals per hour, kept up to date by the transactions that change them.

The dashboard's revenue charts read a few hundred of these rows instead of summing a million
invoices. Every issue, edit and void of an invoice adds its difference to the row of the hour
the invoice was issued in (UTC), inside the same transaction, so the totals are exactly what a
recount of the issued invoices would give. Rows are per terminal as well: tills selling at the
same time on PostgreSQL then never wait for each other on a shared total.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Money, UtcDateTime


class HourlySales(Base):
    """Issued (not voided) invoices of one exhibition, currency, terminal and UTC hour."""

    __tablename__ = "hourly_sales"

    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    hour_start: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"), primary_key=True)
    invoices: Mapped[int] = mapped_column(Integer)
    net: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
