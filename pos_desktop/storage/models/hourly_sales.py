"""Net sales per hour, kept up to date by the transactions that change them.

The dashboard's revenue charts and the sales report's days read a few hundred of these rows
instead of summing a million invoices. Every issue and edit adds its difference to the hour the
invoice was issued in (UTC), a void takes the invoice back in the hour of the void and a credit
note in the hour it was made, at its till (``services/net_sales.py``), each inside its own
transaction, so the totals are exactly what a recount of the rows gives. Rows are per terminal
as well: tills selling at the same time on PostgreSQL then never wait for each other on a
shared total.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Money, UtcDateTime


class HourlySales(Base):
    """Net sales of one exhibition, currency, terminal and UTC hour (``invoices``: issued less
    voided; amounts less voids and credit notes)."""

    __tablename__ = "hourly_sales"

    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    hour_start: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"), primary_key=True)
    invoices: Mapped[int] = mapped_column(Integer)
    net: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
